"""Hostile paths and faults of the filesystem (issue 19): link loops, names with glob characters,
unreadable files, outputs over inputs, a full disk. Each case once through the library and where the
CLI adds something, once through the CLI (in-process; the unprivileged runs are real processes)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cli_runner import ENV, run
from conftest import folder_for_others

# Two claims: KW001 (kostwinner, medium) in the first paragraph, GM001 (generic 'zijn', low) in the second.
TEXT = "De man is de kostwinner van het gezin.\n\nDe klant levert zijn bankafschriften binnen twee weken in.\n"


@contextmanager
def _within(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the session) when the block runs longer than *seconds*."""

    def expired(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _checked(r) -> list[str]:
    return [d["path"] for d in json.loads(r.stdout)["documents"]]


def test_recursive_globs_visit_each_real_folder_and_file_once(tmp_path):
    from genderscan.batching.inputs import discover

    loop = tmp_path / "L"
    (loop / "sub").mkdir(parents=True)
    (loop / "a.txt").write_text(TEXT, encoding="utf-8")
    (loop / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (loop / "x").symlink_to(".")  # two links to the folder itself: 2^n names per level for a naive **
    (loop / "y").symlink_to(".")
    (loop / "sub" / "up").symlink_to("..")
    (loop / "ook.txt").symlink_to("a.txt")  # the same file under a second name
    with _within(20):
        r = run("check", "L/**/*.txt", "-f", "json", cwd=tmp_path)
        assert _checked(r) == ["L/a.txt", "L/sub/b.txt"], r.stderr
        assert discover([str(loop)]) == [loop / "a.txt", loop / "sub" / "b.txt"]
        assert discover([f"{tmp_path}/**/*.txt"]) == [loop / "a.txt", loop / "sub" / "b.txt"]


def test_an_existing_name_with_glob_characters_is_taken_literally(tmp_path):
    (tmp_path / "nota [concept].txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "nota c.txt").write_text(TEXT, encoding="utf-8")  # what the name matches as a pattern
    r = run("check", "nota [concept].txt", "-f", "json", cwd=tmp_path)
    assert _checked(r) == ["nota [concept].txt"], r.stderr
    r = run("check", "nota [ab].txt", cwd=tmp_path)  # no such file: still a pattern, which matches nothing
    assert r.returncode == 2 and "GS-E101" in r.stderr
    assert _checked(run("check", "nota [c].txt", "-f", "json", cwd=tmp_path)) == ["nota c.txt"]


NOBODY = 65534


@pytest.fixture()
def shared(tmp_path) -> Iterator[Path]:
    """A folder an unprivileged user may use: pytest's own is private to root when the tests run as root."""
    yield from folder_for_others(tmp_path, "genderscan-unreadable-", 0o777)


def _unprivileged(*args: str, cwd: Path):
    """``genderscan ARGS`` as a user for whom a chmod-000 file is unreadable.

    Root reads any file whatever its mode, so as root this is a real process under the unprivileged
    user ``nobody`` (setpriv drops root); otherwise it runs in this process."""
    if os.geteuid() != 0:
        return run(*args, cwd=cwd)
    if shutil.which("setpriv") is None:
        pytest.skip("the tests run as root, who can read a chmod-000 file, and setpriv (to drop root) is missing")
    drop = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = {**os.environ, **ENV, "HOME": str(cwd)}
    return subprocess.run(
        [*drop, sys.executable, "-m", "genderscan", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def _unreadable(path: Path, text: str = TEXT) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(0)
    return path


def test_an_unreadable_document_is_a_coded_error_and_the_others_go_on(shared):
    _unreadable(shared / "u.txt")
    (shared / "good.txt").write_text(TEXT, encoding="utf-8")
    r = _unprivileged("check", "u.txt", "good.txt", "-f", "json", cwd=shared)
    assert r.returncode == 2 and "error GS-E117: u.txt: cannot read (Permission denied)" in r.stderr, r.stderr
    documents = json.loads(r.stdout)["documents"]
    assert documents[0]["error"].startswith("GS-E117") and documents[1]["findings"]  # good.txt was checked
    out = shared / "uit"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    r = _unprivileged("analyse", "u.txt", "good.txt", "-f", "json", "-o", "uit", cwd=shared)
    assert r.returncode == 2 and "Usage" not in r.stderr, r.stderr
    assert r.stderr.startswith("error GS-E117: u.txt: cannot read") and (out / "good.txt.json").is_file()


def test_unreadable_baseline_manifest_and_evaluation_files_are_coded_errors(shared):
    (shared / "good.txt").write_text(TEXT, encoding="utf-8")
    _unreadable(shared / "baseline.json", '{"version": 1, "findings": []}')
    _unreadable(shared / "lijst.csv", "path\ngood.txt\n")
    _unreadable(shared / "gelabeld.jsonl", "{}\n")
    for args in (
        ("check", "good.txt", "--baseline", "baseline.json"),
        ("batch", "--manifest", "lijst.csv", "--db", "r.db", "-q"),
        ("evaluate", "gelabeld.jsonl"),
    ):
        r = _unprivileged(*args, cwd=shared)
        assert r.returncode == 2 and r.stderr.startswith("error GS-E117: "), (args, r.stderr)
        assert len(r.stderr.splitlines()) == 1, (args, r.stderr)


def test_no_path_parameter_is_checked_by_click():
    """Every file a command takes is read by the library, which gives a coded line for a file that
    cannot be read; click's own check would stop the command with a usage box (typer checks by default)."""
    import typer.main

    from genderscan.cli import app

    def params(group, prefix=""):
        for name, command in group.commands.items():
            if hasattr(command, "commands"):
                yield from params(command, f"{prefix}{name} ")
            else:
                yield from ((f"{prefix}{name} {p.name}", p.type_descriptor) for p in command.params)

    checked = [
        name
        for name, typed in params(typer.main.get_command(app))
        if "Path" in str(typed.annotation) and typed.parameter_info.readable
    ]
    assert checked == []


def _limited_store(monkeypatch, pages: int) -> None:
    """Every results store opened from now on may not grow past *pages* pages: SQLite then fails a write
    with SQLITE_FULL, "database or disk is full", the very error a full disk gives (a small filesystem
    of its own would need root)."""
    import sqlite3

    connect = sqlite3.connect

    def limited(*args, **kwargs):
        con = connect(*args, **kwargs)
        con.execute(f"PRAGMA max_page_count = {pages}")
        return con

    monkeypatch.setattr("genderscan.batching.store.sqlite3.connect", limited)


def _stored(db: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(
            con.execute("SELECT path, (SELECT COUNT(*) FROM findings f WHERE f.sha256 = d.sha256) FROM documents d")
        )


def test_a_full_disk_for_the_store_is_a_coded_error_and_keeps_what_was_stored(tmp_path, monkeypatch):
    import sqlite3

    from genderscan import batch

    docs = tmp_path / "stukken"
    docs.mkdir()
    for name in ("a", "b"):
        (docs / f"{name}.txt").write_text(f"Nota {name}.\n\n{TEXT}", encoding="utf-8")
    db = tmp_path / "r.db"
    assert batch([docs], db=db, jobs=1).failures == []
    before = _stored(db)
    for name in ("c", "d", "e"):
        (docs / f"{name}.txt").write_text(f"Nota {name}.\n\n{TEXT * 40}", encoding="utf-8")
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = con.execute("PRAGMA page_count").fetchone()[0]
    _limited_store(monkeypatch, pages)  # full: not one page more
    r = run("batch", str(docs), "--db", str(db), "-q", "-j", "1")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E404: "), r.stderr
    assert "database or disk is full" in r.stderr and len(r.stderr.splitlines()) == 1
    monkeypatch.undo()
    assert _stored(db) == before  # nothing lost, nothing half-written
    s = batch([docs], db=db, jobs=1)  # room again: the rerun does the rest
    assert s.skipped + s.analysed == 5 and s.failures == []


def test_a_full_disk_for_a_parquet_export_is_a_coded_error_and_leaves_no_temporary_file(tmp_path):
    """A real full disk: a 4 KB tmpfs mounted in a user and mount namespace of its own (no root needed)."""
    pytest.importorskip("pyarrow")
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-Urm", "true"]).returncode != 0:
        pytest.skip("no user namespaces here (unshare -Urm), so no small filesystem of our own to fill")
    from genderscan.batching.store import Store

    with Store(tmp_path / "r.db") as store:
        store.record_input("a.txt", {}, "a" * 64, "v1", ("GS-E109", "no text"))
    out = tmp_path / "uit"
    out.mkdir()
    script = (
        'mount -t tmpfs -o size=4k tmpfs "$1" && cd "$1" && '
        '"$2" -m genderscan export --db "$3" -f parquet -o . ; echo "exit $?"; ls -A'
    )
    r = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", script, "sh", str(out), sys.executable, str(tmp_path / "r.db")],
        capture_output=True,
        text=True,
        env={**os.environ, **ENV},
    )
    assert r.stderr.startswith("error GS-E401: ") and "No space left on device" in r.stderr, r.stderr
    assert len(r.stderr.splitlines()) == 1
    status, *left = r.stdout.splitlines()
    assert status == "exit 2" and [name for name in left if name.endswith(".tmp")] == [], r.stdout


def test_outputs_never_replace_an_input_under_another_name(tmp_path):
    import sqlite3

    nota = tmp_path / "nota.md"
    nota.write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.md").symlink_to("nota.md")
    os.link(nota, tmp_path / "hard.md")
    (tmp_path / "sub").mkdir()
    for target in ("nota.md", "link.md", "hard.md", "sub/../nota.md", str(nota)):
        r = run("analyse", "nota.md", "-f", "md", "-o", target, cwd=tmp_path)
        assert r.returncode == 2 and r.stderr.startswith("error GS-E403: "), (target, r.stderr)
    r = run("batch", "nota.md", "--db", "r.db", "--report", "link.md", "-q", "-j", "1", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("error GS-E403: link.md"), r.stderr
    assert not (tmp_path / "r.db").exists()  # refused before anything was analysed
    r = run("batch", "nota.md", "--db", "findings.csv", "--report", "findings.csv", "-q", "-j", "1", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("error GS-E403: findings.csv"), r.stderr
    r = run("export", "--db", "findings.csv", "-o", ".", cwd=tmp_path)
    assert r.returncode == 2 and "error GS-E403: findings.csv" in r.stderr, r.stderr
    with sqlite3.connect(tmp_path / "findings.csv") as con:  # still the store, with its document
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    assert nota.read_text(encoding="utf-8") == TEXT


def test_a_size_limit_that_is_not_a_number_is_refused_by_the_library_too(tmp_path):
    """NaN compares false with every size: as a limit it would switch the limit off. The CLI and the
    configuration refuse it (test_settings.py); so must the reader a web page calls directly."""
    from genderscan.errors import ConfigError
    from genderscan.ingest import read_document

    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    for limit in (float("nan"), float("inf"), 0, -1):
        with pytest.raises(ConfigError, match="GS-E302"):
            read_document(tmp_path / "nota.txt", max_mb=limit)
    assert read_document(tmp_path / "nota.txt", max_mb=0.5).passages


def test_output_to_a_full_device_is_a_coded_error(tmp_path):
    """stdout redirected to a full disk (/dev/full: every write fails with ENOSPC), in a real process."""
    with open("/dev/full", "w") as full:
        r = subprocess.run(
            [sys.executable, "-m", "genderscan", "config", "show"],
            cwd=tmp_path,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **ENV},
        )
    assert r.returncode == 2 and r.stderr == "error GS-E401: cannot write the output (No space left on device)\n"
