"""The title a file gives itself in its metadata: PDF info, DOCX core and ODT meta properties,
HTML ``<title>``. Best effort: a damaged or missing part gives None, never an error (the text was
read already, and the report falls back on the first heading)."""

from __future__ import annotations

import io
import re
import zipfile

from ..safetext import printable

_MAX_PART = 1_000_000
"""Bytes of a metadata part read at most (a core.xml is a few hundred)."""
_MAX_TITLE = 300
"""Characters of a title kept."""
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def title(fmt: str, data: bytes) -> str | None:
    """The metadata title of a file of format *fmt* with bytes *data*, or None."""
    try:
        found = _READERS[fmt](data) if fmt in _READERS else None
    except Exception:  # noqa: BLE001 - metadata is optional; the document itself was read
        return None
    return _clean(found)


# What Office's PDF printer puts around a file name ("Microsoft Word - Begroting 2025.docx"): the title
# a PDF got from the file it was printed from, not one its author gave.
PRINTER_PREFIX = re.compile(r"^Microsoft (?:Word|PowerPoint|Excel) - ", re.IGNORECASE)
_FILE_SUFFIX = re.compile(r"\.(?:docx?|odt|rtf|pdf|pptx?|xlsx?)$", re.IGNORECASE)


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = printable(" ".join(text.split()))  # newlines and tabs of a title are spaces, not escapes
    text = _FILE_SUFFIX.sub("", PRINTER_PREFIX.sub("", text)).strip()
    if not text or text.lower() in ("untitled", "naamloos", "microsoft word", "document", "document1"):
        return None
    return text[:_MAX_TITLE]


def _pdf(data: bytes) -> str | None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return pdf.get_metadata_dict().get("Title")
    finally:
        pdf.close()


def _zip_title(data: bytes, part: str) -> str | None:
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(part)
        if info.file_size > _MAX_PART:
            return None
        xml = zf.read(part)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    node = etree.fromstring(xml, parser).find(f".//{_DC_TITLE}")
    return "".join(node.itertext()) if node is not None else None


def _html(data: bytes) -> str | None:
    """The text of the first ``<title>`` element. Found with plain searches, in time linear in the
    length: a pattern with a free middle (``<title[^>]*>(.*?)</title>``) starts again at every
    ``<title`` of a file full of them, and 1 MB of ``<title>`` then takes hours."""
    import html

    text = data[:_MAX_PART].lower()  # ASCII lower case keeps every byte where it was
    start = text.find(b"<title")
    if start < 0 or text[start + 6 : start + 7] not in (b">", b" ", b"\t", b"\n", b"\r", b"/"):
        return None
    open_end = text.find(b">", start)
    close = text.find(b"</title", open_end) if open_end >= 0 else -1
    if close < 0:
        return None
    return html.unescape(data[open_end + 1 : close].decode("utf-8", "replace"))


_READERS = {
    "pdf": _pdf,
    "docx": lambda data: _zip_title(data, "docProps/core.xml"),
    "odt": lambda data: _zip_title(data, "meta.xml"),
    "html": _html,
}
