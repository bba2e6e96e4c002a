"""Run the genderscan CLI in the test process, or as a real process where that is what a test is about.

:func:`run` calls the typer app through ``typer.testing.CliRunner``: the same commands, options,
exit codes and stdout/stderr as ``python -m genderscan``, without paying Python and spaCy start-up
for every call (the blank pipeline is built once per test session). The last-resort error handling
(``error GS-E000``, exit 2) lives in the app itself (``genderscan.cli.GenderscanGroup``), so it
behaves the same here as in a real process.

:func:`run_process` is the real thing, for the few tests about the process itself: the entry
points, exit codes of a real run, signals, what a fresh interpreter imports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# As the old subprocess helper: no colour codes, wide lines (rich wraps at COLUMNS). GENDERSCAN_LANG=en, so
# that the language of a run does not depend on the machine (tests of the default pass None to remove it, and
# set the locale they mean); the locale itself stays C.UTF-8, the one every machine has.
ENV = {"NO_COLOR": "1", "COLUMNS": "200", "LC_ALL": "C.UTF-8", "GENDERSCAN_LANG": "en"}
UNSET: tuple[str, ...] = ()


@dataclass(frozen=True)
class Completed:
    """What ``subprocess.run(..., capture_output=True, text=True)`` gives, plus stdout as bytes."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


def run(*args: str | Path, cwd: str | Path | None = None, env: Mapping[str, str | None] | None = None) -> Completed:
    """``genderscan ARGS`` in this process; *cwd* is the working directory for the call, *env* extra variables
    (None removes one). Output written to stdout as bytes (``-o -`` with pdf or docx) is in ``stdout_bytes``."""
    from typer.testing import CliRunner

    from genderscan.cli import app

    argv = [str(a) for a in args]
    runner = CliRunner(env={**dict.fromkeys(UNSET), **ENV, **(env or {})})
    before = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        # catch_exceptions=False: an exception that escapes the app fails the test with its traceback
        result = runner.invoke(app, argv, prog_name="genderscan", catch_exceptions=False)
    finally:
        os.chdir(before)
    return Completed(argv, result.exit_code, result.stdout, result.stderr, result.stdout_bytes)


def run_process(
    *args: str | Path, cwd: str | Path | None = None, env: Mapping[str, str] | None = None, module: bool = True
) -> subprocess.CompletedProcess:
    """``python -m genderscan ARGS`` (or, with module=False, the installed ``genderscan`` script) as a real process."""
    exe = [sys.executable, "-m", "genderscan"] if module else [str(Path(sys.executable).parent / "genderscan")]
    return subprocess.run(
        [*exe, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**{k: v for k, v in os.environ.items() if k not in UNSET}, **ENV, **(env or {})},
    )
