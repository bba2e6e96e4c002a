"""Turn the JSON form of a report into the sections the Markdown and HTML templates show."""

from __future__ import annotations

from typing import Any

from ..model import SEVERITIES

ATRIA_QUESTIONS = {
    1: "Is er sprake van onderliggende genderstereotiepe aannames in de stukken?",
    2: "Zijn er maatregelen en processen die tot genderstereotiepe uitvoering (kunnen) leiden?",
    3: "Hoe kunnen deze leiden tot ongewenste of onvoorziene effecten?",
}
SEVERITY_NL = {"high": "hoog", "medium": "middel", "low": "laag"}
STANCE_NL = {"assertion": "aanname", "critical": "kritisch benoemd", "quoted": "geciteerd"}
MEASURE_NL = {"present": "aanwezig", "missing": "ontbreekt", "not_applicable": "niet van toepassing"}
DOMAIN_NL = {"participatie": "participatie en re-integratie", "inburgering": "inburgering", "armoede": "armoede en schulden", "other": "overig beleid"}
TOP_POINTS = 3


def location_label(loc: dict) -> str:
    if loc.get("page") is not None:
        label = loc.get("page_label")
        printed = f" (blz. {label})" if label and label != str(loc["page"]) else ""
        return f"p. {loc['page']}{printed}, alinea {loc['paragraph']}"
    return f"alinea {loc['paragraph']}"


def _finding_view(f: dict) -> dict:
    start, end = f["sentence_span"]
    s = f["sentence"]
    return {**f, "where": location_label(f["location"]), "before": s[:start], "match": s[start:end],
            "after": s[end:], "severity_nl": SEVERITY_NL[f["severity"]], "stance_nl": STANCE_NL[f["stance"]]}


def _grouped(findings: list[dict], categories: list[dict], question: str) -> list[dict]:
    """Findings of one Atria question (the rule's, else its category's), grouped by category."""
    groups = []
    for cat in categories:
        items = [f for f in findings if f["category"] == cat["id"] and f.get("atria_question", cat["atria_question"]) == question]
        for f in items:
            f["effect"] = f.get("unintended_effect") or cat["unintended_effect"]
        if items:
            groups.append({**cat, "findings": items})
    return groups


# What a gender-neutral policy risks, in Atria's sense (report text, our words).
GENDER_BLIND_RISK = (
    "Het document verwijst nauwelijks naar vrouwen, mannen of gender. In de zin van Atria is het beleid "
    "daarmee genderneutraal: het lijkt voor iedereen gelijk, maar houdt geen rekening met verschillen in "
    "zorgtaken, inkomen, tijd, veiligheid en mobiliteit. Het risico is dat wat vooral vrouwen (of juist "
    "mannen) raakt, niet wordt gezien, niet wordt gemeten en dus niet wordt aangepakt, en dat de uitvoering "
    "ongemerkt de gewoonten van wie het beleid uitvoert volgt."
)
PART_NL = {"analyse": "probleemanalyse", "maatregelen": "maatregelen"}


def _mentions_view(data: dict) -> dict:
    m = data["mentions"]
    parts = [{"name": PART_NL[k], **v} for k, v in (m.get("parts") or {}).items()]
    top = sorted(m["terms"].items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    note = None
    if len(parts) == 2 and parts[0]["per_1000_words"] >= m["threshold"] > parts[1]["per_1000_words"]:
        note = ("In de probleemanalyse komen vrouwen en mannen nog voor, in de maatregelen nauwelijks: "
                "het beleid benoemt verschillen, maar vertaalt ze niet naar de aanpak.")
    return {"parts": parts, "top_terms": top, "note": note, "risk": GENDER_BLIND_RISK if data["gender_blind"] else None}


def _key_points(data: dict, assertions: list[dict], missing: list[dict]) -> list[str]:
    points = []
    ranked = sorted(assertions, key=lambda f: (-SEVERITIES.index(f["severity"]), f["location"]["paragraph"]))
    for f in ranked:
        if len(points) >= TOP_POINTS - (1 if missing else 0):
            break
        text = f"{f['message']} ({f['where']})"
        if text not in points:
            points.append(text)
    if missing:
        points.append("Ontbrekende maatregelen: " + ", ".join(m["name"].lower() for m in missing) + ".")
    if data["gender_blind"] and len(points) < TOP_POINTS + 1:
        points.insert(0, "Het beleid is genderneutraal geformuleerd: het noemt vrouwen, mannen of gender nauwelijks.")
    return points[: TOP_POINTS]


def build_view(data: dict) -> dict[str, Any]:
    findings = [_finding_view(f) for f in data["findings"]]
    assertions = [f for f in findings if f["stance"] == "assertion"]
    others = [f for f in findings if f["stance"] != "assertion"]
    missing = [m for m in data["measures"] if m["status"] == "missing"]
    present = [m for m in data["measures"] if m["status"] == "present"]
    cats = data["categories"]
    effects = [c for c in cats if c["assertions"]]
    evidence_where = lambda items: [{**e, "where": location_label(e["location"])} for e in items]
    return {
        "data": data,
        "doc": data["document"],
        "title": data["document"]["path"].replace("\\", "/").rsplit("/", 1)[-1],
        "atria": ATRIA_QUESTIONS,
        "domain_nl": DOMAIN_NL[data["domain"]],
        "figures": {
            "assertions": len(assertions),
            "by_severity": {SEVERITY_NL[s]: sum(1 for f in assertions if f["severity"] == s) for s in reversed(SEVERITIES)},
            "categories": sum(1 for c in cats if c["assertions"]),
            "others": len(others),
            "missing": len(missing),
            "present": len(present),
            "answered": sum(1 for q in data["questions"] if q["status"] == "beantwoord"),
            "questions": len(data["questions"]),
        },
        "key_points": _key_points(data, assertions, missing),
        "q1": _grouped(assertions, cats, "aanname"),
        "q2": _grouped(assertions, cats, "uitvoering"),
        "effects": effects,
        "others": others,
        "missing": missing,
        "present": [{**m, "evidence": evidence_where(m["evidence"])} for m in present],
        "not_applicable": [m for m in data["measures"] if m["status"] == "not_applicable"],
        "questions": [{**q, "evidence": evidence_where(q["evidence"])} for q in data["questions"]],
        "measure_nl": MEASURE_NL,
        "mentions": _mentions_view(data),
        "domain_terms": data["domain_detail"].get("terms", []),
    }
