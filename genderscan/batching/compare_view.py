"""What the comparison page shows, per input: a unique label, figures per 1,000 words next to the
raw counts, the measures as present / missing / not judged, and the texts in Dutch or English.

Pure data: :func:`comparison_view` takes the rows of the ``documents`` export table and the stored
reports (already in the page's language) and returns what ``reports/vergelijking.html.j2`` and the
charts draw. Labels are plain text; the template escapes them, the charts draw them without mathtext.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..ingest.metadata import PRINTER_PREFIX
from ..safetext import printable
from .compare_texts import TEXTS

LABEL_KEYS = ("gemeente", "municipality", "naam", "name", "organisatie")
YEAR_KEYS = ("jaar", "year")
SHORT_TITLE = 60
"""Characters of a document title in a label at most (the whole title is in the details)."""


def number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """``1.234,50`` in Dutch, ``1,234.50`` in English, always with *decimals* decimals (a column of rates
    lines up); empty for None. The locales are those of :mod:`genderscan.formatting`."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    from ..formatting import LOCALES

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=LOCALES.get(lang, "nl_NL")))


def per_1000(count: int | None, words: int | None) -> float | None:
    """*count* per 1,000 words, or None when there are no words to count by."""
    if count is None or not words:
        return None
    return 1000 * count / words


def short(text: str, limit: int = SHORT_TITLE) -> str:
    """*text* on one line without the prefix a PDF printer sets in the title (``Microsoft Word - ``), cut at a
    word before *limit* characters with an ellipsis."""
    text = printable(" ".join(text.split()))
    text = PRINTER_PREFIX.sub("", text) or text
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:-–") + "…"


def file_name(path: str) -> str:
    return Path(str(path).replace("\\", "/")).name


def _key(row: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of *keys* that *row* has a value for."""
    return next((k for k in keys if row.get(k) not in (None, "")), None)


def _first(row: dict[str, Any], keys: tuple[str, ...]) -> str:
    key = _key(row, keys)
    return " ".join(printable(str(row[key])).split()) if key else ""


def base_label(row: dict[str, Any], title: str | None) -> str:
    """Municipality, year and short title when the manifest names a municipality; else the title; the
    file name when the document has no title."""
    name = short(title) if title else file_name(row["path"])
    place = " ".join(x for x in (_first(row, LABEL_KEYS), _first(row, YEAR_KEYS)) if x)
    return f"{place}: {name}" if place else name


def _told_apart(group: list[str]) -> list[str]:
    """For paths whose labels clash: each one's fewest last components (the file name, or folder and
    file name, …) that no other path of *group* ends in; the whole path when another is the same."""
    split = [str(p).replace("\\", "/").split("/") for p in group]
    out = []
    for i, parts in enumerate(split):
        for k in range(1, len(parts) + 1):
            tail = "/".join(parts[-k:])
            if all("/".join(other[-k:]) != tail for j, other in enumerate(split) if j != i):
                break
        out.append(tail)
    return out


def unique_labels(rows: list[dict[str, Any]], titles: list[str | None]) -> list[str]:
    """One label per row, no two the same: labels that clash get the end of their path (the file name,
    with as many folders as it takes), and, when two rows name the same file, a number (2, 3, …)."""
    labels = [base_label(r, t) for r, t in zip(rows, titles, strict=True)]
    groups: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    for label, members in groups.items():
        if len(members) > 1:
            tails = _told_apart([printable(str(rows[i]["path"])) for i in members])
            for i, tail in zip(members, tails, strict=True):
                labels[i] = f"{label} ({tail})"
    seen: Counter[str] = Counter()
    taken = set(labels)
    out = []
    for label in labels:
        seen[label] += 1
        if seen[label] > 1:
            n = seen[label]
            while f"{label} ({n})" in taken:
                n += 1
            taken.add(f"{label} ({n})")
            label = f"{label} ({n})"
        out.append(label)
    return out


def comparison_view(
    rows: list[dict[str, Any]],
    reports: dict[str, dict],
    links: dict[str, str],
    meta_keys: list[str],
    lang: str,
) -> dict[str, Any]:
    """Everything the page shows. *rows*: the ``documents`` export table; *reports*: the stored report per
    sha256 (in *lang*); *links*: each analysed document's own report, relative to the page."""
    texts = TEXTS[lang]
    first = next(iter(reports.values()), None)
    categories = [(c["id"], c["label"]) for c in first["categories"]] if first else []
    measures = [(m["id"], m["name"]) for m in first["measures"]] if first else []
    titles = [(reports.get(r["sha256"] or "") or {}).get("document", {}).get("title") for r in rows]
    labels = unique_labels(rows, titles)
    docs = []
    for n, (r, label, title) in enumerate(zip(rows, labels, titles, strict=True), 1):
        report = reports.get(r["sha256"] or "") if r.get("error_code") is None else None
        docs.append(_document(n, r, label, title, report, links, meta_keys, texts, lang))
    analysed = [d for d in docs if d["analysed"]]
    coverage = []
    for mid, name in measures:
        applicable = [d for d in analysed if d["measures"].get(mid, "not_applicable") != "not_applicable"]
        coverage.append((name, sum(d["measures"][mid] == "present" for d in applicable), len(applicable)))
    return {
        "t": texts,
        "lang": lang,
        "docs": docs,
        "analysed": analysed,
        "categories": categories,
        "measures": measures,
        "coverage": coverage,
        "heatmap": [[c["rate"] or 0.0 for c in d["categories"]] for d in analysed],
    }


def _meta(row: dict[str, Any], meta_keys: list[str]) -> list[tuple[str, str, bool]]:
    """The manifest's fields of *row*: (name, value, whether the label shows it already)."""
    out = []
    in_label = {_key(row, LABEL_KEYS), _key(row, YEAR_KEYS)}
    for k in meta_keys:
        value = row.get(f"meta_{k}", row.get(k))
        if value not in (None, ""):
            out.append((printable(k), printable(str(value)), k in in_label))
    return out


def _document(
    n: int,
    r: dict[str, Any],
    label: str,
    title: str | None,
    report: dict | None,
    links: dict[str, str],
    meta_keys: list[str],
    t: dict[str, Any],
    lang: str,
) -> dict[str, Any]:
    words = r.get("words")
    doc: dict[str, Any] = {
        "anchor": f"document-{n}",
        "label": label,
        "title": printable(title) if title else None,
        "file": printable(file_name(r["path"])),
        "meta": _meta(r, meta_keys),
        "link": links.get(r["sha256"] or "") if report is not None else None,
        "analysed": report is not None,
        "error_code": r.get("error_code"),
        # the file name instead of the local path, which the page (passed on to others) never shows
        "error": printable(r["error"].replace(str(r["path"]), file_name(r["path"]))) if r.get("error") else None,
    }
    if report is None:
        return doc
    assertions = r.get("assertions") or 0
    others = (r.get("critical") or 0) + (r.get("quoted") or 0)
    statuses = {m["id"]: m["status"] for m in report["measures"]}
    present = sum(s == "present" for s in statuses.values())
    applicable = sum(s != "not_applicable" for s in statuses.values())
    rate = per_1000(assertions, words)
    mentions = r.get("gender_mentions_per_1000")
    doc.update(
        {
            "pages": r.get("pages"),
            "words": words,
            "words_text": number(words, lang),
            "assertions": assertions,
            "rate": rate,
            "rate_text": number(rate, lang, 2),
            "others": others,
            "measures": statuses,
            "present": present,
            "applicable": applicable,
            "measures_text": f"{present} {t['of']} {applicable}" if applicable else t["status"]["not_applicable"],
            "mentions": mentions,
            "mentions_text": number(mentions, lang, 1),
            "blind": bool(r.get("gender_blind")),
            "domain": report.get("domain"),
            "missing": [m["name"] for m in report["measures"] if m["status"] == "missing"],
            "categories": [
                {
                    "label": c["label"],
                    "count": r.get(f"assertions_{c['id']}") or 0,
                    "rate": per_1000(r.get(f"assertions_{c['id']}") or 0, words),
                    "rate_text": number(per_1000(r.get(f"assertions_{c['id']}") or 0, words), lang, 2),
                }
                for c in report["categories"]
            ],
        }
    )
    return doc
