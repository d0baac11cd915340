package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of question a body decides, which selects its decision rule (Charter arts. 18 and 27).
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code ordinary}.
 */
public enum QuestionKind implements Vocabulary {
  /** An ordinary question: a simple majority of members present and voting. */
  ORDINARY("ordinary"),
  /** A General Assembly "important question" (Charter art. 18(2)): two thirds of members present and voting. */
  IMPORTANT("important"),
  /** A Security Council procedural matter (art. 27(2)): nine affirmative votes, no veto. */
  PROCEDURAL("procedural"),
  /** A Security Council substantive matter (art. 27(3)): nine affirmative votes and no permanent member against. */
  SUBSTANTIVE("substantive");

  private final String id;

  QuestionKind(String id) {
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
   * @param id  the id, e.g. {@code ordinary}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static QuestionKind fromId(String id) {
    return Vocabulary.require(QuestionKind.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
