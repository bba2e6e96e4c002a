"""Batch throughput and worker memory: 1 vs 2 local workers, 100 vs 400 documents.

    .venv/bin/python benchmarks/batch.py [--docs 200] [--pages 4]

Builds a corpus of generated policy PDFs (each a few pages of typical text,
a stereotyped sentence on some pages), then runs ``genderscan.batch`` into a
fresh SQLite store with 1 and with 2 worker processes (same corpus, same
run of this script) and prints documents and pages per second and their
ratio; then the peak RSS per worker for 100 and for 400 documents, which
must stay flat as the corpus grows. Targets (issue 7): 2 workers >= 1.7x the
throughput of 1; memory per worker flat. Needs fpdf2 (the ``test`` extra).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "De gemeente ondersteunt inwoners met een uitkering bij het vinden van betaald werk.",
    "Klantmanagers voeren met iedere inwoner een gesprek over wensen en mogelijkheden.",
    "Werkgevers in de regio bieden leerwerkplekken aan in de zorg, de techniek en de logistiek.",
    "Het uitgangspunt is dat de kostwinner van het gezin als eerste wordt bemiddeld.",
    "Moeders krijgen een kleine baan onder schooltijd aangeboden.",
    "De resultaten worden jaarlijks aan de gemeenteraad gerapporteerd.",
    "Voor statushouders is er een taaltraject met een werkstage.",
]


def build_corpus(folder: Path, docs: int, pages: int) -> list[Path]:
    from fpdf import FPDF

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for d in range(docs):
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(False)
        for n in range(pages):
            pdf.add_page()
            pdf.set_font("Helvetica", "", 10)
            y = 25.0
            pdf.text(20, 15, f"Gemeente {d} - nota participatie - pagina {n + 1}")
            for k in range(14):
                text = f"{SENTENCES[(d + n + k) % len(SENTENCES)]} Dit geldt voor wijk {d}-{k}."
                for line in textwrap.wrap(text, 90):
                    pdf.text(20, y, line)
                    y += 5
                y += 4
        path = folder / f"gemeente-{d:04d}.pdf"
        pdf.output(str(path))
        out.append(path)
    return out


def run(paths: list[Path], jobs: int, db: Path):
    from genderscan import batch

    return batch([str(p) for p in paths], db=db, jobs=jobs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--pages", type=int, default=12, help="Pages per document (participation notes run 10-40 pages).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = build_corpus(tmp_path / "corpus", max(args.docs, 400), args.pages)
        print(f"corpus: {len(corpus)} generated PDFs of {args.pages} pages")
        rates, steady = {}, {}
        for jobs in (1, 2):
            s = run(corpus[: args.docs], jobs, tmp_path / f"jobs{jobs}.db")
            rates[jobs] = s.analysed / s.seconds
            steady[jobs] = s.analysed / (s.seconds - s.worker_startup_seconds)
            print(
                f"{args.docs} documents, {jobs} worker(s): {s.seconds:6.1f} s, {rates[jobs]:6.1f} documents/s, "
                f"{s.pages_per_second:7.1f} pages/s, worker start-up {s.worker_startup_seconds:.1f} s, "
                f"peak RSS per worker {s.max_worker_rss_mb:.0f} MB"
            )
        ratio = rates[2] / rates[1]
        print(
            f"2 workers / 1 worker throughput: {ratio:.2f}x (target >= 1.7x: {'met' if ratio >= 1.7 else 'NOT met'}); "
            f"without the one-time worker start-up: {steady[2] / steady[1]:.2f}x"
        )
        memory = {}
        for docs in (100, 400):
            s = run(corpus[:docs], 2, tmp_path / f"docs{docs}.db")
            memory[docs] = s.max_worker_rss_mb
            print(
                f"{docs} documents, 2 workers: peak RSS per worker {s.max_worker_rss_mb:.0f} MB "
                f"({s.pages_per_second:.1f} pages/s)"
            )
        growth = memory[400] / memory[100]
        print(f"worker memory 400 vs 100 documents: {growth:.2f}x (flat means close to 1.0)")


if __name__ == "__main__":
    main()
