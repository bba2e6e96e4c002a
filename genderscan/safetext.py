"""Text from outside (file names, documents, user lexicons) made safe to print on a terminal or a log line.

A file name may hold a newline (``a\\n::error title=X::.txt``: a forged GitHub
workflow command on the next line), ESC (terminal escape sequences, OSC 8
links), bidirectional overrides (text shown in another order than it is) or,
on POSIX, bytes that are not UTF-8 (Python's lone surrogates, which cannot be
written as UTF-8 at all). :func:`printable` writes each of these as a visible
escape, so one name stays one line, and shows what it is.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f"  # C0 (with tab, newline, carriage return), DEL and C1 controls
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks, embeddings, overrides, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\ufffe\uffff"  # noncharacters (XML 1.0 forbids them)
    "\ud800-\udfff]"  # lone surrogates (undecodable bytes of a POSIX file name)
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
"""Characters that no HTML or XML text may hold (C0 controls but tab, newline and carriage return; DEL, C1,
noncharacters, lone surrogates), and the line and paragraph separators, which break a line where none is seen."""


def markup_text(value: object) -> object:
    """*value* with the characters no HTML text may hold as visible escapes (``\\x1b``), for a report page;
    anything but a string as it is (a Markup string stays Markup: an escape adds no markup)."""
    if not isinstance(value, str):
        return value
    cleaned = _CONTROLS.sub(_escape, value)
    return value if cleaned == value else type(value)(cleaned)


def printable(text: object) -> str:
    """*text* on one line, with control, bidi and surrogate characters as escapes (``\\n``, ``\\x1b``, ``\\u202e``)."""
    return _UNSAFE.sub(_escape, str(text))


def encodable(text: str) -> str:
    """*text* with lone surrogates as ``\\udcff`` escapes: what can be written as UTF-8 (other characters kept)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
