"""Output formats: one module per format behind one interface.

Each formatter renders the JSON wire form of a report (``report.to_dict()``),
so JSON is the source of every other format. Pick one from :data:`FORMATTERS`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from .. import errors
from ..errors import OutputError
from ..safetext import encodable
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


def refuse_inputs(path: Path, inputs: Iterable[str | Path]) -> None:
    """A coded error when writing *path* would replace one of *inputs* (a document or the configuration)."""
    if not path.exists():
        return
    for item in inputs:
        try:
            same = os.path.samefile(path, item)
        except OSError:
            continue
        if same:
            raise OutputError(
                f"{path}: this is an input of the run; write the output elsewhere", code=errors.BAD_OUTPUT
            )


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write *text* (or bytes) to *path* via a temporary file, so no half-written report remains.

    Text is UTF-8, a lone surrogate (an undecodable byte of a file name) as ``\\udcff``.
    A target that exists and is not a regular file (``/dev/null``, a pipe) is written to directly:
    replacing it by a file would break it for everyone."""
    if isinstance(text, str):
        text = encodable(text)
    if path.exists() and not path.is_file():
        try:
            with open(
                path, "wb" if isinstance(text, bytes) else "w", encoding=None if isinstance(text, bytes) else "utf-8"
            ) as fh:
                fh.write(text)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})", code=errors.OUTPUT_NOT_WRITABLE) from exc
        return
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
