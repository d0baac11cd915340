package org.unrights.testing;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.query.ProcessStep;

/**
 * Assertions on one step of a process, a {@link org.unrights.model.Step} of a dossier or a
 * {@link ProcessStep} of a query's answer: its type, actor, date, what it concerns, its tally and
 * its evidence. Failure messages quote the step's first piece of evidence.
 *
 * <pre>{@code
 * assertThat(step).hasType(StepType.RESOLUTION_ADOPTED).hasActor(Body.GA).hasDate("2014-12-18");
 * }</pre>
 */
public class StepAssert extends AbstractAssert<StepAssert, ProcessStep> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(ProcessStep)} or
   * {@link UnrightsAssertions#assertThat(org.unrights.model.Step)}.
   *
   * @param actual  the step under test, may be null (the assertions then fail)
   */
  public StepAssert(ProcessStep actual) {
    super(actual, StepAssert.class);
  }

  /**
   * Verifies the step's type.
   *
   * <pre>{@code
   * assertThat(step).hasType(StepType.AGENDA_ITEM_ADDED);
   * }</pre>
   *
   * @param type  the expected type, not null
   * @return this assertion
   */
  public StepAssert hasType(StepType type) {
    isNotNull();
    Objects.requireNonNull(type, "type");
    if (actual.type() != type) {
      failBecause("to be of type " + type + " but was " + actual.type());
    }
    return myself;
  }

  /**
   * Verifies the body that acted.
   *
   * <pre>{@code
   * assertThat(step).hasActor(Body.UNSC);
   * }</pre>
   *
   * @param actor  the expected body, not null
   * @return this assertion
   */
  public StepAssert hasActor(Body actor) {
    isNotNull();
    Objects.requireNonNull(actor, "actor");
    if (!actual.actor().equals(Optional.of(actor))) {
      failBecause("to have the actor " + actor + " but had " + actual.actor().map(Body::toString).orElse("no actor"));
    }
    return myself;
  }

  /**
   * Verifies the step's date, compared as written (a partial date matches only the same partial date).
   *
   * <pre>{@code
   * assertThat(step).hasDate("2014-12-22");
   * }</pre>
   *
   * @param date  the expected date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @return this assertion
   * @throws org.unrights.model.InvalidValueException if {@code date} is not a partial date
   */
  public StepAssert hasDate(String date) {
    isNotNull();
    PartialDate expected = PartialDate.parse(date);
    if (!actual.date().equals(Optional.of(expected))) {
      failBecause("to have the date " + expected + " but had " + Describe.date(actual.date()));
    }
    return myself;
  }

  /**
   * Verifies that the step concerns an entity, by id.
   *
   * <pre>{@code
   * assertThat(step).concerns("ga-res-69-188");
   * }</pre>
   *
   * @param id  the entity's id
   * @return this assertion
   */
  public StepAssert concerns(String id) {
    isNotNull();
    if (!actual.concerns().contains(id)) {
      failBecause("to concern " + id + " but it concerns " + actual.concerns());
    }
    return myself;
  }

  /**
   * Verifies the document symbol the step is recorded under.
   *
   * <pre>{@code
   * assertThat(step).hasSymbol("S/PV.7353");
   * }</pre>
   *
   * @param symbol  the expected symbol
   * @return this assertion
   * @throws org.unrights.model.InvalidSymbolException if {@code symbol} is not a UN document symbol
   */
  public StepAssert hasSymbol(String symbol) {
    isNotNull();
    DocumentSymbol expected = DocumentSymbol.parse(symbol);
    if (!actual.symbol().equals(Optional.of(expected))) {
      failBecause("to have the symbol " + expected + " but had "
          + actual.symbol().map(DocumentSymbol::toString).orElse("no symbol"));
    }
    return myself;
  }

  /**
   * Verifies the tally of the step's recorded vote.
   *
   * <pre>{@code
   * assertThat(step).hasTally(11, 2, 2);
   * }</pre>
   *
   * @param yes  the expected votes in favour
   * @param no  the expected votes against
   * @param abstain  the expected abstentions
   * @return this assertion
   */
  public StepAssert hasTally(int yes, int no, int abstain) {
    isNotNull();
    Tally tally = actual.tally().orElse(null);
    if (tally == null || tally.yes() != yes || tally.no() != no || tally.abstain() != abstain) {
      failBecause("to have the tally " + yes + "-" + no + "-" + abstain + " (yes-no-abstain) but "
          + (tally == null ? "its outcome was " + actual.outcome().orElse("not recorded") : "it was " + tally));
    }
    return myself;
  }

  /**
   * Verifies the official record's tally set beside the step (see
   * {@link ProcessStep#officialTally()}), e.g. where a news text's step was matched with the record.
   *
   * <pre>{@code
   * assertThat(step).hasOfficialTally(116, 20, 53);
   * }</pre>
   *
   * @param yes  the expected votes in favour
   * @param no  the expected votes against
   * @param abstain  the expected abstentions
   * @return this assertion
   */
  public StepAssert hasOfficialTally(int yes, int no, int abstain) {
    isNotNull();
    Tally tally = actual.officialTally().orElse(null);
    if (tally == null || tally.yes() != yes || tally.no() != no || tally.abstain() != abstain) {
      failBecause("to have the official tally " + yes + "-" + no + "-" + abstain + " beside it but "
          + (tally == null ? "no official tally is set" : "it was " + tally));
    }
    return myself;
  }

  /**
   * Verifies the official record's symbol set beside the step (see {@link ProcessStep#officialSymbol()}).
   *
   * <pre>{@code
   * assertThat(step).hasOfficialSymbol("A/RES/69/188");
   * }</pre>
   *
   * @param symbol  the expected symbol
   * @return this assertion
   * @throws org.unrights.model.InvalidSymbolException if {@code symbol} is not a UN document symbol
   */
  public StepAssert hasOfficialSymbol(String symbol) {
    isNotNull();
    DocumentSymbol expected = DocumentSymbol.parse(symbol);
    if (!actual.officialSymbol().equals(Optional.of(expected))) {
      failBecause("to have the official symbol " + expected + " beside it but had "
          + actual.officialSymbol().map(DocumentSymbol::toString).orElse("none"));
    }
    return myself;
  }

  /**
   * Verifies that one of the step's evidence quotes contains the given text.
   *
   * <pre>{@code
   * assertThat(step).hasEvidenceQuoting("procedural vote");
   * }</pre>
   *
   * @param text  the text to find in a quote, not null
   * @return this assertion
   */
  public StepAssert hasEvidenceQuoting(String text) {
    isNotNull();
    Objects.requireNonNull(text, "text");
    for (Evidence e : actual.evidence()) {
      if (e.quote().contains(text)) {
        return myself;
      }
    }
    failBecause("to have evidence quoting \"" + text + "\" but "
        + (actual.evidence().isEmpty() ? "it has no evidence" : "no quote contains it"));
    return myself;
  }

  private void failBecause(String expectation) {
    failWithMessage("%s", "Expecting step " + Describe.step(actual) + " " + expectation + Describe.evidence(actual.evidence()));
  }
}
