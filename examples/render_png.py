"""Screenshots of the example's report, shown in the README: the top of the HTML report on a
desktop (1280 px) and on a phone (390 px), as headless Chromium renders it, and the first page of
its PDF (printed from the same HTML by Chromium, rendered with pdfium).

.venv/bin/python examples/render_png.py examples/reports/hoogwater_participatienota.pdf.html

writes examples/screenshots/report-desktop.png, report-phone.png and report-pdf.png (the PDF is the
report's .pdf next to the .html, written by ``genderscan analyse -f pdf``).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from genderscan.report.pdf import html_to_png

OUT = Path(__file__).resolve().parent / "screenshots"
SHOTS = {"report-desktop.png": (1280, 1500), "report-phone.png": (390, 1700)}
PDF_SCALE = 1.4
"""Pixels per PDF point of the rendered page (A4: about 830 x 1180 px)."""


def _save(image: Image.Image, target: Path) -> None:
    image.save(target, optimize=True)
    print(f"wrote {target}")


def pdf_page(pdf: Path, number: int = 1) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return doc[number - 1].render(scale=PDF_SCALE).to_pil().convert("RGB")
    finally:
        doc.close()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name in sys.argv[1:]:
        source = Path(name)
        html = source.read_text(encoding="utf-8")
        for target, (width, height) in SHOTS.items():
            _save(Image.open(io.BytesIO(html_to_png(html, width, height))).convert("RGB"), OUT / target)
        pdf = source.with_suffix(".pdf")
        if pdf.is_file():
            _save(pdf_page(pdf), OUT / "report-pdf.png")


if __name__ == "__main__":
    main()
