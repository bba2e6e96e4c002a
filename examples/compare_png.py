"""Screenshot of a comparison report (``genderscan batch --report``), shown in the README.

.venv/bin/python examples/compare_png.py [MANIFEST.csv]   →  examples/screenshots/comparison.png

The batch runs over the manifest (default: examples/corpus-manifest.csv, the real documents of
../shared/corpus with their municipality and year) into a temporary folder, in Dutch, and headless
Chromium shows the top of the page at 1,280 px: the table per document and the matrix of measures.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from PIL import Image

from genderscan import batch
from genderscan.report.pdf import html_to_png
from genderscan.settings import Options

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "examples" / "corpus-manifest.csv"
TARGET = ROOT / "examples" / "screenshots" / "comparison.png"
SIZE = (1280, 2900)


def main() -> None:
    manifest = Path(sys.argv[1]) if len(sys.argv) > 1 else MANIFEST
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "vergelijking.html"
        summary = batch(manifest=manifest, db=Path(tmp) / "r.db", options=Options(lang="nl"), report=page)
        if summary.failures:
            sys.exit(f"{len(summary.failures)} documents could not be read: {summary.failures}")
        png = html_to_png(page.read_text(encoding="utf-8"), *SIZE)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    Image.open(io.BytesIO(png)).convert("RGB").save(TARGET, optimize=True)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
