"""PDF reader built on pdfplumber: one passage per paragraph, with its page."""

from __future__ import annotations

import io
import logging
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Location, Passage
from .normalise import clean, join_lines

_BULLET = re.compile(r"^(?:[\u2022\u25cf\u25aa\u2013\-*]\s+|\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)")
# A gap between lines larger than this share of the line height starts a new paragraph.
_PARAGRAPH_GAP = 0.55


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    size: float
    bold: bool


def read(path: Path, data: bytes) -> tuple[list[Passage], int]:
    """Read a PDF into passages; raise coded errors for bad files."""
    _check_bytes(path, data)
    import pdfplumber  # imported lazily: it is the slowest import of the readers

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_lines(page) for page in pdf.pages]
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types
        raise _classify(path, exc) from exc
    if not any(pages):
        raise InputError(
            f"{path}: the PDF has no text layer ({len(pages)} pages, all without text); "
            "it is probably scanned",
            code=errors.NO_TEXT_LAYER,
        )
    return _passages(str(path), pages), len(pages)


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
    if any("Password" in type(e).__name__ or "Encrypt" in type(e).__name__ for e in chain):
        return InputError(f"{path}: the PDF is encrypted and needs a password", code=errors.ENCRYPTED_PDF)
    root = chain[-1]
    detail = (str(root).splitlines() or [type(root).__name__])[0][:120] or type(root).__name__
    return InputError(f"{path}: the PDF cannot be parsed ({detail})", code=errors.CORRUPT_PDF)


def _page_lines(page) -> list[_Line]:
    lines = []
    for raw in page.extract_text_lines(return_chars=True, strip=True):
        chars = [c for c in raw["chars"] if c["text"].strip()]
        if not chars or not raw["text"].strip():
            continue
        lines.append(
            _Line(
                text=raw["text"],
                top=raw["top"],
                bottom=raw["bottom"],
                size=round(statistics.median(c["size"] for c in chars), 1),
                bold=all("bold" in c.get("fontname", "").lower() for c in chars),
            )
        )
    return lines


def _passages(file: str, pages: list[list[_Line]]) -> list[Passage]:
    sizes = [line.size for page in pages for line in page]
    body = statistics.mode(sizes)
    passages: list[Passage] = []
    section: str | None = None
    for page_no, lines in enumerate(pages, start=1):
        for kind, block in _blocks(lines, body):
            text = join_lines([line.text for line in block])
            if not text:
                continue
            if kind == "heading":
                section = clean(text)
            loc = Location(file=file, paragraph=len(passages) + 1, page=page_no, section=section)
            passages.append(Passage(text=text, location=loc, kind=kind))
    return passages


def _is_heading(line: _Line, body: float) -> bool:
    return line.size >= body + 1.5 or (line.bold and len(line.text) < 90 and not line.text.endswith((".", ",")))


def _blocks(lines: list[_Line], body: float):
    """Group a page's lines into (kind, lines) paragraphs."""
    block: list[_Line] = []
    kind = "paragraph"
    for line in lines:
        line_kind = "heading" if _is_heading(line, body) else (
            "list_item" if _BULLET.match(line.text) else "paragraph"
        )
        if block and _starts_new(block[-1], line, kind, line_kind):
            yield kind, block
            block = []
        if not block:
            kind = line_kind
        block.append(line)
    if block:
        yield kind, block


def _starts_new(prev: _Line, line: _Line, kind: str, line_kind: str) -> bool:
    if line_kind == "list_item" or (line_kind == "heading") != (kind == "heading"):
        return True
    height = max(prev.bottom - prev.top, 1.0)
    return line.top - prev.bottom > _PARAGRAPH_GAP * height
