"""Peak memory of ``genderscan analyse`` as the text grows: a plain-text file of 1, 5 and
20 MB and a 500-page PDF, each analysed in a fresh process, and where the memory goes.

    .venv/bin/python benchmarks/memory.py [--mb 1 5 20] [--pages 500] [--phases 1] [--trace 1] [--compare DIR]

Inputs are built here from real text: the TXT concatenates the plain-text files of
``../shared/corpus`` (and the evaluation documents) under varied headings ("# Deel 7:
Coalitieakkoord …") until it reaches the size; the PDF repeats the pages of the corpus
PDFs (the budget, the coalition agreement, BZK's regulation, the B&W list) with
pypdfium2 until it has --pages pages. Peak RSS is the child's own ``ru_maxrss``
(``os.wait4``), so no run inherits another's peak.

``--phases N``: an N-MB text analysed step by step in a fresh process, with the RSS
after each step (ingest, parse, analysers, report); ``--trace N`` adds tracemalloc's
largest allocation sites at the peak (slow: use 1 MB). Figures are printed, not
asserted. Target (issue 19, item 2): peak RSS under 600 MB for the 20 MB TXT and
the 500-page PDF.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARGET_MB = 600


def corpus_texts() -> list[tuple[str, str]]:
    """(title, text) of the real plain-text documents at hand, their comment header left out."""
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "eval" / "documents").glob("*.txt"))
    out = []
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines()
        body = "\n".join(line for line in lines if not line.startswith("# "))
        out.append((f.stem.split("_", 1)[-1].replace("_", " "), body))
    return out


def build_txt(path: Path, mb: float) -> Path:
    """A text of *mb* MB: the corpus texts over and over, each under a heading of its own."""
    texts = corpus_texts()
    size, n, parts = int(mb * 1024 * 1024), 0, []
    written = 0
    while written < size:
        title, body = texts[n % len(texts)]
        part = f"# Deel {n + 1}: {title}\n\n## {n + 1}.1 Inleiding\n\n{body}\n\n"
        parts.append(part)
        written += len(part.encode("utf-8"))
        n += 1
    path.write_text("".join(parts), encoding="utf-8")
    return path


def build_pdf(path: Path, pages: int) -> Path:
    """A PDF of *pages* pages: the corpus PDFs' pages repeated, in order."""
    import pypdfium2 as pdfium

    sources = [pdfium.PdfDocument(f) for f in sorted((SHARED / "corpus").glob("*.pdf"))]
    out = pdfium.PdfDocument.new()
    k = 0
    while len(out) < pages:
        src = sources[k % len(sources)]
        take = min(len(src), pages - len(out))
        out.import_pages(src, list(range(take)))
        k += 1
    out.save(str(path))
    for src in sources:
        src.close()
    out.close()
    return path


def peak_of(args: list[str], source: Path | None = None) -> tuple[float, float]:
    """Peak RSS (MB) and CPU time (user + system, s) of a command in a fresh process; with *source*,
    genderscan is imported from that source tree instead (another version, to compare)."""
    env = dict(os.environ, PYTHONPATH=str(source)) if source else None
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited with {proc.returncode}: {err[-2000:]}")
    return usage.ru_maxrss / 1024, cpu


PHASES = r"""
import json, sys, time, tracemalloc

def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

path, trace = sys.argv[1], sys.argv[2] == "1"
from genderscan import Analyzer
from genderscan.analysis import analyse_document
from genderscan.ingest import read_document
analyzer = Analyzer()
analyzer.analyse_text("De gemeente helpt inwoners. Hij zegt dat zijn werk goed is.")  # load everything once
print("start-up (pipeline, lexicon, syntax model)  RSS %6.0f MB  peak %6.0f MB" % rss())
if trace:
    tracemalloc.start(8)
document = read_document(path)
print("ingest (%d passages)" % len(document.passages) + " " * 18 + "RSS %6.0f MB  peak %6.0f MB" % rss())
report = analyse_document(document, analyzer.nlp, analyzer.compiled, pipeline=analyzer.pipeline,
                          syntax=analyzer.syntax)
print("analyse_document (%d findings)" % len(report.findings) + " " * 10 + "RSS %6.0f MB  peak %6.0f MB" % rss())
data = json.dumps(report.to_dict())
print("report to JSON (%d KB)" % (len(data) // 1024) + " " * 16 + "RSS %6.0f MB  peak %6.0f MB" % rss())
if trace:
    snap = tracemalloc.take_snapshot()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    print("tracemalloc peak %.0f MB; held now, by place:" % peak)
    for stat in snap.statistics("lineno")[:12]:
        print("  %8.1f MB  %s" % (stat.size / 2**20, stat.traceback[0]))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="*", default=[1, 5, 20], help="Sizes of the TXT in MB.")
    ap.add_argument("--pages", type=int, default=500, help="Pages of the PDF (0: none).")
    ap.add_argument("--phases", type=float, default=0, help="MB of text to follow step by step (0: none).")
    ap.add_argument("--trace", type=float, default=0, help="MB of text to trace with tracemalloc (0: none).")
    ap.add_argument(
        "--compare",
        type=Path,
        help="Source tree of another version (e.g. `git archive <commit> | tar -x -C DIR`): each input is "
        "analysed by it too, right before this version, and both are printed.",
    )
    args = ap.parse_args()
    exe = str(Path(sys.executable).with_name("genderscan"))
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [build_txt(Path(tmp) / f"tekst-{mb:g}mb.txt", mb) for mb in args.mb]
        if args.pages:
            inputs.append(build_pdf(Path(tmp) / f"pdf-{args.pages}-paginas.pdf", args.pages))
        print("genderscan analyse -f json, fresh process each:")
        for path in inputs:
            command = [exe, "analyse", str(path), "-f", "json", "-o", str(Path(tmp) / "out")]
            size = path.stat().st_size / 2**20
            if args.compare:
                peak, cpu = peak_of(command, args.compare)
                print(f"  {path.name:<24} {size:6.1f} MB  peak RSS {peak:6.0f} MB  CPU {cpu:6.1f} s  ({args.compare})")
            peak, cpu = peak_of(command)
            verdict = "" if path.suffix == ".txt" and size < 19 else f"  (target < {TARGET_MB} MB: "
            verdict += ("met)" if peak < TARGET_MB else "NOT met)") if verdict else ""
            print(f"  {path.name:<24} {size:6.1f} MB  peak RSS {peak:6.0f} MB  CPU {cpu:6.1f} s{verdict}")
        for mb, trace in ((args.phases, False), (args.trace, True)):
            if mb:
                text = build_txt(Path(tmp) / f"fasen-{mb:g}mb.txt", mb)
                print(f"{text.name}, step by step{' with tracemalloc' if trace else ''}:")
                sys.stdout.flush()
                subprocess.run([sys.executable, "-c", PHASES, str(text), "1" if trace else "0"], check=True)


if __name__ == "__main__":
    main()
