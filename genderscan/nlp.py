"""genderscan's own Dutch spaCy pipeline, built once per process.

``spacy.blank("nl")`` + :func:`array_sentencizer` + :func:`simplemma_lemmatizer`
(simplemma's Dutch lemmas on ``token.lemma_``, lower-cased), over every word
of every document. Part of speech and dependencies come from a trained
pipeline, only where rules ask for them: :mod:`genderscan.syntax`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IS_PUNCT, LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .lemmas import lemma_of


def _column(values: numpy.ndarray) -> Any:
    """*values* as the one-column array ``Doc.from_array`` takes."""
    return values.reshape(-1, 1)


def _tokenizer(nlp: Language) -> Tokenizer:
    return cast(Tokenizer, nlp.tokenizer)


LEMMATIZER = "simplemma_lemmatizer"
SENTENCIZER = "array_sentencizer"


# lower-cased word hash -> its lemma (text); the hash of a string is the same in every vocabulary
_LEMMAS: dict[int, str] = {}


@Language.component(LEMMATIZER)
def simplemma_lemmatizer(doc: Doc) -> Doc:
    """Set ``token.lemma_`` from simplemma (Dutch), lower-cased.

    Works on attribute arrays (``to_array``/``from_array``) rather than Token
    objects, which cost more than the lemma lookup itself.
    """
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    lemmas = []
    for h in doc.to_array(LOWER).tolist():
        text = _LEMMAS.get(h)
        if text is None:
            if len(_LEMMAS) > 500_000:
                _LEMMAS.clear()
            text = _LEMMAS[h] = lemma_of(strings[h])
        lemmas.append(strings.add(text))
    doc.from_array([LEMMA], _column(numpy.array(lemmas, dtype="uint64")))
    return doc


_PUNCT_CHARS: frozenset[int] | None = None


@Language.component(SENTENCIZER)
def array_sentencizer(doc: Doc) -> Doc:
    """spaCy's rule-based ``sentencizer``, on attribute arrays.

    The same rule and the same sentence-final characters as
    :class:`spacy.pipeline.Sentencizer` (a sentence ends after one of them,
    and the next one starts at the first token that is not punctuation),
    without creating a Token object per word, which cost more than the
    rest of the rule; ``tests/test_nlp.py`` checks the boundaries are
    identical on the corpus.
    """
    global _PUNCT_CHARS
    n = len(doc)
    if not n:
        return doc
    if _PUNCT_CHARS is None:
        from spacy.pipeline import Sentencizer
        from spacy.strings import hash_string  # type: ignore[attr-defined]  # Cython, not in spaCy's stubs

        _PUNCT_CHARS = frozenset(hash_string(c) for c in Sentencizer.default_punct_chars)
    punct_chars = _PUNCT_CHARS
    starts = [-1] * n
    starts[0] = 1
    seen_period = False
    for i, (orth, is_punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist()):
        if orth in punct_chars:
            seen_period = True
        elif seen_period and not is_punct:
            starts[i] = 1
            seen_period = False
    # -1 (not a start) as the uint64 spaCy expects; it is read back as a signed int
    doc.from_array([SENT_START], _column(numpy.array(starts, dtype="int64").view("uint64")))
    return doc


# Footnote markers set in superscript ("gezien.⁷") are split off, so the full
# stop before them still ends the sentence and the word stays matchable.
SUPERSCRIPT_SUFFIX = r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+"


def _split_footnote_markers(nlp: Language) -> None:
    suffixes = list(nlp.Defaults.suffixes or []) + [SUPERSCRIPT_SUFFIX]
    _tokenizer(nlp).suffix_search = spacy.util.compile_suffix_regex(suffixes).search


class _LettersOnly:
    """A tokenizer rule that answers "nothing to split" at once for a piece of letters only.

    spaCy's Dutch suffix and infix rules split at punctuation, quotes,
    symbols, hyphens and units after a figure; a piece of letters only never
    matches them (``tests/test_nlp.py`` checks every letter of Unicode, and
    the tokens on 3,000 mixed texts), and most pieces the tokenizer asks
    about are words. The
    regexes cost 2-3 µs a question: one alternation of some hundred
    patterns, tried at every position. spaCy serialises a tokenizer by
    reading the pattern from ``__self__``, as on a compiled regex's method.
    """

    def __init__(self, method, nothing) -> None:
        self.__self__ = method.__self__
        self._method = method
        self._nothing = nothing

    def __call__(self, text: str):
        return self._nothing if text.isalpha() else self._method(text)


def _letters_pass(nlp: Language) -> None:
    tokenizer = _tokenizer(nlp)
    tokenizer.suffix_search = _LettersOnly(tokenizer.suffix_search, None)
    tokenizer.infix_finditer = _LettersOnly(tokenizer.infix_finditer, ())


# Word attributes the default pipeline computes when a word first enters the
# vocabulary: the ones our matching and analysers read. spaCy's full set
# (shape, prefix, suffix, like_url, like_num, stop word …) costs 7 µs per new
# word in Python functions, these 2 µs; a document brings thousands of new
# words. A lexicon pattern that needs another attribute brings them all back
# (:func:`require_lexeme_attrs`), also for the words already in the vocabulary.
LEXEME_ATTRS = ("LOWER", "NORM", "IS_ALPHA", "IS_PUNCT", "IS_SPACE", "LANG")
_SET_ASIDE = "_genderscan_lexeme_getters"


def _lean_vocabulary(nlp: Language) -> None:
    from spacy.attrs import IDS

    keep = {IDS[name] for name in LEXEME_ATTRS}
    vocab: Any = nlp.vocab  # lex_attr_getters is a Cython attribute spaCy's stubs lack
    getters = vocab.lex_attr_getters
    setattr(nlp, _SET_ASIDE, {k: f for k, f in getters.items() if k not in keep})
    vocab.lex_attr_getters = {k: f for k, f in getters.items() if k in keep}


def require_lexeme_attrs(nlp: Language, names) -> bool:
    """Make sure the vocabulary computes the token attributes *names* (``LIKE_NUM`` …).

    When one of them was set aside by the default pipeline, every attribute
    comes back: the getters for new words, and the values for the words
    already in the vocabulary. Returns True when attributes came back.
    """
    from spacy.attrs import IDS

    aside = getattr(nlp, _SET_ASIDE, None)
    if not aside or not {IDS.get(str(n).upper()) for n in names} & set(aside):
        return False
    from spacy.attrs import NAMES

    for lexeme in nlp.vocab:
        values = {}
        for attr, getter in aside.items():
            value = getter(lexeme.orth_)
            if value is not None:
                values[NAMES[attr]] = value
        lexeme.set_attrs(**values)
    vocab: Any = nlp.vocab
    vocab.lex_attr_getters = {**vocab.lex_attr_getters, **aside}
    setattr(nlp, _SET_ASIDE, None)
    return True


def _blank() -> Language:
    nlp = spacy.blank("nl")
    _lean_vocabulary(nlp)
    _split_footnote_markers(nlp)
    _letters_pass(nlp)
    nlp.add_pipe(SENTENCIZER)
    nlp.add_pipe(LEMMATIZER)
    nlp.max_length = 5_000_000
    return nlp


@functools.lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """genderscan's own Dutch pipeline (words, sentences, lemmas), built once per process.

    Tagging and parsing come from a trained pipeline, on demand (:mod:`genderscan.syntax`).
    """
    return _blank()


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> list[Doc]:
    """Run all passage texts through ``nlp.pipe`` in one stream."""
    return list(nlp.pipe(texts, batch_size=batch_size))
