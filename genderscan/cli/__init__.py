"""Command-line interface: thin typer commands over :mod:`genderscan.api`."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from .. import __version__, _spacy_cli, regexcache, stopping
from . import language
from ._util import EXIT_ERROR, report_error, tolerate_encoding
from .analyse import analyse_cli
from .batch import batch_cli, export_cli
from .check import baseline_create_cli, check_cli, diff_cli
from .config_cmd import config_app
from .evaluate import evaluate_cli
from .lexicon import lexicon_app
from .pipeline import pipeline_app
from .serve import serve_cli


class GenderscanGroup(TyperGroup):
    """The root command: an unexpected error is one coded line (exit 2), the traceback only with --debug.

    Here rather than in :func:`main`, so that every caller of the app (the ``genderscan`` script,
    ``python -m genderscan``, typer's ``CliRunner`` in the tests) gets the same behaviour.
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        tolerate_encoding()
        before = language.current()  # a program that runs the app (a test) gets its language back after
        language.use(language.from_args(sys.argv[1:] if args is None else list(args)))
        language.translate_help(self)
        try:
            return super().main(
                args=args,
                prog_name=prog_name,
                complete_var=complete_var,
                standalone_mode=standalone_mode,
                windows_expand_args=windows_expand_args,
                **extra,
            )
        except Exception as exc:  # commands handle their own GenderscanErrors; this is the last resort
            if not standalone_mode:  # the caller asked for exceptions (click's contract)
                raise
            report_error(exc, debug="--debug" in (sys.argv[1:] if args is None else args))
            sys.exit(EXIT_ERROR)
        finally:
            language.use(before)


app = typer.Typer(
    cls=GenderscanGroup,
    name="genderscan",
    help="Scan Dutch policy documents (PDF, DOCX, ODT, HTML, TXT, MD) for gender-stereotyped assumptions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"genderscan {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """genderscan: an Atria-style genderscan of Dutch policy documents."""


app.command("analyse", help="Analyse documents and write an Atria-style report for each.")(analyse_cli)
app.command(
    "serve", help="Open a web page on this computer: drop documents, read the report, download it in every format."
)(serve_cli)
app.command("check", help="For CI: check documents and exit 1 when an assumption reaches --fail-on.")(check_cli)
app.add_typer(lexicon_app, name="lexicon")
baseline_app = typer.Typer(
    help="Accept the current findings, so that check reports only new ones.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
baseline_app.command("create", help="Record the current assumptions of the documents in a baseline file.")(
    baseline_create_cli
)
app.add_typer(baseline_app, name="baseline")
app.add_typer(config_app, name="config")
app.add_typer(pipeline_app, name="pipeline")
app.command("diff", help="Compare two drafts: assumptions that are new, resolved or unchanged.")(diff_cli)
app.command(
    "batch", help="Analyse many documents (folders, globs or a manifest CSV) into a resumable SQLite results store."
)(batch_cli)
app.command(
    "export", help="Write the documents, findings and measures tables of a results store (csv, jsonl, parquet)."
)(export_cli)
app.command(
    "evaluate",
    help="Measure precision, recall and F1 of the lexicon on a labelled JSONL file "
    "(the shipped lexicon plus --lexicon; genderscan.toml is not read, so figures stay comparable).",
)(evaluate_cli)


def rarer_collections() -> None:
    """Collect garbage as rarely for the whole run as :func:`genderscan.api.fewer_collections` does while a
    document is analysed. Importing spaCy, reading the cached lexicon and writing the report make hundreds
    of thousands of objects and almost no cyclic garbage; Python's default made the collector walk them
    over and over: 0.1 s of CPU of a one-sentence run, 0.2-0.3 s of the 137-page budget's. Only for a
    process of our own (``main``), and not for the long runs of ``serve`` and ``batch`` (many documents,
    each analysed with rarer collections already): a program that calls the library keeps its settings."""
    import gc

    from ..api import GC_THRESHOLD

    command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    if command in ("serve", "batch"):
        return
    old = gc.get_threshold()
    if gc.isenabled() and 0 < old[0] < GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD, max(old[1], 20), max(old[2], 100))


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")
"""The variables OpenBLAS (numpy's linear algebra) reads for its number of threads, in its order."""


def one_blas_thread() -> None:
    """Let numpy's OpenBLAS start one thread, unless the user chose a number (:data:`BLAS_THREADS`).

    At numpy's import OpenBLAS starts a thread per core, and the extra ones wait for work by spinning:
    importing numpy took 0.12-0.16 s of CPU on two cores, 0.07 s with one thread, in every run.
    genderscan's own arithmetic (spaCy's trained pipelines) goes through thinc's single-threaded blis,
    and a batch runs one worker process per core. Only for a process of our own (``main``), before
    numpy is imported: a program that calls the library keeps its own threads."""
    if not any(name in os.environ for name in BLAS_THREADS):
        os.environ["OPENBLAS_NUM_THREADS"] = "1"


def main() -> None:
    """Entry point of the ``genderscan`` script and ``python -m genderscan`` (errors: see GenderscanGroup).

    Only here, in a process of our own, is SIGTERM handled, are garbage collections rarer
    (:func:`rarer_collections`) and does numpy's OpenBLAS start one thread (:func:`one_blas_thread`):
    a program that calls the library keeps its own settings."""
    one_blas_thread()
    rarer_collections()
    regexcache.install()
    _spacy_cli.remember_entry_points()
    for ending in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(ending) is signal.SIG_DFL:  # not one ignored on purpose (nohup)
            signal.signal(ending, stopping.terminated)
    try:
        app(prog_name="genderscan")
    except SystemExit as done:
        exit_at_once(done)
        raise


def exit_at_once(done: SystemExit) -> None:
    """End a finished one-document run without Python's clean-up of every object it made.

    After the report is written, Python's shutdown frees the vocabulary, the parsed
    passages and the lexicon object by object: 0.25-0.3 s of CPU after the budget's
    analysis, more than reading its lexicon. Here the exit functions run as at any exit
    (``atexit``: the cache's new regex code, logging), the output is flushed, and the process
    ends with the same status. Left to Python when anything is unusual: ``serve`` and
    ``batch`` (their workers and stores close themselves), a thread still running, output
    that cannot be flushed (a closed pipe: Python reports it as before)."""
    import atexit
    import os
    import threading

    command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    if command in ("serve", "batch") or threading.active_count() > 1:
        return
    code = done.code
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        return  # a message to print: Python's own way
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        os._exit(120)  # what Python's own exit gives when it cannot flush its output
    os._exit(status)
