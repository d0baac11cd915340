package org.unrights.record;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The comparison of one claim, or one field of a corpus entity or step, with the official record:
 * the status, the field compared, both values and both sides' sources, and a note on any
 * distinction the source blurs.
 *
 * <p>JSON: {@code {"subject":"claim-3","about":"mandate-sr-dprk","field":"established",
 * "status":"contradicts","claimedValue":"2003","recordValue":"2004-04-15","claimSources":["seed-002"],
 * "recordSources":["ohchr-sr-dprk-page"],"recordConfidence":"official","note":"..."}}.
 * This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckResult.class)
@JsonDeserialize(as = ImmutableCheckResult.class)
public abstract class CheckResult {

  /**
   * Returns what was checked: a claim's id, or the id of a corpus entity or step.
   *
   * @return the id, not null
   */
  public abstract String subject();

  /**
   * Returns the id of the record entity compared with, where there is one.
   *
   * @return the id, or empty when the claim names no entity the record holds
   */
  public abstract Optional<String> about();

  /**
   * Returns the field compared, as the claim names it (e.g. {@code established}).
   *
   * @return the field, not null
   */
  public abstract String field();

  /**
   * Returns the record field the claim's field was matched to, e.g. {@code outcome.tally}.
   *
   * @return the field path, or empty when none matched
   */
  public abstract Optional<String> recordField();

  /**
   * Returns the outcome of the comparison.
   *
   * @return the status, not null
   */
  public abstract CheckStatus status();

  /**
   * Returns the value the source gives, in the field's text form.
   *
   * @return the value, or empty when the claim has none
   */
  public abstract Optional<String> claimedValue();

  /**
   * Returns the value the record gives, in the same text form.
   *
   * @return the value, or empty when the record lacks it
   */
  public abstract Optional<String> recordValue();

  /**
   * Returns the ids of the sources behind the claim (its source, then its evidence's sources).
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> claimSources();

  /**
   * Returns the ids of the sources the record entry was checked against.
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> recordSources();

  /**
   * Returns the record entry's confidence, where the record holds the entity.
   *
   * @return the confidence, or empty
   */
  public abstract Optional<Confidence> recordConfidence();

  /**
   * Returns an explanation: e.g. a distinction between two record facts the claim blurs, a field
   * whose support is weaker than its entry's, or a mode of adoption reported in other words.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckResult}. */
  public static final class Builder extends ImmutableCheckResult.Builder {}

  @Override
  public String toString() {
    return subject() + " " + about().orElse("?") + "." + field() + ": " + status()
        + claimedValue().map(v -> " claimed " + v).orElse("")
        + recordValue().map(v -> ", record " + v).orElse("");
  }
}
