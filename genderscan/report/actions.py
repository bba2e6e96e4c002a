"""The "what now" list at the top of a report: the few changes that matter most, each linking to
its finding card or missing measure. Derived from the report data alone, in a fixed order:

1. the first missing measure of the lexicon's checklist (childcare leads the shipped one);
2. the assumptions of the highest severity found, one item per rule (a claim made in several
   sentences is one change), in document order;
3. the policy is gender-blind (when it is);
4. the other missing measures, in checklist order;
5. the remaining assumptions, by severity;
6. generic masculine wording, all its sentences as one item,

cut at MAX_ACTIONS. Two or more missing measures keep at least two places, so that many
assumptions of one severity never push the checklist out of view.

When the document says another organisation makes or carries out its social policy (a budget whose
participation policy a neighbouring municipality makes), the measures are that organisation's to
take up: each says so, and the first comes after the assumptions of the highest severity and the
gender-blindness, the others last but for the wording.
"""

from __future__ import annotations

from ..model import SEVERITIES

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


def _measure_item(m: dict, ui: dict, delegated: bool = False) -> dict:
    return {
        "kind": "measure",
        "href": "#" + measure_anchor(m["id"]),
        "name": m["name"],
        "head": ui["act_missing_delegated" if delegated else "act_missing"].format(name=m["name"]),
        "text": m["recommendation"],
        "where": None,
        "severity": None,
        "severity_text": None,
        "count": 1,
    }


def _blind_item(ui: dict, non_policy: bool = False) -> dict:
    return {
        "kind": "non_policy" if non_policy else "blind",
        "href": "#domein",
        "head": ui["key_non_policy" if non_policy else "key_blind"],
        "text": ui["act_non_policy" if non_policy else "act_blind"],
        "where": None,
        "severity": None,
        "severity_text": None,
        "count": 1,
    }


def actions(
    findings: list[dict],
    missing: list[dict],
    gender_blind: bool,
    ui: dict,
    wording: frozenset[str] = frozenset(),
    delegated: bool = False,
    *,
    non_policy: bool = False,
) -> list[dict]:
    """The what-now items of a report: *findings* as the view shows them (with ``index``, ``where``),
    *missing* the missing measures in checklist order. Findings of the *wording* categories make one
    item, after the missing measures. *delegated*: the document says another organisation makes or
    carries out its social policy; a missing measure is then that organisation's to take up, says so,
    and does not lead the list. *non_policy*: the document is no policy text (a record of decisions): that
    comes first, instead of gender-blindness, which says nothing there."""
    if non_policy:
        after = actions(findings, missing, False, ui, wording, delegated)
        return [_blind_item(ui, non_policy=True), *after][:MAX_ACTIONS]
    claims, habits = _claims(findings, wording)
    top = SEVERITIES.index(claims[0][0]["severity"]) if claims else None
    first = [g for g in claims if SEVERITIES.index(g[0]["severity"]) == top]
    rest = [g for g in claims if SEVERITIES.index(g[0]["severity"]) != top]
    ordered: list[dict] = []
    if delegated:
        missing_items = [_measure_item(m, ui, delegated=True) for m in missing]
        ordered = [*(_finding_item(g, ui) for g in first)]
        if gender_blind:
            ordered.append(_blind_item(ui))
        ordered += missing_items[:1] + [_finding_item(g, ui) for g in rest] + missing_items[1:]
        if habits:
            ordered.append(_finding_item(habits, ui))
        return ordered[:MAX_ACTIONS]
    if missing:
        ordered.append(_measure_item(missing[0], ui))
    ordered += [_finding_item(g, ui) for g in first]
    if gender_blind:
        ordered.append(_blind_item(ui))
    ordered += [_measure_item(m, ui) for m in missing[1:]]
    ordered += [_finding_item(g, ui) for g in rest]
    if habits:
        ordered.append(_finding_item(habits, ui))
    head = ordered[:MAX_ACTIONS]
    if len(missing) > 1 and not any(i["kind"] == "measure" for i in head[1:]):
        head[-1] = _measure_item(missing[1], ui)
    return head
