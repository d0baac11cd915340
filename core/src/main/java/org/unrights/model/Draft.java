package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A draft resolution: its symbol, sponsors, the body it was tabled in, and how it ended there.
 *
 * <p>JSON: {@code {"id":"a-c3-69-l28","symbol":"A/C.3/69/L.28/Rev.1","body":"ga-third-committee","tabled":"2014-10","mainSponsors":[...],"outcome":{"kind":"adopted-by-recorded-vote",...},"decided":"2014-11-18"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDraft.class)
@JsonDeserialize(as = ImmutableDraft.class)
public abstract class Draft implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the draft's symbol, e.g. {@code A/C.3/69/L.28/Rev.1}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the body the draft was tabled in.
   *
   * @return the value, not null
   */
  public abstract Body body();

  /**
   * Returns the draft's title.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> title();

  /**
   * Returns the state the draft concerns, for country resolutions.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns when it was tabled.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> tabled();

  /**
   * Returns the main sponsors that tabled it.
   *
   * @return the list, possibly empty
   */
  public abstract List<Sponsor> mainSponsors();

  /**
   * Returns the states and groups that joined as co-sponsors.
   *
   * @return the list, possibly empty
   */
  public abstract List<Sponsor> coSponsors();

  /**
   * Returns how the body decided it, if it did.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Outcome> outcome();

  /**
   * Returns when the body decided it.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> decided();

  /**
   * Returns the record of the meeting that decided it, e.g. {@code S/PV.9616}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> meetingRecord();

  /**
   * Returns the ids of the {@link Amendment}s proposed to it.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> amendments();

  /**
   * Returns the ids of the entities this draft acts on: the reports, resolutions, drafts or
   * mechanisms whose findings or decisions it takes up (e.g. an HRC resolution acting on the report
   * of a commission of inquiry, a General Assembly draft acting on that HRC resolution). Queries
   * follow these links in both directions ("acts on the report of").
   *
   * @return the list of entity ids, possibly empty
   */
  public abstract List<String> actsOn();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Draft", id());
    symbol().ifPresent(s -> InvalidValueException.check(!s.isResolution(), "Draft", "symbol", s, "must not be an adopted resolution's symbol"));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Draft}. */
  public static final class Builder extends ImmutableDraft.Builder {}
}
