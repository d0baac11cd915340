package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.unrights.model.Claim;
import org.unrights.model.State;

/**
 * What one state did across a dossier: its votes where ballots are known, its sponsorships and
 * amendments, and the claims sources make about it or about what it tabled.
 *
 * <p>JSON: {@code {"state":"CUB","votes":[...],"sponsorships":[...],"claims":[...]}}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePositions.class)
@JsonDeserialize(as = ImmutablePositions.class)
public abstract class Positions {

  /**
   * Returns the state.
   *
   * @return the state, not null
   */
  public abstract State state();

  /**
   * Returns the state's votes, in date order.
   *
   * @return the votes, possibly empty
   */
  public abstract List<StateVote> votes();

  /**
   * Returns what the state sponsored or proposed, in date order.
   *
   * @return the sponsorships, possibly empty
   */
  public abstract List<Sponsorship> sponsorships();

  /**
   * Returns the claims about the state, or about what it sponsored or proposed.
   *
   * @return the claims, possibly empty
   */
  public abstract List<Claim> claims();

  /**
   * Tells whether nothing is known of the state.
   *
   * @return true when there are no votes, sponsorships or claims
   */
  public boolean isEmpty() {
    return votes().isEmpty() && sponsorships().isEmpty() && claims().isEmpty();
  }

  /**
   * Prints the positions, a line each.
   *
   * @return the text, not null
   */
  public String render() {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder("Positions of ").append(state().shortName())
        .append(" (").append(state().alpha3()).append(')').append(nl);
    s.append("Votes: ").append(votes().size()).append(nl);
    votes().forEach(v -> s.append("  ").append(v).append(nl));
    s.append("Sponsorships: ").append(sponsorships().size()).append(nl);
    sponsorships().forEach(v -> s.append("  ").append(v).append(nl));
    s.append("Claims: ").append(claims().size()).append(nl);
    claims().forEach(c -> s.append("  ").append(Claims.line(c)).append(nl));
    return s.toString();
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

  /** Builds a {@link Positions}. */
  public static final class Builder extends ImmutablePositions.Builder {}
}
