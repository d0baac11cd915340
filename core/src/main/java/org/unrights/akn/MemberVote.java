package org.unrights.akn;

import java.util.Objects;
import java.util.Optional;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.VoteOption;

/**
 * One member's ballot on one Security Council draft, with the draft's result.
 *
 * @param state  the member, not null
 * @param symbol  the resolution's or failed draft's symbol, not null
 * @param date  the date of the vote, empty when not known
 * @param option  how the member voted, not null
 * @param result  what the UN recorded as the result, not null
 * @param veto  whether this ballot was a veto: a permanent member against a draft recorded as vetoed
 */
public record MemberVote(State state, DocumentSymbol symbol, Optional<PartialDate> date, VoteOption option,
    RecordedResult result, boolean veto) {

  /**
   * Validates the components.
   *
   * @param state  the member, not null
   * @param symbol  the resolution's or failed draft's symbol, not null
   * @param date  the date of the vote, empty when not known
   * @param option  how the member voted, not null
   * @param result  what the UN recorded as the result, not null
   * @param veto  whether this ballot was a veto
   * @throws NullPointerException  if a component is null
   */
  public MemberVote {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(result, "result");
  }
}
