"""The term syntax shared by every lexicon file, compiled to typed token steps.

A *term* is one or more words separated by spaces; each word is

* ``kostwinner``   – its lemma or its lower-cased form (inflections caught);
* ``kostwinner*``  – any word starting with it (``kostwinnerschap``);
* ``*beroep``      – any word ending in it, plural included (``vrouwenberoepen``);
* ``re:REGEX``     – a lower-cased word matching a Python regular expression;
* ``..``           – (between two words) up to three other words, for Dutch
  word order: ``willen .. niet`` matches "wil eigenlijk niet".

A multi-word term matches the words in sequence. Each term becomes one or
more sequences of :data:`Step` (see :func:`term_sequences`), one token per
step: a word by attribute, a regular expression, or a gap. The matcher
follows these steps; :func:`matcher_pattern` writes a sequence as a spaCy
Matcher pattern for the reference matcher that the tests compare it with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from ..lemmas import lemma_of

_PLURAL = r"(?:en|s|'s|e)?"


GAP = ".."
GAP_WORDS = 3


@dataclass(frozen=True, slots=True)
class Word:
    """A token whose attribute (lemma, lower-cased form or exact text) is *value*."""

    attr: Literal["LEMMA", "LOWER", "ORTH"]
    value: str


@dataclass(frozen=True, slots=True)
class Regex:
    """A token whose lower-cased form the regular expression finds (``re.search``)."""

    pattern: str


@dataclass(frozen=True, slots=True)
class Gap:
    """An optional token that is not punctuation (one of the words a ``..`` allows)."""


Step: TypeAlias = Word | Regex | Gap
Steps: TypeAlias = tuple[Step, ...]
"""One token sequence a term matches."""


def _word_steps(word: str, lemma_only: bool = False) -> list[Step]:
    """Alternative steps for one word of a term (any may match).

    With *lemma_only* a plain word matches on LEMMA only: right when lemmas
    come from :func:`lemma_of` itself (context-free), because a token whose
    lower form is the word then has the word's lemma, so the LOWER
    alternative adds nothing and the product of alternatives stays small.
    """
    if word.startswith("re:"):
        return [Regex(word[3:])]
    if len(word) > 1 and word.endswith("*") and not word.startswith("*"):
        return [Regex("^" + re.escape(word[:-1].lower()))]
    if len(word) > 1 and word.startswith("*") and not word.endswith("*"):
        return [Regex(re.escape(word[1:].lower()) + _PLURAL + "$")]
    low = word.lower()
    steps: list[Step] = [Word("LEMMA", lemma) for lemma in sorted({low, lemma_of(low)})]
    return steps if lemma_only else [*steps, Word("LOWER", low)]


def check_term(term: str) -> str | None:
    """Return an error message if *term* is malformed, else None."""
    if not isinstance(term, str) or not term.strip():
        return "a term must be a non-empty string"
    words = term.split()
    if GAP in (words[0], words[-1]):
        return f"term '{term}': '..' must stand between two words"
    for word in words:
        if word.startswith("re:"):
            try:
                re.compile(word[3:])
            except re.error as exc:
                return f"bad regular expression in term '{term}': {exc}"
        elif word in ("*", "**") or (word.startswith("*") and word.endswith("*")):
            return f"term '{term}': a wildcard needs a stem on one side"
    return None


def exact_sequences(term: str) -> list[Steps]:
    """Like :func:`term_sequences`, but plain words match their exact lower-cased form only.

    Used where the grammatical number matters (a singular antecedent).
    """
    steps: list[Step] = []
    for word in term.split():
        if word == GAP:
            steps.extend(Gap() for _ in range(GAP_WORDS))
            continue
        plain = not word.startswith("re:") and "*" not in word
        steps.append(Word("LOWER", word.lower()) if plain else _word_steps(word)[0])
    return [tuple(steps)]


def term_sequences(term: str, lemma_only: bool = False) -> list[Steps]:
    """All step sequences for *term* (cartesian product over its words' alternatives)."""
    sequences: list[Steps] = [()]
    for word in term.split():
        if word == GAP:
            sequences = [seq + (Gap(),) * GAP_WORDS for seq in sequences]
            continue
        sequences = [(*seq, step) for seq in sequences for step in _word_steps(word, lemma_only)]
    return sequences


def compound_sequences(prefixes: tuple[str, ...], heads: tuple[str, ...]) -> list[Steps]:
    """One token for Dutch compounds: prefix, optional hyphen, head, plural ending."""
    pre = "|".join(re.escape(p.lower()) for p in prefixes)
    head = "|".join(re.escape(h.lower()) for h in heads)
    return [(Regex(rf"^(?:{pre})-?(?:{head})(?:en|s|'s|e|n)?$"),)]


def matcher_pattern(steps: Steps) -> list[dict[str, Any]]:
    """*steps* as a spaCy Matcher token pattern (the same tokens match)."""
    out: list[dict[str, Any]] = []
    for step in steps:
        if isinstance(step, Word):
            out.append({step.attr: step.value})
        elif isinstance(step, Regex):
            out.append({"LOWER": {"REGEX": step.pattern}})
        else:
            out.append({"IS_PUNCT": False, "OP": "?"})
    return out
