package org.unrights.extract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of text recognised as something the model knows: a body, a state, a date, a tally, a
 * document symbol, a person, a trigger word.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
public abstract class Mention {

  /**
   * Returns what kind of thing was recognised, e.g. {@code body}, {@code state}, {@code date},
   * {@code tally}, {@code symbol}, {@code person}, {@code trigger}.
   *
   * @return the kind, not null
   */
  public abstract String kind();

  /**
   * Returns the offset of the first character (UTF-16 code units).
   *
   * @return the start offset
   */
  public abstract int start();

  /**
   * Returns the offset just past the last character.
   *
   * @return the end offset
   */
  public abstract int end();

  /**
   * Returns the text as found.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the normalised value: a body id, an ISO alpha-3 code, an ISO date, a tally
   * {@code 116-20-53}, a symbol, a name.
   *
   * @return the value, or empty when the mention could not be normalised
   */
  public abstract Optional<String> value();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mention}. */
  public static final class Builder extends ImmutableMention.Builder {}
}
