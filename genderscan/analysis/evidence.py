"""Collect sentences that carry a set of terms (optionally with a gender reference)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from ..lexicon.keys import GENDER
from ..model import NOTE_MARKS, WORDING, Evidence, Finding, Location
from .matching import ParsedDocument, ParsedPassage
from .mentions import gender_references

# Evidence sentences kept per question or measure in the report.
MAX_EVIDENCE = 3


Excluded = dict[int, list[tuple[int, str, str]]]
"""Assertion findings per paragraph number: (char offset in the passage, matched text, category)."""


def stereotyped_sentences(findings: list[Finding]) -> Excluded:
    """Char offsets, matched texts and categories of assertion findings per paragraph (not of :data:`WORDING`),
    to exclude their sentences. The text tells apart passages that share a paragraph number (the rows of a
    table, the items of a list)."""
    out: Excluded = {}
    for f in findings:
        if f.stance == "assertion" and f.location.char_start is not None and f.category not in WORDING:
            out.setdefault(f.location.paragraph, []).append((f.location.char_start, f.matched_text, f.category))
    return out


def evidence(text: str, loc: Location, terms, kind: str | None = None, sentence: int | None = None) -> Evidence:
    """An evidence sentence at the passage location *loc* (without char offsets); *kind* for measures;
    *sentence*: its 1-based number in the passage, where the caller counts it."""
    return Evidence(
        text=text.lstrip(NOTE_MARKS + " ") or text,  # not the mark of the footnote before it ("⁴³ Een tip …")
        location=replace(loc, char_start=None, char_end=None, sentence=sentence),
        terms=tuple(terms),
        kind=kind,
    )


ENUMERATION_ITEMS = 5
"""A sentence with this many semicolon-separated items or more is an enumeration (of risks, budget
categories, topics): its words name topics and say nothing about them."""


def enumeration(sent) -> bool:
    """Whether *sent* is an enumeration: ENUMERATION_ITEMS items or more separated by semicolons ("De
    sociale risico's kunnen zijn: ziekte; invaliditeit; …; moederschap; gezin; …")."""
    return sum(1 for t in sent if t.text == ";") >= ENUMERATION_ITEMS - 1


def in_excluded(sent, skip: list[tuple[int, str, str]]) -> bool:
    """True when a stereotyped finding starts inside *sent*: at its offset, *sent* holds the finding's text."""
    return any(
        sent.start_char <= c < sent.end_char and sent.text.startswith(text[: sent.end_char - c], c - sent.start_char)
        for c, text, _ in skip
    )


def claims_in_passage(text: str, skip: list[tuple[int, str, str]]) -> set[str]:
    """The categories of the assertions (from :func:`stereotyped_sentences`) that stand in the passage *text*."""
    return {category for c, found, category in skip if text.startswith(found, c)}


def collect(
    parsed: list[ParsedPassage],
    key: str,
    *,
    requires_gender: bool,
    exclude: Excluded,
    negation_window: int = 0,
    context: list[set[str]] | None = None,
    unless: str | None = None,
    no_enumerations: bool = False,
    leave_out: Callable[[ParsedPassage, Span], bool] | None = None,
) -> list[Evidence]:
    """Sentences with a hit for *key*; with *requires_gender* also a gender term.

    Sentences that themselves carry a stereotyped assumption (*exclude*, from
    :func:`stereotyped_sentences`) are no evidence of gender-aware policy.
    With *negation_window* > 0, a hit preceded that closely by a negation
    (``geen kinderopvang``) does not count. *context* (one key set per
    passage: the keys hit in its section heading) lets a heading supply the
    *key*; the gender reference must still be in the sentence. A sentence with a hit for *unless* is
    no evidence, nor, with *no_enumerations*, an enumeration (:func:`enumeration`), nor a sentence for
    which *leave_out* says so.
    """
    out: list[Evidence] = []
    # only passages with a hit for the key, or under a heading that has one, can give evidence
    if isinstance(parsed, ParsedDocument):
        candidates = set(parsed.indices_with((key,)))
    else:
        candidates = {i for i, pp in enumerate(parsed) if key in pp.hit_keys}
    if context is not None:
        candidates |= {i for i, keys in enumerate(context) if key in keys}
    for i in sorted(candidates):
        pp = parsed[i]
        if requires_gender and GENDER not in pp.hit_keys:
            continue  # no sentence of it has a gender term (and its Doc need not be made again)
        from_heading = context is not None and key in context[i] and pp.passage.kind != "heading"
        skip = exclude.get(pp.passage.location.paragraph, [])
        for _, sent in enumerate(pp.sentences()) if from_heading else pp.sentences_with((key,)):
            if in_excluded(sent, skip) or (unless is not None and pp.hits.any(unless, sent)):
                continue
            if (no_enumerations and enumeration(sent)) or (leave_out is not None and leave_out(pp, sent)):
                continue
            spans = pp.hits.get(key, sent)
            if negation_window:
                spans = [(s, e) for s, e in spans if not pp.hits.negation_before(sent, s, negation_window)]
            if not spans and not from_heading:
                continue
            gender = gender_references(pp, sent)  # not "de heer Paulides"
            if requires_gender and not gender:
                continue
            terms = sorted({pp.doc[s:e].text.lower() for s, e in spans + gender})
            loc = pp.passage.location
            out.append(evidence(sent.text.strip(), loc, terms))
    return out
