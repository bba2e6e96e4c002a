"""Self-contained HTML report (Dutch): inline CSS, autoescaped, no scripts."""

from __future__ import annotations

from ..resources import reports_dir
from .view import build_view


class HtmlFormatter:
    suffix = "html"

    def render(self, data: dict) -> str:
        from .templating import environment  # Jinja2 only for the formats that use it (not for JSON)

        css = (reports_dir() / "report.css").read_text(encoding="utf-8")
        return environment(autoescape=True).get_template("report.html.j2").render(css=css, **build_view(data))
