package org.unrights.akn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * Where a paragraph of a resolution's text stands.
 *
 * <p>JSON uses each term's stable {@link #id()}.
 */
public enum ParagraphKind implements Vocabulary {
  /** A preambular clause ("Recalling ..."). */
  PREAMBLE("preamble"),
  /** A numbered operative paragraph ("1. Decides ..."). */
  OPERATIVE("operative");

  private final String id;

  ParagraphKind(String id) {
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
   * @param id  the id
   * @return the term, not null
   * @throws org.unrights.model.InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static ParagraphKind fromId(String id) {
    return Vocabulary.require(ParagraphKind.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
