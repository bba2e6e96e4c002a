"""The Atria checklist: which measures the document has, lacks, or need not have."""

from __future__ import annotations

from ..lexicon.schema import Lexicon
from ..model import MeasureCheck
from .evidence import MAX_EVIDENCE
from .matching import ParsedPassage
from .rules import measure_evidence

__all__ = ["check_measures", "measure_evidence"]


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
