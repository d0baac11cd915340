package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.Body;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.ReferralStatus;
import org.unrights.model.RequestedAction;
import org.unrights.model.State;

/**
 * Where a process stops: an action that was recommended and never taken, attempted and failed, or
 * blocked by a veto, e.g. the referral of a situation to the ICC that the Security Council was
 * encouraged to consider and never made.
 *
 * <p>An open end is information about the process, not an error in the data.
 * JSON: {@code {"entity":"referral-prk-icc","status":"recommended","action":"refer-to-icc","addressee":"unsc",
 * "target":"icc","state":"PRK","requestedBy":["coi-dprk","ga-res-69-188"],"lastRequested":"2014-12-18","evidence":[...]}}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenEnd.class)
@JsonDeserialize(as = ImmutableOpenEnd.class)
public abstract class OpenEnd {

  /**
   * Returns the id of the entity that stands for the open end: the referral, or when the dossier
   * holds none, the first entity that requested the action, or the vetoed draft.
   *
   * @return the id, not null
   */
  public abstract String entity();

  /**
   * Returns how far the action got: recommended (never taken), attempted (failed) or blocked (vetoed).
   *
   * @return the status, not null
   */
  public abstract ReferralStatus status();

  /**
   * Returns the action requested.
   *
   * @return the action, not null
   */
  public abstract RequestedAction action();

  /**
   * Returns the body asked to act, e.g. the Security Council.
   *
   * @return the body, or empty when not known
   */
  public abstract Optional<Body> addressee();

  /**
   * Returns the body the action would reach, e.g. the ICC for a referral.
   *
   * @return the body, or empty
   */
  public abstract Optional<Body> target();

  /**
   * Returns the state concerned.
   *
   * @return the state, or empty when not known
   */
  public abstract Optional<State> state();

  /**
   * Returns the ids of the entities that requested, recommended or encouraged the action, in date order.
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> requestedBy();

  /**
   * Returns the date of the latest request or attempt.
   *
   * @return the date, or empty when not known
   */
  public abstract Optional<PartialDate> lastRequested();

  /**
   * Returns the quotes that support the open end.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Evidence> evidence();

  /**
   * Prints the open end in a line, e.g. {@code refer-to-icc of PRK to icc by unsc: recommended by
   * [coi-dprk, ga-res-69-188] (last 2014-12-18), never taken}.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder s = new StringBuilder(action().id());
    state().ifPresent(st -> s.append(" of ").append(st.alpha3()));
    target().ifPresent(t -> s.append(" to ").append(t.id()));
    addressee().ifPresent(a -> s.append(" by ").append(a.id()));
    s.append(": ").append(status().id());
    if (!requestedBy().isEmpty()) {
      s.append(" by ").append(requestedBy());
    }
    lastRequested().ifPresent(d -> s.append(" (last ").append(d).append(')'));
    switch (status()) {
      case RECOMMENDED:
        s.append(", never taken");
        break;
      case ATTEMPTED:
        s.append(", not achieved");
        break;
      case BLOCKED:
        s.append(", blocked");
        break;
      default:
        break;
    }
    return s.append("  [").append(entity()).append(']').toString();
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

  /** Builds an {@link OpenEnd}. */
  public static final class Builder extends ImmutableOpenEnd.Builder {}
}
