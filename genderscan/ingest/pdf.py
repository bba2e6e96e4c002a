"""PDF reader: the public entry. Checks the bytes, lets one of two engines open
the file and extract positioned lines, and turns engine failures (a password,
damage) into coded errors.

The engines are :mod:`genderscan.ingest.pdfium` (pypdfium2: fast, the
default) and :mod:`genderscan.ingest.pdfplumber`; both only extract lines,
and :mod:`genderscan.ingest.layout` turns them into passages the same way
(headers, columns, paragraphs, hyphens).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import errors
from ..errors import ConfigError, InputError
from ..model import Passage
from ..progress import Progress
from ..settings import PDF_ENGINES, setting
from . import layout, pdfium, pdfplumber

ENGINES = PDF_ENGINES
DEFAULT_ENGINE: str = setting("pdf_engine").default

# Bytes at the start in which the ``%PDF-`` header must appear: readers accept it anywhere in the
# first 1024 bytes (some producers put a preamble before it).
_HEADER_WINDOW = 1024
# Bytes at the end in which the ``%%EOF`` marker must appear: room for the trailing bytes some
# producers and mail programs add after it.
_EOF_WINDOW = 2048
# Characters of the parser's message kept in the error message: about one line.
_DETAIL_CHARS = 120

# An engine's reader: the PDF's bytes to its pages of lines and its printed page labels (and the pages
# read so far to a progress callback).
Extract = Callable[[bytes, Progress | None], tuple[list[layout.Page], list[str]]]


def read(
    path: Path, data: bytes, engine: str = DEFAULT_ENGINE, ocr: bool = False, progress: Progress | None = None
) -> tuple[list[Passage], int, tuple[int, ...], tuple[int, ...]]:
    """Read a PDF into passages with the chosen engine; raise coded errors for bad files.

    With *ocr*, pages without a text layer are rendered and read by
    tesseract. Returns the passages, the number of pages, the (1-based)
    pages still without text, and the pages read by OCR. *progress* hears of each page read.
    """
    _check_bytes(path, data)
    try:
        pages, labels = _engine(engine)(data, progress)
    except InputError:
        raise
    except Exception as exc:  # the engines raise many unrelated types
        raise _classify(path, exc) from exc
    ocr_pages: tuple[int, ...] = ()
    if ocr and any(not p.lines for p in pages):
        from .ocr import ocr_empty_pages

        pages, ocr_pages = ocr_empty_pages(path, data, pages, progress)
    empty = tuple(i for i, p in enumerate(pages, 1) if not p.lines)
    if len(empty) == len(pages):
        hint = "" if ocr else "; run with --ocr to read it with tesseract"
        raise InputError(
            f"{path}: the PDF has no text layer ({len(pages)} pages, all without text); it is probably scanned{hint}",
            code=errors.NO_TEXT_LAYER,
        )
    return layout.passages(str(path), pages, labels), len(pages), empty, ocr_pages


# The page reader behind each value of the pdf_engine setting (a test checks both lists agree).
READERS: dict[str, Extract] = {"pdfium": pdfium.read_pages, "pdfplumber": pdfplumber.read_pages}


def _engine(engine: str) -> Extract:
    """The page reader of *engine*."""
    reader = READERS.get(engine)
    if reader is None:
        raise ConfigError(f"unknown PDF engine '{engine}' (one of {', '.join(ENGINES)})", code=errors.BAD_OPTION)
    return reader


def _check_bytes(path: Path, data: bytes) -> None:
    """Refuse content that is not a PDF, or a PDF cut off before its end."""
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise InputError(f"{path}: the content is not a PDF", code=errors.CONTENT_MISMATCH)
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise InputError(
            f"{path}: the PDF is truncated or damaged (no end-of-file marker)",
            code=errors.CORRUPT_PDF,
        )


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, what it wraps (pdfplumber keeps pdfminer's in args) and its causes."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        todo.extend([e.__cause__, e.__context__] + [a for a in e.args if isinstance(a, BaseException)])
    return seen


def _classify(path: Path, exc: Exception) -> InputError:
    """The coded error for an engine's failure: an encrypted PDF, or one that cannot be parsed."""
    chain = _causes(exc)
    if any(
        "Password" in type(e).__name__ or "Encrypt" in type(e).__name__ or "password" in str(e).lower() for e in chain
    ):
        return InputError(f"{path}: the PDF is encrypted and needs a password", code=errors.ENCRYPTED_PDF)
    root = chain[-1]
    detail = (str(root).splitlines() or [type(root).__name__])[0][:_DETAIL_CHARS] or type(root).__name__
    return InputError(f"{path}: the PDF cannot be parsed ({detail})", code=errors.CORRUPT_PDF)
