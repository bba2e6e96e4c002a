"""Tables out of a results store: documents, findings, measures (CSV, JSONL, Parquet).

* ``documents``: one row per input (file or manifest row) with its metadata
  columns, key figures of the document it named, or its error.
* ``findings``: one row per finding per analysed document (join on sha256).
* ``measures``: one row per measure check per analysed document.

Column names are documented in the README and are part of the output
contract; new columns are only ever added at the end.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import ConfigError
from ..report import refuse_inputs, write_atomic
from .store import Store

TABLES = ("documents", "findings", "measures")
FORMATS = ("csv", "jsonl", "parquet")

DOCUMENT_COLUMNS = [
    "row",
    "path",
    "sha256",
    "format",
    "pages",
    "words",
    "domain",
    "gender_blind",
    "gender_mentions_per_1000",
    "assertions",
    "critical",
    "quoted",
]
DOCUMENT_TAIL = [
    "measures_present",
    "measures_missing",
    "measures_missing_ids",
    "error_code",
    "error",
    "lexicon_version",
    "analysed_at",
]
FINDING_COLUMNS = [
    "sha256",
    "path",
    "rule_id",
    "category",
    "stance",
    "severity",
    "page",
    "page_label",
    "paragraph",
    "section",
    "matched_text",
    "sentence",
    "message",
    "fingerprint",
    "lexicon_version",
]
MEASURE_COLUMNS = [
    "sha256",
    "path",
    "measure_id",
    "name",
    "status",
    "note",
    "evidence",
    "evidence_page",
    "lexicon_version",
]


def _inputs(store: Store, key: str | None) -> list[dict[str, Any]]:
    where, params = ("WHERE i.lexicon_version = ?", [key]) if key else ("", [])
    return store.rows(
        "SELECT i.row, i.path AS input_path, i.meta, i.sha256, i.lexicon_version, "
        "i.error_code AS input_error_code, i.error AS input_error, "
        "d.format, d.pages, d.words, d.domain, d.gender_blind, d.gender_mentions_per_1000, "
        "d.assertions, d.critical, d.quoted, "
        "d.error_code, d.error, d.analysed_at, d.report IS NOT NULL AS report "
        "FROM inputs i LEFT JOIN documents d ON d.sha256 = i.sha256 AND d.lexicon_version = i.lexicon_version "
        f"{where} ORDER BY i.row",
        params,
    )


def _categories(store: Store) -> list[str]:
    """Category ids in lexicon order, from the stored reports (so the columns match what was analysed)."""
    found = store.db.execute("SELECT report FROM documents WHERE report IS NOT NULL LIMIT 1").fetchone()
    if found is None:
        return []
    return [c["id"] for c in json.loads(found[0])["categories"]]


def table_rows(store: Store, table: str, key: str | None = None) -> list[dict[str, Any]]:
    """The rows of one export table; *key* limits them to one analysis key."""
    inputs = _inputs(store, key)
    if table == "documents":
        return _documents(store, inputs)
    pairs = sorted({(r["sha256"], r["lexicon_version"]) for r in inputs if r.get("analysed_at")})
    out: list[dict[str, Any]] = []
    for sha, version in pairs:
        path = store.db.execute(
            "SELECT path FROM documents WHERE sha256 = ? AND lexicon_version = ?", (sha, version)
        ).fetchone()[0]
        if table == "findings":
            rows = store.rows(
                "SELECT * FROM findings WHERE sha256 = ? AND lexicon_version = ? ORDER BY n", (sha, version)
            )
            out += [{c: (path if c == "path" else r.get(c)) for c in FINDING_COLUMNS} for r in rows]
        else:
            rows = store.rows(
                "SELECT * FROM measures WHERE sha256 = ? AND lexicon_version = ? ORDER BY rowid", (sha, version)
            )
            out += [{c: (path if c == "path" else r.get(c)) for c in MEASURE_COLUMNS} for r in rows]
    return out


def _documents(store: Store, inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    categories = _categories(store)
    meta_keys: list[str] = []
    for r in inputs:
        for k in json.loads(r["meta"]):
            if k not in meta_keys:
                meta_keys.append(k)
    reserved = set(DOCUMENT_COLUMNS + DOCUMENT_TAIL) | {f"assertions_{c}" for c in categories}
    meta_names = {k: (f"meta_{k}" if k in reserved else k) for k in meta_keys}
    out = []
    for r in inputs:
        meta = json.loads(r["meta"])
        row: dict[str, Any] = {"row": r["row"], "path": r["input_path"]}
        row.update({meta_names[k]: meta.get(k, "") for k in meta_keys})
        per_category = {c: 0 for c in categories}
        present = missing = 0
        missing_ids: list[str] = []
        if r.get("analysed_at") and r.get("report"):
            for f in store.rows(
                "SELECT category FROM findings WHERE sha256 = ? AND lexicon_version = ? AND stance = 'assertion'",
                (r["sha256"], r["lexicon_version"]),
            ):
                per_category[f["category"]] = per_category.get(f["category"], 0) + 1
            for m in store.rows(
                "SELECT measure_id, status FROM measures WHERE sha256 = ? AND lexicon_version = ? ORDER BY rowid",
                (r["sha256"], r["lexicon_version"]),
            ):
                present += m["status"] == "present"
                if m["status"] == "missing":
                    missing += 1
                    missing_ids.append(m["measure_id"])
        analysed = bool(r.get("report"))
        for c in DOCUMENT_COLUMNS[2:]:
            row[c] = r.get(c) if (analysed or c in ("sha256", "format")) else None
        row["sha256"] = r["sha256"]
        if analysed:
            row["gender_blind"] = bool(r["gender_blind"])
        for c in categories:
            row[f"assertions_{c}"] = per_category[c] if analysed else None
        row["measures_present"] = present if analysed else None
        row["measures_missing"] = missing if analysed else None
        row["measures_missing_ids"] = ";".join(missing_ids) if analysed else None
        row["error_code"] = r.get("input_error_code") or r.get("error_code")
        row["error"] = r.get("input_error") or r.get("error")
        row["lexicon_version"] = r["lexicon_version"]
        row["analysed_at"] = r.get("analysed_at")
        out.append(row)
    return out


# A text cell that starts with one of these is a formula to a spreadsheet ("=HYPERLINK(…)" in a
# document's sentence, a manifest field or a file name): it is written with a leading apostrophe,
# which spreadsheets show as text and do not display (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_cell(value: Any) -> Any:
    """*value* as a CSV cell: None empty, text that a spreadsheet would run as a formula quoted."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: csv_cell(v) for k, v in r.items()} for r in rows])
    return buf.getvalue()


def _parquet(rows: list[dict[str, Any]], target: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError("--format parquet needs pyarrow (pip install pyarrow)", code=errors.BAD_OPTION) from exc
    buffer = pa.BufferOutputStream()  # written like every other output: whole or not at all, coded errors
    pq.write_table(pa.Table.from_pylist(rows), buffer)
    write_atomic(target, buffer.getvalue().to_pybytes())


def export(
    store: Store, fmt: str, out_dir: Path, tables: tuple[str, ...] = TABLES, key: str | None = None
) -> list[Path]:
    """Write each table to ``out_dir/<table>.<fmt>``; returns the files written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format '{fmt}' (one of {', '.join(FORMATS)})", code=errors.BAD_OPTION)
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401  (fail before writing anything)
        except ImportError as exc:
            raise ConfigError("--format parquet needs pyarrow (pip install pyarrow)", code=errors.BAD_OPTION) from exc
    written = []
    for table in tables:
        rows = table_rows(store, table, key)
        target = out_dir / f"{table}.{fmt}"
        refuse_inputs(target, [store.path])  # export -o . with a store named findings.csv
        if fmt == "csv":
            write_atomic(target, _csv(rows) or ",".join(_empty_columns(table)) + "\n")
        elif fmt == "jsonl":
            write_atomic(target, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        else:
            _parquet(rows, target)
        written.append(target)
    return written


def _empty_columns(table: str) -> list[str]:
    return {"documents": DOCUMENT_COLUMNS + DOCUMENT_TAIL, "findings": FINDING_COLUMNS, "measures": MEASURE_COLUMNS}[
        table
    ]
