"""The title a file gives itself in its metadata: PDF info, DOCX core and ODT meta properties,
HTML ``<title>``. Best effort: a damaged or missing part gives None, never an error (the text was
read already, and the report falls back on the first heading)."""

from __future__ import annotations

import io
import re
import zipfile

from ..safetext import printable

_TITLE_TAG = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
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


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(printable(text).split())
    if not text or text.lower() in ("untitled", "naamloos", "microsoft word"):
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
    import html

    found = _TITLE_TAG.search(data[:_MAX_PART])
    return html.unescape(found.group(1).decode("utf-8", "replace")) if found else None


_READERS = {
    "pdf": _pdf,
    "docx": lambda data: _zip_title(data, "docProps/core.xml"),
    "odt": lambda data: _zip_title(data, "meta.xml"),
    "html": _html,
}
