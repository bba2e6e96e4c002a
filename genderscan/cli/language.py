"""The language of the terminal: messages, summaries, progress and help follow ``--lang`` (issue 20, item 3).

Which language a run uses, first that applies:

1. ``--lang nl|en`` on the command line;
2. the environment variable ``GENDERSCAN_LANG`` (the practical way to get Dutch ``--help``);
3. ``lang`` in genderscan.toml / ``[tool.genderscan]`` (commands that read it);
4. the locale: Dutch when the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set starts with
   ``nl`` or names no language (``C``, ``POSIX``: CI runners and containers; and when none is set), English
   when it names another language (on Windows, without them, the user's locale).

The report is written in the same language. The texts are in :mod:`genderscan.cli.texts`; typer's
own words in the help ("Usage:", "Options", "Show this message and exit.") and the usage errors it
reports itself (an unknown option, a missing argument) are set here, per run.
"""

from __future__ import annotations

import functools
import importlib
import importlib.abc
import importlib.machinery
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .. import errors
from ..errors import ConfigError
from ..lexicon.schema import LANGUAGES
from . import texts

ENV_VAR = "GENDERSCAN_LANG"
# typer.rich_utils computes these words once, at import: set again per language.
_RICH_CONSTANTS = (
    "ARGUMENTS_PANEL_TITLE",
    "OPTIONS_PANEL_TITLE",
    "COMMANDS_PANEL_TITLE",
    "ERRORS_PANEL_TITLE",
    "ABORTED_TEXT",
    "RICH_HELP",
    "DEFAULT_STRING",
    "REQUIRED_LONG_STRING",
    "ENVVAR_STRING",
    "DEPRECATED_STRING",
)

_current = "en"
_english_constants: dict[str, str] = {}


# Locales that name no language: the C and POSIX locales of CI runners and containers. They choose
# nothing, so genderscan's own language holds there: Dutch, as its reports and lexicon are.
_NO_LANGUAGE = ("c", "posix")


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """``nl`` when the locale is Dutch or names no language (C, POSIX, none set), ``en`` when it names
    another language (the locale's own order: LC_ALL over LC_MESSAGES over LANG)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            base = value.lower().split(".")[0].split("@")[0]
            return "nl" if base.startswith("nl") or base in _NO_LANGUAGE else "en"
    if sys.platform == "win32":  # pragma: no cover - Windows names its locale itself ("Dutch_Netherlands")
        import locale

        name = (locale.getlocale()[0] or "").lower()
        return "nl" if name.startswith(("nl", "dutch")) or not name else "en"
    return "nl"


def env_language(environ: Mapping[str, str] | None = None) -> str | None:
    """``GENDERSCAN_LANG`` when set; a value other than nl or en is a coded error (GS-E302)."""
    environ = os.environ if environ is None else environ
    value = environ.get(ENV_VAR, "").strip()
    if not value:
        return None
    if value.lower() not in LANGUAGES:
        raise ConfigError(
            f"{ENV_VAR}={value}: expected one of {', '.join(LANGUAGES)}",
            code=errors.BAD_OPTION,
        )
    return value.lower()


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """The language without --lang and configuration: GENDERSCAN_LANG, else the locale's; never raises."""
    try:
        return env_language(environ) or locale_language(environ)
    except ConfigError:  # reported when a command resolves its options; the help is still shown
        return locale_language(environ)


def from_args(args: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language a command line asks for: its ``--lang`` (valid ones only), else :func:`default_language`."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg.partition("=")[2]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in LANGUAGES:
            return value
    return default_language(environ)


def current() -> str:
    """The language of this run's terminal texts."""
    return _current


def _typer_words(message: str) -> str:
    return texts.TYPER_NL.get(message, message) if _current == "nl" else message


def _usage_prefix(write_usage: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(write_usage)
    def wrapped(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, _typer_words("Usage: ") if prefix is None else prefix)

    wrapped.__dict__["genderscan"] = True
    return wrapped


def _dutch_usage_errors(rich_format_error: Callable[[Any], None]) -> Callable[[Any], None]:
    """typer's printer of a usage error, with the error's message in Dutch in a Dutch run."""

    @functools.wraps(rich_format_error)
    def wrapped(error: Any) -> None:
        if _current == "nl":
            from .messages import to_dutch

            dutch = to_dutch(error.format_message(), usage=True)
            if dutch is not None:
                error.format_message = lambda: dutch
        rich_format_error(error)

    wrapped.__dict__["genderscan"] = True
    return wrapped


def use(lang: str) -> None:
    """Write this run's terminal texts, typer's words in the help included, in *lang*.

    typer imports ``typer.rich_utils`` (rich's Markdown and tables: 0.09 s of CPU) only to print help
    or an error; its words are set here when it is loaded already, else when typer imports it
    (:class:`_RichUtilsFinder`), so a run that prints neither does not import it."""
    global _current
    _current = lang if lang in LANGUAGES else "en"
    rich_utils = sys.modules.get(_RICH_UTILS)
    if rich_utils is not None:
        _set_rich_words(rich_utils)
    elif not any(isinstance(finder, _RichUtilsFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _RichUtilsFinder())
    formatter = importlib.import_module("typer._click.formatting").HelpFormatter
    if not formatter.write_usage.__dict__.get("genderscan"):
        formatter.write_usage = _usage_prefix(formatter.write_usage)


_RICH_UTILS = "typer.rich_utils"


def _set_rich_words(rich_utils: Any) -> None:
    """typer's words of *rich_utils* in this run's language, and its usage errors in Dutch in a Dutch run."""
    for name in _RICH_CONSTANTS:
        english = _english_constants.setdefault(name, getattr(rich_utils, name))
        setattr(rich_utils, name, _typer_words(english))
    printer = rich_utils.__dict__["rich_format_error"]
    if not printer.__dict__.get("genderscan"):
        setattr(rich_utils, "rich_format_error", _dutch_usage_errors(printer))  # noqa: B010 (typer's own module)


class _RichUtilsFinder(importlib.abc.MetaPathFinder):
    """Finds ``typer.rich_utils`` as Python would, and sets this run's words in it once it has run."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != _RICH_UTILS:
            return None
        sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _RichUtilsFinder)]  # once
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _ThenSetWords(spec.loader)
        return spec


class _ThenSetWords(importlib.abc.Loader):
    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self.loader.exec_module(module)
        _set_rich_words(module)


def t(key: str, **values: Any) -> str:
    """The text *key* of the catalogue in this run's language, with *values* filled in."""
    text = texts.TEXTS[_current][key]
    return text.format(**values) if values else text


def _params(command: Any) -> list[tuple[str, Any]]:
    """The options and arguments of *command* that have a help text, by their first name."""
    out = []
    for param in command.params:
        if getattr(param, "help", None):
            name = param.opts[0] if param.param_type_name == "option" else param.name or ""
            out.append((name, param))
    return out


def translate_help(command: Any, path: str = "") -> None:
    """The help of *command*, its options and subcommands in this run's language (Dutch from
    :data:`texts.HELP_NL`; the English is the code's own, kept aside the first time)."""
    key = path or "genderscan"
    english = command.__dict__.setdefault("_help_en", command.help)
    command.help = texts.HELP_NL.get(key, english) if _current == "nl" else english
    if command.short_help is not None:
        command.short_help = None  # derived from the help again
    for name in ("options_metavar", "subcommand_metavar"):
        english = command.__dict__.setdefault(f"_{name}_en", getattr(command, name, None))
        if english is not None:
            setattr(command, name, _typer_words(english))
    for name, param in _params(command):
        english = param.__dict__.setdefault("_help_en", param.help)
        dutch = texts.HELP_NL.get(f"{key} {name}") or texts.HELP_NL.get(name)
        param.help = dutch if _current == "nl" and dutch else english
    help_option = command.get_help_option(importlib.import_module("typer._click.core").Context(command))
    if help_option is not None:
        help_option.help = _typer_words("Show this message and exit.")
    for name, sub in getattr(command, "commands", {}).items():
        translate_help(sub, f"{path} {name}".strip())


def help_keys(command: Any, path: str = "") -> list[str]:
    """Every key :func:`translate_help` looks up for *command* (for the test that each has a Dutch text)."""
    key = path or "genderscan"
    keys = [key] if command.help else []
    keys += [f"{key} {name}" for name, _ in _params(command)]
    for name, sub in getattr(command, "commands", {}).items():
        keys += help_keys(sub, f"{path} {name}".strip())
    return keys
