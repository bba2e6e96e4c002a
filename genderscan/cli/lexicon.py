"""``genderscan lexicon list|show|validate|test|docs``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import errors
from ..errors import GenderscanError, LexiconError
from . import options as o
from ._util import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, report_error
from .language import current, t

lexicon_app = typer.Typer(
    help="Inspect, validate and test the stereotype lexicon (built-in rules plus your own files).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _load(paths, debug: bool, disable=()):
    from ..lexicon import load_lexicon

    try:
        return load_lexicon(paths or (), disable=disable)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None


@lexicon_app.command("list")
def list_cmd(
    category: Annotated[str | None, typer.Option("--category", "-c", help="Only the rules of this category.")] = None,
    lexicon: o.Lexicon = None,
    debug: o.Debug = False,
) -> None:
    """One line per rule: id, category, severity, message."""
    lex = _load(lexicon, debug)
    if category is not None and lex.category(category) is None:
        report_error(
            LexiconError(
                f"unknown category '{category}' (expected one of {', '.join(c.id for c in lex.categories)})",
                code=errors.LEXICON_UNKNOWN_ID,
            ),
            debug,
        )
        raise typer.Exit(EXIT_ERROR) from None
    rules = [r for r in lex.rules if category is None or r.category == category]
    width = max((len(r.category) for r in rules), default=10)
    for r in rules:
        print(f"{r.id:<7} {r.category:<{width}} {r.severity:<6} {r.text('message', current()) or r.message}")
    print(t("lexicon_rules", n=len(rules)), file=sys.stderr)


@lexicon_app.command("show")
def show_cmd(
    rule_id: Annotated[str, typer.Argument(help="Rule id, e.g. KW001.", show_default=False)],
    lexicon: o.Lexicon = None,
    debug: o.Debug = False,
) -> None:
    """Everything about one rule: patterns, explanation, source, suggestion, examples."""
    from ..analysis import cited_sources
    from ..lexicon.docs import describe_pattern

    lex = _load(lexicon, debug)
    rule = next((r for r in lex.rules if r.id.lower() == rule_id.lower()), None)
    if rule is None:
        report_error(
            LexiconError(f"no rule with id '{rule_id}' (see genderscan lexicon list)", code=errors.LEXICON_UNKNOWN_ID),
            debug,
        )
        raise typer.Exit(EXIT_ERROR) from None
    cat = lex.category(rule.category)
    lines = [
        f"{rule.id}  [{rule.severity}]  {rule.category}: {cat.label}",
        f"file: {rule.file}",
        "",
        f"message:     {rule.message}",
        f"explanation: {rule.explanation}",
        f"suggestion:  {rule.suggestion}",
        f"source:      {cited_sources(lex, [rule.source])[rule.source]}",
        "",
        "patterns:",
        *[f"  - {describe_pattern(p)}" for p in rule.patterns],
    ]
    if rule.unless:
        lines.append(f"unless: {', '.join(rule.unless)}")
    if not rule.negatable:
        lines.append("negatable: no (the pattern itself contains the negation)")
    if not rule.vetoable:
        lines.append("vetoable: no (the trained second opinion never sets its assertions aside)")
    lines += ["", "must match:", *[f"  + {s}" for s in rule.examples_match]]
    lines += ["must not match:", *[f"  - {s}" for s in rule.examples_no_match]]
    print("\n".join(lines))


@lexicon_app.command("validate")
def validate_cmd(
    paths: Annotated[
        list[Path], typer.Argument(help="Lexicon files or folders to check.", show_default=False, readable=False)
    ],
    debug: o.Debug = False,
) -> None:
    """Check your lexicon files against the schema; one coded error line per bad file."""
    from ..lexicon import load_lexicon
    from ..lexicon.loader import extra_files

    try:
        files = extra_files(paths)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    bad = 0
    for f in files:
        try:
            load_lexicon([f])
        except GenderscanError as exc:
            bad += 1
            report_error(exc, debug)
    if not bad:
        try:
            lex = load_lexicon(files)  # the files together: ids must not clash
        except GenderscanError as exc:
            report_error(exc, debug)
            raise typer.Exit(EXIT_ERROR) from None
        print(t("lexicon_valid", files=len(files), rules=len(lex.rules)))
    raise typer.Exit(EXIT_ERROR if bad else EXIT_OK)


@lexicon_app.command("test")
def test_cmd(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Your lexicon files: test only their rules (default: every rule).", show_default=False, readable=False
        ),
    ] = None,
    model: o.Model = None,
    debug: o.Debug = False,
) -> None:
    """Run every rule's example sentences; list the ones that fail. Exit 1 on failures."""
    from ..analysis.examples import run_evidence_examples, run_examples
    from ..api import Analyzer

    paths = paths or []
    try:
        analyzer = Analyzer(model=model, lexicon_paths=paths)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    from ..lexicon.loader import extra_files

    own = {str(p) for p in extra_files(paths)}
    ids = {r.id for r in analyzer.lexicon.rules if r.file in own} if paths else None
    total, failures = run_examples(analyzer, ids)
    if not paths:
        more, evidence_failures = run_evidence_examples(analyzer)
        total, failures = total + more, failures + evidence_failures
    for f in failures:
        print(f.describe())
    lex = analyzer.lexicon
    tested = (
        t("lexicon_rules", n=len(ids))
        if ids is not None
        else t("lexicon_all", rules=len(lex.rules), questions=len(lex.questions), measures=len(lex.measures))
    )
    print(t("lexicon_examples", passed=total - len(failures), total=total, tested=tested), file=sys.stderr)
    raise typer.Exit(EXIT_FINDINGS if failures else EXIT_OK)


@lexicon_app.command("docs")
def docs_cmd(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (default: stdout).", readable=False)
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Do not write; exit 1 when OUTPUT differs from what the lexicon generates.")
    ] = False,
    debug: o.Debug = False,
) -> None:
    """Generate the rule reference page (docs/lexicon.md) from the YAML."""
    from ..lexicon.docs import render_markdown
    from ..report import write_atomic

    text = render_markdown(_load([], debug))
    if check:
        if output is None:
            report_error(GenderscanError("--check needs -o FILE", code=errors.BAD_OPTION), debug)
            raise typer.Exit(EXIT_ERROR) from None
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            print(t("docs_outdated", output=output), file=sys.stderr)
            raise typer.Exit(EXIT_FINDINGS)
        print(t("docs_current", output=output), file=sys.stderr)
        raise typer.Exit(EXIT_OK)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomic(output, text)
        except GenderscanError as exc:
            report_error(exc, debug)
            raise typer.Exit(EXIT_ERROR) from None
        print(t("wrote", output=output), file=sys.stderr)
