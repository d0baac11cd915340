package org.unrights.extract;

import static org.unrights.extract.RuleSentences.steps;
import static org.unrights.extract.RuleSentences.summary;
import static org.unrights.extract.RuleSentences.tallyOf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;

/**
 * General rules added after the second round on the real-text development sets (UN press
 * releases, OHCHR items, meeting summaries): each test states one rule on sentences written for
 * the test, not taken from any evaluation text.
 */
class RealRules5Test {

  @Test
  void proposedAmendmentByAState_isItsSponsorAndAProposal() {
    List<Step> steps = steps("The Third Committee approved a draft resolution on the situation in Haiti. "
        + "Before approving the draft, the Committee rejected a proposed amendment by Cuba by a vote of 70 against "
        + "to 6 in favour (Cuba, Nicaragua), with 50 abstentions.", "2001-11-20");
    // the amendment is about the draft's state, Cuba only proposed it; the fronted "approving the draft" adds nothing
    assertThat(summary(steps)).containsExactlyInAnyOrder("resolution-adopted ga-third-committee HTI -",
        "amendment-proposed ga-third-committee HTI -", "amendment-rejected ga-third-committee HTI -");
    assertThat(tallyOf(steps, StepType.AMENDMENT_REJECTED)).contains(Tally.of(6, 70, 50));
    // an adoption of the draft whose object is no amendment stays an adoption, not an amendment adopted
    assertThat(summary("The Third Committee approved the draft on Haiti, after a long debate on an amendment.",
        "2001-11-20")).containsExactly("resolution-adopted ga-third-committee HTI -");
    // an amendment named without its proposer is no proposal step
    assertThat(summary("The Third Committee approved the draft resolution on Haiti. The Committee then rejected "
        + "the amendment by 70 votes to 6.", "2001-11-20"))
        .containsExactlyInAnyOrder("resolution-adopted ga-third-committee HTI -",
            "amendment-rejected ga-third-committee HTI -");
  }

  @Test
  void favourAndOpposed_isATally() {
    List<Step> steps = steps("The Commission on Human Rights adopted a resolution on Haiti by a vote of 30 in favour "
        + "and 10 opposed, with 8 member States abstaining.", "1995-04-20");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(30, 10, 8));
    steps = steps("The Commission on Human Rights adopted a resolution on Haiti by 30 in favour to 10 opposed.",
        "1995-04-20");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(30, 10, 0));
    // "opposed" as a verb after a count of persons is no tally
    steps = steps("The Commission on Human Rights adopted a resolution on Haiti, which 30 groups in favour of "
        + "reform had opposed.", "1995-04-20");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).isEmpty();
  }

  @Test
  void sponsorInARelativeClauseOnTheAdoptedText_tabledIt() {
    assertThat(summary("The Commission on Human Rights adopted a resolution on Haiti. The resolution, which was "
        + "initiated by France and tabled by Canada on behalf of a group of States, passed by 30 votes to 10.",
        "1995-04-20")).containsExactlyInAnyOrder("resolution-adopted chr HTI -", "draft-tabled chr HTI -");
    // a sponsor told in the main clause of the adoption, not in a relative clause, tables nothing of its own
    assertThat(summary("The Commission on Human Rights adopted a resolution on Haiti tabled by Canada.",
        "1995-04-20")).containsExactly("resolution-adopted chr HTI -");
  }

  @Test
  void frontedItsEstablishment_isTheMainSubjectsCreation() {
    assertThat(summary("Since its establishment by the Human Rights Council in October 2017, the Commission of Inquiry "
        + "on Libya has gathered many testimonies.", "2019-09-05")).containsExactly("mechanism-established hrc LBY 2017-10");
    // the main clause's subject is no mechanism: nothing was established
    assertThat(summary("Since its establishment by the Human Rights Council in October 2017, the Government of Libya "
        + "has refused to cooperate.", "2019-09-05")).isEmpty();
  }

  @Test
  void aDelegateIntroducingTheDraft_tablesItOnTheDraftsState() {
    String before = "The Third Committee approved four drafts today. The Committee then took up the draft resolution "
        + "on the situation of human rights in Belarus. ";
    assertThat(summary(before + "The representative of Poland, introducing the draft also on behalf of the European "
        + "Union, said that repression had grown.", "2022-11-16")).contains("draft-tabled ga-third-committee BLR -")
        .noneMatch(x -> x.contains("POL"));
    assertThat(summary(before + "Introducing the text, the representative of Poland said that repression had grown.",
        "2022-11-16")).contains("draft-tabled ga-third-committee BLR -").noneMatch(x -> x.contains("POL"));
    // introducing a report tables no text
    assertThat(summary(before + "The representative of Poland, introducing the report of the Secretary-General, said "
        + "that repression had grown.", "2022-11-16")).noneMatch(x -> x.startsWith("draft-tabled"));
    // a text the plenary adopts on a committee's recommendation was introduced in the committee
    assertThat(summary("The General Assembly today adopted a resolution on Belarus, recommended by its Third Committee. "
        + "Introducing the text, the representative of Poland said that repression had grown.", "2022-12-16"))
        .noneMatch(x -> x.startsWith("draft-tabled"));
  }

  @Test
  void aReviewThatCommencedOrWasConducted_wasHeld() {
    assertThat(summary("The UPR of Nepal commenced on Monday in Geneva.", "2021-01-30"))
        .containsExactly("review-held upr-working-group NPL 2021-01-25");
    assertThat(summary("The Universal Periodic Review of Nepal was conducted in Geneva on Monday.", "2021-01-30"))
        .containsExactly("review-held upr-working-group NPL 2021-01-25");
    // a session that commenced, a study conducted: no review
    assertThat(summary("The session of the Human Rights Council commenced on Monday with a debate on Nepal.",
        "2021-01-30")).noneMatch(x -> x.startsWith("review-held"));
    assertThat(summary("A study of the Universal Periodic Review was conducted by a university in Nepal.",
        "2021-01-30")).noneMatch(x -> x.startsWith("review-held"));
  }

  @Test
  void duringThisAfternoonsMeeting_isTheDaysMeeting() {
    assertThat(summary("NEW YORK, 3 March -- The Security Council this afternoon voted to place Haiti on its agenda. "
        + "During this afternoon's procedural meeting, the representative of Chile said the matter was urgent.",
        "2004-03-05")).contains("meeting-held unsc HTI 2004-03-03");
    // a meeting still to come is none
    assertThat(summary("NEW YORK, 3 March -- The Security Council this afternoon voted to place Haiti on its agenda. "
        + "During this afternoon's meeting, the representative of Chile will speak.", "2004-03-05"))
        .noneMatch(x -> x.startsWith("meeting-held"));
  }
}
