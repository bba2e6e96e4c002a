"""What a reader needs to find a result in the document: its title, and a paragraph number that
counts from the section's heading instead of from the start of the document."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from ..model import Document, Evidence, Finding, Location, MeasureCheck, QuestionAnswer, Vetoed

Placed = TypeVar("Placed", Finding, Vetoed)

TITLE_MAX_WORDS = 30
"""A first heading longer than this is a paragraph set in bold, not a title."""


def document_title(document: Document) -> str | None:
    """The title in the file's metadata, else the first heading of the text, else None."""
    if document.title:
        return document.title
    for p in document.passages:
        if p.kind == "heading" and p.is_content and 0 < len(p.text.split()) <= TITLE_MAX_WORDS:
            return p.text
    return None


def section_paragraphs(document: Document) -> dict[int, int]:
    """Per passage (its ``paragraph``): its 1-based number within its section, headings, table of
    contents lines and running headers not counted. A heading itself gets 0."""
    out: dict[int, int] = {}
    for section in document.sections():
        n = 0
        for p in document.passages[section.start : section.end]:
            if p.kind == "heading" or not p.is_content:
                out[p.location.paragraph] = 0
                continue
            n += 1
            out[p.location.paragraph] = n
    return out


def _placed(loc: Location, numbers: dict[int, int]) -> Location:
    n = numbers.get(loc.paragraph)
    return replace(loc, section_paragraph=n) if n else loc


def place_findings(findings: list[Placed], numbers: dict[int, int]) -> list[Placed]:
    """Findings (or findings the second opinion set aside) with their paragraph numbered as in the report."""
    return [replace(f, location=_placed(f.location, numbers)) for f in findings]


def place_evidence(items: tuple[Evidence, ...] | list[Evidence], numbers: dict[int, int]) -> tuple[Evidence, ...]:
    return tuple(replace(e, location=_placed(e.location, numbers)) for e in items)


def place_measures(measures: list[MeasureCheck], numbers: dict[int, int]) -> list[MeasureCheck]:
    return [replace(m, evidence=place_evidence(m.evidence, numbers)) for m in measures]


def place_questions(questions: list[QuestionAnswer], numbers: dict[int, int]) -> list[QuestionAnswer]:
    return [replace(q, evidence=place_evidence(q.evidence, numbers)) for q in questions]
