"""JSON: the versioned wire format (schema in genderscan/schemas/report.schema.json)."""

from __future__ import annotations

import json


class JsonFormatter:
    suffix = "json"

    def render(self, data: dict) -> str:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
