"""A short rich summary of a report on the terminal, in the run's language (:mod:`genderscan.cli.language`)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..formatting import number
from ..model import WORDING, DocumentReport
from ..report.ui import UI
from ..report.view import coverage_view, measures_owner, scan_date
from ._util import markup_safe, symbol
from .language import current, t


def print_summary(term: Console, report: DocumentReport, written: list[Path], data: dict) -> None:
    """The summary of *report*; *data* is its wire form in the report's language, for the readable names of
    categories and measures (the lexicon's, or their translations)."""
    lang = current()
    doc = report.document
    label = {c["id"]: c["label"] for c in data["categories"]}
    name = {m["id"]: m["name"] for m in data["measures"]}
    pages = t("summary_pages", n=number(doc["pages"], lang)) if doc["pages"] else ""
    head = t(
        "summary_head",
        path=f"[bold]{markup_safe(doc['path'])}[/bold]",
        format=markup_safe(doc["format"]),
        pages=pages,
        words=number(doc["words"], lang),
        domain=UI[lang]["domains"].get(report.domain.id, report.domain.id),
    )
    term.print(head)
    # a document also about other policy: the verdicts cover its social sections only, as the report says first
    coverage = None if report.domain.non_policy else coverage_view(data, UI[lang])
    if coverage is not None:
        n = len(coverage["sections"])
        sections = t("sections_one") if n == 1 else t("sections_many", n=number(n, lang))
        term.print(t("summary_coverage", topics=coverage["topics"], pct=coverage["pct"], n=sections))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column(t("col_category"))
    table.add_column(t("col_assertions"), justify="right")
    table.add_column(t("col_others"), justify="right")
    for c in report.categories:
        # generic masculine wording is counted apart (the line under the table), as the report does
        if c.id not in WORDING and (c.assertions or c.critical or c.quoted):
            table.add_row(markup_safe(label.get(c.id, c.id)), str(c.assertions), str(c.critical + c.quoted))
    if table.row_count:
        term.print(table)
    else:
        term.print(t("no_assertions"))
    missing = [name.get(m.id, m.id) for m in report.measures if m.status == "missing"]
    applying = [m for m in report.measures if m.status != "not_applicable"]
    missing_text = markup_safe(", ".join(missing)) if missing else t("none") if applying else t("no_checklist")
    # as the report counts them: generic masculine wording apart from the assumptions about roles
    assertions = report.assertions()
    wording = [f for f in assertions if f.category in WORDING]
    if data["document"].get("advisory") and applying:
        # as the report says it: an advice or guide commits to nothing itself, so nothing in it is "missing"
        discussed = sum(1 for m in applying if m.evidence)
        term.print(
            t("summary_counts_advisory", n=len(assertions) - len(wording), discussed=discussed, total=len(applying))
        )
    else:
        whose = measures_owner(data, scan_date())  # as the report says it
        if missing and whose:  # whose measures they are, as the report's figure says it (an expert read of a
            # coalition agreement: the terminal alone gave a harsher picture than the report)
            missing_text += f" ({markup_safe(UI[lang]['fig_' + whose])})"
        term.print(t("summary_counts", n=len(assertions) - len(wording), missing=missing_text))
    if wording:
        term.print(t("summary_wording", n=len(wording)))
    if report.domain.non_policy:
        kind = report.domain.non_policy_kind
        term.print(t(f"non_policy_{kind}" if kind else "non_policy"))
    elif report.gender_blind:
        key = "gender_blind_scoped" if coverage is not None else "gender_blind"
        term.print(t(key, rate=number(report.mentions.per_1000_words, lang)))
    if coverage is not None and coverage["outside"]:
        term.print(t("summary_outside", n=number(coverage["outside"], lang)))
    arrow = symbol(term, "→", "->")
    for dest in written:
        term.print(f"  {arrow} {markup_safe(dest)}")
