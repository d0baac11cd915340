package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A state's standing at the United Nations: member, non-member observer state, or former member.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code former-member}.
 */
public enum StateStatus implements Vocabulary {
  /** A member state of the United Nations (193). */
  MEMBER("member"),
  /** A non-member observer state (the Holy See, the State of Palestine). */
  OBSERVER("observer"),
  /**
   * A state that was a member and no longer exists as such, e.g. the USSR or Czechoslovakia;
   * it still appears in historical voting records.
   */
  FORMER_MEMBER("former-member");

  private final String id;

  StateStatus(String id) {
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
   * @param id  the id, e.g. {@code member}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static StateStatus fromId(String id) {
    return Vocabulary.require(StateStatus.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
