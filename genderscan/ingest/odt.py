"""ODT (OpenDocument text) reader on ``content.xml``.

Headings (``text:h``) become sections, list items and table cells their own
passages, notes (footnotes and endnotes) ``footnote`` passages at the end.
Comments (``office:annotation``) and the deleted text that tracked changes
keep in ``text:tracked-changes`` are not read; inserted text is ordinary
text in the document. The zip is checked like a DOCX (damage, zip bombs).
"""

from __future__ import annotations

from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Location, Passage
from .docx import check_zip
from .normalise import clean

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_SKIP = {f"{OFFICE}annotation", f"{TEXT}tracked-changes", f"{TEXT}note", f"{TEXT}note-citation"}


def read(path: Path, data: bytes) -> tuple[list[Passage], None]:
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(f"{path}: the content is not an ODT (OpenDocument) file", code=errors.CONTENT_MISMATCH)
    zf = check_zip(path, data, "ODT", "content.xml")
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(zf.read("content.xml"), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: the ODT cannot be parsed ({exc})", code=errors.CORRUPT_DOCX) from exc
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise InputError(f"{path}: the ODT has no text body", code=errors.CORRUPT_DOCX)
    reader = _Reader(str(path))
    reader.blocks(body, in_list=False)
    for note in body.iter(f"{TEXT}note-body"):
        reader.add(_text(note, note), "footnote", "Voetnoten en eindnoten")
    return reader.passages, None


def _text(element, stop) -> str:
    parts = [element.text or ""] if element.tag not in _SKIP else []
    for child in element:
        if child.tag in _SKIP:
            parts.append(child.tail or "")
            continue
        if child.tag in (f"{TEXT}s", f"{TEXT}tab", f"{TEXT}line-break"):
            parts.append(" ")
        else:
            parts.append(_text(child, stop))
        parts.append(child.tail or "")
    return "".join(parts)


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.passages: list[Passage] = []
        self.section: str | None = None

    def add(self, text: str, kind: str, section: str | None = None) -> None:
        text = clean(text)
        if text:
            loc = Location(file=self.file, paragraph=len(self.passages) + 1, section=section or self.section)
            self.passages.append(Passage(text=text, location=loc, kind=kind))

    def blocks(self, parent, in_list: bool) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{TEXT}h":
                text = clean(_text(child, child))
                if text:
                    self.section = text
                self.add(text, "heading")
            elif tag == f"{TEXT}p":
                self.add(_text(child, child), "list_item" if in_list else "paragraph")
            elif tag == f"{TEXT}list":
                self.blocks(child, in_list=True)
            elif tag in (f"{TEXT}list-item", f"{TEXT}section", f"{TEXT}list-header"):
                self.blocks(child, in_list)
            elif tag == f"{TABLE}table":
                for cell in child.iter(f"{TABLE}table-cell"):
                    self.add("\n".join(_text(p, p) for p in cell if p.tag in (f"{TEXT}p", f"{TEXT}h")), "table_cell")
