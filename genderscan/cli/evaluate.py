"""``genderscan evaluate FILE.jsonl``: precision, recall and F1 of the lexicon on labelled data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import GenderscanError
from ._util import EXIT_ERROR, EXIT_OK, report_error


def evaluate_cli(
    file: Path = typer.Argument(
        ...,
        help="Labelled JSONL: sentence level (text, labels, stance) or document level (file, expected_categories, …).",
        show_default=False,
    ),
    documents: bool = typer.Option(
        False,
        "--documents",
        help="The file is document level (file, domain, expected_categories, measures_present, measures_missing, gender_blind).",
    ),
    root: Path | None = typer.Option(
        None, "--root", help="Folder the document paths are relative to (default: the JSONL file's folder)."
    ),
    errors: bool = typer.Option(
        False, "--errors", help="List the items genderscan got wrong, with the findings it reported."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON (with the errors) instead of text."),
    model: str | None = typer.Option(
        None, "--model", help="Trained spaCy pipeline (name or path) instead of the blank Dutch default."
    ),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder; repeatable."),
    disable: list[str] = typer.Option([], "--disable", help="Rule id or category to switch off; repeatable."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    from ..api import Analyzer
    from ..evaluate import evaluate_file, format_text

    def progress(done: int, total: int) -> None:
        if not as_json:
            print(f"  {done}/{total} documents", file=sys.stderr)

    try:
        analyzer = Analyzer(model=model, lexicon_paths=lexicon, disable=disable)
        ev = evaluate_file(analyzer, file, progress, documents=documents, root=root)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR)
    if as_json:
        sys.stdout.write(json.dumps(ev.to_dict(with_errors=True), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(ev, show_errors=errors))
    raise typer.Exit(EXIT_OK)
