package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a request by a mandate holder or office to visit a country stands.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code requested}.
 */
public enum VisitStatus implements Vocabulary {
  /** The visit was requested. */
  REQUESTED("requested"),
  /** The state granted, offered or invited the visit. */
  GRANTED("granted"),
  /** The state refused the visit. */
  REFUSED("refused"),
  /** The state withdrew an invitation or permission it had given. */
  WITHDRAWN("withdrawn"),
  /** The visit took place. */
  CARRIED_OUT("carried-out");

  private final String id;

  VisitStatus(String id) {
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
   * @param id  the id, e.g. {@code requested}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static VisitStatus fromId(String id) {
    return Vocabulary.require(VisitStatus.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
