"""What a batch reads: files, folders and globs, or a manifest CSV with metadata."""

from __future__ import annotations

import csv
import glob
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from .. import errors
from ..errors import InputError


@dataclass(frozen=True)
class Item:
    """One input: a file and the metadata carried into every result about it."""

    path: Path
    meta: dict[str, str] = field(default_factory=dict)


def discover(paths: list[str]) -> list[Path]:
    """Files from files, folders (recursively, supported types) and glob patterns, in order, once each.

    A glob that matches nothing is an error; a file that does not exist is
    returned as given, so the caller reports it with the other results.
    """
    from ..ingest import supported_suffixes

    suffixes = set(supported_suffixes())
    out: list[Path] = []
    for item in paths:
        if any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"{item}: no files match this pattern", code=errors.FILE_NOT_FOUND)
            out.extend(Path(m) for m in matches if Path(m).is_file())
        elif Path(item).is_dir():
            out.extend(sorted(p for p in Path(item).rglob("*") if p.is_file() and p.suffix.lower() in suffixes))
        else:
            out.append(Path(item))
    return list(dict.fromkeys(out))


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
    text = _decode(p, p.read_bytes())
    header = text.splitlines()[0] if text.strip() else ""
    delimiter = max(",;\t", key=header.count) if header else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    if "path" not in [c.lower() for c in columns]:
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
