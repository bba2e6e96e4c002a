"""The term syntax shared by every lexicon file, compiled to spaCy patterns.

A *term* is one or more words separated by spaces; each word is

* ``kostwinner``   – its lemma or its lower-cased form (inflections caught);
* ``kostwinner*``  – any word starting with it (``kostwinnerschap``);
* ``*beroep``      – any word ending in it, plural included (``vrouwenberoepen``);
* ``re:REGEX``     – a lower-cased word matching a Python regular expression;
* ``..``           – (between two words) up to three other words, for Dutch
  word order: ``willen .. niet`` matches "wil eigenlijk niet".

A multi-word term matches the words in sequence. Each term becomes one or
two spaCy Matcher token patterns; see :func:`term_patterns`.
"""

from __future__ import annotations

import re

from ..lemmas import lemma_of

_PLURAL = r"(?:en|s|'s|e)?"


GAP = ".."
GAP_WORDS = 3
_GAP_SPEC = {"IS_PUNCT": False, "OP": "?"}


def _word_specs(word: str, lemma_only: bool = False) -> list[dict]:
    """Alternative token specs for one word of a term (any may match).

    With *lemma_only* a plain word matches on LEMMA only: right when lemmas
    come from :func:`lemma_of` itself (context-free), because a token whose
    lower form is the word then has the word's lemma, so the LOWER
    alternative adds nothing and the product of alternatives stays small.
    """
    if word.startswith("re:"):
        return [{"LOWER": {"REGEX": word[3:]}}]
    if len(word) > 1 and word.endswith("*") and not word.startswith("*"):
        return [{"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}}]
    if len(word) > 1 and word.startswith("*") and not word.endswith("*"):
        stem = re.escape(word[1:].lower())
        return [{"LOWER": {"REGEX": stem + _PLURAL + "$"}}]
    low = word.lower()
    # Plain attribute values, not {"IN": [...]}: spaCy evaluates IN and REGEX
    # as "extra predicates" for every token and every pattern start, which
    # made matching a 137-page budget take 23 s; exact values are hashed.
    specs = [{"LEMMA": lemma} for lemma in sorted({low, lemma_of(low)})]
    return specs if lemma_only else specs + [{"LOWER": low}]


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


def exact_patterns(term: str) -> list[list[dict]]:
    """Like :func:`term_patterns`, but plain words match their exact lower-cased form only.

    Used where the grammatical number matters (a singular antecedent).
    """
    specs: list[dict] = []
    for word in term.split():
        if word == GAP:
            specs.extend(dict(_GAP_SPEC) for _ in range(GAP_WORDS))
            continue
        plain = not word.startswith("re:") and "*" not in word
        specs.append({"LOWER": word.lower()} if plain else _word_specs(word)[0])
    return [specs]


def term_patterns(term: str, lemma_only: bool = False) -> list[list[dict]]:
    """All token-pattern sequences for *term* (cartesian product over words)."""
    sequences: list[list[dict]] = [[]]
    for word in term.split():
        if word == GAP:
            sequences = [seq + [dict(_GAP_SPEC) for _ in range(GAP_WORDS)] for seq in sequences]
            continue
        sequences = [seq + [spec] for seq in sequences for spec in _word_specs(word, lemma_only)]
    return sequences
