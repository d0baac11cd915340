package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A special-procedure mandate: country or thematic, created by a resolution, renewed by later ones, held by a sequence of persons.
 *
 * <p>JSON: {@code {"id":"mandate-sr-dprk","title":"Special Rapporteur on the situation of human rights in the DPRK","kind":"country","subjectState":"PRK","establishedBy":"chr-res-2004-13","established":"2004-04-15","holders":[...]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMandate.class)
@JsonDeserialize(as = ImmutableMandate.class)
public abstract class Mandate implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the mandate's title.
   *
   * @return the value, not null
   */
  public abstract String title();

  /**
   * Returns country or thematic.
   *
   * @return the value, not null
   */
  public abstract MandateKind kind();

  /**
   * Returns the state, for a country mandate.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns the id of the resolution that created it.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> establishedBy();

  /**
   * Returns when it was created.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> established();

  /**
   * Returns the ids of the resolutions that renewed it.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> renewals();

  /**
   * Returns its holders, in order.
   *
   * @return the list, possibly empty
   */
  public abstract List<MandateHolder> holders();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Mandate", id());
    InvalidValueException.check(!title().isBlank(), "Mandate", "title", "'" + title() + "'", "must not be blank");
    InvalidValueException.check(kind() != MandateKind.COUNTRY || subjectState().isPresent(), "Mandate", "subjectState", subjectState(), "must be given for a country mandate");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mandate}. */
  public static final class Builder extends ImmutableMandate.Builder {}
}
