package org.unrights.akn;

import java.util.Objects;
import java.util.Optional;
import org.unrights.model.DecisionRule;
import org.unrights.model.DocumentSymbol;

/**
 * The voting rules applied to one record's ballots, set against the result the UN recorded.
 *
 * <p>The rule is the Security Council's for substantive questions
 * ({@code Body.UNSC.decisionRule(QuestionKind.SUBSTANTIVE)}: nine affirmative votes and no
 * permanent member against). A record agrees when the rule gives adopted for an adopted
 * resolution, vetoed for a draft recorded as vetoed, and rejected for one recorded as not adopted.
 * Records without counts (adopted without a vote, or a file that gives none) cannot be checked.
 *
 * @param symbol  the record's symbol, not null
 * @param recorded  what the UN recorded, not null
 * @param computed  what the rule gives, empty when the record has no counts
 * @param status  whether they agree, not null
 */
public record OutcomeCheck(DocumentSymbol symbol, RecordedResult recorded, Optional<DecisionRule.Result> computed,
    Status status) {

  /** Whether the rule reproduces the recorded result. */
  public enum Status {
    /** The rule gives the recorded result. */
    AGREES,
    /**
     * Adopted although a permanent member voted against: the substantive rule gives a veto, the
     * procedural rule (nine votes, no veto) gives the recorded adoption, so the decision was
     * procedural (e.g. convening an emergency special session of the General Assembly).
     */
    AGREES_AS_PROCEDURAL,
    /** The rule gives another result. */
    DISAGREES,
    /** The record has no counts to apply the rule to. */
    NOT_CHECKABLE
  }

  /**
   * Validates the components.
   *
   * @param symbol  the record's symbol, not null
   * @param recorded  what the UN recorded, not null
   * @param computed  what the rule gives, empty when the record has no counts
   * @param status  whether they agree, not null
   * @throws NullPointerException  if a component is null
   */
  public OutcomeCheck {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Tells whether a recorded result and a rule's result agree.
   *
   * @param recorded  the recorded result, not null
   * @param computed  the rule's result, not null
   * @return true for adopted/adopted, vetoed/vetoed and not-adopted/rejected
   */
  public static boolean agree(RecordedResult recorded, DecisionRule.Result computed) {
    switch (recorded) {
      case ADOPTED:
        return computed == DecisionRule.Result.ADOPTED;
      case VETOED:
        return computed == DecisionRule.Result.VETOED;
      default:
        return computed == DecisionRule.Result.REJECTED;
    }
  }
}
