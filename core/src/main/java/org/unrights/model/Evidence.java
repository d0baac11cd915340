package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where a fact was read: a span of a source document and the exact words found there.
 *
 * <p>JSON: {@code {"source":"seed-000","start":120,"end":168,"quote":"..."}}; {@code start} and {@code end} are UTF-16 character offsets into the document's text, end exclusive. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence {

  /**
   * Returns the id of the {@link Source} the quote comes from.
   *
   * @return the value, not null
   */
  public abstract String source();

  /**
   * Returns the offset of the quote's first character in the source text (UTF-16 code units).
   *
   * @return the value
   */
  public abstract int start();

  /**
   * Returns the offset just past the quote's last character.
   *
   * @return the value
   */
  public abstract int end();

  /**
   * Returns the exact text between {@code start} and {@code end}.
   *
   * @return the value, not null
   */
  public abstract String quote();

  @Value.Check
  void check() {
    // the messages are made only when a check fails: every step an extractor proposes checks its evidence
    if (source().isBlank()) {
      throw InvalidValueException.of("Evidence", "source", "'" + source() + "'", "must not be blank");
    }
    InvalidValueException.check(start() >= 0, "Evidence", "start", start(), "must not be negative");
    if (end() <= start()) {
      throw InvalidValueException.of("Evidence", "end", end(), "must be greater than start " + start());
    }
    if (quote().length() != end() - start()) {
      throw InvalidValueException.of("Evidence", "quote", "'" + quote() + "'",
          "must be end - start = " + (end() - start()) + " characters long");
    }
  }

  /**
   * Obtains evidence.
   *
   * @param source  the source id, not blank
   * @param start  the start offset
   * @param quote  the exact quote; the end offset is {@code start + quote.length()}
   * @return the evidence, not null
   */
  public static Evidence of(String source, int start, String quote) {
    return builder().source(source).start(start).end(start + quote.length()).quote(quote).build();
  }

  /**
   * Tells whether the quote is still found at its offsets in the given text.
   *
   * @param text  the source's full text, not null
   * @return true when {@code text.substring(start, end)} equals the quote
   */
  public boolean matches(CharSequence text) {
    return end() <= text.length() && text.subSequence(start(), end()).toString().equals(quote());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Evidence}. */
  public static final class Builder extends ImmutableEvidence.Builder {}
}
