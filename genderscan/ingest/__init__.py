"""Readers that turn a file into a :class:`~genderscan.model.Document`.

One reader per format, chosen by file suffix from :data:`READERS`; each
checks that the content matches its suffix before parsing.
"""

from __future__ import annotations

import hashlib
import importlib
import math
from collections.abc import Callable
from pathlib import Path

from .. import errors
from ..errors import ConfigError, InputError
from ..model import Document, Passage
from ..progress import Progress
from ..settings import DEFAULT_MAX_MB
from . import metadata, pdf, text
from .structure import is_toc_title

Reader = Callable[[Path, bytes], tuple[list[Passage], int | None]]


def _imported(module: str) -> Reader:
    """The ``read`` of the reader module *module*, imported when a document of its kind is read (the DOCX,
    ODT and HTML readers with their XML and HTML parsers are about 0.03 s of a run that reads none)."""

    def read(path: Path, data: bytes) -> tuple[list[Passage], int | None]:
        reader: Reader = importlib.import_module(f"{__name__}.{module}").read
        return reader(path, data)

    return read


_DOCX, _ODT, _HTML = _imported("docx"), _imported("odt"), _imported("html")

# PDF has a reader of its own (engine, OCR); it is listed for its suffix and name.
READERS: dict[str, tuple[str, Reader | None]] = {
    ".pdf": ("pdf", None),
    ".docx": ("docx", _DOCX),
    ".docm": ("docx", _DOCX),
    ".odt": ("odt", _ODT),
    ".html": ("html", _HTML),
    ".htm": ("html", _HTML),
    ".txt": ("txt", text.read_txt),
    ".md": ("md", text.read_md),
    ".markdown": ("md", text.read_md),
}


# Formats genderscan cannot read that policy folders still hold: the error says what to do instead, and a
# folder search returns them (to be reported) rather than skipping them. The texts per language, in one place.
SAVE_AS_DOCX: dict[str, str] = {".doc": "Word 97-2003 (.doc)", ".wpd": "WordPerfect (.wpd)", ".rtf": "RTF (.rtf)"}
SAVE_AS_DOCX_HINT = {
    "en": "genderscan cannot read {kind}: save it as .docx",
    "nl": "{kind} kan genderscan niet lezen: sla het op als .docx",
}


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def recognised_suffixes() -> list[str]:
    """What a folder search returns: the suffixes genderscan reads and the ones it names with a hint."""
    return sorted({*READERS, *SAVE_AS_DOCX})


def unsupported(name: str | Path, lang: str = "en") -> InputError:
    """GS-E102 for a file genderscan has no reader for; for an old Word or WordPerfect file, what to do."""
    suffix = Path(name).suffix.lower()
    if suffix in SAVE_AS_DOCX:
        hint = SAVE_AS_DOCX_HINT.get(lang, SAVE_AS_DOCX_HINT["en"]).format(kind=SAVE_AS_DOCX[suffix])
        return InputError(f"{name}: {hint}", code=errors.UNSUPPORTED_FORMAT)
    known = ", ".join(supported_suffixes())
    return InputError(
        f"{name}: unsupported file type '{suffix or '(none)'}' (supported: {known})", code=errors.UNSUPPORTED_FORMAT
    )


def document_from_text(content: str, name: str = "<text>") -> Document:
    """A Document from a string, split into passages like a .txt file."""
    data = content.encode("utf-8")
    passages, _ = text.read_txt(Path(name), data)
    return Document(path=name, format="txt", passages=tuple(passages), sha256=hashlib.sha256(data).hexdigest())


def read_document(
    path: str | Path,
    *,
    pdf_engine: str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    ocr: bool = False,
    progress: Progress | None = None,
) -> Document:
    """Read *path* into a Document, or raise a coded :class:`InputError`.

    *pdf_engine*: ``pdfium`` (default, fast) or ``pdfplumber``; *progress* hears of each page of a PDF read
    (:mod:`genderscan.progress`). Files over
    *max_mb* megabytes are refused before they are read; a limit that is not a positive finite
    number (NaN compares false with every size) is an error, not "no limit".
    """
    if isinstance(max_mb, bool) or not isinstance(max_mb, (int, float)) or not 0 < max_mb < math.inf:
        raise ConfigError(
            f"max_mb must be a positive finite number of megabytes, got {max_mb!r}", code=errors.BAD_OPTION
        )
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: file not found", code=errors.FILE_NOT_FOUND)
    if not p.is_file():
        raise InputError(f"{p}: not a regular file", code=errors.NOT_A_FILE)
    suffix = p.suffix.lower()
    if suffix not in READERS:
        raise unsupported(p)
    fmt, reader = READERS[suffix]
    try:
        size = p.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise InputError(
                f"{p}: {size / (1024 * 1024):.1f} MB is over the size limit of {max_mb:g} MB (--max-size)",
                code=errors.FILE_TOO_LARGE,
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})", code=errors.UNREADABLE_FILE) from exc
    empty: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    pages: int | None
    if reader is None:
        passages, pages, empty, ocr_pages = pdf.read(
            p, data, engine=pdf_engine or pdf.DEFAULT_ENGINE, ocr=ocr, progress=progress
        )
    else:
        passages, pages = reader(p, data)
    # a table of contents alone ("Inhoud" and its lines), running headers alone, or only signs (a table of
    # bare "|", footnote marks "¹²": digits, but no decimal ones), is no text either
    if not any(
        q.is_content
        and not (q.kind == "heading" and is_toc_title(q.text))
        and any(c.isalpha() or c.isdecimal() for c in q.text)
        for q in passages
    ):
        raise InputError(f"{p}: the document contains no text", code=errors.EMPTY_DOCUMENT)
    return Document(
        path=str(path),
        format=fmt,
        passages=tuple(passages),
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        pages_without_text=empty,
        ocr_pages=ocr_pages,
        title=metadata.title(fmt, data),
    )
