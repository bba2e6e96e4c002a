"""Compile every term of the lexicon once and match them all in one pass per passage.

Terms go to a lookup index (:class:`PlainSequences`); only raw token
patterns of user lexicons use spaCy's Matcher. Keys name what a match is
for: ``rule:<id>``, ``near:<id>:<pattern>:<group>``, ``ana:<id>:<pattern>:a|p``
(antecedent, pronoun), ``unless:<id>``, ``male``, ``stance:critical``,
``stance:positive``, ``stance:context``, ``stance:negation``,
``question:<id>``, ``rule:M-<measure id>`` (measures compile like rules),
``domain:<id>``, ``section:<kind>``, ``gender`` and ``clause:semicolon``.
Analysers only read the resulting :class:`Hits`; none of them runs spaCy
again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IS_ALPHA, IS_PUNCT, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..lexicon.schema import (
    AnaphoraPattern,
    CompoundPattern,
    Lexicon,
    NearPattern,
    Rule,
    TermsPattern,
    TokensPattern,
)
from ..lexicon.terms import exact_patterns, term_patterns
from ..model import Passage
from ..nlp import LEMMATIZER, require_lexeme_attrs

Spans = list[tuple[int, int]]


def compound_pattern(prefixes: tuple[str, ...], heads: tuple[str, ...]) -> list[dict]:
    """A one-token pattern for Dutch compounds: prefix, optional hyphen, head, plural ending."""
    pre = "|".join(re.escape(p.lower()) for p in prefixes)
    head = "|".join(re.escape(h.lower()) for h in heads)
    return [{"LOWER": {"REGEX": rf"^(?:{pre})-?(?:{head})(?:en|s|'s|e|n)?$"}}]


class CompiledLexicon:
    """The lexicon's terms as one Matcher bound to a pipeline's vocabulary.

    Each distinct term is added to the Matcher once, under its own key, and
    mapped to every purpose that uses it ("vrouwen" serves some sixty rule
    groups). spaCy checks every pattern start at every token, so sharing
    terms keeps matching time proportional to the vocabulary of the lexicon,
    not to the number of rules that repeat it.
    """

    def __init__(
        self, lexicon: Lexicon, nlp: Language, *, lemma_only: bool | None = None, plain_index: bool = True
    ) -> None:
        """*lemma_only* (default: when our simplemma lemmatizer runs) and
        *plain_index* are speed-ups that must not change any match; the tests
        compare them with the plain spaCy Matcher on full patterns."""
        self.lexicon = lexicon
        self.matcher = Matcher(nlp.vocab)
        # Our simplemma lemmatizer is context-free, so one LEMMA spec per word suffices.
        self._lemma_only = LEMMATIZER in nlp.pipe_names if lemma_only is None else lemma_only
        self._strings = nlp.vocab.strings
        self._purposes: dict[str, list[str]] = {}
        self._matcher_attrs: set[str] = set()  # token attributes of the patterns spaCy's Matcher takes
        self._plain = PlainSequences() if plain_index else None
        for rule in lexicon.rules:
            self._add_rule(rule)
            if rule.also_near is not None:
                self._add_rule(rule.also_rule())
        self._add_terms("stance:critical", lexicon.stance.critical)
        self._add_terms("stance:negation", lexicon.stance.negations)
        self._add_terms("stance:context", lexicon.stance.context)
        self._add_terms("stance:positive", lexicon.stance.positive_action)
        self._add_terms("gender", lexicon.gender_terms)
        self._add_terms("male", lexicon.male_terms, exact=True)
        for q in lexicon.questions:
            self._add_terms(f"question:{q.id}", q.topic)
        for m in lexicon.measures:
            self._add_rule(m.as_rule())
        for domain, terms in lexicon.domains.items():
            self._add_terms(f"domain:{domain}", terms)
        for kind, terms in lexicon.section_kinds.items():
            self._add_terms(f"section:{kind}", terms)
        # near patterns do not reach across a semicolon (another clause)
        self._add_shared("x|;", "clause:semicolon", lambda: [[{"ORTH": ";"}]])
        require_lexeme_attrs(nlp, self._matcher_attrs)
        if self._plain is not None:
            self._plain.prepare()  # compile-time work, not the first document's

    def _add_shared(self, term_key: str, purpose: str, patterns) -> None:
        if term_key not in self._purposes:
            self._purposes[term_key] = []
            rest = [p for p in patterns() if self._plain is None or not self._plain.add(term_key, p)]
            if rest:
                self.matcher.add(term_key, rest)
                self._matcher_attrs.update(
                    attr for pattern in rest for spec in pattern for attr in spec if attr != "OP"
                )
        if purpose not in self._purposes[term_key]:
            self._purposes[term_key].append(purpose)

    def _add_terms(self, key: str, terms: tuple[str, ...], exact: bool = False) -> None:
        for t in terms:
            if exact:
                self._add_shared(f"x|{t}", key, lambda t=t: exact_patterns(t))
            else:
                self._add_shared(f"t|{t}", key, lambda t=t: term_patterns(t, self._lemma_only))

    def _add_rule(self, rule: Rule) -> None:
        key = f"rule:{rule.id}"
        for n, pattern in enumerate(rule.patterns):
            if isinstance(pattern, TermsPattern):
                self._add_terms(key, pattern.terms)
            elif isinstance(pattern, CompoundPattern):
                spec = compound_pattern(pattern.prefixes, pattern.heads)
                self._add_shared(f"c|{spec}", key, lambda spec=spec: [spec])
            elif isinstance(pattern, TokensPattern):
                tokens = list(pattern.tokens)
                self._add_shared(f"p|{tokens}", key, lambda tokens=tokens: [tokens])
            elif isinstance(pattern, AnaphoraPattern):
                self._add_terms(f"ana:{rule.id}:{n}:a", pattern.antecedent, exact=True)
                self._add_terms(f"ana:{rule.id}:{n}:p", pattern.pronoun, exact=True)
            elif isinstance(pattern, NearPattern):
                for g, terms in enumerate(pattern.groups):
                    self._add_terms(f"near:{rule.id}:{n}:{g}", terms)
        self._add_terms(f"unless:{rule.id}", rule.unless)

    def hits(self, doc: Doc) -> Hits:
        matches = [(self._strings[m], s, e) for m, s, e in self.matcher(doc)] if len(self.matcher) else []
        words = None
        if self._plain is not None:
            plain, words = self._plain.matches_and_words(doc)
            matches += plain
        # each match serves every purpose of its term ("gemeente" a dozen); a
        # passage has a few matches, so plain lists beat grouping per term first
        purposes = self._purposes
        found: dict[str, list[tuple[int, int]]] = {}
        for term_key, start, end in matches:
            span = (start, end)
            for purpose in purposes[term_key]:
                spans = found.get(purpose)
                if spans is None:
                    found[purpose] = [span]
                else:
                    spans.append(span)
        return Hits({k: v if len(v) == 1 else sorted(set(v)) for k, v in found.items()}, words=words)


def _alternation(patterns: list[re.Pattern]) -> re.Pattern | bool:
    """One regex that matches where any of *patterns* does (False when they cannot be combined)."""
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:  # e.g. a user regex with global inline flags
        return False


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


class _RegexGroups:
    """Which of many word regexes match a word, without trying each one.

    Most lexicon regexes are anchored prefixes (``kostwinner*`` becomes
    ``^kostwinner``): they are grouped by their first letter, so a word is
    only tried against the group of its own first letter, with ``match``
    (one position) rather than ``search``. The rest are tried together in
    one alternation first. A word the process has not seen yet paid 11 µs
    here with one alternation of all 332 regexes (a document's new words are
    thousands); the result is cached per word by the caller.
    """

    def __init__(self, regexes: list[re.Pattern]) -> None:
        self.regexes = regexes
        by_first: dict[str, list[int]] = defaultdict(list)
        other: list[int] = []
        for k, rx in enumerate(regexes):
            first = _literal_first(rx.pattern) if not rx.flags & re.IGNORECASE else None
            (by_first[first] if first else other).append(k)
        self._groups = {ch: (ks, _alternation([regexes[k] for k in ks])) for ch, ks in by_first.items()}
        self._other = (other, _alternation([regexes[k] for k in other]) if other else None)

    def matching(self, lower: str) -> list[int]:
        """Indices of the regexes that match *lower* (searched as the Matcher would)."""
        out: list[int] = []
        for ks, combined in (self._groups.get(lower[:1], ((), None)), self._other):
            if not ks or (combined is not False and combined is not None and not combined.search(lower)):
                continue
            out += [k for k in ks if self.regexes[k].search(lower)]
        return sorted(out)


class _Node:
    """A trie node: steps that may follow, and the keys of patterns that end here."""

    __slots__ = ("plain", "rx", "gap", "keys")

    def __init__(self) -> None:
        # one dictionary per attribute (LEMMA, LOWER, ORTH), keyed by the string hash
        self.plain: tuple[dict[int, _Node], dict[int, _Node], dict[int, _Node]] = ({}, {}, {})
        self.rx: list[tuple[re.Pattern, _Node]] = []
        self.gap: _Node | None = None
        self.keys: list[str] = []

    @property
    def is_leaf(self) -> bool:
        return not (self.plain[0] or self.plain[1] or self.plain[2] or self.rx or self.gap is not None)


class PlainSequences:
    """Lexicon patterns matched by lookup instead of spaCy's Matcher.

    spaCy's Matcher checks every pattern's first token at every token, and
    evaluates regular expressions per token and pattern; for thousands of
    lexicon terms that made matching the slow step. Here a pattern is a list
    of steps:

    * a plain value (``{"LEMMA": "vrouw"}``, ``{"LOWER": "zijn"}``);
    * a regular expression on the lower-cased word
      (``{"LOWER": {"REGEX": "^kostwinner"}}``), evaluated once per distinct
      word and cached;
    * an optional non-punctuation token (``{"IS_PUNCT": False, "OP": "?"}``,
      from the ``..`` gap of the term syntax).

    The patterns form a trie: a plain step is a dictionary lookup by the
    token's attribute hash (from ``Doc.to_array``, no Token objects), so the
    cost per token is three lookups plus the regexes of the first step
    (cached per word); patterns sharing a beginning ("de kostwinner", "de
    kostwinnersrol") are followed once. Anything else (raw ``tokens``
    patterns of user lexicons) goes to the Matcher. A test checks that both
    give the same spans.
    """

    ATTRS = {"LEMMA": 0, "LOWER": 1, "ORTH": 2}
    GAP = ("gap", None)

    def __init__(self) -> None:
        self._root = _Node()
        self._regexes: dict[str, re.Pattern] = {}
        self._regex_cache: dict[int, list[int]] = {}
        self._rx_groups: _RegexGroups | None = None  # the first-step regexes, grouped for a quick pre-check
        self._leaf_cache: set[_Node] | None = None
        self._plain_only: set[_Node] = set()

    @property
    def _leaves(self) -> set[_Node]:
        """The root's children that end every pattern through them (reset by :meth:`add`)."""
        if self._leaf_cache is None:
            children = [c for d in self._root.plain for c in d.values()]
            self._leaf_cache = {c for c in children if c.is_leaf}
            # children that only go on by a plain word: the next token decides whether to walk at all
            self._plain_only = {c for c in children if not (c.keys or c.rx or c.gap is not None)}
        return self._leaf_cache

    def _step(self, spec: dict):
        if spec == {"IS_PUNCT": False, "OP": "?"}:
            return self.GAP
        if len(spec) != 1:
            return None
        attr, value = next(iter(spec.items()))
        if attr in self.ATTRS and isinstance(value, str):
            return (self.ATTRS[attr], get_string_id(value))
        if attr == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
            rx = self._regexes.setdefault(value["REGEX"], re.compile(value["REGEX"]))
            return ("rx", rx)
        return None

    def add(self, key: str, pattern: list[dict]) -> bool:
        """Add *pattern* under *key*; False when the Matcher must take it."""
        steps = [self._step(spec) for spec in pattern]
        self._leaf_cache = None
        if not steps or any(st is None for st in steps) or steps[0] == self.GAP or steps[-1] == self.GAP:
            return False
        node = self._root
        for step in steps:
            if step == self.GAP:
                node.gap = node.gap or _Node()
                node = node.gap
            elif step[0] == "rx":
                child = next((c for rx, c in node.rx if rx is step[1]), None)
                if child is None:
                    child = _Node()
                    node.rx.append((step[1], child))
                    if node is self._root:
                        self._regex_cache.clear()
                        self._rx_groups = None
                node = child
            else:
                node = node.plain[step[0]].setdefault(step[1], _Node())
        if key not in node.keys:
            node.keys.append(key)
        return True

    def _walk(self, node: _Node, i: int, start: int, rows: list, strings, out: list) -> None:
        """Follow *node*'s steps from token *i*; record each pattern end reached."""
        for key in node.keys:
            out.append((key, start, i))
        if node.gap is not None:
            self._walk(node.gap, i, start, rows, strings, out)
            if i < len(rows) and not rows[i][3]:
                self._walk(node.gap, i + 1, start, rows, strings, out)
        if i >= len(rows):
            return
        row = rows[i]
        for attr in (0, 1, 2):
            child = node.plain[attr].get(row[attr])
            if child is not None:
                self._walk(child, i + 1, start, rows, strings, out)
        for rx, child in node.rx:
            if rx.search(strings[row[1]]):
                self._walk(child, i + 1, start, rows, strings, out)

    def prepare(self) -> None:
        """Build what matching derives from the patterns (one-word leaves, the grouped regexes) now."""
        self._leaves  # noqa: B018 - the property builds and caches them
        if self._rx_groups is None:
            self._rx_groups = _RegexGroups([rx for rx, _ in self._root.rx])

    def _regex_starts(self, lower_id: int, strings) -> list[int]:
        """Indices of the first-step regexes that the word (by its lower-case hash) matches."""
        hit = self._regex_cache.get(lower_id)
        if hit is None:
            if len(self._regex_cache) > 200_000:
                self._regex_cache.clear()
            lower = strings[lower_id]
            if self._rx_groups is None:
                self._rx_groups = _RegexGroups([rx for rx, _ in self._root.rx])
            hit = self._rx_groups.matching(lower)
            self._regex_cache[lower_id] = hit
        return hit

    def matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        return self.matches_and_words(doc)[0]

    def matches_and_words(self, doc: Doc) -> tuple[list[tuple[str, int, int]], int]:
        """The matches, and the number of words (alphabetic tokens) from the same attribute array."""
        # Attribute hashes in one C call: creating Token objects was the main cost.
        rows = doc.to_array([LEMMA, LOWER, ORTH, IS_PUNCT, IS_ALPHA]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        root = self._root
        out: list[tuple[str, int, int]] = []
        leaves = self._leaves
        plain_only = self._plain_only
        by_lemma, by_lower, by_orth = root.plain
        last = len(rows) - 1
        starts_by_rx = root.rx
        regex_cache = self._regex_cache
        for i, row in enumerate(rows):
            first, second, third = by_lemma.get(row[0]), by_lower.get(row[1]), by_orth.get(row[2])
            if first is not None or second is not None or third is not None:  # most words start no term
                for child in (first, second, third):
                    if child is None:
                        continue
                    if child in leaves:  # a one-word term, the common case: no walk needed
                        for key in child.keys:
                            out.append((key, i, i + 1))
                    elif child in plain_only:  # "de" of "de kostwinner": walk only when the next word fits
                        if i < last:
                            nxt = rows[i + 1]
                            lemma, lower, orth = child.plain
                            if nxt[0] in lemma or nxt[1] in lower or nxt[2] in orth:
                                self._walk(child, i + 1, i, rows, strings, out)
                    else:
                        self._walk(child, i + 1, i, rows, strings, out)
            if starts_by_rx:
                hit = regex_cache.get(row[1])
                if hit is None:
                    hit = self._regex_starts(row[1], strings)
                for k in hit:
                    self._walk(starts_by_rx[k][1], i + 1, i, rows, strings, out)
        return out, sum(row[4] for row in rows)


@dataclass(frozen=True)
class Hits:
    """All matches in one passage's Doc, by key, as sorted token spans."""

    by_key: dict[str, Spans]
    words: int | None = field(default=None, compare=False)
    """Alphabetic tokens in the passage, counted during matching (None: not counted)."""
    _starts: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    """Start tokens per key, built when a key is first looked up by sentence."""

    def get(self, key: str, sent: Span | None = None) -> Spans:
        spans = self.by_key.get(key)
        if not spans:
            return []
        if sent is None:
            return spans
        # spans are sorted by start: only those starting inside the sentence can lie in it
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = [s for s, _ in spans]
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        end = sent.end
        return [(s, e) for s, e in spans[lo:hi] if e <= end]

    def any(self, key: str, sent: Span) -> bool:
        return bool(self.get(key, sent))

    def negation_before(self, sent: Span, start: int, window: int) -> tuple[int, int] | None:
        """The first negation at most *window* tokens before token *start* in *sent*, if any."""
        return next(((s, e) for s, e in self.get("stance:negation", sent) if start - window <= s < start), None)


class ParsedDocument(list):
    """The parsed passages of one document, with the passages per lexicon key indexed once.

    A document of thousands of table cells is asked for every rule, measure
    and question which passages hold a key; the index answers that without
    visiting every passage each time.
    """

    _by_key: dict[str, list[int]] | None = None

    def indices_with(self, keys) -> list[int]:
        if self._by_key is None:
            by_key: dict[str, list[int]] = defaultdict(list)
            for i, pp in enumerate(self):
                for key in pp.hits.by_key:
                    by_key[key].append(i)
            self._by_key = by_key
        return sorted({i for k in keys for i in self._by_key.get(k, ())})


def passages_with(parsed: list[ParsedPassage], keys) -> list[ParsedPassage]:
    """The passages of *parsed* with a hit for at least one of *keys*, in order."""
    if isinstance(parsed, ParsedDocument):
        return [parsed[i] for i in parsed.indices_with(keys)]
    return [pp for pp in parsed if any(k in pp.hits.by_key for k in keys)]


@dataclass(frozen=True)
class ParsedPassage:
    """A passage with its spaCy Doc and the lexicon hits in it."""

    passage: Passage
    doc: Doc
    hits: Hits

    @cached_property
    def _sentences(self) -> list[Span]:
        return list(self.doc.sents)

    def sentences(self) -> list[Span]:
        """The sentences of the passage (built once)."""
        return self._sentences

    @cached_property
    def sentence_keys(self) -> list[set[str]]:
        """Per sentence, the keys with a hit inside it: a sentence without any
        of a rule's trigger keys need not be looked at for that rule."""
        sents = self._sentences
        starts = [s.start for s in sents]
        keys: list[set[str]] = [set() for _ in sents]
        for key, spans in self.hits.by_key.items():
            for s, e in spans:
                i = bisect_right(starts, s) - 1
                if i >= 0 and e <= sents[i].end:
                    keys[i].add(key)
        return keys

    def sentences_with(self, keys) -> list[tuple[int, Span]]:
        """(index, sentence) of the sentences with a hit for at least one of *keys*."""
        if not any(k in self.hits.by_key for k in keys):
            return []
        return [
            (i, sent)
            for i, (sent, present) in enumerate(zip(self._sentences, self.sentence_keys))
            if any(k in present for k in keys)
        ]
