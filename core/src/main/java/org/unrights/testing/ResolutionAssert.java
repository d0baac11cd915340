package org.unrights.testing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.AdoptedByConsensus;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.AdoptedWithoutVote;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.Resolution;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.Tally;

/**
 * Assertions on a {@link Resolution}: its symbol, body, date, sponsors and how it was adopted.
 * Failure messages quote the resolution's first piece of evidence, when it has one.
 *
 * <pre>{@code
 * assertThat(resolution).hasSymbol("A/RES/69/188").wasAdoptedByRecordedVote().withTally(116, 20, 53);
 * }</pre>
 */
public class ResolutionAssert extends AbstractAssert<ResolutionAssert, Resolution> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Resolution)}.
   *
   * @param actual  the resolution under test, may be null (the assertions then fail)
   */
  public ResolutionAssert(Resolution actual) {
    super(actual, ResolutionAssert.class);
  }

  /**
   * Verifies the document symbol (compared as parsed symbols, so spacing does not matter).
   *
   * <pre>{@code
   * assertThat(resolution).hasSymbol("A/RES/69/188");
   * }</pre>
   *
   * @param symbol  the expected symbol, e.g. {@code "A/RES/69/188"}
   * @return this assertion
   * @throws org.unrights.model.InvalidSymbolException if {@code symbol} is not a UN document symbol
   */
  public ResolutionAssert hasSymbol(String symbol) {
    isNotNull();
    DocumentSymbol expected = DocumentSymbol.parse(symbol);
    if (!actual.symbol().equals(java.util.Optional.of(expected))) {
      failBecause("to have the symbol " + expected + " but had "
          + actual.symbol().map(DocumentSymbol::toString).orElse("no symbol"));
    }
    return myself;
  }

  /**
   * Verifies the body that adopted the resolution.
   *
   * <pre>{@code
   * assertThat(resolution).hasBody(Body.GA);
   * }</pre>
   *
   * @param body  the expected body, not null
   * @return this assertion
   */
  public ResolutionAssert hasBody(Body body) {
    isNotNull();
    Objects.requireNonNull(body, "body");
    if (actual.body() != body) {
      failBecause("to have been adopted by the body " + body + " but was " + actual.body());
    }
    return myself;
  }

  /**
   * Verifies that the recorded outcome is an adoption, in whatever way.
   *
   * <pre>{@code
   * assertThat(resolution).wasAdopted();
   * }</pre>
   *
   * @return this assertion
   */
  public ResolutionAssert wasAdopted() {
    isNotNull();
    if (!actual.outcome().map(Outcome::isAdopted).orElse(false)) {
      failBecause("to have been adopted but its outcome was " + Describe.outcome(actual.outcome()));
    }
    return myself;
  }

  /**
   * Verifies that the resolution was adopted by a recorded vote; chain {@link #withTally} to check
   * the counts.
   *
   * <pre>{@code
   * assertThat(resolution).wasAdoptedByRecordedVote().withTally(116, 20, 53);
   * }</pre>
   *
   * @return this assertion
   */
  public ResolutionAssert wasAdoptedByRecordedVote() {
    isNotNull();
    if (!(actual.outcome().orElse(null) instanceof AdoptedByRecordedVote)) {
      failBecause("to have been adopted by a recorded vote but its outcome was " + Describe.outcome(actual.outcome()));
    }
    return myself;
  }

  /**
   * Verifies that the resolution was adopted without a vote (or by consensus, as some texts say).
   *
   * <pre>{@code
   * assertThat(resolution).wasAdoptedWithoutVote();
   * }</pre>
   *
   * @return this assertion
   */
  public ResolutionAssert wasAdoptedWithoutVote() {
    isNotNull();
    Outcome o = actual.outcome().orElse(null);
    if (!(o instanceof AdoptedWithoutVote) && !(o instanceof AdoptedByConsensus)) {
      failBecause("to have been adopted without a vote but its outcome was " + Describe.outcome(actual.outcome()));
    }
    return myself;
  }

  /**
   * Verifies the recorded tally of the resolution's outcome.
   *
   * <pre>{@code
   * assertThat(resolution).wasAdoptedByRecordedVote().withTally(116, 20, 53);
   * }</pre>
   *
   * @param yes  the expected votes in favour
   * @param no  the expected votes against
   * @param abstain  the expected abstentions
   * @return this assertion
   */
  public ResolutionAssert withTally(int yes, int no, int abstain) {
    isNotNull();
    Tally tally = actual.outcome().flatMap(Outcome::recordedTally).orElse(null);
    if (tally == null || tally.yes() != yes || tally.no() != no || tally.abstain() != abstain) {
      failBecause("to have the tally " + yes + "-" + no + "-" + abstain + " (yes-no-abstain) but "
          + (tally == null ? "its outcome was " + Describe.outcome(actual.outcome()) : "it was " + tally));
    }
    return myself;
  }

  /**
   * Verifies the adoption date, compared as written (a partial date matches only the same partial
   * date).
   *
   * <pre>{@code
   * assertThat(resolution).wasAdoptedOn("2014-12-18");
   * }</pre>
   *
   * @param date  the expected date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @return this assertion
   * @throws org.unrights.model.InvalidValueException if {@code date} is not a partial date
   */
  public ResolutionAssert wasAdoptedOn(String date) {
    isNotNull();
    PartialDate expected = PartialDate.parse(date);
    if (!actual.adopted().equals(java.util.Optional.of(expected))) {
      failBecause("to have been adopted on " + expected + " but the date was " + Describe.date(actual.adopted()));
    }
    return myself;
  }

  /**
   * Verifies that a state (by code or name) or a group is among the main sponsors.
   *
   * <pre>{@code
   * assertThat(resolution).hasMainSponsor("JPN");
   * }</pre>
   *
   * @param sponsor  a state code or name, or a group name such as {@code "European Union"}
   * @return this assertion
   */
  public ResolutionAssert hasMainSponsor(String sponsor) {
    isNotNull();
    String wanted = States.lookup(sponsor).map(State::alpha3).orElse(sponsor);
    List<String> names = actual.mainSponsors().stream().map(Sponsor::name).collect(Collectors.toList());
    if (!names.contains(wanted)) {
      failBecause("to have " + wanted + " among its main sponsors but they were " + names);
    }
    return myself;
  }

  /**
   * Verifies the state the resolution is about.
   *
   * <pre>{@code
   * assertThat(resolution).isAbout("PRK");
   * }</pre>
   *
   * @param state  the state by code or name
   * @return this assertion
   */
  public ResolutionAssert isAbout(String state) {
    isNotNull();
    State expected = States.require(state);
    if (!actual.subjectState().equals(java.util.Optional.of(expected))) {
      failBecause("to be about " + expected.alpha3() + " but was about "
          + actual.subjectState().map(State::alpha3).orElse("no state"));
    }
    return myself;
  }

  /**
   * Returns assertions on the resolution's outcome, failing if it has none.
   *
   * <pre>{@code
   * assertThat(resolution).outcome().hasBallot("CHN", VoteOption.NO);
   * }</pre>
   *
   * @return the outcome's assertions
   */
  public OutcomeAssert outcome() {
    isNotNull();
    if (actual.outcome().isEmpty()) {
      failBecause("to have an outcome but none is recorded");
    }
    return new OutcomeAssert(actual.outcome().get());
  }

  private void failBecause(String expectation) {
    failWithMessage("%s", "Expecting resolution " + actual.id() + " " + expectation + Describe.evidence(actual.evidence()));
  }
}
