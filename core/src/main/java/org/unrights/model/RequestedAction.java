package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an operative paragraph or a recommendation asks to be done, in a fixed vocabulary.
 *
 * <p>JSON and the command line use each term's stable {@link #id()}, e.g. {@code refer-to-icc}.
 */
public enum RequestedAction implements Vocabulary {
  /** Refer the situation to the International Criminal Court. */
  REFER_TO_ICC("refer-to-icc"),
  /** Consider targeted sanctions against those most responsible. */
  CONSIDER_TARGETED_SANCTIONS("consider-targeted-sanctions"),
  /** Submit a report (or transmit one to another body). */
  SUBMIT_REPORT("submit-report"),
  /** Establish a mechanism, office or group of experts. */
  ESTABLISH_MECHANISM("establish-mechanism"),
  /** Extend a mandate. */
  RENEW_MANDATE("renew-mandate"),
  /** Grant access or a country visit. */
  GRANT_ACCESS("grant-access"),
  /** Ensure accountability for violations. */
  ENSURE_ACCOUNTABILITY("ensure-accountability"),
  /** Close camps or release prisoners. */
  RELEASE_DETAINEES("release-detainees"),
  /** Any other action. */
  OTHER("other");

  private final String id;

  RequestedAction(String id) {
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
   * @param id  the id, e.g. {@code refer-to-icc}
   * @return the term, not null
   * @throws InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static RequestedAction fromId(String id) {
    return Vocabulary.require(RequestedAction.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
