package org.unrights.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * How strongly a fact of the official record (or a source) is supported, from an official UN
 * publication down to secondary reporting.
 *
 * <p>JSON uses each term's stable {@link #id()}, e.g. {@code official-copy}.
 */
public enum Confidence implements Vocabulary {
  /** Published by the United Nations on a UN domain (press releases, OHCHR pages, UN News). */
  OFFICIAL("official"),
  /** The verbatim text of a UN document (resolution, draft, report) read on another host. */
  OFFICIAL_COPY("official-copy"),
  /** A published research dataset derived from UN records, e.g. the Voeten roll-call data. */
  DATASET("dataset"),
  /** News, NGO or encyclopaedia text only; facts of this confidence are not verified. */
  SECONDARY("secondary");

  private final String id;

  Confidence(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether this confidence rests on the UN's own text (official or a verbatim copy).
   *
   * @return true for {@link #OFFICIAL} and {@link #OFFICIAL_COPY}
   */
  public boolean isOfficial() {
    return this == OFFICIAL || this == OFFICIAL_COPY;
  }

  /**
   * Finds the term with the given id.
   *
   * @param id  the id, e.g. {@code secondary}
   * @return the term, not null
   * @throws org.unrights.model.InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static Confidence fromId(String id) {
    return Vocabulary.require(Confidence.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
