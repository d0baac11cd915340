package org.unrights.akn;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A flaw found in the UN's data and handled in a stated way: what kind, where, and what was done.
 * Disagreements between two values are {@link org.unrights.model.Conflict}s instead.
 *
 * <p>JSON: {@code {"kind":"split-name","symbol":"S/RES/2403 (2018)","location":"2018.jsonl:6","message":"..."}}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataIssue.class)
@JsonDeserialize(as = ImmutableDataIssue.class)
public abstract class DataIssue {

  /**
   * Returns the kind of flaw.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract DataIssueKind kind();

  /**
   * Returns the symbol of the record concerned, as the source writes it.
   *
   * @return the symbol, not null
   */
  @Value.Parameter
  public abstract String symbol();

  /**
   * Returns where: file and line, e.g. {@code data_extract/2018.jsonl:6}.
   *
   * @return the location, not null
   */
  @Value.Parameter
  public abstract String location();

  /**
   * Returns what was found and what the loader did, with the values seen.
   *
   * @return the message, not null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Obtains an issue.
   *
   * @param kind  the kind, not null
   * @param symbol  the record's symbol, not null
   * @param location  file and line, not null
   * @param message  what was found and done, not null
   * @return the issue, not null
   */
  public static DataIssue of(DataIssueKind kind, String symbol, String location, String message) {
    return ImmutableDataIssue.of(kind, symbol, location, message);
  }

  @Override
  public String toString() {
    return kind() + " " + symbol() + " at " + location() + ": " + message();
  }
}
