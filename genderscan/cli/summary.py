"""A short rich summary of a report on the terminal."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..model import DocumentReport
from ._util import markup_safe, symbol


def print_summary(term: Console, report: DocumentReport, written: list[Path]) -> None:
    doc = report.document
    assertions = report.assertions()
    pages = f", {doc['pages']} pagina's" if doc["pages"] else ""
    term.print(
        f"[bold]{markup_safe(doc['path'])}[/bold] ({markup_safe(doc['format'])}{pages}, {doc['words']} woorden, "
        f"domein {markup_safe(report.domain.id)})"
    )
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("categorie")
    table.add_column("aannames", justify="right")
    table.add_column("kritisch/geciteerd", justify="right")
    for c in report.categories:
        if c.assertions or c.critical or c.quoted:
            table.add_row(markup_safe(c.id), str(c.assertions), str(c.critical + c.quoted))
    if table.row_count:
        term.print(table)
    else:
        term.print("  geen genderstereotiepe aannames gevonden")
    missing = [m.id for m in report.measures if m.status == "missing"]
    missing_text = markup_safe(", ".join(missing)) if missing else "geen"
    term.print(f"  aannames: {len(assertions)}; ontbrekende maatregelen: {missing_text}")
    if report.gender_blind:
        rate = report.mentions.per_1000_words
        term.print(f"  genderneutraal geformuleerd: {rate} verwijzingen naar gender per 1.000 woorden")
    arrow = symbol(term, "→", "->")
    for dest in written:
        term.print(f"  {arrow} {markup_safe(dest)}")
