package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a mandate is: a special procedure on one country or on a theme, or an OHCHR field-based
 * structure.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code country}.
 */
public enum MandateKind implements Vocabulary {
  /** A country mandate, e.g. the Special Rapporteur on the situation of human rights in a state. */
  COUNTRY("country"),
  /** A thematic mandate, e.g. on torture. */
  THEMATIC("thematic"),
  /**
   * An OHCHR field-based structure (a field office) that a resolution mandates to monitor and
   * document a country's situation, e.g. to preserve evidence for future accountability; not a
   * special procedure.
   */
  FIELD_BASED_STRUCTURE("field-based-structure");

  private final String id;

  MandateKind(String id) {
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
   * @param id  the id, e.g. {@code country}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static MandateKind fromId(String id) {
    return Vocabulary.require(MandateKind.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
