package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.Claim;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;

/**
 * What sources say about a fact: the claims, each with its source and quote, and the conflicts
 * where sources disagree. Claims are kept apart from the official facts; nothing is decided here.
 *
 * <p>JSON: {@code {"about":"ga-res-69-188","claims":[...],"conflicts":[...]}}; {@code about} is absent
 * for all claims of a dossier. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClaims.class)
@JsonDeserialize(as = ImmutableClaims.class)
public abstract class Claims {

  /**
   * Returns the id asked about.
   *
   * @return the id, or empty for all claims
   */
  public abstract Optional<String> about();

  /**
   * Returns the claims, in the dossier's order.
   *
   * @return the claims, possibly empty
   */
  public abstract List<Claim> claims();

  /**
   * Returns the conflicts among them.
   *
   * @return the conflicts, possibly empty
   */
  public abstract List<Conflict> conflicts();

  /**
   * Tells whether nothing is claimed.
   *
   * @return true when there are no claims and no conflicts
   */
  public boolean isEmpty() {
    return claims().isEmpty() && conflicts().isEmpty();
  }

  /**
   * Prints the claims and conflicts, a line each with the claims' quotes.
   *
   * @return the text, not null
   */
  public String render() {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder("Claims").append(about().map(a -> " about " + a).orElse(""))
        .append(": ").append(claims().size()).append(nl);
    for (Claim c : claims()) {
      s.append("  ").append(line(c)).append(nl);
      Rendering.evidence(s, c.evidence(), "      ");
    }
    if (!conflicts().isEmpty()) {
      s.append("Conflicts: ").append(conflicts().size()).append(nl);
      for (Conflict c : conflicts()) {
        s.append("  ").append(line(c)).append(nl);
      }
    }
    return s.toString();
  }

  static String line(Claim c) {
    return c.source() + " " + c.stance() + " " + c.about().orElse("-") + "." + c.field()
        + c.value().map(v -> " = " + v).orElse("") + ": " + Rendering.quote(c.statement());
  }

  static String line(Conflict c) {
    StringBuilder s = new StringBuilder(c.about()).append('.').append(c.field()).append(':');
    for (ConflictingValue v : c.values()) {
      s.append(" '").append(v.value()).append("' (").append(String.join(", ", v.sources())).append(')');
    }
    c.note().ifPresent(n -> s.append(" - ").append(n));
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

  /** Builds a {@link Claims}. */
  public static final class Builder extends ImmutableClaims.Builder {}
}
