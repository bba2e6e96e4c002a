"""DOCX reader built on python-docx: body paragraphs and table cells in order."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Location, Passage
from .normalise import clean

_HEADING_STYLE = re.compile(r"^(heading|kop|title|titel)\b", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(list|lijst)", re.IGNORECASE)


def read(path: Path, data: bytes) -> tuple[list[Passage], None]:
    """Read a DOCX into passages; raise coded errors for bad files."""
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(f"{path}: the content is not a DOCX (Word) file", code=errors.CONTENT_MISMATCH)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            bad = zf.testzip()
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: the DOCX is damaged or truncated ({exc})", code=errors.CORRUPT_DOCX) from exc
    if bad is not None:
        raise InputError(f"{path}: the DOCX is damaged (bad entry {bad})", code=errors.CORRUPT_DOCX)
    if "word/document.xml" not in names:
        raise InputError(f"{path}: a zip file but not a Word document", code=errors.CONTENT_MISMATCH)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise several types
        raise InputError(f"{path}: the DOCX cannot be parsed ({type(exc).__name__})", code=errors.CORRUPT_DOCX) from exc
    return _passages(str(path), document), None


def _passages(file: str, document) -> list[Passage]:
    passages: list[Passage] = []
    section: str | None = None

    def add(text: str, kind: str) -> None:
        text = clean(text)
        if text:
            loc = Location(file=file, paragraph=len(passages) + 1, section=section)
            passages.append(Passage(text=text, location=loc, kind=kind))

    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for cell_text in _cell_texts(block):
                add(cell_text, "table_cell")
            continue
        kind = _paragraph_kind(block)
        if kind == "heading" and clean(block.text):
            section = clean(block.text)
        add(block.text, kind)
    return passages


def _paragraph_kind(paragraph) -> str:
    style = paragraph.style.name if paragraph.style is not None else ""
    if _HEADING_STYLE.match(style or ""):
        return "heading"
    ppr = paragraph._p.pPr
    if _LIST_STYLE.match(style or "") or (ppr is not None and ppr.numPr is not None):
        return "list_item"
    return "paragraph"


def _cell_texts(table):
    """Text of each distinct cell, row by row (merged cells once)."""
    seen: set = set()  # the cell elements themselves: ids of lxml proxies can be reused
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield "\n".join(p.text for p in cell.paragraphs)
