package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a source asserts or disputes what it speaks of.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code asserts}.
 */
public enum ClaimStance implements Vocabulary {
  /** The source states the fact. */
  ASSERTS("asserts"),
  /** The source denies or disputes the fact. */
  DISPUTES("disputes");

  private final String id;

  ClaimStance(String id) {
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
   * @param id  the id, e.g. {@code asserts}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static ClaimStance fromId(String id) {
    return Vocabulary.require(ClaimStance.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
