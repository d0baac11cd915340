package org.unrights.akn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * What the UN recorded as the result of a Security Council vote on a draft.
 *
 * <p>JSON uses each term's stable {@link #id()}.
 */
public enum RecordedResult implements Vocabulary {
  /** The draft was adopted and became a resolution. */
  ADOPTED("adopted"),
  /** Not adopted owing to the negative vote of a permanent member. */
  VETOED("vetoed"),
  /** Not adopted, having failed to obtain the required number of votes. */
  NOT_ADOPTED("not-adopted");

  private final String id;

  RecordedResult(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * Finds the term with the given id.
   *
   * @param id  the id
   * @return the term, not null
   * @throws org.unrights.model.InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static RecordedResult fromId(String id) {
    return Vocabulary.require(RecordedResult.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
