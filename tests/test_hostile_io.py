"""Hostile paths and faults of the filesystem (issue 19): link loops, names with glob characters,
unreadable files, outputs over inputs, a full disk. Each case once through the library and where the
CLI adds something, once through the CLI (in-process; the unprivileged runs are real processes)."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from cli_runner import run

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
