package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A reviewed state's response to a UPR recommendation.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code supported}.
 */
public enum RecommendationResponse implements Vocabulary {
  /** The state supports (accepts) the recommendation. */
  SUPPORTED("supported"),
  /** The state takes note of the recommendation. */
  NOTED("noted");

  private final String id;

  RecommendationResponse(String id) {
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
   * @param id  the id, e.g. {@code supported}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static RecommendationResponse fromId(String id) {
    return Vocabulary.require(RecommendationResponse.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
