"""Compile every term of the lexicon once and match them all in one pass per passage.

Terms go to a lookup index (:class:`~.sequences.PlainSequences`); only raw
token patterns of user lexicons use spaCy's Matcher. Each hit is filed under
the keys that name what it is for (:mod:`genderscan.lexicon.keys`: a rule's
own keys come with the rule, ``Rule.keys``). Analysers only read the
resulting :class:`Hits`; none of them runs spaCy again.

A term with a constraint (``kinderopvang{dep=obj}``, :mod:`genderscan.lexicon.terms`)
is matched by its words like any other. Its matches are checked against the
parse of their sentence only when an analyser asks for them (:meth:`Hits.get`),
so a sentence is parsed only where a constrained term matched *and* a rule
looks at it there: a constraint on a common word ("zijn") in one group of a
near pattern parses only the sentences where the other groups are present
too. Checked at matching time instead, the same constraint parsed 40 times as
many words (docs/performance.md). Without a syntax model a constraint is not
checked; a lexicon without constraints gets plain :class:`Hits`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple, Protocol

from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..lexicon import cache as lexicon_cache
from ..lexicon import keys
from ..lexicon.regexcheck import bounded_spec
from ..lexicon.schema import (
    AnaphoraPattern,
    CompoundPattern,
    Lexicon,
    NearPattern,
    Rule,
    TermsPattern,
    TokensPattern,
)
from ..lexicon.terms import (
    Constraint,
    Gap,
    Steps,
    Word,
    compound_sequences,
    exact_sequences,
    matcher_pattern,
    term_constraints,
    term_sequences,
)
from ..model import Passage
from ..nlp import LEMMATIZER, require_lexeme_attrs
from ..syntax import has_syntax, syntax_offset, token_syntax
from .sequences import PlainSequences

Spans = list[tuple[int, int]]


def _semicolon() -> list[Steps]:
    return [(Word("ORTH", ";"),)]


class _Constrained(NamedTuple):
    """A term with constraints: its step sequences and, per step, the constraint on that token."""

    sequences: list[Steps]
    constraints: tuple[Constraint | None, ...]


def _step_fits(step: Word | Any, token: Token) -> bool:
    if isinstance(step, Word):
        value = token.lemma_ if step.attr == "LEMMA" else token.lower_ if step.attr == "LOWER" else token.text
        return value == step.value
    return re.search(step.pattern, token.lower_) is not None


def _alignments(doc: Doc, steps: Steps, start: int, end: int) -> Iterator[tuple[int | None, ...]]:
    """Each way *steps* match exactly the tokens ``start..end``: the token of each step (None for an unused gap)."""

    def walk(k: int, i: int, taken: tuple[int | None, ...]) -> Iterator[tuple[int | None, ...]]:
        if k == len(steps):
            if i == end:
                yield taken
            return
        step = steps[k]
        if isinstance(step, Gap):
            yield from walk(k + 1, i, (*taken, None))
            if i < end and not doc[i].is_punct:
                yield from walk(k + 1, i + 1, (*taken, i))
        elif i < end and _step_fits(step, doc[i]):
            yield from walk(k + 1, i + 1, (*taken, i))

    return walk(0, start, ())


def satisfies(token: Token, constraint: Constraint) -> bool:
    """Whether the parse of *token*'s sentence meets *constraint* (True when there is no parse)."""
    parsed = token_syntax(token)
    if parsed is None:
        return True
    if constraint.pos and parsed.pos_ not in constraint.pos:
        return False
    for name, values in constraint.feats:
        if values.isdisjoint(parsed.morph.get(name, [])):
            return False
    if constraint.deps:
        dep = parsed.dep_.lower()
        if dep not in constraint.deps and dep.partition(":")[0] not in constraint.deps:
            return False
    if constraint.heads:
        if parsed.head.i == parsed.i:  # the root has no head
            return False
        head = token.doc[parsed.head.i + syntax_offset(token)]
        if head.lemma_ not in constraint.heads and head.lower_ not in constraint.heads:
            return False
    return True


def _holds(doc: Doc, term: _Constrained, start: int, end: int) -> bool:
    """Whether some way the term matches ``start..end`` meets every constraint of its words."""
    for steps in term.sequences:
        for tokens in _alignments(doc, steps, start, end):
            if all(
                c is None or (i is not None and satisfies(doc[i], c))
                for c, i in zip(term.constraints, tokens, strict=True)
            ):
                return True
    return False


class CompiledLexicon:
    """The lexicon's terms as one Matcher bound to a pipeline's vocabulary.

    Each distinct term is added to the Matcher once, under its own key, and
    mapped to every purpose that uses it ("vrouwen" serves some sixty rule
    groups). spaCy checks every pattern start at every token, so sharing
    terms keeps matching time proportional to the vocabulary of the lexicon,
    not to the number of rules that repeat it.
    """

    def __init__(
        self,
        lexicon: Lexicon,
        nlp: Language,
        *,
        lemma_only: bool | None = None,
        plain_index: bool = True,
        matcher: bool = True,
    ) -> None:
        """*lemma_only* (default: when our simplemma lemmatizer runs) and
        *plain_index* are speed-ups that must not change any match; the tests
        compare them with the plain spaCy Matcher on full patterns. *matcher*
        False collects the Matcher's patterns without adding them to it: a
        reference that runs them in its own Matcher (the tests) need not pay
        for building this one."""
        self.lexicon = lexicon
        self.matcher = Matcher(nlp.vocab)
        self._build_matcher = matcher
        # Our simplemma lemmatizer is context-free, so one LEMMA spec per word suffices.
        self._lemma_only = LEMMATIZER in nlp.pipe_names if lemma_only is None else lemma_only
        self._strings = nlp.vocab.strings
        self._purposes: dict[str, list[str]] = {}
        self._matcher_attrs: set[str] = set()  # token attributes of the patterns spaCy's Matcher takes
        self._plain = PlainSequences() if plain_index else None
        self._constrained: dict[str, _Constrained] = {}  # term keys of the terms with constraints
        self._matcher_patterns: list[tuple[str, list[list[dict[str, Any]]]]] = []  # as added, for the cache
        for rule in lexicon.rules:
            self._add_rule(rule)
            if rule.also is not None:
                self._add_rule(rule.also)
        self._add_terms(keys.STANCE_CRITICAL, lexicon.stance.critical)
        self._add_terms(keys.STANCE_NEGATION, lexicon.stance.negations)
        self._add_terms(keys.STANCE_CONTEXT, lexicon.stance.context)
        self._add_terms(keys.STANCE_POSITIVE, lexicon.stance.positive_action)
        self._add_terms(keys.STANCE_EACH, lexicon.stance.each_person)
        self._add_terms(keys.STANCE_FOLLOWING, lexicon.stance.following)
        self._add_terms(keys.STANCE_SCOPED, lexicon.stance.scoped)
        self._add_terms(keys.STANCE_DEFINITION, lexicon.stance.definitions)
        self._add_terms(keys.STANCE_PAST, lexicon.stance.past)
        self._add_terms(keys.STANCE_ATTRIBUTION, lexicon.stance.attribution)
        self._add_terms(keys.STANCE_FRAME, lexicon.stance.frames)
        self._add_terms(keys.STANCE_OWN, lexicon.stance.own_voice)
        self._add_terms(keys.STANCE_OWN_PLAN, lexicon.stance.own_plan)
        self._add_terms(keys.STANCE_TARGET, lexicon.stance.targets)
        self._add_terms(keys.STANCE_ADOPTION, lexicon.stance.adoption)
        self._add_terms(keys.STANCE_ENDORSEMENT, lexicon.stance.endorsement)
        self._add_terms(keys.STANCE_AFFIRMATION, lexicon.stance.affirmation)
        self._add_terms(keys.STANCE_ENDORSER, lexicon.stance.endorsers)
        self._add_terms(keys.STANCE_STATISTIC, lexicon.stance.statistic)
        self._add_terms(keys.STANCE_QUANTIFIER, lexicon.stance.quantifier)
        self._add_terms(keys.GENDER, lexicon.gender_terms)
        self._add_terms(keys.MALE, lexicon.male_terms, exact=True)
        self._add_terms(keys.MASCULINE, ("hij", "hem", "zijn", "hijzelf", "hemzelf"), exact=True)
        for q in lexicon.questions:
            self._add_terms(keys.question_key(q.id), q.topic)
        for m in lexicon.measures:
            self._add_rule(m.rule)
            self._add_terms(keys.other_sense_key(m.id), m.other_senses)
            self._add_terms(keys.other_group_key(m.id), m.other_groups)
            self._add_terms(keys.about_key(m.id), m.topic_nearby)
        for kind, terms in lexicon.evidence_cues.items():
            # imperatives are word forms ("volg", "regel"), not lemmas ("volgend" has the lemma volgen)
            self._add_terms(keys.evidence_key(kind), terms, exact=kind == "imperative")
        for domain, terms in lexicon.domains.items():
            self._add_terms(keys.domain_key(domain), terms)
        for kind, terms in lexicon.section_kinds.items():
            self._add_terms(keys.section_key(kind), terms)
        self._add_terms(keys.BUDGET_LINE, lexicon.budget_lines)
        self._add_terms(keys.DELEGATION, lexicon.delegation)
        self._add_terms(keys.DELEGATION_ENDED, lexicon.delegation_ended)
        self._add_terms(keys.NATIONAL_SELF, lexicon.national_self)
        self._add_terms(keys.AGREEMENT_SELF, lexicon.agreement_self)
        self._add_terms(keys.DECISION_ITEM, lexicon.decision_items)
        self._add_terms(keys.TEMPLATE_PROMPT, lexicon.template_prompts)
        self._add_terms(keys.DOMAIN_HEADING, lexicon.domain_headings)
        self._add_terms(keys.OTHER_HEADING, lexicon.other_headings)
        self._add_terms(keys.INCOME_SUPPORT, lexicon.income_support)
        self._add_terms(keys.JOBSEEKERS, lexicon.jobseekers)
        self._add_terms(keys.OTHER_SOCIAL, lexicon.other_social)
        self._add_terms(keys.DOMAIN_SENSE, lexicon.domain_senses)
        self._add_terms(keys.TITLE_OTHER_PEOPLE, lexicon.title_other_people)
        for theme in lexicon.themes:
            self._add_terms(keys.theme_key(theme.id), theme.terms)
        # near patterns do not reach across a semicolon (another clause)
        self._add_shared(keys.term_key(";", exact=True), keys.CLAUSE_SEMICOLON, _semicolon)
        require_lexeme_attrs(nlp, self._matcher_attrs)
        if self._plain is not None:
            self._plain.prepare()  # compile-time work, not the first document's

    _CACHED = ("_lemma_only", "_purposes", "_matcher_attrs", "_plain", "_constrained", "_matcher_patterns")
    """What the compiled lexicon is made of, apart from the lexicon and the pipeline's vocabulary."""

    @classmethod
    def cached(cls, lexicon: Lexicon, nlp: Language) -> CompiledLexicon:
        """``CompiledLexicon(lexicon, nlp)``, from the per-user cache when *lexicon* came from it.

        Compiling looks up the lemma of every term and builds the lookup index: 0.5 s of CPU,
        a quarter of analysing a one-sentence document. The compiled parts depend only on the
        lexicon (its cache key covers its files, genderscan's code, simplemma's and spaCy's
        versions) and on whether the pipeline lemmatizes with simplemma; they are pickled after
        compiling, before any document is matched, and put back in a new Matcher on *nlp*'s
        vocabulary. Regexes compile when first used (:class:`~genderscan.lexicon.cache.LazyPattern`).
        """
        key = lexicon_cache.key_of(lexicon)
        if key is None:
            return cls(lexicon, nlp)
        lemma_only = LEMMATIZER in nlp.pipe_names
        built: list[CompiledLexicon] = []

        def build() -> dict[str, Any]:
            built.append(cls(lexicon, nlp))
            return {name: getattr(built[0], name) for name in cls._CACHED}

        state = lexicon_cache.derived(
            "compiled",
            f"{key}-{int(lemma_only)}",
            build,
            accept=lambda v: isinstance(v, dict) and set(v) == set(cls._CACHED) and v["_lemma_only"] == lemma_only,
        )
        if built:
            return built[0]
        compiled = cls.__new__(cls)
        compiled.__dict__.update(state)
        compiled.lexicon = lexicon
        compiled._strings = nlp.vocab.strings
        compiled.matcher = Matcher(nlp.vocab)
        for term_key, patterns in compiled._matcher_patterns:
            compiled.matcher.add(term_key, patterns)
        require_lexeme_attrs(nlp, compiled._matcher_attrs)
        return compiled

    def _add_shared(self, term_key: str, purpose: str, sequences: Callable[[], list[Steps]]) -> None:
        """File *purpose* under *term_key*; the first time, compile the term's step *sequences*."""
        if term_key not in self._purposes:
            self._purposes[term_key] = []
            plain = self._plain
            rest = [seq for seq in sequences() if plain is None or not plain.add(term_key, seq)]
            if rest:
                self._add_to_matcher(term_key, [matcher_pattern(seq) for seq in rest])
        if purpose not in self._purposes[term_key]:
            self._purposes[term_key].append(purpose)

    def _add_to_matcher(self, term_key: str, patterns: list[list[dict[str, Any]]]) -> None:
        # a REGEX finds nothing in a token over REGEX_MAX_WORD characters, as in PlainSequences
        bounded = [bounded_spec(pattern) for pattern in patterns]
        self._matcher_patterns.append((term_key, bounded))
        if self._build_matcher:
            self.matcher.add(term_key, bounded)
        self._matcher_attrs.update(attr for pattern in patterns for spec in pattern for attr in spec if attr != "OP")

    def _add_tokens(self, term_key: str, purpose: str, pattern: TokensPattern) -> None:
        """A raw spaCy token pattern of a user lexicon: spaCy's Matcher takes it as it is."""
        if term_key not in self._purposes:
            self._purposes[term_key] = []
            self._add_to_matcher(term_key, [list(pattern.tokens)])
        if purpose not in self._purposes[term_key]:
            self._purposes[term_key].append(purpose)

    def _add_terms(self, purpose: str, terms: tuple[str, ...], exact: bool = False) -> None:
        for t in terms:
            key = keys.term_key(t, exact=exact)
            sequences = partial(exact_sequences, t) if exact else partial(term_sequences, t, self._lemma_only)
            if key not in self._purposes:
                constraints = term_constraints(t)
                if constraints is not None:
                    self._constrained[key] = _Constrained(sequences(), constraints)
            self._add_shared(key, purpose, sequences)

    def _add_rule(self, rule: Rule) -> None:
        """File the terms of every pattern of *rule* under the keys the rule carries."""
        own = rule.keys.own
        for n, pattern in enumerate(rule.patterns):
            if isinstance(pattern, TermsPattern):
                self._add_terms(own, pattern.terms)
            elif isinstance(pattern, CompoundPattern):
                key = keys.pattern_key("c", (pattern.prefixes, pattern.heads))
                self._add_shared(key, own, partial(compound_sequences, pattern.prefixes, pattern.heads))
            elif isinstance(pattern, TokensPattern):
                self._add_tokens(keys.pattern_key("p", list(pattern.tokens)), own, pattern)
            elif isinstance(pattern, AnaphoraPattern):
                antecedent, pronoun = rule.keys.anaphora[n]
                self._add_terms(antecedent, pattern.antecedent, exact=True)
                self._add_terms(pronoun, pattern.pronoun, exact=True)
            elif isinstance(pattern, NearPattern):
                for group_key, terms in zip(rule.keys.near[n], pattern.groups, strict=True):
                    self._add_terms(group_key, terms)
        self._add_terms(rule.keys.unless, rule.unless)

    def hits(self, doc: Doc) -> Hits:
        matches = [(self._strings[m], s, e) for m, s, e in self.matcher(doc)] if len(self.matcher) else []
        words = non_punct = None
        if self._plain is not None:
            plain, words, non_punct = self._plain.matches_and_counts(doc)
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
        by_key = {k: v if len(v) == 1 else sorted(set(v)) for k, v in found.items()}
        senses = by_key.get(keys.DOMAIN_SENSE)
        if senses:
            _drop_other_senses(by_key, senses, [keys.domain_key(d) for d in self.lexicon.domains])
        constrained = self._constrained
        if constrained and has_syntax(doc):  # without a syntax model a constraint is not checked
            unchecked = self._unchecked(matches)
            if unchecked:
                return CheckedHits(
                    by_key, words=words, non_punct=non_punct, unchecked=unchecked, doc=doc, terms=constrained
                )
        return Hits(by_key, words=words, non_punct=non_punct)

    def _unchecked(self, matches: list[tuple[str, int, int]]) -> dict[str, dict[tuple[int, int], list[str]]]:
        """Per key, the spans that only constrained terms matched, with those terms' keys."""
        constrained, purposes = self._constrained, self._purposes
        unchecked: dict[str, dict[tuple[int, int], list[str]]] = {}
        for term_key, start, end in matches:
            if term_key in constrained:
                for purpose in purposes[term_key]:
                    unchecked.setdefault(purpose, {}).setdefault((start, end), []).append(term_key)
        if unchecked:  # a span that a term without constraints matched too stands as it is
            for term_key, start, end in matches:
                if term_key not in constrained:
                    for purpose in purposes[term_key]:
                        if purpose in unchecked:
                            unchecked[purpose].pop((start, end), None)
        return {k: v for k, v in unchecked.items() if v}


def _drop_other_senses(by_key: dict[str, Spans], senses: Spans, domain_keys: list[str]) -> None:
    """Leave out the domain and income-support words that stand inside a phrase of ``domain_senses``
    ("met bijstand van een adviesbureau": help, not the benefit), and the headings that name a domain inside one
    ("Communicatie en participatie": inhabitants taking part in a plan, not the Participatiewet)."""
    for key in (*domain_keys, keys.INCOME_SUPPORT, keys.DOMAIN_HEADING):
        spans = by_key.get(key)
        if spans:
            kept = [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in senses)]
            if len(kept) < len(spans):
                if kept:
                    by_key[key] = kept
                else:
                    del by_key[key]


@dataclass(frozen=True)
class Hits:
    """All matches in one passage's Doc, by key, as sorted token spans.

    Read hits with :meth:`get` and :meth:`any`. ``by_key`` holds every match
    of the lexicon's words, also those of constrained terms that :meth:`get`
    has not checked yet (:class:`CheckedHits`): it says where there may be
    hits, which is what the indexes that skip passages and sentences need.
    """

    by_key: dict[str, Spans]
    words: int | None = field(default=None, compare=False)
    """Alphabetic tokens in the passage, counted during matching (None: not counted)."""
    non_punct: int | None = field(default=None, compare=False)
    """Tokens that are neither punctuation nor white space, counted during matching (None: not counted)."""
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

    def keys(self) -> set[str]:
        """The keys with at least one hit."""
        return set(self.by_key)

    def negation_before(self, sent: Span, start: int, window: int) -> tuple[int, int] | None:
        """The first negation at most *window* tokens before token *start* in *sent*, if any."""
        return next(((s, e) for s, e in self.get(keys.STANCE_NEGATION, sent) if start - window <= s < start), None)


@dataclass(frozen=True)
class CheckedHits(Hits):
    """Hits of a passage where terms with constraints matched: :meth:`get` checks those
    spans against the parse of their sentence when first asked (parsing it then), and
    leaves out the ones whose constraints do not hold."""

    unchecked: dict[str, dict[tuple[int, int], list[str]]] = field(default_factory=dict, compare=False, repr=False)
    """Per key, the spans that only constrained terms matched, with those terms' keys."""
    doc: Doc | None = field(default=None, compare=False, repr=False)
    terms: dict[str, _Constrained] = field(default_factory=dict, compare=False, repr=False)
    """The compiled lexicon's constrained terms by term key."""
    _verdicts: dict[tuple[str, int, int], bool] = field(default_factory=dict, compare=False, repr=False)

    def get(self, key: str, sent: Span | None = None) -> Spans:
        spans = super().get(key, sent)
        unchecked = self.unchecked.get(key)
        if not unchecked or not spans:
            return spans
        return [span for span in spans if span not in unchecked or self._holds(unchecked[span], span)]

    def keys(self) -> set[str]:
        return {k for k in self.by_key if self.get(k)}

    def _holds(self, term_keys: list[str], span: tuple[int, int]) -> bool:
        """Whether one of the constrained terms that matched *span* meets its constraints there."""
        assert self.doc is not None
        start, end = span
        for term_key in term_keys:
            seen = (term_key, start, end)
            verdict = self._verdicts.get(seen)
            if verdict is None:
                verdict = self._verdicts[seen] = _holds(self.doc, self.terms[term_key], start, end)
            if verdict:
                return True
        return False


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
                for key in pp.hit_keys:
                    by_key[key].append(i)
            self._by_key = by_key
        return sorted({i for k in keys for i in self._by_key.get(k, ())})


def passages_with(parsed: list[ParsedPassage], keys) -> list[ParsedPassage]:
    """The passages of *parsed* with a hit for at least one of *keys*, in order."""
    if isinstance(parsed, ParsedDocument):
        return [parsed[i] for i in parsed.indices_with(keys)]
    return [pp for pp in parsed if any(k in pp.hit_keys for k in keys)]


class Parse:
    """A passage's spaCy Doc and the lexicon hits in it, with its sentences (built once)."""

    __slots__ = ("doc", "hits", "_sentences", "_sentence_keys")

    def __init__(self, doc: Doc, hits: Hits) -> None:
        self.doc = doc
        self.hits = hits
        self._sentences: list[Span] | None = None
        self._sentence_keys: list[set[str]] | None = None

    def sentences(self) -> list[Span]:
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
        return self._sentences

    def sentence_keys(self) -> list[set[str]]:
        if self._sentence_keys is None:
            sents = self.sentences()
            if len(sents) == 1:  # most passages (table cells, headings): every hit is in it
                self._sentence_keys = [set(self.hits.by_key)]
                return self._sentence_keys
            starts = [s.start for s in sents]
            keys: list[set[str]] = [set() for _ in sents]
            for key, spans in self.hits.by_key.items():
                for s, e in spans:
                    i = bisect_right(starts, s) - 1
                    if i >= 0 and e <= sents[i].end:
                        keys[i].add(key)
            self._sentence_keys = keys
        return self._sentence_keys


class ParseSource(Protocol):
    """Where a passage's :class:`Parse` comes from when it is asked for (kept, or made again)."""

    def get(self, index: int) -> Parse: ...


class _Kept:
    """A :class:`ParseSource` that keeps one parse for ever."""

    __slots__ = ("parse",)

    def __init__(self, parse: Parse) -> None:
        self.parse = parse

    def get(self, index: int) -> Parse:
        return self.parse


class ParsedPassage:
    """A passage with its spaCy Doc and the lexicon hits in it.

    What the passes over the whole document read is kept with the passage:
    its words, its tokens that are no punctuation, and the keys with a hit.
    The Doc and the hits themselves come from a :class:`ParseSource`, which
    may drop them to save memory and make them again, the same, when they are
    asked for (:mod:`.passages`)."""

    __slots__ = ("passage", "words", "non_punct", "hit_keys", "_source", "_index")

    def __init__(self, passage: Passage, doc: Doc, hits: Hits, source: ParseSource | None = None, index: int = 0):
        self.passage = passage
        self.words: int = hits.words if hits.words is not None else int(doc.to_array(IS_ALPHA).sum()) if len(doc) else 0
        """Alphabetic tokens of the passage."""
        self.non_punct: int = (
            hits.non_punct
            if hits.non_punct is not None
            else len(doc) - int(doc.to_array([IS_PUNCT, IS_SPACE]).any(axis=1).sum())
            if len(doc)
            else 0
        )
        """Tokens that are neither punctuation nor white space."""
        self.hit_keys: tuple[str, ...] = tuple(hits.by_key)
        """The keys of ``hits.by_key`` (also those of constrained terms not checked yet)."""
        self._source: ParseSource = source if source is not None else _Kept(Parse(doc, hits))
        self._index = index

    @property
    def doc(self) -> Doc:
        return self._source.get(self._index).doc

    @property
    def hits(self) -> Hits:
        return self._source.get(self._index).hits

    def sentences(self) -> list[Span]:
        """The sentences of the passage (built once per Doc)."""
        return self._source.get(self._index).sentences()

    @property
    def sentence_keys(self) -> list[set[str]]:
        """Per sentence, the keys with a hit inside it: a sentence without any
        of a rule's trigger keys need not be looked at for that rule."""
        return self._source.get(self._index).sentence_keys()

    def sentences_with(self, keys) -> list[tuple[int, Span]]:
        """(index, sentence) of the sentences with a hit for at least one of *keys*."""
        if not any(k in self.hit_keys for k in keys):
            return []
        parse = self._source.get(self._index)
        return [
            (i, sent)
            for i, (sent, present) in enumerate(zip(parse.sentences(), parse.sentence_keys(), strict=True))
            if any(k in present for k in keys)
        ]
