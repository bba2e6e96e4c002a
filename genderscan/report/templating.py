"""The jinja2 environment over the ``reports/`` folder."""

from __future__ import annotations

import functools

import jinja2

from ..resources import reports_dir


@functools.lru_cache(maxsize=2)
def environment(autoescape: bool) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(reports_dir())),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
