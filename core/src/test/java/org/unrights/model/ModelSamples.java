package org.unrights.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** One fully populated instance of every model type, for round-trip and golden-file tests. */
public final class ModelSamples {

  private ModelSamples() {}

  static final Evidence EVIDENCE = Evidence.of("seed-000", 10, "adopted a resolution");
  static final State PRK = States.require("PRK");

  /**
   * Returns the samples by name, in a stable order.
   *
   * @return samples keyed by the golden file's base name
   */
  public static Map<String, Object> all() {
    Map<String, Object> m = new LinkedHashMap<>();
    Tally tally = Tally.of(11, 2, 2, 0);
    Ballot chn = Ballot.of("CHN", VoteOption.NO);
    AdoptedByRecordedVote adoptedByVote = AdoptedByRecordedVote.builder().tally(Tally.of(116, 20, 53)).build();
    Vetoed vetoed = Vetoed.builder().tally(Tally.of(13, 2, 0)).addVetoedBy(States.require("RUS")).addVetoedBy(States.require("CHN")).build();
    Source source = Source.builder().id("seed-000").title("A title").kind(SourceKind.NEWS).outlet("An outlet")
        .language("en").published(PartialDate.parse("2015-01")).publishedNote("after 2015-01-22").file("000.txt").build();
    Person person = Person.builder().id("sr-ojea-quintana").name("Tomás Ojea Quintana").addAlias("Tomas Ojea Quintana")
        .nationality(States.require("ARG")).build();
    Sponsor japan = Sponsor.of(States.require("JPN"));
    Sponsor eu = Sponsor.group("European Union");
    OperativeRequest request = OperativeRequest.builder().verb(OperativeVerb.ENCOURAGES).addressee(Body.UNSC)
        .action(RequestedAction.REFER_TO_ICC).paragraph(8).text("encourages the Security Council to consider referral").build();
    Draft draft = Draft.builder().id("ga-c3-69-l28-rev1").symbol(DocumentSymbol.parse("A/C.3/69/L.28/Rev.1"))
        .body(Body.GA_THIRD_COMMITTEE).subjectState(PRK).tabled(PartialDate.parse("2014-11-14"))
        .addMainSponsors(japan, eu).outcome(AdoptedByRecordedVote.of(111, 19, 55)).decided(PartialDate.parse("2014-11-18"))
        .addAmendment("ga-c3-69-cuba-amendment").addActsOn("hrc-res-25-25").build();
    Resolution resolution = Resolution.builder().id("ga-res-69-188").symbol(DocumentSymbol.parse("A/RES/69/188")).body(Body.GA)
        .title("Situation of human rights in the Democratic People's Republic of Korea").session(69).subjectState(PRK)
        .addDraft(draft).addMainSponsors(japan, eu).adopted(PartialDate.parse("2014-12-18")).outcome(adoptedByVote)
        .meetingRecord(DocumentSymbol.parse("A/69/PV.73")).addOperativeRequest(request).addActsOn("coi-report-a-hrc-25-63").addEvidence(EVIDENCE).build();
    Amendment amendment = Amendment.builder().id("ga-c3-69-cuba-amendment").body(Body.GA_THIRD_COMMITTEE)
        .addProposer(Sponsor.of(States.require("CUB"))).target("ga-c3-69-l28-rev1").summary("delete accountability language")
        .outcome(RejectedByRecordedVote.of(40, 77, 50)).decided(PartialDate.parse("2014-11-18")).build();
    VoteEvent vote = VoteEvent.builder().id("unsc-vote-2014-12-22").body(Body.UNSC).date(PartialDate.parse("2014-12-22"))
        .motionKind(MotionKind.PROCEDURAL).questionKind(QuestionKind.PROCEDURAL).meetingRecord(DocumentSymbol.parse("S/PV.7353"))
        .subjectState(PRK).outcome(AdoptedByRecordedVote.builder().tally(Tally.of(1, 1, 0)).addBallots(chn, Ballot.of("FRA", VoteOption.YES)).build())
        .addIssue("hr").agendaItem("The situation in the Democratic People's Republic of Korea").build();
    MandateHolder holder = MandateHolder.builder().person(person).title("Special Rapporteur")
        .start(PartialDate.parse("2016-08")).end(PartialDate.parse("2022-07")).build();
    Mandate mandate = Mandate.builder().id("mandate-sr-dprk").title("Special Rapporteur on the situation of human rights in the DPRK")
        .kind(MandateKind.COUNTRY).subjectState(PRK).establishedBy("chr-res-2004-13").established(PartialDate.parse("2004-04-15"))
        .addRenewal("hrc-res-25-25").addHolder(holder).build();
    CountryVisit visit = CountryVisit.builder().id("visit-sr-2014").state(PRK).visitor(Body.SPECIAL_RAPPORTEUR)
        .mandate("mandate-sr-dprk").status(VisitStatus.WITHDRAWN).date(PartialDate.parse("2014-11")).build();
    Finding finding = Finding.builder().summary("crimes against humanity have been committed").category("crimes-against-humanity").build();
    InquiryRecommendation rec = InquiryRecommendation.builder().addressee(Body.UNSC).action(RequestedAction.REFER_TO_ICC).build();
    CommissionOfInquiry coi = CommissionOfInquiry.builder().id("coi-dprk").name("Commission of Inquiry on Human Rights in the DPRK")
        .subjectState(PRK).establishedBy("hrc-res-22-13").established(PartialDate.parse("2013-03-21"))
        .addMember(Person.builder().id("michael-kirby").name("Michael Kirby").build()).addReport("coi-report-a-hrc-25-63")
        .addFinding(finding).addRecommendation(rec).build();
    Report report = Report.builder().id("coi-report-a-hrc-25-63").symbol(DocumentSymbol.parse("A/HRC/25/63")).author(Body.COI)
        .authorRef("coi-dprk").subjectState(PRK).published(PartialDate.parse("2014-02-17")).presentedTo(Body.HRC)
        .presented(PartialDate.parse("2014-03-17")).build();
    Recommendation upRec = Recommendation.builder().id("upr-dprk-2-rec-1").addRecommendingState(States.require("FRA"))
        .text("Cooperate with the special procedures").response(RecommendationResponse.NOTED).addTheme("special-procedures").build();
    UprReview review = UprReview.builder().id("upr-dprk-2").stateUnderReview(PRK).cycle(2).workingGroupSession(19)
        .date(PartialDate.parse("2014-05-01")).outcomeReport(DocumentSymbol.parse("A/HRC/27/10")).addRecommendation(upRec)
        .recommendationsReceived(268).supported(113).noted(4).build();
    AgendaItem item = AgendaItem.builder().id("unsc-agenda-item-dprk").title("The situation in the Democratic People's Republic of Korea")
        .body(Body.UNSC).subjectState(PRK).inscribed(PartialDate.parse("2014-12-22")).inscribedBy("unsc-vote-2014-12-22").build();
    Membership membership = Membership.builder().state(States.require("TCD")).body(Body.UNSC).kind(MembershipKind.ELECTED)
        .start(PartialDate.parse("2014-01-01")).end(PartialDate.parse("2015-12-31")).addSource("un-sc-members").build();
    Referral referral = Referral.builder().id("referral-dprk-icc").situationState(PRK).to(Body.ICC).by(Body.UNSC)
        .status(ReferralStatus.RECOMMENDED).addRecommendedBy("coi-dprk").addRecommendedBy("ga-res-69-188").date(PartialDate.parse("2014-12-18")).build();
    Step step = Step.builder().id("step-ga-2014-12-18").type(StepType.RESOLUTION_ADOPTED).date(PartialDate.parse("--12-18"))
        .actor(Body.GA).subjectState(PRK).addConcern("ga-res-69-188").symbol(DocumentSymbol.parse("A/RES/69/188"))
        .outcome(Outcome.adopted()).summary("The GA plenary adopts the resolution").confidence(0.9).addEvidence(EVIDENCE).build();
    Claim claim = Claim.builder().id("claim-mandate-2003").source("seed-002").about("mandate-sr-dprk").field("established")
        .value("2003").stance(ClaimStance.ASSERTS).statement("The mandate was created in 2003").build();
    Conflict conflict = Conflict.builder().about("mandate-sr-dprk").field("established")
        .addValue(ConflictingValue.builder().value("2003").addClaim("claim-mandate-2003").addSource("seed-002").build())
        .addValue(ConflictingValue.builder().value("2004-04-15").addClaim("chr-res-2004-13").addSource("chr-res-2004-13").build())
        .note("the first CHR resolution dates from 2003; the mandate from 2004").build();

    m.put("partial-date", PartialDate.parse("2014-03"));
    m.put("document-symbol", DocumentSymbol.parse("A/C.3/69/L.28/Rev.1"));
    m.put("tally", tally);
    m.put("ballot", chn);
    m.put("outcome-adopted-by-recorded-vote", adoptedByVote);
    m.put("outcome-rejected-by-recorded-vote", RejectedByRecordedVote.of(40, 77, 50));
    m.put("outcome-vetoed", vetoed);
    m.put("outcome-vetoed-counts-not-recorded", VetoedCountsNotRecorded.of(java.util.List.of(States.require("SUN"))));
    m.put("outcome-adopted-without-vote", Outcome.withoutVote());
    m.put("outcome-adopted-by-consensus", Outcome.consensus());
    m.put("outcome-adopted", Outcome.adopted());
    m.put("evidence", EVIDENCE);
    m.put("source", source);
    m.put("person", person);
    m.put("sponsor", eu);
    m.put("operative-request", request);
    m.put("draft", draft);
    m.put("resolution", resolution);
    m.put("amendment", amendment);
    m.put("vote-event", vote);
    m.put("mandate-holder", holder);
    m.put("mandate", mandate);
    m.put("country-visit", visit);
    m.put("finding", finding);
    m.put("inquiry-recommendation", rec);
    m.put("commission-of-inquiry", coi);
    m.put("report", report);
    m.put("recommendation", upRec);
    m.put("upr-review", review);
    m.put("agenda-item", item);
    m.put("membership", membership);
    m.put("referral", referral);
    m.put("step", step);
    m.put("claim", claim);
    m.put("conflicting-value", conflict.values().get(0));
    m.put("conflict", conflict);
    m.put("dossier", Dossier.builder().addSource(source).addPerson(person).addResolution(resolution).addAmendment(amendment)
        .addVoteEvent(vote).addMandate(mandate).addVisit(visit).addCommission(coi).addReport(report).addReview(review)
        .addAgendaItem(item).addMembership(membership).addReferral(referral).addStep(step).addClaim(claim).addConflict(conflict).build());
    return m;
  }
}
