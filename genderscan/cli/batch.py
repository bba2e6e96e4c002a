"""``genderscan batch`` and ``genderscan export``: many documents into one results store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import GenderscanError
from ..formatting import number
from ..safetext import printable
from . import options as o
from ._util import EXIT_ERROR, report_error
from .language import current, t
from .messages import translated

EXECUTORS = ("local", "dask")
EXPORT_FORMATS = ("csv", "jsonl", "parquet")


def _progress_bar(quiet: bool):
    """A rich progress bar on stderr (documents, pages per second, ETA), or nothing."""
    if quiet:
        return None, None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from ._util import console

    bar = Progress(
        TextColumn("[bold]genderscan batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console(stderr=True),
        transient=False,
    )
    task = bar.add_task("batch", total=None, rate="")

    def update(done: int, total: int, pages: int, seconds: float) -> None:
        if not bar.live.is_started:  # shown from the first document on: not for errors in the options
            bar.start()
        rate = t("pages_per_second", rate=number(round(pages / seconds, 1), current())) if seconds > 0 else ""
        bar.update(task, completed=done, total=total, rate=rate)

    return bar, update


def batch_cli(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (searched recursively) or glob patterns.", show_default=False),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="CSV with a 'path' column (relative to the CSV) and metadata columns (gemeente, provincie, jaar, "
            "...) carried into every result.",
            readable=False,
        ),
    ] = None,
    db: Annotated[
        Path,
        typer.Option("--db", help="SQLite results store; created when missing, resumed when present.", readable=False),
    ] = Path("genderscan.db"),
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", help="Worker processes (default: the free cores, the ones allowed minus the load average)."
        ),
    ] = None,
    executor: Annotated[
        str,
        o.choice_option(
            "--executor",
            choices=EXECUTORS,
            help="local worker processes, or dask (needs the dask extra: pip install 'genderscan\\[dask]').",
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786); without it --executor dask starts a local cluster.",
        ),
    ] = None,
    connect_timeout: Annotated[
        float, typer.Option("--connect-timeout", help="Seconds to wait for the Dask scheduler.")
    ] = 30.0,
    force: Annotated[
        bool, typer.Option("--force", help="Analyse again what the store already holds for this lexicon.")
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report",
            help="Write a comparison report (HTML) here, with each document's report in documenten/ beside it.",
            readable=False,
        ),
    ] = None,
    model: o.Model = None,
    lexicon: o.Lexicon = None,
    disable: o.Disable = None,
    domain: o.Domain = None,
    pdf_engine: o.PdfEngine = None,
    ocr: o.Ocr = False,
    max_size: o.MaxSize = None,
    lang: o.Lang = None,
    config: o.ConfigFile = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary (for scripts).")] = False,
    debug: o.Debug = False,
) -> None:
    """Exit 0 when every document was analysed, 2 when some could not be read (all others are in the store)."""
    from ..batching import batch

    try:
        o.choice("--executor", executor, EXECUTORS)
        options = o.resolve(
            config,
            model=model,
            lexicon_paths=lexicon,
            disable=disable,
            domain=domain,
            pdf_engine=pdf_engine,
            max_mb=max_size,
            ocr=ocr,
            lang=lang,
        )
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    bar, update = _progress_bar(quiet)
    try:
        try:
            summary = batch(
                paths or [],
                manifest=manifest,
                db=db,
                jobs=jobs,
                executor=executor,
                scheduler=scheduler,
                connect_timeout=connect_timeout,
                force=force,
                options=options,
                report=report,
                progress=update,
            )
        finally:
            if bar is not None and bar.live.is_started:
                bar.stop()
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    if not quiet:
        err = sys.stderr
        lang = current()
        print(
            t(
                "batch_summary",
                inputs=number(summary.inputs, lang),
                analysed=number(summary.analysed, lang),
                skipped=number(summary.skipped, lang),
                db=summary.db,
                linked=number(summary.linked, lang),
                failed=number(len(summary.failures), lang),
                pages=number(summary.pages, lang),
                seconds=number(round(summary.seconds, 1), lang),
                rate=number(round(summary.pages_per_second, 1), lang),
            ),
            file=err,
        )
        for path, code, message in summary.failures:
            message = translated(message if path in message else f"{path}: {message}")
            print(printable(t("batch_failed", code=code, message=message)), file=err)
        if summary.report:
            print(printable(t("comparison_report", path=summary.report)), file=err)
    if summary.failures:
        raise typer.Exit(EXIT_ERROR) from None


def export_cli(
    db: Annotated[Path, typer.Option("--db", help="Results store written by genderscan batch.", readable=False)] = Path(
        "genderscan.db"
    ),
    fmt: Annotated[
        str, o.choice_option("--format", "-f", choices=EXPORT_FORMATS, help="csv, jsonl, or parquet (needs pyarrow).")
    ] = "csv",
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="Folder for documents.<fmt>, findings.<fmt> and measures.<fmt>.", readable=False
        ),
    ] = Path("."),
    table: Annotated[
        list[str] | None,
        typer.Option("--table", help="Only this table (documents, findings, measures); repeatable."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not list the files written.")] = False,
    debug: o.Debug = False,
) -> None:
    """Write the tables of a results store for pandas, R or a spreadsheet."""
    from ..batching.export import TABLES, export
    from ..batching.store import open_existing
    from ..errors import ConfigError

    try:
        o.choice("--format", fmt, EXPORT_FORMATS)
        table = table or []
        unknown = [t for t in table if t not in TABLES]
        if unknown:
            from .. import errors

            raise ConfigError(f"unknown table '{unknown[0]}' (one of {', '.join(TABLES)})", code=errors.BAD_OPTION)
        with open_existing(db) as store:
            written = export(store, fmt, output, tuple(table) or TABLES)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    if not quiet:
        for path in written:
            print(printable(f"wrote {path}"), file=sys.stderr)
