"""HTML reader (a policy page saved from a website, or an exported nota).

Block elements become passages: headings (h1–h6, by their level) and
sections, paragraphs, list items, table cells. Scripts, styles and the page's
navigation, header, footer and forms are not read; the text is never executed
or rendered. A table of contents (list items that only link to the page's own
headings, or anything inside an element whose id or class says "toc") is
marked as such.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from ..model import Location, Passage
from .normalise import clean
from .structure import outline
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
# Elements whose content is text only in HTML (RCDATA): a tag inside them is text, not an element.
_TEXT_ONLY = {"title", "textarea"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)
# An element holding a table of contents, by its id or class.
_TOC_CONTAINER = re.compile(
    r"(?:^|[\s_-])(?:toc|inhoudsopgave|table-of-contents|tableofcontents)(?:$|[\s_-])", re.IGNORECASE
)
# In-page links in a row that make a ToC, and the share of a list item's text that must be the link.
TOC_LINKS = 2
LINKED_SHARE = 0.8


class _Parser(HTMLParser):
    def __init__(self, file: str) -> None:
        super().__init__(convert_charrefs=True)
        self.file = file
        self.passages: list[Passage] = []
        self.keys: list[tuple[int, ...] | None] = []
        self.links: list[bool] = []
        """Per passage: its text is all in links to the page itself (``href="#…"``)."""
        self.skip = 0
        self.stack: list[tuple[str, list[str]]] = []
        self.open_tags: list[str] = []
        self.toc_at: int | None = None
        """Depth in ``open_tags`` of the element that holds a ToC, if inside one."""
        self.link_text: list[str] | None = None
        self.linked = 0

    def handle_starttag(self, tag, attrs):
        if self.open_tags and self.open_tags[-1] in _TEXT_ONLY:
            return  # a title holds text only: "<title><svg …></title>" opens no element (it swallowed the body)
        if tag in _VOID:
            if tag == "br" and self.stack:
                self.stack[-1][1].append(" ")
            return
        values = dict(attrs)
        self.open_tags.append(tag)
        if self.toc_at is None and _TOC_CONTAINER.search(f"{values.get('id') or ''} {values.get('class') or ''}"):
            self.toc_at = len(self.open_tags)
        if tag == "a" and (values.get("href") or "").startswith("#"):
            self.link_text = []
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS and not self.skip:
            self._flush_open()
            self.stack.append((tag, []))

    def handle_endtag(self, tag):
        if tag in self.open_tags:
            while self.open_tags and self.open_tags.pop() != tag:
                pass
            if self.toc_at is not None and len(self.open_tags) < self.toc_at:
                self.toc_at = None
        if tag == "a" and self.link_text is not None:
            self.linked += len("".join(self.link_text).strip())
            self.link_text = None
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS and self.stack and not self.skip:
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    opened, text = self.stack.pop(i)
                    self._emit(_BLOCKS[opened], "".join(text), opened)
                    break

    def handle_data(self, data):
        if not self.skip and self.stack:
            self.stack[-1][1].append(data)
            if self.link_text is not None:
                self.link_text.append(data)

    def _flush_open(self) -> None:
        """Text of an open block before a nested block starts (``<li>tekst<ul>…``)."""
        if self.stack and "".join(self.stack[-1][1]).strip():
            tag, text = self.stack[-1]
            self._emit(_BLOCKS[tag], "".join(text), tag)
            text.clear()

    def _emit(self, kind: str, text: str, tag: str = "") -> None:
        text = clean(text)
        linked, self.linked = self.linked, 0
        if not text:
            return
        if kind != "heading" and self.toc_at is not None:
            kind = "toc"
        loc = Location(file=self.file, paragraph=len(self.passages) + 1)
        self.passages.append(Passage(text=text, location=loc, kind=kind))
        self.keys.append((int(tag[1]),) if kind == "heading" and tag[1:].isdigit() else None)
        self.links.append(kind == "list_item" and linked >= LINKED_SHARE * len(text.replace(" ", "")))

    def result(self) -> list[Passage]:
        """The passages, list items in runs of in-page links marked as ToC, with their section paths."""
        passages = list(self.passages)
        i = 0
        while i < len(passages):
            j = i
            while j < len(passages) and self.links[j]:
                j += 1
            if j - i >= TOC_LINKS:
                passages[i:j] = [replace(p, kind="toc") for p in passages[i:j]]
            i = max(j, i + 1)
        return outline(passages, self.keys)


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
        parser._emit(_BLOCKS[tag], "".join(chunks), tag)
    return parser.result(), None
