"""The pdfplumber engine: positioned lines from pdfplumber's words (slower, but its own word building).

``import pdfplumber`` in this module is the third-party package, not this
module: imports are absolute.
"""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING

from ..progress import PAGES, Progress, counted
from . import layout
from .pdfium import BOLD_WEIGHT, REGULAR_WEIGHT, SIZE_DECIMALS, group_runs, run_line

if TYPE_CHECKING:
    from pdfplumber.page import Page as PlumberPage


def read_pages(data: bytes, progress: Progress | None = None) -> tuple[list[layout.Page], list[str]]:
    """Lines from pdfplumber, and the printed page labels ('' where none)."""
    import pdfplumber  # imported lazily: it is the slowest import of the readers

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [
            layout.Page(_lines(page), float(page.width), float(page.height))
            for page in counted(pdf.pages, PAGES, len(pdf.pages), progress)
        ]
    return pages, _page_labels(data)


def _page_labels(data: bytes) -> list[str]:
    """Printed page labels (the PDF's /PageLabels), '' where there are none; pdfplumber has no reader for them."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # pdfplumber read it, pdfium cannot: no labels then
        return []
    try:
        return [pdf.get_page_label(i) or "" for i in range(len(pdf))]
    finally:
        pdf.close()


def _lines(page: PlumberPage) -> list[layout.Line]:
    """Lines from pdfplumber's words, grouped into runs exactly as for pdfium."""
    words = []
    for w in page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False):
        bold = "bold" in w["fontname"].lower()
        weight = BOLD_WEIGHT if bold else REGULAR_WEIGHT
        words.append(
            layout.Line(
                w["text"], w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], SIZE_DECIMALS), bold, weight
            )
        )
    return [run_line(run, " ".join(w.text for w in run)) for run in group_runs(words)]
