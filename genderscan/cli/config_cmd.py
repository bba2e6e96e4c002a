"""``genderscan config show``: the configuration in effect and where each value comes from."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..errors import GenderscanError
from ._util import EXIT_ERROR, report_error

config_app = typer.Typer(
    help="Show the configuration in effect (genderscan.toml or \\[tool.genderscan]).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

DEFAULTS = {
    "disable": [],
    "enable": [],
    "lexicon": [],
    "severity": {},
    "domain": "(detected)",
    "fail_on": "medium",
    "pdf_engine": "pdfium",
    "lang": "nl",
    "ignore": {},
}


@config_app.command("show")
def show_cmd(
    config: Path | None = typer.Option(
        None, "--config", help="Configuration file instead of the one found upwards."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    """Every setting with its value and its source (the file, or 'default')."""
    from .. import config as configs

    try:
        cfg = configs.load(config)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR)
    print(f"# configuration file: {cfg.file or 'none found (defaults)'}")
    for key in configs.KEYS:
        value = cfg.values.get(key, DEFAULTS[key])
        source = cfg.sources.get(key, "default")
        print(f"{key} = {json.dumps(value, ensure_ascii=False)}  # {source}")
