"""make demo (for developers) ends by saying which report to open and how to run genderscan from the venv."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_says_which_report_to_open_and_how_to_run_genderscan(tmp_path):
    venv = Path(sys.prefix)  # the environment running the tests; -o: make does not reinstall into it
    nota = tmp_path / "nota.txt"
    nota.write_text("De man is de kostwinner; de vrouw zorgt voor de kinderen.\n", encoding="utf-8")
    r = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "-o", f"{venv}/.installed-run", "demo"]
        + [f"VENV={venv}", f"DEMO_INPUTS={nota}", f"DEMO_OUT={tmp_path / 'out'}"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    last = r.stdout.strip().splitlines()[-3:]
    opened = re.fullmatch(r"Open (\S+) in your browser \(file://(\S+)\)\.", last[0])
    assert opened, last
    assert opened.group(1) == f"{tmp_path}/out/nota.txt.html" and Path(opened.group(2)).read_text().startswith(
        "<!DOCTYPE html>"
    )
    assert f"run {venv}/bin/genderscan analyse nota.pdf" in last[1] and f"{venv}/bin/genderscan serve" in last[2]
    assert f"'source {venv}/bin/activate'" in last[2]
