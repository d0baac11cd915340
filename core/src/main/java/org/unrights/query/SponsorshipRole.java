package org.unrights.query;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * How a state put its name to a draft, resolution or amendment.
 *
 * <p>JSON and text use each term's stable {@link #id()}, e.g. {@code main-sponsor}.
 */
public enum SponsorshipRole implements Vocabulary {
  /** A main sponsor, who tabled the text. */
  MAIN_SPONSOR("main-sponsor"),
  /** A co-sponsor. */
  CO_SPONSOR("co-sponsor"),
  /** The proposer of an amendment. */
  PROPOSER("proposer");

  private final String id;

  SponsorshipRole(String id) {
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
   * @param id  the id, e.g. {@code co-sponsor}
   * @return the term, not null
   * @throws org.unrights.model.InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static SponsorshipRole fromId(String id) {
    return Vocabulary.require(SponsorshipRole.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
