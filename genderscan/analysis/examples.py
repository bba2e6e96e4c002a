"""Run the lexicon's own examples (``genderscan lexicon test``).

Rules: ``match`` sentences must give an assertion of the rule, ``no_match``
sentences must not (a critical mention is allowed). Questions and measures:
``match`` sentences must count as evidence, ``no_match`` sentences must not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.schema import Measure, Question
from ..model import Document, Location, Passage
from . import parse_document
from .evidence import stereotyped_sentences
from .matching import ParsedDocument
from .measures import measure_evidence
from .questions import question_evidence, section_keys
from .stereotypes import find_stereotypes

if TYPE_CHECKING:
    from ..api import Analyzer


@dataclass(frozen=True)
class ExampleFailure:
    rule_id: str
    file: str
    expected: str
    """``match`` or ``no_match``."""
    sentence: str
    found: tuple[str, ...]
    """What the rule produced in the sentence (stance: matched text)."""

    def describe(self) -> str:
        want = "should match" if self.expected == "match" else "should not match"
        got = "; ".join(self.found) or "no finding"
        return f"{self.file}: {self.rule_id} {want}: {self.sentence}  [{got}]"


def run_examples(analyzer: Analyzer, rule_ids: set[str] | None = None) -> tuple[int, list[ExampleFailure]]:
    """(number of examples run, failures) for the rules of *analyzer*'s lexicon."""
    rules = [r for r in analyzer.lexicon.rules if rule_ids is None or r.id in rule_ids]
    cases = [(r, "match", s) for r in rules for s in r.examples_match]
    cases += [(r, "no_match", s) for r in rules for s in r.examples_no_match]
    # every rule's own matches, the second opinion's rules among them, none set aside by it
    per_text = analyzer.findings_per_text([s for _, _, s in cases], merge=False, vetoes=False)
    failures = []
    for (rule, expected, sentence), findings in zip(cases, per_text, strict=True):
        own = [f for f in findings if f.rule_id == rule.id]
        asserted = any(f.stance == "assertion" for f in own)
        if asserted != (expected == "match"):
            found = tuple(f"{f.stance}: {f.matched_text}" for f in own)
            failures.append(ExampleFailure(rule.id, rule.file, expected, sentence, found))
    return len(cases), failures


def _parse_each(analyzer: Analyzer, texts: list[str]) -> ParsedDocument:
    """Each text as its own one-passage document, all through one nlp.pipe call."""
    passages = tuple(
        Passage(" ".join(t.split()), Location(file="<example>", paragraph=i)) for i, t in enumerate(texts, 1)
    )
    return parse_document(
        Document(path="<example>", format="txt", passages=passages, sha256=""),
        analyzer.nlp,
        analyzer.compiled,
        analyzer.syntax,
    )


def run_evidence_examples(analyzer: Analyzer) -> tuple[int, list[ExampleFailure]]:
    """Questions and measures: ``match`` sentences must count as evidence, ``no_match`` must not.

    Stereotyped sentences never count as evidence, exactly as in a report.
    """
    lex = analyzer.lexicon
    entries: list[Question | Measure] = [*lex.questions, *lex.measures]
    items = [
        (entry, expected, sentence)
        for entry in entries
        for expected, sentences in (("match", entry.examples_match), ("no_match", entry.examples_no_match))
        for sentence in sentences
    ]
    parsed = _parse_each(analyzer, [s for *_, s in items])
    failures = []
    for (entry, expected, sentence), pp in zip(items, parsed, strict=True):
        findings = find_stereotypes([pp], lex, second_opinion=False)
        exclude = stereotyped_sentences(findings)
        if isinstance(entry, Question):
            kind, file = "question", "questions.yml"
            found = question_evidence([pp], entry, exclude, findings, section_keys([pp]))
        else:
            kind, file = "measure", "measures.yml"
            found = [
                e for e in measure_evidence([pp], entry, exclude, lex.stance.negation_window) if e.kind == "commitment"
            ]
        if bool(found) != (expected == "match"):
            terms = tuple(t for e in found for t in e.terms)
            failures.append(ExampleFailure(f"{kind}:{entry.id}", file, expected, sentence, terms))
    return len(items), failures
