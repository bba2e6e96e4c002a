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


# The council's part of answers to its questions: "Vraag 3", "Vragen 1 en 2", "Vraag 4 (fractie X)", and the
# asker's introduction; a bare "Vraag" or "Vragen" heading is the council's only in an answer letter.
_QUESTION_HEADING = re.compile(
    r"^\W*vra(?:ag|gen)(?:\s+\d+\w*(?:\s*(?:en|,|-|–|t/m)\s*\d+\w*)*)?(?:\s*\(.*\))?\W*$", re.IGNORECASE
)
_ASKER_HEADING = re.compile(r"^\W*(?:inleiding|toelichting)\s+(?:van\s+)?(?:de\s+)?vragensteller", re.IGNORECASE)
# where the college's answer starts inside a question's section ("Antwoord:", "Antwoord 3:")
_ANSWER = re.compile(r"^\W*antwoord\b", re.IGNORECASE)
# what a document says of itself when it answers the council's questions
_ANSWER_LETTER = re.compile(r"\b(?:vragensteller|schriftelijke vragen|raadsvragen|beantwoording)\b", re.IGNORECASE)
# what may close a question after its mark: a list marker, a closing quote or bracket
_AFTER_MARK = " \t-–—*•\"'”’)]"


def _asking(sent: Span) -> bool:
    """The sentence asks ("…?", also before a list marker or closing quote)."""
    return sent.text.rstrip(_AFTER_MARK).endswith("?")


def councils_part(parsed: list[ParsedPassage]) -> dict[int, int]:
    """Indices of the passages that give the council's questions in answers to them: under a heading that is a
    question ("Vraag 3") or the asker's introduction, until a paragraph that starts the answer ("Antwoord: …"),
    each with where its own answer starts (a question and "Antwoord: …" read as one paragraph), or its length.
    A bare "Vraag" or "Vragen" heading counts only in an answer letter (one that says "vragensteller",
    "schriftelijke vragen", … or has an "Antwoord" part): elsewhere it is the demand beside the supply, or a FAQ
    whose answers are the policy. (An expert read of answers to council questions found its EIGE evidence taken
    from the questions; a hostile test of the first version found answers written as "Antwoord: …" under the
    question's heading lost.)"""
    letter = any(
        _ANSWER_LETTER.search(pp.passage.text) or (pp.passage.kind == "heading" and _ANSWER.match(pp.passage.text))
        for pp in parsed[:400]
    )
    found: dict[int, int] = {}
    asking = False
    for i, pp in enumerate(parsed):
        text = pp.passage.text
        if pp.passage.kind in ("heading", "title"):
            asking = bool(_ASKER_HEADING.match(text)) or (
                bool(_QUESTION_HEADING.match(text)) and (letter or bool(re.search(r"\d", text)))
            )
        elif asking and _ANSWER.match(text):
            asking = False
        if asking:
            answer = _ANSWER_INSIDE.search(text)
            found[i] = answer.start(1) if answer else len(text)
            asking = answer is None
    return found


_ANSWER_INSIDE = re.compile(r"(?:^|(?<=[.?!:])\s+)(antwoord\b)", re.IGNORECASE)


def question_evidence(
    parsed: list[ParsedPassage],
    q: Question,
    exclude: Excluded,
    findings: list[Finding],
    context: list[set[str]] | None,
    council: dict[int, int] | None = None,
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
    # the council's questions: per passage id, where its own answer starts (:func:`councils_part`)
    council = {id(parsed[i]): at for i, at in councils_part(parsed).items()} if council is None else council
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
            or sent.start_char < council.get(id(pp), -1)
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
                if f.sentence.rstrip(_AFTER_MARK).endswith("?") or any(
                    _QUESTION_HEADING.match(h) or _ASKER_HEADING.match(h) for h in f.location.section_path or ()
                ):
                    continue  # the council asks it ("Deelt het college de opvatting dat …?")
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
    council = {id(parsed[i]): at for i, at in councils_part(parsed).items()}
    answers = []
    for q in lexicon.questions:
        left_out = (undone or {}).get(q.id, frozenset())
        found = question_evidence(parsed, q, exclude, list(findings), context, council)
        evidence = [e for e in found if e.text not in left_out]
        if len(evidence) >= q.answered_at:
            status = "beantwoord"
        elif evidence:
            status = "deels"
        else:
            status = "niet aangetroffen"
        answers.append(QuestionAnswer(q.id, q.question, status, tuple(evidence[:MAX_EVIDENCE]), q.guidance))
    return answers
