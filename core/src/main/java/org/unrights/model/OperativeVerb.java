package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The verb that opens an operative paragraph of a resolution.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code decides}.
 */
public enum OperativeVerb implements Vocabulary {
  /** Decides (binding where the body may bind). */
  DECIDES("decides"),
  /** Requests. */
  REQUESTS("requests"),
  /** Encourages. */
  ENCOURAGES("encourages"),
  /** Urges. */
  URGES("urges"),
  /** Calls upon. */
  CALLS_UPON("calls-upon"),
  /** Condemns. */
  CONDEMNS("condemns"),
  /** Welcomes. */
  WELCOMES("welcomes"),
  /** Recommends. */
  RECOMMENDS("recommends"),
  /** Expresses (serious) concern. */
  EXPRESSES_CONCERN("expresses-concern"),
  /** Any other verb. */
  OTHER("other");

  private final String id;

  OperativeVerb(String id) {
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
   * @param id  the id, e.g. {@code decides}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static OperativeVerb fromId(String id) {
    return Vocabulary.require(OperativeVerb.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
