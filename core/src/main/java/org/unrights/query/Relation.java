package org.unrights.query;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * How one entity of a trace links to another, in a fixed vocabulary.
 *
 * <p>JSON and text use each term's stable {@link #id()}, e.g. {@code established-by}.
 */
public enum Relation implements Vocabulary {
  /** A mandate or commission of inquiry was established by a resolution. */
  ESTABLISHED_BY("established-by"),
  /** A mandate was renewed by a resolution. */
  RENEWED_BY("renewed-by"),
  /** A commission of inquiry published a report. */
  PUBLISHED("published"),
  /** A report was written by a mechanism. */
  AUTHORED_BY("authored-by"),
  /** A draft became a resolution. */
  DRAFT_OF("draft-of"),
  /** A draft or resolution was the target of an amendment. */
  AMENDED_BY("amended-by"),
  /** An amendment would amend a draft or resolution. */
  AMENDS("amends"),
  /**
   * A resolution or draft acts on another entity: takes up the findings of a report, follows a
   * resolution of another body, or decides on a mechanism ({@code Resolution.actsOn},
   * {@code Draft.actsOn}; "acts on the report of").
   */
  ACTS_ON("acts-on"),
  /** A referral was recommended or encouraged by an entity. */
  RECOMMENDED_BY("recommended-by"),
  /** An agenda item was inscribed by a procedural vote. */
  INSCRIBED_BY("inscribed-by"),
  /** A vote or meeting took place under an agenda item. */
  MEETING("meeting"),
  /** A step concerns an entity. */
  CONCERNS("concerns"),
  /**
   * An entity's operative request or recommendation asks the body that holds the other entity to
   * act on the same state (e.g. a resolution encouraging the Security Council to refer a situation
   * to the ICC, and the Security Council's agenda item or referral).
   */
  REQUESTS_ACTION("requests-action"),
  /** A country visit was requested under a mandate. */
  VISIT_UNDER("visit-under"),
  /** A claim is about an entity. */
  ABOUT("about");

  private final String id;

  Relation(String id) {
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
   * @param id  the id, e.g. {@code established-by}
   * @return the term, not null
   * @throws org.unrights.model.InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static Relation fromId(String id) {
    return Vocabulary.require(Relation.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
