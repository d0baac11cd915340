package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's term in a mandate: who held it, under what title, from when to when.
 *
 * <p>JSON: {@code {"person":{...},"title":"Special Rapporteur","start":"2016-08","end":"2022-07"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMandateHolder.class)
@JsonDeserialize(as = ImmutableMandateHolder.class)
public abstract class MandateHolder {

  /**
   * Returns the holder.
   *
   * @return the value, not null
   */
  public abstract Person person();

  /**
   * Returns the holder's title, e.g. {@code Special Rapporteur}.
   *
   * @return the value, not null
   */
  public abstract String title();

  /**
   * Returns when the term began.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> start();

  /**
   * Returns when it ended; empty while it runs or when unknown.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns 
   *
   * @return the list, possibly empty
   */
  public abstract List<Evidence> evidence();

  @Value.Check
  void check() {
    InvalidValueException.check(!title().isBlank(), "MandateHolder", "title", "'" + title() + "'", "must not be blank");
    if (start().isPresent() && end().isPresent()) {
      InvalidValueException.check(start().get().compareTo(end().get()) <= 0, "MandateHolder", "end", end().get(), "must not precede start " + start().get());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MandateHolder}. */
  public static final class Builder extends ImmutableMandateHolder.Builder {}
}
