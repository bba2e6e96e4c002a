"""The annotated Word file: a copy of a DOCX with a comment on every finding.

Each finding becomes a Word comment anchored on the matched words (message,
explanation, suggestion, rule id); each missing measure becomes a comment at
the start of the document. The text itself is not changed: runs are only
split where a comment has to start or end inside one. Comments are added
with python-docx's comments support; findings are placed through the same
paragraph numbering the DOCX reader uses (:func:`~genderscan.ingest.docx.passage_elements`).
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import ConfigError
from ..ingest.docx import own_text
from .ui import UI
from .view import location_label
from .xmltext import xml_safe

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AUTHOR, INITIALS = "genderscan", "GS"


def _run_text(r) -> str:
    """The text of one ``w:r`` as the reader sees it (tabs and breaks as spaces)."""
    out = []
    for node in r:
        if node.tag == f"{W}t":
            out.append(own_text(node))
        elif node.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            out.append(" ")
        elif node.tag == f"{W}noBreakHyphen":
            out.append("-")
    return "".join(out)


def _runs(paragraphs: list) -> list:
    """The visible runs of *paragraphs* in order (tracked deletions and text boxes left out)."""
    out = []
    for p in paragraphs:
        for r in p.iter(f"{W}r"):
            parent, skip = r.getparent(), False
            while parent is not None and parent is not p:
                if parent.tag in (f"{W}del", f"{W}txbxContent"):
                    skip = True
                    break
                parent = parent.getparent()
            if not skip:
                out.append(r)
    return out


def _splittable(r) -> bool:
    return all(child.tag in (f"{W}rPr", f"{W}t") for child in r) and len(r.findall(f"{W}t")) == 1


def _split(r, at: int):
    """Split run *r* after *at* characters into two runs with the same formatting; returns the second."""
    t = r.find(f"{W}t")
    text = t.text or ""
    second = copy.deepcopy(r)
    t.text = text[:at]
    second.find(f"{W}t").text = text[at:]
    for node, value in ((t, t.text), (second.find(f"{W}t"), text[at:])):
        if value != value.strip():
            node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.addnext(second)
    return second


def _anchor(paragraphs: list, finding: dict) -> tuple[Any, Any] | None:
    """(first run, last run) exactly around the finding's matched words, splitting runs where needed."""
    runs = _runs(paragraphs)
    texts = [_run_text(r) for r in runs]
    full = "".join(texts)
    words = finding["matched_text"].split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    hits = list(pattern.finditer(full))
    if not hits:
        return (runs[0], runs[-1]) if runs else None
    # the occurrence nearest to where the finding says it is (offsets in the normalised passage text)
    want = finding["location"].get("char_start") or 0
    hit = min(hits, key=lambda m: abs(m.start() - want))
    start, end = hit.start(), hit.end()
    pos, first, last = 0, None, None
    for i, r in enumerate(runs):
        a, b = pos, pos + len(texts[i])
        pos = b
        if first is None and a <= start < b:
            if start > a and _splittable(r):
                runs[i] = r = _split(r, start - a)
                a = start
            first = r
        if first is not None and a < end <= b:
            if end < b and _splittable(r):
                _split(r, end - a)
            last = r
            break
    if first is None or last is None:
        return (runs[0], runs[-1]) if runs else None
    return first, last


def _finding_comment(f: dict, ui: dict) -> str:
    severity = f"{ui['severity_label']} {ui['severity'][f['severity']]}"
    return (
        f"{f['message']} ({f['rule_id']}, {ui['stance'][f['stance']]}, {severity})\n"
        f"{ui['why'][:-1]}: {f['explanation']}\n"
        f"{ui['suggestion'][:-1]}: {f['suggestion']}"
    )


def _measure_comment(m: dict, ui: dict) -> str:
    """A missing measure: its name, why it matters, the recommendation and the first example from
    practice with its source, as the report's card gives them."""
    lines = [f"{ui['comment_missing']}: {m['name']}."]
    if m.get("why"):
        lines.append(f"{ui['why'][:-1]}: {m['why']}")
    lines.append(f"{ui['comment_recommendation']}: {m['recommendation']}")
    practice = m.get("practice") or []
    if practice:
        lines.append(f"{ui['practice']}: {practice[0]['text']} [{practice[0]['source']}]")
    return "\n".join(lines)


def annotate_docx(source: Path, data: dict) -> bytes:
    """A copy of the DOCX *source* with a comment per finding and per missing measure."""
    import docx
    from docx.text.run import Run

    from ..ingest.docx import _style_names, passage_elements

    if source.suffix.lower() != ".docx":
        raise ConfigError(f"{source}: --format docx annotates .docx files only", code=errors.BAD_OPTION)
    from lxml import etree

    with zipfile.ZipFile(source) as zf:
        styles = _style_names(zf, etree.XMLParser(resolve_entities=False, no_network=True))
    document = docx.Document(str(source))
    body = document.element.body
    elements = passage_elements(body, styles)
    ui = UI[data.get("language", "nl")]

    def add(first, last, paragraph_el, text: str) -> None:
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(paragraph_el, document._body)
        comment = xml_safe(text)  # a user lexicon's or a document's ESC would stop the XML writer
        document.add_comment(
            [Run(first, paragraph), Run(last, paragraph)], text=comment, author=AUTHOR, initials=INITIALS
        )

    unplaced = []
    for f in data["findings"]:
        n = f["location"]["paragraph"]
        paragraphs = elements[n - 1] if 0 < n <= len(elements) else []
        anchor = _anchor(paragraphs, f) if paragraphs else None
        if anchor is None:
            unplaced.append(f)
            continue
        first, last = anchor
        add(first, last, paragraphs[0], _finding_comment(f, ui))
    # missing measures (and findings outside the body, e.g. in footnotes) at the start of the document
    start_runs = next((runs for p_list in elements for runs in [_runs(p_list)] if runs), None)
    if start_runs:
        head = start_runs[0]
        # advice commits to nothing itself: what it does not commit to is no change to make in it
        missing = [] if data["document"].get("advisory") else [m for m in data["measures"] if m["status"] == "missing"]
        for m in missing:
            add(head, head, head.getparent(), _measure_comment(m, ui))
        for f in unplaced:
            where = location_label(f["location"], ui)
            add(head, head, head.getparent(), f"{ui['comment_elsewhere'].format(n=where)}: {_finding_comment(f, ui)}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
