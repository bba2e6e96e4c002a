"""The jinja2 environment over the ``reports/`` folder."""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from ..resources import reports_dir
from ..safetext import markup_text
from ..usercache import cache_dir, own_file, private


@functools.lru_cache(maxsize=2)
def environment(autoescape: bool) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(reports_dir())),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(autoescape),
        # a document's ESC or BEL in a quote is shown, not written into the page (the Markdown escapes it too)
        finalize=markup_text if autoescape else None,
    )


class _ForgivingCache(jinja2.FileSystemBytecodeCache):
    """jinja2's file cache for a folder that may be damaged, full, read-only or deleted while a server
    runs: an entry that does not read (or is not the user's own file) is compiled again, and one that
    cannot be written is skipped. jinja2 itself raises in both cases, which would fail the report."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            if own_file(Path(self._get_cache_filename(bucket))):
                super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged entry: compile the template as without a cache
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not private(Path(self.directory), make=True):  # made again when deleted while a server runs
            return
        try:
            super().dump_bytecode(bucket)
        except Exception:  # noqa: BLE001, S110 - a read-only or full disk costs speed only
            pass


def _bytecode_cache(autoescape: bool) -> jinja2.BytecodeCache | None:
    """Compiled templates in the per-user cache (:mod:`genderscan.usercache`): compiling the
    report's templates costs a run about 0.08 s of CPU. jinja2 checks each entry against its template's
    source and writes atomically; the two environments compile differently, so each has its own folder.
    None when caching is off or the folder is not the user's own."""
    folder = cache_dir()
    if folder is None:
        return None
    folder = folder / ("templates-html" if autoescape else "templates-text")
    if not private(folder, make=True):
        return None
    return _ForgivingCache(str(folder))
