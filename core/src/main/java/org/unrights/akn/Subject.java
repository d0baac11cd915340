package org.unrights.akn;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.InvalidValueException;

/**
 * A subject classification of a Security Council record: a term, the vocabulary it belongs to and
 * the dictionary as the source names it.
 *
 * <p>JSON: {@code {"term":"TERRORISM","vocabulary":"unbis","dictionary":"UNBIS Thesaurus"}}. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubject.class)
@JsonDeserialize(as = ImmutableSubject.class)
public abstract class Subject {

  /**
   * Returns the term, as the source writes it (for an SDG, its number).
   *
   * @return the term, not blank
   */
  public abstract String term();

  /**
   * Returns the vocabulary.
   *
   * @return the vocabulary, not null
   */
  public abstract SubjectVocabulary vocabulary();

  /**
   * Returns the dictionary as the source names it, e.g. {@code UNBIS Thesaurus} or {@code S/76}.
   *
   * @return the dictionary, not null
   */
  public abstract String dictionary();

  /**
   * Returns the term's address in its thesaurus, where given.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> href();

  @Value.Check
  void check() {
    InvalidValueException.check(!term().isBlank(), "Subject", "term", "'" + term() + "'", "must not be blank");
  }

  /**
   * Obtains a subject without an address, classifying the dictionary.
   *
   * @param term  the term, not blank
   * @param dictionary  the dictionary as the source names it, not null
   * @return the subject, not null
   */
  public static Subject of(String term, String dictionary) {
    return builder().term(term).dictionary(dictionary).vocabulary(classify(dictionary)).build();
  }

  /**
   * Classifies a dictionary name as the UN's sources write it.
   *
   * @param dictionary  e.g. {@code UNBIS}, {@code UNBIS Thesaurus}, {@code EuroVoc}, {@code SDGO},
   *     {@code S/76}, {@code DHLAUTH}, {@code DHL}; not null
   * @return the vocabulary, {@link SubjectVocabulary#OTHER} when unknown
   */
  public static SubjectVocabulary classify(String dictionary) {
    String d = dictionary.strip();
    if (d.equals("SDGO") || d.equalsIgnoreCase("SDG")) {
      return SubjectVocabulary.SDG;
    }
    if (d.startsWith("UNBIS")) {
      return SubjectVocabulary.UNBIS;
    }
    if (d.equalsIgnoreCase("EuroVoc")) {
      return SubjectVocabulary.EUROVOC;
    }
    if (d.startsWith("S/")) {
      return SubjectVocabulary.AGENDA;
    }
    if (d.equals("DHLAUTH")) {
      return SubjectVocabulary.LIBRARY_AUTHORITY;
    }
    if (d.equals("DHL")) {
      return SubjectVocabulary.TITLE;
    }
    return SubjectVocabulary.OTHER;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subject}. */
  public static final class Builder extends ImmutableSubject.Builder {}
}
