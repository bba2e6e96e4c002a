"""Text that XML 1.0 can hold: the control characters it forbids are dropped."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline and carriage return below U+0020, no surrogates and not U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """*text* without the characters XML 1.0 forbids (a document's ESC would make the file unreadable)."""
    return _FORBIDDEN.sub("", text)
