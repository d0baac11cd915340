package org.unrights.akn;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.unrights.model.Ballot;
import org.unrights.model.Conflict;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Draft;
import org.unrights.model.InvalidValueException;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.Tally;
import org.unrights.model.VoteEvent;

/**
 * One Security Council decision as one source (an AKN4UN file or a data-extract line) records
 * it: an adopted {@link Resolution} or a failed {@link Draft}, the {@link VoteEvent} with each
 * member's ballot, the workflow as {@link Step}s, and what AKN4UN adds: FRBR identifiers, subject
 * classifications and the text's paragraphs.
 *
 * <p>Where the source disagrees with itself the record keeps both values as
 * {@link Conflict}s; flaws handled in a stated way are {@link DataIssue}s.
 *
 * <pre>{@code
 * ScRecord r = AknReader.read(Path.of("S_RES_2598 (2021)_E.xml"));
 * r.symbol();               // S/RES/2598 (2021)
 * r.resolution().get().outcome();   // adopted 15-0-0
 * r.operativeParagraphs().get(0).text();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScRecord.class)
@JsonDeserialize(as = ImmutableScRecord.class)
public abstract class ScRecord {

  /**
   * Returns the symbol: {@code S/RES/n (year)} for a resolution, {@code S/year/n} for a failed draft.
   *
   * @return the symbol, not null
   */
  public abstract DocumentSymbol symbol();

  /**
   * Returns the document the record was read from, as an official {@link Source}; its
   * {@code file} is the path within the collection and evidence points into it.
   *
   * @return the source, not null
   */
  public abstract Source source();

  /**
   * Returns the 1-based line of a data-extract record.
   *
   * @return the line, or empty for AKN files
   */
  public abstract OptionalInt line();

  /**
   * Returns the FRBR work identifier (the {@code FRBRthis} of the work), e.g.
   * {@code /akn/un/statement/deliberation/unsc/2021-09-29/2598-2021/!main/}.
   *
   * @return the identifier, or empty for data-extract records
   */
  public abstract Optional<String> frbrWork();

  /**
   * Returns the FRBR expression identifier (language version).
   *
   * @return the identifier, or empty for data-extract records
   */
  public abstract Optional<String> frbrExpression();

  /**
   * Returns what the UN recorded as the result.
   *
   * @return the result, not null
   */
  public abstract RecordedResult recordedResult();

  /**
   * Returns the counts as the source states them, which may disagree with the listed voters
   * (see {@link #conflicts()}).
   *
   * @return the stated counts, or empty when the source gives none
   */
  public abstract Optional<Tally> statedTally();

  /**
   * Returns the adopted resolution, for adopted records.
   *
   * @return the resolution, or empty for failed drafts
   */
  public abstract Optional<Resolution> resolution();

  /**
   * Returns the draft: the failed draft, or the draft an adopted resolution was adopted from.
   *
   * @return the draft, or empty when the source names none
   */
  public abstract Optional<Draft> draft();

  /**
   * Returns the vote, where the source records one.
   *
   * @return the vote event, or empty (e.g. adopted without a vote, or no counts)
   */
  public abstract Optional<VoteEvent> voteEvent();

  /**
   * Returns the workflow: the draft tabled, then adopted, rejected or vetoed.
   *
   * @return the steps in order, possibly empty
   */
  public abstract List<Step> steps();

  /**
   * Returns the agenda item names, as the Council's agenda lists them.
   *
   * @return the names, possibly empty
   */
  public abstract List<String> agendaItems();

  /**
   * Returns the subject classifications (UNBIS, EuroVoc, library terms, agenda, title).
   *
   * @return the subjects, possibly empty
   */
  public abstract List<Subject> subjects();

  /**
   * Returns the Sustainable Development Goals the record is classified under, by number.
   *
   * @return goal numbers 1 to 17, possibly empty
   */
  public abstract List<Integer> sdgs();

  /**
   * Tells whether the decision was taken under Chapter VII of the Charter, as the source marks it.
   *
   * @return true when marked
   */
  @Value.Default
  public boolean chapterVII() {
    return false;
  }

  /**
   * Returns the record of the decisive meeting (an {@code S/PV} symbol) or, for decisions by
   * written procedure, the letter that records the vote.
   *
   * @return the symbol, or empty when not given
   */
  public abstract Optional<DocumentSymbol> outcomeRecord();

  /**
   * Returns the description of the result as the source words it, e.g.
   * {@code Adopted 13-0-2, 9771st meeting}.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> resultText();

  /**
   * Returns the preambular clauses, in order.
   *
   * @return the paragraphs, possibly empty
   */
  public abstract List<Paragraph> preamble();

  /**
   * Returns the operative paragraphs, in order.
   *
   * @return the paragraphs, possibly empty
   */
  public abstract List<Paragraph> operativeParagraphs();

  /**
   * Returns the places where the source disagrees with itself, each with both values.
   *
   * @return the conflicts, possibly empty
   */
  public abstract List<Conflict> conflicts();

  /**
   * Returns the flaws found and how each was handled.
   *
   * @return the issues, possibly empty
   */
  public abstract List<DataIssue> issues();

  @Value.Check
  void check() {
    InvalidValueException.check(resolution().isPresent() == (recordedResult() == RecordedResult.ADOPTED),
        "ScRecord", "resolution", symbol(), "must be present exactly when the result is adopted");
    InvalidValueException.check(recordedResult() == RecordedResult.ADOPTED || draft().isPresent(),
        "ScRecord", "draft", symbol(), "must be present for a failed draft");
  }

  /**
   * Tells whether the draft was adopted.
   *
   * @return true for resolutions
   */
  public boolean isAdopted() {
    return recordedResult() == RecordedResult.ADOPTED;
  }

  /**
   * Returns the record's id in the SDK's form: the resolution's or the failed draft's.
   *
   * @return the id, e.g. {@code s-res-2598-2021} or {@code s-2023-212}
   */
  public String id() {
    return resolution().map(Resolution::id).orElseGet(() -> draft().orElseThrow().id());
  }

  /**
   * Returns the outcome: the resolution's, else the failed draft's.
   *
   * @return the outcome, or empty when the source records no counts
   */
  public Optional<Outcome> outcome() {
    return resolution().isPresent() ? resolution().get().outcome() : draft().flatMap(Draft::outcome);
  }

  /**
   * Returns the date of the decision.
   *
   * @return the date, or empty when not given
   */
  public Optional<PartialDate> date() {
    return resolution().isPresent() ? resolution().get().adopted() : draft().flatMap(Draft::decided);
  }

  /**
   * Returns the year of the decision, from its symbol (a resolution's or draft's symbol carries
   * its year and is the more reliable), else from its date.
   *
   * @return the year, or empty when neither gives one
   */
  public OptionalInt year() {
    if (symbol().year().isPresent()) {
      return symbol().year();
    }
    return date().map(PartialDate::year).orElse(OptionalInt.empty());
  }

  /**
   * Returns each member's ballot, where listed.
   *
   * @return the ballots, possibly empty
   */
  public List<Ballot> ballots() {
    return voteEvent().map(VoteEvent::ballots).orElse(List.of());
  }

  /**
   * Returns the tally of the vote.
   *
   * @return the tally, or empty
   */
  public Optional<Tally> tally() {
    return outcome().flatMap(Outcome::recordedTally);
  }

  /**
   * Returns the main sponsors of the draft.
   *
   * @return the sponsors, possibly empty
   */
  public List<Sponsor> sponsors() {
    return draft().map(Draft::mainSponsors).orElse(List.of());
  }

  /**
   * Returns the states that joined as additional sponsors.
   *
   * @return the sponsors, possibly empty
   */
  public List<Sponsor> additionalSponsors() {
    return draft().map(Draft::coSponsors).orElse(List.of());
  }

  /**
   * Returns the permanent members whose negative vote defeated the draft.
   *
   * @return the states, empty unless vetoed with ballots
   */
  public List<State> vetoedBy() {
    return outcome().filter(o -> o instanceof org.unrights.model.Vetoed)
        .map(o -> ((org.unrights.model.Vetoed) o).vetoedBy()).orElse(List.of());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ScRecord}. */
  public static final class Builder extends ImmutableScRecord.Builder {}
}
