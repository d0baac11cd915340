package org.unrights.model;

import java.util.Optional;

/**
 * A closed vocabulary whose terms carry a stable, lower-case, hyphenated id used in JSON and on
 * the command line (e.g. {@code ga-third-committee}, {@code resolution-adopted}).
 *
 * <p>Every enum of the model implements this interface; ids are never renamed.
 */
public interface Vocabulary {

  /**
   * Returns the stable id of this term.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Finds the term with the given id among the values of a vocabulary.
   *
   * @param <E>  the vocabulary type
   * @param type  the enum class, not null
   * @param id  the id to look for, may be null
   * @return the term, or empty when no term has that id
   */
  static <E extends Enum<E> & Vocabulary> Optional<E> find(Class<E> type, String id) {
    return Optional.ofNullable(VocabularyIds.get(type, id));
  }

  /**
   * Finds the term with the given id, failing with a message that lists the valid ids.
   *
   * @param <E>  the vocabulary type
   * @param type  the enum class, not null
   * @param id  the id to look for
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  static <E extends Enum<E> & Vocabulary> E require(Class<E> type, String id) {
    return find(type, id).orElseThrow(() -> {
      StringBuilder ids = new StringBuilder();
      for (E term : type.getEnumConstants()) {
        ids.append(ids.length() == 0 ? "" : ", ").append(term.id());
      }
      return new InvalidValueException(
          "unknown " + type.getSimpleName() + ": '" + id + "' (expected one of: " + ids + ")");
    });
  }
}
