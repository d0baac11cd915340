package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The fixed vocabulary that classifies a {@link Step} in a process's history, so that histories
 * compare across bodies (after Open States' action classification).
 *
 * <p>Each constant has a stable lower-case {@link #id()} used in JSON and on the command line,
 * e.g. {@code resolution-adopted}. The vocabulary only grows; ids are never renamed.
 */
public enum StepType implements Vocabulary {
  /** A draft resolution is tabled (introduced) by its sponsors. */
  DRAFT_TABLED("draft-tabled"),
  /** An amendment to a draft is proposed. */
  AMENDMENT_PROPOSED("amendment-proposed"),
  /** An amendment is adopted. */
  AMENDMENT_ADOPTED("amendment-adopted"),
  /** An amendment is rejected, usually by a recorded vote. */
  AMENDMENT_REJECTED("amendment-rejected"),
  /** A resolution (or a draft in committee) is adopted, with or without a vote. */
  RESOLUTION_ADOPTED("resolution-adopted"),
  /** A draft resolution fails: rejected by vote or not adopted for want of votes. */
  RESOLUTION_REJECTED("resolution-rejected"),
  /** A permanent member of the Security Council votes against a draft that would otherwise pass. */
  VETO_CAST("veto-cast"),
  /** A mechanism (commission of inquiry, mandate, field office, group of experts) is created. */
  MECHANISM_ESTABLISHED("mechanism-established"),
  /** A mandate is extended by a later resolution. */
  MANDATE_RENEWED("mandate-renewed"),
  /** A person is appointed to a mandate or mechanism. */
  HOLDER_APPOINTED("holder-appointed"),
  /** A report is published. */
  REPORT_PUBLISHED("report-published"),
  /** A report is presented to a body. */
  REPORT_PRESENTED("report-presented"),
  /** A state's Universal Periodic Review is held. */
  REVIEW_HELD("review-held"),
  /** A reviewed state supports or notes the recommendations it received. */
  RECOMMENDATIONS_RESPONDED("recommendations-responded"),
  /** The Security Council adds a situation to its agenda. */
  AGENDA_ITEM_ADDED("agenda-item-added"),
  /** A body meets on a matter. */
  MEETING_HELD("meeting-held"),
  /** A body recommends or encourages a referral (e.g. to the ICC). */
  REFERRAL_RECOMMENDED("referral-recommended"),
  /** A referral is made. */
  REFERRAL_MADE("referral-made"),
  /** A state's membership of a body is suspended. */
  MEMBERSHIP_SUSPENDED("membership-suspended"),
  /** A mandate holder or office asks to visit a country. */
  VISIT_REQUESTED("visit-requested"),
  /** A state grants or offers a visit. */
  VISIT_GRANTED("visit-granted"),
  /** A state refuses a visit. */
  VISIT_REFUSED("visit-refused"),
  /** A state withdraws a visit it had offered or granted. */
  VISIT_WITHDRAWN("visit-withdrawn");

  private final String id;

  StepType(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * Finds the type with the given id.
   *
   * @param id  the id, e.g. {@code veto-cast}
   * @return the type, or empty if no type has that id
   */
  public static Optional<StepType> byId(String id) {
    return Vocabulary.find(StepType.class, id);
  }

  /**
   * Finds the type with the given id, for JSON.
   *
   * @param id  the id
   * @return the type, not null
   * @throws InvalidValueException  if no type has that id
   */
  @JsonCreator
  public static StepType fromId(String id) {
    return Vocabulary.require(StepType.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
