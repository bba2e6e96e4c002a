"""ODT (OpenDocument text) reader on ``content.xml``.

Headings (``text:h``) open a section at their ``text:outline-level``, list
items and table cells are passages of their own, notes (footnotes and
endnotes) ``footnote`` passages at the end. A table of contents
(``text:table-of-content``) is kept as ``toc`` passages.
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
from .structure import outline

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_SKIP = {f"{OFFICE}annotation", f"{TEXT}tracked-changes", f"{TEXT}note", f"{TEXT}note-citation"}
_NOTES = "Voetnoten en eindnoten"


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
    passages = outline(reader.passages, reader.keys)
    for note in body.iter(f"{TEXT}note-body"):
        text = clean(_text(note, note))
        if text:
            loc = Location(str(path), len(passages) + 1, section=_NOTES, section_path=(_NOTES,))
            passages.append(Passage(text=text, location=loc, kind="footnote"))
    return passages, None


def _text(element, stop) -> str:
    parts = [element.text or ""] if element.tag not in _SKIP else []
    for child in element:
        # an unresolved entity (&x;), a comment or a processing instruction: left out, the text after it kept
        if child.tag in _SKIP or not isinstance(child.tag, str):
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
        self.keys: list[tuple[int, ...] | None] = []
        """Per passage, the outline level of a heading, else None."""

    def add(self, text: str, kind: str, level: int | None = None) -> None:
        text = clean(text)
        if text:
            self.passages.append(Passage(text=text, location=Location(self.file, len(self.passages) + 1), kind=kind))
            self.keys.append((level,) if level is not None else None)

    def blocks(self, parent, in_list: bool, toc: bool = False) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{TEXT}h":
                level = child.get(f"{TEXT}outline-level") or ""
                self.add(_text(child, child), "toc" if toc else "heading", int(level) if level.isdigit() else 1)
            elif tag == f"{TEXT}p":
                self.add(_text(child, child), "toc" if toc else "list_item" if in_list else "paragraph")
            elif tag in (f"{TEXT}table-of-content", f"{TEXT}illustration-index", f"{TEXT}table-index"):
                index = child.find(f"{TEXT}index-body")  # the source part holds only templates
                if index is not None:
                    self.blocks(index, in_list, toc=True)
            elif tag == f"{TEXT}list":
                self.blocks(child, in_list=True)
            elif tag in (f"{TEXT}list-item", f"{TEXT}section", f"{TEXT}list-header", f"{TEXT}index-title"):
                self.blocks(child, in_list, toc)
            elif tag == f"{TABLE}table":
                for cell in child.iter(f"{TABLE}table-cell"):
                    self.add("\n".join(_text(p, p) for p in cell if p.tag in (f"{TEXT}p", f"{TEXT}h")), "table_cell")
