package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request by a mandate holder or office to visit a country, and where it stands.
 *
 * <p>JSON: {@code {"id":"visit-1","state":"PRK","visitor":"special-rapporteur","mandate":"mandate-sr-dprk","status":"withdrawn","date":"2014-11"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountryVisit.class)
@JsonDeserialize(as = ImmutableCountryVisit.class)
public abstract class CountryVisit implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the country to be visited.
   *
   * @return the value, not null
   */
  public abstract State state();

  /**
   * Returns who would visit: a special rapporteur, the High Commissioner, OHCHR.
   *
   * @return the value, not null
   */
  public abstract Body visitor();

  /**
   * Returns the id of the visitor's mandate.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> mandate();

  /**
   * Returns where the visit stands.
   *
   * @return the value, not null
   */
  public abstract VisitStatus status();

  /**
   * Returns when the status was reached.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("CountryVisit", id());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountryVisit}. */
  public static final class Builder extends ImmutableCountryVisit.Builder {}
}
