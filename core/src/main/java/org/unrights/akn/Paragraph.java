package org.unrights.akn;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One paragraph of a resolution's text: a preambular clause or a numbered operative paragraph,
 * with its text (sub-paragraphs included) in one line of normalised white space.
 *
 * <p>JSON: {@code {"kind":"operative","number":"1","eId":"para_9","text":"Requests the Secretary-General ..."}}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
public abstract class Paragraph {

  /**
   * Returns whether the paragraph is preambular or operative.
   *
   * @return the kind, not null
   */
  public abstract ParagraphKind kind();

  /**
   * Returns the paragraph's number without its final dot, e.g. {@code 1}, for operative paragraphs.
   *
   * @return the number, or empty for unnumbered paragraphs
   */
  public abstract Optional<String> number();

  /**
   * Returns the AKN element id, e.g. {@code para_9}.
   *
   * @return the id, or empty when the source gives none
   */
  public abstract Optional<String> eId();

  /**
   * Returns the paragraph's text, white space collapsed to single spaces.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the first word of the text, the verb the UN italicises ("Decides", "Recalling").
   *
   * @return the word, possibly empty
   */
  public String leadingWord() {
    String t = text().strip();
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return t.substring(0, end);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ImmutableParagraph.Builder {}
}
