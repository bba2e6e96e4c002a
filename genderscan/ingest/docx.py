"""DOCX (and DOCM) reader on the document XML itself.

python-docx's paragraph text leaves out tracked insertions and text boxes,
so the reader walks ``word/document.xml`` with lxml:

* body paragraphs and tables in document order, nested tables too, each
  distinct cell one passage (``table_cell``);
* headings (by style name, also Dutch "Kop") become the section of what
  follows; numbered and bulleted paragraphs are list items;
* tracked changes: inserted text counts, deleted text does not;
* text boxes are passages of their own, after the paragraph that anchors them;
* footnotes and endnotes are kept as ``footnote`` passages at the end;
* comments, headers and footers live in other parts and are not read;
* a DOCM is read the same way: macros are never run or even opened.

The zip is checked first: damaged archives and archives that unpack to far
more than is plausible (a zip bomb) are coded errors.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Location, Passage
from .normalise import clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(heading|kop|title|titel)\b", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(list|lijst)", re.IGNORECASE)
# Unpacked size above which an archive is refused, and the compression ratio
# that no text document reaches (zip bombs compress tens of thousands to one).
MAX_UNPACKED = 512 * 1024 * 1024
MAX_RATIO = 200


def check_zip(path: Path, data: bytes, kind: str, required: str) -> zipfile.ZipFile:
    """Open *data* as a zip after checking it; raise coded errors for bad or hostile archives."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: the {kind} is damaged or truncated ({exc})", code=errors.CORRUPT_DOCX) from exc
    infos = zf.infolist()
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED or (unpacked > 10 * 1024 * 1024 and unpacked / packed > MAX_RATIO):
        raise InputError(
            f"{path}: the {kind} would unpack to {unpacked // (1024 * 1024)} MB from {len(data) // 1024} KB; "
            "refused as a possible zip bomb",
            code=errors.HOSTILE_FILE,
        )
    bad = zf.testzip()
    if bad is not None:
        raise InputError(f"{path}: the {kind} is damaged (bad entry {bad})", code=errors.CORRUPT_DOCX)
    if required not in zf.namelist():
        raise InputError(f"{path}: a zip file but not a {kind}", code=errors.CONTENT_MISMATCH)
    return zf


def read(path: Path, data: bytes) -> tuple[list[Passage], None]:
    """Read a DOCX or DOCM into passages; raise coded errors for bad files."""
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(f"{path}: the content is not a DOCX (Word) file", code=errors.CONTENT_MISMATCH)
    zf = check_zip(path, data, "DOCX", "word/document.xml")
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        body = etree.fromstring(zf.read("word/document.xml"), parser).find(f"{W}body")
        styles = _style_names(zf, parser)
        notes = [
            etree.fromstring(zf.read(name), parser)
            for name in ("word/footnotes.xml", "word/endnotes.xml")
            if name in zf.namelist()
        ]
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: the DOCX cannot be parsed ({exc})", code=errors.CORRUPT_DOCX) from exc
    if body is None:
        raise InputError(f"{path}: the DOCX has no document body", code=errors.CORRUPT_DOCX)
    reader = _Reader(str(path), styles, _suppressions(zf, parser))
    reader.blocks(body)
    for root in notes:
        for note in root:
            if note.get(f"{W}type") in (None, "normal"):  # skip separators
                reader.add(_text(note), "footnote", section="Voetnoten en eindnoten")
    return reader.passages, None


_SUPPRESS = re.compile(r"^\s*genderscan\s*:\s*negeer\s+([A-Za-z]{2}\d{3}|[a-z_]+)\b\s*(.*)$", re.IGNORECASE | re.DOTALL)


def _suppressions(zf: zipfile.ZipFile, parser) -> dict[str, tuple[str, str]]:
    """Word comments that read "genderscan: negeer ID [reden]": comment id -> (rule id or category, reason)."""
    from lxml import etree

    if "word/comments.xml" not in zf.namelist():
        return {}
    out = {}
    for comment in etree.fromstring(zf.read("word/comments.xml"), parser).iter(f"{W}comment"):
        m = _SUPPRESS.match(clean(_text(comment)))
        if m:
            rule = m.group(1)
            out[comment.get(f"{W}id")] = (
                rule.upper() if rule[:2].isalpha() and rule[2:].isdigit() else rule.lower(),
                m.group(2).strip(),
            )
    return out


def passage_elements(body, styles: dict[str, str]) -> list[list]:
    """The ``w:p`` elements of each body passage, numbered as :func:`read` numbers them."""
    reader = _Reader("", styles)
    reader.blocks(body)
    return reader.elements


def _style_names(zf: zipfile.ZipFile, parser) -> dict[str, str]:
    """styleId -> style name (ids are often language-neutral, names say "Kop 1")."""
    from lxml import etree

    if "word/styles.xml" not in zf.namelist():
        return {}
    root = etree.fromstring(zf.read("word/styles.xml"), parser)
    out = {}
    for style in root.iter(f"{W}style"):
        name = style.find(f"{W}name")
        out[style.get(f"{W}styleId", "")] = name.get(f"{W}val", "") if name is not None else ""
    return out


def _text(element) -> str:
    """Visible text under *element*: inserted text counts, deleted text and text boxes do not."""
    parts = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}txbxContent"):
        if node.tag == f"{W}txbxContent" or _inside(node, element, (f"{W}del", f"{W}txbxContent")):
            continue
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append(" ")
    return "".join(parts)


def _inside(node, stop, tags: tuple[str, ...]) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


class _Reader:
    def __init__(
        self, file: str, styles: dict[str, str], suppressions: dict[str, tuple[str, str]] | None = None
    ) -> None:
        self.file = file
        self.styles = styles
        self.suppressions = suppressions or {}
        self.passages: list[Passage] = []
        self.elements: list[list] = []
        """Per passage, the ``w:p`` elements it was read from (to annotate the document later)."""
        self.section: str | None = None

    def add(
        self, text: str, kind: str, section: str | None = None, suppress: tuple = (), elements: list | None = None
    ) -> None:
        text = clean(text)
        if text:
            loc = Location(file=self.file, paragraph=len(self.passages) + 1, section=section or self.section)
            self.passages.append(Passage(text=text, location=loc, kind=kind, suppress=suppress))
            self.elements.append(elements or [])

    def blocks(self, parent) -> None:
        for child in parent:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent")
                self.blocks(content if content is not None else child)

    def paragraph(self, p) -> None:
        kind = self.kind(p)
        text = _text(p)
        if kind == "heading" and clean(text):
            self.section = clean(text)
        anchors = {el.get(f"{W}id") for el in p.iter(f"{W}commentRangeStart", f"{W}commentReference")}
        self.add(
            text,
            kind,
            suppress=tuple(self.suppressions[a] for a in sorted(anchors) if a in self.suppressions),
            elements=[p],
        )
        for box in p.iter(f"{W}txbxContent"):
            if not _inside(box, p, (f"{W}del",)) and box.getparent() is not None:
                self.blocks(box)

    def table(self, tbl) -> None:
        for tr in tbl.iter(f"{W}tr"):
            if _inside(tr, tbl, (f"{W}tbl",)):
                continue  # a nested table's rows: read with its own cell
            for tc in tr.findall(f"{W}tc"):
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val") != "restart":
                    continue  # the continuation of a vertically merged cell
                paragraphs = [c for c in tc if c.tag == f"{W}p"]
                self.add("\n".join(_text(p) for p in paragraphs), "table_cell", elements=paragraphs)
                for nested in tc.findall(f"{W}tbl"):
                    self.table(nested)

    def kind(self, p) -> str:
        ppr = p.find(f"{W}pPr")
        style_id = (
            ppr.find(f"{W}pStyle").get(f"{W}val", "") if ppr is not None and ppr.find(f"{W}pStyle") is not None else ""
        )
        name = self.styles.get(style_id, style_id)
        if _HEADING_STYLE.match(name) or _HEADING_STYLE.match(style_id):
            return "heading"
        if _LIST_STYLE.match(name) or (ppr is not None and ppr.find(f"{W}numPr") is not None):
            return "list_item"
        return "paragraph"
