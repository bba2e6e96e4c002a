"""``genderscan check``, ``diff`` and ``baseline create``: thin commands over :mod:`genderscan.checking`.

Only assertions count (critical and quoted mentions never fail a build).
Exit status (computed by :class:`~genderscan.checking.CheckResult`): 0 nothing
at or above ``--fail-on``; 1 something is; 2 usage, configuration or input
errors (the other documents are still checked).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import errors
from ..checking import CheckResult
from ..errors import ConfigError, GenderscanError
from ..model import WORDING
from ..safetext import encodable, printable
from . import options as o
from ._util import EXIT_ERROR, EXIT_OK, report_error
from .language import t

CHECK_FORMATS = ("text", "json", "sarif", "github", "junit")
DIFF_FORMATS = ("text", "json")


Paths = Annotated[
    list[str], typer.Argument(help="Files, folders (searched recursively) or glob patterns.", show_default=False)
]


def _run(paths: list[str], options, debug: bool, baseline: Path | None = None) -> CheckResult:
    """The check, with unreadable documents reported as they come; a fatal error exits 2."""
    from .. import baseline as baselines
    from ..checking import check

    try:
        accepted = baselines.load(baseline) if baseline is not None else None
        return check(paths, options, baseline=accepted, on_error=lambda exc: report_error(exc, debug))
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None


def _choice(flag: str, value: str, choices: tuple[str, ...], debug: bool) -> None:
    try:
        o.choice(flag, value, choices)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None


def _options(config: Path | None, debug: bool, **given):
    try:
        return o.resolve(config, **given)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None


def _write(text: str, output: Path | None, debug: bool, inputs: list[str] | None = None) -> None:
    """*text* to *output* (``-`` or None: stdout), never over one of *inputs*."""
    text = encodable(text)
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    from ..report import refuse_inputs, write_atomic

    try:
        refuse_inputs(output, inputs or [])
        write_atomic(output, text)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None


def _inputs(result: CheckResult, options) -> list[str]:
    """What the run read: its documents, lexicon files and configuration file."""
    config = [options.source.removesuffix(" [tool.genderscan]")] if options.source else []
    return [d.path for d in result.documents] + list(options.lexicon_paths) + config


def _summary(result: CheckResult) -> None:
    err = sys.stderr
    total = sum(len(d.findings) for d in result.documents)
    # counted with the assumptions here (a CI gate at "low" fails on them), but named apart, as the report does
    pronouns = sum(1 for d in result.documents for f in d.findings if f.get("category") in WORDING)
    wording = t("check_wording", n=pronouns) if pronouns else ""
    unread = t("check_unread", n=result.errors) if result.errors else ""
    vetoed = t("check_vetoed", n=result.vetoed) if result.vetoed else ""
    print(
        t(
            "check_summary",
            total=total,
            wording=wording,
            documents=len(result.documents),
            failing=result.failing,
            fail_on=result.fail_on,
            vetoed=vetoed,
            unread=unread,
        ),
        file=err,
    )
    for d in result.documents:
        for s in d.suppressions:
            if not s["suppressed"]:
                line = t("unused_suppression", path=d.path, paragraph=s["paragraph"], rule=s["rule"])
                print(printable(line), file=err)
    if result.baseline_used:
        stale = result.baseline_stale
        entries = t("baseline_entry" if len(stale) == 1 else "baseline_entries")
        print(t("baseline_summary", suppressed=result.baseline_suppressed, stale=len(stale), entries=entries), file=err)
        for e in stale:
            line = t("baseline_stale", path=e["path"], rule=e.get("rule_id", ""), fingerprint=e["fingerprint"])
            print(printable(line), file=err)


def check_cli(
    paths: Paths,
    fail_on: o.FailOn = None,
    fmt: Annotated[
        str,
        o.choice_option(
            "--format",
            "-f",
            choices=CHECK_FORMATS,
            help="Output: text (path:page:paragraph: ID \\[severity] message), json, sarif (2.1.0), "
            "github (annotations), junit.",
        ),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write the output to this file instead of stdout.", readable=False),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when findings reach --fail-on (input errors still exit 2).")
    ] = False,
    model: o.Model = None,
    lexicon: o.Lexicon = None,
    disable: o.Disable = None,
    domain: o.Domain = None,
    pdf_engine: o.PdfEngine = None,
    lang: o.Lang = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="Do not report findings recorded in this baseline (genderscan baseline create).",
            readable=False,
        ),
    ] = None,
    config: o.ConfigFile = None,
    debug: o.Debug = False,
) -> None:
    from ..report.ci import check_formatter

    _choice("--format", fmt, CHECK_FORMATS, debug)
    opts = _options(
        config,
        debug,
        fail_on=fail_on,
        model=model,
        lexicon_paths=lexicon,
        disable=disable,
        domain=domain,
        pdf_engine=pdf_engine,
        lang=lang,
    )
    result = _run(paths, opts, debug, baseline)
    colour = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    formatter = check_formatter(fmt, colour=colour, docs_url=opts.docs_url)
    _write(formatter.render(result.to_dict()), output, debug, _inputs(result, opts))
    _summary(result)
    raise typer.Exit(result.exit_code(exit_zero))


def baseline_create_cli(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders or glob patterns whose current findings are accepted.", show_default=False),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="Baseline file to write.", readable=False)] = Path(
        ".genderscan-baseline.json"
    ),
    lexicon: o.Lexicon = None,
    disable: o.Disable = None,
    config: o.ConfigFile = None,
    debug: o.Debug = False,
) -> None:
    """Record the current assumptions so that check --baseline reports only new ones."""
    from .. import baseline as baselines

    opts = _options(config, debug, lexicon_paths=lexicon, disable=disable)
    result = _run(paths, opts, debug)
    if result.errors:
        raise typer.Exit(EXIT_ERROR)
    data = baselines.build([d.to_dict() for d in result.documents])
    _write(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output, debug, _inputs(result, opts))
    line = t("baseline_written", output=output, n=len(data["findings"]), documents=len(result.documents))
    print(printable(line), file=sys.stderr)


def diff_cli(
    old: Annotated[
        Path, typer.Argument(help="The earlier version of the document.", show_default=False, readable=False)
    ],
    new: Annotated[Path, typer.Argument(help="The later version.", show_default=False, readable=False)],
    fmt: Annotated[str, o.choice_option("--format", "-f", choices=DIFF_FORMATS, help="text or json.")] = "text",
    lexicon: o.Lexicon = None,
    disable: o.Disable = None,
    config: o.ConfigFile = None,
    debug: o.Debug = False,
) -> None:
    """Which assumptions are new, resolved or unchanged between two drafts (by fingerprint)."""
    from ..checking import diff
    from ..report.ci import where

    _choice("--format", fmt, DIFF_FORMATS, debug)
    opts = _options(config, debug, lexicon_paths=lexicon, disable=disable)
    for path in (old, new):
        if path.is_dir():
            report_error(
                ConfigError(f"{path}: diff compares two documents, not a folder", code=errors.BAD_OPTION), debug
            )
            raise typer.Exit(EXIT_ERROR)
    result = _run([str(old), str(new)], opts, debug)
    if result.errors:
        raise typer.Exit(EXIT_ERROR)
    documents = list(result.documents)
    if len(documents) == 1:  # the same document twice: nothing new, nothing resolved
        documents *= 2
    if len(documents) != 2:
        report_error(ConfigError(f"diff compares two documents, not {len(documents)}", code=errors.BAD_OPTION), debug)
        raise typer.Exit(EXIT_ERROR)
    groups = diff(*documents)
    if fmt == "json":
        summary = {k: len(v) for k, v in groups.items()}
        data = {"old": str(old), "new": str(new), **groups, "summary": summary}
        sys.stdout.write(encodable(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
    else:
        labels = {k: t(f"diff_{k}") for k in groups}
        width = max(map(len, labels.values()))
        for label, items in groups.items():
            source = new if label != "resolved" else old
            for f in items:
                page, para = where(f)
                line = (
                    f"{labels[label]:<{width}} {source}:{page}:{para}: {f['rule_id']} [{f['severity']}] {f['message']}"
                )
                sys.stdout.write(printable(line) + "\n")
    print(", ".join(f"{len(v)} {t(f'diff_{k}')}" for k, v in groups.items()), file=sys.stderr)
    raise typer.Exit(EXIT_OK)
