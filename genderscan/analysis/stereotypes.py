"""Stereotype findings: rule matches per sentence, with stance and fingerprint."""

from __future__ import annotations

import hashlib
from collections import Counter

from spacy.tokens import Span

from ..lexicon.schema import Lexicon, Rule
from ..model import Finding, Location
from .matching import Hits, ParsedPassage, Spans
from .stance import classify, quote_ranges


def near_spans(hits: Hits, rule: Rule, index: int, sent: Span) -> Spans:
    """Spans where a term of every group occurs, chained: each within the window of one already chosen.

    Starting from each occurrence of the first group, every following group
    contributes its occurrence closest to the terms chosen so far; the match
    fails when that occurrence lies more than ``window`` tokens away.
    """
    groups, window = rule.patterns[index].spec
    per_group = [hits.get(f"near:{rule.id}:{index}:{g}", sent) for g in range(len(groups))]
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
            out.append((min(s for s, _ in chosen), max(e for _, e in chosen)))
    return out


def rule_spans(hits: Hits, rule: Rule, sent: Span) -> Spans:
    """All spans in *sent* where *rule* matches, earliest first."""
    spans = list(hits.get(f"rule:{rule.id}", sent))
    for i, pattern in enumerate(rule.patterns):
        if pattern.kind == "near":
            spans.extend(near_spans(hits, rule, i, sent))
    return sorted(set(spans))


def fingerprint(rule_id: str, sentence: str, occurrence: int) -> str:
    norm = " ".join(sentence.lower().split())
    return hashlib.sha256(f"{rule_id}\0{norm}\0{occurrence}".encode()).hexdigest()[:16]


def find_stereotypes(parsed: list[ParsedPassage], lexicon: Lexicon) -> list[Finding]:
    """One finding per rule per sentence, in document order."""
    findings: list[Finding] = []
    seen: Counter[tuple[str, str]] = Counter()
    for pp in parsed:
        quotes = quote_ranges(pp.doc.text, lexicon.stance.quote_pairs)
        for sent in pp.sentences():
            for rule in lexicon.rules:
                spans = rule_spans(pp.hits, rule, sent)
                if not spans or pp.hits.any(f"unless:{rule.id}", sent):
                    continue
                start, end = spans[0]
                stance, cue = classify(sent, start, end, pp.hits, quotes, lexicon.stance)
                sentence = sent.text.strip()
                seen[(rule.id, sentence)] += 1
                offset = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                findings.append(_finding(pp, rule, start, end, sentence, offset, stance, cue, seen[(rule.id, sentence)]))
    return findings


def _finding(pp: ParsedPassage, rule: Rule, start: int, end: int, sentence: str, offset: int, stance: str, cue: str | None, occurrence: int) -> Finding:
    span = pp.doc[start:end]
    loc = pp.passage.location
    location = Location(
        file=loc.file, paragraph=loc.paragraph, page=loc.page, section=loc.section,
        char_start=span.start_char, char_end=span.end_char,
    )
    return Finding(
        rule_id=rule.id, category=rule.category, stance=stance, severity=rule.severity,
        message=rule.message, explanation=rule.explanation, suggestion=rule.suggestion, source=rule.source,
        matched_text=span.text, sentence=sentence, location=location,
        fingerprint=fingerprint(rule.id, sentence, occurrence),
        sentence_span=(span.start_char - offset, span.end_char - offset), stance_cue=cue,
    )
