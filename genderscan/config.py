"""``genderscan.toml`` or ``[tool.genderscan]`` in ``pyproject.toml`` → :class:`Config`.

Found upwards from the working directory (the first folder with either file
wins; a ``genderscan.toml`` before a ``pyproject.toml`` in the same folder),
or given with ``--config``. Every value remembers where it came from, for
``genderscan config show``; options on the command line win over the file.

    disable = ["GM001", "generiek_mannelijk"]     # rules or categories off
    enable = ["kostwinner", "zorgrol"]             # only these rules or categories
    lexicon = ["regels/eigen.yml"]                 # relative to the config file
    severity = { KW004 = "low" }                   # per rule
    domain = "participatie"
    fail_on = "high"
    pdf_engine = "pdfium"
    lang = "nl"
    docs_url = "https://github.com/ORG/REPO/blob/main/docs/lexicon.md"   # SARIF helpUri
    [ignore]                                       # per-file ignores, by glob
    "archief/**" = ["*"]
    "concepten/*.docx" = ["GM001"]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from . import errors
from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SEVERITIES = ("low", "medium", "high")
DOMAINS = ("participatie", "inburgering", "armoede", "other")
KEYS = ("disable", "enable", "lexicon", "severity", "domain", "fail_on", "pdf_engine", "lang", "docs_url", "ignore")


@dataclass
class Config:
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    file: Path | None = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def ignored(self, path: str, rule_id: str, category: str) -> bool:
        """Whether a per-file ignore covers this rule or category in *path*."""
        for pattern, ids in self.values.get("ignore", {}).items():
            if fnmatch(path, pattern) or fnmatch(Path(path).as_posix(), pattern) or fnmatch(Path(path).name, pattern):
                if "*" in ids or rule_id in ids or category in ids:
                    return True
        return False


def find(start: Path) -> tuple[Path, bool] | None:
    """(config file, is pyproject) nearest to *start*, looking upwards."""
    for folder in [start, *start.parents]:
        own = folder / "genderscan.toml"
        if own.is_file():
            return own, False
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "genderscan" in _read(pyproject).get("tool", {}):
            return pyproject, True
    return None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})", code=errors.BAD_CONFIG) from exc


def load(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    """The configuration in effect: *explicit* (``--config``), else the nearest file, else defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: configuration file not found", code=errors.BAD_CONFIG)
        path, in_pyproject = explicit, explicit.name == "pyproject.toml"
    else:
        found = find((cwd or Path.cwd()).resolve())
        if found is None:
            return Config()
        path, in_pyproject = found
    data = _read(path)
    if in_pyproject:
        data = data.get("tool", {}).get("genderscan", {})
    where = f"{path}" + (" [tool.genderscan]" if in_pyproject else "")
    return Config(_validate(data, where, path.parent), {k: where for k in data}, path)


def _fail(where: str, key: str, message: str) -> None:
    raise ConfigError(f"{where}: '{key}' {message}", code=errors.BAD_CONFIG)


def _strings(where: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        _fail(where, key, "must be a list of texts")
    return list(value)


def _validate(data: dict, where: str, base: Path) -> dict[str, Any]:
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        _fail(where, unknown[0], f"is not a genderscan setting (known: {', '.join(KEYS)})")
    out: dict[str, Any] = {}
    for key in ("disable", "enable"):
        if key in data:
            out[key] = _strings(where, key, data[key])
    if "lexicon" in data:
        out["lexicon"] = [
            str((base / p).resolve()) if not Path(p).is_absolute() else p
            for p in _strings(where, "lexicon", data["lexicon"])
        ]
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict) or not all(isinstance(v, str) and v in SEVERITIES for v in sev.values()):
            _fail(where, "severity", f"must map rule ids to one of {', '.join(SEVERITIES)}")
        out["severity"] = dict(sev)
    for key, choices in (
        ("domain", DOMAINS),
        ("fail_on", SEVERITIES),
        ("pdf_engine", ("pdfium", "pdfplumber")),
        ("lang", ("nl", "en")),
    ):
        if key in data:
            if data[key] not in choices:
                _fail(where, key, f"is {data[key]!r}; expected one of {', '.join(choices)}")
            out[key] = data[key]
    if "docs_url" in data:
        url = data["docs_url"]
        if not isinstance(url, str) or not url.startswith(("https://", "http://")) or " " in url:
            _fail(where, "docs_url", "must be an absolute http(s) address of docs/lexicon.md")
        out["docs_url"] = url
    if "ignore" in data:
        ign = data["ignore"]
        if not isinstance(ign, dict):
            _fail(where, "ignore", "must be a table of glob = [rule ids or categories]")
        out["ignore"] = {str(k): _strings(where, f"ignore.{k}", v) for k, v in ign.items()}
    return out


def resolve_disable(config: Config, lexicon) -> list[str]:
    """Rule ids and categories to switch off: ``disable`` plus everything outside ``enable``."""
    off = list(config.get("disable", []))
    enable = config.get("enable")
    if enable:
        known = {c.id for c in lexicon.categories} | {r.id for r in lexicon.rules}
        bad = [e for e in enable if e not in known]
        if bad:
            raise ConfigError(
                f"{config.sources.get('enable')}: 'enable' names unknown rule or category {bad[0]!r}",
                code=errors.BAD_CONFIG,
            )
        for cat in lexicon.categories:
            if cat.id in enable:
                continue
            kept = [r.id for r in cat.rules if r.id in enable]
            off += [r.id for r in cat.rules if r.id not in kept] if kept else [cat.id]
    return off
