"""Plain text and Markdown: one passage per blank-line-separated block."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Location, Passage
from .normalise import clean

_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_BINARY_SIGNATURES = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff")


def decode(path: Path, data: bytes) -> str:
    """Decode text bytes: BOM first, then strict UTF-8, then cp1252."""
    if data.startswith(_BINARY_SIGNATURES):
        raise InputError(f"{path}: the content is binary, not text", code=errors.CONTENT_MISMATCH)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data:
        raise InputError(f"{path}: the content is binary, not text", code=errors.CONTENT_MISMATCH)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: the text encoding cannot be recognised", code=errors.UNDECODABLE_TEXT) from exc


def _blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [b for b in _BLOCK_SPLIT.split(text) if b.strip()]


# A numbered heading line ("3.2 Partners van uitkeringsgerechtigden",
# "Hoofdstuk 4 Trajecten"): short, no closing punctuation.
_TXT_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?|hoofdstuk\s+\d+|paragraaf\s+\d+(?:\.\d+)*)\s+\S.{0,100}$", re.IGNORECASE
)
_TXT_BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")


def _is_txt_heading(line: str) -> bool:
    line = line.strip()
    return bool(_TXT_HEADING.match(line)) and not line.endswith((".", ",", ";", ":", "?", "!"))


def read_txt(path: Path, data: bytes) -> tuple[list[Passage], None]:
    """Blank-line blocks. A numbered heading on a block's first line becomes a
    heading passage (and the section of what follows); a block of bullet
    lines becomes one list item per bullet. All keep the block's number."""
    passages = []
    section: str | None = None
    for i, block in enumerate(_blocks(decode(path, data)), start=1):
        lines = [ln for ln in block.splitlines() if ln.strip()]
        if _is_txt_heading(lines[0]):
            section = clean(lines[0])
            passages.append(
                Passage(text=section, location=Location(file=str(path), paragraph=i, section=section), kind="heading")
            )
            lines = lines[1:]
        if not lines:
            continue
        loc = Location(file=str(path), paragraph=i, section=section)
        if len(lines) > 1 and all(_TXT_BULLET.match(ln) for ln in lines):
            passages.extend(
                Passage(text=clean(_TXT_BULLET.sub("", ln, count=1)), location=loc, kind="list_item") for ln in lines
            )
        else:
            passages.append(Passage(text=clean("\n".join(lines)), location=loc))
    return passages, None


def read_md(path: Path, data: bytes) -> tuple[list[Passage], None]:
    passages = []
    section: str | None = None
    for i, block in enumerate(_blocks(decode(path, data)), start=1):
        first = block.strip().splitlines()[0]
        heading = _MD_HEADING.match(first)
        kind = "paragraph"
        if heading and len(block.strip().splitlines()) == 1:
            section, kind, block = clean(heading.group(1)), "heading", heading.group(1)
        elif _MD_BULLET.match(first):
            kind = "list_item"
        loc = Location(file=str(path), paragraph=i, section=section)
        passages.append(Passage(text=clean(block), location=loc, kind=kind))
    return passages, None
