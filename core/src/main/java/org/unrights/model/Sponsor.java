package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sponsor of a draft: a state, or a group that tables drafts (e.g. the European Union).
 *
 * <p>JSON: {@code {"state":"JPN"}} or {@code {"group":"European Union"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSponsor.class)
@JsonDeserialize(as = ImmutableSponsor.class)
public abstract class Sponsor {

  /**
   * Returns the sponsoring state.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> state();

  /**
   * Returns the sponsoring group, e.g. {@code European Union}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> group();

  @Value.Check
  void check() {
    InvalidValueException.check(state().isPresent() != group().isPresent(), "Sponsor", "state/group",
        state() + "/" + group(), "must give exactly one of state and group");
  }

  /**
   * Obtains a state sponsor.
   *
   * @param state  the state, not null
   * @return the sponsor, not null
   */
  public static Sponsor of(State state) {
    return builder().state(state).build();
  }

  /**
   * Obtains a group sponsor.
   *
   * @param group  the group's name, e.g. "European Union", not blank
   * @return the sponsor, not null
   */
  public static Sponsor group(String group) {
    return builder().group(group).build();
  }

  /**
   * Returns the sponsor's name: the state's alpha-3 code or the group's name.
   *
   * @return the name, not null
   */
  public String name() {
    return state().map(State::alpha3).orElseGet(() -> group().orElseThrow());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sponsor}. */
  public static final class Builder extends ImmutableSponsor.Builder {}
}
