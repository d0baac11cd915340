package org.unrights.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The terms of each {@link Vocabulary} by id, built once per enum class: {@link Vocabulary#find}
 * is called for every body, step type and mention an extractor or loader reads, and scanning a
 * copy of {@code values()} each time showed in profiles.
 */
final class VocabularyIds {

  private static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byId = new HashMap<>();
      for (Object term : type.getEnumConstants()) {
        byId.putIfAbsent(((Vocabulary) term).id(), term); // the first term with an id wins, as in a scan
      }
      return Map.copyOf(byId);
    }
  };

  private VocabularyIds() {}

  /**
   * The term with an id, or null.
   *
   * @param <E>  the vocabulary type
   * @param type  the enum class, not null
   * @param id  the id, may be null
   * @return the term, or null when no term has that id
   */
  static <E extends Enum<E> & Vocabulary> E get(Class<E> type, String id) {
    return id == null ? null : type.cast(BY_ID.get(type).get(id));
  }
}
