package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.Outcome;
import org.unrights.model.QuestionKind;

/**
 * The answer to "had these states voted otherwise": a recorded outcome, the changed ballots, the
 * outcome the body's rule gives with them, and whether the result (adopted, rejected, vetoed)
 * changes.
 *
 * <p>JSON: {@code {"body":"unsc","questionKind":"substantive","changes":[{"state":"CHN","option":"abstain"}],
 * "original":{"kind":"vetoed",...},"outcome":{"kind":"vetoed",...},"changed":false}}. Build it with
 * {@link VotingRules#whatIf}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWhatIf.class)
@JsonDeserialize(as = ImmutableWhatIf.class)
public abstract class WhatIf {

  /**
   * Returns the body that voted.
   *
   * @return the body, not null
   */
  public abstract Body body();

  /**
   * Returns the kind of question whose rule was applied.
   *
   * @return the kind, not null
   */
  public abstract QuestionKind questionKind();

  /**
   * Returns the changed ballots, by state code.
   *
   * @return the ballots, possibly empty
   */
  public abstract List<Ballot> changes();

  /**
   * Returns the outcome as recorded.
   *
   * @return the outcome, not null
   */
  public abstract Outcome original();

  /**
   * Returns the outcome the body's rule gives with the changed ballots.
   *
   * @return the outcome, not null
   */
  public abstract Outcome outcome();

  /**
   * Tells whether the result (adopted, rejected or vetoed) differs from the original's; a
   * different tally with the same result is not a change.
   *
   * @return true when the result changes
   */
  public abstract boolean isChanged();

  /**
   * Prints the answer in a line, e.g. {@code unsc (substantive): had CHN voted abstain: adopted
   * 14-0-1 instead of vetoed by [RUS] 13-1-1; the outcome changes}.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder had = new StringBuilder();
    for (Ballot b : changes()) {
      had.append(had.length() == 0 ? "" : ", ").append(b.state().alpha3()).append(" voted ").append(b.option().id());
    }
    return body().id() + " (" + questionKind().id() + "): had " + (had.length() == 0 ? "nothing changed" : had)
        + ": " + outcome() + " instead of " + original()
        + (isChanged() ? "; the outcome changes" : "; the outcome stays the same");
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WhatIf}. */
  public static final class Builder extends ImmutableWhatIf.Builder {}
}
