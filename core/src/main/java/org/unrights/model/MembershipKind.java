package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of seat a state holds in a body.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code permanent}.
 */
public enum MembershipKind implements Vocabulary {
  /** A permanent seat (Security Council, Charter art. 23). */
  PERMANENT("permanent"),
  /** An elected term. */
  ELECTED("elected");

  private final String id;

  MembershipKind(String id) {
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
   * @param id  the id, e.g. {@code permanent}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static MembershipKind fromId(String id) {
    return Vocabulary.require(MembershipKind.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
