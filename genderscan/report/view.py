"""Turn the JSON form of a report into the sections the Markdown and HTML templates show."""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timezone
from typing import Any

from ..formatting import long_date, number
from ..model import SEVERITIES, WORDING, heading_text, section_label, verdict_sections
from ..safetext import printable
from .actions import actions, finding_anchor, measure_anchor, non_policy_advice, non_policy_heading
from .charts import category_bars, checklist
from .ui import UI

# Dutch names, for callers outside the templates (the annotated Word file uses UI[lang] directly).
SEVERITY_NL = UI["nl"]["severity"]
STANCE_NL = UI["nl"]["stance"]
MEASURE_NL = UI["nl"]["measure_status"]


def _counted(n: int, ui: dict, lang: str, noun: str = "category") -> str:
    """*n* categories (or assumptions: *noun*), with the noun in its number ("1 categorie", "0 categorieën")."""
    return f"{number(n, lang)} {ui[noun + '_one'] if n == 1 else ui[noun + '_many']}"


def measures_elsewhere(data: dict) -> str | None:
    """Whose the checklist's measures are when not the document's own (``actions.ELSEWHERE`` without the
    budget's delegated variant): "national", "agreement", "budget" (not for an advice) or "delegated"; None for
    the document's own policy."""
    document = data["document"]  # reports of older versions lack the keys
    if document.get("national"):
        return "national"
    if document.get("agreement"):
        return "agreement"
    if document.get("budget") and not document.get("advisory"):
        return "budget"
    return "delegated" if data.get("delegated") else None


def location_label(loc: dict, ui: dict = UI["nl"]) -> str:
    """``p. 12, § 3 Werk › 3.2 Partners, alinea 2, zin 3``: page, the innermost headings, the paragraph
    counted from its heading and the sentence within it. A report without ``section_paragraph``
    (older JSON) shows the paragraph counted over the whole document."""
    parts = []
    if loc.get("page") is not None:
        label = loc.get("page_label")
        printed = f" ({ui['printed_page']} {label})" if label and label != str(loc["page"]) else ""
        parts.append(f"{ui['page']} {loc['page']}{printed}")
    headings = loc.get("section_path") or ([loc["section"]] if loc.get("section") else [])
    path = section_label(headings)
    if path:
        parts.append(path)
    if loc.get("article") and loc.get("member"):
        # a law or a verordening is cited by its article, member and item, not by a paragraph count; without a
        # member number in the text (Word's own numbering, an explanation) the paragraph count stays
        said = (f"artikel {loc['article']}".lower(), f"art. {loc['article']}".lower())
        if not any(" ".join(h.lower().split()).startswith(said) for h in headings[-2:]):  # not twice
            parts.append(f"{ui['article']} {loc['article']}")
        parts.append(f"{ui['member']} {loc['member']}")
        if loc.get("item"):
            parts.append(f"{ui['item']} {loc['item']}")
        return ", ".join(parts)
    paragraph = loc.get("section_paragraph") or (None if "section_paragraph" in loc else loc["paragraph"])
    if paragraph:
        parts.append(f"{ui['paragraph']} {paragraph}")
    if loc.get("sentence"):
        parts.append(f"{ui['sentence']} {loc['sentence']}")
    return ", ".join(parts) or f"{ui['paragraph']} {loc['paragraph']}"


def decision_items(items: list[dict], ui: dict) -> list[dict]:
    """A record of decisions' agenda items about work, integration, poverty or childcare (``social_items``: each its
    own line, once, cut and cleaned by the analysis) with a short place: the page where there is one, else the
    section and paragraph."""
    return [
        {
            "text": _item_text(e["text"]),
            "where": f"{ui['page']} {e['location']['page']}"
            if e["location"].get("page")
            else location_label(e["location"], ui),
        }
        for e in items
    ]


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"<?\b(?:https?://|www\.)[^\s>)]+>?", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\(\s*(?:zie|see)?\s*\)", re.IGNORECASE)
# a label with nothing after it, before another label or at the end ("Bron-PDF:", "Bron PDF:")
_LABEL = r"[A-Z][\w-]*(?: [A-Z][\w-]*)?:"
_EMPTY_LABEL = re.compile(rf"(?:^|\s){_LABEL}(?=\s+{_LABEL}(?:\s|$)|\s*$)")


def _item_text(text: str) -> str:
    """An item's line as quoted: without web addresses (a Markdown link keeps its text), nor the rule that opens
    a record ("--- Besluit: …"), nor a label left with nothing after it ("Bron-PDF:"; an expert read of the
    Wassenaar decision texts)."""
    cleaned = _EMPTY_BRACKETS.sub("", _URL.sub("", _MD_LINK.sub(r"\1", text)))
    cleaned = _LEAD.sub("", " ".join(cleaned.split()))
    while (shorter := _EMPTY_LABEL.sub("", cleaned).strip()) != cleaned:
        cleaned = shorter
    return cleaned or _LEAD.sub("", text) or text


def _finding_view(index: int, f: dict, ui: dict) -> dict:
    start, end = f["sentence_span"]
    s = f["sentence"]
    return {
        **f,
        "index": index,
        "anchor": finding_anchor(index),
        "where": location_label(f["location"], ui),
        "before": s[:start],
        "match": s[start:end],
        "after": s[end:],
        "severity_nl": ui["severity"][f["severity"]],
        "stance_nl": ui["stance"][f["stance"]],
    }


def _grouped(findings: list[dict], categories: list[dict], question: str) -> list[dict]:
    """Findings of one Atria question (the rule's, else its category's), grouped by category."""
    groups = []
    for cat in categories:
        items = [
            f
            for f in findings
            if f["category"] == cat["id"] and f.get("atria_question", cat["atria_question"]) == question
        ]
        for f in items:
            f["effect"] = f.get("unintended_effect") or cat["unintended_effect"]
        if items:
            groups.append({**cat, "findings": items})
    return groups


def _mentions_view(data: dict, ui: dict) -> dict:
    m = data["mentions"]
    # a record of decisions has no problem analysis or measures to split (its headings name agenda items)
    parts = [] if non_policy(data) else [{"name": ui["parts"][k], **v} for k, v in (m.get("parts") or {}).items()]
    top = sorted(m["terms"].items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    note = None
    if len(parts) == 2 and parts[0]["per_1000_words"] >= m["threshold"] > parts[1]["per_1000_words"]:
        note = ui["parts_note"]
    none = not m["gender_mentions"]  # "nergens", not "nauwelijks"
    kind = non_policy_kind(data)
    how = ui[how_word(data, none)]
    # a coalition agreement or a budget: its wording is a sign, the policy is in the documents that work it out
    whose = measures_elsewhere(data)
    summary = whose if whose in ui["summary_what"] else None
    if non_policy(data):
        risk = non_policy_advice(ui, kind)
    elif not data["gender_blind"]:
        risk = None
    elif summary:
        delegated = ui["summary_delegated"] if data.get("delegated") else ""
        what, which = ui["summary_what"][summary], ui["summary_kind"][summary]
        risk = ui["blind_risk_summary"].format(what=what, how=how, kind=which, delegated=delegated)
    else:
        risk = ui["blind_risk"].format(how=how)
    heading = (
        non_policy_heading(ui, kind)
        if non_policy(data)
        else ui["blind_heading_summary"]
        if summary
        else ui["blind_heading"]
    )
    return {"parts": parts, "top_terms": top, "note": note, "risk": risk, "risk_heading": heading}


def _effect(category: dict, findings: list[dict]) -> dict:
    """A category of question 3 with its effect: that of its rules when all its assumptions share one of
    their own (GM005's resident rather than the category's client), else the category's."""
    own = {
        f.get("unintended_effect") for f in findings if f["category"] == category["id"] and f["stance"] == "assertion"
    }
    return {**category, "unintended_effect": own.pop()} if len(own) == 1 and None not in own else category


def how_word(data: dict, none: bool) -> str:
    """The ui key of how often the covered text names women, men or gender: "nauwelijks", or "nergens" (in the
    parts judged, where the verdict covers only some: an expert read of a budget that names girls elsewhere)."""
    if not none:
        return "how_hardly"
    return "how_none_scoped" if verdict_sections(data) else "how_none"


def non_policy_kind(data: dict) -> str | None:
    """What a text that is no policy text is (``decisions``, ``budget_lines``, ``template``); None otherwise or in a
    report from before schema 1.12."""
    return data.get("domain_detail", {}).get("non_policy_kind")


def non_policy(data: dict) -> bool:
    """The document is no policy text (a record of decisions, a regulation about budget lines)."""
    return bool(data.get("domain_detail", {}).get("non_policy"))


# Social sections the report's header names; the domain section lists them all.
_LEAD = re.compile(r"^[^\w“\"'‘(\[]+")
"""Signs before a quoted sentence: a list's bullet, also the private-use glyph a PDF writes for one (U+F0B7)."""
MAX_VETOED = 10
"""Assumptions set aside by the second opinion a report lists at most (the JSON has them all)."""
COVERAGE_NAMED = 3
OUTSIDE_NAMED = 5
"""Sections outside the verdict's scope that name gender, named in the domain section at most."""
TITLE_LINES_WORDS = 60
"""Words outside the social sections, references and colophon aside, that are still no other policy: a title and
subtitle before the text."""
OUTSIDE_QUOTED = 3
"""Sections outside the verdict whose first sentence about women or men the domain section quotes."""


def coverage_view(data: dict, ui: dict) -> dict | None:
    """The social sections the verdicts cover, when the document has other sections too; else None."""
    sections = data["mentions"].get("sections") or []
    if verdict_sections(data) is None:
        return None
    # other policy beside the social sections: not the references and colophon (``back_matter``), nor a title
    # line or two before the text (an expert guide is no document over several areas for its "Bronnen")
    others = [s for s in sections if s["domain"] == "other" and not s.get("back_matter")]
    if sum(s["words"] for s in others) <= TITLE_LINES_WORDS:
        return None
    social = [s for s in sections if s["domain"] != "other"]
    words = sum(s["words"] for s in sections)
    share = sum(s["words"] for s in social) / words if words else 0.0
    rows = [
        {
            **s,
            "label": " › ".join(map(heading_text, s["path"])) or ui["before_heading"],
            "domain_nl": ui["domains"][s["domain"]],
        }
        for s in social
    ]
    labels = [r["label"] for r in rows]
    short = "; ".join(labels[:COVERAGE_NAMED]) + (
        f"; … (+{len(labels) - COVERAGE_NAMED})" if len(labels) > COVERAGE_NAMED else ""
    )
    # gender named outside the verdict's sections (an emancipation chapter, a Wmo section): said, not hidden
    outside = sorted(
        (s for s in others if s["gender_mentions"]),
        key=lambda s: -s["gender_mentions"],
    )
    where = ", ".join(
        f"{' › '.join(map(heading_text, s['path'][-2:])) or ui['before_heading']} ({s['gender_mentions']})"
        for s in outside[:OUTSIDE_NAMED]
    )
    topics = [ui["domain_topics"][d] for d in dict.fromkeys(s["domain"] for s in social)]
    # chapters outside the verdict's sections whose tables the measures read (a finance chapter after the social
    # one); absent before schema 1.13
    money = "; ".join(
        " › ".join(map(heading_text, p[-2:])) or ui["before_heading"]
        for p in data["domain_detail"].get("money_sections") or []
    )
    return {
        "money": money,
        "pct": "%.0f" % (100 * share),
        # the domains of the covered sections only ("de secties over armoede", not every checklist domain)
        "topics": ", ".join(topics[:-1]) + ui["last_of_list"] + topics[-1] if len(topics) > 1 else "".join(topics),
        "sections": rows,
        "short": short,
        "outside": sum(s["gender_mentions"] for s in outside),
        "outside_where": where,  # "het vaakst in": the first OUTSIDE_NAMED, no ellipsis before the full stop
        "outside_examples": [
            {"label": " › ".join(map(heading_text, s["path"][-2:])) or ui["before_heading"], "text": s["example"]}
            for s in outside[:OUTSIDE_QUOTED]
            if s.get("example")
        ],
    }


def _domains_line(data: dict, ui: dict) -> str:
    """``participatie 22%, overig 78%``: every domain with its share."""
    return ", ".join(f"{ui['domains'][d['id']]} {100 * d['share']:.0f}%" for d in data.get("domains") or [])


def measures_heading(ui: dict, advisory: bool, checked: bool) -> str:
    """The heading of the measures section: "Ontbrekende maatregelen", but not over an advice's or guide's
    recommendations (an expert read of a guide: it commits to nothing, so nothing of it is "missing"), nor
    where no checklist was applied (a record of decisions, a document of no checklist domain)."""
    if advisory:
        return ui["measures_heading_advisory"]
    return ui["missing_measures"] if checked else ui["measures_heading_unchecked"]


def contents(ui: dict, measures: str | None = None) -> list[tuple[str, str]]:
    """The report's sections as (anchor, heading), in order: the table of contents. *measures*: the heading
    of the measures section (:func:`measures_heading`)."""
    atria = ui["atria"]
    return [
        ("wat-nu", ui["what_now"]),
        ("samenvatting", ui["summary"]),
        ("vraag-1", f"1. {atria[1]}"),
        ("vraag-2", f"2. {atria[2]}"),
        ("vraag-3", f"3. {atria[3]}"),
        ("kritisch", ui["critical_heading"]),
        ("maatregelen", measures or ui["missing_measures"]),
        ("domein", ui["domain_heading"]),
        ("eige", ui["eige"]),
        ("verantwoording", ui["method"]),
        ("bronnen", ui["sources"]),
    ]


def file_name(data: dict) -> str:
    """The document's file name without its folder: a report never shows a local path. Control and
    bidirectional characters are escapes (``\\x1b``, ``\\u202e``): a name that holds them would reach the
    report's title and h1 as they are (an RLO shows ``txt.exe`` as ``exe.txt``)."""
    return printable(data["document"]["path"].replace("\\", "/").rstrip("/").rsplit("/", 1)[-1])


def scan_date() -> date:
    """The date the report shows: $SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.now(timezone.utc)
    if epoch and epoch.isdigit():
        try:
            when = datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass  # beyond the years a date can hold: today, as when it is not set
    return when.date()


# The years an agreement runs, in its title or file name ("Coalitieakkoord 2022-2026")
_PERIOD = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—/_]|t/m|tot en met)\s*((?:19|20)\d\d)(?!\d)(?!\s*[-–—/_]\s*\d)", re.IGNORECASE
)
_PERIOD_YEARS = 8
"""An agreement runs at most this many years (a council's term is four): a wider pair is no period."""


def agreement_over(data: dict, day: date) -> bool:
    """An agreement whose period ends in the year of the scan or before: its what-now looks back at the annual
    accounts and ahead to the next agreement, not at working it out (an expert read of Baarn's 2022-2026
    agreement, scanned in December 2026)."""
    for text in (data["document"].get("title") or "", file_name(data)):
        m = _PERIOD.search(text)
        if m is not None:
            start, end = int(m.group(1)), int(m.group(2))
            return start < end <= start + _PERIOD_YEARS and end <= day.year
    return False


def measures_owner(data: dict, day: date) -> str | None:
    """Whose the checklist's measures are (:func:`measures_elsewhere`), an agreement whose period is over on *day*
    told apart ("agreement_over": ask the annual accounts and the next agreement), as the report and the terminal
    both say it."""
    whose = measures_elsewhere(data)
    return "agreement_over" if whose == "agreement" and agreement_over(data, day) else whose


def build_view(data: dict) -> dict[str, Any]:
    lang = data.get("language", "nl")
    ui = UI[lang]
    labels = {c["id"]: c["label"] for c in data.get("categories", [])}
    findings = [
        {**_finding_view(i, f, ui), "also_labels": [labels.get(c, c) for c in f.get("also", [])]}
        for i, f in enumerate(data["findings"])
    ]
    elsewhere = measures_elsewhere(data)
    if elsewhere == "national":
        # a law or a national regulation does not address its reader, and changes only by amendment (an expert
        # read of the Participatiewet: "spreek de lezer aan met u" does not fit)
        for f in findings:
            if f["category"] in WORDING and f["stance"] == "assertion":
                f["suggestion"] = ui["wording_suggestion_national"]
    everything = [f for f in findings if f["stance"] == "assertion"]
    # a generic "hij" for the resident is a habit of wording, one per sentence: counted apart, so that
    # sixty pronouns in a law do not make sixty assumptions about roles in the headline
    assertions = [f for f in everything if f["category"] not in WORDING]
    wording = [f for f in everything if f["category"] in WORDING]
    others = [f for f in findings if f["stance"] != "assertion"]
    measures = [{**m, "anchor": measure_anchor(m["id"])} for m in data["measures"]]
    missing = [m for m in measures if m["status"] == "missing"]
    present = [m for m in measures if m["status"] == "present"]
    cats = data["categories"]
    labels = {c["id"]: c["label"] for c in cats}
    vetoed = [
        {
            "label": labels.get(v["category"], v["category"]),
            "rule_id": v["rule_id"],
            "where": location_label(v["location"], ui),
            "text": _LEAD.sub("", " ".join(v["sentence"].split())),
        }
        for v in (data.get("second_opinion") or {}).get("vetoed", [])
    ]
    # no policy text: what its wording might do is not judged, like its processes (an expert read of the Iv3
    # regulation: a debtor's "zijn schuld" led question 3 to an effect on readers of policy)
    effects = [] if non_policy(data) else [_effect(c, data["findings"]) for c in cats if c["assertions"]]
    advisory = bool(data["document"].get("advisory"))  # reports of older versions lack the key
    heading = measures_heading(ui, advisory, bool(missing or present))
    national = elsewhere == "national"
    agreement = elsewhere == "agreement"
    budget = elsewhere == "budget"
    categories = sum(1 for c in cats if c["assertions"] and c["id"] not in WORDING)

    day = scan_date()
    owner = measures_owner(data, day)
    over = owner == "agreement_over"

    def short_citation(citation: str | None) -> str | None:
        """The author and year of a citation ("Atria 2014" of "Atria (2014). De nieuwe …"), or None."""
        head = (citation or "").split(").", 1)[0]
        return head.replace(" (", " ", 1) if " (" in head and citation and ")." in citation else None

    def evidence_where(items: list[dict]) -> list[dict]:
        return [{**e, "where": location_label(e["location"], ui)} for e in items]

    themes = [
        {**t, "evidence": evidence_where(t["evidence"]), "cite": short_citation(data["sources"].get(t["source"]))}
        for t in data.get("themes") or []
    ]
    return {
        "themes": themes,
        "ui": ui,
        "lang": lang,
        "date": long_date(day, lang),
        "date_iso": day.isoformat(),
        "num": lambda value: number(value, lang),
        "municipality": data["document"].get("municipality"),
        "data": data,
        "doc": data["document"],
        "title": data["document"].get("title") or file_name(data),
        "file_name": file_name(data),
        "advisory": advisory,
        "atria": ui["atria"],
        "domain_nl": ui["domains"][data["domain"]],
        "figures": {
            "assertions": len(assertions),
            "by_severity": {s: sum(1 for f in assertions if f["severity"] == s) for s in reversed(SEVERITIES)},
            "categories": categories,
            # "1 categorie", "3 categorieën": the number with its noun, for the summary lines
            "assertions_text": _counted(len(assertions), ui, lang, "assertion"),
            "categories_text": _counted(categories, ui, lang),
            "wording": len(wording),
            "others": len(others),
            "missing": len(missing),
            "present": len(present),
            "discussed": sum(1 for m in measures if m["status"] != "not_applicable" and m.get("evidence")),
            "answered": sum(1 for q in data["questions"] if q["status"] == "beantwoord"),
            "questions": len(data["questions"]),
        },
        # advice commits to nothing itself: what it does not commit to is no change to make in it
        "actions": actions(
            findings,
            [] if advisory else missing,
            data["gender_blind"],
            ui,
            WORDING,
            # a budget's measures may stand in a policy plan; who carries the policy out stays cited below
            "budget_delegated" if budget and data.get("delegated") else owner,
            non_policy=non_policy(data),
            households=evidence_where(data.get("household_counts") or []),
            non_policy_kind=non_policy_kind(data),
            decisions=decision_items(data.get("social_items") or [], ui),
            mentions=data["mentions"]["gender_mentions"],
            scoped=bool(verdict_sections(data)),
            themes=themes,
        ),
        "national": national,
        "agreement": agreement,
        "agreement_note": ui["agreement_note_over"] if over else ui["agreement_note"],
        "fig_agreement": ui["fig_agreement_over"] if over else ui["fig_agreement"],
        "budget": budget,
        "non_policy": non_policy(data),
        "non_policy_kind": non_policy_kind(data) or "",
        "contents": contents(ui, heading),
        "measures_heading": heading,
        "checklist": checklist(measures, advisory, {"partial": ui["partial"], "intended": ui["intended"]}),
        "bars": category_bars([c for c in cats if c["id"] not in WORDING]),
        "severities": list(reversed(SEVERITIES)),
        "q1": _grouped(everything, cats, "aanname"),
        "q2": _grouped(everything, cats, "uitvoering"),
        "effects": effects,
        # missing measures make the effects of assumptions about roles more likely, not those of a generic "hij"
        "role_effects": [c for c in effects if c["id"] not in WORDING],
        # a habit of wording is listed under question 1 but counted apart (an expert read: "0 aannames" above it)
        "wording_ids": sorted(WORDING),
        "how": ui[how_word(data, not data["mentions"]["gender_mentions"])],
        # the rules' assumptions the second opinion set aside, so that a reader can check them
        "vetoed": vetoed[:MAX_VETOED],
        "vetoed_more": max(0, len(vetoed) - MAX_VETOED),
        "others": others,
        "missing": [{**m, "evidence": evidence_where(m["evidence"])} for m in missing],
        "delegated": evidence_where(data.get("delegated") or []),
        "present": [{**m, "evidence": evidence_where(m["evidence"])} for m in present],
        "not_applicable": [
            {**m, "evidence": evidence_where(m["evidence"])} for m in measures if m["status"] == "not_applicable"
        ],
        "questions": [
            {
                **q,
                "evidence": evidence_where(q["evidence"]),
                # a guide or advice discusses or recommends what a question asks about; it carries nothing out
                "status_text": (ui["question_status_advisory"] if advisory else ui["question_status"]).get(
                    q["status"], q["status"]
                ),
            }
            for q in data["questions"]
        ],
        "measure_nl": ui["measure_status"],
        "mentions": _mentions_view(data, ui),
        "domain_terms": data["domain_detail"].get("terms", []),
        "coverage": coverage_view(data, ui),
        "domains_line": _domains_line(data, ui),
    }
