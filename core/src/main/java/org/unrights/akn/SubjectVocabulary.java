package org.unrights.akn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * The vocabulary a subject term of a Security Council record comes from.
 *
 * <p>JSON uses each term's stable {@link #id()}.
 */
public enum SubjectVocabulary implements Vocabulary {
  /** A Sustainable Development Goal, by number (AKN dictionary {@code SDGO}). */
  SDG("sdg"),
  /** The UNBIS Thesaurus of the Dag Hammarskjöld Library. */
  UNBIS("unbis"),
  /** EuroVoc, the EU's multilingual thesaurus. */
  EUROVOC("eurovoc"),
  /** The Security Council agenda item (AKN dictionary {@code S/<session>} or {@code S/}). */
  AGENDA("agenda"),
  /** A Dag Hammarskjöld Library authority term (dictionary {@code DHLAUTH}). */
  LIBRARY_AUTHORITY("library-authority"),
  /** The library's descriptive title (dictionary {@code DHL}). */
  TITLE("title"),
  /** Any other dictionary; the record keeps the dictionary's name. */
  OTHER("other");

  private final String id;

  SubjectVocabulary(String id) {
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
  public static SubjectVocabulary fromId(String id) {
    return Vocabulary.require(SubjectVocabulary.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
