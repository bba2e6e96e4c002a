"""Compile every term of the lexicon into one spaCy Matcher and run it once per passage.

Keys name what a match is for: ``rule:<id>``, ``near:<id>:<pattern>:<group>``,
``ana:<id>:<pattern>:a|p`` (antecedent, pronoun), ``unless:<id>``, ``male``, ``stance:critical``, ``stance:positive``, ``stance:negation``, ``question:<id>``,
``rule:M-<measure id>`` (measures compile like rules), ``domain:<id>`` and ``gender``. Analysers only read the
resulting :class:`Hits`; none of them runs spaCy again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..lexicon.schema import Lexicon, Rule
from ..lexicon.terms import exact_patterns, term_patterns
from ..nlp import LEMMATIZER
from ..model import Passage

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

    def __init__(self, lexicon: Lexicon, nlp: Language, *, lemma_only: bool | None = None, plain_index: bool = True) -> None:
        """*lemma_only* (default: when our simplemma lemmatizer runs) and
        *plain_index* are speed-ups that must not change any match; the tests
        compare them with the plain spaCy Matcher on full patterns."""
        self.lexicon = lexicon
        self.matcher = Matcher(nlp.vocab)
        # Our simplemma lemmatizer is context-free, so one LEMMA spec per word suffices.
        self._lemma_only = LEMMATIZER in nlp.pipe_names if lemma_only is None else lemma_only
        self._strings = nlp.vocab.strings
        self._purposes: dict[str, list[str]] = {}
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

    def _add_shared(self, term_key: str, purpose: str, patterns) -> None:
        if term_key not in self._purposes:
            self._purposes[term_key] = []
            rest = [p for p in patterns() if self._plain is None or not self._plain.add(term_key, p)]
            if rest:
                self.matcher.add(term_key, rest)
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
            if pattern.kind == "terms":
                self._add_terms(key, pattern.spec)
            elif pattern.kind == "compound":
                spec = compound_pattern(*pattern.spec)
                self._add_shared(f"c|{spec}", key, lambda spec=spec: [spec])
            elif pattern.kind == "tokens":
                self._add_shared(f"p|{pattern.spec}", key, lambda spec=pattern.spec: [spec])
            elif pattern.kind == "anaphora":
                self._add_terms(f"ana:{rule.id}:{n}:a", pattern.spec.antecedent, exact=True)
                self._add_terms(f"ana:{rule.id}:{n}:p", pattern.spec.pronoun, exact=True)
            elif pattern.kind == "near":
                for g, terms in enumerate(pattern.spec[0]):
                    self._add_terms(f"near:{rule.id}:{n}:{g}", terms)
        self._add_terms(f"unless:{rule.id}", rule.unless)

    def hits(self, doc: Doc) -> "Hits":
        found: dict[str, set[tuple[int, int]]] = defaultdict(set)
        matches = [(self._strings[m], s, e) for m, s, e in self.matcher(doc)]
        if self._plain is not None:
            matches += self._plain.matches(doc)
        for term_key, start, end in matches:
            for purpose in self._purposes[term_key]:
                found[purpose].add((start, end))
        return Hits({k: sorted(v) for k, v in found.items()})


class PlainSequences:
    """Patterns of plain attribute values (``{"LEMMA": "vrouw"}``, no operators), matched by lookup.

    spaCy's Matcher checks every pattern's first token at every token, which
    for thousands of lexicon terms made matching the slow step. Most terms
    are plain word sequences; they are indexed by their first token's value
    and verified directly, so the cost per token is a dictionary lookup. The
    Matcher keeps what needs it: regular expressions and optional tokens.
    """

    ATTRS = {"LEMMA": "lemma_", "LOWER": "lower_", "ORTH": "text"}

    def __init__(self) -> None:
        self._index: dict[tuple[str, str], list[tuple[str, tuple[tuple[str, str], ...]]]] = defaultdict(list)

    def add(self, key: str, pattern: list[dict]) -> bool:
        """Index *pattern* under *key* if it is plain; False when the Matcher must take it."""
        steps = []
        for spec in pattern:
            if len(spec) != 1:
                return False
            attr, value = next(iter(spec.items()))
            if attr not in self.ATTRS or not isinstance(value, str):
                return False
            steps.append((self.ATTRS[attr], value))
        entry = (key, tuple(steps))
        if entry not in self._index[steps[0]]:
            self._index[steps[0]].append(entry)
        return True

    def matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        out = []
        n = len(doc)
        for i, tok in enumerate(doc):
            for attr in ("lemma_", "lower_", "text"):
                for key, steps in self._index.get((attr, getattr(tok, attr)), ()):
                    end = i + len(steps)
                    if end <= n and all(getattr(doc[i + j], a) == v for j, (a, v) in enumerate(steps[1:], 1)):
                        out.append((key, i, end))
        return out


@dataclass(frozen=True)
class Hits:
    """All matches in one passage's Doc, by key, as sorted token spans."""

    by_key: dict[str, Spans]

    def get(self, key: str, sent: Span | None = None) -> Spans:
        spans = self.by_key.get(key, [])
        if sent is None:
            return spans
        return [(s, e) for s, e in spans if s >= sent.start and e <= sent.end]

    def any(self, key: str, sent: Span) -> bool:
        return bool(self.get(key, sent))

    def negation_before(self, sent: Span, start: int, window: int) -> tuple[int, int] | None:
        """The first negation at most *window* tokens before token *start* in *sent*, if any."""
        return next(((s, e) for s, e in self.get("stance:negation", sent) if start - window <= s < start), None)


@dataclass(frozen=True)
class ParsedPassage:
    """A passage with its spaCy Doc and the lexicon hits in it."""

    passage: Passage
    doc: Doc
    hits: Hits

    def sentences(self):
        return self.doc.sents
