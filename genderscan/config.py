"""``genderscan.toml`` or ``[tool.genderscan]`` in ``pyproject.toml`` → :class:`Config`.

Found upwards from the working directory (the first folder with either file
wins; a ``genderscan.toml`` before a ``pyproject.toml`` in the same folder),
or given with ``--config``. Every value remembers where it came from, for
``genderscan config show``; options on the command line win over the file.
The keys, their types and defaults are the table in :mod:`genderscan.settings`;
what a configuration does to reports is applied by the library
(:class:`genderscan.Analyzer`, :mod:`genderscan.profile`).

    disable = ["GM001", "generiek_mannelijk"]     # rules or categories off
    enable = ["kostwinner", "zorgrol"]             # only these rules or categories
    lexicon = ["regels/eigen.yml"]                 # relative to the config file
    severity = { KW004 = "low" }                   # per rule
    domain = "participatie"
    fail_on = "high"
    pdf_engine = "pdfium"
    lang = "nl"
    docs_url = "https://github.com/ORG/REPO/blob/main/docs/lexicon.md"   # SARIF helpUri
    model = "pad/naar/pipeline"                    # a trained spaCy pipeline
    max_size = 50                                  # MB
    ocr = true
    [ignore]                                       # per-file ignores, by glob
    "archief/**" = ["*"]
    "concepten/*.docx" = ["GM001"]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import errors
from .errors import ConfigError
from .settings import BY_NAME, CONFIG_KEYS, resolve_lexicon_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass
class Config:
    """The values of one configuration file, each checked by its setting, and where each came from."""

    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    file: Path | None = None

    @property
    def folder(self) -> Path | None:
        """The folder per-file ignore globs and relative paths are taken from."""
        return self.file.parent.resolve() if self.file is not None else None

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def _nearest(start: Path) -> tuple[Path, dict] | None:
    """The nearest configuration file upwards from *start* and its settings table, each file read once."""
    for folder in [start, *start.parents]:
        own = folder / "genderscan.toml"
        if own.is_file():
            return own, _read(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _tool_table(pyproject)
            if table is not None:
                return pyproject, table
    return None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))  # a BOM from a Windows editor is fine
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise ConfigError(f"{path}: invalid TOML ({reason})", code=errors.BAD_CONFIG) from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})", code=errors.BAD_CONFIG) from exc


def _tool_table(path: Path) -> dict | None:
    """The ``[tool.genderscan]`` table of a pyproject.toml, or None when it has none."""
    tool = _read(path).get("tool")
    table = tool.get("genderscan") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.genderscan] must be a table", code=errors.BAD_CONFIG)
    return table


def load(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    """The configuration in effect: *explicit* (``--config``), else the nearest file, else defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: configuration file not found", code=errors.BAD_CONFIG)
        path = explicit
        table = _tool_table(path) if path.name == "pyproject.toml" else _read(path)
        if table is None:
            raise ConfigError(f"{path}: no [tool.genderscan] table in this file", code=errors.BAD_CONFIG)
        data = table
    else:
        found = _nearest((cwd or Path.cwd()).resolve())
        if found is None:
            return Config()
        path, data = found
    in_pyproject = path.name == "pyproject.toml"
    where = f"{path}" + (" [tool.genderscan]" if in_pyproject else "")
    return Config(_validate(data, where, path.parent), {k: where for k in data}, path)


def _validate(data: dict, where: str, base: Path) -> dict[str, Any]:
    """The file's values, each checked by its :class:`~genderscan.settings.Setting`."""
    unknown = sorted(set(data) - set(CONFIG_KEYS))
    if unknown:
        raise ConfigError(
            f"{where}: '{unknown[0]}' is not a genderscan setting (known: {', '.join(CONFIG_KEYS)})",
            code=errors.BAD_CONFIG,
        )
    out: dict[str, Any] = {key: BY_NAME[key].check(value, where) for key, value in data.items()}
    if "lexicon" in out:
        out["lexicon"] = tuple(resolve_lexicon_path(base, p) for p in out["lexicon"])
    if "model" in out and (base / out["model"]).exists():  # a pipeline folder beside the file, not a package name
        out["model"] = str((base / out["model"]).resolve())
    return out
