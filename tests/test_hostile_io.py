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
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cli_runner import ENV, run

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
    if os.geteuid() != 0:
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="genderscan-unreadable-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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
