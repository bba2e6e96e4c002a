"""OCR for PDF pages without a text layer, with the tesseract command.

Each empty page is rendered by pdfium at 300 dpi and read by ``tesseract
… -l nld tsv``; the words come back with their boxes, grouped into lines,
and go through the same layout as text pages. tesseract is a Debian package
(``tesseract-ocr`` and ``tesseract-ocr-nld``); ``make test`` installs it
where it can. Without it, ``--ocr`` is a coded error that says how to
install it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .. import errors
from ..errors import ConfigError, InputError
from ..progress import OCR, Progress, counted
from . import layout

DPI = 300
PAGE_TIMEOUT_S = 120
INSTALL_HINT = "install it with: apt-get install tesseract-ocr tesseract-ocr-nld"


def tesseract() -> str:
    """The tesseract executable with Dutch installed, or a coded error."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise ConfigError(
            f"--ocr needs the tesseract OCR program, which is not installed; {INSTALL_HINT}",
            code=errors.OCR_UNAVAILABLE,
        )
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split()
    if "nld" not in langs:
        raise ConfigError(f"tesseract is installed without Dutch (nld); {INSTALL_HINT}", code=errors.OCR_UNAVAILABLE)
    return exe


def ocr_empty_pages(
    path: Path, data: bytes, pages: list[layout.Page], progress: Progress | None = None
) -> tuple[list[layout.Page], tuple[int, ...]]:
    """*pages* with the empty ones read by OCR, and the numbers of the pages that got text; *progress* hears
    of each page read."""
    import pypdfium2 as pdfium

    exe = tesseract()
    pdf = pdfium.PdfDocument(data)
    done = []
    out = list(pages)
    try:
        with tempfile.TemporaryDirectory(prefix="genderscan-ocr-") as tmp:
            empty = [i for i, page in enumerate(pages) if not page.lines]
            for i in counted(empty, OCR, len(empty), progress):
                page = pages[i]
                image = Path(tmp) / f"p{i + 1}.png"
                pdf_page = pdf[i]
                pdf_page.render(scale=DPI / 72).to_pil().save(image)
                pdf_page.close()
                lines = _read_image(path, exe, image, i + 1)
                if lines:
                    out[i] = layout.Page(lines, page.width, page.height)
                    done.append(i + 1)
    finally:
        pdf.close()
    return out, tuple(done)


def _read_image(path: Path, exe: str, image: Path, page_no: int) -> list[layout.Line]:
    try:
        result = subprocess.run(
            [exe, str(image), "stdout", "-l", "nld", "tsv"], capture_output=True, text=True, timeout=PAGE_TIMEOUT_S
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError(
            f"{path}: OCR of page {page_no} took longer than {PAGE_TIMEOUT_S} s", code=errors.CORRUPT_PDF
        ) from exc
    if result.returncode != 0:
        raise InputError(
            f"{path}: OCR of page {page_no} failed ({result.stderr.strip()[:120]})", code=errors.CORRUPT_PDF
        )
    scale = 72 / DPI
    words: dict[tuple[str, str, str], list[tuple[float, float, float, float, str]]] = {}
    for row in result.stdout.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or not cols[11].strip() or float(cols[10]) < 0:
            continue
        left, top, width, height = (float(c) * scale for c in cols[6:10])
        words.setdefault((cols[2], cols[3], cols[4]), []).append((left, top, left + width, top + height, cols[11]))
    lines = []
    for group in words.values():
        group.sort()
        top = min(w[1] for w in group)
        bottom = max(w[3] for w in group)
        lines.append(
            layout.Line(
                " ".join(w[4] for w in group),
                group[0][0],
                max(w[2] for w in group),
                top,
                bottom,
                round(bottom - top, 1),
            )
        )
    return sorted(lines, key=lambda ln: (ln.top, ln.x0))
