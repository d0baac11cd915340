package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a vote event decides.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code draft-resolution}.
 */
public enum MotionKind implements Vocabulary {
  /** A draft resolution or decision as a whole. */
  DRAFT_RESOLUTION("draft-resolution"),
  /** An amendment to a draft. */
  AMENDMENT("amendment"),
  /** A separate vote on a paragraph of a draft. */
  PARAGRAPH("paragraph"),
  /** A procedural question, e.g. adopting the Security Council's agenda. */
  PROCEDURAL("procedural"),
  /** Any other motion. */
  OTHER("other");

  private final String id;

  MotionKind(String id) {
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
   * @param id  the id, e.g. {@code draft-resolution}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static MotionKind fromId(String id) {
    return Vocabulary.require(MotionKind.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
