"""Plain text and Markdown: one passage per blank-line-separated block."""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Location, Passage
from .normalise import clean
from .structure import LABEL_ONLY, TOC_RUN, is_page_number, is_toc_title, outline, unpaged_toc_line

_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# A list item that is only a link to a heading of the document: a line of a Markdown ToC.
_MD_TOC_LINK = re.compile(r"^\[[^\]]+\]\(#[^)]*\)$")
_BINARY_SIGNATURES = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff")


def decode(path: Path, data: bytes) -> str:
    """Decode text bytes: BOM first, then strict UTF-8, then cp1252."""
    if data.startswith(_BINARY_SIGNATURES):
        raise InputError(f"{path}: the content is binary, not text", code=errors.CONTENT_MISMATCH)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data:
        raise InputError(f"{path}: the content is binary, not text", code=errors.CONTENT_MISMATCH)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: the text encoding cannot be recognised", code=errors.UNDECODABLE_TEXT) from exc


def _blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in _BLOCK_SPLIT.split(text) if b.strip()]
    out: list[str] = []
    for n, block in enumerate(blocks):
        tail = _glued_heading(block, blocks[n + 1] if n + 1 < len(blocks) else "")
        if tail is None:
            out.append(block)
        else:
            out += [block[:tail].rstrip(), block[tail:]]
    return out


# The last words of a one-line paragraph after its last full stop, with no closing mark of their own: a heading that
# a conversion to text glued to the paragraph above it ("… hoe zij dit waarborgen. Werk en bestaanszekerheid: begrip
# in plaats van wantrouwen"), when the next block starts a new sentence.
_GLUED_TAIL = re.compile(r"[^\W\d_][.!?]\s+([A-Z][^.!?\n]*)$")
GLUED_HEADING_WORDS = 10
# … after a paragraph of at least this many words (not a numbered label: "Programma 1. Veiligheid", "2. Wonen")
GLUED_BODY_WORDS = 8


def _glued_heading(block: str, after: str) -> int | None:
    """Where a heading glued to the end of *block* begins, or None (see :data:`_GLUED_TAIL`)."""
    if "\n" in block.strip() or not after.strip()[:1].isupper():
        return None
    m = _GLUED_TAIL.search(block.rstrip())
    if m is None or len(m.group(1).split()) > GLUED_HEADING_WORDS or not _is_title_line(m.group(1)):
        return None
    if len(block[: m.start(1)].split()) < GLUED_BODY_WORDS:
        return None
    words = m.group(1).lower().split()
    if words[0] in _SENTENCE_OPENERS or any(w.strip(",:;") in _FINITE_VERBS for w in words):
        return None  # a sentence without its full stop ("Het sociaal team werkt samen met …"), no heading
    if re.search(r"(?:^|\s)[A-Z]\.\s+$", block[: m.start(1)]):
        return None  # an initial ("de heer J. Bakker van …")
    return m.start(1)


# The first words and finite verbs that make the tail after a paragraph's last full stop a sentence (a hostile review:
# "Moeders met jonge kinderen hoeven van ons niet te solliciteren", "De gemeente vergoedt kinderopvang …").
_SENTENCE_OPENERS = frozenset(
    {"de", "het", "een", "wij", "we", "zij", "ze", "hij", "ik", "u", "dit", "dat", "deze", "die", "er", "ook", "daarom"}
)
_FINITE_VERBS = frozenset(
    {
        "is",
        "zijn",
        "was",
        "waren",
        "wordt",
        "worden",
        "werd",
        "werden",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "kan",
        "kunnen",
        "moet",
        "moeten",
        "mag",
        "mogen",
        "zal",
        "zullen",
        "hoeft",
        "hoeven",
        "gaat",
        "gaan",
        "krijgt",
        "krijgen",
        "werkt",
        "werken",
        "vergoedt",
        "biedt",
        "bieden",
        "regelt",
        "regelen",
        "zorgt",
        "zorgen",
        "staat",
        "staan",
        "komt",
        "komen",
        "wil",
        "willen",
        "blijft",
        "blijven",
        "doet",
        "doen",
        "maakt",
        "maken",
    }
)


# A numbered heading line ("3.2 Partners van uitkeringsgerechtigden", "Hoofdstuk 4 Trajecten",
# "Deel B Reactie van het college", a budget's "Programma 7. Sociaal domein", minutes' "Agendapunt 4. Werk"): short,
# no closing punctuation,
# the title in capitals (so that "15 december 2021" and "3522 KE Utrecht" are no headings).
_TXT_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|(?:[Hh]oofdstuk|[Pp]aragraaf|[Pp]rogramma|[Dd]eel|[Tt]hema|[Pp]ijler|[Aa]rtikel"
    r"|[Aa]gendapunt|[Pp]unt|[Aa]fspraak)"
    r"\s+(?:\d+(?:\.\d+)*\.?|[IVXLC]{1,6}\.?|[A-Z]\.?))\s+[^\W\d_a-z].{0,100}$"
)
_TXT_BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
# A Markdown heading in a text file ("### Artikel 1", "####Organen", as law texts are published).
_HASH_HEADING = re.compile(r"^(#{1,6})(?:\s+|(?<=##)(?=[^#\s]))(\S.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
# A title without a number: a short line in capitals at the start, without closing punctuation.
_TITLE_MAX = 100
_TITLE_WORDS = 14
_TITLE_END = (".", ",", ";", ":", "!", "-", "(", "/", "*")
# "Uitgave: Verwey-Jonker Instituut": a field of a colophon, not a title.
_FIELD = re.compile(r"^[^\W\d][\w ]{0,20}:\s")
# A sentence ends inside the line: text, not a title.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
# A law's status note between its articles ("Treedt in werking per 01-01-2016", "Vervallen per 01-07-2015", as
# wetten.overheid.nl prints them): a remark on the text, not a title over it.
_STATUS_NOTE = re.compile(
    r"^(?:treedt|trad|treden|traden) in werking\b"
    r"|^(?:vervalt|vervallen|komt te vervallen|geldend|geldig) (?:per|van|op|vanaf)\b",
    re.IGNORECASE,
)
# Keys of headings: Markdown-style "#" headings by their number of #, above every other heading.
_PLAIN = 7


# A numbered question this short is a heading.
QUESTION_HEADING_WORDS = 8


def numbered_heading(line: str) -> bool:
    """A numbered heading line ("3.2 Arbeidsmarkt", "Artikel 9. Ontheffing wegens zorgtaken")."""
    line = line.strip()
    if line.endswith("?"):  # a short question is a heading ("3.5 Wat gaan we daarvoor doen?", as budgets have them)
        return bool(_TXT_HEADING.match(line)) and len(line.split()) <= QUESTION_HEADING_WORDS
    return bool(_TXT_HEADING.match(line)) and not line.endswith((".", ",", ";", ":", "!"))


def _is_title_line(line: str) -> bool:
    """A short line that reads as a title: capital first, at most a few words, no closing punctuation."""
    line = line.strip()
    return (
        2 <= len(line) <= _TITLE_MAX
        and line[0].isupper()
        and len(line.split()) <= _TITLE_WORDS
        and not line.endswith(_TITLE_END)
        and not _TXT_BULLET.match(line)
        and any(len(w) > 1 and w.isalpha() for w in line.split())
        and not _FIELD.match(line)
        and not _SENTENCE_INSIDE.search(line)
        and not _STATUS_NOTE.match(line)
    )


def _title_first(lines: list[str]) -> bool:
    """The first line of a block is a title over the text below it: much shorter, and the text starts anew."""
    first = lines[0].strip()
    rest = lines[1:]
    return (
        bool(rest)
        and _is_title_line(first)
        and rest[0].strip()[:1].isupper()
        and len(first) <= 0.7 * max(len(ln.strip()) for ln in rest)
    )


def _hash_heading(line: str) -> tuple[int, str] | None:
    m = _HASH_HEADING.match(line.strip())
    if not m or len(m.group(2)) > 200 or not (any(c.isalpha() for c in m.group(2)) or LABEL_ONLY.match(m.group(2))):
        return None
    return len(m.group(1)), m.group(2)


def _inner_heading(lines: list[str], n: int) -> bool:
    """Line *n* of a block is a numbered heading between two sentences, without the blank lines around it ("…
    regeling.\\n6 Kinderopvang\\nDe gemeente betaalt …", a hostile review): the line before it ends a sentence and the
    line after it is running text, not the next item of a numbered list."""
    if not 0 < n < len(lines) - 1 or not numbered_heading(lines[n]):
        return False
    before, after = lines[n - 1].rstrip(), lines[n + 1].strip()
    return (
        not _next_in_list(lines, n)
        and before.endswith((".", "!", "?"))
        and not numbered_heading(before)
        and not numbered_heading(after)
        and not _TXT_BULLET.match(after)
        and after[:1].isupper()
    )


_ITEM_NUMBER = re.compile(r"^\s*(\d+)[.)]\s")


def _next_in_list(lines: list[str], n: int) -> bool:
    """Line *n* is the next item of a numbered list above it in the block ("1. Een ontwerpbesluit …\n2. Het
    ontwerpbesluit … ter inzage te leggen.\n3. Indien geen zienswijzen zijn ingediend, dit ontwerpbesluit\n…", a
    decision's points hard-wrapped): an item, not a heading (an expert read of a real decision list)."""
    m = _ITEM_NUMBER.match(lines[n])
    if m is None or int(m.group(1)) < 2:
        return False
    previous = str(int(m.group(1)) - 1)
    # (the item before it, below the block's first line or the list's first item: a block opened by "5. Wat dit plan
    # niet regelt" is headed by it, and its "6. Kinderopvang" between two sentences is the next heading)
    return any(
        (p := _ITEM_NUMBER.match(ln)) is not None and p.group(1) == previous and (k > 0 or previous == "1")
        for k, ln in enumerate(lines[:n])
    )


def _pieces(lines: list[str]) -> list[tuple[str, list[str], tuple[int, ...] | None]]:
    """A block's lines as (kind, lines, heading key) pieces: headings split off, the rest kept together."""
    if len(lines) > 1 and all(ln.lstrip().startswith("#") for ln in lines):
        return [("text", lines, None)]  # a comment block of "#" lines (a source note), not headings
    out: list[tuple[str, list[str], tuple[int, ...] | None]] = []
    rest: list[str] = []
    for n, ln in enumerate(lines):
        hashed = _hash_heading(ln)
        if hashed is not None:
            if rest:
                out.append(("text", rest, None))
                rest = []
            level, title = hashed
            out.append(("heading", [title], (level,)))
        elif rest and _inner_heading(lines, n):
            out.append(("text", rest, None))
            rest = [ln]  # heads the lines after it, as a block's first line does
        else:
            rest.append(ln)
    if rest:
        out.append(("text", rest, None))
    return out


# The rule under a table's header ("|---|:--:|", "|----+----|").
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:[|+]\s*:?-{2,}:?\s*)*\|?\s*$")
# Lines in a run from which it is a table, not a sentence with a stray "|" in it.
TABLE_MIN_ROWS = 2


def _table_line(line: str) -> bool:
    """A row of a pipe table ("| Onderdeel | Budget |", "Onderdeel | Budget | Status": two cells with text
    or more) or the rule under its header. Split, not a regular expression: a line of a megabyte
    without a "|" must cost one scan."""
    if "|" not in line:
        return False
    return sum(1 for cell in line.split("|") if cell.strip()) >= 2 or bool(_TABLE_RULE.match(line))


def table_runs(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """A block's lines as runs of (is_table, lines): TABLE_MIN_ROWS or more pipe-table lines in a row are a
    table, the rest text (a caption above a table stays a line of its own)."""
    runs: list[tuple[bool, list[str]]] = []
    for line in lines:
        flag = _table_line(line)
        if runs and runs[-1][0] == flag:
            runs[-1][1].append(line)
        else:
            runs.append((flag, [line]))
    out: list[tuple[bool, list[str]]] = []
    for flag, run in runs:  # a lone pipe line is text; neighbouring text runs join again
        flag = flag and sum(not _TABLE_RULE.match(ln) for ln in run) >= TABLE_MIN_ROWS
        if out and not flag and not out[-1][0]:
            out[-1][1].extend(run)
        else:
            out.append((flag, run))
    return out


def table_row(line: str) -> str:
    """A table row's text: its cells between " | ", without the outer pipes."""
    return " | ".join(cell.strip() for cell in line.strip().strip("|").split("|") if cell.strip())


def table_rows(run: list[str]) -> list[str]:
    """The rows of a table run as passage texts, one per row: not the rule under its header, nor a row of
    bare pipes."""
    rows = (table_row(ln) for ln in run if not _TABLE_RULE.match(ln))
    return [clean(row) for row in rows if row]


def _toc_block(passages: list[Passage], lines: list[str]) -> bool:
    """A block of at least TOC_RUN short lines right under a ToC title ("Inhoud"): a table of contents
    without page numbers, if its lines turn out to repeat the document's headings."""
    return (
        bool(passages)
        and passages[-1].kind == "heading"
        and is_toc_title(passages[-1].text)
        and len(lines) >= TOC_RUN
        and all(unpaged_toc_line(ln) for ln in lines)
    )


def read_txt(path: Path, data: bytes) -> tuple[list[Passage], None]:
    """Blank-line blocks. Headings become heading passages (and the section of
    what follows): a numbered line ("3.2 Werk") or a short title line on a
    block's first line, a short title line alone, or a Markdown "#" line; a
    block of bullet lines becomes one list item per bullet; a page number
    alone is a running passage. All keep the block's number. Tables of
    contents are marked and every passage gets its section path
    (:func:`.structure.outline`)."""
    passages: list[Passage] = []
    keys: list[tuple[int, ...] | None] = []
    split: set[int] = set()  # blocks read a passage per line for the ToC test

    def add(text: str, i: int, kind: str, key: tuple[int, ...] | None = None, marker: str | None = None) -> None:
        passages.append(Passage(text=text, location=Location(file=str(path), paragraph=i), kind=kind, marker=marker))
        keys.append(key)

    for i, block in enumerate(_blocks(decode(path, data)), start=1):
        for piece, lines, key in _pieces([ln for ln in block.splitlines() if ln.strip()]):
            if piece == "heading":
                add(clean(lines[0]), i, "heading", key)
                continue
            if len(lines) > TOC_RUN and is_toc_title(lines[0]) and all(unpaged_toc_line(ln) for ln in lines[1:]):
                add(clean(lines[0]), i, "heading", (_PLAIN,))  # "Inhoud" on the first line of its ToC's block
                lines = lines[1:]
            if _toc_block(passages, lines):  # one passage per line, for the ToC test of outline()
                for ln in lines:
                    add(clean(ln), i, "paragraph")
                split.add(i)
                continue
            runs = table_runs(lines)
            for n, (is_table, run) in enumerate(runs):
                if is_table:  # one passage per row: a row says one thing ("Nazorg | Budgetbrug | 95.000 euro")
                    for row in table_rows(run):
                        add(row, i, "table_cell")
                    continue
                first = run[0].strip()
                if len(run) == 1 and n + 1 < len(runs) and not numbered_heading(first):
                    # a caption right above its table ("Tabel 2 Lasten"); "5 Aanbevelingen" stays a heading
                    add(clean(first), i, "paragraph")
                    continue
                if numbered_heading(first) or (len(run) == 1 and _is_title_line(first)) or _title_first(run):
                    add(clean(first), i, "heading", (_PLAIN,))
                    run = run[1:]
                if not run:
                    continue
                if len(run) > 1 and all(_TXT_BULLET.match(ln) for ln in run):
                    for ln in run:
                        bullet = _TXT_BULLET.match(ln)
                        mark = bullet.group(0).strip() if bullet else None
                        add(clean(_TXT_BULLET.sub("", ln, count=1)), i, "list_item", marker=mark)
                elif len(run) == 1 and is_page_number(run[0]):
                    add(clean(run[0]), i, "running")
                else:
                    add(clean("\n".join(run)), i, "paragraph")
    merged, merged_keys = _merge_labels(passages, keys)
    return _rejoin(outline(merged, merged_keys, numbered=True), split), None


def _rejoin(passages: list[Passage], split: set[int]) -> list[Passage]:
    """The lines of a block split for the ToC test that are no ToC lines, joined again into one paragraph
    (a section titled "Inhoud" in a fact sheet, or text under a ToC in the same block)."""
    if not split:
        return passages
    out: list[Passage] = []
    for p in passages:
        prev = out[-1] if out else None
        if (
            prev is not None
            and p.kind == prev.kind == "paragraph"
            and p.location.paragraph == prev.location.paragraph
            and p.location.paragraph in split
        ):
            out[-1] = replace(prev, text=clean(prev.text + "\n" + p.text))
            continue
        out.append(p)
    return out


def _merge_labels(
    passages: list[Passage], keys: list[tuple[int, ...] | None]
) -> tuple[list[Passage], list[tuple[int, ...] | None]]:
    """A heading that is only a label ("Artikel 12", "§ 1.1") takes the heading right under it as
    its title: "Artikel 12 Organen". Law texts set the two on lines of their own."""
    out: list[Passage] = []
    out_keys: list[tuple[int, ...] | None] = []
    for p, key in zip(passages, keys, strict=True):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "heading" and p.kind == "heading" and LABEL_ONLY.match(prev.text):
            out[-1] = replace(prev, text=f"{prev.text} {p.text}")
            continue
        out.append(p)
        out_keys.append(key)
    return out, out_keys


def read_md(path: Path, data: bytes) -> tuple[list[Passage], None]:
    """Markdown blocks: "#" and underlined (setext) headings by their level, list items,
    paragraphs; a ToC (a list of links to the document's own headings, or page numbers) is marked."""
    passages: list[Passage] = []
    keys: list[tuple[int, ...] | None] = []
    for i, block in enumerate(_blocks(decode(path, data)), start=1):
        lines = block.strip().splitlines()
        if len(lines) == 2 and _SETEXT.match(lines[1].strip()) and lines[0].strip():
            title = clean(lines[0])
            passages.append(Passage(title, Location(file=str(path), paragraph=i), "heading"))
            keys.append((1 if lines[1].strip()[0] == "=" else 2,))
            continue
        rest: list[str] = []
        for ln in [*lines, None]:
            heading = _MD_HEADING.match(ln.strip()) if ln is not None else None
            if ln is not None and not heading:
                rest.append(ln)
                continue
            for is_table, run in table_runs(rest):
                if is_table:
                    for row in table_rows(run):
                        passages.append(Passage(row, Location(file=str(path), paragraph=i), "table_cell"))
                        keys.append(None)
                    continue
                kind = "list_item" if _MD_BULLET.match(run[0]) else "paragraph"
                if kind == "list_item" and _MD_TOC_LINK.match(clean(_MD_BULLET.sub("", run[0], count=1))):
                    kind = "toc"
                passages.append(Passage(clean("\n".join(run)), Location(file=str(path), paragraph=i), kind))
                keys.append(None)
            rest = []
            if heading and ln is not None:
                passages.append(Passage(clean(heading.group(1)), Location(file=str(path), paragraph=i), "heading"))
                keys.append((len(ln.strip()) - len(ln.strip().lstrip("#")),))
    return outline(passages, keys), None
