"""Markdown report (Dutch), rendered from reports/report.md.j2."""

from __future__ import annotations

import re

from ..safetext import printable
from .view import build_view

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")


def md_escape(text: str) -> str:
    """Escape characters that Markdown or inline HTML would interpret; a newline or another control
    character (in a file name: it would end a table row or a heading) is shown as an escape."""
    return _MD_SPECIAL.sub(r"\\\1", printable(text))


class MarkdownFormatter:
    suffix = "md"

    def render(self, data: dict) -> str:
        from .templating import environment  # Jinja2 only for the formats that use it (not for JSON)

        env = environment(autoescape=False)
        env.filters["e"] = md_escape
        return env.get_template("report.md.j2").render(**build_view(data))
