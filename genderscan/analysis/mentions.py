"""Gender-blindness: how often the document refers to women, men or gender at all.

The rate is also given per part of the document when its headings show
which passages analyse the problem and which describe measures
(``section_kinds`` in lexicon.yml): a policy can name women in its analysis
and forget them in its measures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from ..lexicon.keys import GENDER, section_key
from ..lexicon.schema import Lexicon
from ..model import MentionStats, SectionMentions
from .matching import ParsedPassage
from .places import in_article

# A part counts only with at least this many words: one short paragraph
# under a heading says nothing about the part as a whole.
MIN_PART_WORDS = 30


def _rate(mentions: int, words: int) -> float:
    return round(1000 * mentions / words, 2) if words else 0.0


_TOP_LEVEL = re.compile(r"^\s*(?:hoofdstuk\s+)?\d+\.?\s+\D", re.IGNORECASE)


def _heading_kind(pp: ParsedPassage, current: str | None) -> str | None:
    """The part a heading starts: its own kind, else its parent's for a
    subheading ("4.2 Kinderopvang" under "4. Maatregelen"); a top-level
    numbered heading without a kind ends the part ("5. Financiën"), and so does an article or a heading under
    one: a law has no problem analysis and no measures part, whatever an article's title says (an expert read of
    the Participatiewet found "doelgroep", "voorziening" and "uitvoering" in article titles split it into both)."""
    if in_article(pp.passage.text, *pp.passage.location.section_path):
        return None
    own = next((k for k in ("maatregelen", "analyse") if pp.hits.get(section_key(k))), None)
    if own is not None:
        return own
    return None if _TOP_LEVEL.match(pp.passage.text) else current


def passage_words(pp: ParsedPassage) -> int:
    """Words (alphabetic tokens) of a passage."""
    return pp.words


# A form of address before a name ("mevrouw De Vries", "de heer J. Boon") names one person as a courtesy: no
# reference to gender in what the text says (an expert read of a decision list found a councillor's "de heer"
# counted, and an EIGE question answered by it). Not "meneer" or "mevrouw" on their own ("meneer komt met zijn
# vrouw"), and only for the mention figures and the questions: the rules and the second opinion still read such a
# sentence ("Geachte mevrouw El Amrani, omdat uw echtgenoot een baan heeft …").
_ADDRESSES = frozenset({"mevrouw", "meneer", "heer"})


def gender_references(pp: ParsedPassage, sent: Span | None = None) -> list[tuple[int, int]]:
    """The gender-term spans of *pp* (in *sent*) that refer to gender: not a form of address before a name."""
    if GENDER not in pp.hit_keys:
        return []  # (no Doc made again for a passage without one)
    doc = pp.doc
    out = []
    for s, e in pp.hits.get(GENDER, sent):
        after = doc[e] if e < len(doc) else None
        if (
            doc[e - 1].lower_ in _ADDRESSES
            and after is not None
            and after.text[:1].isupper()
            and after.text[:1].isalpha()
        ):
            continue
        out.append((s, e))
    return out


def count_mentions(parsed: list[ParsedPassage], lexicon: Lexicon) -> MentionStats:
    """Gender references in *parsed*: the whole document, or the sections a verdict covers."""
    terms: Counter[str] = Counter()
    parts = {kind: [0, 0] for kind in lexicon.section_kinds}
    kind: str | None = None
    words = 0
    for pp in parsed:
        if pp.passage.kind == "heading":
            kind = _heading_kind(pp, kind)
        n_words = passage_words(pp)
        hits = gender_references(pp)
        words += n_words
        for s, e in hits:
            terms[pp.doc[s:e].text.lower()] += 1
        if kind is not None and pp.passage.kind != "heading":
            parts[kind][0] += n_words
            parts[kind][1] += len(hits)
    total = sum(terms.values())
    split = None
    if parts and all(w >= MIN_PART_WORDS for w, _ in parts.values()):
        split = {k: {"words": w, "gender_mentions": m, "per_1000_words": _rate(m, w)} for k, (w, m) in parts.items()}
    return MentionStats(
        words=words,
        gender_mentions=total,
        per_1000_words=_rate(total, words),
        threshold=lexicon.gender_blind_threshold,
        terms=dict(sorted(terms.items())),
        parts=split,
    )


def section_mentions(
    parsed: list[ParsedPassage],
    sections: Sequence[tuple[tuple[str, ...], str, Sequence[int]]],
    words: list[int],
    back_matter: frozenset[int] = frozenset(),
) -> tuple[SectionMentions, ...]:
    """Gender references per section: *sections* are (heading path, domain, passage indices);
    *words* the words of every passage; *back_matter* the passages of references and a colophon.
    Sections without words are left out."""
    out = []
    for path, domain, passages in sections:
        n_words = sum(words[i] for i in passages)
        if n_words:
            references = {i: n for i in passages if (n := len(gender_references(parsed[i])))}
            mentions = sum(references.values())
            example = _example(parsed[next(iter(references))]) if references else None
            back = bool(passages) and all(i in back_matter for i in passages)
            out.append(SectionMentions(path, domain, n_words, mentions, _rate(mentions, n_words), example, back))
    return tuple(out)


EXAMPLE_CHARS = 300
"""Characters of a section's example sentence kept."""


def _example(pp: ParsedPassage) -> str | None:
    """The first sentence of *pp* with a gender reference, cut at EXAMPLE_CHARS characters."""
    for sent in pp.sentences():
        if gender_references(pp, sent):
            text = " ".join(sent.text.split())
            return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1].rstrip() + "…"
    return None
