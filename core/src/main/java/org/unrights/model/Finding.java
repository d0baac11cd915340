package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding of a commission of inquiry or a report.
 *
 * <p>JSON: {@code {"summary":"crimes against humanity have been committed","category":"crimes-against-humanity"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  /**
   * Returns the finding in a sentence.
   *
   * @return the value, not null
   */
  public abstract String summary();

  /**
   * Returns a category, e.g. {@code crimes-against-humanity}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> category();

  /**
   * Returns 
   *
   * @return the list, possibly empty
   */
  public abstract List<Evidence> evidence();

  @Value.Check
  void check() {
    InvalidValueException.check(!summary().isBlank(), "Finding", "summary", "'" + summary() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
