"""Compile every term of the lexicon into one spaCy Matcher and run it once per passage.

Keys name what a match is for: ``rule:<id>``, ``near:<id>:<pattern>:<group>``,
``ana:<id>:<pattern>:a|p`` (antecedent, pronoun), ``unless:<id>``, ``male``, ``stance:critical``, ``stance:positive``, ``stance:negation``, ``question:<id>``,
``measure:<id>``, ``domain:<id>`` and ``gender``. Analysers only read the
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
    """The lexicon's terms as one Matcher bound to a pipeline's vocabulary."""

    def __init__(self, lexicon: Lexicon, nlp: Language) -> None:
        self.lexicon = lexicon
        self.matcher = Matcher(nlp.vocab)
        # Our simplemma lemmatizer is context-free, so one LEMMA spec per word suffices.
        self._lemma_only = LEMMATIZER in nlp.pipe_names
        self._strings = nlp.vocab.strings
        for rule in lexicon.rules:
            self._add_rule(rule)
        self._add_terms("stance:critical", lexicon.stance.critical)
        self._add_terms("stance:negation", lexicon.stance.negations)
        if lexicon.stance.context:
            self._add_terms("stance:context", lexicon.stance.context)
        if lexicon.stance.positive_action:
            self._add_terms("stance:positive", lexicon.stance.positive_action)
        self._add_terms("gender", lexicon.gender_terms)
        if lexicon.male_terms:
            self.matcher.add("male", [p for t in lexicon.male_terms for p in exact_patterns(t)])
        for q in lexicon.questions:
            self._add_terms(f"question:{q.id}", q.topic)
        for m in lexicon.measures:
            self._add_terms(f"measure:{m.id}", m.terms)
        for domain, terms in lexicon.domains.items():
            self._add_terms(f"domain:{domain}", terms)

    def _add_terms(self, key: str, terms: tuple[str, ...]) -> None:
        self.matcher.add(key, [p for t in terms for p in term_patterns(t, self._lemma_only)])

    def _add_rule(self, rule: Rule) -> None:
        direct: list[list[dict]] = []
        for n, pattern in enumerate(rule.patterns):
            if pattern.kind == "terms":
                direct.extend(p for t in pattern.spec for p in term_patterns(t, self._lemma_only))
            elif pattern.kind == "compound":
                direct.append(compound_pattern(*pattern.spec))
            elif pattern.kind == "tokens":
                direct.append(pattern.spec)
            elif pattern.kind == "anaphora":
                self.matcher.add(f"ana:{rule.id}:{n}:a", [p for t in pattern.spec.antecedent for p in exact_patterns(t)])
                self.matcher.add(f"ana:{rule.id}:{n}:p", [p for t in pattern.spec.pronoun for p in exact_patterns(t)])
            elif pattern.kind == "near":
                groups = pattern.spec[0]
                for g, terms in enumerate(groups):
                    self._add_terms(f"near:{rule.id}:{n}:{g}", terms)
        if direct:
            self.matcher.add(f"rule:{rule.id}", direct)
        if rule.unless:
            self._add_terms(f"unless:{rule.id}", rule.unless)

    def hits(self, doc: Doc) -> "Hits":
        found: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for match_id, start, end in self.matcher(doc):
            found[self._strings[match_id]].add((start, end))
        return Hits({k: sorted(v) for k, v in found.items()})


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
