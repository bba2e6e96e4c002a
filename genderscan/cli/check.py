"""``genderscan check PATH...``: for CI. Exit 1 when an assumption at or above a severity is found.

Only assertions count (critical and quoted mentions never fail a build).
Exit status: 0 nothing at or above ``--fail-on``; 1 something is; 2 usage,
configuration or input errors (the other documents are still checked).
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import typer

from .. import errors
from ..errors import GenderscanError, InputError
from ..model import SEVERITIES
from ._util import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, report_error


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"


class Severity(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"


# Severity to the levels of each output format, in one place.
GITHUB_LEVEL = {"high": "error", "medium": "warning", "low": "notice"}
SARIF_LEVEL = {"high": "error", "medium": "warning", "low": "note"}
COLOUR = {"high": "\033[31m", "medium": "\033[33m", "low": "\033[36m"}


def expand(paths: list[str]) -> list[Path]:
    """Files from files, folders (recursively, supported types) and glob patterns, in order, once each."""
    from ..batching.inputs import discover

    return discover(paths)


def _at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)


def _where(f: dict) -> tuple[str, str]:
    loc = f["location"]
    return ("-" if loc["page"] is None else str(loc["page"])), str(loc["paragraph"])


def render_text(results: list[dict], colour: bool) -> str:
    lines = []
    for doc in results:
        for f in doc["findings"]:
            page, para = _where(f)
            sev = f"[{f['severity']}]"
            if colour:
                sev = f"{COLOUR[f['severity']]}{sev}\033[0m"
            lines.append(f"{doc['path']}:{page}:{para}: {f['rule_id']} {sev} {f['message']}")
    return "".join(line + "\n" for line in lines)


def render_github(results: list[dict]) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""

    def esc(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:
        return esc(text).replace(":", "%3A").replace(",", "%2C")

    lines = []
    for doc in results:
        for f in doc["findings"]:
            page, para = _where(f)
            title = (
                f"{f['rule_id']} ({f['category']}, p. {page})" if page != "-" else f"{f['rule_id']} ({f['category']})"
            )
            lines.append(
                f"::{GITHUB_LEVEL[f['severity']]} file={prop(doc['path'])},line={para},title={prop(title)}::{esc(f['message'] + ' — ' + f['sentence'])}"
            )
    return "".join(line + "\n" for line in lines)


def _docs_base(docs_url: str | None) -> str | None:
    """Absolute address of docs/lexicon.md: the configured ``docs_url``, else this checkout's file."""
    if docs_url:
        return docs_url.split("#")[0]
    local = Path(__file__).resolve().parents[2] / "docs" / "lexicon.md"
    return local.as_uri() if local.is_file() else None


def render_sarif(results: list[dict], lexicon, docs_url: str | None = None, lang: str = "nl") -> str:
    """SARIF 2.1.0: rules once in tool.driver.rules (help in docs/lexicon.md), a result per finding.

    ``helpUri`` must be an absolute URI (SARIF §3.49.12): the published
    docs/lexicon.md when ``docs_url`` is configured, else the file in this
    checkout, else left out (the help text is always there).
    """
    from .. import __version__
    from ..lexicon.docs import anchor
    from ..report.ui import UI

    base = _docs_base(docs_url)
    by_id = {r.id: r for r in lexicon.rules}
    used = sorted({f["rule_id"] for d in results for f in d["findings"]})
    rules = []
    for rid in used:
        r = by_id.get(rid)
        if r is None:
            continue
        message, explanation, suggestion = (r.text(k, lang) for k in ("message", "explanation", "suggestion"))
        label = UI[lang]["suggestion"][:-1]
        rule = {
            "id": rid,
            "name": rid,
            "shortDescription": {"text": message},
            "fullDescription": {"text": explanation},
            "help": {
                "text": f"{explanation}\n\n{label}: {suggestion}",
                "markdown": f"**{message}**\n\n{explanation}\n\n*{label}:* {suggestion}",
            },
            "defaultConfiguration": {"level": SARIF_LEVEL[r.severity]},
            "properties": {"category": r.category, "tags": [r.category, "gender"]},
        }
        if base:
            rule["helpUri"] = f"{base}#{anchor(rid)}"
        rules.append(rule)
    index = {r["id"]: i for i, r in enumerate(rules)}
    out = []
    for d in results:
        for f in d["findings"]:
            loc = f["location"]
            region = {"startLine": loc["paragraph"], "snippet": {"text": f["sentence"]}}
            if loc.get("char_start") is not None:
                region.update(startColumn=loc["char_start"] + 1, endColumn=loc["char_end"] + 1)
            result = {
                "ruleId": f["rule_id"],
                "level": SARIF_LEVEL[f["severity"]],
                "message": {"text": f"{f['message']} ({f['matched_text']})"},
                "locations": [
                    {"physicalLocation": {"artifactLocation": {"uri": Path(d["path"]).as_posix()}, "region": region}}
                ],
                "partialFingerprints": {"genderscan/v1": f["fingerprint"]},
                "properties": {
                    "page": loc["page"],
                    "category": f["category"],
                    "stance": f["stance"],
                    "paragraph": loc["paragraph"],
                },
            }
            if f["rule_id"] in index:
                result["ruleIndex"] = index[f["rule_id"]]
            out.append(result)
    failed = [d for d in results if d.get("error")]
    invocation = {
        "executionSuccessful": not failed,
        "toolExecutionNotifications": [
            {
                "level": "error",
                "message": {"text": d["error"]},
                "descriptor": {"id": d["error"].split(":")[0]},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": Path(d["path"]).as_posix()}}}],
            }
            for d in failed
        ],
    }
    driver = {"name": "genderscan", "version": __version__, "semanticVersion": __version__, "rules": rules}
    if docs_url:
        driver["informationUri"] = base
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": out,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_junit(results: list[dict], threshold: str) -> str:
    """JUnit XML (GitLab, Azure DevOps): a test suite per document, a test case per finding."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    total = sum(len(d["findings"]) + (1 if d["error"] else 0) for d in results)
    failures = sum(1 for d in results for f in d["findings"] if _at_or_above(f["severity"], threshold))
    errs = sum(1 for d in results if d["error"])
    out.append(f'<testsuites name="genderscan" tests="{total}" failures="{failures}" errors="{errs}">')
    for d in results:
        n_fail = sum(1 for f in d["findings"] if _at_or_above(f["severity"], threshold))
        out.append(
            f'  <testsuite name={quoteattr(d["path"])} tests="{len(d["findings"]) + (1 if d["error"] else 0)}" failures="{n_fail}" errors="{1 if d["error"] else 0}">'
        )
        if d["error"]:
            out.append(
                f'    <testcase name="read" classname={quoteattr(d["path"])}><error message={quoteattr(d["error"])}/></testcase>'
            )
        for f in d["findings"]:
            page, para = _where(f)
            name = f"{f['rule_id']} p. {page} alinea {para}"
            body = f"    <testcase name={quoteattr(name)} classname={quoteattr(f['category'])}>"
            if _at_or_above(f["severity"], threshold):
                body += f"<failure message={quoteattr(f['message'])} type={quoteattr(f['severity'])}>{escape(f['sentence'])}</failure>"
            else:
                body += f"<system-out>{escape(f['severity'] + ': ' + f['message'])}</system-out>"
            out.append(body + "</testcase>")
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"


def collect(paths: list[str], debug: bool, **options) -> tuple[list[dict], int, object]:
    """Analyse every document; (results, number of unreadable documents, the lexicon used or None
    when no document could be opened). Lexicon and option errors exit 2."""
    try:
        files = expand(paths)
        if not files:
            raise InputError(f"{' '.join(paths)}: no documents to check", code=errors.FILE_NOT_FOUND)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR)
    analyzer = None
    results: list[dict] = []
    failed = 0
    for path in files:
        try:
            if not path.exists():  # before the pipeline loads: a missing file costs no spaCy start-up
                raise InputError(f"{path}: file not found", code=errors.FILE_NOT_FOUND)
            if analyzer is None:  # only now pay for spaCy
                from ..api import Analyzer

                analyzer = Analyzer(**options)
            report = analyzer.analyse(path).to_dict()
            findings = [f for f in report["findings"] if f["stance"] == "assertion"]
            results.append(
                {"path": str(path), "findings": findings, "error": None, "suppressions": list(report["suppressions"])}
            )
        except GenderscanError as exc:
            report_error(exc, debug)
            if exc.code.startswith(("GS-E2", "GS-E3")):  # the lexicon or an option: nothing can be checked
                raise typer.Exit(EXIT_ERROR)
            failed += 1
            results.append({"path": str(path), "findings": [], "error": f"{exc.code}: {exc.message}"})
    return results, failed, analyzer.lexicon if analyzer is not None else None


def baseline_create_cli(
    paths: list[str] = typer.Argument(
        ..., help="Files, folders or glob patterns whose current findings are accepted.", show_default=False
    ),
    output: Path = typer.Option(Path(".genderscan-baseline.json"), "-o", "--output", help="Baseline file to write."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder; repeatable."),
    disable: list[str] = typer.Option([], "--disable", help="Rule id or category to switch off; repeatable."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    """Record the current assumptions so that check --baseline reports only new ones."""
    from .. import baseline as baselines
    from ..report import write_atomic

    results, failed, _ = collect(paths, debug, lexicon_paths=lexicon, disable=disable)
    if failed:
        raise typer.Exit(EXIT_ERROR)
    data = baselines.build(results)
    try:
        write_atomic(output, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR)
    print(f"wrote {output}: {len(data['findings'])} finding(s) from {len(results)} document(s)", file=sys.stderr)


def check_cli(
    paths: list[str] = typer.Argument(
        ..., help="Files, folders (searched recursively) or glob patterns.", show_default=False
    ),
    fail_on: Severity | None = typer.Option(
        None,
        "--fail-on",
        help="Fail (exit 1) on an assumption of at least this severity (default: config, else medium).",
    ),
    fmt: CheckFormat = typer.Option(
        CheckFormat.text,
        "--format",
        "-f",
        help="Output: text (path:page:paragraph: ID \\[severity] message), json, sarif (2.1.0), github (annotations), junit.",
    ),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write the output to this file instead of stdout."
    ),
    exit_zero: bool = typer.Option(
        False, "--exit-zero", help="Exit 0 even when findings reach --fail-on (input errors still exit 2)."
    ),
    model: str | None = typer.Option(
        None, "--model", help="Trained spaCy pipeline instead of the blank Dutch default."
    ),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder; repeatable."),
    disable: list[str] = typer.Option([], "--disable", help="Rule id or category to switch off; repeatable."),
    domain: str | None = typer.Option(None, "--domain", help="Policy domain instead of detection."),
    pdf_engine: str | None = typer.Option(None, "--pdf-engine", help="pdfium (default) or pdfplumber."),
    baseline: Path | None = typer.Option(
        None, "--baseline", help="Do not report findings recorded in this baseline (genderscan baseline create)."
    ),
    config: Path | None = typer.Option(
        None,
        "--config",
        help="Configuration file (default: genderscan.toml or \\[tool.genderscan] in pyproject.toml, found upwards).",
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    from .. import baseline as baselines
    from .. import config as configs

    accepted = None
    try:
        cfg = configs.load(config)
        extra = list(cfg.get("lexicon", [])) + [str(p) for p in lexicon]
        off = list(disable) + list(cfg.get("disable", []))
        if cfg.get("enable"):  # only 'enable' needs the lexicon, to know what lies outside it
            from ..lexicon import load_lexicon

            off += [item for item in configs.resolve_disable(cfg, load_lexicon(extra)) if item not in off]
        if baseline is not None:
            accepted = baselines.load(baseline)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR)
    results, failed_inputs, used_lexicon = collect(
        paths,
        debug,
        model=model,
        lexicon_paths=extra,
        domain=domain or cfg.get("domain"),
        disable=off,
        pdf_engine=pdf_engine or cfg.get("pdf_engine"),
    )
    lang = cfg.get("lang", "nl")
    if lang != "nl" and used_lexicon is not None:  # messages in the configured report language
        rules = {r.id: r for r in used_lexicon.rules}
        for d in results:
            d["findings"] = [
                {**f, **{k: rules[f["rule_id"]].text(k, lang) for k in ("message", "explanation", "suggestion")}}
                if f["rule_id"] in rules
                else f
                for f in d["findings"]
            ]
    overrides = cfg.get("severity", {})
    for d in results:
        d["findings"] = [
            {**f, "severity": overrides.get(f["rule_id"], f["severity"])}
            for f in d["findings"]
            if not cfg.ignored(d["path"], f["rule_id"], f["category"])
        ]
    suppressed, stale = 0, []
    if accepted is not None:
        results, suppressed, stale = baselines.apply(results, accepted)
    threshold = fail_on.value if fail_on is not None else cfg.get("fail_on", "medium")
    failing = sum(1 for d in results for f in d["findings"] if _at_or_above(f["severity"], threshold))
    if fmt is CheckFormat.json:
        text = (
            json.dumps(
                {
                    "fail_on": threshold,
                    "documents": results,
                    "summary": {
                        "documents": len(results),
                        "findings": sum(len(d["findings"]) for d in results),
                        "at_or_above_fail_on": failing,
                        "errors": failed_inputs,
                        "baseline_suppressed": suppressed,
                        "baseline_stale": stale,
                    },
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    elif fmt is CheckFormat.sarif:
        from ..lexicon import load_lexicon

        text = render_sarif(results, used_lexicon or load_lexicon(extra, disable=off), cfg.get("docs_url"), lang)
    elif fmt is CheckFormat.github:
        text = render_github(results)
    elif fmt is CheckFormat.junit:
        text = render_junit(results, threshold)
    else:
        colour = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        text = render_text(results, colour)
    if output is not None:
        from ..report import write_atomic

        try:
            write_atomic(output, text)
        except GenderscanError as exc:
            report_error(exc, debug)
            raise typer.Exit(EXIT_ERROR)
    else:
        sys.stdout.write(text)
    total = sum(len(d["findings"]) for d in results)
    print(
        f"{total} assumption(s) in {len(results)} document(s), {failing} at or above {threshold}"
        + (f", {failed_inputs} document(s) could not be read" if failed_inputs else ""),
        file=sys.stderr,
    )
    for d in results:
        for s in d.get("suppressions", []):
            if not s["suppressed"]:
                print(
                    f"unused suppression: {d['path']} alinea {s['paragraph']}: {s['rule']} (nothing to suppress there)",
                    file=sys.stderr,
                )
    if accepted is not None:
        print(
            f"baseline: {suppressed} finding(s) suppressed, {len(stale)} baseline entr{'y' if len(stale) == 1 else 'ies'} no longer occur",
            file=sys.stderr,
        )
        for e in stale:
            print(f"  no longer occurs: {e['path']} {e.get('rule_id', '')} {e['fingerprint']}", file=sys.stderr)
    if failed_inputs:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def diff_cli(
    old: Path = typer.Argument(..., help="The earlier version of the document.", show_default=False),
    new: Path = typer.Argument(..., help="The later version.", show_default=False),
    fmt: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f", help="text or json."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder; repeatable."),
    disable: list[str] = typer.Option([], "--disable", help="Rule id or category to switch off; repeatable."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    """Which assumptions are new, resolved or unchanged between two drafts (by fingerprint)."""
    if fmt not in (CheckFormat.text, CheckFormat.json):
        report_error(GenderscanError("diff writes text or json", code=errors.BAD_OPTION), debug)
        raise typer.Exit(EXIT_ERROR)
    results, failed, _ = collect([str(old), str(new)], debug, lexicon_paths=lexicon, disable=disable)
    if failed or len(results) != 2:
        raise typer.Exit(EXIT_ERROR)
    before = {f["fingerprint"]: f for f in results[0]["findings"]}
    after = {f["fingerprint"]: f for f in results[1]["findings"]}
    groups = {
        "new": [after[k] for k in after if k not in before],
        "resolved": [before[k] for k in before if k not in after],
        "unchanged": [after[k] for k in after if k in before],
    }
    if fmt is CheckFormat.json:
        sys.stdout.write(
            json.dumps(
                {"old": str(old), "new": str(new), **groups, "summary": {k: len(v) for k, v in groups.items()}},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    else:
        for label, items in groups.items():
            source = new if label != "resolved" else old
            for f in items:
                page, para = _where(f)
                sys.stdout.write(
                    f"{label:<9} {source}:{page}:{para}: {f['rule_id']} [{f['severity']}] {f['message']}\n"
                )
    print(", ".join(f"{len(v)} {k}" for k, v in groups.items()), file=sys.stderr)
    raise typer.Exit(EXIT_OK)
