"""Which policy domain a document belongs to, from the frequency of domain terms."""

from __future__ import annotations

from collections import Counter

from ..lexicon.keys import domain_key
from ..lexicon.schema import Lexicon
from ..model import DomainGuess
from .matching import ParsedPassage

# A domain needs at least this many term hits per 1,000 words to be chosen,
# from at least MIN_TERMS different terms; each term counts at most
# MAX_PER_TERM times, so one repeated word (a budget line, a regulation's
# name) cannot decide the domain of a document about something else.
MIN_RATE = 2.0
MIN_TERMS = 3
MAX_PER_TERM = 5
TOP_TERMS = 5


def other_confidence(rate: float, distinct: int) -> float:
    """Confidence in "other", in [0, 1]: it falls as the best domain comes closer to both bars
    (its rate of term hits and its number of different terms); 0 when it clears both."""
    closeness = min(1.0, rate / MIN_RATE) * min(1.0, distinct / MIN_TERMS)
    return round(1.0 - closeness, 2)


def detect_domain(parsed: list[ParsedPassage], lexicon: Lexicon, words: int) -> DomainGuess:
    counts: dict[str, Counter[str]] = {d: Counter() for d in lexicon.domains}
    for pp in parsed:
        for domain in lexicon.domains:
            for s, e in pp.hits.get(domain_key(domain)):
                counts[domain][pp.doc[s:e].text.lower()] += 1
    totals = {d: sum(min(n, MAX_PER_TERM) for n in c.values()) for d, c in counts.items()}
    all_hits = sum(totals.values())
    best = max(sorted(totals), key=lambda d: totals[d]) if totals else "other"
    rate = 1000 * totals.get(best, 0) / words if words else 0.0
    distinct = sum(1 for n in counts.get(best, Counter()).values() if n)
    if rate < MIN_RATE or distinct < MIN_TERMS:
        return DomainGuess("other", other_confidence(rate, distinct), ())
    top = tuple(t for t, _ in sorted(counts[best].items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS])
    return DomainGuess(best, round(totals[best] / all_hits, 2), top)
