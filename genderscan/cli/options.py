"""The command-line options that are settings, declared once from :data:`genderscan.settings.SETTINGS`.

Values are plain texts here and checked by :meth:`Options.resolve`, so a bad
value is one coded line (GS-E302) like every other input error.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import config as configs
from .. import errors
from ..errors import ConfigError
from ..settings import BY_NAME, Options
from . import language


def _help(name: str) -> str:
    s = BY_NAME[name]
    default = s.shown_default or ("off" if s.default is False else s.default)
    parts = [s.help]
    if default not in (None, ()):
        parts.append(f"Default: {default}.")
    if s.config:
        parts.append(f"Config key: {name}.")
    return " ".join(parts).replace("[", "\\[")


def _option(name: str, *short: str, **extra: Any) -> Any:
    s = BY_NAME[name]
    metavar = "|".join(s.choices) if s.choices else None
    return typer.Option(s.flag, *short, help=_help(name), metavar=metavar, show_default=False, **extra)


Model = Annotated[str | None, _option("model")]
Lexicon = Annotated[list[Path] | None, _option("lexicon", readable=False)]  # the loader says what is wrong
Disable = Annotated[list[str] | None, _option("disable")]
Domain = Annotated[str | None, _option("domain")]
PdfEngine = Annotated[str | None, _option("pdf_engine")]
Ocr = Annotated[bool, _option("ocr")]
MaxSize = Annotated[str | None, _option("max_size")]  # checked by the table: a bad value is one coded line
Lang = Annotated[str | None, _option("lang")]
FailOn = Annotated[str | None, _option("fail_on")]
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (default: genderscan.toml or \\[tool.genderscan] in pyproject.toml, found upwards).",
        show_default=False,
        readable=False,
    ),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]


def choice_option(flag: str, *short: str, choices: Sequence[str], help: str, **extra: Any) -> Any:
    """An option that takes one of *choices* but is no setting (``--format``): a plain text, shown as
    ``a|b|c``, so that the command checks it with :func:`choice` (typer's own check is a usage box)."""
    return typer.Option(flag, *short, help=help, metavar="|".join(choices), **extra)


def choice(flag: str, value: str, choices: Sequence[str]) -> str:
    """*value* when it is one of *choices*, else one coded line (GS-E302) that lists them."""
    if value not in choices:
        shown = value if len(value) <= 80 else value[:77] + "..."
        raise ConfigError(f"{flag} {shown}: expected one of {', '.join(choices)}", code=errors.BAD_OPTION)
    return value


def resolve(config_file: Path | None, **given: Any) -> Options:
    """The options in effect: *given* (the command line) over the configuration file over defaults.

    The language (``lang``): ``--lang``, else GENDERSCAN_LANG, else the configuration file's, else the
    locale's (:mod:`genderscan.cli.language`); the terminal's texts follow it from here on."""
    config = configs.load(config_file)
    if given.get("lang") is None:
        given["lang"] = language.env_language() or (None if "lang" in config.values else language.locale_language())
    options = Options.resolve(config, **given)
    language.use(options.lang)
    return options
