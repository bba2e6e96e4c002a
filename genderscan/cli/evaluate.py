"""``genderscan evaluate FILE.jsonl``: precision, recall and F1 of the lexicon on labelled data."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import GenderscanError
from ..safetext import encodable, printable
from . import options as o
from ._util import EXIT_ERROR, EXIT_OK, report_error


def evaluate_cli(
    file: Annotated[
        Path,
        typer.Argument(
            help="Labelled JSONL: sentence level (text, labels, stance), document level (file, "
            "expected_categories, …) or pronoun level (text, pronoun, nth, reading: eval/pronouns/README.md; "
            "accuracy per reading of the generic-masculine and women readings, and every error).",
            show_default=False,
            readable=False,
        ),
    ],
    documents: Annotated[
        bool,
        typer.Option(
            "--documents",
            help="The file is document level (file, domain, expected_categories, measures_present, "
            "measures_missing, gender_blind). Optional: sections, the headings of the social-domain sections "
            "the verdicts are about (a title or a path as a list of titles; scored: section domain accuracy), "
            'and evidence_kinds, [{"text", "measure", "kind"}] with kind commitment, other_group, intent, '
            "recommendation, mention, shortage, other_sense or none (scored: evidence-kind accuracy).",
        ),
    ] = False,
    root: Annotated[
        Path | None,
        typer.Option(
            "--root",
            help="Folder the document paths are relative to (default: the JSONL file's folder).",
            readable=False,
        ),
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List the items genderscan got wrong, with the findings it reported.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the figures as JSON (with the errors) instead of text.")
    ] = False,
    model: o.Model = None,
    lexicon: o.Lexicon = None,
    disable: o.Disable = None,
    debug: o.Debug = False,
) -> None:
    """Measures the shipped lexicon (plus --lexicon), not a genderscan.toml: figures stay comparable."""
    from ..api import Analyzer
    from ..evaluate import evaluate_file, format_text

    def progress(done: int, total: int) -> None:
        if not as_json:
            print(f"  {done}/{total} documents", file=sys.stderr)

    try:
        analyzer = Analyzer(model=model, lexicon_paths=lexicon or (), disable=disable or ())
        ev = evaluate_file(analyzer, file, progress, documents=documents, root=root)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    if as_json:
        sys.stdout.write(encodable(json.dumps(ev.to_dict(with_errors=True), ensure_ascii=False, indent=2)) + "\n")
    else:  # the texts of the file are the user's: each line printed as one line, without ESC
        sys.stdout.write(
            "".join(printable(line) + "\n" for line in format_text(ev, show_errors=errors).rstrip("\n").split("\n"))
        )
    raise typer.Exit(EXIT_OK)
