"""The Atria checklist: which measures the document has, lacks, or need not have."""

from __future__ import annotations

from ..lexicon.schema import Lexicon, Measure
from ..model import Evidence, MeasureCheck
from .evidence import MAX_EVIDENCE, evidence, in_excluded
from .matching import ParsedPassage, passages_with
from .stereotypes import rule_matches, trigger_keys


def measure_evidence(
    parsed: list[ParsedPassage], measure: Measure, exclude: dict[int, list[int]], negation_window: int
) -> list[Evidence]:
    """Sentences that commit to *measure*.

    A sentence counts when the measure's terms or near patterns match, no
    ``unless`` term occurs, no negation stands just before the match ("geen
    kinderopvang"), the sentence is not itself stereotyped, and, with
    ``requires_gender``, it refers to gender.
    """
    rule = measure.as_rule()
    keys = trigger_keys(rule)
    out = []
    for pp in passages_with(parsed, keys):
        skip = exclude.get(pp.passage.location.paragraph, [])
        for _, sent in pp.sentences_with(keys):
            if in_excluded(sent, skip) or pp.hits.any(f"unless:{rule.id}", sent):
                continue
            found = [
                m
                for m in rule_matches(pp.hits, rule, sent)
                if not pp.hits.negation_before(sent, m.start, negation_window)
                and not (m.head is not None and pp.hits.negation_before(sent, m.head, negation_window))
            ]
            gender = pp.hits.get("gender", sent)
            if not found or (measure.requires_gender and not gender):
                continue
            terms = sorted({pp.doc[m.start : m.end].text.lower() for m in found})
            loc = pp.passage.location
            out.append(evidence(sent.text.strip(), loc, terms))
    return out


def check_measures(
    parsed: list[ParsedPassage], lexicon: Lexicon, domain: str, exclude: dict[int, list[int]]
) -> list[MeasureCheck]:
    """A measure is not_applicable outside its domains, present with evidence, else missing."""
    checks = []
    for m in lexicon.measures:
        if domain not in m.domains:
            status, evidence = "not_applicable", []
        else:
            evidence = measure_evidence(parsed, m, exclude, lexicon.stance.negation_window)
            status = "present" if evidence else "missing"
        checks.append(MeasureCheck(m.id, m.name, status, tuple(evidence[:MAX_EVIDENCE]), m.recommendation, m.source))
    return checks
