package org.unrights.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * How a claim (or a corpus fact) compares with the official record.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code not-in-record}.
 */
public enum CheckStatus implements Vocabulary {
  /** The record holds the fact and agrees (partial dates count when compatible). */
  CONSISTENT("consistent"),
  /** The record holds the fact with another value, or holds a fact the source disputes. */
  CONTRADICTS("contradicts"),
  /** The record does not hold the entity or the field. */
  NOT_IN_RECORD("not-in-record");

  private final String id;

  CheckStatus(String id) {
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
   * @param id  the id, e.g. {@code contradicts}
   * @return the term, not null
   * @throws org.unrights.model.InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static CheckStatus fromId(String id) {
    return Vocabulary.require(CheckStatus.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
