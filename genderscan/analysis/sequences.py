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

import functools
import re
import sys
from collections import defaultdict
from collections.abc import Container, Sequence
from typing import Any, NamedTuple

from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

from ..lexicon.terms import REGEX_MAX_WORD, Gap, Regex, Steps, Word

if sys.version_info >= (3, 11):
    from re import _constants as _sre
    from re import _parser as _sre_parse
else:
    import sre_constants as _sre
    import sre_parse as _sre_parse

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


_GROUP_NUMBER = re.compile(r"\\[1-9]|\(\?\(\d")
"""A back reference or condition by group number: numbers shift when patterns are put side by side."""


def _alternation(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One regex that matches where any of *patterns* does (None when they cannot be combined)."""
    if any(_GROUP_NUMBER.search(p.pattern) for p in patterns):
        return None  # put after another pattern's group, a group number would mean that group instead
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:  # e.g. a user regex with global inline flags
        return None


_Items = Sequence[tuple[Any, Any]]
_Edge = tuple[frozenset[str], bool]
_MAX_RANGE = 64
"""A character range wider than this (``[a-z]`` is 26) leaves a regex ungrouped."""


def _edge_chars(items: _Items, last: bool) -> _Edge | None:
    """The characters a match of the parsed *items* can start with (or end with, *last*), and whether it can be
    empty; None when that is not known (a class such as ``\\w`` or ``\\d``, a back reference, a flag)."""
    chars: set[str] = set()
    for op, av in reversed(items) if last else items:
        found = _edge_of(op, av, last)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return frozenset(chars), False
    return frozenset(chars), True


def _edge_of(op: Any, av: Any, last: bool) -> _Edge | None:
    """:func:`_edge_chars` of one parsed item."""
    if op is _sre.LITERAL:
        return frozenset((chr(av),)), False
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] <= _MAX_RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negated set, a category, a case-insensitive range
                return None
        return frozenset(chars), False
    if op is _sre.SUBPATTERN:
        add_flags, sub = av[1], av[3]
        return None if add_flags & re.IGNORECASE else _edge_chars(sub.data, last)
    if op is _sre.BRANCH:
        found = [_edge_chars(alt.data, last) for alt in av[1]]
        if any(f is None for f in found):
            return None
        edges = [f for f in found if f is not None]
        return frozenset().union(*(f[0] for f in edges)), any(f[1] for f in edges)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT):
        inner = _edge_chars(av[2].data, last)
        return None if inner is None else (inner[0], inner[1] or av[0] == 0)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero width: the characters come from what follows
        return frozenset(), True
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _edge_chars(av.data, last)
    return None


_START = ((_sre.AT, _sre.AT_BEGINNING), (_sre.AT, _sre.AT_BEGINNING_STRING))
_END = ((_sre.AT, _sre.AT_END), (_sre.AT, _sre.AT_END_STRING))


class _Shape(NamedTuple):
    """What :mod:`re`'s parse of a regex says about the words it finds (None: not known)."""

    words: frozenset[str] | None
    """All of them, when they are few and it is anchored at both ends (``^(kiezen|kiest)$``)."""
    first: frozenset[str] | None
    """Their first characters, when it is anchored at the start (``^(kiezen|kiest)$``: k)."""
    last: frozenset[str] | None
    """Their last characters, when it is anchored at the end (``*beroep`` → ``beroep(?:en|s|'s|e)?$``: p, n, s, e).
    ``$`` also matches before a final line break: :meth:`_RegexGroups.matching` looks such a word up without it,
    and tries every regex anchored at the end on it."""


_UNKNOWN = _Shape(None, None, None)


def _shape(rx: re.Pattern) -> _Shape:
    """:class:`_Shape` of *rx*."""
    return _shape_of(rx.pattern, rx.flags) if isinstance(rx.pattern, str) else _UNKNOWN


@functools.lru_cache(maxsize=8192)
def _shape_of(pattern: str, flags: int) -> _Shape:
    """:func:`_shape`, from one parse per pattern (the groups and the gates ask about the same regexes)."""
    if flags & (re.IGNORECASE | re.MULTILINE):
        return _UNKNOWN
    try:
        items = tuple(_sre_parse.parse(pattern, flags).data)
    except (re.error, RecursionError):
        return _UNKNOWN
    if not items:
        return _UNKNOWN
    starts, ends = items[0] in _START, items[-1] in _END
    words = _spelled(items[1:-1]) if starts and items[-1] == (_sre.AT, _sre.AT_END) else None
    first = _edge_chars(items[1:], last=False) if starts else None
    last = _edge_chars(items[:-1], last=True) if ends else None
    return _Shape(
        words,
        first[0] if first is not None and not first[1] else None,
        last[0] if last is not None and not last[1] else None,
    )


_MAX_WORDS = 256
"""A regex that finds more words than this (or any number of them) is tried, not looked up."""


def _spelled(items: _Items) -> frozenset[str] | None:
    """The strings the parsed *items* match, when there are at most :data:`_MAX_WORDS`; None otherwise."""
    out = {""}
    for op, av in items:
        one = _spelled_one(op, av)
        if one is None:
            return None
        out = {a + b for a in out for b in one}
        if len(out) > _MAX_WORDS:
            return None
    return frozenset(out)


def _spelled_one(op: Any, av: Any) -> frozenset[str] | None:
    """:func:`_spelled` of one parsed item."""
    if op is _sre.LITERAL or op is _sre.IN:
        found = _edge_of(op, av, last=False)  # one character of a known set
        return None if found is None else found[0]
    if op is _sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _spelled(av[3].data)
    if op is _sre.BRANCH:
        alternatives = [_spelled(alt.data) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*(a for a in alternatives if a is not None))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT):
        low, high, sub = av
        one = _spelled(sub.data)
        if one is None or high > 8:  # MAXREPEAT (unbounded) too
            return None
        out: set[str] = set()
        times = {""}
        for n in range(high + 1):
            if n >= low:
                out |= times
            if n < high:
                times = {a + b for a in times for b in one}
            if len(out) + len(times) > _MAX_WORDS:
                return None
        return frozenset(out)
    return None  # an anchor or look-around inside, a class, a back reference


CHUNK = 8
"""Regexes per alternation in :class:`_RegexGroups`."""

BROAD = 16
"""A regex whose words can start (or end) with more characters than this gets a part of its own."""

_Parts = list[tuple[list[int], re.Pattern | None]]


class _RegexGroups:
    """Which of many word regexes match a word, without trying each one.

    Most lexicon regexes are anchored: ``^(kiezen|kiest)$`` is written so,
    ``kostwinner*`` becomes ``^kostwinner``, ``*beroep`` becomes
    ``beroep(?:en|s|'s|e)?$``. From :mod:`re`'s parse of each, what a word it
    finds looks like is known: one of a few words (looked up, not tried), or
    its first character (its last, when it is anchored only at the end). A
    word is only tried against the regexes of its own first and last
    character, and the few others (``^\\d+$``, ``bijstand``). The result is
    cached per word by the caller, but a document brings thousands of words
    the process has not seen yet. Each group is tried in parts of
    :data:`CHUNK`, one alternation each, so that a part without a match is
    passed over in one search; a regex that finds words of almost any first
    (or last) character gets a part of its own, or it would make every word
    try its part's regexes one by one. (The budget's 6,400 new words against
    1,673 regexes: 0.39 s with groups by a literal first letter only, 0.03 s.)
    """

    def __init__(self, regexes: list[re.Pattern]) -> None:
        self.regexes = regexes
        self._exact: dict[str, list[int]] = defaultdict(list)
        by_first: dict[str, list[int]] = defaultdict(list)
        by_last: dict[str, list[int]] = defaultdict(list)
        ends: list[int] = []
        other: list[int] = []
        broad: set[int] = set()
        for k, rx in enumerate(regexes):
            words, first, last = _shape(rx)
            if words is not None:
                for word in words:
                    self._exact[word].append(k)
                continue
            if first is not None:
                last = None  # grouped by its first character only (and BROAD judged on those)
                for ch in first:
                    by_first[ch].append(k)
            elif last is not None:
                ends.append(k)
                for ch in last:
                    by_last[ch].append(k)
            else:
                other.append(k)
            if len(first or last or ()) > BROAD:
                broad.add(k)
        self._exact = dict(self._exact)
        self._broad = broad
        # a group's parts (and their alternations) are made when a word first asks for them: compiling all of
        # them took as long as the rest of the lexicon's compilation, and a short document asks for a few
        self._by_first, self._by_last, self._by_end = dict(by_first), dict(by_last), {"\n": ends}
        self._first: dict[str, _Parts] = {}
        self._last: dict[str, _Parts] = {}
        self._ends: dict[str, _Parts] = {}
        self._other = self._chunks(other)

    def _chunks(self, ks: list[int]) -> _Parts:
        """*ks* in parts of CHUNK, each with one alternation of its regexes (the broad ones one by one)."""
        broad = self._broad
        narrow = [k for k in ks if k not in broad]
        parts = [[k] for k in ks if k in broad] + [narrow[i : i + CHUNK] for i in range(0, len(narrow), CHUNK)]
        return [(part, _alternation([self.regexes[k] for k in part]) if len(part) > 1 else None) for part in parts]

    def _parts(self, made: dict[str, _Parts], indices: dict[str, list[int]], key: str) -> _Parts:
        """The parts of the group *key* (made the first time)."""
        found = made.get(key)
        if found is None:
            found = made[key] = self._chunks(indices.get(key, []))
        return found

    def matching(self, lower: str) -> list[int]:
        """Indices of the regexes that match *lower* (searched as the Matcher would)."""
        out = list(self._exact.get(lower, ()))
        # "$" also matches before a final line break: such a word is looked up without it too, and tried with
        # every regex anchored at the end
        if lower.endswith("\n"):
            out = list(set(out).union(self._exact.get(lower[:-1], ())))
            last = self._parts(self._ends, self._by_end, "\n")
        else:
            last = self._parts(self._last, self._by_last, lower[-1:])
        for parts in (self._parts(self._first, self._by_first, lower[:1]), last, self._other):
            for ks, combined in parts:
                if combined is not None and not combined.search(lower):
                    continue
                out += [k for k in ks if self.regexes[k].search(lower)]
        return sorted(out)


class _Node:
    """A trie node: the steps that may follow, and the keys of the sequences that end here."""

    __slots__ = ("lemma", "lower", "orth", "rx", "gap", "keys", "ahead", "near")

    near: _Reach | None
    """:meth:`reach` where there is no gate, set when first needed (:func:`_reach_of`); unset until then."""

    def __init__(self) -> None:
        # word steps, one dictionary per attribute, keyed by the string hash
        self.lemma: dict[int, _Node] = {}
        self.lower: dict[int, _Node] = {}
        self.orth: dict[int, _Node] = {}
        self.rx: list[tuple[re.Pattern, _Node]] = []
        self.gap: _Node | None = None
        self.keys: list[str] = []
        self.ahead: _Gate | None = None  # gate(), set by PlainSequences._leaves

    def words(self, attr: str) -> dict[int, _Node]:
        return {"LEMMA": self.lemma, "LOWER": self.lower, "ORTH": self.orth}[attr]

    @property
    def is_leaf(self) -> bool:
        return not (self.lemma or self.lower or self.orth or self.rx or self.gap is not None)

    def gate(self) -> _Gate | None:
        """What the next token must be for a walk from here to go on (its lemma, lower-cased form or text
        among these hashes), when only word steps and regexes that find a few words go on from here and
        no sequence ends here; None otherwise."""
        if self.keys or self.gap is not None:
            return None
        lower: Container[int] = self.lower
        if self.rx:
            hashes = set(self.lower)
            for rx, _ in self.rx:
                words = _shape(rx).words
                if words is None:
                    return None
                # a word the regex finds, also with the line break "$" takes before the end
                hashes.update(get_string_id(w + end) for w in words for end in ("", "\n"))
            lower = frozenset(hashes)
        return self.lemma, lower, self.orth

    def reach(self) -> _Reach | None:
        """What the next tokens must be for a walk from here to record more than this node's own keys, when a
        run of ``..`` gaps starts here. The node at the end of *k* gaps steps on one of the next *k* + 1 tokens
        (a gap takes at most one; a gap at the end of a sequence is refused, :meth:`PlainSequences.add`), so
        the *k*-th token after the walk's first is looked for among the words of the nodes at the end of *k* or
        more gaps: per *k*, the lemma, lower-cased and text hashes of their word steps (and the words of their
        regexes that find a few) and the first characters of the words of their other regexes (anchored at the
        start). :func:`_near` reads it. None when a regex may find words of any first character, or no gap
        starts here (:meth:`gate` covers that)."""
        levels: list[tuple[set[int], set[int], set[int], set[str]]] = []
        node: _Node | None = self
        while node is not None:
            if node.keys and node is not self:  # (never: a gap ends no sequence)
                return None
            lower = set(node.lower)
            first: set[str] = set()
            for rx, _ in node.rx:
                shape = _shape(rx)
                if shape.words is not None:
                    lower.update(get_string_id(w + end) for w in shape.words for end in ("", "\n"))
                elif shape.first is not None:
                    first.update(shape.first)
                else:
                    return None
            levels.append((set(node.lemma), lower, set(node.orth), first))
            node = node.gap
        if len(levels) < 2:
            return None
        for k in range(len(levels) - 2, -1, -1):  # the k-th token: the nodes after k or more gaps
            lemma, lower, orth, first = levels[k]
            later = levels[k + 1]
            lemma |= later[0]
            lower |= later[1]
            orth |= later[2]
            first |= later[3]
        return tuple((frozenset(a), frozenset(b), frozenset(c), frozenset(d)) for a, b, c, d in levels)


_Gate = tuple[Container[int], Container[int], Container[int]]
_Reach = tuple[tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[str]], ...]


_Seen = dict[tuple[_Node, int], tuple[int, int]]
"""A walk's gap nodes entered, by token: the stretch of the matches its first entry recorded."""


class PlainSequences:
    """Step sequences under their keys, matched in one pass over a Doc's attribute columns."""

    def __init__(self) -> None:
        self._root = _Node()
        self._regexes: dict[str, re.Pattern] = {}
        self._regex_cache: dict[int, list[int]] = {}
        self._rx_groups: _RegexGroups | None = None  # the first-step regexes, grouped for a quick pre-check
        self._leaf_cache: set[_Node] | None = None
        self._gates: dict[_Node, _Gate] = {}

    @property
    def _leaves(self) -> set[_Node]:
        """The root's children that end every sequence through them (reset by :meth:`add`)."""
        if self._leaf_cache is None:
            root = self._root
            children = [c for d in (root.lemma, root.lower, root.orth) for c in d.values()]
            children += [c for _, c in root.rx]
            self._leaf_cache = {c for c in children if c.is_leaf}
            todo = [root]
            while todo:
                node = todo.pop()
                node.ahead = node.gate()
                if hasattr(node, "near"):
                    del node.near
                todo += [c for d in (node.lemma, node.lower, node.orth) for c in d.values()]
                todo += [c for _, c in node.rx]
                if node.gap is not None:
                    todo.append(node.gap)
            # children the next token may not go on from ("de" of "de kostwinner"): it decides whether to walk
            self._gates = {c: c.ahead for c in children if not c.is_leaf and c.ahead is not None}
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
                rx = self._regexes.get(step.pattern)
                if rx is None:  # (re's own cache holds 512 patterns; the lexicon has over 2,000)
                    rx = self._regexes[step.pattern] = re.compile(step.pattern)
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

    def _walk(
        self,
        node: _Node,
        i: int,
        start: int,
        cols: Columns,
        strings: StringStore,
        out: list[Match],
        seen: _Seen | None = None,
    ) -> None:
        """Follow *node*'s steps from token *i*; record each sequence end reached.

        Past a ``..`` gap the same node is reached at the same token along more than one way (``a .. ..
        b``: skip the first gap and take a word for the second, or the other way round), and a run of gaps
        doubles the ways with each (``^(verleent|verlenen)$`` and a dozen gaps: 6,000 walks a start in the
        budget). What a walk from a node at a token records depends on nothing else, so *seen* keeps, for
        each gap node entered at a token, the stretch of *out* its first walk recorded, and another way
        copies it: the same matches in the same order, duplicates included, as walking again."""
        lemmas, lowers, orths = cols.lemma, cols.lower, cols.orth
        n = len(lemmas)
        if node.keys:
            for key in node.keys:
                out.append((key, start, i))
        gap = node.gap
        if gap is not None:
            if seen is None:
                seen = {}
            gate = gap.ahead
            try:
                near = gap.near
            except AttributeError:
                near = _reach_of(gap)
            for at in (i, i + 1) if i < n and not cols.is_punct[i] else (i,):
                if gate is not None and (
                    at >= n or not (lemmas[at] in gate[0] or lowers[at] in gate[1] or orths[at] in gate[2])
                ):
                    continue  # the token cannot go on from the gap (see _Node.gate)
                if near is not None and not _near(near, at, n - 1, lemmas, lowers, orths, strings):
                    continue  # no word that goes on from the gaps is near (see _Node.reach; a gap has no keys)
                done = seen.get((gap, at))
                if done is not None:
                    out.extend(out[done[0] : done[1]])
                else:
                    begin = len(out)
                    self._walk(gap, at, start, cols, strings, out, seen)
                    seen[(gap, at)] = (begin, len(out))
        if i >= n:
            return
        # the same order as the first step: lemma, lower-cased form, exact text, then regexes;
        # most nodes go on by one kind of step only, so the empty ones are skipped first
        children: list[_Node] = []
        if node.lemma:
            child = node.lemma.get(lemmas[i])
            if child is not None:
                children.append(child)
        if node.lower:
            child = node.lower.get(lowers[i])
            if child is not None:
                children.append(child)
        if node.orth:
            child = node.orth.get(orths[i])
            if child is not None:
                children.append(child)
        if node.rx:
            lower = strings[lowers[i]]
            if len(lower) <= REGEX_MAX_WORD:  # else no word: a regex's time on it could grow with a power of its length
                children += [child for rx, child in node.rx if rx.search(lower)]
        for child in children:
            self._enter(child, child.ahead, i + 1, start, cols, strings, out, seen)

    def _enter(
        self,
        child: _Node,
        gate: _Gate | None,
        j: int,
        start: int,
        cols: Columns,
        strings: StringStore,
        out: list[Match],
        seen: _Seen | None = None,
    ) -> None:
        """Walk from *child*, a step matched at token *j* - 1 of a sequence begun at *start*, when token *j* can
        go on: it fits the child's *gate*, or, where a run of gaps follows ("worden .. .. .. verwacht"), a word
        that goes on from them is near; else record only what the walk would (the child's own keys)."""
        lemmas, lowers, orths = cols.lemma, cols.lower, cols.orth
        if gate is not None:
            if j < len(lemmas) and (lemmas[j] in gate[0] or lowers[j] in gate[1] or orths[j] in gate[2]):
                self._walk(child, j, start, cols, strings, out, seen)
            return
        try:
            near = child.near
        except AttributeError:
            near = _reach_of(child)
        if near is None or _near(near, j, len(lemmas) - 1, lemmas, lowers, orths, strings):
            self._walk(child, j, start, cols, strings, out, seen)
        else:
            for key in child.keys:
                out.append((key, start, j))

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
        gates = self._gates
        by_lemma, by_lower, by_orth = root.lemma, root.lower, root.orth
        lemmas, lowers, orths = cols.lemma, cols.lower, cols.orth
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
                        continue
                    # "de" of "de kostwinner": walk only when the next word fits
                    self._enter(child, gates.get(child), i + 1, i, cols, strings, out)
            if starts_by_rx:
                hit = regex_cache.get(lower)
                if hit is None:
                    hit = self._regex_starts(lower, strings)
                for k in hit:  # as for a word above
                    child = starts_by_rx[k][1]
                    if child in leaves:
                        for key in child.keys:
                            out.append((key, i, i + 1))
                        continue
                    self._enter(child, gates.get(child), i + 1, i, cols, strings, out)
        return out, sum(cols.is_alpha), len(lemmas) - sum(map(max, cols.is_punct, cols.is_space))


def _reach_of(node: _Node) -> _Reach | None:
    """``node.near``, worked out the first time it is needed (until then the slot is unset): the cached
    compiled lexicon keeps the trie as it was built, and every node's sets in it made the entry a quarter
    bigger and 0.02 s slower to read, where a document needs a few hundred of them."""
    near = node.near = node.reach() if node.ahead is None else None
    return near


def _near(
    reach: _Reach, j: int, last: int, lemmas: list[int], lowers: list[int], orths: list[int], strings: StringStore
) -> bool:
    """Whether a walk entered at token *j* may step on a word after its gaps: the *k*-th token from *j* (up to
    *last*) is among the words of *reach*'s *k*-th level, or starts with one of its first characters
    (:meth:`_Node.reach`)."""
    p = j
    for lemma, lower, orth, first in reach:
        if p > last:
            return False
        if lemmas[p] in lemma or lowers[p] in lower or orths[p] in orth:
            return True
        if first and strings[lowers[p]][:1] in first:
            return True
        p += 1
    return False
