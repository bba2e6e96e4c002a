"""Leads: themes that reach women and men differently, named without women, men or gender.

Mantelzorg falls more often and more heavily on women, most single parents are mothers, and domestic
violence reaches women and men differently. A policy text can name such a theme in gender-neutral words
only ("aandacht voor mantelzorg en respijtzorg", "alleenstaande ouders met schulden"). Two expert reads of
the corpus's coalition agreements and decision lists asked for these places as leads: where to ask for
figures and effects by sex. A theme is a lead where the document names it in running text and never in a
sentence that also names women, men or gender (there it made the link itself). No finding, measure or
question depends on it.
"""

from __future__ import annotations

import re

from ..lexicon.keys import theme_key
from ..lexicon.schema import Lexicon
from ..model import Evidence, ThemeLead
from .evidence import evidence
from .matching import ParsedPassage
from .mentions import gender_references

MAX_QUOTES = 2
"""Sentences quoted per theme, the first in the document."""
LEAD_KINDS = frozenset({"paragraph", "list_item", "table_cell"})
"""Passages a lead is quoted from: running text, lists and tables; not headings, a table of contents or
running headers (their words name a chapter, not what it says)."""
_NUMBERED_ITEMS = re.compile(r"(?:^|\s)\d+(?:\.\d+)+\.?\s+\S")
"""A numbered item ("1.2 Nieuwe verordening"): a sentence with two is a list of a budget's or plan's items run
together, which names topics without saying anything about them."""


def theme_leads(
    parsed: list[ParsedPassage], lexicon: Lexicon, leave_out: frozenset[int] = frozenset()
) -> list[ThemeLead]:
    """The lexicon's themes that *parsed* names in running text (not the passages in *leave_out*: back
    matter) and never together with a reference to women, men or gender, each with its first MAX_QUOTES
    sentences, in the lexicon's order."""
    out = []
    for theme in lexicon.themes:
        key = theme_key(theme.id)
        quotes: list[Evidence] = []
        linked = False
        for i, pp in enumerate(parsed):
            if key not in pp.hit_keys or i in leave_out:
                continue
            for sent in pp.doc.sents:
                if not pp.hits.get(key, sent):
                    continue
                if gender_references(pp, sent):
                    linked = True
                    break
                if pp.passage.kind in LEAD_KINDS and pp.passage.is_content and len(quotes) < MAX_QUOTES:
                    text = " ".join(sent.text.split())
                    if text not in {q.text for q in quotes} and len(_NUMBERED_ITEMS.findall(text)) < 2:
                        quotes.append(evidence(text, pp.passage.location, [theme.id]))
            if linked:
                break
        if quotes and not linked:
            out.append(ThemeLead(theme.id, theme.name, theme.fact, theme.source, tuple(quotes)))
    return out
