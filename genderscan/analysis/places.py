"""What a reader needs to find a result in the document: its title, and a paragraph number that
counts from the section's heading instead of from the start of the document."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from ..ingest.structure import is_toc_title
from ..model import Document, Evidence, Finding, Location, MeasureCheck, QuestionAnswer, Vetoed

Placed = TypeVar("Placed", Finding, Vetoed)

TITLE_MAX_WORDS = 30
"""A first heading longer than this is a paragraph set in bold, not a title."""


TITLE_PASSAGES = 12
"""Passages at the start of the text where a title stands, and whose words confirm a metadata title."""
TITLE_MAX_CHARS = 200
"""A metadata title longer than this is text pasted into the field, not a title."""
_WORD = re.compile(r"[^\W_]{3,}")


def document_title(document: Document) -> str | None:
    """The document's own title, from its first heading (not a ToC's title such as "Inhoud") and the
    metadata title of its file.

    Metadata is often left over from another file or version: a public decision list whose PDF
    title says "Vertrouwelijk" where its first heading says "Openbaar", a regulation for 2026 whose
    metadata names 2025, "Begroting 2025 - geamendeerd_05112024" over "BEGROTING 2025". So:

    - a metadata title without a word of three letters or digits, or longer than TITLE_MAX_CHARS, is none;
    - a first heading near the start that shares at least half its words with the metadata title is the
      same title in the document's own words, and wins, unless it holds all of the metadata's words and
      more while the opening confirms the metadata (a PDF heading run into the next one: "… Inleiding");
    - otherwise the metadata title when every one of its words stands in the opening passages, else the
      first heading.

    A regulation that names itself in a citation article ("Deze wet wordt aangehaald als: Participatiewet.") is
    known by that name, whatever its enactment heading says."""
    cited = _citation_title(document)
    if cited is not None:
        return cited
    first = None
    for i, p in enumerate(document.passages):
        if (
            p.kind == "heading"
            and p.is_content
            and 0 < len(p.text.split()) <= TITLE_MAX_WORDS
            and not is_toc_title(p.text)
        ):
            first = (i, p.text)
            break
    meta = _words(document.title or "")
    if not meta or len(document.title or "") > TITLE_MAX_CHARS:
        return first[1] if first else None
    if first is None:
        return document.title
    opening = set().union(*(_words(p.text) for p in document.passages[:TITLE_PASSAGES]))
    confirmed = meta <= opening
    own = _words(first[1])
    if first[0] < TITLE_PASSAGES and own and 2 * len(own & meta) >= len(own):
        return document.title if confirmed and meta < own else first[1]
    return document.title if confirmed else first[1]


# A regulation's own article on its name ("Deze wet wordt aangehaald als: Participatiewet."): the name it is known by,
# over the enactment heading that may still carry an older one ("Wet van 9 oktober 2003, houdende … (Wet werk en
# bijstand)"), as the law was renamed since.
_CITATION_TITLE = re.compile(
    r"^(?:deze|dit)\s+(?:wet|regeling|verordening|besluit|beleidsregel|beleidsregels|reglement)\s+"
    r"(?:wordt|kan\s+worden)\s+aangehaald\s+als\s*:?\s*[\"'‘“]?(?P<name>[^\"'’”]{3,120}?)[\"'’”]?\s*\.?\s*$",
    re.IGNORECASE,
)


def _citation_title(document: Document) -> str | None:
    """The name the regulation gives itself in its citation article, when it has one (a law's last article)."""
    for p in document.passages:
        m = _CITATION_TITLE.match(p.text.strip())
        if m:
            return m.group("name").strip()
    return None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


# Words before a title's head word that leave it the head ("Ontwerp-programmabegroting", "Tweede
# tussenrapportage", "Gemeente Lindewold: Kadernota" is read from its head after the colon).
_TITLE_MODIFIERS = frozenset(
    {
        "ontwerp",
        "concept",
        "definitieve",
        "definitief",
        "gewijzigde",
        "primitieve",
        "eerste",
        "tweede",
        "derde",
        "vierde",
        "de",
        "raadsvoorstel",
        "addendum",
        "bijlage",
    }
)
# A budget of an organisation or a project is no document of the municipality's budget cycle.
_NOT_MUNICIPAL = frozenset({"stichting", "vereniging"})
_NOT_MUNICIPAL_HEADS = ("project", "subsidie")


# Labels before a colon that leave the title after it the document's own ("Sociaal domein: Begroting 2027").
_TITLE_LABELS = frozenset({"sociaal domein", "concept", "ontwerp", "definitief", "bijlage"})


def budget_title(title: str | None, endings: tuple[str, ...]) -> bool:
    """The *title* is one of the budget cycle: its head word, the first after modifiers and an opening
    "Gemeente X:", ends in one of *endings* (``budget_titles``: "Programmabegroting 2027", "BEGROTING 2025",
    "Tweede tussenrapportage 2026"); a budget word later in the title ("Toelichting op de begroting van …",
    "Advies over de programmabegroting") is none."""
    original = re.sub(r"\b\d+(?:e|ste|de)\b", " ", title or "")  # "2e Bestuursrapportage"
    if set(re.findall(r"\w+", original.lower())) & _NOT_MUNICIPAL:
        return False
    # the part before a colon, or after "Gemeente X:" or a domain's name ("Sociaal domein: Begroting 2027"); not
    # after "Vragen over:" or "Reactie cliëntenraad:"
    before, _, after = original.partition(":")
    if after and (before.strip().lower().startswith("gemeente") or before.strip().lower() in _TITLE_LABELS):
        return _budget_head(after, endings)
    return _budget_head(before, endings)


def _budget_head(text: str, endings: tuple[str, ...]) -> bool:
    tokens = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text)
    if tokens[:1] and tokens[0].lower() == "gemeente":  # "Gemeente 's-Hertogenbosch Programmabegroting 2027"
        tokens = tokens[1:]
        for _ in range(3):  # the municipality's name, of up to three words
            if tokens and not any(tokens[0].lower().endswith(e) for e in endings):
                tokens = tokens[1:]
    words = [w for t in tokens for w in re.split(r"[-’']", t.lower()) if w and w not in _TITLE_MODIFIERS]
    if not words:
        return False
    if words[0].startswith(_NOT_MUNICIPAL_HEADS):  # "Projectbegroting", "Subsidiebegroting"
        return False
    # the head, or a second head joined by "en" ("Jaarverslag en jaarrekening 2025")
    heads = [words[0], *(words[2:3] if words[1:2] == ["en"] else [])]
    return any(h.endswith(e) for h in heads for e in endings)


Numbers = dict[int, list[tuple[str, int]]]
"""Per ``paragraph``: each passage's text and its number within its section (the list items or table rows of one
block of a text file share the block's ``paragraph``)."""


def section_paragraphs(document: Document) -> Numbers:
    """Per passage (its ``paragraph``): its 1-based number within its section, headings, table of
    contents lines and running headers not counted. A heading itself gets 0."""
    out: Numbers = {}
    for section in document.sections():
        n = 0
        for p in document.passages[section.start : section.end]:
            if p.kind == "heading" or not p.is_content:
                out.setdefault(p.location.paragraph, []).append((p.text, 0))
                continue
            n += 1
            out.setdefault(p.location.paragraph, []).append((p.text, n))
    return out


T = TypeVar("T")


def _of_passage(candidates: list[tuple[str, T]], text: str) -> T | None:
    """Of a block's passages (text and what is known of it), the one that holds *text*: a result's sentence, or
    an evidence's text. None when none does."""
    wanted = text.strip()
    return next((value for passage, value in candidates if wanted and wanted in passage), None)


# An article's heading ("Artikel 9", "Artikel  9a", "Art. 4.2"), a member's number at the start of a line ("3. Indien
# …", "3 Indien …" is a list, not a lid) and an item's letter ("b. gebruik te maken …", "b) …").
_ARTICLE = re.compile(
    r"^\s*(?:artikel|art\.)\s+(\d+(?:[.:]\d+)*[a-z]{0,2})\b(?![.:]\d)"
    r"(?!\s+(?-i:van|lid|uit|tot|en|of)\b)"  # "Artikel 12 van de Participatiewet", not "Artikel 6 Van kracht"
    r"(?!\s+\S*wet\s*(?::|$))"  # "Artikel 35 Participatiewet", "Artikel 18 Jeugdwet: …"
    r"(?!\s+(?:awb|pw|wmo|wwb|ioaw|ioaz|bbz|wsw|bw)\b)",  # "Artikel 1:3 Awb"
    re.IGNORECASE,
)
"""An article's own heading; not a policy note's heading about another law's article ("Artikel 12 van de
Participatiewet", "Artikel 18 lid 2 Participatiewet: maatregelen")."""


def in_article(*headings: str) -> bool:
    """One of *headings* (a heading and the section path above it) is an article's own."""
    return any(_ARTICLE.match(h) for h in headings)


# In a passage's text (whitespace collapsed): at its start, or after the end of a sentence; an item after its
# member's colon or the item before it ("…verplicht: a. naar vermogen …; b. gebruik te maken …").
_MEMBER = re.compile(r"(?:^|(?<=[.;:] ))(\d{1,2})\. +(?=[A-Z])")
_ITEM = re.compile(r"(?:^|(?<=[;:] )|(?<=; en )|(?<=; of ))([a-z])[.)] +(?=\S)")
# A sentence that starts after an item ends it ("…; b. mee te werken. Het college houdt rekening met …").
_SENTENCE_START = re.compile(r"(?<=[.!?] )(?=[A-Z])")
_MARK_MEMBER = re.compile(r"^(\d{1,2})[.)]$")
_MARK_ITEM = re.compile(r"^([a-z])[.)]$")

ArticlePlace = tuple[int, str, str | None, str | None]
"""(offset in the passage's text, article, member, item) from that offset on."""
Articles = dict[int, list[tuple[str, list[ArticlePlace]]]]
"""Per ``paragraph`` (a block of a text file holds several list items): each passage's text and its places."""


def article_places(document: Document) -> Articles:
    """Per passage (its ``paragraph``) under an article's heading ("Artikel 9" in a law or a verordening): the
    article, member (lid) and item (onderdeel) in force at its start and from each line that opens a member
    or an item ("3. Indien …", "b. gebruik …"), so that a result can be cited as "artikel 9, lid 3, onderdeel
    b" instead of by a paragraph count that the members' layout (one block or many) makes meaningless.
    Passages outside any article get nothing."""
    out: Articles = {}
    article: str | None = None
    member: str | None = None
    item: str | None = None
    for p in document.passages:
        if p.kind == "heading":
            found = _ARTICLE.match(p.text)
            if found:
                article = found.group(1)
            elif not in_article(*p.location.section_path):
                article = None  # a chapter or paragraph heading above the articles
            member = item = None  # a heading ends the members before it (a "Toelichting" after the last one)
            continue
        if article is None or not p.is_content:
            continue
        # a list item whose number or letter the reader took off its text; a passage without one ends an item
        mark = p.marker or ""
        if numbered := _MARK_MEMBER.match(mark):
            member, item = numbered.group(1), None
        elif lettered := _MARK_ITEM.match(mark):
            item = lettered.group(1)
        elif not _ITEM.match(p.text):
            item = None
        places: list[ArticlePlace] = [(0, article, member, item)]
        numbers_at = [(m.start(), "member", m.group(1)) for m in _MEMBER.finditer(p.text)]
        members = {offset for offset, _, _ in numbers_at}
        starts = sorted(
            numbers_at
            + [(m.start(), "item", m.group(1)) for m in _ITEM.finditer(p.text)]
            + [(m.start(), "sentence", "") for m in _SENTENCE_START.finditer(p.text) if m.start() not in members]
        )
        for offset, kind, value in starts:
            if kind == "member":
                member, item = value, None
            elif kind == "item" and (member is not None or places[0][2] is None):
                item = value
            elif kind == "sentence":
                if item is None:
                    continue
                item = None
            places.append((offset, article, member, item))
        out.setdefault(p.location.paragraph, []).append((p.text, places))
    return out


def _placed(loc: Location, numbers: Numbers, articles: Articles | None = None, text: str = "") -> Location:
    counted = numbers.get(loc.paragraph) or []
    # the passage of the block that holds the sentence (or the evidence's text), else the block's first
    own = _of_passage(counted, text)
    n = own if own is not None else (counted[0][1] if counted else 0)
    placed = replace(loc, section_paragraph=n) if n else loc
    candidates = (articles or {}).get(loc.paragraph)
    if not candidates:
        return placed
    found = _of_passage(candidates, text)
    if found is None and len(candidates) > 1:
        return replace(placed, article=candidates[0][1][0][1])  # not found: the article only
    places = found or candidates[0][1]
    if loc.char_start is not None:
        _, article, member, item = [pl for pl in places if pl[0] <= loc.char_start][-1]
    elif len({(pl[2], pl[3]) for pl in places}) == 1:
        _, article, member, item = places[0]
    else:  # evidence without an offset in a passage of several members: the article only
        article, member, item = places[0][1], None, None
    return replace(placed, article=article, member=member, item=item)


def place_findings(findings: list[Placed], numbers: Numbers, articles: Articles | None = None) -> list[Placed]:
    """Findings (or findings the second opinion set aside) with their paragraph numbered as in the report."""
    return [replace(f, location=_placed(f.location, numbers, articles, f.sentence)) for f in findings]


def place_evidence(
    items: tuple[Evidence, ...] | list[Evidence], numbers: Numbers, articles: Articles | None = None
) -> tuple[Evidence, ...]:
    return tuple(replace(e, location=_placed(e.location, numbers, articles, e.text)) for e in items)


def place_measures(
    measures: list[MeasureCheck], numbers: Numbers, articles: Articles | None = None
) -> list[MeasureCheck]:
    return [replace(m, evidence=place_evidence(m.evidence, numbers, articles)) for m in measures]


def place_questions(
    questions: list[QuestionAnswer], numbers: Numbers, articles: Articles | None = None
) -> list[QuestionAnswer]:
    return [replace(q, evidence=place_evidence(q.evidence, numbers, articles)) for q in questions]
