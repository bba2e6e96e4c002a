"""The Atria checklist: which measures the document has, lacks, or need not have."""

from __future__ import annotations

from ..lexicon.schema import Lexicon
from ..model import MeasureCheck
from .evidence import MAX_EVIDENCE, collect
from .matching import ParsedPassage


def check_measures(parsed: list[ParsedPassage], lexicon: Lexicon, domain: str, exclude: dict[int, list[int]]) -> list[MeasureCheck]:
    """A measure is not_applicable outside its domains, present with evidence, else missing."""
    checks = []
    window = lexicon.stance.negation_window
    for m in lexicon.measures:
        if domain not in m.domains:
            status, evidence = "not_applicable", []
        else:
            evidence = collect(parsed, f"measure:{m.id}", requires_gender=m.requires_gender, exclude=exclude, negation_window=window)
            status = "present" if evidence else "missing"
        checks.append(MeasureCheck(m.id, m.name, status, tuple(evidence[:MAX_EVIDENCE]), m.recommendation, m.source))
    return checks
