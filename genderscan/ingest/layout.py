"""PDF page layout, shared by both PDF engines: from positioned lines to passages.

An engine (pdfium or pdfplumber) only extracts :class:`Line` objects per page,
in top-down coordinates. Everything else happens here, the same way for both:

1. running headers, footers and page numbers are set apart: lines in the
   top or bottom band of the page whose text (digits ignored) recurs on many
   pages (or on most pages of a stretch, like a chapter's running title),
   and page numbers there; they are kept as ``running`` passages (before
   and after the page's text) that give no findings;
2. two-column pages are read column by column (full-width lines, such as a
   heading across both columns, keep their place between them);
3. lines become paragraphs by vertical gap, headings by size or weight,
   list items by their bullet; line-end hyphens are joined;
4. a paragraph that runs over a page break is joined again;
5. table cells (pieces of text side by side on a row) and footnotes (small
   type low on the page, starting with a note number) are passages of their
   own kind, so they are kept but never glued into the running text;
6. table-of-contents lines (a row that ends in dot leaders or a page
   number, in a run of such rows) are ``toc`` passages, one per entry;
7. headings get a level from their type (sizes used for headings on several
   pages rank the levels, bold above regular) and their number ("3.2" under
   "3"), and every passage its section path (:func:`.structure.outline`);
   the headings of a cover page open no section for the pages after it.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ..model import Location, Passage
from .normalise import join_lines
from .structure import PAGE_NUMBER, is_page_number, is_toc_title, outline, toc_entry, toc_indices

# List bullets: the usual Unicode ones, and the private-use code points Word's
# Symbol and Wingdings bullets come out as (U+F0B7 •, U+F0A7 ▪, U+F0D8 ➢ …).
_MARKS = (
    "\u2022\u25cf\u25aa\u25a0\u25a1\u25e6\u2023\u2043\u2219\u00b7\u2013\u2014\u2713\u2714\u27a2"
    "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8*-"
)
_BULLET = re.compile(rf"^(?:[{_MARKS}]\s+|\(?\d{{1,2}}[.)]\s+|[a-z][.)]\s+)")
# A marker alone on its line: a bullet, "a)", "(1)", or an outline number ("3", "5.c", "2.1.4.")
_MARKER_ONLY = re.compile(rf"^(?:[{_MARKS}]|\(?\d{{1,2}}\)|[a-z][.)]|\d{{1,2}}(?:\.[0-9a-z]{{1,2}}){{0,3}}\.?)$")
# A line further below the previous one than this many times the page's
# usual line pitch starts a new paragraph. Pitch (top to top) rather than the
# white gap, because engines measure glyph boxes differently (pdfium's are
# tight, without descenders) but agree on where lines start.
PARAGRAPH_PITCH = 1.4
# Longer bold or large text (more than three lines) is a paragraph set in bold, not a heading.
HEADING_MAX = 200
# Share of the page height (of a portrait page: the longer side) at the top and bottom where running
# headers and footers live.
BAND = 0.09
# A header/footer text must recur on at least this share of the pages with text (and on 3 pages) …
RECUR_SHARE = 0.5
# … or on this share of the pages from its first to its last (a chapter's running title), and on RECUR_MIN pages.
DENSE_SHARE = 0.6
RECUR_MIN = 3
# Roman page numbers of front matter ("iii"), alone in the band.
_ROMAN = re.compile(r"^[ivxlc]{1,6}$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_ALNUM = re.compile(r"\w")
_SENTENCE_END = (".", "!", "?", ":", ";")


@dataclass
class Line:
    """One line of text on a page; coordinates in points, top-down."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    weight: int = 0
    """Font weight where the engine knows it (pdfium); 0 when unknown."""


@dataclass
class Page:
    """The lines of one page and its size."""

    lines: list[Line]
    width: float
    height: float


def mark_bold(pages: list[Page]) -> list[Page]:
    """Set ``bold`` from font weights, relative to the weight of most of the text.

    Some PDFs report a heavy weight for every font; a line is bold only when
    it is clearly heavier than the body text.
    """
    weights: Counter[int] = Counter()
    for p in pages:
        for ln in p.lines:
            weights[ln.weight] += len(ln.text)
    if not weights:
        return pages
    body = weights.most_common(1)[0][0]
    for p in pages:
        for ln in p.lines:
            ln.bold = ln.weight >= max(600, body + 150)
    return pages


def _band_key(line: Line, page: Page) -> str | None:
    """The recurring-text key of a line in the header or footer band, else None."""
    band = BAND * max(page.height, page.width)  # margins stay as they are when a page is turned to landscape
    if line.bottom <= band or line.top >= page.height - band:
        return _DIGITS.sub("#", " ".join(line.text.lower().split()))
    return None


def split_running(pages: list[Page]) -> tuple[list[Page], list[list[Line]]]:
    """The pages without their running headers, footers and page numbers, and those lines per page."""
    found: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        for key in {k for k in (_band_key(ln, page) for ln in page.lines) if k}:
            found.setdefault(key, []).append(i)
    with_text = sum(1 for p in pages if p.lines)
    needed = max(RECUR_MIN, RECUR_SHARE * with_text)
    recurring = {
        key
        for key, at in found.items()
        if len(at) >= needed or (len(at) >= RECUR_MIN and len(at) >= DENSE_SHARE * (at[-1] - at[0] + 1))
    }
    out = []
    running: list[list[Line]] = []
    for page in pages:
        keep = []
        band = []
        for ln in page.lines:
            band_key = _band_key(ln, page)
            stripped = ln.text.strip()
            if band_key is not None and (
                band_key in recurring or PAGE_NUMBER.match(stripped) or _ROMAN.match(stripped)
            ):
                band.append(ln)
            else:
                keep.append(ln)
        out.append(Page(keep, page.width, page.height))
        running.append(band)
    return out, running


def drop_running(pages: list[Page]) -> list[Page]:
    """Remove running headers, footers and page numbers."""
    return split_running(pages)[0]


def merge_markers(page: Page) -> Page:
    """Join a list marker or outline number standing alone to the text beside it.

    Word sets a bullet (or "5.c" before a title) and its text apart by a
    hanging indent or a tab, wide enough for the engines to read them as two
    lines; alone, the bullet would end up in the running text and the item
    would not start a list item, and a number would end up after its title. A
    marker joins the nearest line to its right on the same row, within four
    times the type size (ten for a number, which decision lists set in a
    margin column), when that line starts with a letter (a dash before a
    figure is a table's zero, not a bullet).
    """
    markers = [ln for ln in page.lines if _MARKER_ONLY.match(ln.text.strip())]
    if not markers:
        return page
    texts = sorted((ln for ln in page.lines if ln.text[:1].isalpha()), key=lambda ln: ln.top)
    tops = [ln.top for ln in texts]
    used: set[int] = set()
    replaced: dict[int, Line] = {}
    for m in markers:
        size = max(m.size, 1.0)
        centre = (m.top + m.bottom) / 2
        reach = (10 if m.text.strip()[:1].isdigit() else 4) * size
        # lines on the marker's row start at most a few type sizes above its centre
        near = texts[bisect_left(tops, centre - 3 * size) : bisect_right(tops, centre + 0.5 * size)]
        beside = [
            ln
            for ln in near
            if id(ln) not in used
            and ln.x0 >= m.x1 - 0.5
            and ln.x0 - m.x1 <= reach
            and ln.top - 0.5 * size <= centre <= ln.bottom + 0.5 * size
        ]
        if not beside:
            continue
        text = min(beside, key=lambda ln: ln.x0)
        used.update((id(m), id(text)))
        replaced[id(text)] = Line(
            f"{m.text.strip()} {text.text}",
            m.x0,
            text.x1,
            min(m.top, text.top),
            max(m.bottom, text.bottom),
            text.size,
            text.bold,
            text.weight,
        )
    lines = [replaced.get(id(ln), ln) for ln in page.lines if id(ln) not in used or id(ln) in replaced]
    return Page(lines, page.width, page.height)


def _by_rows(lines: list[Line]) -> list[Line]:
    """Lines top to bottom, and left to right within a row.

    Rows are found as in the engines' line building: a line joins a row when
    its vertical centre lies in the row or the row's centre in the line, so a
    dash or a figure in a table row, whose tight box starts lower than the
    words beside it, keeps its place from left to right.
    """
    rows: list[list[Line]] = []
    span = (0.0, 0.0)
    for ln in sorted(lines, key=lambda ln: ((ln.top + ln.bottom) / 2, ln.x0)):
        centre = (ln.top + ln.bottom) / 2
        if rows and (span[0] <= centre <= span[1] or ln.top <= (span[0] + span[1]) / 2 <= ln.bottom):
            rows[-1].append(ln)
            span = (min(span[0], ln.top), max(span[1], ln.bottom))
        else:
            rows.append([ln])
            span = (ln.top, ln.bottom)
    return [ln for row in rows for ln in sorted(row, key=lambda ln: ln.x0)]


def reading_order(page: Page) -> list[Line]:
    """Lines top to bottom; on a two-column page, the left column before the right.

    A page is two-column when enough lines sit wholly left or wholly right of
    the middle. Lines that cross the middle (a full-width heading) end the
    column block above them.
    """
    lines = _by_rows(page.lines)
    mid = page.width / 2
    # Column text fills its column; short pieces side by side are table cells.
    wide = [ln for ln in lines if ln.x1 - ln.x0 >= 0.25 * page.width]
    left = [ln for ln in wide if ln.x1 <= mid + 2]
    right = [ln for ln in wide if ln.x0 >= mid - 2]
    if len(left) < 3 or len(right) < 3 or (len(left) + len(right)) < 0.6 * len(wide):
        return lines
    ordered: list[Line] = []
    block_left: list[Line] = []
    block_right: list[Line] = []
    for ln in lines:
        if ln.x1 <= mid + 2:
            block_left.append(ln)
        elif ln.x0 >= mid - 2:
            block_right.append(ln)
        else:
            ordered += block_left + block_right + [ln]
            block_left, block_right = [], []
    return ordered + block_left + block_right


def _is_heading(line: Line, body: float) -> bool:
    return line.size >= body + 1.5 or (line.bold and len(line.text) < 90 and not line.text.endswith((".", ",")))


def line_pitch(lines: list[Line], body: float) -> float:
    """The usual distance from one line's top to the next on a page."""
    steps = [b.top - a.top for a, b in pairwise(lines) if 0 < b.top - a.top <= 2.5 * max(a.size, 1.0)]
    return statistics.median(steps) if steps else 1.2 * body


def _starts_new(prev: Line, line: Line, kind: str, line_kind: str, pitch: float) -> bool:
    if line_kind == "list_item" or (line_kind == "heading") != (kind == "heading"):
        return True
    if line.top < prev.top:  # the next column or page: judged by the text, not the gap
        return False
    if prev.bold and not line.bold and line.text[:1].isupper():  # a long bold title, then its text
        return True
    return line.top - prev.top > PARAGRAPH_PITCH * max(pitch, prev.size)


def _same_row(a: Line, b: Line) -> bool:
    """*b* stands on *a*'s row: one's vertical centre lies within the other."""
    return a.top <= (b.top + b.bottom) / 2 <= a.bottom or b.top <= (a.top + a.bottom) / 2 <= b.bottom


def table_cells(lines: list[Line]) -> set[int]:
    """ids of lines that share their row with other lines beside them: table cells.

    *lines* are in reading order, so on a two-column page the two columns are
    apart already and only pieces side by side within a column count. A row
    needs two pieces with a letter or digit; a dash between them (a table's
    zero) is a cell of that row too.
    """
    cells: set[int] = set()
    row: list[Line] = []
    for line in [*lines, None]:
        if line is not None and row and _same_row(row[-1], line) and line.x0 > row[-1].x1:
            row.append(line)
            continue
        if len(row) > 1 and sum(1 for ln in row if _ALNUM.search(ln.text)) >= 2:
            cells.update(id(ln) for ln in row)
        row = [line] if line is not None else []
    return cells


_NOTE_START = re.compile(r"^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*)\s*\S")


def _is_footnote(block: list[Line], body: float, page: Page) -> bool:
    """A block in the lower part of the page, in smaller type, starting with a note number."""
    return (
        block[0].top >= 0.6 * page.height
        and all(ln.size <= body - 1.0 for ln in block)
        and bool(_NOTE_START.match(block[0].text))
    )


def _blocks(lines: list[Line], body: float):
    """Group a page's ordered lines into (kind, lines) paragraphs; table cells each their own."""
    block: list[Line] = []
    kind = "paragraph"
    pitch = line_pitch(lines, body)
    cells = table_cells(lines)
    for line in lines:
        if id(line) in cells:
            if block:
                yield kind, block
                block = []
            yield "table_cell", [line]
            continue
        heading = _is_heading(line, body)
        if heading and line.size < body + 1.5 and line.text[:1].islower() and not (block and kind == "heading"):
            heading = False  # a title does not start in lower case: the rest of a sentence set in bold
        line_kind = "heading" if heading else ("list_item" if _BULLET.match(line.text) else "paragraph")
        if block and _starts_new(block[-1], line, kind, line_kind, pitch):
            yield kind, block
            block = []
        if not block:
            kind = line_kind
        block.append(line)
    if block:
        yield kind, block


# Pieces a row of a ToC has at most: a number, the title, leaders, the page number.
TOC_PIECES = 4


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines in reading order grouped into rows: pieces side by side on one row, left to right."""
    rows: list[list[Line]] = []
    for line in lines:
        if rows and _same_row(rows[-1][-1], line) and line.x0 > rows[-1][-1].x1:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _row_text(row: list[Line]) -> str:
    return " ".join(ln.text.strip() for ln in row)


def _items(lines: list[Line], body: float, pages: int):
    """A page's ordered lines as (kind, lines) items: ToC entries one per row, the rest as :func:`_blocks`."""
    if not any(ln.text.rstrip()[-1:].isdigit() or ln.text.rstrip().endswith(("....", "…")) for ln in lines):
        yield from _blocks(lines, body)  # no line ends as a ToC line does
        return
    rows = _rows(lines)
    # a ToC row has a title, perhaps a number before it, leaders and a page number: a row of more
    # pieces is a table's
    texts = [_row_text(r) if len(r) <= TOC_PIECES else "" for r in rows]
    entries = [toc_entry(t) for t in texts]
    found = sum(1 for e in entries if e is not None)
    if not found:
        yield from _blocks(lines, body)
        return
    titles = [is_toc_title(t) for t in texts]
    mostly = found >= 2 and found >= 0.5 * len(rows)  # a page of ToC lines: one is enough
    toc = toc_indices(texts, titles, pages=pages, run=1 if mostly else None, entries=entries)
    if not toc:
        yield from _blocks(lines, body)
        return
    rest: list[Line] = []
    entry: list[Line] = []
    for i, row in enumerate(rows):
        if i in toc:
            if rest:
                yield from _blocks(rest, body)
                rest = []
            entry += row
            if entries[i] is not None or i + 1 not in toc:
                yield "toc", entry  # a title over two rows is one entry, ended by its page number
                entry = []
        else:
            rest += row
    if rest:
        yield from _blocks(rest, body)


def _style(block: list[Line]) -> float:
    """A heading's type as one number: its size, a quarter point more in bold."""
    return max(ln.size for ln in block) + (0.25 if block[0].bold else 0.0)


# The share of the pages with a printed page number whose number must be its place minus one offset
# before that offset labels the pages (a cover and a table of contents before page 1 do not count).
PRINTED_SHARE = 0.6


def printed_labels(running: list[list[Line]]) -> list[str]:
    """The printed page number of every page, from the page numbers in its running headers and
    footers ("41", "- 41 -", "Pagina 41 van 136"), when most pages that print one are numbered from
    one offset: a page that prints a number has it (an annex that starts again at 1), one that prints
    none has its place minus the offset ("" before the first, and for all pages when there is no such
    offset). A PDF without page labels of its own then cites the page a reader looks for: "p. 44
    (blz. 41)"."""
    printed: dict[int, int] = {}
    for i, band in enumerate(running, start=1):
        for ln in band:
            text = ln.text.strip()
            if is_page_number(text):
                number = _DIGITS.search(text)  # a page number has four digits at most
                if number is not None:
                    printed[i] = int(number.group())
                    break
    if len(printed) < RECUR_MIN:
        return [""] * len(running)
    offset, n = Counter(i - p for i, p in printed.items()).most_common(1)[0]
    if n < PRINTED_SHARE * len(printed):
        return [""] * len(running)
    return [
        str(printed[i]) if i in printed else str(i - offset) if i - offset >= 1 else ""
        for i in range(1, len(running) + 1)
    ]


def passages(file: str, pages: list[Page], labels: list[str] | None = None) -> list[Passage]:
    """Passages of a whole document: running text set apart, columns ordered, paragraphs joined over page
    breaks, ToC lines marked, headings ranked and every passage given its section path. Without page
    labels of the PDF's own, the printed page numbers are the labels (:func:`printed_labels`)."""
    pages, running = split_running(pages)
    if not labels or not any(labels):
        labels = printed_labels(running)
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[ln.size] += len(ln.text)
    if not sizes:
        return []
    body = sizes.most_common(1)[0][0]  # the size of most of the text
    out: list[Passage] = []
    styles: list[float | None] = []  # per passage, the type of a heading
    open_at: int | None = None  # the last paragraph, when it may continue on the next page
    cover_end: int | None = None
    for page_no, page in enumerate(pages, start=1):
        label = labels[page_no - 1] if labels and labels[page_no - 1] else None
        band = running[page_no - 1]
        middle = page.height / 2
        top = [ln for ln in band if ln.top < middle]

        def add(text: str, kind: str, style: float | None = None, page_no: int = page_no, label=label) -> None:
            loc = Location(file=file, paragraph=len(out) + 1, page=page_no, page_label=label)
            out.append(Passage(text=text, location=loc, kind=kind))
            styles.append(style)

        for ln in sorted(top, key=lambda ln: (ln.top, ln.x0)):
            add(" ".join(ln.text.split()), "running")
        first = True
        for kind, block in _items(reading_order(merge_markers(page)), body, len(pages)):
            if kind == "paragraph" and _is_footnote(block, body, page):
                kind = "footnote"
            text = join_lines([ln.text for ln in block]) if kind != "toc" else join_lines([_row_text(block)])
            if kind == "heading" and (len(block) > 3 or len(text) > HEADING_MAX):
                kind = "paragraph"  # a bold paragraph or a bold table row, not a title
            elif kind == "heading" and _BULLET.match(text) and not text[:1].isdigit():
                kind = "list_item"  # a bold list item, not a title ("3.2 Werk" is one)
            elif (
                kind == "heading"
                and len(block) > 1
                and text.endswith(":")
                and all(ln.size < body + 1.5 for ln in block)
            ):
                kind = "paragraph"  # a sentence in bold that introduces a list, not a title
            if not text:
                continue
            if first and open_at is not None and kind == "paragraph" and text[:1].islower():
                prev = out[open_at]
                out[open_at] = Passage(join_lines([prev.text, text]), prev.location, prev.kind)
                open_at = None if out[open_at].text.endswith(_SENTENCE_END) else open_at
                first = False
                continue
            first = False
            add(text, kind, _style(block) if kind == "heading" else None)
            open_at = len(out) - 1 if kind == "paragraph" and not text.endswith(_SENTENCE_END) else None
        for ln in sorted((ln for ln in band if ln.top >= middle), key=lambda ln: (ln.top, ln.x0)):
            add(" ".join(ln.text.split()), "running")
        if page_no == 1 and len(pages) > 1 and _is_cover(out):
            cover_end = len(out)
    keys = _heading_keys(out, styles, cover_end)
    return outline(out, keys, numbered=True, find_toc=False, restart=cover_end)


# Words of text (not headings) a first page may have and still be a cover page.
COVER_WORDS = 40


def _is_cover(first_page: list[Passage]) -> bool:
    """A first page of headings and a few words (a title, a date, a publisher): a cover page."""
    words = sum(len(p.text.split()) for p in first_page if p.kind not in ("heading", "running"))
    return any(p.kind == "heading" for p in first_page) and words < COVER_WORDS


def _heading_keys(
    passages: list[Passage], styles: list[float | None], cover_end: int | None
) -> list[tuple[int, ...] | None]:
    """Level keys of the headings: the rank of their type (:func:`.structure.outline` adds the depth of the number).

    The types that headings use on at least two pages (the cover not
    counted) are the levels, larger first; a type used on one page only
    ranks with the next level below it (or at the top, when it is larger
    than all of them: a title).
    """
    pages_of: dict[float, set[int]] = {}
    for i, (p, style) in enumerate(zip(passages, styles, strict=True)):
        if style is not None and (cover_end is None or i >= cover_end):
            pages_of.setdefault(style, set()).add(p.location.page or 0)
    levels = sorted((s for s, at in pages_of.items() if len(at) >= 2), reverse=True) or sorted(pages_of, reverse=True)
    return [None if style is None else (sum(1 for s in levels if s > style + 0.01),) for style in styles]
