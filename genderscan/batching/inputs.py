"""What a batch reads: files, folders and globs, or a manifest CSV with metadata."""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import errors
from ..errors import InputError

# The report formats of genderscan analyse that are also documents genderscan reads.
REPORT_SUFFIXES = (".html", ".md", ".pdf")


@dataclass(frozen=True)
class Item:
    """One input: a file and the metadata carried into every result about it."""

    path: Path
    meta: dict[str, str] = field(default_factory=dict)


def discover(paths: list[str]) -> list[Path]:
    """Files from files, folders (recursively, supported types) and glob patterns, in order, once each.

    A path that exists is taken as it is, even when its name has glob characters (``nota [concept].txt``).
    A glob that matches nothing is an error; a file that does not exist is returned as given, so the
    caller reports it with the other results. A folder or glob lists a file it reaches twice (through
    a symbolic link) once, under the first name found; ``**`` visits every real folder once, so a link
    loop cannot make it run forever. A folder also gives its old Word and WordPerfect files (``.doc``,
    ``.wpd``, ``.rtf``), so that the caller reports them (GS-E102, save as .docx) instead of skipping them,
    and leaves out the reports ``genderscan analyse`` writes (:func:`own_report`): analysing a folder
    again, with the reports in it, analyses the documents, not their reports.
    """
    from ..ingest import recognised_suffixes

    suffixes = set(recognised_suffixes())
    out: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes and not own_report(p))
            out.extend(_once(sorted(found)))
        elif path.exists() or not glob.has_magic(item):
            out.append(path)
        else:
            matches = expand_glob(item)
            if not matches:
                raise InputError(f"{item}: no files match this pattern", code=errors.FILE_NOT_FOUND)
            out.extend(_once([Path(m) for m in matches if Path(m).is_file()]))
    return list(dict.fromkeys(out))


def own_report(path: Path) -> bool:
    """Whether *path* is named as ``genderscan analyse`` names a report it can read back: a document's name
    and the report's format (``nota.pdf.html``, ``a_nota.docx.md``, ``nota.txt.pdf``), or the annotated
    copy of a Word file (``nota.genderscan.docx``)."""
    from ..ingest import READERS

    name = path.name.lower()
    return name.endswith(".genderscan.docx") or (
        path.suffix.lower() in REPORT_SUFFIXES and Path(path.stem).suffix.lower() in READERS
    )


def _once(paths: list[Path]) -> list[Path]:
    """*paths* without a second name for the same file (by real path)."""
    seen: set[str] = set()
    out = []
    for p in paths:
        real = os.path.realpath(p)
        if real not in seen:
            seen.add(real)
            out.append(p)
    return out


def expand_glob(pattern: str) -> list[str]:
    """The paths *pattern* matches, sorted, as :func:`glob.glob` with ``recursive=True`` gives them, except
    that ``**`` enters each real folder once: a symbolic link to a folder already visited (``x -> .``) is
    not followed again, so loops end and a file is not found under endless names."""
    parts = pattern.split(os.sep)
    if "**" not in parts:
        return sorted(glob.glob(pattern))
    at = parts.index("**")
    head, rest = os.sep.join(parts[:at]), os.sep.join(parts[at + 1 :])
    found: list[str] = []
    for root in glob.glob(head) if head else [os.curdir if not pattern.startswith(os.sep) else os.sep]:
        for folder in _folders_once(root):
            if not rest:
                found.extend(os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name[:1] != ".")
            else:
                inner = os.path.join(glob.escape(folder), rest)
                found.extend(expand_glob(inner) if "**" in rest.split(os.sep) else glob.glob(inner))
    if not head:  # as glob does: relative to the current folder without "./" in front
        prefix = os.curdir + os.sep
        found = [f[len(prefix) :] if f.startswith(prefix) else f for f in found]
    return sorted(dict.fromkeys(found))


def _folders_once(root: str) -> Iterator[str]:
    """*root* and the folders under it (links followed, hidden folders skipped), each real folder once."""
    seen: set[tuple[int, int]] = set()
    for top, dirs, _ in os.walk(root, followlinks=True):
        try:
            st = os.stat(top)
        except OSError:  # gone while walking
            dirs.clear()
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirs.clear()
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if d[:1] != ".")
        yield top


def _decode(path: Path, data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):  # Excel saves CSV as UTF-8 with BOM or as Windows-1252
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: manifest is neither UTF-8 nor Windows-1252 text", code=errors.BAD_MANIFEST)


def read_manifest(path: str | Path) -> list[Item]:
    """Rows of a manifest CSV: a ``path`` column (relative to the manifest) and any metadata columns.

    The delimiter (comma, semicolon or tab: Dutch spreadsheets save with
    semicolons) is detected from the header line. Rows with the same path
    and metadata are one input.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: manifest not found", code=errors.FILE_NOT_FOUND)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read the manifest ({exc.strerror or exc})", code=errors.UNREADABLE_FILE) from exc
    text = _decode(p, data)
    header = text.splitlines()[0] if text.strip() else ""
    delimiter = max(",;\t", key=header.count) if header else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    lowered = Counter(c.lower() for c in columns)
    repeated = sorted({c for c in columns if lowered[c.lower()] > 1}, key=str.lower)
    if repeated:  # a DictReader would keep the last of them and drop the others without a word
        raise InputError(
            f"{p}: manifest names a column more than once ({', '.join(repeated)}); give each column its own name",
            code=errors.BAD_MANIFEST,
        )
    if "path" not in lowered:
        raise InputError(
            f"{p}: manifest has no 'path' column (columns: {', '.join(columns) or 'none'})", code=errors.BAD_MANIFEST
        )
    items: list[Item] = []
    seen: set[tuple] = set()
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise InputError(f"{p}:{number}: more values than columns", code=errors.BAD_MANIFEST)
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        key = next(k for k in row if k.lower() == "path")
        value = row.pop(key)
        if not value:
            raise InputError(f"{p}:{number}: empty path", code=errors.BAD_MANIFEST)
        file = Path(value) if Path(value).is_absolute() else p.parent / value
        ident = (str(file), tuple(sorted(row.items())))
        if ident not in seen:
            seen.add(ident)
            items.append(Item(file, row))
    if not items:
        raise InputError(f"{p}: manifest lists no documents", code=errors.BAD_MANIFEST)
    return items


def sha256_of(path: Path) -> str:
    """Content hash, read in blocks (documents can be large)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
