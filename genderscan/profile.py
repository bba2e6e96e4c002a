"""What a configuration does to a report: severities per rule and per-file ignores.

The library applies a :class:`Profile` to every report it makes
(:meth:`genderscan.Analyzer.analyse`), so ``analyse``, ``check``, ``batch``,
``diff``, ``baseline create`` and library users all see the same findings for
the same ``genderscan.toml``. Which rules run at all (``disable``, ``enable``)
is decided earlier, when the lexicon is loaded (:func:`switched_off`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path

from . import errors
from .errors import ConfigError
from .lexicon.schema import Lexicon
from .model import DocumentReport, Finding, Vetoed


@dataclass(frozen=True)
class Profile:
    """Severity overrides and per-file ignores, checked against a lexicon."""

    severity: dict[str, str]
    """Rule id → severity that replaces the rule's own."""
    ignore: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(glob, rule ids or categories or ``*``): findings not reported in matching files."""
    base: str | None = None
    """The configuration file's folder: globs also match the path relative to it."""

    def names(self, path: str) -> set[str]:
        """The forms of *path* a glob is matched against: as given, with forward slashes, the file
        name, and relative to the configuration's folder (however the path was typed)."""
        posix = path.replace("\\", "/")
        out = {path, posix, Path(posix).name}
        if self.base is not None:
            try:
                out.add(Path(os.path.realpath(path)).relative_to(os.path.realpath(self.base)).as_posix())
            except ValueError:  # outside the configuration's folder
                pass
        return out

    def ignored(self, names: set[str], finding: Finding | Vetoed) -> bool:
        """Whether a per-file ignore covers *finding* (or a finding the second opinion set aside) in the
        document known by *names*."""
        for pattern, ids in self.ignore:
            if "*" in ids or finding.rule_id in ids or finding.category in ids:
                if any(fnmatch(name, pattern) for name in names):
                    return True
        return False

    def apply(self, report: DocumentReport, path: str | None = None) -> DocumentReport:
        """*report* with severities overridden and ignored findings left out (*path*: the name the
        ignore globs are matched against, default the document's own)."""
        if not self.severity and not self.ignore:
            return report
        names = self.names(path if path is not None else report.document["path"]) if self.ignore else set()
        findings = tuple(
            replace(f, severity=self.severity.get(f.rule_id, f.severity))
            for f in report.findings
            if not self.ignored(names, f)
        )
        opinion = report.second_opinion
        if opinion is not None and names:
            opinion = replace(opinion, vetoed=tuple(v for v in opinion.vetoed if not self.ignored(names, v)))
        if findings == report.findings and opinion == report.second_opinion:
            return report
        categories = tuple(
            replace(
                c,
                assertions=_count(findings, c.id, "assertion"),
                critical=_count(findings, c.id, "critical"),
                quoted=_count(findings, c.id, "quoted"),
            )
            for c in report.categories
        )
        return replace(report, findings=findings, categories=categories, second_opinion=opinion)


def _count(findings: tuple[Finding, ...], category: str, stance: str) -> int:
    return sum(1 for f in findings if f.category == category and f.stance == stance)


def known_ids(lexicon: Lexicon) -> set[str]:
    return {c.id for c in lexicon.categories} | {r.id for r in lexicon.rules}


def switched_off(enable: Iterable[str], lexicon: Lexicon) -> list[str]:
    """Rule ids and categories outside *enable* (rule ids or categories to keep), for ``disable``."""
    enable = list(enable)
    bad = [e for e in enable if e not in known_ids(lexicon)]
    if bad:
        raise ConfigError(f"'enable' names unknown rule or category {bad[0]!r}", code=errors.BAD_CONFIG)
    off: list[str] = []
    for cat in lexicon.categories:
        if cat.id in enable:
            continue
        kept = [r.id for r in cat.rules if r.id in enable]
        off += [r.id for r in cat.rules if r.id not in kept] if kept else [cat.id]
    return off


def build_profile(
    severity: Iterable[tuple[str, str]],
    ignore: Iterable[tuple[str, tuple[str, ...]]],
    full: Lexicon,
    base: str | None = None,
) -> Profile:
    """A profile whose rule ids all exist in *full* (the lexicon before anything is switched off)."""
    known = known_ids(full)
    rule_ids = {r.id for r in full.rules}
    overrides = dict(severity)
    for rid in overrides:
        if rid not in rule_ids:
            raise ConfigError(f"'severity' names unknown rule id {rid!r}", code=errors.BAD_CONFIG)
    ignore = tuple(ignore)
    for glob, ids in ignore:
        for item in ids:
            if item != "*" and item not in known:
                raise ConfigError(f"'ignore.{glob}' names unknown rule or category {item!r}", code=errors.BAD_CONFIG)
    return Profile(overrides, ignore, base)
