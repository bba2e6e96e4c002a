"""``check``, ``diff`` and ``baseline create`` as library functions.

:func:`check` analyses documents with the options in effect (configuration
applied by the :class:`~genderscan.Analyzer`), keeps the assertions, applies a
baseline, and returns a :class:`CheckResult` that knows its own exit status.
Its wire form (:meth:`CheckResult.to_dict`) is what the CI formats of
:mod:`genderscan.report.ci` render.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import baseline as baselines
from . import errors
from .errors import GenderscanError, InputError
from .model import SEVERITIES
from .settings import Options

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)


def fatal(exc: GenderscanError) -> bool:
    """Errors of the lexicon (GS-E2xx) or an option (GS-E3xx): no document can be checked."""
    return exc.code.startswith(("GS-E2", "GS-E3"))


@dataclass
class CheckedDocument:
    """One document of a check: its assertion findings (wire form, in the report language), or its error."""

    path: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    """``CODE: message`` when the document could not be read."""
    suppressions: list[dict[str, Any]] = field(default_factory=list)
    vetoed: int = 0
    """The rules' assertions the second opinion set aside (``second_opinion.vetoed`` of the report)."""

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "findings": self.findings, "error": self.error, "suppressions": self.suppressions}


@dataclass
class CheckResult:
    """What a check found, against the threshold *fail_on*."""

    documents: list[CheckedDocument]
    fail_on: str
    language: str = "nl"
    rules: dict[str, dict[str, str]] = field(default_factory=dict)
    """The rules of the findings: message, explanation, suggestion (report language), severity, category."""
    baseline_suppressed: int = 0
    baseline_stale: list[dict[str, Any]] = field(default_factory=list)
    baseline_used: bool = False

    @property
    def failing(self) -> int:
        return sum(1 for d in self.documents for f in d.findings if at_or_above(f["severity"], self.fail_on))

    @property
    def vetoed(self) -> int:
        return sum(d.vetoed for d in self.documents)

    @property
    def errors(self) -> int:
        return sum(1 for d in self.documents if d.error)

    def exit_code(self, exit_zero: bool = False) -> int:
        """2 when a document could not be read; 1 when an assumption reaches ``fail_on`` (unless *exit_zero*)."""
        if self.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.failing and not exit_zero else EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {
            "fail_on": self.fail_on,
            "language": self.language,
            "documents": [d.to_dict() for d in self.documents],
            "rules": self.rules,
            "summary": {
                "documents": len(self.documents),
                "findings": sum(len(d.findings) for d in self.documents),
                "at_or_above_fail_on": self.failing,
                "errors": self.errors,
                "baseline_suppressed": self.baseline_suppressed,
                "baseline_stale": self.baseline_stale,
            },
        }


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files from files, folders and globs; an empty result is an input error."""
    from .batching.inputs import discover

    given = [str(p) for p in paths]
    files = discover(given)
    if not files:
        raise InputError(f"{' '.join(given)}: no documents found", code=errors.FILE_NOT_FOUND)
    return files


def check(
    paths: Iterable[str | Path],
    options: Options | None = None,
    *,
    baseline: dict[str, Any] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> CheckResult:
    """Check every document; unreadable ones are recorded (and passed to *on_error*) and the rest go on.

    Errors of the lexicon or an option are raised: nothing can be checked.
    spaCy is loaded only when the first document exists.
    """
    from .report.localise import localise

    options = options or Options()
    analyzer = None
    documents: list[CheckedDocument] = []
    for path in expand(paths):
        try:
            if not path.exists():  # before the pipeline loads: a missing file costs no spaCy start-up
                raise InputError(f"{path}: file not found", code=errors.FILE_NOT_FOUND)
            if analyzer is None:
                from .api import Analyzer

                analyzer = Analyzer(options=options)
            report = localise(analyzer.analyse(path).to_dict(), analyzer.lexicon, options.lang)
        except GenderscanError as exc:
            if fatal(exc):
                raise
            if on_error is not None:
                on_error(exc)
            documents.append(CheckedDocument(str(path), error=f"{exc.code}: {exc.message}"))
            continue
        except Exception as exc:  # an internal error in one document must not lose the others' results
            if on_error is not None:
                on_error(exc)
            documents.append(CheckedDocument(str(path), error=f"GS-E000: internal error: {type(exc).__name__}: {exc}"))
            continue
        findings = [f for f in report["findings"] if f["stance"] == "assertion"]
        vetoed = len((report.get("second_opinion") or {}).get("vetoed", []))
        documents.append(CheckedDocument(str(path), findings, None, list(report["suppressions"]), vetoed))
    result = CheckResult(documents, options.fail_on, options.lang)
    if analyzer is not None:
        result.rules = used_rules(documents, analyzer, options.lang)
    if baseline is not None:
        _apply_baseline(result, baseline)
    return result


def used_rules(documents: list[CheckedDocument], analyzer: Any, lang: str) -> dict[str, dict[str, str]]:
    """The texts and configured severity of every rule with a finding, by id."""
    by_id = {r.id: r for r in analyzer.lexicon.rules}
    used = sorted({f["rule_id"] for d in documents for f in d.findings} & set(by_id))
    out = {}
    for rid in used:
        rule = by_id[rid]
        texts = {k: rule.text(k, lang) for k in ("message", "explanation", "suggestion")}
        out[rid] = {**texts, "severity": analyzer.profile.severity.get(rid, rule.severity), "category": rule.category}
    return out


def _apply_baseline(result: CheckResult, baseline: dict[str, Any]) -> None:
    wire = [d.to_dict() for d in result.documents]
    kept, result.baseline_suppressed, result.baseline_stale = baselines.apply(wire, baseline)
    for doc, after in zip(result.documents, kept, strict=True):
        doc.findings = after["findings"]
    result.baseline_used = True


def diff(old: CheckedDocument, new: CheckedDocument) -> dict[str, list[dict[str, Any]]]:
    """Assumptions ``new``, ``resolved`` and ``unchanged`` between two drafts, by fingerprint."""
    before = {f["fingerprint"]: f for f in old.findings}
    after = {f["fingerprint"]: f for f in new.findings}
    return {
        "new": [after[k] for k in after if k not in before],
        "resolved": [before[k] for k in before if k not in after],
        "unchanged": [after[k] for k in after if k in before],
    }
