"""Error messages in the terminal's language.

The library raises its errors in English (:class:`genderscan.errors.GenderscanError`: a code and a
one-line message), so that a program that calls it gets the same text whatever the locale. The CLI
prints them in the run's language: :data:`genderscan.cli.texts.ERRORS_NL` maps each English message,
written as the code writes it with its fields in braces (``{path}: file not found``), to its Dutch
one. A message is matched whole; a field's value (a file name, a reason) is kept, and translated in
turn when it is a message of its own (the reason after ``--lang fr:``). A message without a Dutch
entry stays English; a test checks that every message the code raises has one.
"""

from __future__ import annotations

import functools
import re
import string

from .language import current
from .texts import ERRORS_NL, USAGE_NL


@functools.lru_cache(maxsize=2)
def _patterns(usage: bool = False) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each English template (of ERRORS_NL, or of USAGE_NL: typer's own usage errors) as an anchored pattern
    with a group per field, most literal text first."""
    compiled = []
    for english, dutch in (USAGE_NL if usage else ERRORS_NL).items():
        parts, seen = [], set()
        for literal, field, _, _ in string.Formatter().parse(english):
            parts.append(re.escape(literal))
            if field is not None:
                parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.*?)")
                seen.add(field)
        literal_length = sum(len(lit) for lit, _, _, _ in string.Formatter().parse(english))
        compiled.append((literal_length, re.compile("".join(parts) + r"\Z", re.DOTALL), dutch))
    compiled.sort(key=lambda item: -item[0])  # "{path}: the PDF is encrypted …" before "{path}: {hint}"
    return tuple((pattern, dutch) for _, pattern, dutch in compiled)


def to_dutch(message: str, depth: int = 0, usage: bool = False) -> str | None:
    """*message* in Dutch, or None when no template matches it whole (*usage*: a usage error of typer's)."""
    for pattern, dutch in _patterns(usage):
        m = pattern.match(message)
        if m is not None:
            fields = m.groupdict()
            if depth < 2:
                fields = {k: to_dutch(v, depth + 1, usage) or v for k, v in fields.items()}
            return dutch.format(**fields)
    return None


def translated(message: str, code: str | None = None) -> str:
    """*message* in the run's language (English as raised when there is no Dutch for it)."""
    if current() != "nl":
        return message
    return to_dutch(message) or message
