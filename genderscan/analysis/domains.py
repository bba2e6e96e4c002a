"""Which policy domain a document, and each of its sections, belongs to.

A document is first decided as a whole (:func:`detect_domain`): the rate of
domain-term hits per 1,000 words, from enough different terms. A document
without headings, or whose sections are all too short to decide, stays at
that: one section, as it always was.

A document with sections (:func:`map_domains`) is decided top-down, on the
tree of its heading paths. A section with enough words decides by the
density of domain terms over its own words (summed over the social domains,
each term counted at most MAX_PER_TERM times, from at least MIN_TERMS
different terms); a social section takes its whole subtree with it (one
of SPLIT_WORDS or more lets its subsections decide, when one of them is
social: a budget's social programme also holds youth care and culture), a
non-social one lets its subsections decide for themselves, and a section too
short to decide inherits its parent's domain (a short top-level section:
the document's, when the document turns out to be about one domain, else
other). The bar is the document's own (MIN_RATE) in a document that is
about a social domain as a whole, and a higher one (SECTION_RATE) in one that
is not: a chapter of a budget or a coalition agreement has to stand out.
Why the top level is found this way and not fixed: a budget's programmes sit
under a part ("Programma's" > "P2 Mens en maatschappij"), a coalition
agreement's themes are its top level, and a part of many programmes is too
diluted to pass while the programme that is social policy passes.

Only running text counts: hits in headings and table cells (budget lines,
indicator tables) do not, nor hits in a sentence that sorts money into budget
lines (``budget_lines`` in lexicon.yml: "Tot dit taakveld behoren …", "moeten
worden geboekt op categorie 4.3"). A section, or a document, with many
sentences that are no policy text, budget lines or decision formulas
(``decision_items``: "Besluit: de gemeenteraad te informeren over het
beleidsplan minimaregelingen"), per 1,000 words (NON_POLICY_RATE), is a
regulation, a chart of accounts or a record of decisions: its domain words
name budget lines or the documents decided on, so it is no social policy at
all. A short council proposal can be as dense (its decision points twice, among
a few paragraphs): no sign tried told the two apart in hostile reviews (see
docs/architecture.md), so its report says how to scan it as policy.

A heading can say what a section is about. A section under a heading that
names a social policy area (``domain_headings``: "Sociaal domein", "Werk en
inkomen", "Armoedebeleid") decides from HEADED_MIN_WORDS words on, with the
document-level bar (MIN_RATE, HEADED_MIN_TERMS different terms) even in a
document that is not about a social domain: a coalition agreement's social
paragraph is short, and it is still that agreement's social policy.

When the social sections hold most of the words of the sections that
decided (DOMINANT_SHARE), the document is about that domain and every
section belongs to it: its introduction and financial chapter are part of
the same policy; so is every section of a document whose sections are all
too short to decide. Not a section too short to decide whose heading names
an area without a checklist (``other_headings``: "2 Veiligheid" of a short
budget, "3 Jeugd en gezin" of a plan for the whole social domain), with at
most ELSEWHERE_TERMS different checklist terms and no women, men or gender
in its words: it is other, and the verdicts leave it out. Otherwise
the verdicts (measures, EIGE questions, gender-blindness) cover the social
sections only (:attr:`DomainMap.scope`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..lexicon.keys import (
    BUDGET_LINE,
    DECISION_ITEM,
    DOMAIN_HEADING,
    GENDER,
    INCOME_SUPPORT,
    JOBSEEKERS,
    OTHER_HEADING,
    OTHER_SOCIAL,
    TEMPLATE_PROMPT,
    TITLE_OTHER_PEOPLE,
    domain_key,
    rule_key,
)
from ..lexicon.schema import Lexicon
from ..model import BUDGET_LINES, DECISIONS, MAX_SOCIAL_ITEMS, NOTE_MARKS, TEMPLATE, DomainGuess, DomainShare
from .matching import ParsedPassage

OTHER = "other"
SUPPORT = "(support)"
"""While deciding only: a passage of a document over more areas that is no social policy but whose table rows may
carry the social measures' money (its finance chapter after the social one): other in the map, evidence for the
measures (:attr:`DomainMap.support`)."""

# Whole document: at least MIN_RATE term hits per 1,000 words of the best
# domain, from at least MIN_TERMS different terms; each term counts at most
# MAX_PER_TERM times, so one repeated word (a budget line, a regulation's
# name) cannot decide the domain of a document about something else.
MIN_RATE = 2.0
MIN_TERMS = 3
MAX_PER_TERM = 5
TOP_TERMS = 5

# Sections. A section shorter than this inherits its parent's domain: a few
# paragraphs say too little, and three domain words in 100 words are noise.
MIN_SECTION_WORDS = 300
# Hits per 1,000 words (all social domains together) a section needs in a
# document that is not about a social domain as a whole. The social
# programme of a budget and the social chapter of a coalition agreement have
# 6 to 15; their other chapters at most 3.5.
SECTION_RATE = 5.0
# Sentences with a budget-line or decision cue per 1,000 words that make a
# section (or a document) no policy text: an information regulation has 17 to
# 60 budget-line sentences in every chapter, a budget's financial paragraphs at
# most 6; a B&W decision list's items are almost all decision formulas, a
# council proposal has a few among its reasoning.
NON_POLICY_RATE = 10.0
# A whole document shorter than MIN_SECTION_WORDS (a one-page decision list) is no policy text
# at NON_POLICY_RATE when it has at least this many such sentences.
MIN_NON_POLICY_SENTENCES = 3
# A section under a heading that names a social policy area decides from this
# many words on, from this many different terms, at MIN_RATE.
HEADED_MIN_WORDS = 100
HEADED_MIN_TERMS = 2
# A social section of at least this many words with subsections (a budget's programme "Mens en
# maatschappij": participation next to youth care, health, sport and culture) lets its subsections
# decide for themselves (:func:`_split`); a social chapter of a coalition agreement or a policy
# plan's chapter is shorter.
SPLIT_WORDS = 3000
# Share of the words of the deciding sections in social ones above which the whole document is social.
DOMINANT_SHARE = 0.5
ELSEWHERE_TERMS = 3
"""A section headed by another policy area with more different terms of the checklist's domains than this is
not set apart by its heading (hostile reviews: "Economie en werkgelegenheid" about re-integration, "Jeugd en
werk" about young people on a benefit; a term repeated counts once). Was 1: in the read document sets with
social sections labelled, 25 top chapters under another area's heading were social by their words; the 18 that
name two or three terms ("6 Werk, bedrijvigheid en centrum" with employers and the number on bijstand, "5
Economie, cultuur en sport") were all labelled other, the 7 that name six or more all social (fifty-ninth
session)."""
# Care, welfare, youth and health (``other_social``) are social policy without a checklist here. A
# section (or a document) with more than this many times as many of their term hits as of the three
# checklist domains together is about them: a coalition agreement's paragraph on care and welfare
# that names poverty policy once is no poverty policy. Their hits also lower the confidence.
OTHER_SOCIAL_FACTOR = 2.0
WELFARE = "(other social)"
"""The tally's name for hits of ``other_social`` terms; never a domain of a section."""
# The domain the document's title names wins when it has at least this share of the best domain's hits
# (or words): an integration plan talks about work all the time, and its title says what it is.
TITLE_SHARE = 0.5
# The title: the first headings of a document, before its first paragraph (at most this many passages).
TITLE_PASSAGES = 3
# Passages whose domain terms count: running text, not headings or table cells.
PROSE_KINDS = ("paragraph", "list_item", "footnote")


def _tallied(lexicon: Lexicon) -> list[tuple[str, str]]:
    """(name, hit key) of what is counted: each checklist domain, and ``other_social`` as WELFARE."""
    return [(d, domain_key(d)) for d in lexicon.domains] + [(WELFARE, OTHER_SOCIAL)]


def title_domain(parsed: list[ParsedPassage], lexicon: Lexicon) -> str | None:
    """The checklist domain the document's title (:func:`_title`) names: the first of ``title_precedence`` it
    names ("Uitvoeringsplan participatie statushouders": inburgering), else the one it names first
    ("Uitvoeringsagenda armoede en schulden", "Participatie en inburgering 2027-2029"); None when it names
    none, or names the people of a ``title_precedence`` domain beside others (``title_other_people``:
    "Jaarplan werkzoekenden en statushouders")."""
    named: list[str] = []
    others = False  # the title names the people of another domain too ("werkzoekenden en statushouders")
    for pp, keys in _title(parsed):
        others = others or TITLE_OTHER_PEOPLE in keys
        named += [
            d
            for _, d in sorted((pp.hits.get(domain_key(d))[0][0], d) for d in lexicon.domains if domain_key(d) in keys)
        ]
    if not named:
        return None
    first = next((d for d in lexicon.title_precedence if d in named), named[0])
    if others and first in lexicon.title_precedence:
        return None  # a plan for jobseekers and status holders is about both: the text decides
    return first


# A document whose title names an area without a checklist ("Woonvisie 2035-2040", "Omgevingsvisie", "Integraal
# Veiligheidsplan") is social policy only where its social sections hold at least this share of its words: a
# housing vision's paragraph on housing refugees, or a safety plan's on debts as a risk, is no social policy.
TITLE_ELSEWHERE_SHARE = 0.3
TITLE_WORDS = 12
_CHAPTER = re.compile(r"^\s*(?:hoofdstuk\s+)?\d+(?:\.\d+)*\.?\s+\S", re.IGNORECASE)


def _title(parsed: list[ParsedPassage]):
    """The passages of the document's title: its first headings, up to the table of contents, the first
    numbered chapter or the first paragraph longer than a title line (a plain text's title lines can come as
    one short paragraph: "Woonvisie 2035-2040 Thuis in Gaverland"), unless that paragraph up to its
    particulars (``_METADATA``) is a title block in which no sentence ends (:func:`_title_block`); it is read up to
    them. Yields each passage with the hit keys of its title part."""
    for pp in parsed[:TITLE_PASSAGES]:
        keys = set(pp.hit_keys)
        if pp.passage.kind not in ("heading", "title") and len(pp.passage.text.split()) > TITLE_WORDS:
            found = _METADATA.search(pp.doc.text)
            # the title lines before the particulars: those can end a sentence ("Aangeboden door burgemeester H.
            # Bennekers", "Opgesteld door de afdeling Samenleving.")
            if not _title_block(pp.doc.text if found is None else pp.doc.text[: found.start()]):
                return
            cut = len(pp.doc) if found is None else next((t.i for t in pp.doc if t.idx >= found.start()), len(pp.doc))
            keys = {k for k in keys if any(s < cut for s, _ in pp.hits.get(k))}
        if pp.passage.kind == "toc" or _CHAPTER.match(pp.passage.text):
            return
        yield pp, keys


# A title block of several lines read as one paragraph ("Mobiliteitsplan Zwadderloo 2037-2045 Veilig, gezond en
# bereikbaar Vastgesteld door de gemeenteraad op …"): no sentence ends in it, and it is short.
TITLE_BLOCK_WORDS = 40
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")


# … whose title ends where its particulars begin ("Vastgesteld door …", "Portefeuille: Werk en Inkomen")
_METADATA = re.compile(
    r"\b(?:vastgesteld|portefeuille\w*|registratienummer|raadsvergadering|collegevergadering|kenmerk|zaaknummer|versie|"
    # "Uitvoering: …" (not "Uitvoering Wmo" as a title)
    r"auteur|opgesteld|aangeboden|behandeld)\b|\b(?:uitvoering|status|commissie|datum)\s*:",
    re.IGNORECASE,
)


def _title_block(text: str) -> bool:
    return len(text.split()) <= TITLE_BLOCK_WORDS and not _SENTENCE_END.search(text)


def _names_checklist(keys: set[str] | frozenset[str], lexicon: Lexicon) -> bool:
    return any(domain_key(d) in keys for d in lexicon.domains)


def title_elsewhere(parsed: list[ParsedPassage], lexicon: Lexicon) -> bool:
    """The document's title (:func:`_title`) names an area without a checklist and none of the checklist's
    areas nor their people ("Woonvisie statushouders …" names the people of one)."""
    found = False
    for _, keys in _title(parsed):
        if DOMAIN_HEADING in keys or _names_checklist(keys, lexicon):
            return False
        found = found or OTHER_HEADING in keys
    return found


# A preposition, and an optional article or possessive, before an area word of a title line: a motto's phrase
# ("Taal over het water", "Samen werken in het groen"), unless the line opens with the kind of document ("Visie op
# de haven", "Plan voor de openbare ruimte")
_GOVERNED = frozenset("aan bij door in langs met naar om onder op over tot tussen uit van via voor zonder".split())
_ARTICLE = frozenset({"de", "het", "een", "onze", "ons", "je", "jouw", "uw", "hun", "haar", "zijn"})
_DOCUMENT_KIND = re.compile(
    r"^(?:visie|beleid|beleidsplan|beleidskader|kader|nota|notitie|plan|actieplan|uitvoeringsplan|programma|agenda"
    r"|aanpak|koers|strategie|verordening|regeling)$"
)


def title_motto(parsed: list[ParsedPassage]) -> bool:
    """Every area word of the document's title (:func:`_title`) stands in a motto's phrase after a preposition
    ("Taalbootplan 2088–2091 / Taal over het water"): a weaker sign of another area than "Mobiliteitsplan", so a
    short plan dense with social terms through its sections is that social policy (:func:`_domains`)."""
    found = False
    for pp, keys in _title(parsed):
        if OTHER_HEADING not in keys:
            continue
        words = [t for t in pp.doc if t.is_alpha]
        if words and _DOCUMENT_KIND.match(words[0].lower_):
            return False
        for start, _ in pp.hits.get(OTHER_HEADING):
            i = start - 1
            if i >= 0 and pp.doc[i].lower_ in _ARTICLE:
                i -= 1
            if i < 0 or pp.doc[i].lower_ not in _GOVERNED:
                return False
        found = True
    return found


def title_checklist(parsed: list[ParsedPassage], lexicon: Lexicon) -> bool:
    """The document's title (:func:`_title`) names a checklist domain's policy or people ("Wijkplan Armoede en
    Schulden", "Uitvoeringsplan Inburgering"), and no other area beside it: a title that lists areas ("Afspraken …
    over wonen, gezondheid, opgroeien, bestaanszekerheid en werk") is that of a document over several."""
    titled = False
    for _, keys in _title(parsed):
        if OTHER_HEADING in keys and DOMAIN_HEADING in keys:
            return False
        titled = titled or (DOMAIN_HEADING in keys and _names_checklist(keys, lexicon))
    return titled


def _other_by_title(social_words: int, words: list[int]) -> tuple[DomainGuess, list[str]]:
    """A document whose title names another area, with too small a social part: other throughout."""
    return DomainGuess(OTHER, round(1 - social_words / sum(words), 2), ()), [OTHER] * len(words)


def other_confidence(rate: float, distinct: int) -> float:
    """Confidence in "other", in [0, 1]: it falls as the best domain comes closer to both bars
    (its rate of term hits and its number of different terms); 0 when it clears both."""
    closeness = min(1.0, rate / MIN_RATE) * min(1.0, distinct / MIN_TERMS)
    return round(1.0 - closeness, 2)


def _domain_counts(parsed: list[ParsedPassage], lexicon: Lexicon) -> dict[str, Counter[str]]:
    """How often each term of each domain stands in the document (lower case)."""
    keys = _tallied(lexicon)
    counts: dict[str, Counter[str]] = {d: Counter() for d, _ in keys}
    for pp in parsed:
        by_key = pp.hit_keys
        for domain, key in keys:
            if key in by_key:
                for s, e in pp.hits.get(key):
                    counts[domain][pp.doc[s:e].text.lower()] += 1
    return counts


def detect_domain(parsed: list[ParsedPassage], lexicon: Lexicon, words: int) -> DomainGuess:
    """The domain of the document as a whole, from every domain-term hit in it."""
    counts = _domain_counts(parsed, lexicon)
    totals = {d: sum(min(n, MAX_PER_TERM) for n in c.values()) for d, c in counts.items()}
    welfare = totals.pop(WELFARE)
    all_hits = sum(totals.values())
    best = max(sorted(totals), key=lambda d: totals[d]) if totals else OTHER
    titled = title_domain(parsed, lexicon)
    if titled is not None and totals.get(titled, 0) >= TITLE_SHARE * totals.get(best, 0):
        best = titled  # "Uitvoeringsplan inburgering" with many words of work in it is still about integration
    rate = 1000 * totals.get(best, 0) / words if words else 0.0
    distinct = sum(1 for n in counts.get(best, Counter()).values() if n)
    if best == titled and distinct < MIN_TERMS and rate >= MIN_RATE and _income_support(parsed) >= MIN_TERMS:
        # the title's domain fills the text with one term ("Beleidsregels bijzondere bijstand" through every
        # article), in a text about benefits: social policy, about what its title names
        distinct = MIN_TERMS
    if rate < MIN_RATE or distinct < MIN_TERMS:
        return DomainGuess(OTHER, other_confidence(rate, distinct), ())
    if welfare > OTHER_SOCIAL_FACTOR * all_hits:  # care or welfare policy that names a checklist domain
        return DomainGuess(OTHER, round(welfare / (welfare + all_hits), 2), ())
    top = tuple(t for t, _ in sorted(counts[best].items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS])
    return DomainGuess(best, round(totals[best] / (all_hits + welfare), 2), top)


def _income_support(parsed: list[ParsedPassage]) -> int:
    """How many different words of income support (``income_support``, by lemma) the running text names, when
    they stand in more than one sentence: one clause naming benefits in passing ("Een uitkering of bijstand is
    geen grond voor urgentie") does not make a housing rule about them."""
    found: set[str] = set()
    sentences: set[tuple[int, int]] = set()
    for i, pp in enumerate(parsed):
        if INCOME_SUPPORT not in pp.hit_keys or not _prose(pp):
            continue
        for s, e in pp.hits.get(INCOME_SUPPORT):
            found.add(" ".join(t.lemma_.lower() or t.lower_ for t in pp.doc[s:e]))
            sentences.add((i, pp.doc[s].sent.start))
    return len(found) if len(sentences) > 1 else 0


@dataclass(frozen=True)
class Part:
    """A stretch of the document with one domain: a section with everything under it, or (where its
    subsections differ) a section's own passages; ``path`` ``()`` is the text before the first heading."""

    path: tuple[str, ...]
    domain: str
    passages: tuple[int, ...]
    """Indices into the parsed passages, in order."""
    words: int


@dataclass(frozen=True)
class DomainMap:
    """The domains of a document: its main domain, its parts and the passages the verdicts cover."""

    guess: DomainGuess
    parts: tuple[Part, ...]
    """The document in parts of one domain each, in reading order."""
    words: int
    """Words of the whole document."""
    scope: tuple[int, ...] | None = None
    """Passages in social sections when the document has other sections too; None: the whole document."""
    back_matter: frozenset[int] = frozenset()
    """Passages of back matter (references, a colophon): other, but no other policy either."""
    support: tuple[int, ...] = ()
    """Passages outside :attr:`scope` that the measures still read: the finance and execution chapters after the
    social chapter of a document over more areas, whose tables carry the social measures' money."""
    frames: tuple[int, ...] = ()
    """Passages outside :attr:`scope` of chapters that frame the document (an introduction, a summary) that the
    measures and the EIGE questions still read."""

    @property
    def evidence_scope(self) -> tuple[int, ...] | None:
        """The passages the measures read: the scope, the support and the frames, in reading order (None:
        everything)."""
        if self.scope is None:
            return None
        return tuple(sorted({*self.scope, *self.support, *self.frames}))

    @property
    def question_scope(self) -> tuple[int, ...] | None:
        """The passages the EIGE questions read: the scope and the frames (None: everything)."""
        if self.scope is None:
            return None
        return tuple(sorted({*self.scope, *self.frames}))

    def money_sections(self) -> tuple[tuple[str, ...], ...]:
        """Heading paths of the parts that hold :attr:`support` (``domain_detail.money_sections``)."""
        support = set(self.support)
        return tuple(p.path for p in self.parts if support.intersection(p.passages)) if support else ()

    def shares(self) -> tuple[DomainShare, ...]:
        """``domains[]``: every domain with its share of the words and its sections, largest first."""
        words: Counter[str] = Counter()
        sections: dict[str, list[tuple[str, ...]]] = {}
        for part in self.parts:
            if part.words:
                words[part.domain] += part.words
                sections.setdefault(part.domain, []).append(part.path)
        if not words:
            return (DomainShare(self.guess.id, 1.0, ()),)
        order = sorted(words, key=lambda d: (-words[d], d == OTHER, d))
        return tuple(DomainShare(d, round(words[d] / self.words, 3), tuple(sections[d])) for d in order)


@dataclass
class _Node:
    """A section with everything under it: its words, sentences that are no policy text (budget
    lines, decision formulas) and counted domain terms; *headed*: its heading names a social area;
    *elsewhere*: it names an area without a checklist (safety, youth care) and no social one."""

    path: tuple[str, ...]
    words: int = 0
    cues: int = 0
    headed: bool = False
    named: str | None = None
    """The one checklist domain its domain heading names, when that domain comes first in titles (``title_precedence``:
    "4 Inburgering en integratie") or is not participation (``topic``)."""
    elsewhere: bool = False
    topic: str | None = None
    """The one checklist domain whose terms its heading holds, other than participation, whose words stand in every
    domain's texts ("2 Aanpak van energiearmoede"; not "4 Taal, werk en inkomen")."""
    gendered: int = 0
    """Passages of running text that name women, men or gender."""
    measured: int = 0
    """Passages that hold the words of a measure of the checklist (its rule's keys)."""
    terms: Counter[tuple[str, str]] = field(default_factory=Counter)
    own: list[int] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)

    def non_policy(self) -> float:
        """Sentences that are no policy text (budget lines, decision formulas) per 1,000 words."""
        return 1000 * self.cues / self.words if self.words else 0.0


def _prose(pp: ParsedPassage) -> bool:
    return pp.passage.kind in PROSE_KINDS and pp.passage.is_content


MIN_TEMPLATE_PROMPTS = 4
TEMPLATE_PROMPT_RATE = 2.5
TEMPLATE_SECTIONS = 3
"""A text with at least MIN_TEMPLATE_PROMPTS sentences that tell its writer what to write there ("Beschrijf hier
de argumenten", ``template_prompts``), at least TEMPLATE_PROMPT_RATE of them per 1,000 words, in at least
TEMPLATE_SECTIONS sections (or the whole text, where it has none), is a template: a council proposal's format
has one in almost every part (6 in 1,200 words); a policy text none, and a plan with a reply form as its annex
has them in the annex only."""


def _template_rate(parsed: list[ParsedPassage], words: int) -> float:
    """Sentences that prompt a template's writer per 1,000 words; 0 below MIN_TEMPLATE_PROMPTS of them, or
    when they stand in fewer than TEMPLATE_SECTIONS sections of a text that has that many."""
    where = [
        pp.passage.location.section_path
        for pp in parsed
        if pp.passage.is_content and TEMPLATE_PROMPT in pp.hit_keys
        for sent in pp.sentences()
        if pp.hits.any(TEMPLATE_PROMPT, sent)
    ]
    sections = len({pp.passage.location.section_path for pp in parsed if pp.passage.is_content})
    if len(where) < MIN_TEMPLATE_PROMPTS or len(set(where)) < min(TEMPLATE_SECTIONS, sections):
        return 0.0
    return 1000 * len(where) / max(words, 1)


def non_policy_kind(parsed: list[ParsedPassage]) -> str:
    """DECISIONS or BUDGET_LINES: which of the two kinds of sentence that are no policy text a document
    has more of (a tie: budget lines, whose headings name budget lines rather than decisions to scan)."""
    counts: Counter[str] = Counter()
    for pp in parsed:
        if not _prose(pp):
            continue
        for key in NON_POLICY:
            if key in pp.hit_keys:
                counts[key] += sum(1 for sent in pp.sentences() if pp.hits.any(key, sent))
    return DECISIONS if counts[DECISION_ITEM] > counts[BUDGET_LINE] else BUDGET_LINES


# An agenda item's own line in a record of decisions: "2.a Evaluatie re-integratie", "5.b.1 Beantwoording …",
# "10.b.12", "2.A", "2.c)", "IV.a", "Agendapunt 3 …", or a table's number cell alone ("2.a"); not a decision's
# own numbered points ("1. De gemeenteraad te informeren …", "1.a in te stemmen met …": a line with a decision
# formula is a decision, not an item's title), nor a number ("1.400 huishoudens"), nor an initial ("I. Bakker").
_AGENDA_ITEM = re.compile(
    r"^(?:agendapunt\s+\d{1,3}\b"
    r"|\(?\d{1,3}(?:[.)]\d{1,2}(?!\d)|[.)]?[a-z](?![a-z]))+[.)]?"
    r"|(?-i:[IVXL]{1,6})[.)](?:(?:\d{1,2}|[a-z])(?![a-z\d])[.)]?)+)(?=\s|$)",
    re.IGNORECASE,
)
MAX_ITEM_DECISIONS = 3
"""Passages with a decision formula under one heading above which the heading holds several items."""
SAME_DECISION_PASSAGES = 3
"""Outside agenda items, a paragraph this close after one that names a domain term it names too repeats its
decision (a list item or a table row is a decision of its own)."""
AGENDA_ITEM_WORDS = 60
"""An agenda item's own line is at most this long (a paragraph of reasoning that opens with a number is none)."""
SOCIAL_ITEM_WORDS = 20
"""A social item's text (its agenda line, else the sentence that names the domain) is cut after this many
words."""


CHILDCARE = "kinderopvang"
"""The measure whose terms also make an agenda item social (:func:`social_items`)."""


@dataclass(frozen=True)
class SocialItem:
    """An agenda item of a record of decisions that names work, integration, poverty or childcare (``social_items``)."""

    text: str
    """Its own line (a heading, "2.a …"), with the sentence that names the domain when that line does not, cut
    after SOCIAL_ITEM_WORDS words; without footnote marks."""
    passage: ParsedPassage
    """The passage of its line, else of the sentence."""
    terms: list[str]


# Headings of an agenda item's parts, which name no item of their own ("### Besluit" under "## 2.a …").
_ITEM_PARTS = frozenset(
    {"besluit", "besluiten", "beslispunt", "beslispunten", "toelichting", "voorstel", "advies", "kanttekeningen"}
    | {"argumenten", "samenvatting", "inhoud", "bijlage", "bijlagen", "financiën", "communicatie"}
)


def _opens_item(pp: ParsedPassage, decisions: Counter[tuple[str, ...]]) -> bool:
    """*pp* starts an agenda item: a heading (not one of an item's parts: "Besluit", "Toelichting", "Beslispunt 2",
    nor one over more than MAX_ITEM_DECISIONS passages with a decision formula: *decisions*, per section), or
    a line (paragraph, list item, table cell) that opens with an agenda number and holds no decision formula."""
    text = pp.passage.text
    if pp.passage.kind == "heading":  # not "Beslispunt 2:", "Voorstel aan de raad"
        return not _part_of_item(pp) and decisions[pp.passage.location.section_path] <= MAX_ITEM_DECISIONS
    return (
        pp.passage.kind in ("paragraph", "list_item", "table_cell")
        and len(text.split()) <= AGENDA_ITEM_WORDS
        and _AGENDA_ITEM.match(text) is not None
        and DECISION_ITEM not in pp.hit_keys
    )


# The list of those present (with their portfolios: "wethouder Werk en Inkomen"), under a heading or as a line.
_ATTENDANCE = frozenset({"aanwezig", "aanwezigen", "afwezig", "afwezigen", "presentielijst", "voorzitter", "notulist"})


def _first_word(text: str) -> str:
    first = re.sub(r"[\W\d_]+", " ", text).split()[:1]
    return (first or [""])[0].lower()


def _part_of_item(pp: ParsedPassage) -> bool:
    """A heading that names a part of an agenda item ("Besluit", "Toelichting", "Beslispunt 2")."""
    return _first_word(pp.passage.text) in _ITEM_PARTS


_SPATIAL = re.compile(
    r"\b(?:omgevings\w*|ruimtelijke?|bestemmingsplan\w*|inspraak\w*|burgerparticipatie|bewonersparticipatie)\b",
    re.IGNORECASE,
)
"""Words of spatial planning and residents' say, where "participatie" is taking part in the plan, not the
Participatiewet ("Startnotitie Participatie Omgevingsvisie", an expert read of a list of decisions)."""


def _residents_say(pp: ParsedPassage, named: list[tuple[Span, str]]) -> bool:
    """The passage names a domain only with "participatie", beside words of spatial planning or residents' say:
    residents taking part in a plan."""
    return all(term.startswith("participatie") for _, term in named) and _SPATIAL.search(pp.passage.text) is not None


def _attendance(pp: ParsedPassage) -> bool:
    """A passage of the list of those present ("Aanwezigen Burgemeester …, wethouder Werk en Inkomen")."""
    path = pp.passage.location.section_path
    return _first_word(pp.passage.text) in _ATTENDANCE or bool(path and _first_word(path[-1]) in _ATTENDANCE)


def _clean(text: str) -> str:
    """*text* without footnote marks, on one line, cut after SOCIAL_ITEM_WORDS words."""
    words = re.sub(f"[{NOTE_MARKS}]+", "", text).split()
    return " ".join(words[:SOCIAL_ITEM_WORDS]) + (" …" if len(words) > SOCIAL_ITEM_WORDS else "")


_FUNDING = re.compile(
    r"\b(?:(?:te\s+)?dekken|gedekt|dekking|financieren|gefinancierd|bekostigen|bekostigd|betalen|betaald)\s+(?:uit|via)\b"
    r"|\bten\s+laste\s+van\b|\bbudget\s+(?:voor|van)\b",
    re.IGNORECASE,
)
FUNDING_REACH = 8
"""Words before a domain term in which a funding phrase makes the term the source of the money, not the item's topic:
"Huisvesting taalklas …, te dekken uit het beschikbare budget voor de noodopvang Vluchtelingen" is about a class
room (an expert read of a list of decisions)."""


def _funding_source(before: str) -> bool:
    """The words *before* a domain term name the budget a cost is charged to."""
    return _FUNDING.search(before) is not None


def social_items(parsed: list[ParsedPassage], lexicon: Lexicon) -> list[SocialItem]:
    """The agenda items of a record of decisions that name a checklist domain's terms, in the document's order,
    at most MAX_SOCIAL_ITEMS: the decisions whose policy documents an adviser should scan ("5.b.6
    Raadsinformatiebrief Ontwikkeling nieuw beleidsplan Schuldhulpverlening").

    An agenda item runs from its own line (a heading, or a line that opens with an agenda number: "2.a …",
    "Agendapunt 3 …") to the next; its heading's words count with its decisions'. Where a section has no
    such lines, each passage is an item, and a passage that names a term of one at most
    SAME_DECISION_PASSAGES before is the same decision again (its title, its short and its full text). Each
    item is named by its own line, with the sentence that names the domain when the line itself does not
    (:class:`SocialItem`). Not care and welfare's terms: in a record
    of decisions they name building permits ("Gezondheidscentrum … Omgevingsvergunning") and owners'
    associations (VvE) as often as policy. Childcare's terms do count (the checklist's first measure: an expert read
    of a decision list missed "Jaarverantwoording kinderopvang"). A passage with a budget line sorts money and is
    passed over."""
    keys = [domain_key(d) for d in lexicon.domains]
    keys += [m.rule.keys.own for m in lexicon.measures if m.id == CHILDCARE]
    # a heading over many decisions ("COLLEGEBESLUITEN (334 besluiten)") holds items, it is none itself
    decisions: Counter[tuple[str, ...]] = Counter(
        pp.passage.location.section_path for pp in parsed if DECISION_ITEM in pp.hit_keys
    )
    found: list[SocialItem] = []
    listed: set[int] = set()  # the items (by their line's order) listed
    titles: set[str] = set()  # and their lines' texts
    opener: tuple[int, ParsedPassage] | None = None  # the current item's line
    path: tuple[str, ...] | None = None
    last: tuple[int, frozenset[str]] | None = None  # the passage listed last outside items, and its terms
    for order, pp in enumerate(parsed):
        if not pp.passage.is_content:
            continue
        here = pp.passage.location.section_path
        if pp.passage.kind != "heading" and here != path and (opener is None or opener[1].passage.kind != "heading"):
            opener = None  # a new section: no agenda line yet
        path = here
        if _opens_item(pp, decisions):
            opener = (order, pp)
        elif pp.passage.kind == "heading" and not _part_of_item(pp):
            opener = None  # "Overige besluiten" over several decisions: each of its passages is an item
        if BUDGET_LINE in pp.hit_keys or _attendance(pp):
            continue
        present = [key for key in keys if key in pp.hit_keys]
        named = [
            (sent, pp.doc[s:e].text.lower())
            for sent in pp.sentences()
            for key in present
            for s, e in pp.hits.get(key, sent)
            if not _funding_source(pp.doc[max(sent.start, s - FUNDING_REACH) : s].text)
        ]
        if not named or _residents_say(pp, named):
            continue
        terms = list(dict.fromkeys(term for _, term in named))
        if opener is not None:
            if opener[0] in listed:
                continue
            listed.add(opener[0])
            line = opener[1]
            title = _clean(line.passage.text)
            if title in titles:  # the same agenda line twice is one item
                continue
            titles.add(title)
            # the item's own line names it (an expert read: the money line of "5.b.4 Huisvesting taalklas" told
            # nothing); a line of footnote marks alone, the sentence
            item = SocialItem(title or _clean(named[0][0].text), line, terms)
        else:
            same = last is not None and _same_terms(last[1], terms) and order - last[0] <= SAME_DECISION_PASSAGES
            last = (order, frozenset(terms))
            if same and pp.passage.kind == "paragraph":
                continue  # the same decision again, just after it (its title, its short and its full text)
            item = SocialItem(_clean(named[0][0].text), pp, terms)
        if item.text and all(item.text != other.text for other in found):  # the same sentence twice is one item
            found.append(item)
        if len(found) >= MAX_SOCIAL_ITEMS:
            break
    return found


def _same_terms(before: frozenset[str], terms: list[str]) -> bool:
    """Two passages name the same thing: a term in common, also as the head of a compound or written apart
    ("Stand van zaken energie armoede" and then "… de memo over energiearmoede": one decision, an expert read of the
    Wassenaar decision texts), not another compound ("energietoeslag")."""
    own = {t.replace(" ", "") for t in terms}
    return any(a.endswith(b) or b.endswith(a) for a in (t.replace(" ", "") for t in before) for b in own)


Tally = tuple[int, Counter[tuple[str, str]] | None]
"""A passage's sentences that are no policy text and its counted domain terms ((domain, lemma) -> hits)."""

NON_POLICY = (BUDGET_LINE, DECISION_ITEM)


def _tally(pp: ParsedPassage, domains: list[tuple[str, str]]) -> Tally:
    """Sentences of a passage that are no policy text (budget lines, decision formulas) and its
    domain terms ((domain, lemma) -> hits) outside budget-line sentences; only running text counts.
    A decision formula's terms still count: a section of them is decided by their rate anyway, and a
    single one in policy prose ("… vast te stellen") is still about its subject."""
    if not _prose(pp):
        return 0, None
    by_key = pp.hit_keys
    present = [(d, key) for d, key in domains if key in by_key]
    cue_keys = [key for key in NON_POLICY if key in by_key]
    if not present and not cue_keys:
        return 0, None
    cues = 0
    terms: Counter[tuple[str, str]] = Counter()
    for sent in pp.sentences():
        marked = [key for key in cue_keys if pp.hits.any(key, sent)]
        cues += bool(marked)
        if BUDGET_LINE in marked:
            continue
        for d, key in present:
            for s, e in pp.hits.get(key, sent):
                terms[(d, " ".join(t.lemma_.lower() or t.lower_ for t in pp.doc[s:e]))] += 1
    return cues, terms


def _tree(parsed: list[ParsedPassage], lexicon: Lexicon, words: list[int]) -> tuple[_Node, list[Tally]]:
    """The tree of sections (the root is the whole document) and the tally of every passage."""
    domains = _tallied(lexicon)
    root = _Node(())
    nodes: dict[tuple[str, ...], _Node] = {(): root}
    tallies = []
    for i, pp in enumerate(parsed):
        path = pp.passage.location.section_path
        node = nodes.get(path)
        if node is None:
            node = _node(path, nodes)
        cues, terms = tally = _tally(pp, domains)
        tallies.append(tally)
        if pp.passage.kind == "heading":
            # the one checklist domain whose terms the heading holds: only one that outranks the others in a title
            # (inburgering: a chapter "Participatie en werk" of an integration plan is the integration duty's part
            # on work) or one other than participation, whose words of benefits and employers also stand in the
            # others' texts ("Energiekosten van huishoudens met een smalle beurs", open to people with wages, a
            # pension or a benefit)
            named = [d for d, key in domains if d != WELFARE and key in pp.hit_keys]
            alone = named[0] if len(named) == 1 else None
            node.topic = alone if alone != BENEFIT_DOMAIN else None
            if DOMAIN_HEADING in pp.hit_keys:
                node.headed = True
                node.named = alone if alone in lexicon.title_precedence else node.topic
            elif OTHER_HEADING in pp.hit_keys:
                node.elsewhere = True
        if GENDER in pp.hit_keys and _prose(pp):
            node.gendered += 1
        if any(k.startswith(MEASURE_RULE) for k in pp.hit_keys):
            node.measured += 1
        node.own.append(i)
        node.words += words[i]
        node.cues += cues
        if terms:
            node.terms.update(terms)
    _add_up(root)
    return root, tallies


def _node(path: tuple[str, ...], nodes: dict[tuple[str, ...], _Node]) -> _Node:
    """The node of *path*, made with the nodes above it that do not exist yet."""
    node = nodes.get(path)
    if node is None:
        node = nodes[path] = _Node(path)
        _node(path[:-1], nodes).children.append(node)
    return node


def _add_up(node: _Node) -> None:
    """Turn the totals of each node's own passages into those of its whole subtree."""
    for child in node.children:
        _add_up(child)
        node.words += child.words
        node.cues += child.cues
        node.gendered += child.gendered
        node.measured += child.measured
        if child.terms:
            node.terms.update(child.terms)


def _social(terms: Counter[tuple[str, str]], words: int, min_rate: float, min_terms: int = MIN_TERMS) -> str | None:
    """The best social domain of a section that clears *min_rate* (all social domains together)
    from *min_terms* different terms, else None."""
    per, welfare, distinct = _checklist_hits(terms)
    if not words or distinct < min_terms or 1000 * per.total() / words < min_rate:
        return None
    if welfare > OTHER_SOCIAL_FACTOR * per.total():
        return None  # about care or welfare, naming a checklist domain in passing
    return max(sorted(per), key=lambda d: per[d])


def _by_heading(node: _Node, social: str) -> str:
    """The social domain of a section that is social by its words: the one checklist domain its heading names
    ("4 Inburgering en integratie", whose work routes fill it with words of participation), when the words
    give that domain at least TITLE_SHARE of the best one's hits; else *social*."""
    if node.named is None or node.named == social:
        return social
    per = _per_domain(node.terms)
    return node.named if per[node.named] >= TITLE_SHARE * per[social] else social


def _checklist_hits(terms: Counter[tuple[str, str]]) -> tuple[Counter[str], int, int]:
    """A tally's hits per checklist domain (each term at most MAX_PER_TERM times), the hits of care and
    welfare terms apart, and the number of different checklist-domain terms."""
    per = _per_domain(terms)
    welfare = per.pop(WELFARE, 0)
    return per, welfare, sum(1 for domain, _ in terms if domain != WELFARE)


def _per_domain(terms: Counter[tuple[str, str]]) -> Counter[str]:
    """Hits per domain of a tally, each term counted at most MAX_PER_TERM times."""
    per: Counter[str] = Counter()
    for (domain, _), n in terms.items():
        per[domain] += min(n, MAX_PER_TERM)
    return per


def _assign(node: _Node, domain: str, out: list[str | None]) -> None:
    for i in node.own:
        out[i] = domain
    for child in node.children:
        _assign(child, domain, out)


def _decide(
    node: _Node, inherited: str | None, min_rate: float, out: list[str | None], bonus: frozenset[str] = frozenset()
) -> None:
    """Give every passage under *node* its domain (top-down; see the module's docstring); None
    where no section above it was long enough to decide. A headed section whose heading names one of the domains in
    *bonus* counts its heading as one of that domain's terms."""
    if node.words >= (HEADED_MIN_WORDS if node.headed else MIN_SECTION_WORDS):
        if node.non_policy() >= NON_POLICY_RATE:
            _assign(node, OTHER, out)
            return
        if node.headed:
            # (a heading that names one checklist domain which the document's other sections are social in, is a term of
            # its own: "Artikel 5 Wat partijen doen voor huishoudens met een laag inkomen", whose text speaks of the
            # pass of Artikel 4 by its name; not a lone article on a fee "voor minima" among non-social ones, a
            # hostile review)
            named = node.named or node.topic
            terms = node.terms + Counter({(named, "(heading)"): 1}) if named in bonus else node.terms
            social = _social(terms, node.words, MIN_RATE, HEADED_MIN_TERMS)
        else:
            social = _social(node.terms, node.words, min_rate)
        if social is not None:
            social = _by_heading(node, social)
            if node.words < SPLIT_WORDS or not _split(node, social, out):
                _assign(node, social, out)
            return
        if node.words >= MIN_SECTION_WORDS:
            inherited = OTHER
    for i in node.own:
        out[i] = inherited
    for child in node.children:
        _decide(child, inherited, min_rate, out, bonus)


def _split(node: _Node, social: str, out: list[str | None]) -> bool:
    """Let the subsections of a long social section decide for themselves: a budget's social
    programme also holds youth care, health and culture (:func:`_inside`). False, and nothing set,
    when none of them is social: then the section is social as a whole."""
    decided: list[str | None] = [None] * len(out)
    for i in node.own:
        decided[i] = social
    for child in node.children:
        _inside(child, social, decided)
    if not any(d not in (None, OTHER) for i, d in enumerate(decided) if i not in node.own):
        return False
    for i, d in enumerate(decided):
        if d is not None:
            out[i] = d
    return True


def _inside(node: _Node, inherited: str, out: list[str | None]) -> None:
    """The domain of a subsection of a long social section. From HEADED_MIN_WORDS words on, its
    own social domain if it stands out like a budget's social programme (SECTION_RATE,
    HEADED_MIN_TERMS different terms; under a heading that names a social area MIN_RATE and one
    term), else other. A shorter one keeps the domain of the section it is in (*inherited*); in a
    subsection that is not social it is social only under a heading that names a social area (a
    few lines say too little). A subsection that is not social lets its own subsections decide."""
    rate, terms = (MIN_RATE, 1) if node.headed else (SECTION_RATE, HEADED_MIN_TERMS)
    if node.words < HEADED_MIN_WORDS:
        if inherited == OTHER:  # too short to decide by its words: only its heading can make it social
            found = _social(node.terms, node.words, rate, terms) if node.headed else None
        else:
            found = inherited
        _assign(node, found or OTHER, out)
        return
    found = _social(node.terms, node.words, rate, terms)
    if found is not None:
        found = _by_heading(node, found)
        if node.words < SPLIT_WORDS or not _split(node, found, out):
            _assign(node, found, out)
        return
    for i in node.own:
        out[i] = OTHER
    for child in node.children:
        _inside(child, OTHER, out)


def _parts(node: _Node, domains: list[str], words: list[int], out: list[Part]) -> set[str]:
    """Append *node*'s parts to *out*; return the domains under it."""
    if not node.path:  # the document itself is never one part: its top-level sections are
        found: set[str] = set()
        if node.own:
            out.append(_own(node, domains, words))
            found.add(out[-1].domain)
        for child in node.children:
            found |= _parts(child, domains, words, out)
        return found
    start = len(out)
    found = {domains[i] for i in node.own}
    for child in node.children:
        found |= _parts(child, domains, words, out)
    if len(found) == 1:  # one domain under it: the section is one part
        del out[start:]
        passages = tuple(sorted(_passages(node)))
        out.append(Part(node.path, found.pop(), passages, sum(words[i] for i in passages)))
        return {out[-1].domain}
    if node.own:
        out.insert(start, _own(node, domains, words))
    return found


def _own(node: _Node, domains: list[str], words: list[int]) -> Part:
    """The part of a section's own passages (its heading and the text before its first subsection)."""
    return Part(node.path, domains[node.own[0]], tuple(node.own), sum(words[i] for i in node.own))


def _passages(node: _Node) -> list[int]:
    out = list(node.own)
    for child in node.children:
        out.extend(_passages(child))
    return out


def map_domains(
    parsed: list[ParsedPassage], lexicon: Lexicon, words: list[int], forced: DomainGuess | None = None
) -> DomainMap:
    """The domain of every part of the document (*words*: per passage). *forced* (``--domain``)
    gives the whole document one domain."""
    total = sum(words)
    root, tallies = _tree(parsed, lexicon, words)
    back: frozenset[int] = frozenset()
    support: tuple[int, ...] = ()
    frames: tuple[int, ...] = ()
    if forced is not None:
        guess, domains = forced, [forced.id] * len(parsed)
    else:
        guess, domains = _domains(parsed, lexicon, root, tallies, words)
        if total >= MIN_SECTION_WORDS and _participation_throughout(guess, domains):
            named = _benefit_sentences(parsed)
            if named < MIN_BENEFIT_SENTENCES:
                guess = DomainGuess(OTHER, round(1 - named / MIN_BENEFIT_SENTENCES, 2), ())
                domains = [OTHER] * len(parsed)
        support = tuple(i for i, d in enumerate(domains) if d == SUPPORT)
        frames = _frames(root, domains, words)
        framed = frozenset(frames)
        # support follows the first social chapter: not a frame before it ("1 Doel en partijen" naming the work
        # places among the other aims), after which the chapters on other areas are no money of the social one
        first = next((i for i, d in enumerate(domains) if d not in (OTHER, SUPPORT) and i not in framed), len(domains))
        support = tuple(i for i in support if i > first)
        domains = [OTHER if d == SUPPORT or i in framed else d for i, d in enumerate(domains)]
        domains, back = _without_back_matter(parsed, lexicon, domains, words)
        support = tuple(i for i in support if i not in back)
    parts: list[Part] = []
    _parts(root, domains, words, parts)
    parts.sort(key=lambda p: p.passages[0])
    found = set(domains)
    scope = None
    if len(found) > 1 and OTHER in found:
        scope = tuple(i for i, d in enumerate(domains) if d != OTHER)
    if scope is None:
        support, frames = (), ()
    return DomainMap(guess, tuple(parts), total, scope, back, support, frames)


# A chapter that frames the whole document rather than one policy area: its opening, overview or close
# ("1 Voorwoord", "Samenvatting", "Overwegingen", "2 De afdeling in het kort", "Financiën in vogelvlucht", "7
# Vervolg"), or the body's own staff and running ("7 Medewerkers en bedrijfsvoering"). Writers of 80 labelled sets
# listed such a chapter among a document's social sections once in 46 times (and that one was a subsection of a
# social chapter).
_RUNNING = (
    r"(?:uitvoering|planning|organisatie|bestuur|algemeen\s+bestuur|risico's|risico|monitoring|bedrijfsvoering"
    r"|sturing|verantwoording|looptijd|geschillen|slotbepalingen|toezicht|overleg|evaluatie)"
)
"""(An agreement's term, evaluation and disputes run it too: "7 Geld, looptijd en geschillen", "Artikel 7 Geld,
evaluatie en geschillen".)"""
_MONEY_WORD = (
    r"(?:financiën|financiering|financieel\s+(?:beeld|overzicht|kader)|middelen|kosten|dekking|reserves|balans)"
)
"""(Not "geld" alone: "5 Geld" heads a chapter on money troubles as often as the document's budget, a hostile review;
with a word of running, "Uitvoering en geld", it is the budget.)"""
# The label of a numbered part before a frame's name ("Hoofdstuk 6 Financiën", "Artikel 7 Geld, evaluatie en
# geschillen").
_LABEL = r"(?:(?:hoofdstuk|deel|artikel|afspraak|programma|thema|pijler)\s+[\w.]+\W*)?"
_FRAME_HEADING = re.compile(
    rf"^[\W\d_]*{_LABEL}(?:voorwoord|woord\s+vooraf|vooraf|inleiding|samenvatting|leeswijzer"
    # (an agreement's recitals, a budget's cover letter and its paragraph on reserves and risks: "Overwegingen",
    # "Aanbiedingsbrief", "6 Weerstandsvermogen en risico's"; writers of the read sets never listed one among the
    # social sections; not "3 Overwegingen bij de keuze van de trajecten", a chapter of the policy)
    r"|overwegingen\W*$|aanbiedingsbrief\W*$|begeleidende\s+brief\W*$|managementsamenvatting|weerstandsvermogen"
    r"|overzicht\W*$|vervolg\W*$|tot\s+slot\W*$|afsluiting\W*$|slotwoord)\b|\bin\s+(?:het\s+kort|vogelvlucht)\W*$"
    r"|^[\W\d_]*(?:medewerkers|personeel|bedrijfsvoering)(?:\s*(?:,|en|&)\s*(?:medewerkers|personeel|bedrijfsvoering"
    r"|organisatie|middelen|financiën))*\W*$"
    # … or the document's money and the running of it ("6 Uitvoering en geld", "4 Financiën", "7 Bestuur, organisatie
    # en geld", "5 Planning en financiën", "7 Sturing en geld"): writers of the read sets listed such a top chapter
    # among the social sections in none of 90 documents that have one
    rf"|^[\W\d_]*{_LABEL}(?:{_RUNNING}\s*(?:,|en|&)\s*)*{_MONEY_WORD}(?:\s*(?:,|en|&)\s*(?:{_RUNNING}|{_MONEY_WORD}|geld))*\W*$"
    rf"|^[\W\d_]*{_LABEL}(?:{_RUNNING}\s*(?:,|en|&)\s*)+geld(?:\s*(?:,|en|&)\s*(?:{_RUNNING}|{_MONEY_WORD}|geld))*\W*$"
    rf"|^[\W\d_]*{_LABEL}geld\s*(?:,|en|&)\s*{_RUNNING}(?:\s*(?:,|en|&)\s*(?:{_RUNNING}|{_MONEY_WORD}))*\W*$",
    re.IGNORECASE,
)
# … and an agreement's or plan's first chapter on why and with whom ("1 Aanleiding en doel", "1 Doel en partijen"), as
# its first chapter only: "4 Doelen voor de komende jaren" in the middle holds the policy (a hostile review)
_OPENING_FRAME_HEADING = re.compile(
    r"^[\W_]*(?:hoofdstuk\s+)?1\.?\s+(?:aanleiding|doel|doelen|doelstelling|doelstellingen|partijen)\b", re.IGNORECASE
)


# Chapters on other policy (not frames) a document must have before its frames leave the verdict: a work plan with
# one chapter on roads to its business parks is still a nota on work (a hostile review).
FRAME_OTHER_CHAPTERS = 2


def _frames(root: _Node, domains: list[str], words: list[int]) -> tuple[int, ...]:
    """The passages of the top chapters that frame the document (:data:`_FRAME_HEADING`, not headed by a social
    area) and that the words made social: out of the verdict's sections, still read by the measures and the EIGE
    questions (an introduction can commit to childcare, a foreword hold the only gender analysis). Only in a
    document with FRAME_OTHER_CHAPTERS chapters or more on other policy (of MORE_AREAS_WORDS words or more: not its
    title block): in a nota on social policy its introduction is that policy's. A domain that only a frame holds
    keeps it ("Schulden en bijzondere bijstand in het kort" beside a chapter on work)."""
    tops = root.children
    if len(tops) == 1 and tops[0].children:
        tops = tops[0].children  # a title that heads the whole text
    apart = frozenset((OTHER, SUPPORT))
    chapters = [
        node
        for node in tops
        if node.path
        and not node.headed
        and (_FRAME_HEADING.search(str(node.path[-1])) or _OPENING_FRAME_HEADING.search(str(node.path[-1])))
    ]
    framed = {i for node in chapters for i in _passages(node) if domains[i] not in apart}
    if not framed:
        return ()
    others = [node for node in tops if node not in chapters and all(domains[i] in apart for i in _passages(node))]
    if sum(1 for node in others if sum(words[i] for i in _passages(node)) >= MORE_AREAS_WORDS) < FRAME_OTHER_CHAPTERS:
        return ()
    rest = [i for node in tops if node not in chapters for i in _passages(node)]
    kept = {domains[i] for i in rest if domains[i] not in apart}
    return tuple(sorted(i for i in framed if domains[i] in kept))


# The checklist domain whose texts name the benefits or the jobseekers they are about: the Participatiewet's work
# for people on bijstand or another uitkering. A text of jobs, employers and outflow that names them in fewer
# than MIN_BENEFIT_SENTENCES sentences is about the labour market or about the municipality as an employer (a
# staff annual report, a recruitment plan), not that policy. Every read document labelled participation names
# them in two sentences or more. Only in a text of MIN_SECTION_WORDS or more: a paragraph says too little.
BENEFIT_DOMAIN = "participatie"
MIN_BENEFIT_SENTENCES = 2


def _benefit_sentences(parsed: list[ParsedPassage]) -> int:
    """In how many sentences of running text a word of income support or for jobseekers (``income_support``,
    ``jobseekers``) stands."""
    sentences: set[tuple[int, int]] = set()
    for i, pp in enumerate(parsed):
        if not _prose(pp):
            continue
        for key in (INCOME_SUPPORT, JOBSEEKERS):
            if key in pp.hit_keys:
                sentences.update((i, pp.doc[s].sent.start) for s, _ in pp.hits.get(key))
    return len(sentences)


def _participation_throughout(guess: DomainGuess, domains: list[str]) -> bool:
    """A document decided as participation (:data:`BENEFIT_DOMAIN`) with no other social domain in any section:
    it must name benefits or jobseekers in MIN_BENEFIT_SENTENCES sentences to stay so."""
    return guess.id == BENEFIT_DOMAIN and all(d in (OTHER, SUPPORT, BENEFIT_DOMAIN) for d in domains)


# (a number, a roman numeral or one letter: "Bijlage Begrippen" is the glossary itself)
_NUMBERING = re.compile(
    r"^[\W\d_]*(?:(?:hoofdstuk|bijlage|deel)(?:\s+(?:[\w.]*\d[\w.]*|[ivxlcdm]+\b|[a-z]\b))?\W*)?", re.IGNORECASE
)
# A back-matter heading is short ("7. Literatuur", "Bijlage 2: Colofon"); longer ones are not looked at.
BACK_MATTER_HEADING = 60


# Back matter in this last share of a document's words runs to its end (a colophon's address lines
# read as headings of their own).
BACK_MATTER_TAIL = 0.2


# A heading after back matter that starts text again: an annex ("Bijlage 1 Uitvoeringsagenda") or a numbered
# section ("2 Maatregelen"); a colophon's address lines are neither.
_RESUMES = re.compile(r"^\s*(?:(?:bijlage|annex|appendix)\b|\d+(?:\.\d+)*\.?\s+[A-Za-zÀ-ÿ])", re.IGNORECASE)


def back_matter_heading(heading: str, names: frozenset[str]) -> bool:
    """*heading* is one of *names* ("7. Literatuur", "Bijlage 2: Colofon"), its numbering aside; a heading longer
    than BACK_MATTER_HEADING is not looked at."""
    text = str(heading)
    if len(text) > BACK_MATTER_HEADING:
        return False
    return _NUMBERING.sub("", " ".join(text.split()), count=1).rstrip(" .:;!?").lower() in names


def _without_back_matter(
    parsed: list[ParsedPassage], lexicon: Lexicon, domains: list[str], words: list[int]
) -> tuple[list[str], frozenset[int]]:
    """*domains* with the back matter ("Bronnen", "Colofon": ``back_matter``) of a social document set
    to other: references and a colophon are no policy text, whatever words they hold. Back matter
    in the document's last fifth runs to its end. Also the passages of back matter."""
    if not lexicon.back_matter or all(d == OTHER for d in domains):
        return domains, frozenset()
    names = frozenset(lexicon.back_matter)

    def back(heading: str) -> bool:
        return back_matter_heading(heading, names)

    out = list(domains)
    passages: set[int] = set()
    total, seen, tail = sum(words), 0, False
    known: dict[tuple[str, ...], bool] = {}  # passages share their section path: look at each once
    for i, pp in enumerate(parsed):
        path = pp.passage.location.section_path or ()
        under = known.get(path)
        if under is None:
            under = known[path] = any(back(h) for h in path)
        if tail and not under and pp.passage.kind == "heading" and _RESUMES.match(pp.passage.text):
            tail = False  # an annex or a numbered section after the references is text again
        tail = tail or (under and seen >= (1 - BACK_MATTER_TAIL) * total)
        if under or tail:
            out[i] = OTHER
            passages.add(i)
        seen += words[i]
    return out, frozenset(passages)


# A document shorter than this whose sections are all too short to decide takes its domain from the whole, when
# its best domain's terms come SHORT_DOCUMENT_FACTOR times as often as the bar (MIN_RATE) asks.
SHORT_DOCUMENT_WORDS = 2500
SHORT_DOCUMENT_FACTOR = 2.75
# (Of 730 read documents, those labelled other that come to this test name their best domain at most 4.9 times per
# thousand words; a bicycle scheme for households on a low income 5.95: the bar, 5.5, lies between them.)


# … and even when its title names another area ("Groenbrigadeplan", a work project for people on benefits in the
# parks), when they come this many times as often and run through its sections (TITLE_ELSEWHERE_SPREAD): its
# running text is about the social domain, not the area
TITLE_ELSEWHERE_FACTOR = 6


# … and those terms run through it: the sections that name them hold at least this share of its words (not a mobility
# plan with one paragraph on jobseekers: a hostile review)
TITLE_ELSEWHERE_SPREAD = 0.6


def _headed_as(tops: list[_Node], decided: list[str | None], domain: str) -> bool:
    """A top section long enough to decide by its words that decided *domain* under a heading whose terms name it
    (``_Node.topic``: "2 Aanpak van energiearmoede" of three hundred words): its domain is the plan's by its heading
    too (not a short chapter "6 Statushouders en inburgering" of a work company's plan)."""
    return any(
        node.topic == domain and node.words >= MIN_SECTION_WORDS and any(decided[i] == domain for i in _passages(node))
        for node in tops
    )


def _spread(tops: list[_Node], domain: str) -> float:
    """The share of the words of the top-level sections *tops* that lie in a section naming a term of *domain*."""
    total = sum(node.words for node in tops)
    named = sum(node.words for node in tops if _per_domain(node.terms)[domain])
    return named / total if total else 0.0


def _rate(
    guess: DomainGuess, parsed: list[ParsedPassage], lexicon: Lexicon, words: int, factor: float = SHORT_DOCUMENT_FACTOR
) -> bool:
    """The document's best domain is clear over the whole text: *factor* times MIN_RATE."""
    hits = sum(min(n, MAX_PER_TERM) for n in _domain_counts(parsed, lexicon)[guess.id].values())
    return bool(words) and 1000 * hits / words >= factor * MIN_RATE


def _domains(
    parsed: list[ParsedPassage], lexicon: Lexicon, root: _Node, tallies: list[Tally], words: list[int]
) -> tuple[DomainGuess, list[str]]:
    """The main domain and the domain of every passage (see the module's docstring)."""
    guess = detect_domain(parsed, lexicon, root.words)
    prompts = _template_rate(parsed, root.words)
    if prompts >= TEMPLATE_PROMPT_RATE:
        # a form to fill in: its words name what a proposal or plan should say, not a policy
        confidence = round(1 - TEMPLATE_PROMPT_RATE / prompts / 2, 2)
        return DomainGuess(OTHER, confidence, (), non_policy=True, non_policy_kind=TEMPLATE), [OTHER] * len(parsed)
    long_enough = root.words >= MIN_SECTION_WORDS or root.cues >= MIN_NON_POLICY_SENTENCES
    if long_enough and root.non_policy() >= NON_POLICY_RATE:
        # a regulation about budget lines or a record of decisions: its domain words name budget
        # lines or the documents decided on, not policies
        confidence = round(1 - NON_POLICY_RATE / root.non_policy(), 2)
        kind = non_policy_kind(parsed)
        return DomainGuess(OTHER, confidence, (), non_policy=True, non_policy_kind=kind), [OTHER] * len(parsed)
    decided: list[str | None] = [None] * len(parsed)
    tops = root.children
    elsewhere_title = title_elsewhere(parsed, lexicon)
    if elsewhere_title and len(tops) == 1 and tops[0].children:
        tops = tops[0].children  # the title heads the whole text ("Woonvisie 2030-2040" > "2. Wonen", …)
    rate = MIN_RATE if guess.id != OTHER else SECTION_RATE
    for child in tops:
        _decide(child, None, rate, decided)
    found = frozenset(d for d in decided if d not in (None, OTHER))
    if found:
        # a second pass: a section headed by a domain the document is already social in needs one term less
        decided = [None] * len(parsed)
        for child in tops:
            _decide(child, None, rate, decided, found)
    social: Counter[str] = Counter()
    other = 0
    for d, w in zip(decided, words, strict=True):
        if d == OTHER:
            other += w
        elif d is not None:
            social[d] += w
    # sections too short to decide under a heading that names another area ("2 Veiligheid" of a short budget)
    # in a plan whose title names a checklist domain, a short chapter is that plan's, whatever its heading:
    # an armoedebeleid's "Wonen" (huurachterstanden) or "Energie" (noodfonds)
    titled_checklist = title_checklist(parsed, lexicon)
    away = set() if titled_checklist else _elsewhere(root, decided)

    def whole(domain: str) -> list[str]:
        """Every passage in *domain*, but those set apart by their heading."""
        return [OTHER if i in away else domain for i in range(len(parsed))]

    if not social and not other:  # no section long enough to decide: the document as a whole
        if elsewhere_title and guess.id != OTHER:
            # a safety plan or economic agenda of short chapters: social only where chapters that stand out
            # like a budget's social programme hold TITLE_ELSEWHERE_SHARE of its words
            social_like = sum(
                node.words
                for node in tops
                if node.words >= HEADED_MIN_WORDS // 2
                and not any(i in away for i in _passages(node))
                and _social(node.terms, node.words, SECTION_RATE, HEADED_MIN_TERMS) is not None
            )
            if social_like < TITLE_ELSEWHERE_SHARE * sum(words):
                return _other_by_title(social_like, words)
        return guess, whole(guess.id)
    if not social:
        if (
            guess.id != OTHER
            and root.words < SHORT_DOCUMENT_WORDS
            and _rate(
                guess,
                parsed,
                lexicon,
                root.words,
                TITLE_ELSEWHERE_FACTOR if elsewhere_title and not title_motto(parsed) else SHORT_DOCUMENT_FACTOR,
            )
            and (not elsewhere_title or _spread(tops, guess.id) >= TITLE_ELSEWHERE_SPREAD)
        ):
            # a short plan cut into short sections ("1 Waarom dit plan", "2 Resultaten", … of a thousand words):
            # no section has enough words to decide, the document as a whole does; one whose title names another
            # area ("Mobiliteitsplan …" with a short chapter on employers and jobseekers) only at a far higher rate,
            # and one whose area word stands only in a motto's phrase ("Taal over het water") at the usual rate,
            # with the social terms running through its sections
            return guess, whole(guess.id)
        if guess.id != OTHER:  # no section clears the bar: the document's rate came from scattered words
            guess = DomainGuess(OTHER, _closest_section(root), ())
        return guess, [OTHER] * len(parsed)
    if elsewhere_title and social.total() < TITLE_ELSEWHERE_SHARE * sum(words):
        return _other_by_title(social.total(), words)
    main = _main(tallies, decided, social)
    titled = title_domain(parsed, lexicon)
    if titled is not None and titled != main and social.total() >= DOMINANT_SHARE * (social.total() + other):
        hits = _per_domain(root.terms)  # the whole document's running text
        if hits[titled] >= TITLE_SHARE * hits[main]:  # a document about its title's domain as a whole
            main = titled
    elif titled is None and guess.id not in (OTHER, main) and root.words < SHORT_DOCUMENT_WORDS:
        undecided = sum(w for d, w in zip(decided, words, strict=True) if d is None)
        if undecided > social.total() + other:
            around: Counter[tuple[str, str]] = Counter()
            within: Counter[tuple[str, str]] = Counter()
            for (_, tally), d in zip(tallies, decided, strict=True):
                if d is None:
                    around.update(tally)
                elif d == main:
                    within.update(tally)
            named = _per_domain(around)[guess.id]
            if (
                not _headed_as(tops, decided, main)
                and 1000 * named / undecided >= SECTION_RATE
                and sum(1 for d, _ in around if d == guess.id) >= MIN_TERMS
                and named > _per_domain(within)[main]
            ):
                # a short plan of short sections, one of which is long enough to decide: its words are no more
                # the plan's than those of the sections around it, when these name the whole text's domain at the
                # bar of a section (SECTION_RATE, MIN_TERMS different terms) and more than that section names its
                # own ("3 Het lesaanbod" of an evening school for newcomers, full of employers; not an agreement's
                # chapter on poverty beside short chapters on cables and staff that name a job here and there)
                main = guess.id
    if main != guess.id:
        guess = _guess(tallies, decided, main)
    # sections too short to decide under a heading that names another area weigh as other here: an economic
    # agenda's short chapters on business parks, the town centre and innovation beside one long chapter on work
    elsewhere = sum(words[i] for i in away)
    if elsewhere_title and social.total() < DOMINANT_SHARE * sum(words):
        # a document whose title names another area ("Woonvisie", "Mobiliteitsplan") whose social sections hold
        # a fair part but less than half of its words: social where its sections decided so, not in the short
        # chapters around them; with more, the title's word is likely the plan's own ("Visie op financiële
        # gezondheid" over debts): the whole plan, as below (a hostile review)
        return guess, _shared(tops, decided, main, len(parsed), by_sections=True)
    if social.total() >= DOMINANT_SHARE * (social.total() + other + elsewhere):
        if _more_areas(tops, decided, titled_checklist):
            return guess, _shared(tops, decided, main, len(parsed))
        # (not in a document whose title names a social domain: "Plan van aanpak jongeren met schulden" is that
        # plan's throughout, its chapter on the partners too)
        if titled_checklist or titled is not None or not _bare_chapters(tops, decided, sum(words)):
            return guess, whole(main)
        # chapters on other things fill a good part of it: social where its sections decided so, and in a short
        # chapter that names enough of it by itself
        return guess, _short_chapters(tops, decided, main)
    # text outside every section that decided (a short introduction, the title) is no social policy, but a
    # chapter too short to decide whose own words name the checklist is the main domain's
    return guess, _short_chapters(tops, decided, main, own_area=True)


MORE_AREAS_WORDS = 50
# The key prefix of a measure's own terms (``rule:M-<measure id>``).
MEASURE_RULE = rule_key("M-")
# Chapters of a document with a social part that name nothing social: at least this many words each …
BARE_CHAPTER_WORDS = 100
# … and together at least this share of the document's words (a programme for holiday parks with one chapter on
# the residents' income): then they are other; fewer, and they are the short chapters of a social plan
# (its foreword, its money), which stay its own.
BARE_SHARE = 0.1


# Chapters that name the checklist's words without being its policy: the document's risks, a glossary (the heading's
# first word: "3 Jongeren met risico op schulden" is policy).
_NOT_POLICY_HEADING = re.compile(
    r"^[\W\d_]*(?:(?:hoofdstuk|bijlage)\s+[\w.]+\W*)?(?:risico's|risico|risicos|weerstandsvermogen|begrippen"
    r"|begrippenlijst|woordenlijst|verklarende\s+woordenlijst|definities)\b",
    re.IGNORECASE,
)


def _short_chapters(tops: list[_Node], decided: list[str | None], main: str, *, own_area: bool = False) -> list[str]:
    """The domains of a document with a social part and chapters on other things (:func:`_bare_chapters`): what its
    sections decided; a chapter too short to decide is *main* when its own words name MIN_TERMS different terms of
    a checklist domain at SECTION_RATE, else other.

    *own_area*: for a document whose decided social sections hold less than half of the words its sections decided
    (a note on a work route whose long chapter on the route's practicalities names nothing social): not a chapter
    whose heading names another area ("4 Economie", "4 Wonen", which name jobs or tenants in passing) or is one of
    risks or a glossary (hostile reviews, fifty-ninth session)."""
    out = [OTHER if d is None else d for d in decided]
    for node in tops:
        if own_area and (
            (node.elsewhere and not node.headed) or (node.path and _NOT_POLICY_HEADING.search(str(node.path[-1])))
        ):
            continue
        if _social(node.terms, node.words, SECTION_RATE) is None:
            continue
        for i in _passages(node):
            if decided[i] is None:
                out[i] = main
    return out


def _bare_chapters(tops: list[_Node], decided: list[str | None], total: int) -> set[int]:
    """Passages of the top chapters that no section decided, hold BARE_CHAPTER_WORDS words or more, no heading
    that names a social area, no term of a checklist domain, no woman, man or gender and no measure's words
    (a plan's chapter on its partners, team or follow-up can commit to a measure: a wrong cut turns a real
    commitment into "missing"; architecture.md, forty-third session), when together they hold BARE_SHARE of
    the document's words (see above); else none."""
    bare = [
        node
        for node in tops
        if node.words >= BARE_CHAPTER_WORDS
        and not node.headed
        and not node.gendered
        and not node.measured
        and _checklist_hits(node.terms)[2] == 0
        and all(decided[i] is None for i in _passages(node))
    ]
    if sum(node.words for node in bare) < BARE_SHARE * total:
        return set()
    return {i for node in bare for i in _passages(node)}


def _another_area(node: _Node, decided: list[str | None]) -> bool:
    """A chapter on another policy area: headed so ("2 Veiligheid", "Pijler 1: Economie"), not also by a social
    one, with no section the words decided as social and at most ELSEWHERE_TERMS different checklist terms
    ("Jeugd en werk" about young people on a benefit at a work place is social policy)."""
    return (
        node.elsewhere
        and not node.headed
        and _checklist_hits(node.terms)[2] <= ELSEWHERE_TERMS
        and not any(decided[i] not in (None, OTHER) for i in _passages(node))
    )


def _more_areas(tops: list[_Node], decided: list[str | None], titled: bool) -> bool:
    """The document covers other policy areas beside its social one: one of its chapters is on another area.
    Not a plan whose title names a checklist domain: its "Wonen" chapter is that plan's."""
    return not titled and any(node.words >= MORE_AREAS_WORDS and _another_area(node, decided) for node in tops)


def _shared(tops: list[_Node], decided: list[str | None], main: str, n: int, *, by_sections: bool = False) -> list[str]:
    """The domains of a document over more areas (an economic agenda, a regio deal, an emancipation agenda
    with a chapter on work): what its sections decided; chapters on another area (:func:`_another_area`) and
    the text before the first social chapter (the title, an introduction to every area) are other; a chapter
    under a social heading, one whose words name MIN_TERMS different terms of the checklist (an
    introduction that already commits to childcare in a re-integration trajectory, a short social chapter
    before the long one; also under another area's heading: "Jeugd en werk") are the main domain's; the chapters
    after the first social one (finances, execution) are other, but their table rows carry the social measures'
    money, so the measures still read them (``SUPPORT``).

    *by_sections* (a document whose title names another area): only what its sections decided, other included,
    and short chapters under a social heading are social; a chapter's words or a decided section in it do not make
    the rest of it the main domain's."""
    out: list[str] = [OTHER] * n
    seen_social = False
    for node in tops:
        passages = _passages(node)
        elsewhere = _another_area(node, decided)
        decided_social = any(decided[i] not in (None, OTHER) for i in passages)
        social_here = node.headed or (
            not by_sections
            and (
                decided_social
                or (node.elsewhere and not elsewhere)
                or (not node.elsewhere and _checklist_hits(node.terms)[2] >= MIN_TERMS)
            )
        )
        seen_social = seen_social or social_here or decided_social
        for i in passages:
            own = decided[i]
            if own is not None and (own != OTHER or by_sections):
                out[i] = own
            elif own is None and social_here:
                out[i] = main
            elif seen_social and not elsewhere:
                out[i] = SUPPORT  # also a finance chapter its own words decided as other
            else:
                out[i] = OTHER
    return out


def _main(tallies: list[Tally], decided: list[str | None], social: Counter[str]) -> str:
    """The main domain among those the sections decided (*social*: words per domain): the one whose terms
    the social sections name most (each term at most MAX_PER_TERM times), then the one with most words. A
    poverty plan's chapter on work for people in debt has many words and few terms of work; words alone
    made such plans participation."""
    per_term: Counter[tuple[str, str]] = Counter()
    for (_, tally), domain in zip(tallies, decided, strict=True):
        if domain not in (OTHER, None) and tally:
            per_term.update(tally)
    hits: Counter[str] = Counter()
    for (domain, _), n in per_term.items():
        if domain in social:
            hits[domain] += min(n, MAX_PER_TERM)
    return max(sorted(social), key=lambda d: (hits[d], social[d]))


def _elsewhere(node: _Node, decided: list[str | None], away: bool = False) -> set[int]:
    """Passages no section decided by its words (*decided* None) under a heading that names an area without a
    checklist, with no heading nearer to them that names a social one, in a section whose own words name at
    most ELSEWHERE_TERMS different terms of the checklist's domains and no women, men or gender: a short
    budget's "2 Veiligheid" and a plan's "3 Jeugd en gezin" are not its social policy, though the document as
    a whole is; "Jeugd en werk" about young people on a benefit, or "Veiligheid" about women leaving violence
    with no income of their own, is."""
    if node.elsewhere and (_checklist_hits(node.terms)[2] > ELSEWHERE_TERMS or node.gendered):
        away = False  # its own words say it is social policy, whatever its heading
    else:
        away = (away or node.elsewhere) and not node.headed
    out = {i for i in node.own if decided[i] is None} if away else set()
    for child in node.children:
        out |= _elsewhere(child, decided, away)
    return out


def _closest_section(node: _Node) -> float:
    """Confidence in "other" for a document none of whose sections is social: that of the section that
    comes closest to the bars (:func:`other_confidence` of its social terms), 1 when none is long enough."""
    found = 1.0
    if node.path and node.words >= MIN_SECTION_WORDS:
        per, _, distinct = _checklist_hits(node.terms)
        found = other_confidence(1000 * per.total() / node.words, distinct)
    return min([found, *(_closest_section(child) for child in node.children)])


def _guess(tallies: list[Tally], domains: list[str | None], main: str) -> DomainGuess:
    """The main domain of a document decided by its sections: the share of the counted term hits
    in its social sections that point to *main*, and its most frequent terms there."""
    per: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    for (_, tally), domain in zip(tallies, domains, strict=True):
        if domain in (OTHER, None) or not tally:
            continue
        for (d, term), n in tally.items():
            per[d] += n
            if d == main:
                terms[term] += n
    total = per.total()
    top = tuple(t for t, _ in sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS])
    return DomainGuess(main, round(per[main] / total, 2) if total else 1.0, top)
