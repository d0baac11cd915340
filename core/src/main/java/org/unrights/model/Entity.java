package org.unrights.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A thing a dossier holds under an id, with the evidence it was read from: a resolution, a
 * draft, an amendment, a vote event, a mandate, a commission of inquiry, a report, a review, an
 * agenda item, a referral, a visit, a step, a person or a claim.
 *
 * <p>Ids are unique within a dossier, made of lower-case letters, digits, {@code -}, {@code .}
 * and {@code _}, e.g. {@code ga-res-69-188}.
 */
public interface Entity {

  /** The form of an id. */
  Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /**
   * Returns the entity's id, unique within its dossier.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Returns where the entity was read: spans of source documents.
   *
   * @return the evidence, possibly empty for facts built by hand
   */
  List<Evidence> evidence();

  /**
   * Checks an id's form.
   *
   * @param type  the entity type, for the message
   * @param id  the id
   * @throws InvalidValueException  if the id is not of the documented form
   */
  static void checkId(String type, String id) {
    // the form of ID (ModelInvariantsTest holds the two to each other), tested a character at a time:
    // every value built checks its id
    boolean valid = !id.isEmpty();
    for (int i = 0; i < id.length() && valid; i++) {
      char c = id.charAt(i);
      valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || i > 0 && (c == '.' || c == '_' || c == '-');
    }
    if (!valid) {
      throw InvalidValueException.of(type, "id", "'" + id + "'",
          "must be lower-case letters, digits, '-', '.' or '_'");
    }
  }
}
