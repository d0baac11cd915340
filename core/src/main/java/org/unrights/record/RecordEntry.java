package org.unrights.record;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.unrights.model.Entity;
import org.unrights.model.InvalidValueException;
import org.unrights.model.State;

/**
 * The provenance of one fact of the official record: the entity or step it is about, the sources
 * it was checked against, whether an official source confirmed it, and how strong the support is.
 *
 * <p>{@link org.unrights.model.Evidence} points at spans of text; official facts are instead
 * checked against whole documents and pages, so the record keeps their source ids here, beside
 * the entity rather than inside it.
 *
 * <p>JSON: {@code {"id":"ga-res-69-188","sources":["ga-11604","unvotes-voeten"],"verified":true,
 * "confidence":"official","fieldConfidence":{"yes/no/abstain":"dataset"},"derived":[],
 * "namedVotes":{"no":["BLR","CHN"]},"note":"..."}}; {@code fieldConfidence} marks fields whose
 * support is weaker than the entry's (free text keyed by field names), {@code derived} names
 * fields computed rather than read (e.g. {@code outcome.ballots.yes}, the yes-ballots of a
 * Security Council vote derived from the Council's composition), and {@code namedVotes} lists the
 * states a source names per option when the full ballot list is not known.
 *
 * <p>This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordEntry.class)
@JsonDeserialize(as = ImmutableRecordEntry.class)
public abstract class RecordEntry {

  private static final Set<String> OPTIONS = Set.of("yes", "no", "abstain", "not-voting");

  /**
   * Returns the id of the entity, step or source the entry is about.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns the ids of the sources the fact was checked against, strongest first as researched.
   *
   * @return the ids, not empty
   */
  public abstract List<String> sources();

  /**
   * Tells whether an official source (or a verbatim copy of the UN document) confirmed the fact.
   *
   * @return false when only secondary sources support it
   */
  public abstract boolean verified();

  /**
   * Returns how strongly the fact is supported overall.
   *
   * @return the confidence, not null
   */
  public abstract Confidence confidence();

  /**
   * Returns, per field, a note where the field's support is weaker than the entry's confidence,
   * e.g. {@code "outcome" -> "secondary (...)"}.
   *
   * @return the notes by field name, possibly empty
   */
  public abstract Map<String, String> fieldConfidence();

  /**
   * Returns the paths of fields that were derived rather than read, e.g. {@code outcome.ballots.yes}.
   *
   * @return the paths, possibly empty
   */
  public abstract List<String> derived();

  /**
   * Returns the states a source names per vote option ({@code yes}, {@code no}, {@code abstain})
   * where the full list of ballots is not known, so they could not become ballots.
   *
   * @return the states by option id, possibly empty
   */
  public abstract Map<String, List<State>> namedVotes();

  /**
   * Returns what the sources say in support, quoted or paraphrased, and any conflict between them.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Tells whether the given field was derived rather than read.
   *
   * @param path  a field path such as {@code outcome.ballots.yes}, not null
   * @return true when the path, or a path it starts with, is listed in {@link #derived()}
   */
  public boolean isDerived(String path) {
    for (String d : derived()) {
      if (path.equals(d) || path.startsWith(d + ".") || d.startsWith(path + ".")) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    Entity.checkId("RecordEntry", id());
    InvalidValueException.check(!sources().isEmpty(), "RecordEntry", "sources", id(), "must name at least one source");
    InvalidValueException.check(!verified() || confidence() != Confidence.SECONDARY, "RecordEntry", "verified", id(),
        "must be false when the confidence is secondary");
    for (String option : namedVotes().keySet()) {
      InvalidValueException.check(OPTIONS.contains(option), "RecordEntry", "namedVotes", option,
          "must be keyed by yes, no, abstain or not-voting");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecordEntry}. */
  public static final class Builder extends ImmutableRecordEntry.Builder {}
}
