"""Ingest and pipeline speed: pages per second of each PDF engine and of the whole
``analyse`` pipeline, the ratio of the pipeline's time to bare pypdfium2 text
extraction of the same file in the same run, and peak RSS.

    .venv/bin/python benchmarks/ingest.py [--pages 200] [--big 500]

Files: a generated two-column PDF of --pages pages (typical policy text with
running headers and page numbers), the example nota, any PDFs named on the
command line, and a generated --big-page PDF for peak memory. "analyse,
first document" is one document right after start-up; "in a batch" is the
same after the other files of the run were analysed (spaCy's vocabulary, the
lemma and regex caches filled with their words), which is what a batch of
many documents sees: a document's first analysis spends up to half of its
time on words the process has not seen before. Each measurement runs in a fresh process so
peak RSS belongs to that step alone, --repeat times (pdfplumber once); the median run is
printed, because a 50-page file takes a third of a second and one run varies by 10%.
Targets (issue 5): pipeline >= 100 pages/s (at most 4x bare extraction), peak RSS < 600 MB on the 500-page PDF.
Needs fpdf2 (the ``test`` extra).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PARAGRAPHS = [
    "De gemeente ondersteunt inwoners met een bijstandsuitkering bij het vinden van betaald werk. "
    "Klantmanagers voeren met iedere inwoner een gesprek over wensen, mogelijkheden en belemmeringen.",
    "Voor ouders met jonge kinderen regelt de gemeente kinderopvang tijdens het traject. Werkgevers in de "
    "regio bieden leerwerkplekken aan in de zorg, de techniek, de detailhandel en de logistiek.",
    "Het uitgangspunt is dat de kostwinner van het gezin als eerste wordt bemiddeld naar een voltijdbaan. "
    "Moeders krijgen een kleine baan onder schooltijd aangeboden.",
    "In 2025 investeert de gemeente twee miljoen euro in re-integratie, armoedebestrijding en schuldhulp. "
    "De resultaten worden jaarlijks aan de raad gerapporteerd.",
]


def build_pdf(path: Path, pages: int) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(20, 12, "Gemeente Voorbeeld - Programmabegroting 2025")
        pdf.text(100, 287, f"Pagina {n} van {pages}")
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(20, 25, f"{n}. Programma {n}")
        pdf.set_font("Helvetica", "", 10)
        for col, x in enumerate((20, 110)):
            y = 35.0
            for k in range(6):
                for line in textwrap.wrap(PARAGRAPHS[(n + col + k) % len(PARAGRAPHS)], 45):
                    pdf.text(x, y, line)
                    y += 4.6
                y += 4.6
    pdf.output(str(path))
    return path


STEP = r"""
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
# every step is timed after its imports: bare extraction is the text read alone,
# as the pipeline's time is the analysis alone, after the one-time load
if kind == "bare":
    import pypdfium2 as pdfium
    t0 = time.perf_counter()
    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    for i in range(n):
        page = pdf[i]; tp = page.get_textpage(); tp.get_text_range(); tp.close(); page.close()
elif kind in ("pdfium", "pdfplumber"):
    import pdfplumber, pypdfium2
    from genderscan.ingest import read_document
    t0 = time.perf_counter()
    n = read_document(path, pdf_engine=kind).pages
else:
    from genderscan import Analyzer
    analyzer = Analyzer()
    if kind == "warm":  # as in a batch: the other documents analysed first (spaCy vocabulary and caches filled)
        for other in sys.argv[3:]:
            analyzer.analyse(other)
    t0 = time.perf_counter()  # the pipeline per document, after the one-time load
    n = analyzer.analyse(path).document["pages"]
secs = time.perf_counter() - t0
print(json.dumps({"pages": n, "seconds": secs, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


WARMUP = ROOT / "examples" / "hoogwater_participatienota.pdf"


def step(kind: str, path: Path, others: list[Path] = (), repeat: int = 1) -> dict:
    """One measurement, each in a fresh process; with *repeat*, the run of median time."""
    warm = [str(p) for p in others if p != path] or [str(WARMUP)]
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", STEP, kind, str(path), *warm], check=True, capture_output=True, text=True
        )
        runs.append(json.loads(out.stdout))
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--big", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3, help="Runs per measurement; the median is printed (default 3).")
    ap.add_argument("pdfs", nargs="*", type=Path, help="More PDFs to measure (e.g. ../shared/corpus/*.pdf).")
    args = ap.parse_args()
    labels = {
        "pdfium": "ingest, pdfium",
        "pdfplumber": "ingest, pdfplumber",
        "analyse": "analyse, first document",
        "warm": "analyse, in a batch",
    }
    with tempfile.TemporaryDirectory() as tmp:
        files = [build_pdf(Path(tmp) / f"twee-kolommen-{args.pages}.pdf", args.pages), WARMUP, *args.pdfs]
        for f in files:
            bare = step("bare", f, repeat=args.repeat)
            print(f"{f.name} ({bare['pages']} pages)")
            print(f"  bare pypdfium2 text      {bare['pages'] / bare['seconds']:8.1f} pages/s")
            for kind in ("pdfium", "pdfplumber", "analyse", "warm"):
                r = step(kind, f, files, repeat=args.repeat if kind != "pdfplumber" else 1)
                ratio = f"  {r['seconds'] / bare['seconds']:6.1f}x bare" if kind != "pdfplumber" else "           "
                print(
                    f"  {labels[kind]:<25}{r['pages'] / r['seconds']:8.1f} pages/s{ratio}  peak {r['peak_mb']:.0f} MB"
                )
        big = build_pdf(Path(tmp) / f"groot-{args.big}.pdf", args.big)
        r = step("analyse", big)
        print(
            f"{big.name}: whole analyse {r['pages'] / r['seconds']:.1f} pages/s, peak RSS {r['peak_mb']:.0f} MB "
            f"(target < 600 MB: {'met' if r['peak_mb'] < 600 else 'NOT met'})"
        )


if __name__ == "__main__":
    main()
