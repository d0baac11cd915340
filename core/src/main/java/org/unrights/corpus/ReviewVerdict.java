package org.unrights.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.unrights.model.Vocabulary;

/**
 * What a reviewer decided about a step the extractor proposed.
 *
 * <p>Each constant has a stable lower-case {@link #id()} used in the {@code review} block of an
 * annotations file.
 */
public enum ReviewVerdict implements Vocabulary {
  /** The proposal is right as it stands and joins the dossier. */
  ACCEPT("accept"),
  /** The proposal is replaced by a reviewed step of the same file (named by the decision). */
  CORRECT("correct"),
  /** The proposal is wrong and is dropped. */
  REJECT("reject");

  private final String id;

  ReviewVerdict(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * Finds the verdict with the given id.
   *
   * @param id  the id, e.g. {@code reject}
   * @return the verdict, or empty if none has that id
   */
  public static Optional<ReviewVerdict> byId(String id) {
    return Vocabulary.find(ReviewVerdict.class, id);
  }

  /**
   * Finds the verdict with the given id, for JSON.
   *
   * @param id  the id
   * @return the verdict, not null
   * @throws org.unrights.model.InvalidValueException  if no verdict has that id
   */
  @JsonCreator
  public static ReviewVerdict fromId(String id) {
    return Vocabulary.require(ReviewVerdict.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
