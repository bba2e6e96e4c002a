"""Stance of a match: does the document rely on the stereotype, reject it, or quote it?

* ``quoted``: the match lies inside quotation marks (a quote, a cited title
  or a scare-quoted term);
* ``critical``: the sentence carries a rejection or framing cue
  (``niet langer uitgaan van``, ``het beeld dat``, ``doorbreken`` …), or a
  negation stands just before the match;
* ``assertion``: otherwise.

The cues are data, in ``lexicons/nl/stance.yml``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..lexicon.schema import StanceCues
from .matching import Hits


# Straight single quotes double as apostrophes (auto's, 's avonds): a quote
# opens after a non-letter and closes before one, within one short stretch.
_SINGLE_QUOTED = re.compile(r"(?<!\w)'(?=\w)[^'\n]{1,120}?(?<=[\w.!?])'(?!\w)")


def quote_ranges(text: str, pairs: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """Character ranges enclosed by a balanced pair of quotation marks."""
    ranges = [m.span() for m in _SINGLE_QUOTED.finditer(text)]
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


def classify(sent: Span, start: int, end: int, hits: Hits, quotes: list[tuple[int, int]], cues: StanceCues) -> tuple[str, str | None]:
    """Return (stance, cue text) for the token span [start, end) in *sent*."""
    doc = sent.doc
    c0, c1 = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    for q0, q1 in quotes:
        if q0 <= c0 and c1 <= q1:
            return "quoted", doc.text[q0:q1]
    critical = hits.get("stance:critical", sent)
    if critical:
        s, e = critical[0]
        return "critical", doc[s:e].text
    negation = hits.negation_before(sent, start, cues.negation_window)
    if negation:
        return "critical", doc[negation[0]:negation[1]].text
    return "assertion", None
