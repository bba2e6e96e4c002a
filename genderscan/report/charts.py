"""Geometry of the two small pictures of the HTML report, drawn by the template as inline SVG:
the measure checklist (✓ present, ✗ missing; in an advice ○ discussed, – not named) and a bar per
category of assumptions.

Only numbers and positions here; the texts come from the report and ``ui.py``. The pictures are
narrow (WIDTH units, about 14px text) so that on a phone they shrink little; a long name takes
two lines instead of running off the picture.
"""

from __future__ import annotations

import textwrap

WIDTH = 400
"""Width of both pictures in SVG units (they scale to the page, see report.css)."""
LINE = 18
"""Height of one line of text."""
WRAP = 44
"""Characters on one line of a name or label at most (14px text in WIDTH units)."""
PAD = 10
"""Space between two rows."""
BAR = 14
"""Height of a bar."""
BAR_MAX = 340
"""Length of the longest bar; the count is written after it."""


def _lines(text: str) -> list[str]:
    return textwrap.wrap(text, WRAP, break_long_words=True, break_on_hyphens=False) or [""]


def checklist(measures: list[dict], advisory: bool = False, notes: dict[str, str] | None = None) -> dict:
    """One row per measure that applies (present or missing), in checklist order: a ✓ or ✗ in a
    circle, and the name beside it, with the report's note (*notes*, by key) for a missing measure
    committed to only for another group (``partial``) or only intended (``intended``): the ✗ alone
    read as "nothing" where the document does something. An advice or guide commits to nothing itself:
    there a measure it discusses or recommends has a ○ (class ``advised``), one it does not name a –
    (``absent``)."""
    rows, y = [], 0
    for m in measures:
        if m["status"] == "not_applicable":
            continue
        key = "partial" if m.get("partial") else "intended" if m.get("intended") else None
        note = (notes or {}).get(key or "") if m["status"] == "missing" and not advisory else None
        lines = _lines(f"{m['name']} ({note})" if note else m["name"])
        height = max(24, len(lines) * LINE + 6)
        if advisory:
            mark, cls = ("○", "advised") if m.get("evidence") else ("–", "absent")
        else:
            mark, cls = ("✓", "ok") if m["status"] == "present" else ("✗", "no")
        rows.append(
            {
                "name": m["name"],
                "note": note,
                "ok": m["status"] == "present",
                "mark": mark,
                "cls": cls,
                "cy": y + 12,
                "sy": y + 17,
                "lines": [{"text": t, "y": y + 17 + i * LINE} for i, t in enumerate(lines)],
            }
        )
        y += height + PAD // 2
    return {"width": WIDTH, "height": max(y, 1), "rows": rows}


def category_bars(categories: list[dict]) -> dict:
    """One bar per category with assumptions, most first (ties in lexicon order): the label above,
    the bar and its count below."""
    shown = sorted((c for c in categories if c["assertions"]), key=lambda c: -c["assertions"])
    top = max((c["assertions"] for c in shown), default=1)
    rows, y = [], 0
    for c in shown:
        lines = _lines(c["label"])
        label_y = y + 14
        bar_y = y + len(lines) * LINE + 4
        length = max(4.0, BAR_MAX * c["assertions"] / top)
        rows.append(
            {
                "count": c["assertions"],
                "label": c["label"],
                "lines": [{"text": t, "y": label_y + i * LINE} for i, t in enumerate(lines)],
                "by": bar_y,
                "length": round(length, 1),
                "tx": round(length + 8, 1),
                "ty": bar_y + BAR - 2,
            }
        )
        y = bar_y + BAR + PAD
    return {"width": WIDTH, "height": max(y, 1), "rows": rows, "bar": BAR}
