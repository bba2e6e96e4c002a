"""The "what now" list at the top of a report: the few changes that matter most, each linking to
its finding card or missing measure. Derived from the report data alone, in a fixed order:

1. the first missing measure of the lexicon's checklist (childcare leads the shipped one);
2. the assumptions of the highest severity found, one item per rule (a claim made in several
   sentences is one change), in document order;
3. the policy is gender-blind (when it is);
   then the themes that reach women and men differently which the text names without them (mantelzorg,
   single parents), one item with their quotes: where to ask for figures and effects by sex;
4. the other missing measures, in checklist order;
5. the remaining assumptions, by severity;
6. generic masculine wording, all its sentences as one item,

cut at MAX_ACTIONS. Two or more missing measures keep at least two places, so that many
assumptions of one severity never push the checklist out of view.

When the measures are not the document's own to take (another organisation makes or carries out its
social policy, as a neighbouring municipality does a budget's participation policy; national policy,
whose measures municipalities take; a coalition agreement, whose measures belong in the implementation
programme), each says so, and the first comes after the assumptions of the highest severity and the
gender-blindness, the others last but for the wording.
"""

from __future__ import annotations

from ..model import DECISIONS, GENDERDATA, MAX_SOCIAL_ITEMS, SEVERITIES

MAX_ACTIONS = 5


def finding_anchor(index: int) -> str:
    """The HTML id of the card of the *index*-th finding (0-based, in ``findings[]`` order)."""
    return f"bevinding-{index + 1}"


def measure_anchor(measure_id: str) -> str:
    return f"maatregel-{measure_id}"


def _claims(findings: list[dict], wording: frozenset[str]) -> tuple[list[list[dict]], list[dict]]:
    """Assertions grouped by rule, most severe first, then by where the rule first occurs; and apart,
    the assertions of the *wording* categories (generic masculine), which make one item together."""
    groups: dict[str, list[dict]] = {}
    habits: list[dict] = []
    for f in findings:
        if f["stance"] != "assertion":
            continue
        if f.get("category") in wording:
            habits.append(f)
        else:
            groups.setdefault(f["rule_id"], []).append(f)
    ordered = sorted(groups.values(), key=lambda g: (-SEVERITIES.index(g[0]["severity"]), g[0]["index"]))
    return ordered, habits


def _finding_item(group: list[dict], ui: dict) -> dict:
    first = group[0]
    return {
        "kind": "finding",
        "href": "#" + finding_anchor(first["index"]),
        "head": first["message"],
        "text": first["suggestion"],
        "where": first["where"],
        "severity": first["severity"],
        "severity_text": ui["severity"][first["severity"]],
        "count": len(group),
    }


# Whose the checklist's measures are when not the document's own: "delegated" (another organisation makes or
# carries out the policy), "national" (municipalities take them), "agreement" (the implementation programme),
# "budget" (a budget names lines and main policy: a measure it lacks may stand in a policy plan).
ELSEWHERE = ("delegated", "national", "agreement", "agreement_over", "budget", "budget_delegated")


def _measure_item(m: dict, ui: dict, elsewhere: str | None = None) -> dict:
    # a measure committed to only for another group, or only intended, is missing for another reason than
    # one the document never names: the item says which (the recommendation below stays the same)
    key = (
        "act_partial"
        if m.get("partial")
        else "act_intended"
        if m.get("intended")
        else f"act_missing_{elsewhere}"
        if elsewhere
        else "act_missing"
    )
    return {
        "kind": "measure",
        "href": "#" + measure_anchor(m["id"]),
        "name": m["name"],
        "head": ui[key].format(name=m["name"]),
        # national policy takes no measure itself: the recommendation is the municipalities' (an expert read
        # of the Participatiewet found "geen gemeentelijke maatregel …" followed by a bare "Regel …")
        "text": (
            f"{ui['for_municipalities']} {m['recommendation'][:1].lower()}{m['recommendation'][1:]}"
            if elsewhere == "national"
            else m["recommendation"]
        ),
        "where": None,
        "severity": None,
        "severity_text": None,
        "count": 1,
    }


def non_policy_heading(ui: dict, kind: str | None) -> str:
    """What a text that is no policy text is: a record of decisions, a regulation about budget lines or a
    template; for a report from before schema 1.12, which does not say, the first two together."""
    return ui.get(f"key_non_policy_{kind}") or ui["key_non_policy"]


def non_policy_advice(ui: dict, kind: str | None, decisions: list[dict] | tuple[dict, ...] = ()) -> str:
    """What to do with a text that is no policy text of *kind*; a record of decisions quotes its *decisions*
    about social policy, then says how to scan it as policy if it is a short proposal after all."""
    text = ui.get(f"act_non_policy_{kind}") or ui["act_non_policy"]
    if decisions:
        # the analysis lists at most MAX_SOCIAL_ITEMS: a full list says it may be the first ones only (an expert read)
        key = "act_decisions_first" if len(decisions) >= MAX_SOCIAL_ITEMS else "act_decisions"
        text = f"{text} {ui[key].format(quotes=_quotes(decisions), n=len(decisions))}"
    return f"{text} {ui['not_a_record']}" if kind == DECISIONS else text


def _blind_item(
    ui: dict,
    non_policy: bool = False,
    elsewhere: str | None = None,
    *,
    kind: str | None = None,
    mentions: int = 1,
    scoped: bool = False,
    decisions: list[dict] | tuple[dict, ...] = (),
) -> dict:
    """Gender-blindness as a what-now item; national policy has no problem analysis to name women and men in.
    *kind*: what a text that is no policy text is (``non_policy_kind``), *decisions* its decisions about social
    policy; *mentions*: the document's gender mentions (none at all: it names them "nergens", not
    "nauwelijks")."""
    which = "budget" if elsewhere == "budget_delegated" else elsewhere
    if non_policy:
        text = non_policy_advice(ui, kind, decisions)
    else:
        text = ui.get(f"act_blind_{which}") or ui["act_blind"]
    return {
        "kind": "non_policy" if non_policy else "blind",
        "href": "#domein",
        "head": non_policy_heading(ui, kind)
        if non_policy
        else ui["key_blind" if mentions else "key_blind_none_scoped" if scoped else "key_blind_none"].format(
            subject=ui["summary_what"].get((which or "").removesuffix("_over"), ui["blind_subject"])
        ),
        "text": text,
        "where": None,
        "severity": None,
        "severity_text": None,
        "count": 1,
    }


def _themes_item(themes: list[dict] | tuple[dict, ...], ui: dict) -> dict:
    """The themes that reach women and men differently, named without them (``themes``), as one what-now item."""
    lines = [
        ui["act_theme"].format(
            name=t["name"],
            fact=f"{t['fact']} ({t['cite']})" if t.get("cite") else t["fact"],
            quotes=_quotes(t["evidence"][:1]),
        )
        for t in themes
    ]
    return {
        "kind": "themes",
        "href": "#domein",
        "head": ui["key_themes"].format(names=", ".join(t["name"].lower() for t in themes)),
        "text": " ".join([*lines, ui["act_themes"]]),
        "where": None,
        "severity": None,
        "severity_text": None,
        "count": len(themes),
    }


def actions(
    findings: list[dict],
    missing: list[dict],
    gender_blind: bool,
    ui: dict,
    wording: frozenset[str] = frozenset(),
    elsewhere: str | None = None,
    *,
    non_policy: bool = False,
    limit: int = MAX_ACTIONS,
    households: list[dict] | tuple[dict, ...] = (),
    non_policy_kind: str | None = None,
    decisions: list[dict] | tuple[dict, ...] = (),
    mentions: int = 1,
    scoped: bool = False,
    themes: list[dict] | tuple[dict, ...] = (),
) -> list[dict]:
    """The what-now items of a report: *findings* as the view shows them (with ``index``, ``where``),
    *missing* the missing measures in checklist order. Findings of the *wording* categories make one
    item, after the missing measures. *elsewhere* (one of ELSEWHERE): the measures are not the document's
    own to take: another organisation makes or carries out its social policy ("delegated"), municipalities
    take them ("national" policy), or the implementation programme does (an "agreement"), or a policy plan
    may hold them (a "budget"); a missing measure then says so and does not lead the list.
    *non_policy*: the document is no policy text (a record of decisions): that
    comes first, instead of gender-blindness, which says nothing there. At most *limit* items, of which
    at least two are missing measures when two or more are missing. *households*: the document's indicators
    that count households (``household_counts``, with ``where``), quoted in the gender-blindness item, else in
    the missing genderdata measure's. *non_policy_kind*: what a text that is no policy text is; *decisions*:
    its decisions about social policy (``social_items``, with ``where``), quoted in its item. *mentions*: the
    document's gender mentions (in the part judged: *scoped*, when the verdict covers only some sections).
    *themes*: the themes that reach women and men differently which the text names without them (``themes``,
    evidence with ``where``), one item after the gender-blindness."""
    if non_policy:
        # its wording ("een debiteur … zijn schuld" in a regulation about budget lines) is no change to ask for first
        kept = [f for f in findings if f.get("category") not in wording]
        after = actions(
            kept, missing, False, ui, wording, elsewhere, limit=limit - 1, households=households, themes=themes
        )
        return [_blind_item(ui, non_policy=True, kind=non_policy_kind, decisions=decisions), *after]
    claims, habits = _claims(findings, wording)
    top = SEVERITIES.index(claims[0][0]["severity"]) if claims else None
    first = [_finding_item(g, ui) for g in claims if SEVERITIES.index(g[0]["severity"]) == top]
    rest = [_finding_item(g, ui) for g in claims if SEVERITIES.index(g[0]["severity"]) != top]
    measures = [_measure_item(m, ui, elsewhere) for m in missing]
    blind = [_blind_item(ui, elsewhere=elsewhere, mentions=mentions, scoped=scoped)] if gender_blind else []
    if themes:
        blind.append(_themes_item(themes, ui))
    if elsewhere:
        ordered = [*first, *blind, *measures[:1], *rest, *measures[1:]]
    else:
        ordered = [*measures[:1], *first, *blind, *measures[1:], *rest]
    if habits:
        ordered.append(_finding_item(habits, ui))
    head = ordered[:limit]
    if households:  # where to ask for figures by sex: the indicators that count households now
        quotes = _quotes(households)
        # the gender-blindness item, else the genderdata measure's, of those in the list (or the one kept below)
        anchor = "#" + measure_anchor(GENDERDATA)
        target = next((i for i in ordered if i["kind"] == "blind"), None) or next(
            (i for i in measures if i["href"] == anchor), None
        )
        if target is not None:
            target["text"] = f"{target['text']} {ui['act_households'].format(quotes=quotes)}"
            if target not in head and target["kind"] == "measure" and head:
                # not among the first items: it takes the last place, so that the quotes are not lost
                head[-1] = target
    # the checklist stays in view: many assumptions of one severity never push it out
    shown = {i["href"] for i in head}
    wanted = min(MEASURES_KEPT, len(measures), limit)
    for m in measures:
        if sum(1 for i in head if i["kind"] == "measure") >= wanted:
            break
        if m["href"] in shown:
            continue
        last = max(j for j, i in enumerate(head) if i["kind"] != "measure")
        head[last] = m
        shown.add(m["href"])
    return head


def _quotes(items: list[dict] | tuple[dict, ...]) -> str:
    """Quoted evidence texts with their places, for a what-now item."""
    return "; ".join(f"“{h['text']}” ({h['where']})" if h.get("where") else f"“{h['text']}”" for h in items)


MEASURES_KEPT = 2
"""Missing measures the what-now list keeps at least, when that many are missing."""
