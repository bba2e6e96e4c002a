"""DOCX (and DOCM) reader on the document XML itself.

python-docx's paragraph text leaves out tracked insertions and text boxes,
so the reader walks ``word/document.xml`` with lxml:

* body paragraphs and tables in document order, nested tables too, each
  distinct cell one passage (``table_cell``);
* headings (by style name, also Dutch "Kop", or by an outline level in the
  paragraph or its style) open a section at their level; numbered and
  bulleted paragraphs are list items;
* a table of contents (a TOC field, a ToC content control, the "toc N"
  styles, or typed lines with page numbers) is marked ``toc``;
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
from .structure import outline

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(heading|kop|title|titel)\b", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(list|lijst)", re.IGNORECASE)
_HEADING_LEVEL = re.compile(r"(\d)\s*$")
# Word's ToC styles ("toc 1" … "toc 9", "TOC Heading"; ids such as "TOC1", Dutch "Inhopg1", "Kopvaninhoudsopgave").
_TOC_STYLE = re.compile(r"^(?:toc\s*\d|toc\s*heading|inhopg\d|kopvaninhoudsopgave|inhoudsopgave\s*\d)", re.IGNORECASE)
# outlineLvl 9 is body text; 0–8 are heading levels 1–9.
_BODY_LEVEL = 9
_NOTES = "Voetnoten en eindnoten"
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
        styles, levels = _styles(zf, parser)
        notes = [
            etree.fromstring(zf.read(name), parser)
            for name in ("word/footnotes.xml", "word/endnotes.xml")
            if name in zf.namelist()
        ]
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: the DOCX cannot be parsed ({exc})", code=errors.CORRUPT_DOCX) from exc
    if body is None:
        raise InputError(f"{path}: the DOCX has no document body", code=errors.CORRUPT_DOCX)
    reader = _Reader(str(path), styles, _suppressions(zf, parser), levels)
    reader.blocks(body)
    passages = outline(reader.passages, reader.keys)
    for root in notes:
        for note in root:
            if note.get(f"{W}type") in (None, "normal"):  # skip separators
                text = clean(_text(note))
                if text:
                    loc = Location(str(path), len(passages) + 1, section=_NOTES, section_path=(_NOTES,))
                    passages.append(Passage(text=text, location=loc, kind="footnote"))
    return passages, None


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
    return _styles(zf, parser)[0]


def _styles(zf: zipfile.ZipFile, parser) -> tuple[dict[str, str], dict[str, int]]:
    """From one read of styles.xml: styleId -> style name, and styleId -> outline level (0-based) of
    the paragraph styles that set one, directly or through basedOn."""
    from lxml import etree

    if "word/styles.xml" not in zf.namelist():
        return {}, {}
    names: dict[str, str] = {}
    own: dict[str, int] = {}
    based: dict[str, str] = {}
    for style in etree.fromstring(zf.read("word/styles.xml"), parser).iter(f"{W}style"):
        sid = style.get(f"{W}styleId", "")
        name = style.find(f"{W}name")
        names[sid] = name.get(f"{W}val", "") if name is not None else ""
        level = style.find(f"{W}pPr/{W}outlineLvl")
        if level is not None and (level.get(f"{W}val") or "").isdigit():
            own[sid] = int(level.get(f"{W}val"))
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{W}val", "")
    levels: dict[str, int] = {}
    for sid in set(own) | set(based):
        seen, cur = set(), sid
        while cur not in own and cur in based and cur not in seen:
            seen.add(cur)
            cur = based[cur]
        if cur in own:
            levels[sid] = own[cur]
    return names, levels


def own_text(node) -> str:
    """The text of a ``w:t`` (or ``w:instrText``): its text and the text after each child in it. Only an
    entity that was not resolved (``&x;``), a comment or a processing instruction can be such a child;
    it is left out, the text after it is kept."""
    if not len(node):
        return node.text or ""
    return (node.text or "") + "".join(child.tail or "" for child in node)


def _text(element) -> str:
    """Visible text under *element*: inserted text counts, deleted text and text boxes do not."""
    parts = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}txbxContent"):
        if node.tag == f"{W}txbxContent" or _inside(node, element, (f"{W}del", f"{W}txbxContent")):
            continue
        if node.tag == f"{W}t":
            parts.append(own_text(node))
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
        self,
        file: str,
        styles: dict[str, str],
        suppressions: dict[str, tuple[str, str]] | None = None,
        levels: dict[str, int] | None = None,
    ) -> None:
        self.file = file
        self.styles = styles
        self.suppressions = suppressions or {}
        self.levels = levels or {}
        """styleId -> outline level of the styles that set one."""
        self.passages: list[Passage] = []
        self.keys: list[tuple[int, ...] | None] = []
        """Per passage, the level of a heading (1 for "Heading 1"), else None."""
        self.elements: list[list] = []
        """Per passage, the ``w:p`` elements it was read from (to annotate the document later)."""
        self.toc_controls = 0
        """Depth of ToC content controls (``w:docPartGallery`` "Table of Contents") we are in."""
        self.fields: list[str] = []
        """Instructions of the complex fields open at this point ("TOC \\o …", "PAGEREF …")."""

    def add(
        self,
        text: str,
        kind: str,
        suppress: tuple = (),
        elements: list | None = None,
        level: int | None = None,
    ) -> None:
        text = clean(text)
        if text:
            loc = Location(file=self.file, paragraph=len(self.passages) + 1)
            self.passages.append(Passage(text=text, location=loc, kind=kind, suppress=suppress))
            self.keys.append((level,) if level is not None else None)
            self.elements.append(elements or [])

    def blocks(self, parent) -> None:
        for child in parent:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                gallery = child.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
                toc = gallery is not None and "contents" in (gallery.get(f"{W}val") or "").lower()
                self.toc_controls += toc
                content = child.find(f"{W}sdtContent")
                self.blocks(content if content is not None else child)
                self.toc_controls -= toc

    def in_toc_field(self, p) -> bool:
        """Whether *p* lies (partly) inside a TOC field; keeps track of the fields open after it."""
        inside = any(f.startswith("TOC") for f in self.fields)
        for node in p.iter(f"{W}fldChar", f"{W}instrText", f"{W}fldSimple"):
            if node.tag == f"{W}fldSimple":
                inside = inside or (node.get(f"{W}instr") or "").strip().upper().startswith("TOC")
            elif node.tag == f"{W}instrText":
                if self.fields:
                    self.fields[-1] = (self.fields[-1] + own_text(node)).lstrip().upper()
            elif node.get(f"{W}fldCharType") == "begin":
                self.fields.append("")
            elif node.get(f"{W}fldCharType") == "end" and self.fields:
                self.fields.pop()
            inside = inside or any(f.startswith("TOC") for f in self.fields)
        return inside

    def paragraph(self, p) -> None:
        kind, level = self.kind(p)
        if self.in_toc_field(p) or self.toc_controls:
            kind, level = "toc", None
        text = _text(p)
        anchors = {el.get(f"{W}id") for el in p.iter(f"{W}commentRangeStart", f"{W}commentReference")}
        self.add(
            text,
            kind,
            suppress=tuple(self.suppressions[a] for a in sorted(anchors) if a in self.suppressions),
            elements=[p],
            level=level,
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

    def kind(self, p) -> tuple[str, int | None]:
        """The passage kind of *p*, and for a heading its level (1 for "Heading 1" or outline level 0)."""
        ppr = p.find(f"{W}pPr")
        style_id = (
            ppr.find(f"{W}pStyle").get(f"{W}val", "") if ppr is not None and ppr.find(f"{W}pStyle") is not None else ""
        )
        name = self.styles.get(style_id, style_id)
        if _TOC_STYLE.match(name) or _TOC_STYLE.match(style_id):
            return "toc", None
        own = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        outline_level = int(own.get(f"{W}val")) if own is not None and (own.get(f"{W}val") or "").isdigit() else None
        if outline_level is None:
            outline_level = self.levels.get(style_id)
        if _HEADING_STYLE.match(name) or _HEADING_STYLE.match(style_id):
            if outline_level is not None and outline_level < _BODY_LEVEL:
                return "heading", outline_level + 1
            number = _HEADING_LEVEL.search(name) or _HEADING_LEVEL.search(style_id)
            return "heading", int(number.group(1)) if number else 1  # Title: beside Heading 1, not above it
        if outline_level is not None and outline_level < _BODY_LEVEL:
            return "heading", outline_level + 1
        if _LIST_STYLE.match(name) or (ppr is not None and ppr.find(f"{W}numPr") is not None):
            return "list_item", None
        return "paragraph", None
