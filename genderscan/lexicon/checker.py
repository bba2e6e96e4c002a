"""Reading typed values out of a lexicon file's YAML mappings, with coded errors that say where."""

from __future__ import annotations

import math
from typing import Any

from .. import errors
from ..errors import LexiconError
from ..safetext import printable
from .terms import check_term


class Checker:
    """Reads typed values out of a YAML mapping, raising coded errors with context."""

    def __init__(self, file: str, data: Any, where: str = "") -> None:
        self.file, self.where = file, where
        if not isinstance(data, dict):
            self.fail(f"expected a mapping, got {type(data).__name__}")
        self.data = data

    def fail(self, message: str, code: str = errors.LEXICON_SCHEMA) -> None:
        place = f" ({self.where})" if self.where else ""
        raise LexiconError(f"{self.file}{place}: {message}", code=code)

    def only(self, *allowed: str) -> None:
        unknown = sorted(set(self.data) - set(allowed))
        if unknown:
            self.fail(f"unknown key(s) {', '.join(map(str, unknown))}; allowed: {', '.join(allowed)}")

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{key}' must be a non-empty text")
        return self._clean(key, value)

    def _clean(self, key: str, value: str) -> str:
        """*value* with its white space collapsed; a control, bidi or surrogate character left is an error."""
        value = " ".join(value.split())
        shown = printable(value)
        if shown != value:
            self.fail(f"'{key}' holds a control character: {shown}")
        return value

    def choice(self, key: str, options: tuple[str, ...], default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value not in options:
            self.fail(f"'{key}' is {value!r}; expected one of {', '.join(options)}")
        return value

    def texts(self, key: str, *, minimum: int = 0, terms: bool = False) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"'{key}' must be a list of texts")
        if len(value) < minimum:
            self.fail(f"'{key}' needs at least {minimum} entries, has {len(value)}")
        if terms:
            for term in value:
                problem = check_term(term)
                if problem:
                    self.fail(problem, code=errors.LEXICON_BAD_PATTERN)
        return tuple(self._clean(key, v) for v in value)

    def number(self, key: str, default: float) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            self.fail(f"'{key}' must be a non-negative number")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"'{key}' must be true or false")
        return value

    def sub(self, key: str, where: str | None = None) -> Checker:
        return Checker(self.file, self.data.get(key), where or f"{self.where} {key}".strip())
