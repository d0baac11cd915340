package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Rejected by a recorded vote (or, in the Security Council, not adopted for want of nine votes).
 *
 * <p>JSON: {@code {"kind":"rejected-by-recorded-vote","tally":{...},"ballots":[...]}}. Ballots, when given,
 * must agree with the tally. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("rejected-by-recorded-vote")
@JsonSerialize(as = ImmutableRejectedByRecordedVote.class)
@JsonDeserialize(as = ImmutableRejectedByRecordedVote.class)
public abstract non-sealed class RejectedByRecordedVote implements Outcome, RecordedVote {

  @Override
  public abstract Tally tally();

  @Override
  public abstract List<Ballot> ballots();

  @Override
  public String kind() {
    return "rejected-by-recorded-vote";
  }

  @Override
  public boolean isAdopted() {
    return false;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.rejectedByVote(this);
  }

  @Value.Check
  void check() {
    RecordedVote.checkAgreement("RejectedByRecordedVote", tally(), ballots());
  }

  /**
   * Obtains the outcome from a tally alone.
   *
   * @param tally  the counts, not null
   * @return the outcome, not null
   */
  public static RejectedByRecordedVote of(Tally tally) {
    return builder().tally(tally).build();
  }

  /**
   * Obtains the outcome from counts alone.
   *
   * @param yes  in favour
   * @param no  against
   * @param abstain  abstaining
   * @return the outcome, not null
   */
  public static RejectedByRecordedVote of(int yes, int no, int abstain) {
    return of(Tally.of(yes, no, abstain));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the outcome. */
  public static final class Builder extends ImmutableRejectedByRecordedVote.Builder {}

  @Override
  public String toString() {
    return "rejected " + tally();
  }
}
