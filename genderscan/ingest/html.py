"""HTML reader (a policy page saved from a website, or an exported nota).

Block elements become passages: headings (h1–h6) and sections, paragraphs,
list items, table cells. Scripts, styles and the page's navigation, header,
footer and forms are not read; the text is never executed or rendered.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..model import Location, Passage
from .normalise import clean
from .text import decode

_BLOCKS = {
    "p": "paragraph",
    "div": "paragraph",
    "li": "list_item",
    "td": "table_cell",
    "th": "table_cell",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "blockquote": "paragraph",
    "dd": "paragraph",
    "dt": "paragraph",
    "caption": "paragraph",
    "pre": "paragraph",
}
_SKIP = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "form",
    "noscript",
    "template",
    "svg",
    "head",
    "button",
    "select",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


class _Parser(HTMLParser):
    def __init__(self, file: str) -> None:
        super().__init__(convert_charrefs=True)
        self.file = file
        self.passages: list[Passage] = []
        self.section: str | None = None
        self.skip = 0
        self.stack: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if tag == "br" and self.stack:
                self.stack[-1][1].append(" ")
            return
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS and not self.skip:
            self._flush_open()
            self.stack.append((tag, []))

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS and self.stack and not self.skip:
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    opened, text = self.stack.pop(i)
                    self._emit(_BLOCKS[opened], "".join(text))
                    break

    def handle_data(self, data):
        if not self.skip and self.stack:
            self.stack[-1][1].append(data)

    def _flush_open(self) -> None:
        """Text of an open block before a nested block starts (``<li>tekst<ul>…``)."""
        if self.stack and "".join(self.stack[-1][1]).strip():
            tag, text = self.stack[-1]
            self._emit(_BLOCKS[tag], "".join(text))
            text.clear()

    def _emit(self, kind: str, text: str) -> None:
        text = clean(text)
        if not text:
            return
        if kind == "heading":
            self.section = text
        loc = Location(file=self.file, paragraph=len(self.passages) + 1, section=self.section)
        self.passages.append(Passage(text=text, location=loc, kind=kind))


def read(path: Path, data: bytes) -> tuple[list[Passage], None]:
    declared = _META_CHARSET.search(data[:4096])
    text = None
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode(path, data)
    parser = _Parser(str(path))
    parser.feed(text)
    parser.close()
    while parser.stack:
        tag, chunks = parser.stack.pop(0)
        parser._emit(_BLOCKS[tag], "".join(chunks))
    return parser.passages, None
