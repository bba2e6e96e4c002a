"""EIGE gender-analysis questions, answered from sentences in the document."""

from __future__ import annotations

from ..lexicon.schema import Lexicon
from ..model import QuestionAnswer
from .evidence import MAX_EVIDENCE, collect
from .matching import ParsedPassage


def answer_questions(parsed: list[ParsedPassage], lexicon: Lexicon, exclude: dict[int, list[int]]) -> list[QuestionAnswer]:
    """``beantwoord`` with enough evidence, ``deels`` with some, else ``niet aangetroffen``."""
    answers = []
    for q in lexicon.questions:
        evidence = collect(parsed, f"question:{q.id}", requires_gender=q.requires_gender, exclude=exclude)
        if len(evidence) >= q.answered_at:
            status = "beantwoord"
        elif evidence:
            status = "deels"
        else:
            status = "niet aangetroffen"
        answers.append(QuestionAnswer(q.id, q.question, status, tuple(evidence[:MAX_EVIDENCE]), q.guidance))
    return answers
