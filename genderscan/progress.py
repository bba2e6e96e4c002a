"""How far one document's analysis is, for a caller that shows it (the bar of ``genderscan analyse``).

A plain callback, so that ingest and analysis know nothing of who listens: it is called with the
stage, the units done and their total, first with 0 done, then after each unit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

PAGES = "pages"
"""Stage: the pages of a PDF read by its engine."""
OCR = "ocr"
"""Stage: the pages of a PDF without a text layer read by tesseract (``--ocr``)."""
PASSAGES = "passages"
"""Stage: the passages (paragraphs, headings, list items) parsed and matched against the lexicon."""

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``."""

T = TypeVar("T")


def counted(items: Iterable[T], stage: str, total: int, progress: Progress | None) -> Iterator[T]:
    """*items*, with ``progress(stage, n, total)`` before the first and after each one (nothing without *progress*)."""
    if progress is None:
        yield from items
        return
    progress(stage, 0, total)
    for done, item in enumerate(items, 1):
        yield item
        progress(stage, done, total)
