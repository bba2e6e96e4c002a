"""EIGE gender-analysis questions, answered from sentences in the document."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from ..lexicon.keys import STANCE_DEFINITION, question_key
from ..lexicon.schema import Lexicon, Question
from ..model import Evidence, Finding, QuestionAnswer
from .commitments import own_commitment
from .evidence import MAX_EVIDENCE, Excluded, collect, evidence
from .matching import ParsedPassage


def section_keys(parsed: list[ParsedPassage]) -> list[set[str]]:
    """For each passage, the Matcher keys that hit in the heading of its section."""
    out: list[set[str]] = []
    current: set[str] = set()
    for pp in parsed:
        if pp.passage.kind == "heading":
            current = pp.hits.keys()
            out.append(set())
        else:
            out.append(current)
    return out


# A sentence that says what a gender word means: "Gender verwijst naar …", "Gendersensitief betekent dat …",
# "Een genderspecifieke aanpak is gericht op …".
_DEFINES = re.compile(
    r"^\W*(?:(?:een|de|het)\s+)?\w*(?:gender|sekse|intersectional)\w*(?:\s+\w+)?\s+"
    r"(?:verwijst naar|betekent|houdt in|staat voor|is gericht op)\b",
    re.IGNORECASE,
)


# what may close a question after its mark: a list marker, a closing quote or bracket
_AFTER_MARK = " \t-–—*•\"'”’)]"


def _asking(sent: Span) -> bool:
    """The sentence asks ("…?", also before a list marker or closing quote): a question answers none (an expert
    read of answers to council questions found its EIGE evidence taken from the council's questions). Only the
    sentence: two hostile tests (57 inputs) found every rule for the council's part of a letter (its "Vraag 3"
    headings, the asker's introduction, until "Antwoord:") losing the college's answers in other layouts
    ("Reactie college:", "Het college antwoordt:", an evaluation's "Vraag 2" headings)."""
    return sent.text.rstrip(_AFTER_MARK).endswith("?")


def question_evidence(
    parsed: list[ParsedPassage],
    q: Question,
    exclude: Excluded,
    findings: list[Finding],
    context: list[set[str]] | None,
) -> list[Evidence]:
    """Sentences that answer *q*.

    A sentence needs a topic term (or stands in a section whose heading has
    one: "5. Monitoring") and, with ``requires_gender``, a gender reference
    of its own. With ``from_critical``, a sentence in which the document
    names a stereotype critically also answers the question: it discusses
    gender roles and norms (a generic masculine named critically is about wording, not roles).
    A definition (the stance ``definitions``: "wordt onder … verstaan") answers no question, nor
    does an enumeration of topics or a heading. With ``describes``, a sentence in which "we" or the municipality commit
    to something (:func:`~.commitments.own_commitment`) describes no situation.
    """
    found = collect(
        parsed,
        question_key(q.id),
        requires_gender=q.requires_gender,
        exclude=exclude,
        context=context,
        unless=STANCE_DEFINITION,
        no_enumerations=True,
        # a heading names a topic, and a sentence that says what a gender word means defines it: neither answers
        # ("HOE KUNNEN GENDERSTEREOTYPEN HUN UITWERKING HEBBEN", "Gender verwijst naar de sociale … rollen")
        leave_out=lambda pp, sent: (
            pp.passage.kind == "heading"
            or bool(_DEFINES.match(sent.text))
            or (q.describes and own_commitment(pp.hits, sent))
            or _asking(sent)
        ),
    )
    if q.from_critical:
        seen = {e.text for e in found}
        # a term critical only because it is being defined discusses no roles either
        defining = {pp.passage.location.paragraph for pp in parsed if STANCE_DEFINITION in pp.hit_keys}
        for f in findings:
            if f.location.paragraph in defining:
                continue
            if f.stance == "critical" and f.category != "generiek_mannelijk" and f.sentence not in seen:
                seen.add(f.sentence)
                loc = f.location
                found.append(evidence(f.sentence, loc, (f.matched_text.lower(),)))
    return found


def answer_questions(
    parsed: list[ParsedPassage],
    lexicon: Lexicon,
    exclude: Excluded,
    findings: Sequence[Finding] = (),
    undone: Mapping[str, frozenset[str]] | None = None,
) -> list[QuestionAnswer]:
    """``beantwoord`` with enough evidence, ``deels`` with some, else ``niet aangetroffen``. *undone*: per
    question id, sentences that answer nothing because they say the thing is not done, only intended or
    recommended (the figures by sex a measure check found missing: "Een uitsplitsing naar geslacht is in de
    monitor niet voorzien" answers no question about monitoring by sex)."""
    context = section_keys(parsed)
    answers = []
    for q in lexicon.questions:
        left_out = (undone or {}).get(q.id, frozenset())
        found = question_evidence(parsed, q, exclude, list(findings), context)
        evidence = [e for e in found if e.text not in left_out]
        if len(evidence) >= q.answered_at:
            status = "beantwoord"
        elif evidence:
            status = "deels"
        else:
            status = "niet aangetroffen"
        answers.append(QuestionAnswer(q.id, q.question, status, tuple(evidence[:MAX_EVIDENCE]), q.guidance))
    return answers
