"""Batch: 1 against 2 local workers on 20 documents, measured in one run; memory per worker.

    .venv/bin/python benchmarks/batch.py [--docs 20] [--pages 12] [--runs 3] [--memory]

Builds --docs generated policy PDFs (a few pages of typical text, a
stereotyped sentence on some pages). Each batch runs in a fresh Python
process, as ``genderscan batch`` does, into a fresh SQLite store; one and
two workers take turns, --runs times, and the script prints the medians
and their ratios (the speed-up of two workers over one):

- the whole run: the process from start to end (imports, checks, the
  workers' start-up, analysis, storing);
- the batch: ``BatchSummary.seconds``, from the call of ``batch()`` on;
- after start-up: the batch without the one-time build of the pipeline and
  lexicon, which two workers share (``worker_startup_seconds``);
- CPU seconds of the start-up, of the documents (all workers) and of the
  client process, and from them the speed-up on two free cores.

Two workers need two free cores: the load average is printed with the
figures, and on a busy machine the speed-up says more about the machine.
Target (issue 16): 2 workers >= 1.7x 1 worker on 20 documents.

--memory: the peak RSS per worker for 100 and for 400 documents (2
workers), which must stay flat as the corpus grows (issue 7).

Needs fpdf2 (the ``test`` extra). Runs the genderscan of this checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.7

SENTENCES = [
    "De gemeente ondersteunt inwoners met een uitkering bij het vinden van betaald werk.",
    "Klantmanagers voeren met iedere inwoner een gesprek over wensen en mogelijkheden.",
    "Werkgevers in de regio bieden leerwerkplekken aan in de zorg, de techniek en de logistiek.",
    "Het uitgangspunt is dat de kostwinner van het gezin als eerste wordt bemiddeld.",
    "Moeders krijgen een kleine baan onder schooltijd aangeboden.",
    "De resultaten worden jaarlijks aan de gemeenteraad gerapporteerd.",
    "Voor statushouders is er een taaltraject met een werkstage.",
]

# One batch in a fresh process; timed from the start of the process.
RUN = r"""
import time
t0 = time.perf_counter()
import json, sys


def main():
    from genderscan import batch

    s = batch(sys.argv[3:], db=sys.argv[1], jobs=int(sys.argv[2]))
    print(json.dumps({"total": time.perf_counter() - t0, "seconds": s.seconds, "startup": s.worker_startup_seconds,
                      "startup_cpu": getattr(s, "worker_startup_cpu_seconds", 0.0),  # older summaries lack them
                      "docs_cpu": getattr(s, "worker_cpu_seconds", 0.0),
                      "client_cpu": time.process_time(), "analysed": s.analysed, "pages": s.pages,
                      "rss": s.max_worker_rss_mb, "failed": len(s.failures)}))


if __name__ == "__main__":
    main()
"""


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


def run(paths: list[Path], jobs: int, db: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run(
        [sys.executable, "-c", RUN, str(db), str(jobs), *map(str, paths)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result["failed"]:
        raise SystemExit(f"{result['failed']} documents failed: {out.stderr[-2000:]}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--pages", type=int, default=12, help="Pages per document (participation notes run 10-40 pages).")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--memory", action="store_true", help="Also the worker memory for 100 and 400 documents.")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = build_corpus(tmp_path / "corpus", max(args.docs, 400 if args.memory else 0), args.pages)
        docs = corpus[: args.docs]
        results: dict[int, list[dict]] = {1: [], 2: []}
        loads = [os.getloadavg()[0]]
        for r in range(args.runs):
            for jobs in (1, 2) if r % 2 == 0 else (2, 1):
                results[jobs].append(run(docs, jobs, tmp_path / f"run{r}-jobs{jobs}.db"))
                loads.append(os.getloadavg()[0])
        print(
            f"{args.docs} generated PDFs of {args.pages} pages, each batch a fresh process, median of {args.runs} runs "
            f"(load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores)"
        )
        med: dict[int, dict[str, float]] = {}
        for jobs, rs in results.items():
            keys = ("total", "seconds", "startup", "rss", "startup_cpu", "docs_cpu", "client_cpu")
            m = {k: statistics.median(r[k] for r in rs) for k in keys}
            m["steady"] = statistics.median(r["seconds"] - r["startup"] for r in rs)
            med[jobs] = m
            print(
                f"  {jobs} worker{'s' if jobs > 1 else ' '}: whole run {m['total']:5.2f} s, "
                f"batch {m['seconds']:5.2f} s "
                f"({args.docs / m['seconds']:4.1f} documents/s), of which worker start-up {m['startup']:4.2f} s; "
                f"peak RSS per worker {m['rss']:.0f} MB"
            )
            print(
                f"             CPU: start-up {m['startup_cpu']:.2f} s (once), documents {m['docs_cpu']:.2f} s "
                f"(all workers), this process {m['client_cpu']:.2f} s"
            )
        whole, inner, steady = (med[1][k] / med[2][k] for k in ("total", "seconds", "steady"))
        print(
            f"2 workers / 1 worker: whole run {whole:.2f}x, batch {inner:.2f}x "
            f"(target >= {TARGET}x: {'met' if inner >= TARGET else 'NOT met'}), after start-up {steady:.2f}x"
        )
        start_up, one, two = med[1]["startup_cpu"], med[1]["docs_cpu"], med[2]["docs_cpu"]
        if one and two:
            print(
                f"on two free cores, from the CPU times: (start-up + documents) / (start-up + documents / 2) = "
                f"{(start_up + one) / (start_up + two / 2):.2f}x; the documents alone {2 * one / two:.2f}x"
            )
        if args.memory:
            memory = {}
            for n in (100, 400):
                r = run(corpus[:n], 2, tmp_path / f"docs{n}.db")
                memory[n] = r["rss"]
                print(
                    f"{n} documents, 2 workers: peak RSS per worker {r['rss']:.0f} MB "
                    f"({r['pages'] / r['seconds']:.1f} pages/s)"
                )
            print(f"worker memory 400 vs 100 documents: {memory[400] / memory[100]:.2f}x (flat means close to 1.0)")


if __name__ == "__main__":
    main()
