#!/usr/bin/env python3
"""Writes seeds/NAME.annotations.json from the reviewed readings below.

Each piece of evidence is given by its quote (and, when the quote occurs more than once, which
occurrence); this script finds the offsets, so they are exact. The Java loader checks every quote
again at load time. Run from the repository root:  python3 tools/corpus/seed_annotations.py
"""
import json
import os
import re
import sys

SEEDS = os.path.join(os.path.dirname(__file__), "..", "..", "seeds")

SR_TITLE = "Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea"
COI_NAME = "Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea"
AGENDA_TITLE = "The situation in the Democratic People's Republic of Korea"
SEOUL_TITLE = "OHCHR field-based structure in Seoul on the human rights situation in the DPRK"
EU = {"group": "European Union"}
JPN = {"state": "JPN"}


class Doc:
    def __init__(self, name, source):
        self.name = name
        self.source = source
        with open(os.path.join(SEEDS, name + ".txt"), encoding="utf-8") as f:
            self.text = f.read()

    def ev(self, quote, nth=None):
        """Evidence for the nth occurrence of quote (UTF-16 offsets, as Java counts them).

        A space in the quote also matches a no-break space of the text; the evidence keeps the
        text's own characters."""
        pattern = re.compile("[ \u00a0]".join(re.escape(part) for part in quote.split(" ")))
        found = list(pattern.finditer(self.text))
        if nth is None and len(found) > 1:
            sys.exit("%s: quote is ambiguous, give nth: %r" % (self.name, quote))
        nth = nth or 1
        if len(found) < nth:
            sys.exit("%s: quote not found (occurrence %d): %r" % (self.name, nth, quote))
        at = found[nth - 1].start()
        quote = found[nth - 1].group(0)
        start = len(self.text[:at].encode("utf-16-le")) // 2
        length = len(quote.encode("utf-16-le")) // 2
        return {"source": self.source, "start": start, "end": start + length, "quote": quote}

    def evs(self, *quotes):
        return [self.ev(q) if isinstance(q, str) else self.ev(*q) for q in quotes]

    def step(self, sid, type_, quotes, actor=None, date=None, concerns=(), outcome=None, person=None, summary=None):
        s = {"id": "%s-%s" % (self.source, sid), "type": type_}
        if date:
            s["date"] = date
        if actor:
            s["actor"] = actor
        s["subjectState"] = "PRK"
        if concerns:
            s["concerns"] = list(concerns)
        if outcome:
            s["outcome"] = outcome
        if person:
            s["person"] = person
        if summary:
            s["summary"] = summary
        s["evidence"] = self.evs(*quotes)
        return s

    def claim(self, cid, about, field, statement, quotes, value=None, stance="asserts"):
        c = {"id": "%s-claim-%s" % (self.source, cid), "source": self.source}
        if about:
            c["about"] = about
        c["field"] = field
        if value is not None:
            c["value"] = value
        c["stance"] = stance
        c["statement"] = statement
        c["evidence"] = self.evs(*quotes)
        return c


def review(note):
    return {"complete": True, "reviewer": note}


REVIEWER = "seed annotations, read in full (issue 3)"
ADOPTED = {"kind": "adopted"}
WITHOUT_VOTE = {"kind": "adopted-without-vote"}


def seed_000():
    d = Doc("000_dd006aa59db71537", "seed-000")
    a = {}
    a["persons"] = [
        {"id": "kim-jong-un", "name": "Kim Jong-un", "aliases": ["Kim Jong-Un", "Kim Jong Un"], "nationality": "PRK",
         "evidence": d.evs("Kim Jong-Un and senior members of his government should be held accountable")},
    ]
    a["resolutions"] = [
        {"id": "hrc-res-25-25", "body": "hrc", "subjectState": "PRK", "adopted": "2014-03", "outcome": ADOPTED,
         # "adopted a resolution supporting the COI's findings": it acts on the COI's report
         "actsOn": ["coi-report-a-hrc-25-63"],
         "operativeRequests": [
             {"verb": "urges", "addressee": "ga", "action": "submit-report",
              "text": "the General Assembly should formally submit the COI report to the Security Council",
              "evidence": d.evs("The COI and the HRC urged the UN General Assembly to formally submit the report to the Security Council")}],
         "evidence": d.evs("In March, the Human Rights Council (HRC) adopted a resolution supporting the COI’s findings")},
        {"id": "ga-res-69-188", "body": "ga", "subjectState": "PRK", "adopted": "2014-12-18", "outcome": ADOPTED,
         "drafts": [
             {"id": "ga-c3-69-l28-rev1", "body": "ga-third-committee", "subjectState": "PRK", "decided": "2014-11",
              "outcome": ADOPTED,
              # "followed suit" after the HRC's resolution "supporting the COI's findings": it too acts on the report
              "actsOn": ["coi-report-a-hrc-25-63"],
              "evidence": d.evs("in November, the third committee of the UN General Assembly followed suit by approving a resolution by a resounding vote")}],
         "operativeRequests": [
             {"verb": "other", "addressee": "unsc", "action": "refer-to-icc",
              "evidence": d.evs("The resolution said that the Security Council should refer North Korea to an international criminal court for possible prosecutions of its leaders")},
             {"verb": "other", "addressee": "unsc", "action": "consider-targeted-sanctions",
              "evidence": d.evs("to consider imposing targeted sanctions against those most responsible for abuses")}],
         "evidence": d.evs("On December 18th, the entire UN General Assembly approved that resolution")},
    ]
    a["mandates"] = [
        {"id": "mandate-sr-dprk", "title": SR_TITLE, "kind": "country", "subjectState": "PRK",
         "evidence": d.evs("North Korea invited the UN Special Rapporteur")},
        {"id": "ohchr-seoul", "title": SEOUL_TITLE, "kind": "field-based-structure", "subjectState": "PRK",
         "evidence": d.evs(
             "a field office under the Office of the UN High Commissioner for Human Rights to preserve and document evidence of atrocities in order to enable future accountability",
             "South Korea has agreed to host this office")},
    ]
    visit_quote = "North Korea invited the UN Special Rapporteur and the UN High Commissioner for Human Rights to visit, but withdrew these offers after the critical General Assembly resolution was adopted"
    a["visits"] = [
        {"id": "visit-sr-dprk-2014", "state": "PRK", "visitor": "special-rapporteur", "mandate": "mandate-sr-dprk",
         "status": "withdrawn", "date": "2014", "evidence": d.evs(visit_quote)},
        {"id": "visit-hc-dprk-2014", "state": "PRK", "visitor": "high-commissioner", "status": "withdrawn", "date": "2014",
         "evidence": d.evs(visit_quote)},
    ]
    a["commissions"] = [
        {"id": "coi-dprk", "name": COI_NAME, "subjectState": "PRK", "reports": ["coi-report-a-hrc-25-63"],
         "evidence": d.evs("The United Nations Commission of Inquiry (COI)")},
    ]
    a["reports"] = [
        {"id": "coi-report-a-hrc-25-63", "author": "coi", "authorRef": "coi-dprk", "subjectState": "PRK",
         "published": "2014-02",
         "findings": [
             {"summary": "Crimes against humanity are ongoing in North Korea", "category": "crimes-against-humanity",
              "evidence": d.evs("found that crimes against humanity are ongoing in North Korea")},
             {"summary": "The abuses are driven by policies established at the highest level of the State",
              "category": "state-policy",
              "evidence": d.evs("driven by “policies established at the highest level of State,”")},
             {"summary": "The abuses include extermination, murder, enslavement, torture, imprisonment, rape, forced abortions, sexual violence, persecution, forcible transfer, enforced disappearances and knowingly causing prolonged starvation",
              "category": "crimes-against-humanity",
              "evidence": d.evs("including extermination, murder, enslavement, torture, imprisonment, rape, forced abortions, and other sexual violence, persecution on political, religious, racial and gender grounds; the forcible transfer of populations, enforced disappearances and knowingly causing prolonged starvation")}],
         "recommendations": [
             {"addressee": "ga", "action": "submit-report",
              "text": "the General Assembly should formally submit the report to the Security Council",
              "evidence": d.evs("The COI and the HRC urged the UN General Assembly to formally submit the report to the Security Council")}],
         "evidence": d.evs("In releasing its findings in February 2014")},
    ]
    a["agendaItems"] = [
        {"id": "unsc-agenda-item-dprk", "title": AGENDA_TITLE, "body": "unsc", "subjectState": "PRK",
         "evidence": d.evs("North Korea’s grave human rights situation was taken up as a standing agenda item by the UN Security Council")},
    ]
    a["referrals"] = [
        {"id": "referral-dprk-icc", "situationState": "PRK", "to": "icc", "by": "unsc", "status": "recommended",
         "recommendedBy": ["ga-res-69-188"],
         "evidence": d.evs("The United Nations Security Council would have to pass a resolution referring North Korea to the ICC",
                           "the Security Council should refer North Korea to an international criminal court")},
    ]
    a["steps"] = [
        d.step("coi-report-published", "report-published", ["In releasing its findings in February 2014, the COI said"],
               actor="coi", date="2014-02", concerns=["coi-report-a-hrc-25-63"]),
        d.step("hrc-resolution-adopted", "resolution-adopted", ["In March, the Human Rights Council (HRC) adopted a resolution"],
               actor="hrc", date="2014-03", concerns=["hrc-res-25-25"], outcome=ADOPTED),
        d.step("third-committee-adopted", "resolution-adopted",
               ["in November, the third committee of the UN General Assembly followed suit by approving a resolution by a resounding vote"],
               actor="ga-third-committee", date="2014-11", concerns=["ga-c3-69-l28-rev1"], outcome=ADOPTED),
        d.step("plenary-adopted", "resolution-adopted", ["On December 18th, the entire UN General Assembly approved that resolution"],
               actor="ga", date="2014-12-18", concerns=["ga-res-69-188"], outcome=ADOPTED),
        d.step("icc-referral-recommended", "referral-recommended",
               ["The resolution said that the Security Council should refer North Korea to an international criminal court"],
               actor="ga", date="2014-12-18", concerns=["referral-dprk-icc", "ga-res-69-188"]),
        d.step("agenda-item-added", "agenda-item-added",
               ["Following the vote, for the first time ever, North Korea’s grave human rights situation was taken up as a standing agenda item by the UN Security Council"],
               actor="unsc", concerns=["unsc-agenda-item-dprk"],
               summary="after the General Assembly vote of 18 December 2014; the text gives no date"),
        d.step("visits-offered", "visit-granted",
               ["In the lead up to the UNGA resolution vote, North Korea invited the UN Special Rapporteur and the UN High Commissioner for Human Rights to visit"],
               date="2014", concerns=["visit-sr-dprk-2014", "visit-hc-dprk-2014"],
               summary="offered by the DPRK before the General Assembly vote"),
        d.step("visits-withdrawn", "visit-withdrawn",
               ["but withdrew these offers after the critical General Assembly resolution was adopted"],
               concerns=["visit-sr-dprk-2014", "visit-hc-dprk-2014"],
               summary="withdrawn after the General Assembly resolution was adopted; the text gives no date"),
        d.step("seoul-office-established", "mechanism-established",
               ["the establishment of a field office under the Office of the UN High Commissioner for Human Rights"],
               actor="ohchr", concerns=["ohchr-seoul"], summary="hosted by South Korea; expected to open within two months"),
    ]
    a["claims"] = [
        d.claim("coi-findings", "coi-report-a-hrc-25-63", "findings",
                "The COI found that crimes against humanity are ongoing in North Korea",
                ["The United Nations Commission of Inquiry (COI) found that crimes against humanity are ongoing in North Korea"]),
        d.claim("coi-policy-wording", "coi-report-a-hrc-25-63", "findings.statePolicyWording",
                "The COI said the abuses are driven by policies established at the highest level of State",
                ["driven by “policies established at the highest level of State,”"],
                value="policies established at the highest level of State"),
        d.claim("third-committee-margin", "ga-c3-69-l28-rev1", "outcome",
                "The Third Committee approved the 2014 resolution by a resounding vote",
                ["approving a resolution by a resounding vote"]),
        d.claim("agenda-first-time", "unsc-agenda-item-dprk", "inscribed",
                "The Security Council took up the DPRK's human rights situation as an agenda item for the first time after the December 2014 vote",
                ["Following the vote, for the first time ever"]),
        d.claim("referral-veto", "referral-dprk-icc", "prospects",
                "A Security Council referral to the ICC faces a potential veto by Russia and China",
                ["Russia is a permanent member of the Security Council, and is a potential veto, along with China"]),
        d.claim("seoul-office-opening", "ohchr-seoul", "opened",
                "The US Special Envoy expected the OHCHR office in South Korea to open within two months",
                ["We expect to see this office open in the next two months"]),
        d.claim("resolutions-ignored", None, "compliance",
                "For ten years the DPRK has ignored the human rights resolutions and reports of the Human Rights Council and the General Assembly",
                ["For the past ten years, the DPRK has ignored human rights resolutions and reports of the Human Rights Council and the General Assembly"]),
    ]
    a["review"] = review(REVIEWER)
    return d, a


def seed_001():
    d = Doc("001_9cc6492aef60a086", "seed-001")
    a = {}
    holder_quote = "the UN Special Rapporteur on the situation of human rights in DPRK, Tomás Ojea Quintana"
    a["persons"] = [
        {"id": "sr-ojea-quintana", "name": "Tomás Ojea Quintana", "aliases": ["Tomas Ojea Quintana", "Quintana"],
         "evidence": d.evs((holder_quote, 1))},
        {"id": "kim-jong-un", "name": "Kim Jong-un", "aliases": ["Kim Jong-Un", "Kim Jong Un"], "nationality": "PRK",
         "evidence": d.evs("the North Korean leader Kim Jong-un to be brought to justice")},
    ]
    a["mandates"] = [
        {"id": "mandate-sr-dprk", "title": SR_TITLE, "kind": "country", "subjectState": "PRK",
         "holders": [{"person": {"id": "sr-ojea-quintana", "name": "Tomás Ojea Quintana"}, "title": "Special Rapporteur",
                      "evidence": d.evs((holder_quote, 1), (holder_quote, 2))}],
         "evidence": d.evs((holder_quote, 1))},
    ]
    adoption = "On 15 November, the UN General Assembly Third Committee on human rights, humanitarian affairs and social matters unanimously (without a vote) approved yet another resolution, put forward by Japan and the European Union"
    a["resolutions"] = [
        {"id": "ga-res-2018-dprk", "body": "ga", "subjectState": "PRK",
         "drafts": [
             {"id": "ga-c3-2018-dprk", "body": "ga-third-committee", "subjectState": "PRK",
              "mainSponsors": [JPN, EU], "decided": "2018-11-15", "outcome": WITHOUT_VOTE,
              "evidence": d.evs(adoption)}],
         "operativeRequests": [
             {"verb": "condemns", "action": "other",
              "evidence": d.evs("it condemns DPRK for constant, systematic, widespread and grave violations of human right in the north of the Korean Peninsula")},
             {"verb": "other", "action": "release-detainees",
              "evidence": d.evs("It demands, among other things, that all labor camps be immediately closed, all prisoners freed")},
             {"verb": "other", "action": "ensure-accountability",
              "evidence": d.evs("all parties, responsible for violating human rights, be held responsible")},
             {"verb": "urges", "action": "refer-to-icc",
              "evidence": d.evs("The authors of the document urge for the situation in DPRK to be resolved in the International Criminal Court")},
             {"verb": "welcomes", "action": "other",
              "evidence": d.evs("“has welcomed” Pyongyang’s attempts to normalize diplomatic relations with the international community")}],
         "evidence": d.evs("The UN has been adopting such resolutions since 2005, and the latest resolution happens to be the 14th one")},
    ]
    a["commissions"] = [
        {"id": "coi-dprk", "name": COI_NAME, "subjectState": "PRK", "reports": ["coi-report-a-hrc-25-63"],
         "evidence": d.evs("the UN Commission of Inquiry (COI) to investigate violations of human rights in DPRK")},
    ]
    a["reports"] = [
        {"id": "coi-report-a-hrc-25-63", "author": "coi", "authorRef": "coi-dprk", "subjectState": "PRK",
         "published": "2014", "evidence": d.evs("the notorious 2014 report")},
    ]
    a["agendaItems"] = [
        {"id": "unsc-agenda-item-dprk", "title": AGENDA_TITLE, "body": "unsc", "subjectState": "PRK", "inscribed": "2014",
         "evidence": d.evs("Washington approached the UN Security Council with a request to hold a meeting on the human rights issues in North Korea on 10 December",
                           "Such meetings have taken place since 2014")},
    ]
    a["referrals"] = [
        {"id": "referral-dprk-icc", "situationState": "PRK", "to": "icc", "by": "unsc", "status": "recommended",
         "recommendedBy": ["ga-c3-2018-dprk"],
         "evidence": d.evs("The authors of the document urge for the situation in DPRK to be resolved in the International Criminal Court")},
    ]
    a["steps"] = [
        d.step("third-committee-adopted", "resolution-adopted", [adoption], actor="ga-third-committee", date="2018-11-15",
               concerns=["ga-c3-2018-dprk"], outcome=WITHOUT_VOTE, summary="put forward by Japan and the European Union"),
        d.step("icc-referral-recommended", "referral-recommended",
               ["The authors of the document urge for the situation in DPRK to be resolved in the International Criminal Court"],
               actor="ga-third-committee", date="2018-11-15", concerns=["referral-dprk-icc", "ga-c3-2018-dprk"]),
    ]
    a["claims"] = [
        d.claim("coi-false-testimonies", "coi-report-a-hrc-25-63", "findings",
                "The COI's 2014 report was for the most part based on false testimonies",
                ["as it turns out the notorious 2014 report was, for the most part, based on false testimonies"],
                stance="disputes"),
        d.claim("fourteenth-resolution", "ga-res-2018-dprk", "ordinal",
                "The 2018 resolution is the 14th such resolution the UN has adopted since 2005",
                ["The UN has been adopting such resolutions since 2005, and the latest resolution happens to be the 14th one"],
                value="14"),
        d.claim("unanimous", "ga-c3-2018-dprk", "outcome",
                "The Third Committee approved the 2018 resolution unanimously, without a vote",
                ["unanimously (without a vote)"], value="adopted-without-vote"),
        d.claim("not-supported-by", "ga-c3-2018-dprk", "dissociatedStates",
                "China, Russia, Syria, Myanmar and other countries did not support the 2018 resolution but did not call for a vote",
                ["China, Russia, Syria, Myanmar and other countries also did not support the resolution, but they did not demand for its approval to be put to a vote"],
                value="CHN RUS SYR MMR"),
        d.claim("sr-no-change", "mandate-sr-dprk", "findings",
                "The Special Rapporteur said on 23 October 2018 that the human rights situation in the DPRK remained the same despite changes on the peninsula",
                ["on 23 October 2018, the UN Special Rapporteur on the situation of human rights in DPRK, Tomás Ojea Quintana, announced that over the past year many changes had taken place on the Korean Peninsula, but the situation with human rights in DPRK remained the same"]),
        d.claim("unsc-meeting-requested", "unsc-agenda-item-dprk", "meetings",
                "The United States asked the Security Council to meet on human rights in North Korea on 10 December 2018, with the support of 9 members",
                ["Washington approached the UN Security Council with a request to hold a meeting on the human rights issues in North Korea on 10 December",
                 "the request has already received support from 9 nation-participants"],
                value="2018-12-10"),
        d.claim("meetings-since-2014", "unsc-agenda-item-dprk", "inscribed",
                "Security Council meetings on human rights in the DPRK have taken place since 2014",
                ["Such meetings have taken place since 2014"], value="2014"),
        d.claim("political-prisoners", None, "politicalPrisoners",
                "Amnesty International estimates that there are more than 130,000 political prisoners in North Korea",
                ["Amnesty International estimated (it would be interesting to know how) that there are more than 130,000 political prisoners in North Korea"],
                value="more than 130000"),
    ]
    a["review"] = review(REVIEWER)
    return d, a


def seed_002():
    d = Doc("002_2d4cb64f1885fa9f", "seed-002")
    a = {}
    a["resolutions"] = [
        {"id": "ga-res-69-188", "body": "ga", "subjectState": "PRK",
         # "expresses serious concern regarding the findings of the ... Commission of Inquiry": acts on its report
         "actsOn": ["coi-report-a-hrc-25-63"],
         "drafts": [
             {"id": "ga-c3-69-l28-rev1", "body": "ga-third-committee", "subjectState": "PRK", "mainSponsors": [EU, JPN],
              "decided": "2014-11-18", "amendments": ["ga-c3-69-cuba-amendment"],
              "evidence": d.evs("The General Assembly will consider the resolution, which has been cosponsored by more than 50 UN members, in its third committee on November 18, 2014",
                                "which was sponsored by the European Union and Japan")}],
         "operativeRequests": [
             {"verb": "expresses-concern", "action": "other",
              "evidence": d.evs("The resolution expresses serious concern regarding the findings of the UN Human Rights Council-mandated Commission of Inquiry")},
             {"verb": "other", "action": "other",
              "evidence": d.evs("The resolution acknowledges the report’s findings that crimes against humanity have been committed")},
             {"verb": "encourages", "addressee": "unsc", "action": "refer-to-icc",
              "evidence": d.evs("encourages the Security Council to consider taking appropriate action to ensure accountability for these crimes, including through referral to the International Criminal Court")}],
         "evidence": d.evs("a landmark resolution on the human rights situation in North Korea")},
    ]
    a["amendments"] = [
        {"id": "ga-c3-69-cuba-amendment", "body": "ga-third-committee", "proposers": [{"state": "CUB"}],
         "target": "ga-c3-69-l28-rev1",
         "summary": "would delete the references to accountability and call for a new cooperative approach: dialogue, technical cooperation with OHCHR and a visit by the Special Rapporteur",
         "proposed": "2014",
         "evidence": d.evs("Cuba has since suggested an amendment to the resolution, also in exchange for deleting any reference to the need for accountability",
                           "Calling for “a new cooperative approach” for North Korea, the proposed amendment seeks dialogue with UN member countries, technical cooperation with the Office of the UN High Commissioner for Human Rights, and a visit by the special rapporteur")},
    ]
    a["mandates"] = [
        {"id": "mandate-sr-dprk", "title": SR_TITLE, "kind": "country", "subjectState": "PRK",
         "evidence": d.evs("the UN human rights expert on North Korea, known as a special rapporteur")},
    ]
    a["visits"] = [
        {"id": "visit-sr-dprk-2014", "state": "PRK", "visitor": "special-rapporteur", "mandate": "mandate-sr-dprk",
         "status": "granted", "date": "2014",
         "evidence": d.evs("In October, North Korea suggested it may allow a visit by the UN special rapporteur")},
    ]
    a["commissions"] = [
        {"id": "coi-dprk", "name": COI_NAME, "subjectState": "PRK", "reports": ["coi-report-a-hrc-25-63"],
         "evidence": d.evs("the UN Human Rights Council-mandated Commission of Inquiry")},
    ]
    a["reports"] = [
        {"id": "coi-report-a-hrc-25-63", "author": "coi", "authorRef": "coi-dprk", "subjectState": "PRK",
         "published": "2014-02",
         "findings": [
             {"summary": "The gravity, scale and nature of the violations are without parallel in the contemporary world",
              "category": "gravity",
              "evidence": d.evs("the gravity, scale, and nature of the human rights violations in North Korea are “without parallel in the contemporary world.”")},
             {"summary": "Forced labor, deliberate starvation, executions, torture, rape and infanticide against up to 120,000 people detained in political prison camps",
              "category": "prison-camps",
              "evidence": d.evs("The commission documented widespread forced labor, deliberate starvation, executions, torture, rape, and infanticide against the up to 120,000 men, women, and children detained incommunicado in North Korea’s political prison camp system")},
             {"summary": "Crimes against humanity have been committed pursuant to policies set at the highest levels of the State",
              "category": "crimes-against-humanity",
              "evidence": d.evs("crimes against humanity have been committed “pursuant to policies set at the highest levels of the state,”")}],
         "evidence": d.evs("its 400-page report in February")},
    ]
    a["reviews"] = [
        {"id": "upr-dprk-2", "stateUnderReview": "PRK", "date": "2014",
         "evidence": d.evs("participating in the Universal Periodic Review process of the UN Human Rights Council")},
    ]
    a["referrals"] = [
        {"id": "referral-dprk-icc", "situationState": "PRK", "to": "icc", "by": "unsc", "status": "recommended",
         "recommendedBy": ["ga-c3-69-l28-rev1"],
         "evidence": d.evs("including through referral to the International Criminal Court")},
    ]
    a["steps"] = [
        d.step("coi-report-published", "report-published", ["concluded in its 400-page report in February"],
               actor="coi", date="2014-02", concerns=["coi-report-a-hrc-25-63"]),
        d.step("upr-review-held", "review-held",
               ["participating in the Universal Periodic Review process of the UN Human Rights Council"],
               actor="upr-working-group", date="2014", concerns=["upr-dprk-2"],
               summary="since the release of the COI report (February 2014)"),
        d.step("visit-offered", "visit-granted",
               ["In October, North Korea suggested it may allow a visit by the UN special rapporteur"],
               date="2014-10", concerns=["visit-sr-dprk-2014"],
               summary="offered in exchange for removing accountability language from the draft"),
        d.step("cuba-amendment-proposed", "amendment-proposed", ["Cuba has since suggested an amendment to the resolution"],
               actor="ga-third-committee", date="2014", concerns=["ga-c3-69-cuba-amendment", "ga-c3-69-l28-rev1"],
               summary="after 30 October 2014 and before the 18 November vote"),
        d.step("mandate-established", "mechanism-established", ["since the mandate was created in 2003"],
               date="2003", concerns=["mandate-sr-dprk"],
               summary="the year as the text gives it (the record: 2004, Commission on Human Rights resolution 2004/13)"),
    ]
    a["claims"] = [
        d.claim("coi-findings", "coi-report-a-hrc-25-63", "findings",
                "The COI concluded that the violations in North Korea are without parallel and amount to crimes against humanity",
                ["concluded in its 400-page report in February that the gravity, scale, and nature of the human rights violations in North Korea are “without parallel in the contemporary world.”"]),
        d.claim("coi-policy-wording", "coi-report-a-hrc-25-63", "findings.statePolicyWording",
                "The COI found crimes against humanity committed pursuant to policies set at the highest levels of the state",
                ["crimes against humanity have been committed “pursuant to policies set at the highest levels of the state,”"],
                value="pursuant to policies set at the highest levels of the state"),
        d.claim("mandate-created", "mandate-sr-dprk", "established",
                "The Special Rapporteur mandate was created in 2003",
                ["since the mandate was created in 2003"], value="2003"),
        d.claim("cosponsors", "ga-c3-69-l28-rev1", "coSponsors",
                "More than 50 UN members cosponsored the 2014 draft",
                ["cosponsored by more than 50 UN members"], value="more than 50"),
        d.claim("dprk-denies-findings", "coi-report-a-hrc-25-63", "dprkResponse",
                "North Korea denies the COI's findings and issued its own human rights report",
                ["North Korea denies the Commission of Inquiry’s findings"]),
        d.claim("dprk-suspends-consultations", "ga-c3-69-l28-rev1", "dprkResponse",
                "On 30 October 2014 the DPRK mission said it would suspend consultations on the resolution",
                ["North Korea’s mission to the UN stated on October 30, 2014, that it would “suspend overall consultations on the resolution”"]),
        d.claim("political-prisoners", None, "politicalPrisoners",
                "The COI documented up to 120,000 people detained in North Korea's political prison camps",
                ["the up to 120,000 men, women, and children detained incommunicado in North Korea’s political prison camp system"],
                value="up to 120000"),
    ]
    a["review"] = review(REVIEWER)
    return d, a


def seed_003():
    d = Doc("003_9fd93df0d9846d77", "seed-003")
    a = {}
    caption = "Tomas Ojea Quintana, the UN's special rapporteur on human rights in North Korea"
    a["persons"] = [
        {"id": "sr-ojea-quintana", "name": "Tomás Ojea Quintana", "aliases": ["Tomas Ojea Quintana", "Quintana"],
         "evidence": d.evs((caption, 1))},
        {"id": "kim-jong-un", "name": "Kim Jong-un", "aliases": ["Kim Jong-Un", "Kim Jong Un"], "nationality": "PRK",
         "evidence": d.evs("the North’s ruler Kim Jong Un")},
    ]
    a["mandates"] = [
        {"id": "mandate-sr-dprk", "title": SR_TITLE, "kind": "country", "subjectState": "PRK",
         "holders": [{"person": {"id": "sr-ojea-quintana", "name": "Tomás Ojea Quintana"}, "title": "Special Rapporteur",
                      "evidence": d.evs((caption, 1), (caption, 2),
                                        "Tomas Ojea Quintana, the U.N. special rapporteur on human rights in North Korea")}],
         "evidence": d.evs("the U.N. special rapporteur on human rights in North Korea")},
    ]
    a["commissions"] = [
        {"id": "coi-dprk", "name": COI_NAME, "subjectState": "PRK", "reports": ["coi-report-a-hrc-25-63"],
         "evidence": d.evs("A 2014 U.N. Commission of Inquiry")},
    ]
    a["reports"] = [
        {"id": "coi-report-a-hrc-25-63", "author": "coi", "authorRef": "coi-dprk", "subjectState": "PRK", "published": "2014",
         "findings": [
             {"summary": "The government engages in widespread rights abuses including enslavement, murder, forced abortions and other sexual violence",
              "category": "crimes-against-humanity",
              "evidence": d.evs("found that the government engages in widespread rights abuses that also include enslavement, murder, forced abortions, and other forms of sexual violence")}],
         "evidence": d.evs("A 2014 U.N. Commission of Inquiry found")},
    ]
    a["resolutions"] = [
        {"id": "hrc-res-37-28", "body": "hrc", "subjectState": "PRK", "adopted": "2018-03-23", "outcome": ADOPTED,
         "operativeRequests": [
             {"verb": "other", "action": "ensure-accountability",
              "text": "authorizes hiring legal accountability experts to evaluate cases and plan the eventual prosecution of those responsible",
              "evidence": d.evs("authorizing the hiring of legal accountability experts to evaluate cases and develop plans for the eventual prosecution of North Korean leaders and officials responsible for crimes against humanity")}],
         "evidence": d.evs("The U.N’s Human Rights Council on March 23 adopted a resolution authorizing the hiring of legal accountability experts")},
    ]
    a["agendaItems"] = [
        {"id": "unsc-agenda-item-dprk", "title": AGENDA_TITLE, "body": "unsc", "subjectState": "PRK",
         "evidence": d.evs("the U.N. Security Council has included it four years in a row on its formal agenda as a threat to international peace and security")},
    ]
    a["steps"] = [
        d.step("coi-report-published", "report-published", ["A 2014 U.N. Commission of Inquiry found"],
               actor="coi", date="2014", concerns=["coi-report-a-hrc-25-63"]),
        d.step("hrc-resolution-adopted", "resolution-adopted",
               ["The U.N’s Human Rights Council on March 23 adopted a resolution"],
               actor="hrc", date="2018-03-23", concerns=["hrc-res-37-28"], outcome=ADOPTED,
               summary="authorizing the hiring of legal accountability experts"),
    ]
    a["claims"] = [
        d.claim("coi-findings", "coi-report-a-hrc-25-63", "findings",
                "The COI found that the government engages in widespread abuses including enslavement, murder and sexual violence",
                ["A 2014 U.N. Commission of Inquiry found that the government engages in widespread rights abuses"]),
        d.claim("agenda-four-years", "unsc-agenda-item-dprk", "yearsOnAgenda",
                "The Security Council has put the DPRK on its formal agenda four years in a row",
                ["the U.N. Security Council has included it four years in a row on its formal agenda"], value="4"),
        d.claim("security-link", "unsc-agenda-item-dprk", "scope",
                "The Security Council has recognized that human rights abuses in North Korea and threats to international peace and security are connected",
                ["As the U.N. Security Council has recognized, human right abuses in North Korea and threats to international peace and security are intrinsically connected"]),
        d.claim("sr-summit-call", "mandate-sr-dprk", "statements",
                "The Special Rapporteur called for human rights to be raised in the US-DPRK talks",
                ["Tomas Ojea Quintana, the U.N. special rapporteur on human rights in North Korea, called on Thursday for the U.S. president to include human rights in talks with Kim"]),
    ]
    a["review"] = review(REVIEWER)
    return d, a


def seed_004():
    d = Doc("004_03a9c7b7d93c9f11", "seed-004")
    a = {}
    sr = "The UN Special Rapporteur on Human Rights in the Democratic People’s Republic of North Korea – an Argentinian human rights lawyer"
    a["persons"] = [
        {"id": "sr-ojea-quintana", "name": "Tomás Ojea Quintana", "nationality": "ARG",
         "evidence": d.evs("an Argentinian human rights lawyer")},
        {"id": "kim-jong-un", "name": "Kim Jong-un", "aliases": ["Kim Jong-Un", "Kim Jong Un"], "nationality": "PRK",
         "evidence": d.evs("Kim Jong-un – a leader revered as a deity")},
    ]
    a["mandates"] = [
        {"id": "mandate-sr-dprk", "title": SR_TITLE, "kind": "country", "subjectState": "PRK",
         "holders": [{"person": {"id": "sr-ojea-quintana", "name": "Tomás Ojea Quintana"}, "title": "Special Rapporteur",
                      "evidence": d.evs(sr)}],
         "evidence": d.evs(sr)},
    ]
    a["commissions"] = [
        {"id": "coi-dprk", "name": COI_NAME, "subjectState": "PRK", "established": "2013",
         "reports": ["coi-report-a-hrc-25-63"],
         "evidence": d.evs("In 2013 the United Nations responded to an international campaign to establish a commission of inquiry (UN COI)")},
    ]
    a["reports"] = [
        {"id": "coi-report-a-hrc-25-63", "author": "coi", "authorRef": "coi-dprk", "subjectState": "PRK", "published": "2014",
         "findings": [
             {"summary": "The rights violations exceeded the high threshold for crimes against humanity",
              "category": "crimes-against-humanity",
              "evidence": d.evs("the 2014 COI report found that rights violations exceeded the high threshold for crimes against humanity")}],
         "recommendations": [
             {"addressee": "unsc", "action": "refer-to-icc",
              "text": "the Security Council should refer the situation to the International Criminal Court",
              "evidence": d.evs("the recommendation that the UN Security Council refer the situation to the International Criminal Court")}],
         "evidence": d.evs("the 2014 COI report")},
    ]
    a["reviews"] = [
        {"id": "upr-dprk-1", "stateUnderReview": "PRK", "date": "2009",
         "evidence": d.evs("the 2009 Universal Periodic Review (UPR)")},
        {"id": "upr-dprk-2", "stateUnderReview": "PRK", "date": "2014",
         "evidence": d.evs("the 2014 review process")},
        {"id": "upr-dprk-3", "stateUnderReview": "PRK", "date": "2019-05",
         "evidence": d.evs("In May 2019 North Korea will undergo its next UPR")},
    ]
    a["referrals"] = [
        {"id": "referral-dprk-icc", "situationState": "PRK", "to": "icc", "by": "unsc", "status": "recommended",
         "recommendedBy": ["coi-report-a-hrc-25-63"],
         "evidence": d.evs("the recommendation that the UN Security Council refer the situation to the International Criminal Court",
                           "ICC referral by the UN Security Council is unlikely to be achieved as long as Russia and China retain a veto")},
    ]
    a["steps"] = [
        d.step("coi-established", "mechanism-established",
               ["In 2013 the United Nations responded to an international campaign to establish a commission of inquiry (UN COI)"],
               date="2013", concerns=["coi-dprk"], summary="the text names 'the United Nations', not the body"),
        d.step("coi-report-published", "report-published", ["the 2014 COI report found"],
               actor="coi", date="2014", concerns=["coi-report-a-hrc-25-63"]),
        d.step("icc-referral-recommended", "referral-recommended",
               ["the recommendation that the UN Security Council refer the situation to the International Criminal Court"],
               actor="coi", date="2014", concerns=["referral-dprk-icc", "coi-report-a-hrc-25-63"]),
        d.step("upr-2009-held", "review-held", ["the 2009 Universal Periodic Review (UPR)"],
               actor="upr-working-group", date="2009", concerns=["upr-dprk-1"]),
        d.step("upr-2009-responded", "recommendations-responded",
               ["the sudden, belated acceptance in May 2014 of nearly half the recommendations from the 2009 Universal Periodic Review"],
               date="2014-05", concerns=["upr-dprk-1"], summary="nearly half the recommendations accepted"),
        d.step("upr-2014-held", "review-held", ["The North went on to engage fully with the 2014 review process"],
               actor="upr-working-group", date="2014", concerns=["upr-dprk-2"]),
    ]
    a["claims"] = [
        d.claim("coi-findings", "coi-report-a-hrc-25-63", "findings",
                "The COI report found that the violations exceeded the threshold for crimes against humanity",
                ["the 2014 COI report found that rights violations exceeded the high threshold for crimes against humanity"]),
        d.claim("coi-established", "coi-dprk", "established", "The commission of inquiry was set up in 2013",
                ["In 2013 the United Nations responded to an international campaign to establish a commission of inquiry"],
                value="2013"),
        d.claim("upr-acceptance", "upr-dprk-1", "supported",
                "In May 2014 the DPRK accepted nearly half the recommendations of its 2009 review",
                ["acceptance in May 2014 of nearly half the recommendations from the 2009 Universal Periodic Review"],
                value="nearly half"),
        d.claim("referral-veto", "referral-dprk-icc", "prospects",
                "An ICC referral by the Security Council is unlikely while Russia and China hold a veto",
                ["ICC referral by the UN Security Council is unlikely to be achieved as long as Russia and China retain a veto"]),
        d.claim("next-upr", "upr-dprk-3", "date", "The DPRK's next UPR is in May 2019",
                ["In May 2019 North Korea will undergo its next UPR"], value="2019-05"),
    ]
    a["review"] = review(REVIEWER)
    return d, a


def main():
    for make in (seed_000, seed_001, seed_002, seed_003, seed_004):
        d, a = make()
        path = os.path.join(SEEDS, d.name + ".annotations.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(a, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", os.path.normpath(path), sum(len(v) for k, v in a.items() if isinstance(v, list)), "entities")  # noqa


if __name__ == "__main__":
    main()
