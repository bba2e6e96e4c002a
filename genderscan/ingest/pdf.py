"""PDF reader with two engines: pypdfium2 (fast, the default) and pdfplumber.

Both only extract positioned lines; :mod:`genderscan.ingest.layout` turns
them into passages the same way (headers, columns, paragraphs, hyphens).
"""

from __future__ import annotations

import ctypes
import io
import logging
import math
import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Passage
from . import layout

ENGINES = ("pdfium", "pdfplumber")
DEFAULT_ENGINE = "pdfium"


def read(
    path: Path, data: bytes, engine: str = DEFAULT_ENGINE, ocr: bool = False
) -> tuple[list[Passage], int, tuple[int, ...], tuple[int, ...]]:
    """Read a PDF into passages with the chosen engine; raise coded errors for bad files.

    With *ocr*, pages without a text layer are rendered and read by
    tesseract. Returns the passages, the number of pages, the (1-based)
    pages still without text, and the pages read by OCR.
    """
    _check_bytes(path, data)
    extract = _pdfium_pages if engine == "pdfium" else _pdfplumber_pages
    try:
        pages, labels = extract(data)
    except InputError:
        raise
    except Exception as exc:  # the engines raise many unrelated types
        raise _classify(path, exc) from exc
    ocr_pages: tuple[int, ...] = ()
    if ocr and any(not p.lines for p in pages):
        from .ocr import ocr_empty_pages

        pages, ocr_pages = ocr_empty_pages(path, data, pages)
    empty = tuple(i for i, p in enumerate(pages, 1) if not p.lines)
    if len(empty) == len(pages):
        hint = "" if ocr else "; run with --ocr to read it with tesseract"
        raise InputError(
            f"{path}: the PDF has no text layer ({len(pages)} pages, all without text); it is probably scanned{hint}",
            code=errors.NO_TEXT_LAYER,
        )
    return layout.passages(str(path), pages, labels), len(pages), empty, ocr_pages


def _page_labels(data: bytes) -> list[str]:
    """Printed page labels (the PDF's /PageLabels), '' where there are none; pdfplumber has no reader for them."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # pdfplumber read it, pdfium cannot: no labels then
        return []
    try:
        return [pdf.get_page_label(i) or "" for i in range(len(pdf))]
    finally:
        pdf.close()


def _pdfium_pages(data: bytes) -> tuple[list[layout.Page], list[str]]:
    """Lines from pdfium's text rectangles: fast, and enough for the shared layout.

    The rectangles are grouped into rows and runs (:func:`_runs`). A run's
    text is cut from the page's text by character index where that is
    certain to be what pdfium reads inside the run's box (:func:`_sliced`);
    otherwise it is read back from pdfium for the run's box
    (:func:`_run_texts`). Either way pdfium's own spacing decides where
    words break.
    """
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    scratch = _Scratch()
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            width, height = page.get_size()
            textpage = page.get_textpage()
            run_boxes, starts, known = _read_runs(textpage.raw, height, scratch)
            lines = []
            for box, text in zip(run_boxes, _run_texts(textpage.raw, height, run_boxes, starts, scratch.buffer, known)):
                # pdfium marks a line-end hyphen as U+0002; the layout decides whether it joins.
                text = " ".join(text.replace("\x02", "-").replace("\ufffe", "-").split())
                if text:
                    lines.append(layout.Line(text, box.x0, box.x1, box.top, box.bottom, box.size, box.bold, box.weight))
            pages.append(layout.Page(lines, width, height))
            textpage.close()
            page.close()
        return layout.mark_bold(pages), [pdf.get_page_label(i) or "" for i in range(len(pdf))]
    finally:
        pdf.close()


class _Scratch:
    """ctypes buffers reused for every pdfium call of a document, and the calls themselves."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        self.buffer = (ctypes.c_ushort * _BUFFER)()
        self.matrix = raw.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.name = ctypes.create_string_buffer(128)
        self.flags_ref = ctypes.byref(ctypes.c_int())
        self.edges = [ctypes.c_double() for _ in range(4)]
        self.box = [ctypes.c_double() for _ in range(4)]
        self.char_box = raw.FPDFText_GetCharBox
        self.get_matrix = raw.FPDFText_GetMatrix
        self.font_weight = raw.FPDFText_GetFontWeight
        self.font_info = raw.FPDFText_GetFontInfo


def _read_runs(textpage, height: float, scratch: _Scratch) -> tuple[list[layout.Line], list[int], list[str | None]]:
    """A page's runs: their boxes (text still empty), the index of each one's
    first character (-1: unknown), and the texts cut from the page text
    (None where pdfium must read the box)."""
    text = _page_text(textpage, scratch.buffer)
    boxes, firsts, sure = _rectangles(textpage, height, scratch, text)
    runs = _runs(boxes)
    number = {id(b): r for r, b in enumerate(boxes)}
    rects = [[number[id(b)] for b in run] for run in runs]
    run_boxes = [_run_line(run, "") for run in runs]
    known = _sliced(text, boxes, firsts, rects, run_boxes, sure.__getitem__)
    starts = [min((firsts[r] for r in rs), default=-1) for rs in rects]
    return run_boxes, starts, known


def _rectangles(
    textpage, height: float, scratch: _Scratch, text: str | None
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
    lookup by position decides.
    """
    import pypdfium2.raw as raw

    get_rect, index_at, font_size = raw.FPDFText_GetRect, raw.FPDFText_GetCharIndexAtPos, raw.FPDFText_GetFontSize
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
            for probe in _probes(
                text,
                prev,
                prev_width,
                chars / width if width > 50 else 0.2,
                min(top, prev_span[1]) <= max(bottom, prev_span[0]),
            ):
                if prev < probe < count and _starts_rect(textpage, probe, left, bottom, top, scratch):
                    index, checked = probe, True
                    chars, width = chars + probe - prev, width + prev_width
                    break
        if index < 0:
            # just inside the left edge: the first character's box (a rectangle is the
            # union of the boxes of its characters, which run left to right)
            index = index_at(textpage, left + 0.25, (bottom + top) / 2, 2, 2)
            checked = index >= 0 and _starts_rect(textpage, index, left, bottom, top, scratch)
        if index >= 0:
            size = font_size(textpage, index) * _scale(textpage, index, scratch)
            weight = _weight(textpage, index, scratch)
        else:
            index, size, weight = -1, top - bottom, 0
        boxes.append(layout.Line("", left, right, height - top, height - bottom, round(size, 1), False, weight))
        firsts.append(index)
        sure.append(checked)
        prev, prev_width, prev_span = (index, right - left, (bottom, top)) if checked else (-1, 0.0, (0.0, 0.0))
    return boxes, firsts, sure


def _probes(text: str, prev: int, prev_width: float, per_point: float, new_row: bool):
    """Where the next rectangle's first character probably is, most likely first.

    On a new row: after the line break pdfium put into its text. On the same
    row: the previous rectangle's width in characters on, then the starts
    of words near there (rectangles split at a change of font, mostly
    between words), then the characters beside the guess.
    """
    count = len(text)
    guess = prev + max(1, round(prev_width * per_point))
    if new_row:
        brk = text.find("\r\n", prev)
        if brk >= 0:
            guess = brk + 2
    while guess < count and text[guess] in " \r\n":
        guess += 1
    yield guess
    words = sorted(
        (
            p
            for p in range(max(prev + 1, guess - 8), min(count, guess + 9))
            if p != guess and text[p - 1] in " \n" and text[p] not in " \r\n"
        ),
        key=lambda p: abs(p - guess),
    )
    tried = {guess}
    for probe in (*words[:2], guess - 1, guess + 1, guess - 2, guess + 2):
        if probe not in tried and len(tried) < 5:
            tried.add(probe)
            yield probe


def _starts_rect(textpage, index: int, left: float, bottom: float, top: float, scratch: _Scratch) -> bool:
    """Character *index* is the first of the rectangle with these edges (PDF
    coordinates): its box starts at the rectangle's left edge (a rectangle is
    the union of its characters' boxes, which run left to right) and its
    middle lies within the rectangle's height."""
    left_, right_, bottom_, top_ = scratch.box
    if not scratch.char_box(textpage, index, left_, right_, bottom_, top_):
        return False
    return (
        abs(left_.value - left) < 0.01
        and right_.value - left_.value >= 0.01
        and bottom - 0.5 <= (bottom_.value + top_.value) / 2 <= top + 0.5
    )


def _page_text(textpage, buffer) -> str | None:
    """The page's whole text, one character per pdfium character; None when the two do not line up."""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return None
    target = buffer if count < _BUFFER else (ctypes.c_ushort * (count + 1))()
    n = raw.FPDFText_GetText(textpage, 0, count, target)  # the count includes the terminating NUL
    text = ctypes.string_at(target, 2 * max(n - 1, 0)).decode("utf-16-le", errors="surrogatepass")
    return text if len(text) == count else None


def _sliced(
    text: str | None,
    boxes: list[layout.Line],
    firsts: list[int],
    rects: list[list[int]],
    run_boxes: list[layout.Line],
    first_of=lambda r: True,
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
        if min(starts) < 0 or end <= starts[-1] or any(x >= y for x, y in zip(starts, starts[1:])):
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

    def reach_into(self, x0: float, x1: float, top: float, bottom: float, members) -> bool:
        """A box not among *members* (indices) reaches into the area, by more than half a point."""
        boxes = self.boxes
        lo, hi = bisect_left(self.tops, top - self.tallest - 1), bisect_right(self.tops, bottom + 0.5)
        return any(
            k not in members
            and boxes[k].x1 > x0 - 0.5
            and boxes[k].x0 < x1 + 0.5
            and boxes[k].bottom > top - 0.5
            and boxes[k].top < bottom + 0.5
            for k in self.order[lo:hi]
        )


def _scale(textpage, index: int, scratch: _Scratch) -> float:
    """The vertical scale of a character's matrix.

    pdfium's font size is the size set in the content stream; many producers
    set 1 and scale the text matrix instead (``/F1 1 Tf 9.96 0 0 9.96 x y
    Tm``). The printed size, the one the layout compares, is both together.
    """
    if not scratch.get_matrix(textpage, index, scratch.matrix_ref):
        return 1.0
    matrix = scratch.matrix
    return math.hypot(matrix.c, matrix.d) or 1.0


_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def _weight(textpage, index: int, scratch: _Scratch) -> int:
    """A character's font weight; from the font's name where the font does not say
    (pdfium gives 0 or -1 for many embedded fonts, such as ``TrebuchetMS-Bold``)."""
    weight = scratch.font_weight(textpage, index)
    if weight > 0:
        return weight
    name = scratch.name
    if scratch.font_info(textpage, index, name, len(name), scratch.flags_ref) <= 0:
        return 0
    return 700 if _BOLD_NAME.search(name.value.decode("latin-1", "replace")) else 400


_BUFFER = 8192  # UTF-16 units: far more than one line of text, and than most column blocks


def _run_texts(
    textpage, height: float, boxes: list[layout.Line], starts: list[int], buffer, known: list[str | None] | None = None
) -> list[str]:
    """The text of each run, as pdfium reads it inside the run's box.

    pdfium's bounded-text call scans every character of the page, so one call
    per line costs most of the reading time. Lines stacked in one column
    (same left edge, close together) are read with one call for the column
    block instead, split at pdfium's line breaks, when that is certain to
    give the same text: no other line lies inside the block, pdfium's
    character order runs top to bottom through it, and the number of lines
    pdfium returns is the number of runs. Otherwise each run is read alone.
    Runs whose text is *known* already (cut from the page text) are not read.
    """
    texts: list[str | None] = list(known) if known is not None else [None] * len(boxes)
    others = _Boxes(boxes)

    def read(x0: float, x1: float, top: float, bottom: float) -> str:
        return _bounded_text(textpage, x0 - 0.5, height - top + 0.5, x1 + 0.5, height - bottom - 0.5, buffer)

    for block in _column_blocks(boxes):
        if all(texts[i] is not None for i in block):
            continue
        if (
            len(block) > 1
            and all(starts[i] >= 0 for i in block)
            and all(starts[a] < starts[b] for a, b in zip(block, block[1:]))
        ):
            x0, x1 = min(boxes[i].x0 for i in block), max(boxes[i].x1 for i in block)
            top, bottom = boxes[block[0]].top, max(boxes[i].bottom for i in block)
            if not others.reach_into(x0, x1, top, bottom, set(block)):
                parts = read(x0, x1, top, bottom).split("\r\n")
                if len(parts) == len(block):
                    for i, part in zip(block, parts):
                        if texts[i] is None:
                            texts[i] = part
                    continue
        for i in block:
            if texts[i] is None:
                b = boxes[i]
                texts[i] = read(b.x0, b.x1, b.top, b.bottom)
    return [t or "" for t in texts]


def _column_blocks(boxes: list[layout.Line]) -> list[list[int]]:
    """Runs grouped into column blocks: the same left edge, each close below the previous one."""
    order = sorted(range(len(boxes)), key=lambda i: (round(boxes[i].x0), boxes[i].top))
    blocks: list[list[int]] = []
    for i in order:
        b = boxes[i]
        if blocks:
            prev = boxes[blocks[-1][-1]]
            if abs(prev.x0 - b.x0) <= 1.0 and 0 <= b.top - prev.bottom <= 1.5 * max(b.size, prev.size, 1.0):
                blocks[-1].append(i)
                continue
        blocks.append([i])
    return blocks


def _bounded_text(textpage, left: float, top: float, right: float, bottom: float, buffer) -> str:
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
    return ctypes.string_at(buffer, 2 * n).decode("utf-16-le", errors="ignore").rstrip("\x00")


def _runs(boxes: list[layout.Line]) -> list[list[layout.Line]]:
    """Group text boxes into visual lines.

    pdfium's boxes are tight around the glyphs, so a hyphen or a comma sits
    higher or lower than the letters beside it: boxes belong to one row when
    their vertical centre falls inside the row. Within a row, boxes join left
    to right unless a wide gap separates them (a second column or a table
    cell), which starts a separate line.
    """
    rows: list[list[layout.Line]] = []
    span = (0.0, 0.0)  # top and bottom of the last row
    for box in sorted(boxes, key=lambda b: (b.top + b.bottom) / 2):
        centre = (box.top + box.bottom) / 2
        # the box's centre lies in the row, or the row's centre in the box (a row
        # of small high glyphs, such as quotation marks drawn on their own, is
        # sorted first and belongs to the taller words below it)
        if rows and (span[0] - 1 <= centre <= span[1] + 1 or box.top - 1 <= (span[0] + span[1]) / 2 <= box.bottom + 1):
            rows[-1].append(box)
            span = (min(span[0], box.top), max(span[1], box.bottom))
        else:
            rows.append([box])
            span = (box.top, box.bottom)
    out: list[list[layout.Line]] = []
    for row in rows:
        if len(row) == 1:
            out.append(row)
            continue
        run: list[layout.Line] = []
        right = 0.0  # the right edge of the run so far
        for box in sorted(row, key=lambda b: b.x0):
            if run and box.x0 - right >= 1.5 * max(box.size, run[-1].size, 1.0):
                out.append(run)
                run = []
            right = box.x1 if not run or box.x1 > right else right
            run.append(box)
        if run:
            out.append(run)
    return out


def _run_line(run: list[layout.Line], text: str) -> layout.Line:
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


def _pdfplumber_pages(data: bytes) -> tuple[list[layout.Page], list[str]]:
    """Lines from pdfplumber: slower, but its own line building for layout-heavy pages."""
    import pdfplumber  # imported lazily: it is the slowest import of the readers

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [layout.Page(_plumber_lines(page), float(page.width), float(page.height)) for page in pdf.pages]
    return pages, _page_labels(data)


def _check_bytes(path: Path, data: bytes) -> None:
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{path}: the content is not a PDF", code=errors.CONTENT_MISMATCH)
    if b"%%EOF" not in data[-2048:]:
        raise InputError(
            f"{path}: the PDF is truncated or damaged (no end-of-file marker)",
            code=errors.CORRUPT_PDF,
        )


def _causes(exc: BaseException):
    """The exception, what it wraps (pdfplumber keeps pdfminer's in args) and its causes."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        todo.extend([e.__cause__, e.__context__] + [a for a in e.args if isinstance(a, BaseException)])
    return seen


def _classify(path: Path, exc: Exception) -> InputError:
    chain = _causes(exc)
    if any(
        "Password" in type(e).__name__ or "Encrypt" in type(e).__name__ or "password" in str(e).lower() for e in chain
    ):
        return InputError(f"{path}: the PDF is encrypted and needs a password", code=errors.ENCRYPTED_PDF)
    root = chain[-1]
    detail = (str(root).splitlines() or [type(root).__name__])[0][:120] or type(root).__name__
    return InputError(f"{path}: the PDF cannot be parsed ({detail})", code=errors.CORRUPT_PDF)


def _plumber_lines(page) -> list[layout.Line]:
    """Lines from pdfplumber's words, grouped into runs exactly as for pdfium."""
    words = []
    for w in page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False):
        bold = "bold" in w["fontname"].lower()
        words.append(
            layout.Line(
                w["text"], w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], 1), bold, 700 if bold else 400
            )
        )
    return [_run_line(run, " ".join(w.text for w in run)) for run in _runs(words)]
