package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a source document.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code news}.
 */
public enum SourceKind implements Vocabulary {
  /** A news story or wire report. */
  NEWS("news"),
  /** A statement or report of a non-governmental organisation. */
  NGO("ngo"),
  /** An official document or press release of the UN or a state. */
  OFFICIAL("official"),
  /** An opinion piece, commentary or analysis. */
  OPINION("opinion"),
  /** A published research dataset derived from official records, e.g. UN roll-call data. */
  DATASET("dataset");

  private final String id;

  SourceKind(String id) {
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
   * @param id  the id, e.g. {@code news}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static SourceKind fromId(String id) {
    return Vocabulary.require(SourceKind.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
