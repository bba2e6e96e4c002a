"""The term syntax shared by every lexicon file, compiled to typed token steps.

A *term* is one or more words separated by spaces; each word is

* ``kostwinner``   – its lemma or its lower-cased form (inflections caught);
* ``kostwinner*``  – any word starting with it (``kostwinnerschap``);
* ``*beroep``      – any word ending in it, plural included (``vrouwenberoepen``);
* ``re:REGEX``     – a lower-cased word matching a Python regular expression
  (one that could backtrack without bound, such as ``^(a+)+$``, is refused:
  :mod:`~genderscan.lexicon.regexcheck`; a word over :data:`REGEX_MAX_WORD`
  characters matches none);
* ``..``           – (between two words) up to three other words, for Dutch
  word order: ``willen .. niet`` matches "wil eigenlijk niet".

A word may carry a *constraint* in curly braces, straight after it and
without spaces: what the parse of its sentence must say about that word.
Parts are separated by commas and must all hold; ``|`` separates values of
which one must hold:

* ``zorgen{VERB}``, ``zijn{PRON|DET}`` – the part of speech (UPOS, capitals);
* ``zijn{Poss=Yes}``, ``vrouwen{Number=Plur}`` – a morphological feature (UD);
* ``kinderopvang{dep=obj}`` – the relation to its head (UD); ``dep=nsubj``
  also takes its subtypes (``nsubj:pass``), ``dep=nsubj:pass`` only that one;
* ``kinderopvang{head=vergoeden|regelen}`` – the lemma (or the word itself)
  of its head; the root of a sentence has no head;
* ``kinderopvang{NOUN,dep=obj,head=vergoeden}`` – all of these.

The words are matched as without the braces; a match is then kept only
when its sentence's parse (:mod:`genderscan.syntax`) meets every constraint.
The parse is made when an analyser first asks for the match
(:class:`genderscan.analysis.matching.CheckedHits`), so only sentences where
such a term matched, and a rule looks, are parsed. Without a
syntax model (``--model blank``) a constraint cannot be checked, and the
term matches as if it had none. In a YAML flow list (``[a, b]``) a term with
braces or commas must be quoted: ``["zijn{PRON}", "kinderopvang{NOUN,dep=obj}"]``.

A multi-word term matches the words in sequence. Each term becomes one or
more sequences of :data:`Step` (see :func:`term_sequences`), one token per
step: a word by attribute, a regular expression, or a gap. The matcher
follows these steps; :func:`matcher_pattern` writes a sequence as a spaCy
Matcher pattern for the reference matcher that the tests compare it with.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from ..lemmas import lemma_of
from .regexcheck import check_regex

_PLURAL = r"(?:en|s|'s|e)?"


GAP = ".."
GAP_WORDS = 3
REGEX_MAX_WORD = 100
"""A word longer than this (a run of characters without spaces, no Dutch word) matches no regular expression:
:mod:`~genderscan.lexicon.regexcheck` bounds a regex's time by a power of the word's length, this bounds the length."""


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

UPOS = frozenset("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split())
"""The universal part-of-speech tags (Universal Dependencies v2)."""
UD_RELATIONS = frozenset(
    "acl advcl advmod amod appos aux case cc ccomp clf compound conj cop csubj dep det discourse "
    "dislocated expl fixed flat goeswith iobj list mark nmod nsubj nummod obj obl orphan parataxis "
    "punct reparandum root vocative xcomp".split()
)
"""The universal dependency relations (UD v2) without subtypes; ``dep=`` takes these, with or without a subtype."""
UD_FEATURES = frozenset(
    "Abbr Animacy Aspect Case Clusivity Definite Degree Deixis DeixisRef Evident ExtPos Foreign Gender Mood "
    "NounClass NumType Number Person Polarity Polite Poss PronType Reflex Tense Typo VerbForm Voice".split()
)
"""The universal morphological features (UD v2); a ``Name=Value`` part names one of them."""

# a constraint is the {…} at the end of a word; it starts with a letter, so that a regular
# expression's own braces (re:^a{2,3}) are never one
_CONSTRAINT = re.compile(r"(?P<word>.+?)\{(?P<spec>[A-Za-z][^{}]*)\}")
_FEATURE_NAME = re.compile(r"[A-Z][A-Za-z0-9]*(?:\[[a-z0-9]+\])?")
_FEATURE_VALUE = re.compile(r"[A-Z0-9][A-Za-z0-9]*")
_SUBTYPE = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Constraint:
    """What the parse of its sentence must say about one word of a term (every non-empty part)."""

    pos: frozenset[str] = frozenset()
    """UPOS tags, one of which the word must have."""
    feats: tuple[tuple[str, frozenset[str]], ...] = ()
    """(feature, values): per feature, the word must have one of the values."""
    deps: frozenset[str] = frozenset()
    """Relations to the head (lower case); a relation without subtype also takes its subtypes."""
    heads: frozenset[str] = frozenset()
    """Lemmas or lower-cased forms of which the word's head must have one."""


def split_word(word: str) -> tuple[str, str | None]:
    """A term's word without its constraint, and the constraint's text (None: it has none)."""
    m = _CONSTRAINT.fullmatch(word)
    return (m["word"], m["spec"]) if m else (word, None)


def parse_constraint(spec: str) -> Constraint:
    """The text inside ``{…}`` as a :class:`Constraint`; ValueError says what is wrong."""
    pos: frozenset[str] = frozenset()
    feats: dict[str, frozenset[str]] = {}
    deps: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    seen: set[str] = set()
    for part in spec.split(","):
        key, sep, value = part.partition("=")
        if not part or (sep and not value):
            raise ValueError("a part of the constraint is empty")
        values = value.split("|") if sep else key.split("|")
        if "" in values:
            raise ValueError(f"'{part}' has an empty alternative")
        kind = key if sep else "UPOS"
        if kind in seen:
            raise ValueError(
                f"{'the part of speech' if kind == 'UPOS' else repr(kind)} is given twice; use | for alternatives"
            )
        seen.add(kind)
        if not sep:
            bad = [v for v in values if v not in UPOS]
            if bad:
                raise ValueError(
                    f"unknown part of speech '{bad[0]}' (UPOS in capitals: {', '.join(sorted(UPOS))}; "
                    "a feature is Name=Value, a relation dep=…, a head head=…)"
                )
            pos = frozenset(values)
        elif key == "dep":
            for v in values:
                base, colon, sub = v.partition(":")
                if base not in UD_RELATIONS or (colon and not _SUBTYPE.fullmatch(sub)):
                    raise ValueError(f"unknown relation 'dep={v}' (UD relations: {', '.join(sorted(UD_RELATIONS))})")
            deps = frozenset(values)
        elif key == "head":
            heads = frozenset(form for v in values for form in (v.lower(), lemma_of(v.lower())))
        elif _FEATURE_NAME.fullmatch(key):
            if key.split("[")[0] not in UD_FEATURES:
                raise ValueError(f"unknown feature '{key}' (UD features: {', '.join(sorted(UD_FEATURES))})")
            bad = [v for v in values if not _FEATURE_VALUE.fullmatch(v)]
            if bad:
                raise ValueError(f"feature value '{bad[0]}' of {key} must start with a capital or a digit ({key}=Yes)")
            feats[key] = frozenset(values)
        else:
            raise ValueError(f"unknown key '{key}' (expected a feature such as Poss=Yes, dep=… or head=…)")
    return Constraint(pos, tuple(sorted(feats.items())), deps, heads)


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
    if low in FORM_ONLY:
        return [Word("LEMMA", low), Word("LOWER", low)]
    steps: list[Step] = [Word("LEMMA", lemma) for lemma in sorted({low, lemma_of(low)})]
    return steps if lemma_only else [*steps, Word("LOWER", low)]


# Words a term means as written, which simplemma lemmatises to a word of another sense: "langer" (in "niet langer",
# a practice ended) to "lang" ("houdt het niet lang vol"), "vroeger" (a past practice) to "vroeg" (asked, early). Not
# every comparative: a rule's "sneller", "zachter" or "lichter" is meant to take the bare adjective too (a hostile
# review, fifty-third session).
FORM_ONLY = frozenset({"langer", "vroeger"})


def check_term(term: str) -> str | None:
    """Return an error message if *term* is malformed, else None."""
    if not isinstance(term, str) or not term.strip():
        return "a term must be a non-empty string"
    words = term.split()
    if GAP in (words[0], words[-1]):
        return f"term '{term}': '..' must stand between two words"
    for given in words:
        word, spec = split_word(given)
        if spec is not None:
            if word == GAP:
                return f"term '{term}': '..' cannot have a constraint"
            try:
                parse_constraint(spec)
            except ValueError as exc:
                return f"bad constraint in term '{term}': {exc}"
        if not word.startswith("re:") and ("{" in word or "}" in word):
            return (
                f"term '{term}': a constraint is written straight after its word, without spaces, "
                "as word{A,B=C} (e.g. zijn{PRON,Poss=Yes})"
            )
        if word.startswith("re:"):
            problem = _regex_problem(word[3:])
            if problem:
                return problem.format(term=term)
        elif word in ("*", "**") or (word.startswith("*") and word.endswith("*")):
            return f"term '{term}': a wildcard needs a stem on one side"
    return None


@functools.lru_cache(maxsize=4096)
def _regex_problem(pattern: str) -> str | None:
    """What is wrong with a term's regular expression (``{term}`` to fill in), or None; once per pattern:
    the word sets repeat the same regexes in many rules, and compiling and checking each again cost a
    third of a second at every start."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return "bad regular expression in term '{term}': " + str(exc).replace("{", "{{").replace("}", "}}")
    risk = check_regex(pattern)
    if risk:
        return "regular expression in term '{term}' refused: " + risk.replace("{", "{{").replace("}", "}}")
    return None


def _words(term: str) -> list[str]:
    """The words of *term* without their constraints."""
    if "{" not in term:
        return term.split()
    return [split_word(word)[0] for word in term.split()]


def term_constraints(term: str) -> tuple[Constraint | None, ...] | None:
    """The constraint of each step of *term*'s sequences (None for a step without one), or None
    when no word of *term* has a constraint. Every sequence of a term has the same steps in the
    same places: one per word, :data:`GAP_WORDS` per ``..``."""
    if "{" not in term:
        return None
    out: list[Constraint | None] = []
    for given in term.split():
        word, spec = split_word(given)
        if word == GAP:
            out.extend([None] * GAP_WORDS)
        else:
            out.append(None if spec is None else parse_constraint(spec))
    return tuple(out) if any(c is not None for c in out) else None


def exact_sequences(term: str) -> list[Steps]:
    """Like :func:`term_sequences`, but plain words match their exact lower-cased form only.

    Used where the grammatical number matters (a singular antecedent).
    """
    steps: list[Step] = []
    for word in _words(term):
        if word == GAP:
            steps.extend(Gap() for _ in range(GAP_WORDS))
            continue
        plain = not word.startswith("re:") and "*" not in word
        steps.append(Word("LOWER", word.lower()) if plain else _word_steps(word)[0])
    return [tuple(steps)]


def term_sequences(term: str, lemma_only: bool = False) -> list[Steps]:
    """All step sequences for *term* (cartesian product over its words' alternatives)."""
    sequences: list[Steps] = [()]
    for word in _words(term):
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
