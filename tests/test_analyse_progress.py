"""The progress of ``genderscan analyse``: pages, then passages; on a terminal only, never in redirected output."""

from __future__ import annotations

import io
import os
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
from builders import pdf_from_pages
from cli_runner import ENV, run
from rich.console import Console

from genderscan.cli import progress as progress_bar

SENTENCES = [
    "De man is de kostwinner van het gezin.",
    "Moeders zorgen voor de kinderen en het huishouden.",
    "De gemeente biedt inwoners een traject naar werk aan.",
]
NEUTRAL = [
    "De bibliotheek is op zaterdag open voor alle inwoners.",
    "De gemeente onderhoudt de wegen en de fietspaden in het centrum.",
    "Het college bespreekt de begroting in de raadsvergadering van juni.",
]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
REAL_TERMINAL = progress_bar.terminal


def _pdf(tmp_path: Path, pages: int = 6) -> Path:
    return pdf_from_pages(tmp_path / "nota.pdf", [[s, ""] * 2 for s in SENTENCES] * (pages // len(SENTENCES)))


def test_the_library_reports_pages_then_passages_and_the_report_is_the_same(analyzer, tmp_path):
    pdf = _pdf(tmp_path)
    calls: list[tuple[str, int, int]] = []
    with_progress = analyzer.analyse(pdf, progress=lambda *call: calls.append(call))
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages == ["pages", "passages"]
    pages = [(done, total) for stage, done, total in calls if stage == "pages"]
    assert pages == [(n, 6) for n in range(7)]
    passages = [(done, total) for stage, done, total in calls if stage == "passages"]
    count = with_progress.document["passages"]
    assert count > 6 and passages == [(n, count) for n in range(count + 1)]
    without = analyzer.analyse(pdf)
    assert with_progress.to_dict() == without.to_dict()
    calls.clear()
    txt = tmp_path / "nota.txt"
    txt.write_text("\n\n".join(SENTENCES), encoding="utf-8")
    analyzer.analyse(txt, progress=lambda *call: calls.append(call))
    assert [c for c in calls if c[0] == "passages"][-1] == ("passages", 3, 3) and {c[0] for c in calls} == {"passages"}


def test_the_bar_draws_each_stage_and_is_erased_after():
    out = io.StringIO()
    term = Console(file=out, force_terminal=True, width=100, color_system=None)
    bar = progress_bar.DocumentBar(term, "nota {concept} [x].pdf", show_after=0)
    for n in range(4):
        bar("pages", n, 3)
    for n in range(11):
        bar("passages", n, 10)
    assert bar.shown
    bar.close()
    drawn = ANSI.sub("", out.getvalue())
    assert "reading pages" in drawn and "analysing passages" in drawn and "10/10" in drawn
    assert "nota {concept} [x].pdf" in drawn  # braces and brackets of a name are text, not format or markup
    assert out.getvalue().endswith("\x1b[2K")  # transient: the last line is erased
    with progress_bar.document_bar(term, "nota.pdf") as progress:
        assert isinstance(progress, progress_bar.DocumentBar)
    with progress_bar.document_bar(None, "nota.pdf") as progress:
        assert progress is None  # no terminal: no callback at all


def test_a_short_document_shows_no_bar():
    out = io.StringIO()
    term = Console(file=out, force_terminal=True, width=100)
    bar = progress_bar.DocumentBar(term, "kort.txt", show_after=60)
    for n in range(4):
        bar("passages", n, 3)
    bar.close()
    assert not bar.shown and out.getvalue() == ""


@pytest.fixture
def forced_terminal(monkeypatch):
    """stderr as a terminal for the bar (a rich Console that says it is one), shown at once."""
    out = io.StringIO()
    monkeypatch.setattr(progress_bar, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(
        progress_bar, "terminal", lambda: Console(file=out, force_terminal=True, width=120, color_system=None)
    )
    return out


def test_analyse_on_a_terminal_shows_the_bar_and_writes_the_same(tmp_path, forced_terminal, monkeypatch):
    pdf = _pdf(tmp_path)
    shown = run("analyse", pdf, "-o", tmp_path / "a", "-f", "json")
    assert shown.returncode == 0, shown.stderr
    drawn = ANSI.sub("", forced_terminal.getvalue())
    assert "reading pages" in drawn and "6/6" in drawn and "analysing passages" in drawn and "nota.pdf" in drawn
    forced_terminal.seek(0)
    forced_terminal.truncate(0)
    for quiet in (["-q"], ["-o", "-"]):  # no summary, or the report itself on stdout: no bar either
        r = run("analyse", pdf, "-f", "json", *quiet, cwd=tmp_path)
        assert r.returncode == 0 and forced_terminal.getvalue() == "", quiet
    (tmp_path / "b").mkdir()
    monkeypatch.setattr(progress_bar, "terminal", REAL_TERMINAL)
    plain = run("analyse", pdf, "-o", tmp_path / "b", "-f", "json")  # the test's own stderr: not a terminal
    assert plain.returncode == 0 and forced_terminal.getvalue() == ""
    assert shown.stdout.replace(str(tmp_path / "a"), "OUT") == plain.stdout.replace(str(tmp_path / "b"), "OUT")
    assert shown.stderr == plain.stderr == ""
    assert (tmp_path / "a" / "nota.pdf.json").read_bytes() == (tmp_path / "b" / "nota.pdf.json").read_bytes()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_real_process_draws_the_bar_on_a_terminal_and_nothing_when_redirected(tmp_path):
    """A document long enough (six thousand passages, without findings) to pass SHOW_AFTER (0.5 s) on a
    quiet machine: its analysis takes about 1.3 s. (Twelve thousand took 7 s a run, the longest test of make
    test; three thousand came within 0.1 s of SHOW_AFTER on a quiet machine in the thirty-ninth session and
    the bar stayed away once. Should the analysis get three times faster, the bar stays away and this test
    says so.)"""
    long = tmp_path / "lang.txt"
    long.write_text("\n\n".join(f"{NEUTRAL[i % 3]} Alinea {i}." for i in range(6_000)), encoding="utf-8")
    cmd = [sys.executable, "-m", "genderscan", "analyse", str(long), "-o", str(tmp_path), "-f", "json"]
    env = {**os.environ, **ENV, "COLUMNS": "120"}
    redirected = subprocess.run(cmd, capture_output=True, env=env, timeout=300)
    assert redirected.returncode == 0 and redirected.stderr == b"", redirected.stderr
    main, child = os.openpty()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=child, env=env) as proc:
        os.close(child)
        seen = b""
        while True:
            ready, _, _ = select.select([main], [], [], 300)
            if not ready:
                break
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the process closed its end
                break
            if not chunk:
                break
            seen += chunk
        stdout = proc.stdout.read() if proc.stdout else b""
        assert proc.wait(timeout=300) == 0
    os.close(main)
    drawn = ANSI.sub("", seen.decode("utf-8", "replace"))
    assert "analysing passages" in drawn and "6000/6000" in drawn and "lang.txt" in drawn
    assert stdout == redirected.stdout  # the summary on stdout is the same, byte for byte
