package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An adopted (or voted) resolution: its symbol, body, sponsors, drafts, outcome and the operative requests it makes.
 *
 * <p>JSON: {@code {"id":"ga-res-69-188","symbol":"A/RES/69/188","body":"ga","session":69,"subjectState":"PRK","adopted":"2014-12-18","outcome":{...},"drafts":[...],"operativeRequests":[...]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResolution.class)
@JsonDeserialize(as = ImmutableResolution.class)
public abstract class Resolution implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the resolution's symbol, e.g. {@code A/RES/69/188}, where known.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the body that adopted it.
   *
   * @return the value, not null
   */
  public abstract Body body();

  /**
   * Returns the title.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> title();

  /**
   * Returns the session (GA, HRC) in which it was adopted.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt session();

  /**
   * Returns the state the resolution concerns, for country resolutions.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns its drafts, in committee and in plenary, oldest first.
   *
   * @return the list, possibly empty
   */
  public abstract List<Draft> drafts();

  /**
   * Returns the main sponsors.
   *
   * @return the list, possibly empty
   */
  public abstract List<Sponsor> mainSponsors();

  /**
   * Returns the co-sponsors.
   *
   * @return the list, possibly empty
   */
  public abstract List<Sponsor> coSponsors();

  /**
   * Returns the date of adoption (or of the decisive vote).
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> adopted();

  /**
   * Returns how the body decided it.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Outcome> outcome();

  /**
   * Returns the record of the adopting meeting, e.g. {@code A/69/PV.73}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> meetingRecord();

  /**
   * Returns what its operative paragraphs ask for.
   *
   * @return the list, possibly empty
   */
  public abstract List<OperativeRequest> operativeRequests();

  /**
   * Returns the ids of the {@link Amendment}s voted on its drafts.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> amendments();

  /**
   * Returns the ids of the entities this resolution acts on: the reports, resolutions, drafts or
   * mechanisms whose findings or decisions it takes up (e.g. an HRC resolution acting on the report
   * of a commission of inquiry, a General Assembly draft acting on that HRC resolution). Queries
   * follow these links in both directions ("acts on the report of").
   *
   * @return the list of entity ids, possibly empty
   */
  public abstract List<String> actsOn();

  /**
   * Returns subject terms, e.g. agenda items or thesaurus terms.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> subjects();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Resolution", id());
    session().ifPresent(s -> InvalidValueException.check(s >= 1, "Resolution", "session", s, "must be positive"));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resolution}. */
  public static final class Builder extends ImmutableResolution.Builder {}
}
