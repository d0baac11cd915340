package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One motion put to a vote in a body, with its outcome and, where recorded, every state's ballot (Popolo's vote event).
 *
 * <p>JSON: {@code {"id":"unvotes-9101","body":"ga","date":"2019-12-03","motionKind":"draft-resolution","resolutionSymbol":"A/RES/74/12","outcome":{"kind":"adopted-by-recorded-vote",...},"issues":["hr"]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVoteEvent.class)
@JsonDeserialize(as = ImmutableVoteEvent.class)
public abstract class VoteEvent implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the body that voted.
   *
   * @return the value, not null
   */
  public abstract Body body();

  /**
   * Returns the date of the vote.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the session, for GA and HRC votes.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt session();

  /**
   * Returns what was voted on.
   *
   * @return the value, not null
   */
  public abstract MotionKind motionKind();

  /**
   * Returns a short description of the motion.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> title();

  /**
   * Returns the draft or amendment voted on, e.g. {@code A/C.3/69/L.66}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> motionSymbol();

  /**
   * Returns the resolution that resulted, e.g. {@code A/RES/74/12}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> resolutionSymbol();

  /**
   * Returns the meeting record, e.g. {@code S/PV.7353}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> meetingRecord();

  /**
   * Returns the kind of question, where the record says (procedural, important...).
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<QuestionKind> questionKind();

  /**
   * Returns the state the motion concerns.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns how the vote ended.
   *
   * @return the value, not null
   */
  public abstract Outcome outcome();

  /**
   * Returns issue codes, e.g. {@code hr} for human rights.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> issues();

  /**
   * Returns the agenda item, as the record names it.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> agendaItem();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("VoteEvent", id());
  }

  /**
   * Returns the tally, when the outcome is a recorded vote.
   *
   * @return the tally, or empty
   */
  public Optional<Tally> tally() {
    return outcome().recordedTally();
  }

  /**
   * Returns the ballots, when the outcome is a recorded vote that lists them.
   *
   * @return the ballots, possibly empty
   */
  public List<Ballot> ballots() {
    return outcome() instanceof RecordedVote ? ((RecordedVote) outcome()).ballots() : List.of();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VoteEvent}. */
  public static final class Builder extends ImmutableVoteEvent.Builder {}
}
