"""Gender-blindness: how often the document refers to women, men or gender at all."""

from __future__ import annotations

from collections import Counter

from ..lexicon.schema import Lexicon
from ..model import MentionStats
from .matching import ParsedPassage


def count_mentions(parsed: list[ParsedPassage], lexicon: Lexicon) -> MentionStats:
    words = sum(1 for pp in parsed for t in pp.doc if t.is_alpha)
    terms: Counter[str] = Counter()
    for pp in parsed:
        for s, e in pp.hits.get("gender"):
            terms[" ".join(t.lemma_ or t.lower_ for t in pp.doc[s:e])] += 1
    total = sum(terms.values())
    rate = round(1000 * total / words, 2) if words else 0.0
    return MentionStats(
        words=words, gender_mentions=total, per_1000_words=rate,
        threshold=lexicon.gender_blind_threshold, terms=dict(sorted(terms.items())),
    )
