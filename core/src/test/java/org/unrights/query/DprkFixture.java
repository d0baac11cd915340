package org.unrights.query;

import java.util.List;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.Claim;
import org.unrights.model.ClaimStance;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.Evidence;
import org.unrights.model.InquiryRecommendation;
import org.unrights.model.MotionKind;
import org.unrights.model.OperativeRequest;
import org.unrights.model.OperativeVerb;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.QuestionKind;
import org.unrights.model.Referral;
import org.unrights.model.ReferralStatus;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.Report;
import org.unrights.model.RequestedAction;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.SourceKind;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.UprReview;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/**
 * A hand-built dossier shaped like the DPRK accountability process, for tests: a commission of
 * inquiry established by the Human Rights Council, its report, the Council's resolution, the Third
 * Committee (with an amendment rejected), the plenary, the Security Council's agenda, and a referral
 * to the ICC recommended and never made; plus an unrelated review. The quotes are short test
 * strings, not text from any source; the figures are illustrative and not the official record.
 */
final class DprkFixture {

  static final State PRK = States.require("PRK");
  static final State CUB = States.require("CUB");
  static final State JPN = States.require("JPN");
  static final State CHN = States.require("CHN");

  private DprkFixture() {}

  static Evidence quote(String text) {
    return Evidence.of("src-news", 0, text);
  }

  static Dossier dossier() {
    Resolution hrc2213 = Resolution.builder().id("hrc-res-22-13").symbol(DocumentSymbol.parse("A/HRC/RES/22/13"))
        .body(Body.HRC).subjectState(PRK).adopted(PartialDate.parse("2013-03-21")).outcome(Outcome.withoutVote())
        .addEvidence(quote("the Council set up an inquiry")).build();
    CommissionOfInquiry coi = CommissionOfInquiry.builder().id("coi-dprk").name("Commission of Inquiry on the DPRK")
        .subjectState(PRK).establishedBy("hrc-res-22-13").addReport("a-hrc-25-63")
        .addRecommendation(InquiryRecommendation.builder().addressee(Body.UNSC).action(RequestedAction.REFER_TO_ICC)
            .addEvidence(quote("refer the situation to the court")).build())
        .build();
    Report report = Report.builder().id("a-hrc-25-63").symbol(DocumentSymbol.parse("A/HRC/25/63")).author(Body.COI)
        .authorRef("coi-dprk").subjectState(PRK).published(PartialDate.parse("2014-02-17")).presentedTo(Body.HRC)
        .addEvidence(quote("the inquiry reported crimes")).build();
    Resolution hrc2525 = Resolution.builder().id("hrc-res-25-25").symbol(DocumentSymbol.parse("A/HRC/RES/25/25"))
        .body(Body.HRC).subjectState(PRK).adopted(PartialDate.parse("2014-03-28"))
        .outcome(AdoptedByRecordedVote.of(30, 6, 11))
        .addOperativeRequest(OperativeRequest.builder().verb(OperativeVerb.REQUESTS).addressee(Body.GA)
            .action(RequestedAction.SUBMIT_REPORT).build())
        .addEvidence(quote("the Council acted on the report")).build();
    Amendment cuba = Amendment.builder().id("a-c3-69-l63").symbol(DocumentSymbol.parse("A/C.3/69/L.63"))
        .body(Body.GA_THIRD_COMMITTEE).addProposer(Sponsor.of(CUB)).target("a-c3-69-l28-rev1")
        .decided(PartialDate.parse("2014-11-18")).outcome(RejectedByRecordedVote.of(40, 77, 50))
        .addEvidence(quote("an amendment to strike the court")).build();
    Draft committee = Draft.builder().id("a-c3-69-l28-rev1").symbol(DocumentSymbol.parse("A/C.3/69/L.28/Rev.1"))
        .body(Body.GA_THIRD_COMMITTEE).subjectState(PRK).tabled(PartialDate.parse("2014-10"))
        .addMainSponsor(Sponsor.group("European Union")).addMainSponsor(Sponsor.of(JPN))
        .decided(PartialDate.parse("2014-11-18")).outcome(AdoptedByRecordedVote.of(111, 19, 55))
        .addAmendment("a-c3-69-l63").addEvidence(quote("the committee approved it")).build();
    Resolution ga = Resolution.builder().id("ga-res-69-188").symbol(DocumentSymbol.parse("A/RES/69/188")).body(Body.GA)
        .subjectState(PRK).addDraft(committee).adopted(PartialDate.parse("2014-12-18"))
        .outcome(AdoptedByRecordedVote.of(116, 20, 53)).addMainSponsor(Sponsor.of(JPN))
        .addOperativeRequest(OperativeRequest.builder().verb(OperativeVerb.ENCOURAGES).addressee(Body.UNSC)
            .action(RequestedAction.REFER_TO_ICC).addEvidence(quote("encourages the Council to refer")).build())
        .build();
    VoteEvent agendaVote = VoteEvent.builder().id("s-pv-7353-agenda").body(Body.UNSC).date(PartialDate.parse("2014-12-22"))
        .motionKind(MotionKind.PROCEDURAL).questionKind(QuestionKind.PROCEDURAL).subjectState(PRK)
        .meetingRecord(DocumentSymbol.parse("S/PV.7353"))
        .outcome(AdoptedByRecordedVote.builder().tally(org.unrights.model.Tally.of(1, 1, 0))
            .addBallot(Ballot.of("AUS", VoteOption.YES)).addBallot(Ballot.of(CHN, VoteOption.NO)).build())
        .build();
    AgendaItem agenda = AgendaItem.builder().id("unsc-agenda-dprk").title("The situation in the DPRK").body(Body.UNSC)
        .subjectState(PRK).inscribedBy("s-pv-7353-agenda").addEvidence(quote("the Council took it up")).build();
    Referral referral = Referral.builder().id("referral-prk-icc").situationState(PRK).to(Body.ICC).by(Body.UNSC)
        .status(ReferralStatus.RECOMMENDED).addRecommendedBy("coi-dprk").addEvidence(quote("no referral was made"))
        .build();
    Step published = Step.builder().id("step-report").type(StepType.REPORT_PUBLISHED).date(PartialDate.parse("2014-02-17"))
        .actor(Body.COI).subjectState(PRK).addConcern("a-hrc-25-63").addConcern("coi-dprk")
        .symbol(DocumentSymbol.parse("A/HRC/25/63")).addEvidence(quote("a 400-page report")).build();
    Step actedOn = Step.builder().id("step-hrc-acts").type(StepType.REPORT_PRESENTED).date(PartialDate.parse("2014-03"))
        .actor(Body.COI).subjectState(PRK).addConcern("a-hrc-25-63").addConcern("hrc-res-25-25")
        .addEvidence(quote("presented in March")).build();
    UprReview review = UprReview.builder().id("upr-prk-2").stateUnderReview(PRK).cycle(2)
        .date(PartialDate.parse("2014-05-01")).build();
    Claim resounding = Claim.builder().id("claim-resounding").source("src-news").about("ga-res-69-188").field("outcome")
        .value("adopted").stance(ClaimStance.ASSERTS).statement("approved by a resounding vote")
        .addEvidence(quote("a resounding vote")).build();
    Claim cubaClaim = Claim.builder().id("claim-cuba").source("src-news").about("a-c3-69-l63").field("proposer")
        .value("CUB").stance(ClaimStance.ASSERTS).statement("Cuba sought to remove the court").build();
    Claim disputed = Claim.builder().id("claim-disputed").source("src-opinion").about("coi-dprk").field("findings")
        .stance(ClaimStance.DISPUTES).statement("the findings rest on hearsay").build();
    Conflict conflict = Conflict.builder().about("ga-res-69-188").field("yes")
        .addValue(ConflictingValue.builder().value("116").addSource("src-news").build())
        .addValue(ConflictingValue.builder().value("111").addSource("src-opinion").build()).build();
    return Dossier.builder()
        .addSource(Source.builder().id("src-news").title("A news report").kind(SourceKind.NEWS).build())
        .addSource(Source.builder().id("src-opinion").title("An opinion").kind(SourceKind.OPINION).build())
        .addResolutions(hrc2213, hrc2525, ga)
        .addAmendment(cuba)
        .addVoteEvent(agendaVote)
        .addCommission(coi)
        .addReport(report)
        .addAgendaItem(agenda)
        .addReferral(referral)
        .addReview(review)
        .addSteps(published, actedOn)
        .addClaims(resounding, cubaClaim, disputed)
        .addConflict(conflict)
        .build();
  }
}
