"""Start-up: what a run costs before and around its work, in CPU seconds and as ratios.

Every command runs in a fresh process, --runs times (default 5), the
commands taking turns so that a busy machine slows them alike; the script
prints the median CPU time (user + system, of the process and its children)
of each, and ratios of medians measured in this one run:

- ``genderscan analyse`` of a one-sentence TXT (the HTML report and the
  summary, as a user runs it; the sentence has a "zijn", so the trained
  Dutch pipeline loads too), against ``python -c "import spacy"``;
- ``genderscan analyse`` of a one-page PDF (JSON);
- the whole ``genderscan analyse`` run on the 137-page Wassenaar budget
  (``../shared/corpus``, when present) against bare pypdfium2 text
  extraction of the same file, a process too (and against its page loop
  alone, after the import, as benchmarks/ingest.py times it);
- the first, cold run of the one-sentence analyse, before Python has written
  genderscan's bytecode and before the lexicon cache holds an entry (timed
  apart; every other run is a user's next run);
- the phases of one run (imports, lexicon, pipeline, compiled lexicon, first
  analysis, and the compiled lexicon of a second analyzer in the same process,
  which comes from memory), each in CPU seconds.

Targets (issue 16): the one-sentence analyse at most 1.5 s of CPU, the whole
run on the budget at most 5x bare extraction. Wall times are printed too;
on a shared machine they say less than CPU time.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--budget PATH]

Needs fpdf2 (the ``test`` extra) to build the one-page PDF. Runs the
genderscan of this checkout (PYTHONPATH), whatever is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_CPU_S = 1.5
TARGET_BUDGET_RATIO = 5.0
BUDGET = ROOT.parent / "shared" / "corpus" / "02_Wassenaar_Programmabegroting_2025.pdf"
SENTENCE = "De werkzoekende houdt zijn sollicitaties bij in een werkmap.\n"

PAGE = [
    "Participatienota gemeente Voorbeeld",
    "",
    "Wij helpen inwoners met een uitkering naar werk. Het uitgangspunt is dat de kostwinner",
    "van het gezin als eerste wordt bemiddeld. Moeders zorgen voor de kinderen en krijgen",
    "daarom een kleine baan onder schooltijd aangeboden. De werkzoekende houdt zijn",
    "sollicitaties bij in een werkmap.",
    "",
    "Vrouwen worden toegeleid naar de zorg en de schoonmaak, mannen naar de bouw.",
    "Wij maken geen onderscheid tussen mannen en vrouwen.",
]

BARE = r"""
import json, sys, time
import pypdfium2 as pdfium
t0 = time.process_time()
pdf = pdfium.PdfDocument(sys.argv[1])
n = len(pdf)
for i in range(n):
    page = pdf[i]; tp = page.get_textpage(); tp.get_text_range(); tp.close(); page.close()
print(json.dumps({"pages": n, "cpu": time.process_time() - t0}))
"""

PHASES = r"""
import json, sys, time
T = time.process_time
t0 = T()
import genderscan
from genderscan.lexicon import load_lexicon
from genderscan.nlp import get_pipeline
from genderscan.analysis.matching import CompiledLexicon
from genderscan.analysis import analyse_document
from genderscan.ingest import read_document
from genderscan.syntax import pipeline_info, syntax_model
t1 = T()
lexicon = load_lexicon()
t2 = T()
nlp = get_pipeline()
t3 = T()
compiled = CompiledLexicon.cached(lexicon, nlp)  # as the Analyzer does: from the per-user cache
t4 = T()
syntax = syntax_model(None)
report = analyse_document(read_document(sys.argv[1]), nlp, compiled, pipeline=pipeline_info(syntax, nlp.pipe_names),
                          syntax=syntax)
t5 = T()
again = CompiledLexicon.cached(lexicon, nlp)  # a second analyzer in the same process: from memory
t6 = T()
print(json.dumps({"imports": t1 - t0, "load lexicon": t2 - t1, "build pipeline": t3 - t2,
                  "compile lexicon": t4 - t3, "first analysis": t5 - t4, "compile again": t6 - t5,
                  "findings": len(report.findings), "rules": len(lexicon.rules)}))
"""


def one_page_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    y = 30.0
    for line in PAGE:
        if line:
            pdf.text(20, y, line)
        y += 6
    pdf.output(str(path))
    return path


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, str]:
    """CPU seconds (the process and its children) and wall seconds of *cmd*, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, out.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--budget", type=Path, default=BUDGET, help="The 137-page budget PDF (skipped when missing).")
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        # As on a user's machine: Python writes bytecode (an installed wheel has it; this machine's
        # PYTHONDONTWRITEBYTECODE would make every run compile genderscan's source again), here under tmp,
        # and the lexicon cache is the run's own. The first, cold run is timed apart.
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "NO_COLOR": "1",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
            "GENDERSCAN_CACHE_DIR": str(tmp / "cache"),
        }
        sentence = tmp / "zin.txt"
        sentence.write_text(SENTENCE, encoding="utf-8")
        pdf = one_page_pdf(tmp / "een-pagina.pdf")
        gs = [py, "-m", "genderscan", "analyse"]
        commands: dict[str, list[str]] = {
            "python -c pass": [py, "-c", "pass"],
            'python -c "import spacy"': [py, "-c", "import spacy"],
            "analyse <one sentence>.txt": [*gs, str(sentence), "-o", str(tmp / "out")],
            "analyse <one page>.pdf -f json": [*gs, str(pdf), "-f", "json", "-o", str(tmp / "out"), "-q"],
        }
        budget = args.budget if args.budget.is_file() else None
        if budget is not None:
            commands["analyse <budget>.pdf -f json"] = [*gs, str(budget), "-f", "json", "-o", str(tmp / "out"), "-q"]
            commands["bare pypdfium2 <budget>.pdf"] = [py, "-c", BARE, str(budget)]
        (tmp / "out").mkdir()
        cold = run(commands["analyse <one sentence>.txt"], env, tmp)[:2]
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        wall: dict[str, list[float]] = {name: [] for name in commands}
        bare_cpu: list[float] = []
        loads = [os.getloadavg()[0]]
        for _ in range(args.runs):
            for name, cmd in commands.items():
                c, w, out = run(cmd, env, tmp)
                cpu[name].append(c)
                wall[name].append(w)
                if name.startswith("bare"):
                    bare_cpu.append(json.loads(out)["cpu"])
            loads.append(os.getloadavg()[0])
        phases = json.loads(run([py, "-c", PHASES, str(pdf)], env, tmp)[2])
    med = {name: statistics.median(v) for name, v in cpu.items()}
    print(f"fresh processes, median of {args.runs} runs each (load average {min(loads):.1f}-{max(loads):.1f})")
    print(f"  {'':34} {'CPU s':>7} {'wall s':>7}")
    for name in commands:
        print(f"  {name:34} {med[name]:7.2f} {statistics.median(wall[name]):7.2f}")
    print(f"  {'(first run: no bytecode, no cache)':34} {cold[0]:7.2f} {cold[1]:7.2f}")
    spacy_cpu = med['python -c "import spacy"']
    one = med["analyse <one sentence>.txt"]
    print(
        f"one-sentence analyse: {one:.2f} s CPU = {one / spacy_cpu:.2f}x import spacy "
        f"(target <= {TARGET_CPU_S} s: {'met' if one <= TARGET_CPU_S else 'NOT met'})"
    )
    if budget is not None:
        bare_process = med["bare pypdfium2 <budget>.pdf"]
        bare_loop = statistics.median(bare_cpu)
        whole = med["analyse <budget>.pdf -f json"]
        ratio = whole / bare_process
        print(
            f"budget: whole analyse run {whole:.2f} s CPU = {ratio:.1f}x the bare extraction process "
            f"({bare_process:.2f} s) (target <= {TARGET_BUDGET_RATIO:.0f}x: "
            f"{'met' if ratio <= TARGET_BUDGET_RATIO else 'NOT met'}); {whole / bare_loop:.1f}x its page loop alone "
            f"({bare_loop:.2f} s)"
        )
    print(f"phases of one run, CPU s ({phases.pop('rules')} rules, {phases.pop('findings')} findings, one-page PDF):")
    for name, secs in phases.items():
        print(f"  {name:<18} {secs:6.2f}")


if __name__ == "__main__":
    main()
