package org.unrights.model;

import java.util.Objects;

/**
 * How a body decides a question: a majority of members present and voting (simple or two
 * thirds), or a number of affirmative votes with or without a permanent member's veto.
 *
 * <p>"Members present and voting" means members casting an affirmative or negative vote;
 * abstaining members are not counted (GA rules of procedure 86 and 126). A tie fails.
 *
 * <pre>{@code
 * DecisionRule rule = Body.UNSC.decisionRule(QuestionKind.SUBSTANTIVE).orElseThrow();
 * rule.decide(Tally.of(13, 2, 0), true);  // VETOED when one of the two is permanent
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionRule {

  /** The result of applying a rule to a vote. */
  public enum Result implements Vocabulary {
    /** The motion carries. */
    ADOPTED("adopted"),
    /** The motion fails for want of votes. */
    REJECTED("rejected"),
    /** The motion had the votes but a permanent member voted against it. */
    VETOED("vetoed");

    private final String id;

    Result(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  /** The threshold a rule applies. */
  public enum Threshold implements Vocabulary {
    /** More yes than no among members present and voting. */
    SIMPLE_MAJORITY("simple-majority"),
    /** At least two thirds of members present and voting vote yes. */
    TWO_THIRDS("two-thirds"),
    /** At least a fixed number of affirmative votes. */
    AFFIRMATIVE_VOTES("affirmative-votes");

    private final String id;

    Threshold(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  private static final DecisionRule SIMPLE = new DecisionRule(Threshold.SIMPLE_MAJORITY, 0, false);
  private static final DecisionRule TWO_THIRDS = new DecisionRule(Threshold.TWO_THIRDS, 0, false);

  private final Threshold threshold;
  private final int affirmativeVotes;
  private final boolean permanentMemberVeto;

  private DecisionRule(Threshold threshold, int affirmativeVotes, boolean permanentMemberVeto) {
    this.threshold = threshold;
    this.affirmativeVotes = affirmativeVotes;
    this.permanentMemberVeto = permanentMemberVeto;
  }

  /**
   * Returns the rule "a majority of the members present and voting".
   *
   * @return the rule, not null
   */
  public static DecisionRule simpleMajority() {
    return SIMPLE;
  }

  /**
   * Returns the rule "two thirds of the members present and voting".
   *
   * @return the rule, not null
   */
  public static DecisionRule twoThirds() {
    return TWO_THIRDS;
  }

  /**
   * Returns the rule "at least {@code votes} affirmative votes", optionally with a veto.
   *
   * @param votes  affirmative votes needed, at least 1
   * @param permanentMemberVeto  whether a permanent member's negative vote defeats the motion
   * @return the rule, not null
   * @throws InvalidValueException  if votes is less than 1
   */
  public static DecisionRule affirmativeVotes(int votes, boolean permanentMemberVeto) {
    InvalidValueException.check(votes >= 1, "DecisionRule", "affirmativeVotes", votes, "must be at least 1");
    return new DecisionRule(Threshold.AFFIRMATIVE_VOTES, votes, permanentMemberVeto);
  }

  /**
   * Returns the threshold this rule applies.
   *
   * @return the threshold, not null
   */
  public Threshold threshold() {
    return threshold;
  }

  /**
   * Returns the affirmative votes needed, for an {@link Threshold#AFFIRMATIVE_VOTES} rule.
   *
   * @return the number of votes, 0 for majority rules
   */
  public int affirmativeVotesNeeded() {
    return affirmativeVotes;
  }

  /**
   * Tells whether a permanent member's negative vote defeats the motion.
   *
   * @return true for the Security Council's substantive decisions
   */
  public boolean hasPermanentMemberVeto() {
    return permanentMemberVeto;
  }

  /**
   * Applies the rule to a vote.
   *
   * @param tally  the counts, not null
   * @param permanentMemberAgainst  whether at least one permanent member voted against
   * @return adopted, rejected, or vetoed, not null
   */
  public Result decide(Tally tally, boolean permanentMemberAgainst) {
    Objects.requireNonNull(tally, "tally");
    int yes = tally.yes();
    int no = tally.no();
    switch (threshold) {
      case SIMPLE_MAJORITY:
        return yes > no ? Result.ADOPTED : Result.REJECTED;
      case TWO_THIRDS:
        return yes > 0 && 3L * yes >= 2L * (yes + no) ? Result.ADOPTED : Result.REJECTED;
      default:
        if (yes < affirmativeVotes) {
          return Result.REJECTED;
        }
        return permanentMemberVeto && permanentMemberAgainst ? Result.VETOED : Result.ADOPTED;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecisionRule)) {
      return false;
    }
    DecisionRule r = (DecisionRule) o;
    return r.threshold == threshold
        && r.affirmativeVotes == affirmativeVotes
        && r.permanentMemberVeto == permanentMemberVeto;
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, affirmativeVotes, permanentMemberVeto);
  }

  /**
   * Describes the rule, e.g. {@code 9 affirmative votes, no permanent member against}.
   *
   * @return a description, not null
   */
  @Override
  public String toString() {
    switch (threshold) {
      case SIMPLE_MAJORITY:
        return "majority of members present and voting";
      case TWO_THIRDS:
        return "two thirds of members present and voting";
      default:
        return affirmativeVotes + " affirmative votes" + (permanentMemberVeto ? ", no permanent member against" : "");
    }
  }
}
