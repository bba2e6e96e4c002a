"""Cold start: lexicon load + first analysis of a one-page document.

Target (issue 3): under 3 s wall on the project machine. Each measurement
runs in a fresh Python process, so nothing is cached between runs; the
script prints the median of --runs runs and the phases of the last one.

    .venv/bin/python benchmarks/startup.py [--runs 5]

Needs fpdf2 (the ``test`` extra) to build the one-page PDF.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 3.0

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

PHASES = r"""
import json, sys, time
t0 = time.perf_counter()
import genderscan
from genderscan.lexicon import load_lexicon
from genderscan.nlp import get_pipeline
from genderscan.analysis.matching import CompiledLexicon
from genderscan.analysis import analyse_document
from genderscan.ingest import read_document
t1 = time.perf_counter()
lexicon = load_lexicon()
t2 = time.perf_counter()
nlp = get_pipeline()
t3 = time.perf_counter()
compiled = CompiledLexicon(lexicon, nlp)
t4 = time.perf_counter()
report = analyse_document(read_document(sys.argv[1]), nlp, compiled, pipeline="blank")
t5 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load lexicon": t2 - t1, "build pipeline": t3 - t2,
                  "compile matcher": t4 - t3, "first analysis": t5 - t4, "findings": len(report.findings),
                  "rules": len(lexicon.rules)}))
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = one_page_pdf(Path(tmp) / "een-pagina.pdf")
        cli = [
            str(Path(sys.executable).with_name("genderscan")),
            "analyse",
            str(pdf),
            "-f",
            "json",
            "-o",
            str(Path(tmp) / "r.json"),
            "-q",
        ]
        env = {**os.environ, "NO_COLOR": "1"}
        walls, phases = [], {}
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run(cli, check=True, env=env)
            walls.append(time.perf_counter() - t)
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", PHASES, str(pdf)], check=True, capture_output=True, text=True, env=env
            )
            phases = json.loads(out.stdout)
    median = statistics.median(walls)
    print(f"genderscan analyse <one-page pdf> (fresh process, {args.runs} runs)")
    print(f"  wall: median {median:.2f} s, min {min(walls):.2f} s, max {max(walls):.2f} s")
    print(f"  phases of one run ({phases.pop('rules')} rules, {phases.pop('findings')} findings):")
    for name, secs in phases.items():
        print(f"    {name:<16} {secs:6.2f} s")
    print(
        f"  target < {TARGET_S:.1f} s: {'met' if median < TARGET_S else 'NOT met'} "
        f"(median / target = {median / TARGET_S:.2f})"
    )


if __name__ == "__main__":
    main()
