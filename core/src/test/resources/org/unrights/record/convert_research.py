#!/usr/bin/env python3
"""Converts the research compilation (dprk-record-research.json) into the record file
(dprk-record.json): a Dossier in the model's JSON plus one entry per fact with its sources,
verified flag and confidence.

Run from the repository root:
    python3 core/src/test/resources/org/unrights/record/convert_research.py

The conversion adds nothing from memory: every value comes from a research fact, or from one of
the few look-ups listed in EXTRA_SOURCES / EXTRA_FACTS below, each with the source read.
Country lists (ballots) are copied as the research gives them; yes-ballots of Security Council
votes are derived from the Council's composition on the day and marked "derived".
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "..", "..", "..", "main", "resources", "org", "unrights", "record")
RESEARCH = os.path.join(RES, "dprk-record-research.json")
OUT = os.path.join(RES, "dprk-record.json")

# Sources read after the research compilation (secondary only).
EXTRA_SOURCES = [
    {"id": "upi-2018-11-16", "title": "U.N. panel passes resolution to condemn North Korea's human rights violations",
     "publisher": "UPI", "url": "https://www.upi.com/Top_News/World-News/2018/11/16/UN-panel-passes-resolution-to-condemn-North-Koreas-human-rights-violations/5571542344681/",
     "date": "2018-11-16", "kind": "secondary"},
    {"id": "stopnkcrimes-2012-11-28", "title": "UN Resolution on North Korea Adopted (Korea Times, reposted by ICNK)",
     "publisher": "ICNK (stopnkcrimes.org), reposting The Korea Times", "url": "http://www.stopnkcrimes.org/bbs/board.php?bo_table=human&wr_id=130&page=69",
     "date": "2012-11-28", "kind": "secondary"},
]
EXTRA_FACTS = [
    {"id": "ga-c3-2018-dprk", "entity": "draft", "body": "ga-third-committee", "session": 73, "date": "2018-11",
     "adoption": "without-vote", "sponsors": ["JPN", "European Union"],
     "notes": "UPI, Seoul 16 Nov 2018: the Third Committee passed the resolution by consensus without a vote, led by Japan and the European Union; it goes to the General Assembly for the 14th consecutive year since 2005. Day of the committee meeting not stated.",
     "sources": ["upi-2018-11-16"], "verified": False, "confidence": "secondary"},
    {"id": "ga-c3-2012-dprk", "entity": "draft", "body": "ga-third-committee", "session": 67, "date": "2012-11",
     "adoption": "without-vote", "sponsors": ["European Union"],
     "notes": "Korea Times via ICNK, 28 Nov 2012: the Third Committee 'yesterday' adopted the EU-drafted resolution, for the first time without a vote; the GA has adopted such a resolution every year since 2005.",
     "sources": ["stopnkcrimes-2012-11-28"], "verified": False, "confidence": "secondary"},
]

NGO_WORDS = ["Human Rights Watch", "HRNK", "ICNK", "National Committee on North Korea", "Global Centre", "UPR Info",
             "UN Watch", "Security Council Report", "scprocedure", "Peterson", "Korea Economic Institute", "CRIN",
             "World Politics Data Lab"]
# press-release symbols outside the organs DocumentSymbol knows are kept in the title only
UNPARSED_SYMBOLS = {"ECOSOC/6113", "HR/CN/1087"}
PRK = "PRK"
DPRK_TITLE = "Situation of human rights in the Democratic People's Republic of Korea"


def source_kind(s):
    k = s["kind"]
    if k in ("official", "official-copy"):
        return "official"
    if k == "dataset":
        return "dataset"
    pub = s.get("publisher", "") + " " + s.get("title", "")
    return "ngo" if any(w.lower() in pub.lower() for w in NGO_WORDS) else "news"


def convert_source(s):
    out = {"id": s["id"], "title": s["title"], "kind": source_kind(s)}
    if s.get("publisher"):
        out["outlet"] = s["publisher"]
    if s.get("date"):
        out["published"] = s["date"]
    if s.get("url"):
        out["url"] = s["url"]
    if s.get("symbol") and s["symbol"] not in UNPARSED_SYMBOLS:
        out["symbol"] = s["symbol"]
    return out


def tally(f):
    return {"yes": f["yes"], "no": f["no"], "abstain": f["abstain"]}


def ballots(f):
    """Full ballots when every member's vote is listed and agrees with the tally, else None."""
    yes, no, ab = f.get("inFavour"), f.get("against"), f.get("abstaining")
    if yes is None or no is None or ab is None:
        return None
    if len(yes) != f["yes"] or len(no) != f["no"] or len(ab) != f["abstain"]:
        return None
    return ([{"state": s, "option": "yes"} for s in yes] + [{"state": s, "option": "no"} for s in no]
            + [{"state": s, "option": "abstain"} for s in ab])


def outcome(f):
    a = f.get("adoption")
    if a in ("recorded-vote", "procedural-vote-adopted") and "yes" in f:
        o = {"kind": "adopted-by-recorded-vote", "tally": tally(f)}
        b = ballots(f)
        if b:
            o["ballots"] = b
        return o
    if a == "rejected" and "yes" in f:
        return {"kind": "rejected-by-recorded-vote", "tally": tally(f)}
    if a == "without-vote":
        return {"kind": "adopted-without-vote"}
    return None


def named_votes(f, o):
    """Country lists the research names that could not become full ballots."""
    if o is not None and o.get("ballots"):
        return None
    nv = {}
    for key, opt in (("inFavour", "yes"), ("against", "no"), ("against_named", "no"), ("abstaining", "abstain")):
        if f.get(key):
            nv[opt] = f[key]
    return nv or None


def sponsors(names):
    out = []
    for n in names or []:
        out.append({"state": n} if re.fullmatch(r"[A-Z]{3}", n) else {"group": n})
    return out


def entry(f, id_=None, note=None, extra_sources=(), derived=None, field_conf=None, named=None):
    e = {"id": id_ or f["id"], "sources": list(dict.fromkeys(list(f["sources"]) + list(extra_sources))),
         "verified": f["verified"], "confidence": f["confidence"]}
    fc = dict(f.get("fieldConfidence") or {})
    fc.update(field_conf or {})
    if fc:
        e["fieldConfidence"] = fc
    if derived:
        e["derived"] = derived
    if named:
        e["namedVotes"] = named
    n = note if note is not None else f.get("notes")
    if n:
        e["note"] = n
    return e


def main():
    research = json.load(open(RESEARCH, encoding="utf-8"))
    facts = {f["id"]: f for f in research["facts"]}
    for f in EXTRA_FACTS:
        facts[f["id"]] = f
    order = [f["id"] for f in research["facts"]] + [f["id"] for f in EXTRA_FACTS]
    sources = [convert_source(s) for s in research["sources"] + EXTRA_SOURCES]
    grades = {s["id"]: s["kind"] for s in research["sources"] + EXTRA_SOURCES}

    d = {k: [] for k in ("sources", "persons", "resolutions", "drafts", "amendments", "voteEvents", "mandates",
                         "commissions", "reports", "reviews", "agendaItems", "memberships", "referrals", "steps")}
    entries = []
    used = set()

    def step(id_, type_, f, date=None, actor=None, concerns=(), symbol=None, outc=None, person=None, summary=None,
             src_entry=None):
        s = {"id": id_, "type": type_, "subjectState": PRK}
        if date:
            s["date"] = date
        if actor:
            s["actor"] = actor
        if concerns:
            s["concerns"] = list(concerns)
        if symbol:
            s["symbol"] = symbol
        if outc:
            s["outcome"] = outc
        if person:
            s["person"] = person
        if summary:
            s["summary"] = summary
        d["steps"].append(s)
        e = dict(src_entry or entry(f))
        e["id"] = id_
        entries.append(e)

    # --- drafts (committee texts), merged with their committee votes ---
    drafts = {}
    for fid in order:
        f = facts[fid]
        if f["entity"] != "draft":
            continue
        used.add(fid)
        dr = {"id": fid, "body": f["body"], "subjectState": PRK, "title": f.get("title", DPRK_TITLE)}
        if f.get("symbol"):
            dr["symbol"] = f["symbol"]
        if f.get("sponsors"):
            dr["mainSponsors"] = sponsors(f["sponsors"])
        extra, fconf, note = [], {}, f.get("notes", "")
        o = outcome(f)
        if fid == "ga-c3-69-l28-rev1":
            dr["tabled"] = f["date"]
            v = facts["ga-c3-vote-2014-11-18"]
            used.add(v["id"])
            dr["decided"] = v["date"]
            o = outcome(v)
            extra = v["sources"]
            fconf = {"outcome": "secondary (vote " + v["id"] + ": " + ", ".join(v["sources"]) + ")",
                     "decided": "secondary"}
            note += " Committee vote (" + v["id"] + "): " + v.get("notes", "")
            dr["amendments"] = ["ga-c3-69-cuba-amendment"]
        else:
            dr["decided"] = f["date"]
        if o:
            dr["outcome"] = o
        drafts[fid] = (dr, f)
        entries.append(entry(f, note=note, extra_sources=extra, field_conf=fconf, named=named_votes(f, o)))
        step("step-" + fid, "resolution-adopted", f, date=dr["decided"], actor=f["body"], concerns=[fid],
             symbol=dr.get("symbol"), outc=o, summary="Third Committee adopts the draft",
             src_entry=entries[-1])

    nested = {}
    for fid, (dr, f) in drafts.items():
        plenary = (f.get("links") or {}).get("plenary")
        if plenary:
            nested.setdefault(plenary, []).append(dr)
        else:
            d["drafts"].append(dr)

    # --- resolutions and decisions ---
    vote_for = {"chr-res-2003-10": "chr-res-2003-10-vote", "hrc-res-7-15": "hrc-res-7-15-vote-list"}
    for fid in order:
        f = facts[fid]
        if f["entity"] not in ("resolution", "decision"):
            continue
        used.add(fid)
        r = {"id": fid, "body": f["body"], "subjectState": PRK}
        if f.get("symbol"):
            r["symbol"] = f["symbol"]
        if f.get("title"):
            r["title"] = f["title"]
        if f.get("session"):
            r["session"] = f["session"]
        elif f.get("symbol", "").startswith("A/HRC/DEC/"):
            r["session"] = int(f["symbol"].split("/")[3])
        if f.get("date"):
            r["adopted"] = f["date"]
        if f.get("sponsors"):
            r["mainSponsors"] = sponsors(f["sponsors"])
        if f["entity"] == "decision":
            r["subjects"] = ["decision"]
        o = outcome(f)
        extra, fconf, note, nv_src = [], {}, f.get("notes", ""), f
        if fid in vote_for:
            v = facts[vote_for[fid]]
            used.add(v["id"])
            o = outcome(v)
            extra = v["sources"]
            fconf = {"outcome": "secondary (vote " + v["id"] + ": " + ", ".join(v["sources"]) + ")"}
            note += " Vote (" + v["id"] + "): " + v.get("notes", "")
            nv_src = v
        if o:
            r["outcome"] = o
        if fid in nested:
            r["drafts"] = nested[fid]
        if fid == "ga-res-69-188":
            r["amendments"] = ["ga-c3-69-cuba-amendment"]
        d["resolutions"].append(r)
        entries.append(entry(f, note=note, extra_sources=extra, field_conf=fconf, named=named_votes(nv_src, o)))
        if r.get("adopted"):
            step("step-" + fid, "resolution-adopted", f, date=r["adopted"], actor=f["body"], concerns=[fid],
                 symbol=r.get("symbol"), outc=o, summary="adopted", src_entry=entries[-1])

    # --- amendment ---
    f = facts["ga-c3-69-cuba-amendment"]
    used.add(f["id"])
    am = {"id": f["id"], "body": f["body"], "proposers": sponsors(f["sponsors"]), "target": "ga-c3-69-l28-rev1",
          "targetSymbol": "A/C.3/69/L.28/Rev.1", "decided": f["date"], "outcome": outcome(f)}
    d["amendments"].append(am)
    entries.append(entry(f))
    step("step-" + f["id"], "amendment-rejected", f, date=f["date"], actor=f["body"], concerns=[f["id"], "ga-c3-69-l28-rev1"],
         outc=am["outcome"], summary="Cuba's amendment to the draft is rejected", src_entry=entries[-1])

    # --- persons and mandates ---
    persons = {}

    def person(pid, name, nat, f, note=None):
        if pid not in persons:
            p = {"id": pid, "name": name}
            if nat:
                p["nationality"] = nat
            persons[pid] = p
            d["persons"].append(p)
            entries.append(entry(f, id_=pid, note=note))
        return persons[pid]

    holders = []
    for fid in order:
        f = facts[fid]
        if f["entity"] != "mandate-holder":
            continue
        used.add(fid)
        p = person(fid, f["person"], f.get("nationality"), f)
        h = {"person": p, "title": "Special Rapporteur"}
        if f.get("start"):
            h["start"] = f["start"]
        if f.get("end"):
            h["end"] = f["end"]
        holders.append(h)
        if f.get("start"):
            step("step-" + fid, "holder-appointed", f, date=f["start"], actor="hrc" if f["start"] >= "2006" else "chr",
                 concerns=["mandate-sr-dprk", fid], person=f["person"], summary="term as Special Rapporteur begins",
                 src_entry=entries[[e["id"] for e in entries].index(fid)])

    f = facts["mandate-sr-dprk"]
    used.add(f["id"])
    d["mandates"].append({"id": f["id"], "title": f["title"], "kind": "country", "subjectState": PRK,
                          "establishedBy": f["links"]["establishedBy"], "established": f["start"],
                          "holders": holders})
    entries.append(entry(f))
    step("step-" + f["id"], "mechanism-established", f, date=f["start"], actor="chr",
         concerns=[f["id"], f["links"]["establishedBy"]], symbol="E/CN.4/RES/2004/13",
         summary="mandate of the Special Rapporteur created", src_entry=entries[-1])

    f = facts["gie-accountability-dprk"]
    used.add(f["id"])
    gie_holders = []
    for m in f["members"]:
        if m.get("designated"):
            pid = re.sub(r"[^a-z]+", "-", m["person"].lower()).strip("-")
            p = person(pid, m["person"], m.get("nationality"), f)
            gie_holders.append({"person": p, "title": "Independent expert", "start": m["designated"]})
    d["mandates"].append({"id": f["id"], "title": f["title"], "kind": "country", "subjectState": PRK,
                          "establishedBy": f["links"]["establishedBy"], "established": f["start"],
                          "holders": gie_holders})
    entries.append(entry(f))
    step("step-" + f["id"], "mechanism-established", f, date=f["start"], actor="hrc",
         concerns=[f["id"], f["links"]["establishedBy"]], symbol="A/HRC/RES/31/18",
         summary="group of independent experts on accountability created", src_entry=entries[-1])

    # --- commission of inquiry ---
    f = facts["coi-dprk"]
    used.add(f["id"])
    members = []
    for m in f["members"]:
        if m["person"] == "Marzuki Darusman":
            members.append(persons["sr-darusman"])
        else:
            pid = re.sub(r"[^a-z]+", "-", m["person"].lower()).strip("-")
            members.append(person(pid, m["person"], m.get("nationality"), f))
    d["commissions"].append({"id": f["id"], "name": f["title"], "subjectState": PRK,
                             "establishedBy": f["links"]["establishedBy"], "established": f["start"],
                             "members": members, "reports": ["coi-report-a-hrc-25-63", "coi-report-a-hrc-25-crp1"],
                             # S/PV.7353 coverage (media-un-spv7353): sanctions against those who contributed to
                             # what the Commission had called crimes against humanity
                             "findings": [{"summary": "crimes against humanity", "category": "crimes-against-humanity"}]})
    entries.append(entry(f, extra_sources=["media-un-spv7353"],
                         field_conf={"findings": "official (media-un-spv7353: the Council's coverage of S/PV.7353 "
                                                 "refers to what the Commission had called crimes against humanity)"}))
    step("step-" + f["id"], "mechanism-established", f, date=f["start"], actor="hrc",
         concerns=[f["id"], "hrc-res-22-13"], symbol="A/HRC/RES/22/13", summary="commission of inquiry established",
         src_entry=entries[-1])

    # --- reports ---
    pres = facts["coi-report-presentation-hrc25"]
    used.add(pres["id"])
    for fid in ("coi-report-a-hrc-25-63", "coi-report-a-hrc-25-crp1"):
        f = facts[fid]
        used.add(fid)
        rp = {"id": fid, "symbol": f["symbol"], "title": f["title"], "author": "coi", "authorRef": "coi-dprk",
              "subjectState": PRK, "presentedTo": "hrc"}
        if f.get("date"):
            rp["published"] = f["date"]
        fconf = {}
        extra = []
        if fid == "coi-report-a-hrc-25-63":
            rp["presented"] = pres["date"]
            rp["findings"] = [{"summary": "crimes against humanity", "category": "crimes-against-humanity"}]
            fconf = {"presented": pres["confidence"] + " (" + pres["id"] + ")",
                     "findings": "official (media-un-spv7353: the Council's coverage of S/PV.7353 refers to what "
                                 "the Commission had called crimes against humanity)"}
            extra = pres["sources"] + ["media-un-spv7353"]
        d["reports"].append(rp)
        entries.append(entry(f, extra_sources=extra, field_conf=fconf))
        if f.get("date"):
            step("step-" + fid, "report-published", f, date=f["date"], actor="coi", concerns=[fid, "coi-dprk"],
                 symbol=f["symbol"], summary="report dated", src_entry=entries[-1])
    f = facts["coi-report-publication"]
    used.add(f["id"])
    step(f["id"], "report-published", f, date=f["date"], actor="coi",
         concerns=["coi-report-a-hrc-25-63", "coi-report-a-hrc-25-crp1", "coi-dprk"], symbol=f["symbol"],
         summary="report released to the public")
    step(pres["id"], "report-presented", pres, date=pres["date"], actor="coi",
         concerns=["coi-report-a-hrc-25-63", "coi-dprk"], summary="interactive dialogue with the Council")

    # --- UPR reviews ---
    for fid in order:
        f = facts[fid]
        if f["entity"] != "upr-review":
            continue
        used.add(fid)
        rv = {"id": fid, "stateUnderReview": PRK, "cycle": f["cycle"], "workingGroupSession": f["wgSession"],
              "date": f["date"]}
        if f.get("symbol"):
            rv["outcomeReport"] = f["symbol"]
        if isinstance(f.get("recommendations"), int):
            rv["recommendationsReceived"] = f["recommendations"]
        for k in ("supported", "noted"):
            if isinstance(f.get(k), int):
                rv[k] = f[k]
        d["reviews"].append(rv)
        note = f.get("notes", "")
        if fid == "upr-dprk-1":
            later = [x for x in research["sources"] if x["id"] == "upr-info-dprk-cycle1-responses"][0]
            note += " Later response (secondary, " + later["id"] + ", " + later["date"] + "): " + later["notes"]
        entries.append(entry(f, note=note))
        step("step-" + fid, "review-held", f, date=f["date"], actor="upr-working-group", concerns=[fid],
             symbol=f.get("symbol"), summary="Universal Periodic Review, cycle " + str(f["cycle"]),
             src_entry=entries[-1])

    # --- Security Council: letters (as sources), compositions, votes, meetings, agenda item ---
    for fid in order:
        f = facts[fid]
        if f["entity"] != "letter":
            continue
        used.add(fid)
        sources.append({"id": fid, "title": "Letter to the President of the Security Council " + f["symbol"],
                        "kind": "official", "symbol": f["symbol"], "published": f["date"]})
        grades[fid] = "official"
        entries.append(entry(f, note=(f.get("notes", "") + " Signatories: " + ", ".join(f.get("signatories", []))).strip()))

    members_on = {}
    for fid in order:
        f = facts[fid]
        if f["entity"] != "membership":
            continue
        used.add(fid)
        members_on[f["date"]] = f
        for s in f["permanent"]:
            d["memberships"].append({"state": s, "body": "unsc", "kind": "permanent", "start": f["date"],
                                     "end": f["date"], "sources": f["sources"]})
        for s in f["elected"]:
            d["memberships"].append({"state": s, "body": "unsc", "kind": "elected", "start": f["date"],
                                     "end": f["date"], "sources": f["sources"]})

    meetings_for_vote = {facts[m]["links"]["vote"]: facts[m] for m in order
                         if facts[m]["entity"] == "meeting" and (facts[m].get("links") or {}).get("vote")}
    later = []
    for fid in order:
        f = facts[fid]
        if f["entity"] != "vote" or f["body"] != "unsc":
            continue
        used.add(fid)
        o = outcome(f)
        derived = None
        if o.get("ballots") and "derived" in json.dumps(f.get("fieldConfidence", {})):
            derived = ["outcome.ballots.yes"]
            comp = members_on.get(f["date"])
            assert comp is not None, fid
            voted = set(f["inFavour"]) | set(f["against"]) | set(f["abstaining"])
            assert voted == set(comp["members"]), fid
        v = {"id": fid, "body": "unsc", "date": f["date"], "motionKind": "procedural", "questionKind": "procedural",
             "title": f["title"], "subjectState": PRK, "outcome": o,
             "agendaItem": "The situation in the Democratic People's Republic of Korea"}
        if f.get("meeting"):
            v["meetingRecord"] = f["meeting"]
        d["voteEvents"].append(v)
        entries.append(entry(f, derived=derived))
        m = meetings_for_vote.get(fid)
        if fid != "unsc-vote-2014-12-22" and m is None:
            later.append("step-" + fid)
        if m is None and fid != "unsc-vote-2014-12-22":
            step("step-" + fid, "meeting-held", f, date=f["date"], actor="unsc",
                 concerns=["unsc-agenda-item-dprk", fid], outc=o,
                 summary="procedural vote, then meeting under the item", src_entry=entries[-1])

    for fid in order:
        f = facts[fid]
        if f["entity"] != "meeting" or f["body"] != "unsc":
            continue
        used.add(fid)
        if f.get("held") is False:
            continue  # recorded as a note on the agenda item
        links = f.get("links") or {}
        o = None
        if links.get("vote"):
            o = [v for v in d["voteEvents"] if v["id"] == links["vote"]][0]["outcome"]
        concerns = ["unsc-agenda-item-dprk"] + ([links["vote"]] if links.get("vote") else [])
        fconf = {}
        if links.get("vote"):
            v = facts[links["vote"]]
            fconf = {"outcome": v["confidence"] + " (the procedural vote " + v["id"] + ")"}
        step(fid, "meeting-held", f, date=f["date"], actor="unsc", concerns=concerns, symbol=f.get("symbol"),
             outc=o, summary=f.get("title", "meeting under the item"), src_entry=entry(f, field_conf=fconf))
        later.append(fid)

    f = facts["unsc-agenda-item-dprk"]
    used.add(f["id"])
    nomeet = facts["unsc-no-meeting-2018"]
    d["agendaItems"].append({"id": f["id"], "title": f["title"], "body": "unsc", "subjectState": PRK,
                             "inscribed": f["start"], "inscribedBy": "unsc-vote-2014-12-22",
                             "meetings": sorted([x for x in later if x != "unsc-mtg-7353"],
                                                key=lambda x: [st["date"] for st in d["steps"] if st["id"] == x][0])})
    entries.append(entry(f, note=f.get("notes", "") + " No meeting under the item in 2018 (secondary, "
                                                       + ", ".join(nomeet["sources"]) + "): " + nomeet.get("notes", "")))
    v0 = [v for v in d["voteEvents"] if v["id"] == "unsc-vote-2014-12-22"][0]
    step("step-" + f["id"], "agenda-item-added", f, date=f["start"], actor="unsc",
         concerns=[f["id"], "unsc-vote-2014-12-22"], symbol="S/PV.7353", outc=v0["outcome"],
         summary="procedural vote puts the situation on the Council's agenda", src_entry=entries[-1])

    # --- the field office and the referral ---
    f = facts["ohchr-seoul"]
    used.add(f["id"])
    step(f["id"], "mechanism-established", f, date=f["start"], actor="ohchr", concerns=["hrc-res-25-25"],
         summary=f["title"])

    enc, neg = facts["ga-69-188-icc-encouragement"], facts["unsc-no-icc-referral"]
    used.update([enc["id"], neg["id"]])
    d["referrals"].append({"id": "referral-dprk-icc", "situationState": PRK, "to": "icc", "by": "unsc",
                           "status": "recommended", "recommendedBy": ["ga-res-69-188"], "date": enc["date"]})
    entries.append(entry(enc, id_="referral-dprk-icc",
                         note="Recommended: " + enc["notes"] + " Never decided: " + neg["notes"],
                         extra_sources=neg["sources"]))
    step(enc["id"], "referral-recommended", enc, date=enc["date"], actor="ga",
         concerns=["referral-dprk-icc", "ga-res-69-188"], symbol="A/RES/69/188",
         summary="the General Assembly encourages the Security Council to consider referral to the ICC")

    missing = [fid for fid in order if fid not in used]
    assert not missing, missing

    d["sources"] = sources
    record = {
        "about": "The official record of the UN process on human rights in the Democratic People's Republic of Korea, "
                 "2003-2024, converted from dprk-record-research.json by convert_research.py. 'dossier' is a Dossier "
                 "in the model's JSON; 'entries' give, for each entity or step id, the sources it was checked against, "
                 "whether it was verified in an official source, and its confidence; 'sourceGrades' grade each "
                 "source (official, official-copy, dataset, secondary); 'notFound' lists what was looked for and not "
                 "found. See docs/record.md.",
        "dossier": d,
        "entries": entries,
        "sourceGrades": grades,
        "notFound": research["notFound"],
    }
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(record, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print("wrote", OUT, len(entries), "entries,", len(sources), "sources")


if __name__ == "__main__":
    main()
