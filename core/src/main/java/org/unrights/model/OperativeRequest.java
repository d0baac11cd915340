package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What an operative paragraph asks for: its verb, who is addressed, and the action, in a fixed vocabulary.
 *
 * <p>JSON: {@code {"verb":"encourages","addressee":"unsc","action":"refer-to-icc","text":"..."}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOperativeRequest.class)
@JsonDeserialize(as = ImmutableOperativeRequest.class)
public abstract class OperativeRequest {

  /**
   * Returns the verb that opens the paragraph.
   *
   * @return the value, not null
   */
  public abstract OperativeVerb verb();

  /**
   * Returns the body addressed, e.g. the Security Council.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Body> addressee();

  /**
   * Returns what is asked.
   *
   * @return the value, not null
   */
  public abstract RequestedAction action();

  /**
   * Returns the operative paragraph's number, where known.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt paragraph();

  /**
   * Returns the paragraph's words or a short paraphrase.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> text();

  /**
   * Returns 
   *
   * @return the list, possibly empty
   */
  public abstract List<Evidence> evidence();


  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OperativeRequest}. */
  public static final class Builder extends ImmutableOperativeRequest.Builder {}
}
