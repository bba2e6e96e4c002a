"""``genderscan config show``: every setting in effect and where its value comes from."""

from __future__ import annotations

import json
from typing import Any

import typer

from ..errors import GenderscanError
from ..safetext import printable
from ..settings import SETTINGS
from . import language
from . import options as o
from ._util import EXIT_ERROR, report_error
from .language import t

config_app = typer.Typer(
    help="Show the configuration in effect (genderscan.toml or \\[tool.genderscan]).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _shown(kind: str, value: Any) -> str:
    """A setting's value as it would be written in the file: tables for pairs, lists for tuples."""
    if kind in ("severities", "ignores"):
        value = {k: list(v) if isinstance(v, tuple) else v for k, v in value}
    elif isinstance(value, tuple):
        value = list(value)
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


@config_app.command("show")
def show_cmd(
    config: o.ConfigFile = None,
    debug: o.Debug = False,
) -> None:
    """Every setting of the configuration file with its value and its source (the file, or 'default')."""
    from .. import config as configs

    try:
        cfg = configs.load(config)
        env_lang = language.env_language()
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    print(printable(t("config_file", file=cfg.file or t("config_none"))))
    for s in SETTINGS:
        if not s.config:
            continue
        if s.name in cfg.values:
            shown, source = _shown(s.kind, cfg.values[s.name]), cfg.sources.get(s.name, str(cfg.file))
        elif s.name == "lang":  # the CLI's default: GENDERSCAN_LANG, else the locale (cli/language.py)
            lang, source = (env_lang, language.ENV_VAR) if env_lang else (language.locale_language(), "locale")
            shown = _shown(s.kind, lang)
        else:
            shown, source = s.shown_default or _shown(s.kind, s.default), "default"
        print(printable(f"{s.name} = {shown}  # {source}"))
