package org.unrights.testing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.Mandate;
import org.unrights.model.MandateHolder;
import org.unrights.model.MandateKind;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.States;

/**
 * Assertions on a special-procedure {@link Mandate}: whom it is about, which resolution
 * established and renewed it, and who held it. Failure messages quote the mandate's evidence.
 *
 * <pre>{@code
 * assertThat(mandate).isCountryMandateAbout("PRK").wasEstablishedBy("chr-res-2004-13");
 * }</pre>
 */
public class MandateAssert extends AbstractAssert<MandateAssert, Mandate> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Mandate)}.
   *
   * @param actual  the mandate under test, may be null (the assertions then fail)
   */
  public MandateAssert(Mandate actual) {
    super(actual, MandateAssert.class);
  }

  /**
   * Verifies that this is a country mandate about the given state.
   *
   * <pre>{@code
   * assertThat(mandate).isCountryMandateAbout("PRK");
   * }</pre>
   *
   * @param state  the state by code or name
   * @return this assertion
   */
  public MandateAssert isCountryMandateAbout(String state) {
    isNotNull();
    State expected = States.require(state);
    if (actual.kind() != MandateKind.COUNTRY || !actual.subjectState().equals(Optional.of(expected))) {
      failBecause("to be a country mandate about " + expected.alpha3() + " but was a " + actual.kind()
          + " mandate" + actual.subjectState().map(s -> " about " + s.alpha3()).orElse(""));
    }
    return myself;
  }

  /**
   * Verifies the id of the resolution that established the mandate.
   *
   * <pre>{@code
   * assertThat(mandate).wasEstablishedBy("chr-res-2004-13");
   * }</pre>
   *
   * @param resolutionId  the resolution's id
   * @return this assertion
   */
  public MandateAssert wasEstablishedBy(String resolutionId) {
    isNotNull();
    if (!actual.establishedBy().equals(Optional.of(resolutionId))) {
      failBecause("to have been established by " + resolutionId + " but was established by "
          + actual.establishedBy().orElse("an unrecorded resolution"));
    }
    return myself;
  }

  /**
   * Verifies the date the mandate was established, compared as written.
   *
   * <pre>{@code
   * assertThat(mandate).wasEstablishedOn("2004-04-15");
   * }</pre>
   *
   * @param date  the expected date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @return this assertion
   * @throws org.unrights.model.InvalidValueException if {@code date} is not a partial date
   */
  public MandateAssert wasEstablishedOn(String date) {
    isNotNull();
    PartialDate expected = PartialDate.parse(date);
    if (!actual.established().equals(Optional.of(expected))) {
      failBecause("to have been established on " + expected + " but the date was "
          + Describe.date(actual.established()));
    }
    return myself;
  }

  /**
   * Verifies that the resolution with this id renewed the mandate.
   *
   * <pre>{@code
   * assertThat(mandate).wasRenewedBy("hrc-res-25-25");
   * }</pre>
   *
   * @param resolutionId  the renewing resolution's id
   * @return this assertion
   */
  public MandateAssert wasRenewedBy(String resolutionId) {
    isNotNull();
    if (!actual.renewals().contains(resolutionId)) {
      failBecause("to have been renewed by " + resolutionId + " but its renewals are " + actual.renewals());
    }
    return myself;
  }

  /**
   * Verifies that a person (by name or person id) held the mandate.
   *
   * <pre>{@code
   * assertThat(mandate).hasHolder("Marzuki Darusman");
   * }</pre>
   *
   * @param person  the holder's name, an alias, or the person's id
   * @return this assertion
   */
  public MandateAssert hasHolder(String person) {
    isNotNull();
    boolean found = actual.holders().stream().map(MandateHolder::person).anyMatch(p ->
        p.id().equals(person) || p.name().equals(person) || p.aliases().contains(person));
    if (!found) {
      List<String> names = actual.holders().stream().map(h -> h.person().name()).collect(Collectors.toList());
      failBecause("to have been held by " + person + " but its holders are " + names);
    }
    return myself;
  }

  private void failBecause(String expectation) {
    failWithMessage("%s", "Expecting mandate " + actual.id() + " " + expectation + Describe.evidence(actual.evidence()));
  }
}
