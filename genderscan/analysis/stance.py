"""Stance of a match: does the document rely on the stereotype, reject it, or quote it?

* ``quoted``: most of the match lies inside quotation marks (a quote, a cited
  title or a scare-quoted term), or in a title after a cue such as ``getiteld``;
* ``critical``: the sentence carries a rejection or framing cue
  (``niet langer uitgaan van``, ``het beeld dat``, ``doorbreken`` …), a
  positive-action cue (a measure that counters the stereotype: ``gratis
  kinderopvang``, ``actief werven``), or a negation stands just before the
  match; not before a match that is a pronoun (``het niet verrichten van
  zijn arbeid``, ``dat hij niet …``): that negation belongs to the clause,
  and the pronoun is as generic as without it;
* ``assertion``: otherwise.

The cues are data, in ``lexicons/nl/stance.yml``.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from ..lexicon.keys import STANCE_CRITICAL, STANCE_POSITIVE
from ..lexicon.schema import StanceCues
from .coref import PRONOUNS
from .matching import Hits

# Straight single quotes double as apostrophes (auto's, 's avonds): a quote
# opens after a non-letter and closes before one, within one short stretch.
_SINGLE_QUOTED = re.compile(r"(?<!\w)'(?=\w)[^'\n]{1,120}?(?<=[\w.!?])'(?!\w)")


def title_ranges(text: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Cited titles: after a cue (``getiteld``, ``het rapport``), a capitalised stretch up to , . ; : ( or line end."""
    if not cues:
        return []
    return [m.span(1) for m in _title_pattern(cues).finditer(text)]


@functools.lru_cache(maxsize=16)
def _title_pattern(cues: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{alternatives}))\s*:?\s+(?=[A-ZÀ-Ý])([^,.;:()\n]{{3,150}})")


def quote_ranges(
    text: str, pairs: tuple[tuple[str, str], ...], title_cues: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Character ranges enclosed by a balanced pair of quotation marks, or cited as a title."""
    ranges = [m.span() for m in _SINGLE_QUOTED.finditer(text)] + title_ranges(text, title_cues)
    for opening, closing in pairs:
        pos = 0
        while True:
            start = text.find(opening, pos)
            if start < 0:
                break
            end = text.find(closing, start + 1)
            if end < 0:
                break
            ranges.append((start, end + 1))
            pos = end + 1
    return ranges


def _mostly_quoted(doc, start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation holding more than half of the match's words ("vrouwen 'te ver van de arbeidsmarkt'")."""
    if not quotes:
        return None
    words = [t for t in doc[start:end] if not t.is_punct]
    for q0, q1 in quotes:
        inside = sum(1 for t in words if q0 <= t.idx and t.idx + len(t) <= q1)
        if words and inside * 2 > len(words):
            return q0, q1
    return None


def classify(
    sent: Span,
    start: int,
    end: int,
    hits: Hits,
    quotes: list[tuple[int, int]],
    cues: StanceCues,
    *,
    head: int | None = None,
    negatable: bool = True,
) -> tuple[str, str | None]:
    """Return (stance, cue text) for the token span [start, end) in *sent*.

    A negation counts before the match, or before *head* (the stereotype
    term of a near pattern) when given; not at all when the rule is not
    *negatable* (its own pattern contains the negation: "geen onderscheid").
    """
    doc = sent.doc
    quote = _mostly_quoted(doc, start, end, quotes)
    if quote is None and head is not None:
        quote = _mostly_quoted(doc, head, head + 1, quotes)
    if quote is not None:
        return "quoted", doc.text[quote[0] : quote[1]]
    critical = hits.get(STANCE_CRITICAL, sent) or hits.get(STANCE_POSITIVE, sent)
    if critical:
        s, e = critical[0]
        return "critical", doc[s:e].text
    pronoun = end - start == 1 and doc[start].lower_ in PRONOUNS
    negation = negatable and (
        (not pronoun and hits.negation_before(sent, start, cues.negation_window))
        or (head is not None and hits.negation_before(sent, head, cues.negation_window))
    )
    if negation:
        return "critical", doc[negation[0] : negation[1]].text
    return "assertion", None
