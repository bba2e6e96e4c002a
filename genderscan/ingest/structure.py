"""Document structure shared by the readers: heading paths, tables of contents, running text.

A reader gives each heading a level key (a tuple: smaller is further out,
e.g. ``(2,)`` for HTML's h2 or ``(rank of the font size, depth of "3.2")``
for a PDF) and leaves everything else to :func:`outline`, which

1. marks table-of-contents lines (a title followed by dot leaders and/or a
   page number, in a run of such lines, or right under "Inhoud") and the
   ToC's own title as ``toc`` passages (:func:`toc_indices`);
2. gives every passage its ``section_path``: the titles of the headings it
   sits under, outermost first (:class:`Outline`); ``section`` stays the
   innermost title.

Running headers and footers are found per format (PDF: :mod:`.layout`) and
arrive here as ``running`` passages, which keep the path they sit in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from ..model import Location, Passage

Key = tuple[int, ...]

# Depths of headings without a number, below every numbered depth (:func:`outline`): an
# ALL-CAPS title with a heading right under it is one level above a title in ordinary case.
UNNUMBERED_CAPS = 100
UNNUMBERED = 101
# Articles of a law ("Artikel 12") sit below chapters and paragraphs whatever their number.
_ARTICLE_DEPTH = 9

# Label words of a chapter, one level below the document ("Afspraak 4 Taal en werk" of an agreement over "4.1"; a
# budget's "Programma 4 Bestaanszekerheid" over "4.1 Stand van zaken", and "Programma 5" after "4.6" its sibling, not
# a heading without a number below it) and the other label words of a numbered heading (number_depth).
_CHAPTER_WORDS = ("hoofdstuk", "bijlage", "titel", "afspraak", "programma", "thema", "pijler", "agendapunt", "punt")
_LABEL_WORDS = ("afdeling", "paragraaf", "artikel", "deel", *_CHAPTER_WORDS)
# "3", "3.2", "3.2.1.", "6a", "§ 1.1", "Hoofdstuk 4", "Paragraaf 3.2", "Artikel 12", "Bijlage 2"; after a
# label word also a capital letter or a Roman number ("Deel B", "Bijlage A", "Hoofdstuk IV")
_NUMBERED = re.compile(
    rf"^(?:(?P<word>{'|'.join(_LABEL_WORDS)})\s+|(?P<par>§)\s*)?"
    r"(?:(?P<num>\d{1,3}[a-z]{0,2}(?:\.(?:\d{1,2}[a-z]?|[a-z])){0,4})|(?<=\s)(?P<letter>(?-i:[IVXLC]{1,6}|[A-Z])))"
    r"\.?(?=[\s:–-]|$)",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# The label alone, without a title (law texts give the title on the next line).
LABEL_ONLY = re.compile(
    r"^(?:hoofdstuk|afdeling|paragraaf|artikel|bijlage|deel|titel|afspraak|§)\s*[\dIVXivx]{1,4}[a-z]{0,2}(?:\.\d{1,2}[a-z]?)*\.?$",
    re.IGNORECASE,
)

# A page number as running headers and footers print it: "3", "- 3 -", "Pagina 3 van 20", "blad 3/86".
PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|page|blz\.?|blad|bladzijde|pag\.|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:/|van|of)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def is_page_number(text: str) -> bool:
    """A page number on a line of its own (a year alone is none)."""
    text = text.strip()
    return bool(PAGE_NUMBER.match(text)) and not _YEAR.match(text)


# Titles of a table of contents.
_TOC_TITLE = re.compile(
    r"^(?:inhoud(?:sopgave|stafel|sopgaaf)?|inhoud van (?:dit|deze) \w+|table of contents|contents)\s*:?$",
    re.IGNORECASE,
)
# A ToC line: a title, then dot leaders (with or without a page number after them), or a title
# ending in a word and then a page number ("Inleiding 3", "Inleiding **3**", "Inleiding\t3").
# Read from the end by hand: patterns with a free title before the leaders backtrack on every dot.
_END_PAGE = re.compile(r"\**(\d{1,4})\**\Z")
_END_ROMAN = re.compile(r"(?<=[\s.…])([ivxlc]{1,6})\Z")
_LEADER_CHARS = " .·…_\t"
_TOC_ENDS = ".·…_*ivxlc"
# Dot leaders: at least this many leader characters (an ellipsis counts as three).
_LEADER_MIN = 4
# A page number after a title without leaders has at most three digits ("in 2025" is a year).
_PAGE_MAX = 999
_BARE_NUMBER = re.compile(r"^\**\d{1,3}\**$")
# A ToC line is one line of a title: not longer than this.
TOC_LINE_MAX = 160
# Lines in a row that make a table of contents without a title above them.
TOC_RUN = 3


# An unnumbered heading that names a part of the document after its numbered body: the explanation of a
# regulation, a proposal's caveats, the draft decision, the appendices. It closes the numbered sections before it
# (an expert read found a regulation's whole "Toelichting" placed under "Artikel 10 Inwerkingtreding", and a
# proposal's "Kanttekeningen" and "Bijlage" under its argument "1.4").
_DOCUMENT_PART = re.compile(
    r"^(?:(?:algemene |artikelsgewijze |memorie van |nota van )?toelichting|bijlagen?|kanttekeningen|ondertekening"
    r"|(?:ontwerp|raads)?besluit)\s*:?$",
    re.IGNORECASE,
)


def _document_parts(passages: Sequence[Passage], kinds: list[str]) -> set[int]:
    """The headings that name a part of the document after its numbered body (``_DOCUMENT_PART``): once in the
    document, and with no numbered chapter or section after them. A "Toelichting" under every article, a "Besluit"
    under every agenda item, or one under a table in section 2.3 before 2.4 belongs to its section (a hostile
    review)."""
    headings = [i for i, k in enumerate(kinds) if k == "heading"]
    titles = Counter(passages[i].text.strip().lower() for i in headings)
    out: set[int] = set()
    section_after = False
    for i in reversed(headings):
        text = passages[i].text.strip()
        if _DOCUMENT_PART.match(text) and titles[text.lower()] == 1 and not section_after:
            out.add(i)
        depth = number_depth(text)
        if depth in (1, 2) and label_word(text) not in ("bijlage", "deel"):
            section_after = True
    return out


def number_depth(title: str) -> int | None:
    """How deep a numbered heading sits: "3" 1, "3.2" 2, "5.b.1" 3, "Hoofdstuk 4" 1, "§ 1.1" 2, "Artikel 12" 9;
    None for a heading without a number."""
    m = _NUMBERED.match(title.strip())
    if not m:
        return None
    word = (m.group("word") or m.group("par") or "").lower()
    if m.group("letter") and not word:
        return None
    parts = m.group("num").count(".") + 1 if m.group("num") else 1
    if word == "artikel":
        return _ARTICLE_DEPTH
    if word == "deel":  # a part holds chapters ("Deel B Reactie van het college" over "1 Voortzetting"), when
        return 0  # the document opens with parts (outline)
    if word in _CHAPTER_WORDS:
        return 1
    if word in ("afdeling", "paragraaf", "§"):
        return max(2, parts)
    return parts


def _number_text(title: str) -> str | None:
    """The number of a numbered heading as written ("5" of "Artikel 5 Energiekosten", "5.1" of "5.1 Waarom")."""
    m = _NUMBERED.match(title.strip())
    return m.group("num") if m else None


def _paragraphs_first(passages: Sequence[Passage], kinds: list[str]) -> bool:
    """A heading numbered "2.1" stands before the first article: a regulation whose paragraphs hold articles
    ("2.1 Aanbod" over "Artikel 2 Aanbod"), where "2.2" after "Artikel 2" is the next paragraph, not part of it."""
    for p, kind in zip(passages, kinds, strict=True):
        if kind != "heading":
            continue
        m = _NUMBERED.match(p.text.strip())
        if not m:
            continue
        if (m.group("word") or "").lower() == "artikel":
            return False
        if not m.group("word") and not m.group("par") and m.group("num") and "." in m.group("num").rstrip("."):
            return True
    return False


def _in_article(title: str, article: str | None, depth: int) -> int:
    """The depth of a heading numbered "5.1" or "5.1.2" under the open "Artikel 5": below the article (an agreement
    cut into articles with numbered paragraphs), not above it as a law's paragraph "§ 5.1" over its articles; else
    *depth*."""
    m = _NUMBERED.match(title.strip())
    if article is None or not m or m.group("word") or m.group("par") or not m.group("num"):
        return depth
    first, _, rest = m.group("num").partition(".")
    return _ARTICLE_DEPTH + depth - 1 if rest and first == article else depth


def label_word(title: str) -> str:
    """The label word of a numbered heading ("deel" of "Deel B Reactie"), or ""."""
    m = _NUMBERED.match(title.strip())
    return (m.group("word") or "").lower() if m else ""


def _parts_first(passages: Sequence[Passage], kinds: list[str]) -> bool:
    """The document is divided into parts ("Deel A", "Deel B") before any chapter: then a part holds the
    chapters after it, and an appendix ("Bijlage A") ends a part. A part that comes after a chapter is a chapter
    of its own (a reaction put between chapters 2 and 3 does not take 3 and 4)."""
    for i, p in enumerate(passages):
        if kinds[i] != "heading":
            continue
        word = label_word(p.text)
        if word == "deel":
            return True
        if number_depth(p.text) == 1:
            return False
    return False


def _number(title: str) -> tuple[tuple[int, str], ...]:
    """The number of a numbered heading, to compare: "5.b.1" ((5, ""), (0, "b"), (1, ""))."""
    m = _NUMBERED.match(title.strip())
    if m and m.group("letter"):
        return ((_letter_number(m.group("letter")), ""),)
    parts = re.findall(r"(\d*)([a-z]*)", m.group("num").lower()) if m else []
    return tuple((int(d) if d else 0, letters) for d, letters in parts if d or letters)


def _letter_number(label: str) -> int:
    """A part's letter or Roman number as a number: "B" 2, "IV" 4, "C" 3 (alone, only I, V and X are Roman)."""
    if len(label) == 1 and label not in "IVX":
        return ord(label) - ord("A") + 1
    values = [_ROMAN[c] for c in label]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def is_capitals(title: str) -> bool:
    """A title in capitals ("WERK EN INKOMEN"), not an abbreviation ("WMO")."""
    letters = [c for c in title if c.isalpha()]
    words = [w for w in title.split() if len(w) >= 5 and w.isalpha()]
    return bool(letters and words and all(c.isupper() for c in letters))


def _restarting(passages: Sequence[Passage], kinds: list[str], keys: Sequence[Key | None]) -> set[int]:
    """Indices of the numbered headings that are steps inside a section, not its subsections: their
    numbers start again (1, 2, then 1, 2, 3) under the same heading of a larger type. Appendices count apart:
    "Bijlage 1" after chapter 7 starts a series of its own, and does not make chapters 1 to 7 steps (a hostile
    review: a cycling plan's chapters all fell under its "Vastgesteld door de gemeenteraad …" line)."""
    last_of_type: dict[Key, int] = {}  # the last heading of each type, by index
    # (type, depth, heading of a larger type, an appendix) -> headings
    series: dict[tuple[Key, int, int, bool], list[int]] = {}
    for i, p in enumerate(passages):
        if kinds[i] != "heading":
            continue
        key = (keys[i] if i < len(keys) else None) or ()
        last_of_type[key] = i
        depth = number_depth(p.text)
        if depth is not None:
            parent = max((at for k, at in last_of_type.items() if k < key), default=-1)
            series.setdefault((key, depth, parent, label_word(p.text) == "bijlage"), []).append(i)
    out: set[int] = set()
    for members in series.values():
        numbers = [_number(passages[i].text) for i in members]
        if any(b <= a for a, b in pairwise(numbers)):
            out.update(members)
    return out


def is_toc_title(text: str) -> bool:
    """ "Inhoud", "Inhoudsopgave", "Table of contents" …"""
    return bool(_TOC_TITLE.match(text.strip()))


def toc_entry(text: str) -> tuple[bool, int | None] | None:
    """(has dot leaders, page number or None) when *text* reads as a ToC line, else None."""
    text = text.strip()
    if not text or len(text) > TOC_LINE_MAX or not (text[-1].isdigit() or text[-1] in _TOC_ENDS):
        return None
    page: int | None = None
    rest = text
    m = _END_PAGE.search(text)
    if m and (m.start() == 0 or not text[m.start() - 1].isalnum()):
        page, rest = int(m.group(1)), text[: m.start()]
    elif (r := _END_ROMAN.search(text)) is not None:
        rest = text[: r.start()]
    title = rest.rstrip(_LEADER_CHARS)
    leaders = rest[len(title) :]
    if leaders.count(".") + leaders.count("_") + leaders.count("·") + 3 * leaders.count("…") >= _LEADER_MIN:
        # a title, not a form's field to fill in ("Naam: ..........")
        return (True, page) if any(c.isalnum() for c in title) and not title.endswith(":") else None
    if page is None or page > _PAGE_MAX or rest[-1:] not in (" ", "\t", "*") or not title:
        return None
    words = title.split()
    if not any(c.isalpha() for c in words[-1]) or LABEL_ONLY.match(text) or title.endswith((".", ",", ";", ":")):
        return None  # a figure before the number (a table row), a label ("Artikel 3"), a sentence
    return False, page


def toc_indices(
    texts: Sequence[str],
    titles: Sequence[bool] = (),
    *,
    pages: int | None = None,
    run: int | None = None,
    entries: Sequence[tuple[bool, int | None] | None] | None = None,
) -> set[int]:
    """Indices of the ToC lines among *texts* (one line or short passage each, in reading order).

    A line counts in a run of at least TOC_RUN ToC lines (dot leaders, or a
    page number at the end that never goes down, never past *pages*); right
    under a ToC title (*titles*: True where a line is one) one line is enough,
    and so on a page that is mostly ToC lines (*run* 1). *entries*: :func:`toc_entry` of
    each text, when the caller has them already.
    A short line between two ToC lines (a title over two lines, or a title
    whose number stands on the next line) is part of the run, and so is a
    bare page number after the run's last title.
    """
    if entries is None:
        entries = [toc_entry(t) for t in texts]
    needed = run or TOC_RUN
    out: set[int] = set()
    i = 0
    n = len(texts)
    while i < n:
        after_title = i > 0 and i - 1 < len(titles) and titles[i - 1]
        if entries[i] is None and not after_title:
            i += 1
            continue
        lines: list[int] = []
        found = 0
        last_page = 0
        j = i
        gap: list[int] = []
        while j < n:
            entry = entries[j]
            if entry is not None:
                leaders, page = entry
                if page is not None and not leaders and (page < last_page or (pages is not None and page > pages + 10)):
                    break
                if page is not None:
                    last_page = max(last_page, page)
                lines += gap + [j]
                gap = []
                found += 1
            elif _BARE_NUMBER.match(texts[j].strip()) and lines:
                lines += gap + [j]
                gap = []
            elif len(gap) < 2 and _short_line(texts[j]) and not (j < len(titles) and titles[j]):
                gap.append(j)
            else:
                break
            j += 1
        if (found >= needed and not _one_series(texts, lines, entries)) or (after_title and found >= 1):
            out.update(lines)
            i = max(j, i + 1)
        else:
            i += 1
    return out


def _one_series(texts: Sequence[str], run: list[int], entries: Sequence) -> bool:
    """Numbered steps, not a ToC: "Stap 1", "Stap 2", "Stap 3" (no dot leaders, one first word)."""
    lines = [i for i in run if entries[i] is not None]
    if any(entries[i][0] for i in lines):
        return False
    return len({texts[i].split(maxsplit=1)[0].lower() for i in lines}) == 1


# Under a ToC title, the share of short lines that must repeat a heading of the document further on.
TOC_HEADING_SHARE = 0.6
# A line of a table of contents without page numbers is at most this long (a heading of the document).
UNPAGED_LINE_MAX = 100


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def unpaged_toc_line(text: str) -> bool:
    """*text* can be a line of a table of contents without page numbers: short, not ending as a sentence."""
    return _short_line(text) and len(text.strip()) <= UNPAGED_LINE_MAX


def toc_without_pages(passages: Sequence[Passage], kinds: Sequence[str]) -> list[int]:
    """A table of contents without page numbers (a plain-text coalition agreement): among the one-line
    passages of the block right under a ToC title, when most repeat the document's own headings further
    on, those that do (and a line between two that do)."""
    out: list[int] = []
    last: dict[str, int] = {}  # a heading's text -> where it stands last (one pass: many ToC titles stay linear)
    for k, q in enumerate(passages):
        if q.kind == "heading":
            last[_norm(q.text)] = k
    for i, p in enumerate(passages):
        if not (p.kind in ("heading", "paragraph") and is_toc_title(p.text)) or (
            i + 1 < len(kinds) and kinds[i + 1] == "toc"
        ):
            continue
        run: list[int] = []
        j = i + 1
        block = passages[i + 1].location.paragraph if i + 1 < len(passages) else None
        # the lines of one block (a text file's ToC is one block of lines, read as a passage per line)
        while j < len(passages) and passages[j].kind in ("heading", "paragraph", "list_item"):
            if passages[j].location.paragraph != block:
                break
            own = [ln for ln in passages[j].text.splitlines() if ln.strip()]
            if len(own) != 1 or not unpaged_toc_line(own[0]):
                break
            run.append(j)
            j += 1
        if len(run) < TOC_RUN:
            continue
        hit = [last.get(_norm(passages[k].text), -1) >= j for k in run]
        if sum(hit) < TOC_HEADING_SHARE * len(run):
            continue
        # only the lines that are headings of the document (and a line between two of them: a title
        # over two lines); text in the same block stays text
        out.extend(k for n, k in enumerate(run) if hit[n] or (0 < n < len(run) - 1 and hit[n - 1] and hit[n + 1]))
    return out


def _short_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= TOC_LINE_MAX and not text.endswith((".", ";", ":"))


# Every location below a heading carries its path, so a path is held to a size: a PDF can set each
# of a thousand headings a size smaller (a path a thousand deep), and a heading can be a whole page
# (a 450 KB heading over 300 findings made a 270 MB JSON report).
PATH_DEPTH_MAX = 10
"""Headings in a section path at most: a deeper heading takes the place of the innermost one."""
PATH_TITLE_MAX = 200
"""Characters of a heading's title kept in a section path (the heading's own text stays whole)."""


def path_title(title: str) -> str:
    """*title* as a section path holds it: at most PATH_TITLE_MAX characters, cut with an ellipsis."""
    return title if len(title) <= PATH_TITLE_MAX else title[: PATH_TITLE_MAX - 1].rstrip() + "…"


class Outline:
    """The path of headings while a document is read, outermost first.

    A heading closes every open heading whose key is not smaller than its own
    (its earlier siblings and their subsections) and opens under the rest; at
    PATH_DEPTH_MAX open headings it takes the innermost one's place.
    """

    def __init__(self) -> None:
        self._open: list[tuple[Key, str]] = []
        self.path: tuple[str, ...] = ()
        """The titles of the open headings."""

    def enter(self, title: str, key: Key) -> tuple[str, ...]:
        """Open the heading *title* at level *key*; return its path."""
        while self._open and (self._open[-1][0] >= key or len(self._open) >= PATH_DEPTH_MAX):
            self._open.pop()
        self._open.append((key, path_title(title)))
        self.path = tuple(t for _, t in self._open)
        return self.path

    def clear(self) -> None:
        self._open.clear()
        self.path = ()


def with_path(passage: Passage, path: tuple[str, ...], kind: str | None = None) -> Passage:
    """*passage* with its section path (and ``section``, the innermost title) set, and its kind if given."""
    loc = passage.location
    # the constructors, not dataclasses.replace (twice as slow): this runs for every passage of a
    # document. A passage's location has no offsets of a match.
    return Passage(
        passage.text,
        Location(
            file=loc.file,
            paragraph=loc.paragraph,
            page=loc.page,
            section=path[-1] if path else None,
            page_label=loc.page_label,
            section_path=path,
        ),
        kind or passage.kind,
        passage.suppress,
        passage.marker,
    )


def outline(
    passages: Sequence[Passage],
    keys: Sequence[Key | None],
    *,
    numbered: bool = False,
    find_toc: bool = True,
    restart: int | None = None,
    pages: int | None = None,
) -> list[Passage]:
    """Mark the table of contents and set every passage's section path.

    *keys*: per passage, the level key of a heading (None for the others).
    With *numbered* (PDF, text: formats without levels of their own), the
    key of a heading is only its type and gets its depth from its text:
    "3.2" under "3", both above headings without a number of the same type;
    a title in capitals with a heading right under it above titles in
    ordinary case; numbers that start again (1, 2, then 1, 2, 3) are steps
    inside sections, below the headings without a number. With *find_toc*,
    ToC lines are recognised from their text (PDF finds them by its rows,
    so it passes False). The passage at index *restart* (the first after a
    PDF's cover page) starts again without open headings.
    """
    kinds = [p.kind for p in passages]
    if find_toc:
        texts = [p.text if p.kind != "footnote" else "" for p in passages]
        titles = [p.kind == "heading" and is_toc_title(p.text) for p in passages]
        for i in toc_indices(texts, titles, pages=pages):
            kinds[i] = "toc"
        for i in toc_without_pages(passages, kinds):
            kinds[i] = "toc"
    # a ToC title is part of its ToC: it opens no section of the document
    for i, p in enumerate(passages):
        if (
            p.kind in ("heading", "paragraph")
            and is_toc_title(p.text)
            and i + 1 < len(passages)
            and kinds[i + 1] == "toc"
        ):
            kinds[i] = "toc"
    steps = _restarting(passages, kinds, keys) if numbered else set()
    parts_first = _parts_first(passages, kinds)
    document_parts = _document_parts(passages, kinds)
    out: list[Passage] = []
    tree = Outline()
    toc_path: tuple[str, ...] | None = None
    article: str | None = None  # the number of the article open now ("5" of "Artikel 5 Energiekosten")
    paragraphs_over_articles = _paragraphs_first(passages, kinds)
    for i, p in enumerate(passages):
        if i == restart:
            tree.clear()
            article = None
        kind = kinds[i]
        if kind == "toc":
            if toc_path is None or is_toc_title(p.text):
                toc_path = tree.path + ((p.text,) if is_toc_title(p.text) else ())
            out.append(with_path(p, toc_path, kind))
            continue
        if kind != "running":
            toc_path = None
        if kind == "heading":
            key: Key = (keys[i] if i < len(keys) else None) or ()
            if numbered or not key:
                depth = number_depth(p.text)
                if depth is not None and label_word(p.text) in ("deel", "bijlage"):
                    depth = 0 if parts_first else 1
                if depth is None and i in document_parts:
                    depth = 0 if parts_first else 1  # a part of the document, as a numbered appendix is
                if depth is not None and depth != _ARTICLE_DEPTH and not paragraphs_over_articles:
                    depth = _in_article(p.text, article, depth)
                if depth is not None:
                    article = (
                        _number_text(p.text)
                        if depth == _ARTICLE_DEPTH
                        else (article if depth > _ARTICLE_DEPTH else None)
                    )
                    key += (UNNUMBERED + 1 + depth if i in steps else depth,)
                elif is_capitals(p.text) and i + 1 < len(passages) and kinds[i + 1] == "heading":
                    key += (UNNUMBERED_CAPS,)  # a chapter over its sections
                else:
                    key += (UNNUMBERED,)  # (in capitals over text, not over sections: a box's title)
            out.append(with_path(p, tree.enter(p.text, key), kind))
        else:
            out.append(with_path(p, tree.path, kind))
    return out
