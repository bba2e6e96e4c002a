"""The results store of a batch: one SQLite file.

Tables (all written by the process that runs the batch, never by workers):

* ``documents``: one row per analysed content, keyed by (sha256,
  lexicon_version): key figures, the full report JSON, or the error.
* ``findings`` and ``measures``: the report's findings and measure checks
  as rows, for SQL and the exports.
* ``inputs``: one row per input (a file named on the command line or a
  manifest row) with its metadata and the content it pointed to, so a
  document named by two municipalities is analysed once and listed twice.

Each document is written in one transaction, so a batch killed at any
moment leaves only complete documents; the WAL journal keeps what was
committed through a crash.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import InputError, OutputError
from ..model import WORDING
from ..safetext import encodable

SCHEMA_VERSION = "3"
"""2: measures have a note (partial, intended). 3: a document's ``assertions`` are its assumptions, without the
generic masculine wording the report counts apart (:data:`~genderscan.model.WORDING`), as in the report and the
check output. An older store is brought up to 3 when opened (2 from its findings rows); a genderscan that writes an
older version then refuses it with a clear message instead of failing to write."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    path TEXT NOT NULL,
    format TEXT,
    pages INTEGER,
    words INTEGER,
    domain TEXT,
    gender_blind INTEGER,
    gender_mentions_per_1000 REAL,
    assertions INTEGER,
    critical INTEGER,
    quoted INTEGER,
    error_code TEXT,
    error TEXT,
    report TEXT,
    seconds REAL,
    worker_rss_mb REAL,
    analysed_at TEXT NOT NULL,
    PRIMARY KEY (sha256, lexicon_version)
);
CREATE TABLE IF NOT EXISTS findings (
    sha256 TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    n INTEGER NOT NULL,
    rule_id TEXT, category TEXT, stance TEXT, severity TEXT,
    page INTEGER, page_label TEXT, paragraph INTEGER, section TEXT,
    matched_text TEXT, sentence TEXT, message TEXT, fingerprint TEXT,
    PRIMARY KEY (sha256, lexicon_version, n)
);
CREATE TABLE IF NOT EXISTS measures (
    sha256 TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    measure_id TEXT NOT NULL,
    name TEXT, status TEXT, evidence TEXT, evidence_page INTEGER,
    note TEXT,
    PRIMARY KEY (sha256, lexicon_version, measure_id)
);
CREATE TABLE IF NOT EXISTS inputs (
    row INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    meta TEXT NOT NULL,
    sha256 TEXT,
    lexicon_version TEXT,
    error_code TEXT,
    error TEXT,
    seen_at TEXT NOT NULL,
    UNIQUE (path, meta)
);
"""

# Errors that say nothing about the document (a worker died, an internal bug) or depend on an option
# (over --max-size): tried again on a rerun.
RETRY_CODES = ("GS-E000", "GS-E112")


def packed(report: dict[str, Any]) -> dict[str, Any]:
    """A report as the store keeps it: its JSON text and the values of its table rows.

    Done where the report is made (the worker), so the process that writes
    the store only inserts: serialising is the costly part, and the writer
    is one process for all workers.
    """
    doc = report["document"]
    stance = [f["stance"] for f in report["findings"] if f["category"] not in WORDING]
    return {
        "report_json": json.dumps(report, ensure_ascii=False),
        "pages": doc["pages"],
        "document_row": (
            doc["format"],
            doc["pages"],
            doc["words"],
            report["domain"],
            int(report["gender_blind"]),
            report["mentions"]["per_1000_words"],
            stance.count("assertion"),
            stance.count("critical"),
            stance.count("quoted"),
        ),
        "finding_rows": [
            (
                n,
                f["rule_id"],
                f["category"],
                f["stance"],
                f["severity"],
                f["location"]["page"],
                f["location"].get("page_label"),
                f["location"]["paragraph"],
                f["location"].get("section"),
                f["matched_text"],
                f["sentence"],
                f["message"],
                f["fingerprint"],
            )
            for n, f in enumerate(report["findings"], 1)
        ],
        "measure_rows": [
            (
                m["id"],
                m["name"],
                m["status"],
                m["evidence"][0]["text"] if m["evidence"] else None,
                m["evidence"][0]["location"]["page"] if m["evidence"] else None,
                _note(m),
            )
            for m in report["measures"]
        ],
    }


def _note(measure: dict) -> str | None:
    """What a missing measure's status leaves out: ``partial`` (committed to for another group only)
    or ``intended`` (the document means to); None otherwise."""
    if measure.get("partial"):
        return "partial"
    return "intended" if measure.get("intended") else None


# SQLite's errors that say the file cannot be written now, not that it is no store of ours
_WRITE_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_BUSY", "SQLITE_LOCKED")


def _unwritable(path: Path, exc: sqlite3.Error) -> OutputError:
    return OutputError(
        f"{path}: cannot write the results store ({exc}); what it holds is kept, and a rerun goes on from there",
        code=errors.STORE_NOT_WRITABLE,
    )


def _text(values: Iterable[Any]) -> tuple[Any, ...]:
    """*values* with each text :func:`~genderscan.safetext.encodable`: a file name that is not UTF-8 (``caf\\xe9.txt``
    on POSIX, a lone surrogate in Python) cannot be stored in SQLite at all, and stopped the batch with GS-E000.
    In a JSON text the escape reads back as the same name."""
    return tuple(encodable(v) if isinstance(v, str) else v for v in values)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """An open results store; use as a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            with self.db:
                self.db.executescript(SCHEMA)
                found = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                if found is None:
                    self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
                elif found[0] == "1":
                    self._upgrade_from_1()
                    self._upgrade_from_2()
                elif found[0] == "2":
                    self._upgrade_from_2()
                elif found[0] != SCHEMA_VERSION:
                    raise InputError(
                        f"{self.path}: results store schema {found[0]}, this genderscan writes {SCHEMA_VERSION}",
                        code=errors.BAD_STORE,
                    )
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "").startswith(_WRITE_ERRORS):
                raise _unwritable(self.path, exc) from exc
            raise InputError(f"{self.path}: not a genderscan results store ({exc})", code=errors.BAD_STORE) from exc
        except OSError as exc:
            raise InputError(
                f"{self.path}: cannot open the results store ({exc.strerror or exc})", code=errors.BAD_STORE
            ) from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction: committed whole, or rolled back whole and a coded error (GS-E404) when the
        store cannot be written (disk full, read-only, I/O error)."""
        try:
            with self.db:
                yield
        except sqlite3.DatabaseError as exc:
            raise _unwritable(self.path, exc) from exc

    # -- batch bookkeeping ------------------------------------------------
    def done(self, lexicon_version: str) -> dict[str, tuple[str, str] | None]:
        """Contents already analysed with this analysis key -> their (code, message) error or None.
        Failures with a retry code (a worker died) are not done."""
        rows = self.db.execute(
            f"SELECT sha256, error_code, error FROM documents WHERE lexicon_version = ? "
            f"AND (error_code IS NULL OR error_code NOT IN ({','.join('?' * len(RETRY_CODES))}))",
            (lexicon_version, *RETRY_CODES),
        )
        return {sha: (code, message) if code else None for sha, code, message in rows}

    def record_input(
        self,
        path: str,
        meta: dict[str, str],
        sha256: str | None,
        lexicon_version: str,
        error: tuple[str, str] | None = None,
    ) -> None:
        """Remember an input row and the content it named (or why it could not be read)."""
        code, message = error or (None, None)
        with self._writing():
            self.db.execute(
                "INSERT INTO inputs (path, meta, sha256, lexicon_version, error_code, error, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (path, meta) DO UPDATE SET sha256 = excluded.sha256, "
                "lexicon_version = excluded.lexicon_version, "
                "error_code = excluded.error_code, error = excluded.error, seen_at = excluded.seen_at",
                _text(
                    (
                        path,
                        json.dumps(meta, ensure_ascii=False, sort_keys=True),
                        sha256,
                        lexicon_version,
                        code,
                        message,
                        now(),
                    )
                ),
            )

    def save(self, sha256: str, lexicon_version: str, path: str, result: dict[str, Any]) -> None:
        """Store one analysed document (a :func:`packed` result) in one transaction, replacing an older result."""
        key = (sha256, lexicon_version)
        with self._writing():
            for table in ("documents", "findings", "measures"):
                self.db.execute(f"DELETE FROM {table} WHERE sha256 = ? AND lexicon_version = ?", key)
            if result.get("report_json") is None:
                self.db.execute(
                    "INSERT INTO documents "
                    "(sha256, lexicon_version, path, error_code, error, seconds, worker_rss_mb, analysed_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    _text(
                        (
                            *key,
                            path,
                            result["error_code"],
                            result["error"],
                            result.get("seconds"),
                            result.get("rss_mb"),
                            now(),
                        )
                    ),
                )
                return
            self.db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)",
                _text(
                    (
                        *key,
                        path,
                        *result["document_row"],
                        result["report_json"],
                        result.get("seconds"),
                        result.get("rss_mb"),
                        now(),
                    )
                ),
            )
            self.db.executemany(
                "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_text((*key, *row)) for row in result["finding_rows"]],
            )
            self.db.executemany(
                "INSERT INTO measures (sha256, lexicon_version, measure_id, name, status, evidence, "
                "evidence_page, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [_text((*key, *row)) for row in result["measure_rows"]],
            )

    def _upgrade_from_1(self) -> None:
        """Version 1 to 2: the measures' note column (two runs opening the same old store at once may
        both try to add it; the second finds it there)."""
        if "note" not in {row[1] for row in self.db.execute("PRAGMA table_info(measures)")}:
            try:
                self.db.execute("ALTER TABLE measures ADD COLUMN note TEXT")
            except sqlite3.OperationalError as exc:
                if "duplicate column" not in str(exc):
                    raise

    def _upgrade_from_2(self) -> None:
        """Version 2 to 3: ``assertions`` recounted from the findings rows without the wording categories
        (run twice, it counts the same)."""
        wording = sorted(WORDING)
        marks = ", ".join("?" for _ in wording)
        self.db.execute(
            "UPDATE documents SET assertions = (SELECT count(*) FROM findings f WHERE f.sha256 = documents.sha256 "
            "AND f.lexicon_version = documents.lexicon_version AND f.stance = 'assertion' "
            f"AND f.category NOT IN ({marks})) WHERE assertions IS NOT NULL",
            wording,
        )
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))

    # -- reading ----------------------------------------------------------
    def rows(self, sql: str, params: Iterable = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def report(self, sha256: str, lexicon_version: str) -> dict | None:
        found = self.db.execute(
            "SELECT report FROM documents WHERE sha256 = ? AND lexicon_version = ?", (sha256, lexicon_version)
        ).fetchone()
        return json.loads(found[0]) if found and found[0] else None


def open_existing(path: str | Path) -> Store:
    """A store that must already exist (for export and load_results)."""
    if not Path(path).is_file():
        raise InputError(
            f"{path}: results store not found (run genderscan batch --db {path} first)", code=errors.FILE_NOT_FOUND
        )
    with closing(sqlite3.connect(path)) as probe:
        try:
            probe.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path}: not a genderscan results store ({exc})", code=errors.BAD_STORE) from exc
    return Store(path)
