"""A batch killed or terminated (issue 19, items 1 and 13): real processes, since this is about them.

A batch process killed alone (SIGKILL, the OOM killer: its process group is not killed with it) must
not leave its workers, forkserver and resource tracker behind; SIGTERM ends it as Ctrl-C does, with
exit status 143; either way the store holds only complete documents and a rerun does the rest. SIGTERM
during a write leaves no hidden temporary file.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

HIGH = "Bij stellen richten we ons eerst op de man, omdat hij de grootste kans op werk heeft."
CARE = "Moeders zorgen doorgaans zelf voor de kinderen en het huishouden."
CLEAN = "De bibliotheek is op zaterdag open voor alle inwoners."


def _group(pgid: int) -> list[str]:
    """The live processes (not zombies) of process group *pgid*: "pid state command"."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) ": state, ppid, pgrp, ...
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(f"{entry.name} {fields[0]} ppid={fields[1]} {cmdline[:120]}")
    return found


def _gone(pgid: int, seconds: float = 15.0) -> list[str]:
    """Wait until group *pgid* has no live process; what is still there after *seconds*."""
    deadline = time.monotonic() + seconds
    while (left := _group(pgid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def _committed(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as con:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _start_and_wait(cmd: list[str], db: Path, more_than: int) -> subprocess.Popen:
    """The batch as its own process group (so that nothing it leaves can be missed or leak), once it
    has committed more than *more_than* documents: its workers are busy."""
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and _committed(db) <= more_than:
        time.sleep(0.02)
    assert proc.poll() is None, f"the batch ended before it could be stopped: {proc.stderr.read().decode()}"
    return proc


def _consistent(db: Path) -> int:
    """Every stored document has exactly its own findings; the number of documents."""
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute(
            "SELECT d.report, (SELECT COUNT(*) FROM findings f WHERE f.sha256 = d.sha256) FROM documents d"
        ).fetchall()
    for report, findings in rows:
        assert report is not None and len(json.loads(report)["findings"]) == findings
    return len(rows)


def test_killed_or_terminated_batch_leaves_no_process_and_a_store_that_resumes(tmp_path):
    from genderscan import batch

    d = tmp_path / "stukken"
    d.mkdir()
    body = "\n\n".join([HIGH, CARE, CLEAN] * 8)
    n = 12
    for i in range(n):
        (d / f"nota-{i:02d}.txt").write_text(f"Nota nummer {i}.\n\n{body}\n", encoding="utf-8")
    db = tmp_path / "r.db"
    cmd = [sys.executable, "-m", "genderscan", "batch", str(d), "--db", str(db), "--jobs", "2", "-q"]
    proc = None
    try:
        proc = _start_and_wait(cmd, db, 0)
        os.kill(proc.pid, signal.SIGKILL)  # the batch process alone, as the OOM killer would
        proc.wait()
        assert _gone(proc.pid) == []  # its workers, forkserver and resource tracker ended with it
        first = _consistent(db)

        proc = _start_and_wait(cmd, db, first)  # a rerun resumes: what was committed is skipped
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 143, proc.stderr.read().decode()
        assert _gone(proc.pid) == []
        second = _consistent(db)
        assert first < second < n
    finally:
        if proc is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # whatever a failing run left
            except ProcessLookupError:
                pass
    s = batch([d], db=db, jobs=2)
    with sqlite3.connect(db) as con:
        stored_key = con.execute("SELECT DISTINCT lexicon_version FROM documents").fetchall()
    if stored_key == [(s.key,)]:  # (a lexicon edited while the test ran would make another analysis key)
        assert (s.skipped, s.analysed, s.failures) == (second, n - second, [])
        assert _consistent(db) == n
    else:
        assert (s.skipped, s.analysed, s.failures) == (0, n, [])


@pytest.mark.parametrize("ending, status", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_while_a_report_is_written_leaves_no_temporary_file(tmp_path, ending, status):
    """SIGTERM (or SIGHUP, the terminal closed) arrives between writing the report's temporary file and
    renaming it (sent by the process itself at that moment, so that the test does not depend on timing)."""
    (tmp_path / "nota.txt").write_text(f"{HIGH}\n", encoding="utf-8")
    code = (
        "import os, signal, sys\n"
        # a test run under nohup hands its children SIGHUP ignored, which genderscan rightly keeps ignored
        "signal.signal(signal.SIGHUP, signal.SIG_DFL)\n"
        "chmod = os.chmod\n"
        "def chmod_then_term(path, *args, **kwargs):\n"
        "    chmod(path, *args, **kwargs)\n"
        "    if str(path).endswith('.tmp'):\n"
        f"        os.kill(os.getpid(), {int(ending)})\n"
        "os.chmod = chmod_then_term\n"
        "sys.argv = ['genderscan', 'analyse', 'nota.txt', '-f', 'json', '-o', 'uit']\n"
        "from genderscan.cli import main\n"
        "main()\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert r.returncode == status, r.stderr
    assert list((tmp_path / "uit").iterdir()) == []  # neither the report nor a hidden .tmp
