"""JSON a user supplies (a baseline, an evaluation file): what ``json.loads`` lets pass but must not.

A key given twice in one object (the last would silently win) and nesting too
deep for the parser (a ``RecursionError``, not a ``ValueError``) are both
:class:`BadJson`, so the caller reports them with its own coded error.
"""

from __future__ import annotations

import json
from typing import Any


class BadJson(ValueError):
    """The text is not JSON this program accepts; the message says why."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BadJson(f"key '{key}' given twice in one object")
        out[key] = value
    return out


def loads(text: str) -> Any:
    """The data of the JSON *text*, or :class:`BadJson` (invalid, a duplicate key, nested too deep)."""
    try:
        return json.loads(text, object_pairs_hook=_unique)
    except json.JSONDecodeError as exc:
        raise BadJson(exc.msg) from exc
    except RecursionError as exc:
        raise BadJson("nested too deep") from exc
