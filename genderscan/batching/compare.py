"""The comparison report of a batch: one self-contained HTML page, in Dutch or English.

A sortable table per input (unique label, counts and counts per 1,000 words,
measures, gender-blindness) that fits a 1,280 px screen, a ✓/✗ matrix of the
measures, a heatmap of the assumptions per 1,000 words per category and a
chart of measure coverage (matplotlib, inlined as SVG), and details per
document; each label links to the document's own report, written next to the
page (``documenten/``). No external files or scripts: the only script is the
small inline table sorter. What the page shows is built in ``compare_view``.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path

from .. import __version__, errors
from ..errors import ConfigError
from ..lexicon.schema import Lexicon
from ..report import FORMATTERS, refuse_inputs, write_atomic
from ..report.localise import localise
from ..resources import reports_dir
from ..safetext import printable
from .compare_texts import TEXTS
from .compare_view import comparison_view, number
from .export import table_rows
from .store import Store


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "document"


def _svg(fig, salt: str, label: str) -> str:
    import matplotlib

    buf = io.StringIO()
    # a salt per chart keeps the ids inside the two inline SVGs of one page apart
    with matplotlib.rc_context(
        {"svg.hashsalt": salt, "svg.fonttype": "none"}
    ):  # text stays text: searchable, read aloud
        fig.savefig(buf, format="svg", bbox_inches="tight")
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]  # inline: without the XML declaration and doctype
    # an image with a text alternative for screen readers (the table has the same figures)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{html.escape(label)}" ', 1)


def _plain_text():
    """matplotlib settings under which every label is plain text: a file name or manifest field with ``$`` is
    no formula (mathtext would raise on ``kosten_$2024_$2025``), and LaTeX is never run."""
    import matplotlib

    matplotlib.use("Agg")
    return matplotlib.rc_context({"text.parse_math": False, "text.usetex": False})


def heatmap(labels: list[str], categories: list[tuple[str, str]], values: list[list[float]], lang: str = "nl") -> str:
    """Assumptions per 1,000 words (or counts) per category (columns) per input (rows), as inline SVG."""
    with _plain_text():
        return _heatmap([printable(x) for x in labels], [(c, printable(n)) for c, n in categories], values, lang)


def _heatmap(labels: list[str], categories: list[tuple[str, str]], values: list[list[float]], lang: str) -> str:
    import matplotlib.pyplot as plt

    t = TEXTS[lang]
    height = 1.6 + 0.32 * max(1, len(labels))
    fig, ax = plt.subplots(figsize=(9, height))
    top = max([v for row in values for v in row] + [0.01])
    # pcolormesh stays vector in SVG (imshow would embed a bitmap)
    image = ax.pcolormesh(
        values or [[0] * len(categories)], cmap="Purples", vmin=0, vmax=top, edgecolors="white", linewidth=0.5
    )
    ax.invert_yaxis()
    ax.set_xticks(
        [j + 0.5 for j in range(len(categories))], [name for _, name in categories], rotation=40, ha="right", fontsize=8
    )
    ax.set_yticks([i + 0.5 for i in range(len(labels))], labels, fontsize=8)
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            if v:
                ax.text(
                    j + 0.5,
                    i + 0.5,
                    str(v) if isinstance(v, int) else number(v, lang, 2),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if v > top / 2 else "#222",
                )
    ax.set_title(t["heatmap_title"], fontsize=10)
    bar = fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02, label=t["heatmap_bar"])
    if bar.solids is not None:
        bar.solids.set_rasterized(False)  # vector, like the rest
    svg = _svg(fig, "heatmap", t["heatmap_label"])
    plt.close(fig)
    return svg


def coverage_chart(measures: list[tuple[str, int, int]], lang: str = "nl") -> str:
    """Per measure: share of the documents it applies to that contain it, as inline SVG."""
    with _plain_text():
        return _coverage_chart([(printable(name), present, applicable) for name, present, applicable in measures], lang)


def _coverage_chart(measures: list[tuple[str, int, int]], lang: str) -> str:
    import matplotlib.pyplot as plt

    t = TEXTS[lang]
    fig, ax = plt.subplots(figsize=(9, 0.9 + 0.35 * max(1, len(measures))))
    names = [m[0] for m in measures]
    shares = [100 * present / applicable if applicable else 0 for _, present, applicable in measures]
    bars = ax.barh(range(len(measures)), shares, color="#5b3f8c")
    ax.set_yticks(range(len(measures)), names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel(t["coverage_axis"], fontsize=8)
    for bar, (_, present, applicable) in zip(bars, measures, strict=True):
        y = bar.get_y() + bar.get_height() / 2
        if bar.get_width() > 85:  # no room after the bar: the label goes inside, in white
            ax.text(
                bar.get_width() - 1, y, f"{present}/{applicable}", va="center", ha="right", fontsize=7, color="white"
            )
        else:
            ax.text(bar.get_width() + 1, y, f"{present}/{applicable}", va="center", fontsize=7)
    ax.set_title(t["coverage_title"], fontsize=10)
    svg = _svg(fig, "coverage", t["coverage_label"])
    plt.close(fig)
    return svg


def write_comparison(
    store: Store,
    key: str,
    target: Path,
    inputs: Iterable[str | Path] = (),
    *,
    lang: str = "nl",
    lexicon: Lexicon | None = None,
) -> Path:
    """Write the comparison page to *target* and each document's report to ``documenten/`` beside it, in
    *lang* (English texts come from *lexicon*'s translations); never over the store or one of *inputs*
    (GS-E403)."""
    if lang not in TEXTS:
        raise ConfigError(
            f"unknown report language '{lang}' (expected one of {', '.join(TEXTS)})", code=errors.BAD_OPTION
        )
    inputs = [store.path, *inputs]
    refuse_inputs(target, inputs)
    if lang != "nl" and lexicon is None:
        from ..api import prepare
        from ..settings import Options

        lexicon = prepare(Options())[0]
    rows = table_rows(store, "documents", key)
    meta_keys = _meta_keys(store, key)
    doc_dir = target.parent / "documenten"
    links: dict[str, str] = {}
    reports: dict[str, dict] = {}
    for sha, version in sorted(
        {(r["sha256"], r["lexicon_version"]) for r in rows if r["analysed_at"] and r["error_code"] is None}
    ):
        report = store.report(sha, version)
        if report is None:
            continue
        if lexicon is not None:
            report = localise(report, lexicon, lang)
        name = f"{_slug(Path(report['document']['path']).stem)}-{sha[:10]}.html"
        refuse_inputs(doc_dir / name, inputs)
        write_atomic(doc_dir / name, FORMATTERS["html"].render(report))
        links[sha] = f"documenten/{name}"
        reports[sha] = report
    view = comparison_view(rows, reports, links, meta_keys, lang)
    charts = {}
    if view["analysed"]:
        charts["heatmap"] = heatmap([d["label"] for d in view["analysed"]], view["categories"], view["heatmap"], lang)
        charts["coverage"] = coverage_chart(view["coverage"], lang)
    css = (reports_dir() / "report.css").read_text(encoding="utf-8")
    from ..report.templating import environment
    from ..report.ui import UI

    page = (
        environment(autoescape=True)
        .get_template("vergelijking.html.j2")
        .render(
            **view,
            css=css,
            charts=charts,
            key=key,
            version=__version__,
            total=len(rows),
            failed=sum(1 for r in rows if r["error_code"]),
            domains=UI[lang]["domains"],
        )
    )
    write_atomic(target, page)
    return target


def _meta_keys(store: Store, key: str) -> list[str]:
    out: list[str] = []
    for (meta,) in store.db.execute("SELECT meta FROM inputs WHERE lexicon_version = ? ORDER BY row", (key,)):
        for k in json.loads(meta):
            if k not in out:
                out.append(k)
    return out
