"""Every setting of genderscan in one table, and the options a run resolves from it.

A :class:`Setting` names one thing a user can set: its type and allowed values,
its default, its help text, and where it can be set (a command-line option, a
key of ``genderscan.toml`` / ``[tool.genderscan]``, or both). Everything else
reads this table: the configuration file's validation (:mod:`genderscan.config`),
``genderscan config show``, the shared typer options of the commands
(:mod:`genderscan.cli.options`) and the checks of :class:`genderscan.Analyzer`.

:class:`Options` is what one run uses: command line over configuration file
over defaults (:meth:`Options.resolve`). It is frozen and hashable, so a batch
worker can keep one Analyzer per set of options.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from . import errors
from .errors import ConfigError
from .lexicon.schema import DOMAINS, LANGUAGES
from .model import SEVERITIES

PDF_ENGINES = ("pdfium", "pdfplumber")
DEFAULT_MAX_MB = 200.0


@dataclass(frozen=True)
class Setting:
    """One user setting."""

    name: str
    """Key in the configuration file; the option is ``--`` plus the name with dashes."""
    kind: str
    """``choice``, ``text``, ``ids`` (rule ids or categories), ``paths``, ``severities`` (rule id → severity),
    ``ignores`` (glob → ids), ``url``, ``number`` (positive) or ``flag``."""
    help: str
    default: Any = None
    choices: tuple[str, ...] = ()
    cli: bool = True
    """Can be given on the command line."""
    config: bool = True
    """Can be set in the configuration file."""
    shown_default: str | None = None
    """How ``config show`` names a default of None (``(detected)``)."""
    option_field: str | None = None
    """The :class:`Options` field, when it is not *name*."""

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def attr(self) -> str:
        return self.option_field or self.name

    def check(self, value: Any, where: str) -> Any:
        """*value* as this setting holds it, or a coded error that names *where* (a file) and the key."""
        try:
            return _CHECKS[self.kind](self, value)
        except _Invalid as exc:
            raise ConfigError(f"{where}: '{exc.key or self.name}' {exc}", code=errors.BAD_CONFIG) from None


class _Invalid(ValueError):
    """Why a value does not fit its setting; *key* names a part of it (``ignore.<glob>``)."""

    def __init__(self, reason: str, key: str | None = None) -> None:
        super().__init__(reason)
        self.key = key


def _choice(s: Setting, value: Any) -> Any:
    if value not in s.choices:
        raise _Invalid(f"is {value!r}; expected one of {', '.join(s.choices)}")
    return value


def _texts(s: Setting, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):  # one id or path given where a list is expected
        value = [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(value)
    raise _Invalid("must be a list of texts")


def _pairs(value: Any) -> Any:
    """A mapping, or the (key, value) pairs :class:`Options` holds, as a mapping."""
    if isinstance(value, tuple) and all(isinstance(p, tuple) and len(p) == 2 for p in value):
        return dict(value)
    return value


def _severities(s: Setting, value: Any) -> tuple[tuple[str, str], ...]:
    value = _pairs(value)
    if not isinstance(value, Mapping) or not all(isinstance(v, str) and v in SEVERITIES for v in value.values()):
        raise _Invalid(f"must map rule ids to one of {', '.join(SEVERITIES)}")
    return tuple(sorted((str(k), v) for k, v in value.items()))


def _ignores(s: Setting, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    value = _pairs(value)
    if not isinstance(value, Mapping):
        raise _Invalid("must be a table of glob = [rule ids or categories]")
    out = []
    for glob, ids in value.items():
        if not isinstance(ids, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in ids):
            raise _Invalid("must be a list of texts", key=f"ignore.{glob}")
        out.append((str(glob), tuple(ids)))
    return tuple(out)


def _url(s: Setting, value: Any) -> str:
    if not isinstance(value, str) or not value.startswith(("https://", "http://")) or " " in value:
        raise _Invalid("must be an absolute http(s) address of docs/lexicon.md")
    return value


def _text(s: Setting, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid("must be a non-empty text")
    return value


def _number(s: Setting, value: Any) -> float:
    if isinstance(value, str):  # from the command line
        try:
            value = float(value)
        except ValueError:
            raise _Invalid(f"must be a positive number, got {value[:40]!r}") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise _Invalid(f"must be a positive finite number, got {value!r}")
    return float(value)


def _flag(s: Setting, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid("must be true or false")
    return value


_CHECKS = {
    "choice": _choice,
    "ids": _texts,
    "paths": _texts,
    "severities": _severities,
    "ignores": _ignores,
    "url": _url,
    "text": _text,
    "number": _number,
    "flag": _flag,
}

SETTINGS: tuple[Setting, ...] = (
    Setting("disable", "ids", "Rule id (KW001) or category (generiek_mannelijk) to switch off; repeatable.", ()),
    Setting("enable", "ids", "Only these rule ids or categories; everything else is switched off.", (), cli=False),
    Setting(
        "lexicon",
        "paths",
        "Extra lexicon file or folder of category files; repeatable (in the file: relative to it).",
        (),
        option_field="lexicon_paths",
    ),
    Setting("severity", "severities", 'Severity per rule id, e.g. { KW004 = "low" }.', (), cli=False),
    Setting(
        "domain",
        "choice",
        f"Policy domain ({', '.join(DOMAINS)}) instead of detection.",
        None,
        DOMAINS,
        shown_default="(detected)",
    ),
    Setting(
        "fail_on",
        "choice",
        "check: fail (exit 1) on an assumption of at least this severity.",
        "medium",
        SEVERITIES,
    ),
    Setting(
        "pdf_engine",
        "choice",
        "PDF text engine: pdfium (fast) or pdfplumber (slower; its own line building for layout-heavy pages).",
        "pdfium",
        PDF_ENGINES,
    ),
    Setting(
        "lang",
        "choice",
        "Language of the report, the messages and the help: nl or en. Quotes from the document stay Dutch.",
        "nl",
        LANGUAGES,
        shown_default="(GENDERSCAN_LANG, else nl when the locale is Dutch: LC_ALL, LC_MESSAGES, LANG; else en)",
    ),
    Setting(
        "docs_url",
        "url",
        "Published address of docs/lexicon.md, for the help links in SARIF.",
        None,
        cli=False,
        shown_default="(this checkout's docs/lexicon.md)",
    ),
    Setting(
        "ignore",
        "ignores",
        'Per-file ignores: glob = [rule ids or categories, or "*"].',
        (),
        cli=False,
    ),
    Setting(
        "model",
        "text",
        "Dutch spaCy pipeline that tags and parses where rules need syntax: an installed name or a folder, "
        "or 'blank' for none (word windows only).",
        None,
        shown_default="nl_genderscan (shipped)",
    ),
    Setting(
        "max_size",
        "number",
        "Refuse files larger than this many MB.",
        DEFAULT_MAX_MB,
        option_field="max_mb",
    ),
    Setting(
        "ocr",
        "flag",
        "Read PDF pages without a text layer with tesseract OCR (Debian: tesseract-ocr, tesseract-ocr-nld).",
        False,
    ),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}
CONFIG_KEYS: tuple[str, ...] = tuple(s.name for s in SETTINGS if s.config)


def setting(name: str) -> Setting:
    return BY_NAME[name]


def check_option(name: str, value: Any) -> Any:
    """A value given on the command line or to the library: None passes, else it is checked (GS-E302)."""
    if value is None:
        return None
    s = BY_NAME[name]
    try:
        return _CHECKS[s.kind](s, value)
    except _Invalid as exc:
        shown = " ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        reason = str(exc).split("; ", 1)[-1]  # "is 'fr'; expected one of nl, en": the value is shown already
        raise ConfigError(f"{s.flag} {shown}: {reason}", code=errors.BAD_OPTION) from None


@dataclass(frozen=True)
class Options:
    """The settings in effect for one run (see :data:`SETTINGS` for each field's meaning)."""

    model: str | None = None
    lexicon_paths: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    ignore: tuple[tuple[str, tuple[str, ...]], ...] = ()
    domain: str | None = None
    fail_on: str = "medium"
    pdf_engine: str = "pdfium"
    lang: str = "nl"
    docs_url: str | None = None
    max_mb: float = DEFAULT_MAX_MB
    ocr: bool = False
    source: str | None = field(default=None, compare=False)
    """The configuration file the values came from, for messages."""
    base: str | None = None
    """The configuration file's folder: per-file ignore globs are also matched relative to it."""

    def __post_init__(self) -> None:
        for s in SETTINGS:
            value = getattr(self, s.attr)
            if value is None or value == s.default:
                continue
            if s.kind in ("ids", "paths"):  # lists arrive as lists from callers; keep the dataclass hashable
                value = _strings(value)
            object.__setattr__(self, s.attr, check_option(s.name, value))

    @classmethod
    def resolve(cls, config: Any = None, **given: Any) -> Options:
        """Command line (*given*; None or empty means not given) over *config* (a
        :class:`genderscan.config.Config`) over the defaults. Lists add up: the
        configuration's lexicon files and disabled rules, then the command line's."""
        values: dict[str, Any] = {}
        from_file: Mapping[str, Any] = config.values if config is not None else {}
        for s in SETTINGS:
            cli = given.pop(s.attr, None)
            if cli is not None and s.kind != "flag":
                cli = check_option(s.name, list(_strings(cli)) if s.kind in ("ids", "paths") else cli)
            if s.kind in ("ids", "paths"):
                merged = [*from_file.get(s.name, ()), *(cli or ())]
                values[s.attr] = _unique(merged, paths=s.kind == "paths")
            elif cli not in (None, False):
                values[s.attr] = cli
            elif s.name in from_file:
                values[s.attr] = from_file[s.name]
        if given:
            raise TypeError(f"unknown option(s): {', '.join(sorted(given))}")
        source = base = None
        if config is not None and config.file is not None:
            source = str(config.file) + (" [tool.genderscan]" if config.file.name == "pyproject.toml" else "")
            base = str(config.folder)
        return cls(**values, source=source, base=base)

    def analysis_values(self) -> dict[str, Any]:
        """The options that change what is found (for a batch's analysis key), without their defaults."""
        shown = ("model", "domain", "pdf_engine", "ocr", "enable", "severity", "ignore")
        defaults = {f.name: f.default for f in fields(self)}
        out = {k: getattr(self, k) for k in shown if getattr(self, k) not in (defaults[k], None, (), False)}
        if self.ignore and self.base:  # ignore globs match relative to the configuration's folder
            out["base"] = self.base
        return out


def _strings(value: Any) -> tuple[str, ...]:
    """One id or path, or several, as a tuple of texts (a single text is one item, not its letters)."""
    return (str(value),) if isinstance(value, (str, Path)) else tuple(str(v) for v in value)


def _unique(items: list[Any], paths: bool) -> tuple[str, ...]:
    """*items* once each, in order; paths compared by where they lead (``regels/x.yml`` = ``/abs/regels/x.yml``)."""
    seen: dict[str, str] = {}
    for item in map(str, items):
        seen.setdefault(os.path.realpath(item) if paths else item, item)
    return tuple(seen.values())


def resolve_lexicon_path(base: Path, value: str) -> str:
    """A lexicon path of a configuration file, relative to the file's folder."""
    return value if Path(value).is_absolute() else str((base / value).resolve())
