"""Command-line start-up: `genderscan --help`, `check` on a missing file, and `check`
of a generated 10-page DOCX, each in a fresh process (median of --runs).

Targets (issue 6): --help under 0.5 s; check of a 10-page DOCX under 3 s
including start-up.

    .venv/bin/python benchmarks/cli.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "De gemeente ondersteunt inwoners met een uitkering bij het vinden van werk. Klantmanagers voeren "
    "met iedere inwoner een gesprek over wensen en mogelijkheden, en werkgevers bieden leerwerkplekken aan. "
)


def ten_page_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for page in range(10):
        document.add_heading(f"{page + 1}. Hoofdstuk {page + 1}", level=1)
        for _ in range(6):
            document.add_paragraph(PARAGRAPH * 3)
        document.add_page_break()
    document.save(path)
    return path


def timed(args: list[str], runs: int) -> float:
    exe = str(Path(sys.executable).with_name("genderscan"))
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([exe, *args], capture_output=True)
        walls.append(time.perf_counter() - t)
    return statistics.median(walls)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        doc = ten_page_docx(Path(tmp) / "tien-paginas.docx")
        figures = [
            ("genderscan --help", timed(["--help"], args.runs), 0.5),
            ("check <missing file>", timed(["check", str(Path(tmp) / "weg.docx")], args.runs), None),
            ("check <10-page DOCX>", timed(["check", str(doc)], args.runs), 3.0),
        ]
    for name, secs, target in figures:
        verdict = "" if target is None else f"  target < {target} s: {'met' if secs < target else 'NOT met'}"
        print(f"{name:<24} {secs:6.2f} s (median of {args.runs}){verdict}")


if __name__ == "__main__":
    main()
