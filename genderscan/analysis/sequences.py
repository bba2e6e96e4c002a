"""Lexicon terms matched by lookup in a trie of typed steps, instead of spaCy's Matcher.

spaCy's Matcher checks every pattern's first token at every token, and
evaluates regular expressions per token and pattern; for thousands of
lexicon terms that made matching the slow step. Here each term is a
sequence of :data:`~genderscan.lexicon.terms.Step` (from
:mod:`genderscan.lexicon.terms`):

* :class:`~genderscan.lexicon.terms.Word`: a plain value of LEMMA, LOWER or
  ORTH, looked up by the token's string hash;
* :class:`~genderscan.lexicon.terms.Regex`: a regular expression on the
  lower-cased word, evaluated once per distinct word and cached;
* :class:`~genderscan.lexicon.terms.Gap`: an optional non-punctuation token
  (from the ``..`` of the term syntax).

The sequences form a trie: a word step is a dictionary lookup by the
token's attribute hash (from ``Doc.to_array``, no Token objects), so the
cost per token is three lookups plus the regexes of the first step (cached
per word); terms sharing a beginning ("de kostwinner", "de
kostwinnersrol") are followed once. A test checks that spaCy's Matcher
gives the same spans.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

from ..lexicon.terms import REGEX_MAX_WORD, Gap, Regex, Steps, Word

Match = tuple[str, int, int]
"""(key, start token, end token)"""


class Columns(NamedTuple):
    """A Doc's token attributes, one list per attribute (string hashes; the flags as 0/1)."""

    lemma: list[int]
    lower: list[int]
    orth: list[int]
    is_punct: list[int]
    is_alpha: list[int]
    is_space: list[int]

    @classmethod
    def of(cls, doc: Doc) -> Columns:
        # one C call for every token: creating Token objects was the main cost
        if not len(doc):
            return cls([], [], [], [], [], [])
        return cls(*doc.to_array([LEMMA, LOWER, ORTH, IS_PUNCT, IS_ALPHA, IS_SPACE]).T.tolist())


def _alternation(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One regex that matches where any of *patterns* does (None when they cannot be combined)."""
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:  # e.g. a user regex with global inline flags
        return None


def _literal_first(pattern: str) -> str | None:
    """The first character every match of a ``^``-anchored pattern starts with, if it is a plain letter or digit."""
    if len(pattern) < 2 or pattern[0] != "^" or not pattern[1].isalnum() or pattern[2:3] in ("?", "*", "{"):
        return None
    depth = 0
    for ch in pattern:  # a top-level "|" would make the anchor apply to one branch only
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            return None
    return pattern[1]


CHUNK = 8
"""Regexes per alternation in :class:`_RegexGroups`."""


class _RegexGroups:
    """Which of many word regexes match a word, without trying each one.

    Most lexicon regexes are anchored prefixes (``kostwinner*`` becomes
    ``^kostwinner``): they are grouped by their first letter, so a word is
    only tried against the group of its own first letter. The rest are tried
    together in one alternation first. A word the process has not seen yet
    paid 11 µs here with one alternation of all 332 regexes (a document's new
    words are thousands); the result is cached per word by the caller. Each
    group is tried in parts of :data:`CHUNK`: with one alternation per group,
    the few regexes that match almost any word (numbers, any lower-case word)
    made every word try all 236 regexes of the ungrouped rest one by one.
    """

    def __init__(self, regexes: list[re.Pattern]) -> None:
        self.regexes = regexes
        by_first: dict[str, list[int]] = defaultdict(list)
        other: list[int] = []
        for k, rx in enumerate(regexes):
            first = _literal_first(rx.pattern) if not rx.flags & re.IGNORECASE else None
            (by_first[first] if first else other).append(k)
        self._groups = {ch: self._chunks(ks) for ch, ks in by_first.items()}
        self._other = self._chunks(other)

    def _chunks(self, ks: list[int]) -> list[tuple[list[int], re.Pattern | None]]:
        """*ks* in parts of CHUNK, each with one alternation of its regexes: a few regexes match almost any
        word (any number, any lower-case word), and a part without one is passed over in one search."""
        parts = [ks[i : i + CHUNK] for i in range(0, len(ks), CHUNK)]
        return [(part, _alternation([self.regexes[k] for k in part])) for part in parts]

    def matching(self, lower: str) -> list[int]:
        """Indices of the regexes that match *lower* (searched as the Matcher would)."""
        out: list[int] = []
        for parts in (self._groups.get(lower[:1], ()), self._other):
            for ks, combined in parts:
                if combined is not None and not combined.search(lower):
                    continue
                out += [k for k in ks if self.regexes[k].search(lower)]
        return sorted(out)


class _Node:
    """A trie node: the steps that may follow, and the keys of the sequences that end here."""

    __slots__ = ("lemma", "lower", "orth", "rx", "gap", "keys")

    def __init__(self) -> None:
        # word steps, one dictionary per attribute, keyed by the string hash
        self.lemma: dict[int, _Node] = {}
        self.lower: dict[int, _Node] = {}
        self.orth: dict[int, _Node] = {}
        self.rx: list[tuple[re.Pattern, _Node]] = []
        self.gap: _Node | None = None
        self.keys: list[str] = []

    def words(self, attr: str) -> dict[int, _Node]:
        return {"LEMMA": self.lemma, "LOWER": self.lower, "ORTH": self.orth}[attr]

    @property
    def is_leaf(self) -> bool:
        return not (self.lemma or self.lower or self.orth or self.rx or self.gap is not None)

    @property
    def next_by_word_only(self) -> bool:
        """Only word steps go on from here, and no sequence ends here."""
        return not (self.keys or self.rx or self.gap is not None)


class PlainSequences:
    """Step sequences under their keys, matched in one pass over a Doc's attribute columns."""

    def __init__(self) -> None:
        self._root = _Node()
        self._regexes: dict[str, re.Pattern] = {}
        self._regex_cache: dict[int, list[int]] = {}
        self._rx_groups: _RegexGroups | None = None  # the first-step regexes, grouped for a quick pre-check
        self._leaf_cache: set[_Node] | None = None
        self._plain_only: set[_Node] = set()

    @property
    def _leaves(self) -> set[_Node]:
        """The root's children that end every sequence through them (reset by :meth:`add`)."""
        if self._leaf_cache is None:
            root = self._root
            children = [c for d in (root.lemma, root.lower, root.orth) for c in d.values()]
            self._leaf_cache = {c for c in children if c.is_leaf}
            # children that only go on by a word: the next token decides whether to walk at all
            self._plain_only = {c for c in children if c.next_by_word_only}
        return self._leaf_cache

    def add(self, key: str, steps: Steps) -> bool:
        """Add *steps* under *key*; False when the trie cannot take them (empty, or a gap at an end)."""
        if not steps or isinstance(steps[0], Gap) or isinstance(steps[-1], Gap):
            return False
        self._leaf_cache = None
        node = self._root
        for step in steps:
            if isinstance(step, Gap):
                node.gap = node.gap or _Node()
                node = node.gap
            elif isinstance(step, Regex):
                rx = self._regexes.setdefault(step.pattern, re.compile(step.pattern))
                child = next((c for r, c in node.rx if r is rx), None)
                if child is None:
                    child = _Node()
                    node.rx.append((rx, child))
                    if node is self._root:
                        self._regex_cache.clear()
                        self._rx_groups = None
                node = child
            else:
                assert isinstance(step, Word)
                node = node.words(step.attr).setdefault(get_string_id(step.value), _Node())
        if key not in node.keys:
            node.keys.append(key)
        return True

    def _walk(self, node: _Node, i: int, start: int, cols: Columns, strings: StringStore, out: list[Match]) -> None:
        """Follow *node*'s steps from token *i*; record each sequence end reached."""
        if node.keys:
            for key in node.keys:
                out.append((key, start, i))
        n = len(cols.lemma)
        if node.gap is not None:
            self._walk(node.gap, i, start, cols, strings, out)
            if i < n and not cols.is_punct[i]:
                self._walk(node.gap, i + 1, start, cols, strings, out)
        if i >= n:
            return
        # the same order as the first step: lemma, lower-cased form, exact text, then regexes;
        # most nodes go on by one kind of step only, so the empty ones are skipped first
        if node.lemma:
            child = node.lemma.get(cols.lemma[i])
            if child is not None:
                self._walk(child, i + 1, start, cols, strings, out)
        if node.lower:
            child = node.lower.get(cols.lower[i])
            if child is not None:
                self._walk(child, i + 1, start, cols, strings, out)
        if node.orth:
            child = node.orth.get(cols.orth[i])
            if child is not None:
                self._walk(child, i + 1, start, cols, strings, out)
        if node.rx:
            lower = strings[cols.lower[i]]
            if len(lower) > REGEX_MAX_WORD:  # no word: a regex's time on it could grow with a power of its length
                return
            for rx, child in node.rx:
                if rx.search(lower):
                    self._walk(child, i + 1, start, cols, strings, out)

    def prepare(self) -> None:
        """Build what matching derives from the sequences (one-word leaves, the grouped regexes) now."""
        self._leaves  # noqa: B018 - the property builds and caches them
        if self._rx_groups is None:
            self._rx_groups = _RegexGroups([rx for rx, _ in self._root.rx])

    def _regex_starts(self, lower_id: int, strings: StringStore) -> list[int]:
        """Indices of the first-step regexes that the word (by its lower-case hash) matches."""
        hit = self._regex_cache.get(lower_id)
        if hit is None:
            if len(self._regex_cache) > 200_000:
                self._regex_cache.clear()
            lower = strings[lower_id]
            if self._rx_groups is None:
                self._rx_groups = _RegexGroups([rx for rx, _ in self._root.rx])
            hit = self._rx_groups.matching(lower) if len(lower) <= REGEX_MAX_WORD else []
            self._regex_cache[lower_id] = hit
        return hit

    def matches(self, doc: Doc) -> list[Match]:
        return self.matches_and_counts(doc)[0]

    def matches_and_counts(self, doc: Doc) -> tuple[list[Match], int, int]:
        """The matches, the number of words (alphabetic tokens) and the number of tokens that are
        neither punctuation nor white space, from the same attribute columns."""
        cols = Columns.of(doc)
        strings = doc.vocab.strings
        root = self._root
        out: list[Match] = []
        leaves = self._leaves
        plain_only = self._plain_only
        by_lemma, by_lower, by_orth = root.lemma, root.lower, root.orth
        lemmas, lowers, orths = cols.lemma, cols.lower, cols.orth
        last = len(lemmas) - 1
        starts_by_rx = root.rx
        regex_cache = self._regex_cache
        for i, (lemma, lower, orth) in enumerate(zip(lemmas, lowers, orths, strict=True)):
            first, second, third = by_lemma.get(lemma), by_lower.get(lower), by_orth.get(orth)
            if first is not None or second is not None or third is not None:  # most words start no term
                for child in (first, second, third):
                    if child is None:
                        continue
                    if child in leaves:  # a one-word term, the common case: no walk needed
                        for key in child.keys:
                            out.append((key, i, i + 1))
                    elif child in plain_only:  # "de" of "de kostwinner": walk only when the next word fits
                        if i < last and (
                            lemmas[i + 1] in child.lemma or lowers[i + 1] in child.lower or orths[i + 1] in child.orth
                        ):
                            self._walk(child, i + 1, i, cols, strings, out)
                    else:
                        self._walk(child, i + 1, i, cols, strings, out)
            if starts_by_rx:
                hit = regex_cache.get(lower)
                if hit is None:
                    hit = self._regex_starts(lower, strings)
                for k in hit:
                    self._walk(starts_by_rx[k][1], i + 1, i, cols, strings, out)
        return out, sum(cols.is_alpha), len(lemmas) - sum(map(max, cols.is_punct, cols.is_space))
