package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Security Council agenda item: its title, when it was inscribed, and the procedural vote that put it there.
 *
 * <p>JSON: {@code {"id":"unsc-agenda-dprk","title":"The situation in the Democratic People's Republic of Korea","body":"unsc","subjectState":"PRK","inscribed":"2014-12-22","inscribedBy":"unsc-vote-2014-12-22"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgendaItem.class)
@JsonDeserialize(as = ImmutableAgendaItem.class)
public abstract class AgendaItem implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the item's title.
   *
   * @return the value, not null
   */
  public abstract String title();

  /**
   * Returns the body whose agenda it is on.
   *
   * @return the value, not null
   */
  public abstract Body body();

  /**
   * Returns the state it concerns.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns when it was first put on the agenda.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> inscribed();

  /**
   * Returns the id of the procedural {@link VoteEvent} that put it there.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> inscribedBy();

  /**
   * Returns the ids of later vote events or meetings under the item.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> meetings();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("AgendaItem", id());
    InvalidValueException.check(!title().isBlank(), "AgendaItem", "title", "'" + title() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AgendaItem}. */
  public static final class Builder extends ImmutableAgendaItem.Builder {}
}
