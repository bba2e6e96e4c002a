"""The pypdfium2 engine: positioned lines from pdfium's text rectangles (fast, the default).

pdfium's rectangles are grouped into rows and runs (:func:`group_runs`); a
run's text is cut from the page text by character index where that is
certain to be what pdfium reads inside the run's box (:func:`_sliced`),
otherwise read back from pdfium for the box (:func:`_run_texts`); either
way pdfium's own spacing decides where words break. The first character of
each rectangle is found by probing where it is expected (:func:`_probes`).
:mod:`genderscan.ingest.layout` turns the lines into passages.
"""

from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterator
from itertools import pairwise
from typing import Any, TypeAlias

from ..progress import PAGES, Progress, counted
from . import layout

# A pdfium text page (``pypdfium2.raw.FPDF_TEXTPAGE``): a ctypes handle; pypdfium2 has no type hints.
TextPage: TypeAlias = Any
# A pdfium document page (``pypdfium2.PdfPage``).
PdfPage: TypeAlias = Any
# A reusable UTF-16 buffer for pdfium's text calls.
Buffer: TypeAlias = "ctypes.Array[ctypes.c_ushort]"

# UTF-16 units in the reused text buffer: far more than one line of text, and than most column blocks.
_BUFFER = 8192
# Bytes of one UTF-16 unit, as pdfium's text calls count them.
_UNIT_BYTES = 2
# The line break pdfium puts into a page's text between rows.
_BREAK = "\r\n"
# Bytes for a font's name: PDF names are at most 127 bytes (PDF 1.7, annex C), plus the terminating NUL.
_FONT_NAME_BYTES = 128

# Font weights (the CSS/OpenType scale) given when only a font's name tells whether it is bold.
BOLD_WEIGHT = 700
REGULAR_WEIGHT = 400
# Decimals kept of a font size: enough to tell sizes apart, few enough that 9.96 and 10 are the same size.
SIZE_DECIMALS = 1
# Font names that mean a heavy weight, for fonts whose weight pdfium does not know.
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)

# Probing for a rectangle's first character (:func:`_rectangles`, :func:`_probes`).
# Points of rectangles measured on a page before their characters per point are trusted: a few
# words' width, so that one short rectangle does not set the rate.
_LEARN_POINTS = 50
# Characters per point before that: about 5 points a character, as in body text of 10 to 11 points.
_DEFAULT_PER_POINT = 0.2
# Characters either side of the guess where word starts are looked for: about one word.
_WORD_REACH = 8
# Word starts probed after the guess, the nearest first (rectangles mostly split between words).
_WORD_PROBES = 2
# Offsets from the guess probed last: the width in characters is off by one or two after rounding.
_NEIGHBOURS = (-1, 1, -2, 2)
# Probes per rectangle at most, the guess included; each costs one character-box call, a miss
# costs the lookup by position, which scans the page.
_MAX_PROBES = 5
# Points inside the rectangle's left edge where the lookup by position asks: inside the first
# character's box, clear of the edge it may share with the character before it.
_LOOKUP_INSET = 0.25
# Tolerance (points, across and up) of the lookup by position, which takes the nearest character
# within it: small, as the point asked lies inside the wanted character's box already.
_LOOKUP_TOLERANCE = 2
# Points within which a character's left edge is the rectangle's: both come from the same glyph
# box, so they differ by rounding only.
_EDGE_TOLERANCE = 0.01
# Points a character must be wide to start a rectangle: a zero-width mark has no box of its own.
_MIN_CHAR_WIDTH = 0.01
# Points a character's middle may lie beyond its rectangle's top or bottom: slack for rounding.
_MIDDLE_SLACK = 0.5

# Boxes and reads (:class:`_Boxes`, :func:`_run_texts`).
# Points by which a bounded-text read grows its box on every side (so that characters on the edge
# are read), and so by which another box must reach into an area to be read with it.
_MARGIN = 0.5
# Points beyond the tallest box searched for boxes that start above an area and reach into it
# (more than the margin, so none is missed).
_TOP_SLACK = 1

# Grouping boxes into rows, runs and column blocks (:func:`group_runs`, :func:`_column_blocks`).
# Points by which a box's centre may lie outside a row, or the row's centre outside the box.
_ROW_SLACK = 1
# A gap of this many font sizes between two boxes on a row starts a new run: far wider than a
# word space (about a quarter of the size), narrower than a column gutter or the gap between table cells.
_RUN_GAP = 1.5
# Points by which the left edges of the lines of one column block may differ.
_COLUMN_EDGE = 1.0
# A line continues a column block when the white gap above it is at most this many font sizes:
# close-set lines of one column; only speed depends on it, as a block's read is checked (_block_parts).
_BLOCK_GAP = 1.5
# Points taken as the font size when it is smaller, so that a size of 0 still allows a gap.
_MIN_SIZE = 1.0


def read_pages(data: bytes, progress: Progress | None = None) -> tuple[list[layout.Page], list[str]]:
    """Lines from pdfium's text rectangles, and the printed page labels ('' where none)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    scratch = _Scratch()
    try:
        pages = [_read_page(pdf[i], scratch) for i in counted(range(len(pdf)), PAGES, len(pdf), progress)]
        return layout.mark_bold(pages), [pdf.get_page_label(i) or "" for i in range(len(pdf))]
    finally:
        pdf.close()


def _read_page(page: PdfPage, scratch: _Scratch) -> layout.Page:
    """One page's lines: its runs and their texts."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    run_boxes, starts, known = _read_runs(textpage.raw, height, scratch)
    texts = _run_texts(textpage.raw, height, run_boxes, starts, scratch.buffer, known)
    lines = []
    for box, text in zip(run_boxes, texts, strict=True):
        # pdfium marks a line-end hyphen as U+0002; the layout decides whether it joins.
        text = " ".join(text.replace("\x02", "-").replace("\ufffe", "-").split())
        if text:
            lines.append(layout.Line(text, box.x0, box.x1, box.top, box.bottom, box.size, box.bold, box.weight))
    textpage.close()
    page.close()
    return layout.Page(lines, width, height)


class _Scratch:
    """ctypes buffers reused for every pdfium call of a document, and the calls themselves."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        self.buffer: Buffer = (ctypes.c_ushort * _BUFFER)()
        self.matrix = raw.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        self.flags_ref = ctypes.byref(ctypes.c_int())
        self.edges = [ctypes.c_double() for _ in range(4)]
        self.box = [ctypes.c_double() for _ in range(4)]
        self.char_box = raw.FPDFText_GetCharBox
        self.get_matrix = raw.FPDFText_GetMatrix
        self.font_weight = raw.FPDFText_GetFontWeight
        self.font_info = raw.FPDFText_GetFontInfo


def _read_runs(
    textpage: TextPage, height: float, scratch: _Scratch
) -> tuple[list[layout.Line], list[int], list[str | None]]:
    """A page's runs: their boxes (text still empty), the index of each one's
    first character (-1: unknown), and the texts cut from the page text
    (None where pdfium must read the box)."""
    text = _page_text(textpage, scratch.buffer)
    boxes, firsts, sure = _rectangles(textpage, height, scratch, text)
    runs = group_runs(boxes)
    number = {id(b): r for r, b in enumerate(boxes)}
    rects = [[number[id(b)] for b in run] for run in runs]
    run_boxes = [run_line(run, "") for run in runs]
    known = _sliced(text, boxes, firsts, rects, run_boxes, sure.__getitem__)
    starts = [min((firsts[r] for r in rs), default=-1) for rs in rects]
    return run_boxes, starts, known


def _rectangles(
    textpage: TextPage, height: float, scratch: _Scratch, text: str | None
) -> tuple[list[layout.Line], list[int], list[bool]]:
    """pdfium's text rectangles as boxes with the font size and weight of their
    first character; each one's first character (-1: unknown), and whether
    that was checked against the rectangle's box.

    pdfium's lookup of a character by position scans the page's characters
    from the first one, once per rectangle. Rectangles follow the character
    order, so the first character of the next one is found by probing a few
    characters where it is expected (:func:`_probes`); a probe is taken only
    when the character's box starts exactly at the rectangle's left edge and
    lies within its height (:func:`_starts_rect`). When no probe fits, the
    lookup by position decides (:func:`_looked_up`).
    """
    import pypdfium2.raw as raw

    get_rect, font_size = raw.FPDFText_GetRect, raw.FPDFText_GetFontSize
    left_, top_, right_, bottom_ = scratch.edges
    count = len(text) if text is not None else 0
    boxes = []
    firsts = []  # per rectangle (pdfium's order): the index of its first character, -1 when unknown
    sure = []  # per rectangle: its first character was checked against its box
    prev, prev_width, prev_span = -1, 0.0, (0.0, 0.0)  # the previous rectangle's first character, width, height
    chars, width = 0, 0.0  # characters and points of the rectangles learnt so far
    for r in range(raw.FPDFText_CountRects(textpage, 0, -1)):
        get_rect(textpage, r, left_, top_, right_, bottom_)
        left, top, right, bottom = left_.value, top_.value, right_.value, bottom_.value
        index, checked = -1, False
        if prev >= 0 and text is not None:
            per_point = chars / width if width > _LEARN_POINTS else _DEFAULT_PER_POINT
            new_row = min(top, prev_span[1]) <= max(bottom, prev_span[0])
            for probe in _probes(text, prev, prev_width, per_point, new_row):
                if prev < probe < count and _starts_rect(textpage, probe, left, bottom, top, scratch):
                    index, checked = probe, True
                    chars, width = chars + probe - prev, width + prev_width
                    break
        if index < 0:
            index, checked = _looked_up(textpage, left, bottom, top, scratch)
        if index >= 0:
            size = font_size(textpage, index) * _scale(textpage, index, scratch)
            weight = _weight(textpage, index, scratch)
        else:
            index, size, weight = -1, top - bottom, 0
        boxes.append(
            layout.Line("", left, right, height - top, height - bottom, round(size, SIZE_DECIMALS), False, weight)
        )
        firsts.append(index)
        sure.append(checked)
        prev, prev_width, prev_span = (index, right - left, (bottom, top)) if checked else (-1, 0.0, (0.0, 0.0))
    return boxes, firsts, sure


def _looked_up(textpage: TextPage, left: float, bottom: float, top: float, scratch: _Scratch) -> tuple[int, bool]:
    """The rectangle's first character by pdfium's lookup by position (-1: none), and
    whether it was checked against the rectangle's box."""
    import pypdfium2.raw as raw

    # just inside the left edge: the first character's box (a rectangle is the
    # union of the boxes of its characters, which run left to right)
    index = raw.FPDFText_GetCharIndexAtPos(
        textpage, left + _LOOKUP_INSET, (bottom + top) / 2, _LOOKUP_TOLERANCE, _LOOKUP_TOLERANCE
    )
    return index, index >= 0 and _starts_rect(textpage, index, left, bottom, top, scratch)


def _probes(text: str, prev: int, prev_width: float, per_point: float, new_row: bool) -> Iterator[int]:
    """Where the next rectangle's first character probably is, most likely first.

    On a new row: after the line break pdfium put into its text. On the same
    row: the previous rectangle's width in characters on, then the starts
    of words near there (rectangles split at a change of font, mostly
    between words), then the characters beside the guess.
    """
    count = len(text)
    guess = prev + max(1, round(prev_width * per_point))
    if new_row:
        brk = text.find(_BREAK, prev)
        if brk >= 0:
            guess = brk + len(_BREAK)
    while guess < count and text[guess] in " \r\n":
        guess += 1
    yield guess
    words = sorted(
        (
            p
            for p in range(max(prev + 1, guess - _WORD_REACH), min(count, guess + _WORD_REACH + 1))
            if p != guess and text[p - 1] in " \n" and text[p] not in " \r\n"
        ),
        key=lambda p: abs(p - guess),
    )
    tried = {guess}
    for probe in (*words[:_WORD_PROBES], *map(guess.__add__, _NEIGHBOURS)):  # the guess plus each offset
        if probe not in tried and len(tried) < _MAX_PROBES:
            tried.add(probe)
            yield probe


def _starts_rect(textpage: TextPage, index: int, left: float, bottom: float, top: float, scratch: _Scratch) -> bool:
    """Character *index* is the first of the rectangle with these edges (PDF
    coordinates): its box starts at the rectangle's left edge (a rectangle is
    the union of its characters' boxes, which run left to right) and its
    middle lies within the rectangle's height."""
    left_, right_, bottom_, top_ = scratch.box
    if not scratch.char_box(textpage, index, left_, right_, bottom_, top_):
        return False
    return (
        abs(left_.value - left) < _EDGE_TOLERANCE
        and right_.value - left_.value >= _MIN_CHAR_WIDTH
        and bottom - _MIDDLE_SLACK <= (bottom_.value + top_.value) / 2 <= top + _MIDDLE_SLACK
    )


def _page_text(textpage: TextPage, buffer: Buffer) -> str | None:
    """The page's whole text, one character per pdfium character; None when the two do not line up."""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return None
    target = buffer if count < _BUFFER else (ctypes.c_ushort * (count + 1))()
    n = raw.FPDFText_GetText(textpage, 0, count, target)  # the count includes the terminating NUL
    text = ctypes.string_at(target, _UNIT_BYTES * max(n - 1, 0)).decode("utf-16-le", errors="surrogatepass")
    return text if len(text) == count else None


def _sliced(
    text: str | None,
    boxes: list[layout.Line],
    firsts: list[int],
    rects: list[list[int]],
    run_boxes: list[layout.Line],
    first_of: Callable[[int], bool] = lambda r: True,
) -> list[str | None]:
    """Runs whose text can be cut from the page text by character index (None for the others).

    A rectangle holds a stretch of consecutive characters, so a run of
    consecutive rectangles holds the characters from its first rectangle's
    first one up to the next rectangle's first one. That is exactly what
    pdfium's bounded-text read of the run's box returns (up to whitespace,
    which the reader normalises) when no other rectangle reaches into the
    box and the stretch holds no line break pdfium added: it reads every
    character inside the box, and turns a break it added between two
    characters on one baseline into nothing rather than a space (a
    superscript "16e" before the next word). *first_of(r)* confirms that
    the character found for rectangle *r* is its first one (checked against
    its box by :func:`_starts_rect`). Any other run is
    read from pdfium (None). The tests compare both reads on the fixtures.
    """
    known: list[str | None] = [None] * len(rects)
    if text is None:
        return known
    others = _Boxes(boxes)
    count = len(text)
    for j, rs in enumerate(rects):
        a, b = rs[0], rs[-1]
        if rs != list(range(a, b + 1)):
            continue
        starts = [firsts[r] for r in rs]
        end = count if b + 1 == len(firsts) else firsts[b + 1]
        if min(starts) < 0 or end <= starts[-1] or any(x >= y for x, y in pairwise(starts)):
            continue
        piece = text[starts[0] : end].rstrip("\r\n ")
        if "\r" in piece or "\n" in piece:
            continue
        box = run_boxes[j]
        if others.reach_into(box.x0, box.x1, box.top, box.bottom, range(a, b + 1)):
            continue
        if not first_of(a) or (b + 1 < len(firsts) and not first_of(b + 1)):
            continue
        known[j] = piece
    return known


class _Boxes:
    """Boxes sorted by their top, to ask which of them reach into an area."""

    def __init__(self, boxes: list[layout.Line]) -> None:
        self.boxes = boxes
        self.order = sorted(range(len(boxes)), key=lambda k: boxes[k].top)
        self.tops = [boxes[k].top for k in self.order]
        self.tallest = max((b.bottom - b.top for b in boxes), default=0.0)

    def reach_into(self, x0: float, x1: float, top: float, bottom: float, members: Container[int]) -> bool:
        """A box not among *members* (indices) reaches into the area, by more than the margin."""
        boxes = self.boxes
        lo = bisect_left(self.tops, top - self.tallest - _TOP_SLACK)
        hi = bisect_right(self.tops, bottom + _MARGIN)
        return any(
            k not in members
            and boxes[k].x1 > x0 - _MARGIN
            and boxes[k].x0 < x1 + _MARGIN
            and boxes[k].bottom > top - _MARGIN
            and boxes[k].top < bottom + _MARGIN
            for k in self.order[lo:hi]
        )


def _scale(textpage: TextPage, index: int, scratch: _Scratch) -> float:
    """The vertical scale of a character's matrix.

    pdfium's font size is the size set in the content stream; many producers
    set 1 and scale the text matrix instead (``/F1 1 Tf 9.96 0 0 9.96 x y
    Tm``). The printed size, the one the layout compares, is both together.
    """
    if not scratch.get_matrix(textpage, index, scratch.matrix_ref):
        return 1.0
    matrix = scratch.matrix
    return math.hypot(matrix.c, matrix.d) or 1.0


def _weight(textpage: TextPage, index: int, scratch: _Scratch) -> int:
    """A character's font weight; from the font's name where the font does not say
    (pdfium gives 0 or -1 for many embedded fonts, such as ``TrebuchetMS-Bold``)."""
    weight: int = scratch.font_weight(textpage, index)
    if weight > 0:
        return weight
    name = scratch.name
    if scratch.font_info(textpage, index, name, len(name), scratch.flags_ref) <= 0:
        return 0
    return BOLD_WEIGHT if _BOLD_NAME.search(name.value.decode("latin-1", "replace")) else REGULAR_WEIGHT


def _run_texts(
    textpage: TextPage,
    height: float,
    boxes: list[layout.Line],
    starts: list[int],
    buffer: Buffer,
    known: list[str | None] | None = None,
) -> list[str]:
    """The text of each run, as pdfium reads it inside the run's box.

    pdfium's bounded-text call scans every character of the page, so one call
    per line costs most of the reading time. Lines stacked in one column
    (same left edge, close together) are read with one call for the column
    block instead (:func:`_block_parts`). Otherwise each run is read alone.
    Runs whose text is *known* already (cut from the page text) are not read.
    """
    texts: list[str | None] = list(known) if known is not None else [None] * len(boxes)
    others = _Boxes(boxes)

    def read(x0: float, x1: float, top: float, bottom: float) -> str:
        return _bounded_text(
            textpage, x0 - _MARGIN, height - top + _MARGIN, x1 + _MARGIN, height - bottom - _MARGIN, buffer
        )

    for block in _column_blocks(boxes):
        if all(texts[i] is not None for i in block):
            continue
        parts = _block_parts(block, boxes, starts, others, read)
        if parts is not None:
            for i, part in zip(block, parts, strict=True):
                if texts[i] is None:
                    texts[i] = part
            continue
        for i in block:
            if texts[i] is None:
                b = boxes[i]
                texts[i] = read(b.x0, b.x1, b.top, b.bottom)
    return [t or "" for t in texts]


def _block_parts(
    block: list[int],
    boxes: list[layout.Line],
    starts: list[int],
    others: _Boxes,
    read: Callable[[float, float, float, float], str],
) -> list[str] | None:
    """A column block's lines read with one call, split at pdfium's line breaks; None
    unless that is certain to give each run's own text: no other line lies inside
    the block, pdfium's character order runs top to bottom through it, and the
    number of lines pdfium returns is the number of runs."""
    if not (
        len(block) > 1 and all(starts[i] >= 0 for i in block) and all(starts[a] < starts[b] for a, b in pairwise(block))
    ):
        return None
    x0, x1 = min(boxes[i].x0 for i in block), max(boxes[i].x1 for i in block)
    top, bottom = boxes[block[0]].top, max(boxes[i].bottom for i in block)
    if others.reach_into(x0, x1, top, bottom, set(block)):
        return None
    parts = read(x0, x1, top, bottom).split(_BREAK)
    return parts if len(parts) == len(block) else None


def _column_blocks(boxes: list[layout.Line]) -> list[list[int]]:
    """Runs grouped into column blocks: the same left edge, each close below the previous one."""
    order = sorted(range(len(boxes)), key=lambda i: (round(boxes[i].x0), boxes[i].top))
    blocks: list[list[int]] = []
    for i in order:
        if blocks and _continues_block(boxes[blocks[-1][-1]], boxes[i]):
            blocks[-1].append(i)
            continue
        blocks.append([i])
    return blocks


def _continues_block(prev: layout.Line, line: layout.Line) -> bool:
    """*line* starts at *prev*'s left edge, close below it."""
    return abs(prev.x0 - line.x0) <= _COLUMN_EDGE and 0 <= line.top - prev.bottom <= _BLOCK_GAP * max(
        line.size, prev.size, _MIN_SIZE
    )


def _bounded_text(textpage: TextPage, left: float, top: float, right: float, bottom: float, buffer: Buffer) -> str:
    """pdfium's text inside a box, in one call with a reused buffer.

    pypdfium2's ``get_text_bounded`` asks for the length first and then
    copies, which doubles pdfium's scan of the page per call; a line never
    fills the buffer, and if something does, the length is asked after all.
    """
    import pypdfium2.raw as raw

    n = raw.FPDFText_GetBoundedText(textpage, left, top, right, bottom, buffer, _BUFFER)
    if n <= 0:
        return ""
    if n >= _BUFFER:
        n = raw.FPDFText_GetBoundedText(textpage, left, top, right, bottom, None, 0)
        big = (ctypes.c_ushort * n)()
        raw.FPDFText_GetBoundedText(textpage, left, top, right, bottom, big, n)
        return bytes(big).decode("utf-16-le", errors="ignore").rstrip("\x00")
    # with a buffer, the count includes the terminating NUL
    return ctypes.string_at(buffer, _UNIT_BYTES * n).decode("utf-16-le", errors="ignore").rstrip("\x00")


def group_runs(boxes: list[layout.Line]) -> list[list[layout.Line]]:
    """Group text boxes into visual lines (runs); pdfplumber's words are grouped the same way.

    pdfium's boxes are tight around the glyphs, so a hyphen or a comma sits
    higher or lower than the letters beside it: boxes belong to one row when
    their vertical centre falls inside the row (:func:`_rows`). Within a row,
    boxes join left to right unless a wide gap separates them (a second
    column or a table cell), which starts a separate line (:func:`_row_runs`).
    """
    out: list[list[layout.Line]] = []
    for row in _rows(boxes):
        out.extend(_row_runs(row))
    return out


def _rows(boxes: list[layout.Line]) -> list[list[layout.Line]]:
    """Boxes grouped into rows, top to bottom."""
    rows: list[list[layout.Line]] = []
    span = (0.0, 0.0)  # top and bottom of the last row
    for box in sorted(boxes, key=lambda b: (b.top + b.bottom) / 2):
        centre = (box.top + box.bottom) / 2
        # the box's centre lies in the row, or the row's centre in the box (a row
        # of small high glyphs, such as quotation marks drawn on their own, is
        # sorted first and belongs to the taller words below it)
        if rows and (
            span[0] - _ROW_SLACK <= centre <= span[1] + _ROW_SLACK
            or box.top - _ROW_SLACK <= (span[0] + span[1]) / 2 <= box.bottom + _ROW_SLACK
        ):
            rows[-1].append(box)
            span = (min(span[0], box.top), max(span[1], box.bottom))
        else:
            rows.append([box])
            span = (box.top, box.bottom)
    return rows


def _row_runs(row: list[layout.Line]) -> list[list[layout.Line]]:
    """A row's boxes split into runs, left to right, at wide gaps."""
    if len(row) == 1:
        return [row]
    out: list[list[layout.Line]] = []
    run: list[layout.Line] = []
    right = 0.0  # the right edge of the run so far
    for box in sorted(row, key=lambda b: b.x0):
        if run and box.x0 - right >= _RUN_GAP * max(box.size, run[-1].size, _MIN_SIZE):
            out.append(run)
            run = []
        right = box.x1 if not run or box.x1 > right else right
        run.append(box)
    if run:
        out.append(run)
    return out


def run_line(run: list[layout.Line], text: str) -> layout.Line:
    """One line from a run of boxes and its text."""
    first = run[0]
    if len(run) == 1:
        return layout.Line(text, first.x0, first.x1, first.top, first.bottom, first.size, first.bold, first.weight)
    x0, x1, top, bottom, bold, weight = first.x0, first.x1, first.top, first.bottom, first.bold, first.weight
    widest, width = first, first.x1 - first.x0
    for b in run[1:]:
        x0, x1, top, bottom = min(x0, b.x0), max(x1, b.x1), min(top, b.top), max(bottom, b.bottom)
        bold, weight = bold and b.bold, min(weight, b.weight)
        if b.x1 - b.x0 > width:
            widest, width = b, b.x1 - b.x0
    # the size of the widest piece: a bullet or a space in another font must not make the line a heading
    return layout.Line(text, x0, x1, top, bottom, widest.size, bold, weight)
