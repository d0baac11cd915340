package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.PartialDate;
import org.unrights.model.VoteOption;

/**
 * How one state voted on one motion whose ballots are known.
 *
 * <p>JSON: {@code {"motion":"ga-res-69-188","body":"ga","symbol":"A/RES/69/188","date":"2014-12-18","option":"no","outcome":"adopted-by-recorded-vote"}}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStateVote.class)
@JsonDeserialize(as = ImmutableStateVote.class)
public abstract class StateVote {

  /**
   * Returns the id of the resolution, draft, amendment or vote event voted on.
   *
   * @return the id, not null
   */
  public abstract String motion();

  /**
   * Returns the body that voted.
   *
   * @return the body, not null
   */
  public abstract Body body();

  /**
   * Returns the symbol of what was voted on.
   *
   * @return the symbol, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the date of the vote.
   *
   * @return the date, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns how the state voted.
   *
   * @return the option, not null
   */
  public abstract VoteOption option();

  /**
   * Returns the kind of the vote's outcome, e.g. {@code vetoed}.
   *
   * @return the kind, not null
   */
  public abstract String outcome();

  @Override
  public String toString() {
    return option() + " on " + symbol().map(Object::toString).orElse(motion()) + " (" + body()
        + date().map(d -> ", " + d).orElse("") + "; " + outcome() + ")";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StateVote}. */
  public static final class Builder extends ImmutableStateVote.Builder {}
}
