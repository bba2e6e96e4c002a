"""Leads: themes that reach women and men differently, named without women, men or gender.

Mantelzorg falls more often and more heavily on women, most single parents are mothers, domestic
violence reaches women and men differently, and poverty hits single-parent families, mostly mothers, far
more often. A policy text can name such a theme in gender-neutral words only ("aandacht voor mantelzorg en
respijtzorg", "alleenstaande ouders met schulden"). Two expert reads of
the corpus's coalition agreements and decision lists asked for these places as leads: where to ask for
figures and effects by sex. A theme is a lead where the document names it in running text and never in a
sentence that also names women, men or gender (there it made the link itself). No finding, measure or
question depends on it.
"""

from __future__ import annotations

import re

from ..lexicon.keys import STANCE_DEFINITION, theme_key
from ..lexicon.schema import Lexicon
from ..model import Evidence, ThemeLead
from .domains import back_matter_heading
from .evidence import evidence
from .matching import ParsedPassage
from .mentions import gender_references

MAX_QUOTES = 2
"""Sentences quoted per theme, the first in the document."""
LEAD_KINDS = frozenset({"paragraph", "list_item", "table_cell"})
"""Passages a lead is quoted from: running text, lists and tables; not headings, a table of contents, running
headers or footnotes (their words name a chapter or a reference, not what the policy does)."""
MIN_WORDS = 3
"""Words (with a letter) a quoted sentence has at least: a bare table cell ("Mantelzorg", "Respijtzorg | 120.000")
names a line, not what is done."""
_NUMBERED_ITEMS = re.compile(r"(?:^|\s)\d+(?:\.\d+)+\.?\s+\S")
"""A numbered item ("1.2 Nieuwe verordening"): a sentence with two is a list of a budget's or plan's items run
together, which names topics without saying anything about them."""
GLOSSARIES = frozenset({"begrippen", "begrippenlijst", "woordenlijst", "verklarende woordenlijst", "definities"})
"""Headings of a glossary, besides the lexicon's back matter (``back_matter``: sources, notes, colophon): the
sections under them define words and quote titles, they say nothing about policy."""
_LETTERED_DEFINITION = re.compile(r"^[a-z]{1,3}[.)]\s*\*?[^:*.]{1,60}\*?\s*:")
"""A law's or regulation's lettered definition ("e. *ten laste komend kind:* het kind …"): it defines a word."""
_BULLET = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)])\s")
"""An item of a list a plain text writes as paragraphs of their own ("- het treft …")."""
LEAD_IN_ITEMS = 8
"""List items after a lead-in (a passage that ends in a colon, "Huiselijk geweld:") read with it: a reference to
women, men or gender in one of them links the theme ("- treft vaker vrouwen dan mannen;")."""


def theme_leads(parsed: list[ParsedPassage], lexicon: Lexicon, first: frozenset[int] | None = None) -> list[ThemeLead]:
    """The lexicon's themes that *parsed* names in running text, outside its back matter and glossaries, and
    never in a passage (with a lead-in's items) that refers to women, men or gender, each with its first
    MAX_QUOTES sentences that are no definition, in the lexicon's order; those of the passages *first* (the
    verdict's sections) before the others: a budget's reading guide names "armoede" among the world's goals before
    its chapter on the minima policy does (an expert read of the Wassenaar budget)."""
    apart = _back_matter(parsed, lexicon)
    known: dict[int, bool] = {}

    def gendered(j: int) -> bool:
        """Passage *j* refers to women, men or gender (looked at only near a theme: the mention figures read every
        passage already, and a long budget's Docs need not be made again for this)."""
        if j not in known:
            known[j] = bool(gender_references(parsed[j]))
        return known[j]

    # the verdict's sections first, then the rest, each in reading order (the same for every theme)
    order = range(len(parsed)) if first is None else sorted(range(len(parsed)), key=lambda i: (i not in first, i))
    out = []
    for theme in lexicon.themes:
        key = theme_key(theme.id)
        quotes: list[Evidence] = []
        linked = False
        for i in order:
            pp = parsed[i]
            if key not in pp.hit_keys or i in apart:
                continue
            if gendered(i) or any(gendered(j) for j in _items(parsed, i)):
                linked = True
                break
            if pp.passage.kind not in LEAD_KINDS or not pp.passage.is_content or len(quotes) >= MAX_QUOTES:
                continue
            for sent in pp.sentences():
                hits = pp.hits.get(key, sent)
                if (
                    not hits
                    or _defines(sent, hits)
                    or STANCE_DEFINITION in pp.hit_keys
                    and pp.hits.get(STANCE_DEFINITION, sent)
                ):
                    continue
                text = " ".join(sent.text.split())
                if (
                    text in {q.text for q in quotes}
                    or _LETTERED_DEFINITION.match(text)
                    or len(_NUMBERED_ITEMS.findall(text)) >= 2
                    or sum(1 for t in sent if any(c.isalpha() for c in t.text)) < MIN_WORDS
                ):
                    continue
                quotes.append(evidence(text, pp.passage.location, [theme.id]))
                if len(quotes) >= MAX_QUOTES:
                    break
        if quotes and not linked:
            out.append(ThemeLead(theme.id, theme.name, theme.fact, theme.source, tuple(quotes)))
    return out


def _items(parsed: list[ParsedPassage], i: int) -> range:
    """The list items that follow passage *i* when it is a lead-in (it ends in a colon): at most LEAD_IN_ITEMS."""
    if not parsed[i].passage.text.rstrip().endswith(":"):
        return range(0)
    end = i + 1
    while end < min(len(parsed), i + 1 + LEAD_IN_ITEMS) and (
        parsed[end].passage.kind == "list_item" or _BULLET.match(parsed[end].passage.text)
    ):
        end += 1
    return range(i + 1, end)


def _defines(sent, hits: list[tuple[int, int]]) -> bool:
    """The sentence defines the theme's word: the word, near the start, then a colon ("b. alleenstaande ouder:
    de ongehuwde die …", "Mantelzorg: langdurige, onbetaalde zorg …")."""
    doc = sent.doc
    for s, e in hits:
        if s - sent.start > 4:
            continue
        after = [t.text for t in doc[e : min(e + 2, sent.end)]]
        if ":" in after[:1] or after[:2] == ["*", ":"] or (after[:1] and after[0].startswith(("*:", ":*"))):
            return True
    return False


def _back_matter(parsed: list[ParsedPassage], lexicon: Lexicon) -> frozenset[int]:
    """Passages under a heading of back matter or a glossary (``back_matter`` in lexicon.yml, GLOSSARIES), also
    under an annex's number ("Bijlage 1: Begrippenlijst")."""
    names = frozenset(lexicon.back_matter) | GLOSSARIES
    known: dict[tuple[str, ...], bool] = {}
    out = set()
    for i, pp in enumerate(parsed):
        path = pp.passage.location.section_path or ()
        under = known.get(path)
        if under is None:
            under = known[path] = any(back_matter_heading(h, names) for h in path)
        if under:
            out.add(i)
    return frozenset(out)
