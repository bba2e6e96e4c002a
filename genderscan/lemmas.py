"""simplemma's Dutch lemmas, cached; without spaCy, so the lexicon loads without it."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """simplemma's Dutch lemma of a lower-cased word (cached)."""
    import simplemma

    if not _WORD.search(word):
        return word
    return simplemma.lemmatize(word, lang="nl").lower()
