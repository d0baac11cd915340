package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.PartialDate;

/**
 * A state's name on a draft, resolution or amendment.
 *
 * <p>JSON: {@code {"entity":"a-c3-69-l63","role":"proposer","body":"ga-third-committee","symbol":"A/C.3/69/L.63","date":"2014-11-18"}}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSponsorship.class)
@JsonDeserialize(as = ImmutableSponsorship.class)
public abstract class Sponsorship {

  /**
   * Returns the id of the draft, resolution or amendment.
   *
   * @return the id, not null
   */
  public abstract String entity();

  /**
   * Returns how the state put its name to it.
   *
   * @return the role, not null
   */
  public abstract SponsorshipRole role();

  /**
   * Returns the body where it was tabled.
   *
   * @return the body, not null
   */
  public abstract Body body();

  /**
   * Returns its document symbol.
   *
   * @return the symbol, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns when it was tabled, proposed or adopted.
   *
   * @return the date, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  @Override
  public String toString() {
    return role() + " of " + symbol().map(Object::toString).orElse(entity()) + " (" + body() + date().map(d -> ", " + d).orElse("") + ")";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sponsorship}. */
  public static final class Builder extends ImmutableSponsorship.Builder {}
}
