"""Text clean-up shared by the readers."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# soft hyphen, zero-width and joiner marks, the byte-order mark, and the bidirectional controls (LRM,
# RLM, embeddings, overrides and isolates, the Arabic letter mark): they split a word for the matcher
# ("werkende\u200f ouders") without changing what it says
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
# Words that follow a suspended compound ("zorg- en welzijnsberoepen"): the
# hyphen before them is part of the text, not a line-end break.
_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "als", "dan", "en/of"})
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def clean(text: str) -> str:
    """Normalise unicode, drop soft hyphens and zero-width marks, collapse spaces."""
    text = unicodedata.normalize("NFC", text)
    for lig, plain in _LIGATURES.items():
        text = text.replace(lig, plain)
    text = _INVISIBLE.sub("", text)  # str.translate with a table visits every character in Python's slow path
    text = _SPACE.sub(" ", text.replace("\r", " ").replace("\n", " "))
    return text.strip()


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, undoing line-end hyphenation.

    ``arbeids-`` + ``markt`` becomes ``arbeidsmarkt``; ``zorg-`` + ``en
    welzijnsberoepen`` keeps its hyphen and space; ``Noord-`` + ``Holland``
    keeps the hyphen without a space.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if _hyphen_break(out, line):
            first = line.split(" ", 1)[0]
            if first[:1].islower():
                out = out[:-1] + line
            else:
                out = out + line
        else:
            out = out + " " + line
    return clean(out)


def _hyphen_break(before: str, after: str) -> bool:
    if len(before) < 2 or before[-1] not in "-\u2010\u2011" or not before[-2].isalpha():
        return False
    first = after.split(" ", 1)[0].rstrip(",.;:")
    return bool(first) and first[0].isalpha() and first.lower() not in _CONJUNCTIONS
