package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How one state voted on one motion (Popolo's vote option).
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code yes}.
 */
public enum VoteOption implements Vocabulary {
  /** In favour. */
  YES("yes"),
  /** Against. */
  NO("no"),
  /** Abstaining. */
  ABSTAIN("abstain"),
  /** Present or absent but not voting. */
  NOT_VOTING("not-voting");

  private final String id;

  VoteOption(String id) {
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
   * @param id  the id, e.g. {@code yes}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static VoteOption fromId(String id) {
    return Vocabulary.require(VoteOption.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
