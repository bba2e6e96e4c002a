"""Command-line interface: thin typer commands over :mod:`genderscan.api`."""

from __future__ import annotations

import typer

from .. import __version__
from .analyse import analyse_cli
from .evaluate import evaluate_cli
from .lexicon import lexicon_app

app = typer.Typer(
    name="genderscan",
    help="Scan Dutch policy documents (PDF, DOCX, TXT, MD) for gender-stereotyped assumptions.",
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
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """genderscan: an Atria-style genderscan of Dutch policy documents."""


app.command("analyse", help="Analyse documents and write an Atria-style report for each.")(analyse_cli)
app.add_typer(lexicon_app, name="lexicon")
app.command("evaluate", help="Measure precision, recall and F1 of the lexicon on a labelled JSONL file.")(evaluate_cli)


def main() -> None:
    app(prog_name="genderscan")
