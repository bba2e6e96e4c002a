"""Output formats: one module per format behind one interface.

Each formatter renders the JSON wire form of a report (``report.to_dict()``),
so JSON is the source of every other format. Pick one from :data:`FORMATTERS`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Protocol

from .. import errors
from ..errors import OutputError
from . import html, jsonfmt, markdown


class Formatter(Protocol):
    suffix: str

    def render(self, data: dict) -> str: ...


FORMATTERS: dict[str, Formatter] = {
    "json": jsonfmt.JsonFormatter(),
    "md": markdown.MarkdownFormatter(),
    "html": html.HtmlFormatter(),
}


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write *text* (or bytes) to *path* via a temporary file, so no half-written report remains."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            if isinstance(text, bytes):
                with os.fdopen(fd, "wb") as raw:
                    raw.write(text)
            else:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(text)
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; a report is an ordinary file
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(
            f"{path}: cannot write report ({exc.strerror or exc})", code=errors.OUTPUT_NOT_WRITABLE
        ) from exc
