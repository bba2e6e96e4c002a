"""The jinja2 environment over the ``reports/`` folder."""

from __future__ import annotations

import functools

import jinja2

from ..resources import reports_dir
from ..usercache import cache_dir


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
    )


def _bytecode_cache(autoescape: bool) -> jinja2.BytecodeCache | None:
    """Compiled templates in the per-user cache (:mod:`genderscan.usercache`): compiling the
    report's templates costs a run about 0.08 s of CPU. jinja2 checks each entry against its template's
    source and writes atomically; the two environments compile differently, so each has its own folder.
    None when the cache is off or its folder cannot be made (the templates are then compiled each run)."""
    folder = cache_dir()
    if folder is None:
        return None
    folder = folder / ("templates-html" if autoescape else "templates-text")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
