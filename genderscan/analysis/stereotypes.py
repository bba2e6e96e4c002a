"""Stereotype findings: rule matches per sentence, with stance and fingerprint."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span

from ..lexicon.schema import Lexicon, NearPattern, Rule
from ..model import Finding, Location
from .anaphora import anaphora_spans
from .matching import Hits, ParsedPassage, passages_with
from .stance import classify, quote_ranges


@dataclass(frozen=True)
class Match:
    """Where a rule matched: token span, the context it is reported in, and extras for stance."""

    start: int
    end: int
    context_start: int
    distance: int = 0
    """Anaphora only: rank of the antecedent (lower wins when rules share a pronoun); 0 otherwise."""
    head: int | None = None
    """Start of the term a negation must precede (a near pattern's ``head`` group)."""


def near_spans(hits: Hits, rule: Rule, index: int, sent: Span) -> list[tuple[int, int, int | None]]:
    """``(start, end, head start)`` where a term of every group occurs, chained.

    Starting from each occurrence of the first group, every following group
    contributes its occurrence closest to the terms chosen so far; the match
    fails when that occurrence lies more than ``window`` tokens away, or when
    a semicolon separates the terms (another clause) unless the pattern is
    ``across_clauses``.
    """
    pattern = rule.patterns[index]
    assert isinstance(pattern, NearPattern)
    window, head, across_clauses = pattern.window, pattern.head, pattern.across_clauses
    per_group = [hits.get(key, sent) for key in near_keys(rule, index)]
    if not all(per_group):
        return []
    out = []
    for anchor in per_group[0]:
        chosen = [anchor]
        for spans in per_group[1:]:
            free = [s for s in spans if s not in chosen]
            distance = lambda s: min(abs(s[0] - c[0]) for c in chosen)
            best = min(free, key=lambda s: (distance(s), s), default=None)
            if best is None or distance(best) > window:
                break
            chosen.append(best)
        else:
            start, end = min(s for s, _ in chosen), max(e for _, e in chosen)
            if across_clauses or not any(start <= s < end for s, _ in hits.get("clause:semicolon", sent)):
                out.append((start, end, None if head is None else chosen[head][0]))
    return out


# The keys depend only on the rule id and the kinds of its patterns, so that pair is the cache key.
_TRIGGERS: dict[tuple, list[str]] = {}
_NEAR_KEYS: dict[tuple, tuple[str, ...]] = {}


def near_keys(rule: Rule, index: int) -> tuple[str, ...]:
    """Matcher keys of the term groups of *rule*'s near pattern *index*, one per group."""
    memo = (rule.id, index, len(rule.patterns[index].groups))
    keys = _NEAR_KEYS.get(memo)
    if keys is None:
        keys = _NEAR_KEYS[memo] = tuple(f"near:{rule.id}:{index}:{g}" for g in range(memo[2]))
    return keys


_NEEDS: dict[tuple, tuple[tuple[str, ...], ...]] = {}


def needed_keys(rule: Rule) -> tuple[tuple[str, ...], ...]:
    """The ways *rule* can match, as sets of keys that must all have a hit in the sentence:
    its own terms; every group of one of its near patterns; the pronoun of an anaphora pattern."""
    memo = (rule.id, tuple((p.kind, len(p.groups) if isinstance(p, NearPattern) else 0) for p in rule.patterns))
    needs = _NEEDS.get(memo)
    if needs is None:
        alternatives = [(f"rule:{rule.id}",)]
        for i, pattern in enumerate(rule.patterns):
            if pattern.kind == "near":
                alternatives.append(near_keys(rule, i))
            elif pattern.kind == "anaphora":
                alternatives.append((f"ana:{rule.id}:{i}:p",))
        needs = _NEEDS[memo] = tuple(alternatives)
    return needs


def trigger_keys(rule: Rule) -> list[str]:
    """Matcher keys of which at least one must have a hit for *rule* to match at all:
    the first key of each way to match (:func:`needed_keys`)."""
    memo = (rule.id, tuple(p.kind for p in rule.patterns))
    keys = _TRIGGERS.get(memo)
    if keys is None:
        keys = _TRIGGERS[memo] = [needs[0] for needs in needed_keys(rule)]
    return keys


def rule_matches(hits: Hits, rule: Rule, sent: Span, previous: Span | None = None, present=None) -> list[Match]:
    """Every match of *rule* in *sent*, earliest first.

    The context is the sentence, or starts at the sentence before it for a
    pronoun whose antecedent stands there. *present*, when given, holds the
    keys with a hit in *sent* (:attr:`ParsedPassage.sentence_keys`): a near
    pattern missing one of its groups there is not looked at.
    """
    key = trigger_keys(rule)[0]  # rule:<id>
    found = [Match(s, e, sent.start) for s, e in hits.get(key, sent)] if present is None or key in present else []
    for i, pattern in enumerate(rule.patterns):
        if pattern.kind == "near":
            if present is not None and not all(k in present for k in near_keys(rule, i)):
                continue
            found.extend(Match(s, e, sent.start, head=h) for s, e, h in near_spans(hits, rule, i, sent))
        elif pattern.kind == "anaphora":
            found.extend(
                Match(s, e, c, distance=d)
                for s, e, c, d in anaphora_spans(hits, f"ana:{rule.id}:{i}", sent, previous, pattern.next_sentence)
            )
    return sorted(set(found), key=lambda m: (m.start, m.end, m.context_start, m.distance))


def fingerprint(rule_id: str, sentence: str, occurrence: int) -> str:
    norm = " ".join(sentence.lower().split())
    return hashlib.sha256(f"{rule_id}\0{norm}\0{occurrence}".encode()).hexdigest()[:16]


class ContextCues:
    """Stance that passages inherit from what introduces them.

    * Under a heading with a report cue ("Lessen uit de genderscan",
      "Bevindingen"), every passage until the next heading. Only report
      cues: a heading such as "Armoede bestrijden" carries a critical cue
      but introduces policy, not findings.
    * After a paragraph that ends with a colon and carries such a cue ("De
      genderscan liet het volgende zien:"), the list items that follow it.
    """

    def __init__(self) -> None:
        self.section: str | None = None
        self.intro: str | None = None

    @staticmethod
    def _cue(pp: ParsedPassage, keys: tuple[str, ...] = ("stance:critical", "stance:context")) -> str | None:
        for key in keys:
            spans = pp.hits.get(key)
            if spans:
                s, e = spans[0]
                return pp.doc[s:e].text
        return None

    def update(self, pp: ParsedPassage) -> str | None:
        """The inherited cue for *pp* (None: judge its sentences on their own)."""
        kind = pp.passage.kind
        if kind == "heading":
            self.section = self._cue(pp, ("stance:context",)) and pp.passage.text
            self.intro = None
            return None
        if kind == "list_item":
            return self.intro or self.section
        self.intro = pp.passage.text if pp.passage.text.rstrip().endswith(":") and self._cue(pp) else None
        return self.section


def find_stereotypes(parsed: list[ParsedPassage], lexicon: Lexicon, suppressed: Counter | None = None) -> list[Finding]:
    """One finding per rule per sentence, in document order.

    A pronoun claimed by several anaphora rules (``de klantmanager bespreekt
    met de klant zijn …``) goes to the rule whose antecedent ranks first
    (see :func:`~genderscan.analysis.anaphora.anaphora_spans`). Passages
    under a heading or list intro that reports a scan's findings inherit
    its cue (:class:`ContextCues`).
    """
    findings: list[Finding] = []
    seen: Counter[tuple[str, str]] = Counter()
    context_cues = ContextCues()
    present: dict[str, bool] = {}  # measure id -> has evidence, looked up once per document
    blocked = {r.id for r in lexicon.rules if not document_allows(parsed, r, lexicon, present)}
    rules = [(r, tuple(frozenset(keys) for keys in needed_keys(r))) for r in lexicon.rules if r.id not in blocked]
    by_trigger: dict[str, list[int]] = {}
    for i, (rule, _) in enumerate(rules):
        for k in trigger_keys(rule):
            by_trigger.setdefault(k, []).append(i)
    for pp in parsed:
        inherited = context_cues.update(pp)
        # Only rules with a hit for a key every match of theirs needs can match in this
        # passage, and within it only in the sentences that have all the keys of one
        # way to match (its terms, every group of a near pattern, a pronoun).
        if not any(k in by_trigger for k in pp.hits.by_key):
            continue
        quotes = quote_ranges(pp.passage.text, lexicon.stance.quote_pairs, lexicon.stance.title_cues)
        sents = pp.sentences()
        for si, sent in enumerate(sents):
            present = pp.sentence_keys[si]
            candidates = sorted({i for k in present if k in by_trigger for i in by_trigger[k]})
            if not candidates:
                continue
            previous = sents[si - 1] if si else None
            per_rule = [
                (rules[i][0], rule_matches(pp.hits, rules[i][0], sent, previous, present))
                for i in candidates
                if any(keys <= present for keys in rules[i][1])
            ]
            nearest: dict[int, tuple[int, str]] = {}
            for rule, found in per_rule:
                for m in found:
                    if m.distance and (m.start not in nearest or m.distance < nearest[m.start][0]):
                        nearest[m.start] = (m.distance, rule.id)
            for rule, found in per_rule:
                found = [m for m in found if not m.distance or nearest[m.start][1] == rule.id]
                if not found:
                    continue
                m = found[0]
                start, end = m.start, m.end
                context = pp.doc[m.context_start : sent.end]
                if pp.hits.any(f"unless:{rule.id}", context):
                    continue
                waived = [s for s in pp.passage.suppress if s[0] in (rule.id, rule.category)]
                if waived:
                    if suppressed is not None:
                        suppressed[(pp.passage.location.paragraph, waived[0][0])] += 1
                    continue
                stance, cue = classify(
                    context, start, end, pp.hits, quotes, lexicon.stance, head=m.head, negatable=rule.negatable
                )
                if stance == "assertion" and inherited:
                    stance, cue = "critical", inherited
                # the Doc's text is the passage text: slicing it is Span.text without a Token per word
                raw = pp.passage.text[context.start_char : context.end_char]
                sentence = raw.strip()
                seen[(rule.id, sentence)] += 1
                offset = context.start_char + (len(raw) - len(raw.lstrip()))
                findings.append(
                    _finding(pp, rule, lexicon, start, end, sentence, offset, stance, cue, seen[(rule.id, sentence)])
                )
    return findings


def document_matches(parsed: list[ParsedPassage], rule: Rule) -> bool:
    """Whether *rule* matches in any sentence of the document."""
    keys = trigger_keys(rule)
    return any(
        rule_matches(pp.hits, rule, sent) for pp in passages_with(parsed, keys) for _, sent in pp.sentences_with(keys)
    )


def document_allows(parsed: list[ParsedPassage], rule: Rule, lexicon: Lexicon, present: dict[str, bool]) -> bool:
    """A rule's document conditions: none of its ``when_missing`` measures is
    present (ontheffing *without* kinderopvang), and its ``also_near`` pattern
    matches somewhere (vrijwilligerswerk for women *while* men get
    loonkostensubsidie). *present* caches measure presence for the document."""
    if rule.when_missing:
        from .measures import measure_evidence

        measures = {m.id: m for m in lexicon.measures}
        for mid in rule.when_missing:
            if mid not in present:
                present[mid] = bool(measure_evidence(parsed, measures[mid], {}, lexicon.stance.negation_window))
        if any(present[mid] for mid in rule.when_missing):
            return False
    also = rule.also_rule()
    return also is None or document_matches(parsed, also)


def _finding(
    pp: ParsedPassage,
    rule: Rule,
    lexicon: Lexicon,
    start: int,
    end: int,
    sentence: str,
    offset: int,
    stance: str,
    cue: str | None,
    occurrence: int,
) -> Finding:
    span = pp.doc[start:end]
    loc = pp.passage.location
    location = Location(
        file=loc.file,
        paragraph=loc.paragraph,
        page=loc.page,
        section=loc.section,
        char_start=span.start_char,
        char_end=span.end_char,
        page_label=loc.page_label,
    )
    return Finding(
        rule_id=rule.id,
        category=rule.category,
        stance=stance,
        severity=rule.severity,
        message=rule.message,
        explanation=rule.explanation,
        suggestion=rule.suggestion,
        source=rule.source,
        matched_text=pp.passage.text[span.start_char : span.end_char],
        sentence=sentence,
        location=location,
        fingerprint=fingerprint(rule.id, sentence, occurrence),
        sentence_span=(span.start_char - offset, span.end_char - offset),
        stance_cue=cue,
        atria_question=rule.atria_question or lexicon.category(rule.category).atria_question,
        unintended_effect=rule.unintended_effect,
    )
