"""genderscan's own Dutch spaCy pipeline, built once per process.

``spacy.blank("nl")`` + :func:`array_sentencizer` + :func:`simplemma_lemmatizer`
(simplemma's Dutch lemmas on ``token.lemma_``, lower-cased), over every word
of every document. Part of speech and dependencies come from a trained
pipeline, only where rules ask for them: :mod:`genderscan.syntax`.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator
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


# Characters a tokenizer looks for its special cases in, text by text, before it adds them all:
# looking costs about 0.5 µs a character the first time, adding them all 0.35 s.
LAZY_CHARS = 100_000
# The same for whole documents (:meth:`DutchTokenizer.prepared`), looked at in one go: 0.3 µs a
# character (the 137-page budget, 277,000 characters: 0.09 s, and 141 special cases).
PREPARE_CHARS = 1_000_000


class DutchTokenizer(Tokenizer):
    """spaCy's Dutch tokenizer, whose special cases are added when a text first needs them.

    spaCy's Dutch tokenizer has 4,670 special cases (abbreviations such as
    "bijv." and "a.s.", emoticons); adding them costs about 0.35 s of CPU,
    most of a blank pipeline's start-up, and a document needs a few. Same
    tokens as with all of them (``tests/test_nlp.py`` compares them, every
    special case included), because a special case that is not added could
    only act in one of two ways, and both are looked for:

    - as a piece of text: the tokenizer looks its pieces up (a white-space
      separated chunk, and what is left of it as prefixes and suffixes come
      off), so every special case found inside a chunk is added before the
      text is tokenized;
    - in spaCy's final pass, which matches special cases with affixes as
      sequences of tokens. A match that spans a space (":( (" for ":((")
      changes no token, but it wins over a shorter match it overlaps.
      After tokenizing, a special case that such tokens spell is added and
      the text tokenized again (rare).

    White-space special cases are added at once. Reading :attr:`rules` or
    serialising adds all the rest first (pickling reads :attr:`rules`).
    """

    def __init__(
        self,
        vocab,
        rules=None,
        prefix_search=None,
        suffix_search=None,
        infix_finditer=None,
        token_match=None,
        url_match=None,
        faster_heuristics=True,
        max_cache_size=10000,
    ) -> None:
        super().__init__(
            vocab,
            None,
            prefix_search,
            suffix_search,
            infix_finditer,
            token_match,
            url_match,
            faster_heuristics,
            max_cache_size,
        )
        self._wait(rules or {})

    def _wait(self, rules: dict) -> None:
        """Keep *rules* to add when needed; the white-space ones are added now."""
        spaced = {k: v for k, v in rules.items() if k.split() != [k]}  # holds white space
        Tokenizer.rules.__set__(self, spaced)  # spaCy's own setter (Cython)
        self._waiting = {k: v for k, v in rules.items() if k not in spaced}
        self._letters_only = [k for k in self._waiting if k.isalpha()]
        self._longest = max(map(len, self._waiting), default=0)
        # what a longer one starts with, and characters side by side in one: built once a few
        # texts were looked at (they only spare work on long texts)
        self._starts: set[str] | None = None
        self._pairs: set[str] | None = None
        self._seen: set[str] = set()
        self._lazy_chars = LAZY_CHARS
        self._prepare_chars = PREPARE_CHARS
        self._ready: set[str] = set()

    def _add(self, keys) -> None:
        waiting = self._waiting
        for key in sorted(keys):
            self.add_special_case(key, waiting.pop(key))
        if not waiting:
            self._letters_only, self._starts, self._pairs, self._seen = [], None, None, set()

    def _build_sets(self) -> None:
        waiting = self._waiting
        self._starts = {k[:n] for k in waiting for n in range(1, len(k))}
        self._pairs = {k[n : n + 2] for k in waiting for n in range(len(k) - 1)}

    def _add_found(self, text: str) -> None:
        """Add the waiting special cases found inside a white-space separated chunk of *text*."""
        waiting, starts, seen, longest = self._waiting, self._starts, self._seen, self._longest
        found: set[str] = set()
        for chunk in text.split():
            if chunk in seen:
                continue
            seen.add(chunk)
            if chunk.isalpha():  # only a special case of letters fits in it
                found.update(k for k in self._letters_only if k in chunk)
                continue
            n = len(chunk)
            for i in range(n):
                for j in range(i + 1, min(n, i + longest) + 1):
                    piece = chunk[i:j]
                    if piece in waiting:
                        found.add(piece)
                    if starts is not None and piece not in starts:  # no special case goes on from here
                        break
        if len(seen) > 200_000:
            seen.clear()
        if found:
            self._letters_only = [k for k in self._letters_only if k not in found]
            self._add(found)

    def _add_spelled(self, text: str) -> None:
        """Add the waiting special cases that tokens of *text* could spell across a space.

        Such a match joins tokens where a special case's own tokens meet,
        never between two letters (``tests/test_nlp.py`` checks every special
        case), so only a space with something else beside it is looked at.
        """
        waiting, starts, longest = self._waiting, self._starts, self._longest
        found: set[str] = set()
        end = len(text)
        pairs = self._pairs
        for space in _GHOST_SPACE.finditer(text):
            pos = space.start()
            if pairs is not None and text[pos - 1] + text[pos + 1] not in pairs:  # they meet in no special case
                continue
            i = pos - 1
            while i >= 0 and pos - i < longest and not text[i].isspace():
                spelled = text[i:pos]
                i -= 1
                if starts is not None and spelled not in starts:
                    continue
                j = pos + 1
                while j < end and len(spelled) < longest:
                    c = text[j]
                    j += 1
                    if c == " ":
                        continue
                    if c.isspace():
                        break
                    spelled += c
                    if spelled in waiting:
                        found.add(spelled)
                    if starts is not None and spelled not in starts:
                        break
        if found:
            self._add(found)

    def add_all(self) -> None:
        """Add every special case still waiting (a batch does, before its workers fork)."""
        self._add(list(self._waiting))

    @contextlib.contextmanager
    def prepared(self, texts: list[str]) -> Iterator[None]:
        """Inside the block, *texts* are tokenized without looking for special cases: the ones they
        need were added at the start, in one look at all of them (:func:`parse`, for a document)."""
        if not self._waiting:
            yield
            return
        self._prepare_chars -= sum(map(len, texts))
        if self._prepare_chars < 0:  # looking costs more than adding them all by now
            self.add_all()
            yield
            return
        joined = "\n".join(texts)
        if self._starts is None and len(joined) > 2_000:
            self._build_sets()
        self._add_found(joined)
        if self._waiting and " " in joined:
            self._add_spelled(joined)
        self._ready = set(texts)
        try:
            yield
        finally:
            self._ready = set()

    def __call__(self, text: str) -> Doc:
        if not self._waiting or text in self._ready:
            return super().__call__(text)
        self._lazy_chars -= len(text)
        if self._lazy_chars < 0:  # looking costs more than adding them all by now
            self.add_all()
            return super().__call__(text)
        if self._starts is None and self._lazy_chars < LAZY_CHARS - 2_000:
            self._build_sets()
        self._add_found(text)
        if self._waiting and " " in text:
            self._add_spelled(text)
        return super().__call__(text)

    @property
    def rules(self) -> dict:
        self.add_all()
        return Tokenizer.rules.__get__(self)  # spaCy's own getter (Cython)

    @rules.setter
    def rules(self, rules: dict) -> None:
        self._wait(rules or {})

    def to_bytes(self, **kwargs) -> bytes:
        self.add_all()
        return super().to_bytes(**kwargs)


# A space that a special case's tokens could be spelled across: not between two letters.
_LETTER = "a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_GHOST_SPACE = re.compile(rf" (?:(?<=[^{_LETTER}\s] )(?=\S)|(?<=\S )(?=[^{_LETTER}\s]))")

# spaCy's Dutch special cases that are also everyday words ending a sentence ("Wij betreuren dat. Het
# college …", "… omdat het niet kon. Wij …", "… ligt voor de hand."): as one token with its full stop, the
# sentence did not end there and two sentences were read as one. Only the forms a citation does not use:
# "Hand. II" (Handelingen), "Kon. Besl.", "vol. 3", "pers. comm.", "min. 20 uur" and "et al." stay.
SENTENCE_WORDS = frozenset({"dat.", "Dat.", "DAT.", "kon.", "hand.", "best."})


def dutch_exceptions() -> dict:
    """spaCy's Dutch tokenizer exceptions without the everyday words of :data:`SENTENCE_WORDS`."""
    rules = spacy.util.get_lang_class("nl").Defaults.tokenizer_exceptions
    return {k: v for k, v in rules.items() if k not in SENTENCE_WORDS}


TOKENIZER = "genderscan.dutch_tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def _dutch_tokenizer():
    """spaCy's Dutch tokenizer as genderscan builds it, in one go.

    Every setting of a tokenizer's regexes (and of its rules) makes spaCy add
    all its special cases again; spaCy's own tokenizer then ours took four
    rounds. Here the vocabulary is lean before the first word enters it,
    footnote markers are a suffix, the suffix and infix rules answer for a
    piece of letters at once (:class:`_LettersOnly`), and the special cases
    wait until a text contains them (:class:`DutchTokenizer`).
    """

    def create(nlp: Language) -> DutchTokenizer:
        _lean_vocabulary(nlp)
        defaults = nlp.Defaults
        util = spacy.util
        suffixes = [*(defaults.suffixes or []), SUPERSCRIPT_SUFFIX]
        return DutchTokenizer(
            nlp.vocab,
            rules=dutch_exceptions(),
            prefix_search=_rules(defaults.prefixes, "^", "", util.compile_prefix_regex).search
            if defaults.prefixes
            else None,
            suffix_search=_LettersOnly(_rules(suffixes, "", "$", util.compile_suffix_regex).search, None),
            infix_finditer=_LettersOnly(_rules(defaults.infixes, "", "", util.compile_infix_regex).finditer, ())
            if defaults.infixes
            else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create


def _rules(entries: Any, before: str, after: str, spacy_compile: Callable[[Any], Any]) -> Any:
    """spaCy's ``compile_{prefix,suffix,infix}_regex(entries)``: the same expression, compiled from the per-user
    cache (:mod:`genderscan.regexcache`; spaCy's three take about 0.05 s of CPU to compile)."""
    entries = list(entries)
    if not all(isinstance(piece, str) for piece in entries):
        return spacy_compile(entries)
    from . import regexcache

    return regexcache.compile("|".join([before + piece + after for piece in entries if piece.strip()]))


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


MAX_TEXT_LENGTH = 2_000_000_000
"""Characters of one passage spaCy accepts: more than any file under a sensible --max-size holds."""


def _blank() -> Language:
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe(SENTENCIZER)
    nlp.add_pipe(LEMMATIZER)
    # spaCy's limit guards parsers that need memory per character; this pipeline only splits words and
    # sentences and looks up lemmas, linear in the text, and the file size limit (--max-size) bounds the
    # input. With the default a 7 MB paragraph ended in GS-E000 (spaCy's E088).
    nlp.max_length = MAX_TEXT_LENGTH
    return nlp


@functools.lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """genderscan's own Dutch pipeline (words, sentences, lemmas), built once per process.

    Tagging and parsing come from a trained pipeline, on demand (:mod:`genderscan.syntax`).
    """
    return _blank()


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> list[Doc]:
    """Run all passage texts through ``nlp.pipe`` in one stream.

    The tokenizer's special cases the passages need are added first, in one
    look at all of them (:meth:`DutchTokenizer.prepared`)."""
    return list(parse_stream(nlp, list(texts), batch_size))


def parse_one(nlp: Language, text: str) -> Doc:
    """One passage text through the pipeline, as :func:`parse` would: the special cases it needs
    are added first. Without ``nlp.pipe``'s set-up, which costs more than a short passage."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, DutchTokenizer):
        with tokenizer.prepared([text]):
            return nlp(text)
    return nlp(text)


def parse_stream(nlp: Language, texts: list[str], batch_size: int = 64) -> Iterator[Doc]:
    """:func:`parse`, one Doc at a time: the caller keeps what it needs of each and may drop the rest."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, DutchTokenizer):
        with tokenizer.prepared(texts):
            yield from nlp.pipe(texts, batch_size=batch_size)
        return
    yield from nlp.pipe(texts, batch_size=batch_size)
