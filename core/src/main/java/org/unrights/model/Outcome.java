package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;

/**
 * How a motion ended: adopted without a vote, by consensus, by a recorded vote; rejected by a
 * recorded vote; or vetoed in the Security Council. Where a text says only that a resolution was
 * "adopted" or "approved", the outcome is {@link AdoptedModeNotStated}.
 *
 * <p>A sealed type; JSON carries a {@code "kind"}: {@code adopted-without-vote},
 * {@code adopted-by-consensus}, {@code adopted-by-recorded-vote}, {@code rejected-by-recorded-vote},
 * {@code vetoed}, {@code adopted}, {@code vetoed-counts-not-recorded} (a veto whose counts the
 * record does not give). Java 17 has no pattern switch: use {@link #accept(Visitor)} or
 * {@code instanceof}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(AdoptedWithoutVote.class),
  @JsonSubTypes.Type(AdoptedByConsensus.class),
  @JsonSubTypes.Type(AdoptedByRecordedVote.class),
  @JsonSubTypes.Type(RejectedByRecordedVote.class),
  @JsonSubTypes.Type(Vetoed.class),
  @JsonSubTypes.Type(AdoptedModeNotStated.class),
  @JsonSubTypes.Type(VetoedCountsNotRecorded.class)
})
public sealed interface Outcome
    permits AdoptedWithoutVote, AdoptedByConsensus, AdoptedByRecordedVote, RejectedByRecordedVote,
        Vetoed, AdoptedModeNotStated, VetoedCountsNotRecorded {

  /**
   * Returns the stable kind of this outcome, as in JSON.
   *
   * @return the kind, e.g. {@code adopted-by-recorded-vote}
   */
  String kind();

  /**
   * Tells whether the motion was adopted.
   *
   * @return true for the adopted kinds
   */
  boolean isAdopted();

  /**
   * Returns the tally of a recorded vote.
   *
   * @return the tally, or empty when there was no recorded vote
   */
  default Optional<Tally> recordedTally() {
    return this instanceof RecordedVote ? Optional.of(((RecordedVote) this).tally()) : Optional.empty();
  }

  /**
   * Calls the visitor's method for this outcome's kind.
   *
   * @param <R>  the result type
   * @param visitor  the visitor, not null
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Returns the adoption without a vote.
   *
   * @return the outcome, not null
   */
  static Outcome withoutVote() {
    return AdoptedWithoutVote.instance();
  }

  /**
   * Returns the adoption by consensus.
   *
   * @return the outcome, not null
   */
  static Outcome consensus() {
    return AdoptedByConsensus.instance();
  }

  /**
   * Returns an adoption whose mode the source does not state.
   *
   * @return the outcome, not null
   */
  static Outcome adopted() {
    return AdoptedModeNotStated.instance();
  }

  /**
   * A function of each kind of outcome.
   *
   * @param <R>  the result type
   */
  interface Visitor<R> {
    /**
     * Visits an adoption without a vote.
     *
     * @param o  the outcome
     * @return the result
     */
    R withoutVote(AdoptedWithoutVote o);

    /**
     * Visits an adoption by consensus.
     *
     * @param o  the outcome
     * @return the result
     */
    R consensus(AdoptedByConsensus o);

    /**
     * Visits an adoption by recorded vote.
     *
     * @param o  the outcome
     * @return the result
     */
    R adoptedByVote(AdoptedByRecordedVote o);

    /**
     * Visits a rejection by recorded vote.
     *
     * @param o  the outcome
     * @return the result
     */
    R rejectedByVote(RejectedByRecordedVote o);

    /**
     * Visits a veto.
     *
     * @param o  the outcome
     * @return the result
     */
    R vetoed(Vetoed o);

    /**
     * Visits an adoption whose mode is not stated.
     *
     * @param o  the outcome
     * @return the result
     */
    R adoptedModeNotStated(AdoptedModeNotStated o);

    /**
     * Visits a veto whose counts the record does not give.
     *
     * <p>The default throws, so that visitors written before this variant existed keep
     * compiling; visitors that may meet veto lists override it.
     *
     * @param o  the outcome
     * @return the result
     * @throws UnsupportedOperationException  unless overridden
     */
    default R vetoedCountsNotRecorded(VetoedCountsNotRecorded o) {
      throw new UnsupportedOperationException("this visitor does not handle " + o.kind());
    }
  }
}
