package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a referral (e.g. of a situation to the ICC) went.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code recommended}.
 */
public enum ReferralStatus implements Vocabulary {
  /** A body or mechanism recommended or encouraged it; no decision was taken. */
  RECOMMENDED("recommended"),
  /** A draft to make it was put to a vote and failed. */
  ATTEMPTED("attempted"),
  /** It was stopped, e.g. by a veto. */
  BLOCKED("blocked"),
  /** The referral was made. */
  MADE("made");

  private final String id;

  ReferralStatus(String id) {
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
   * @param id  the id, e.g. {@code recommended}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static ReferralStatus fromId(String id) {
    return Vocabulary.require(ReferralStatus.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
