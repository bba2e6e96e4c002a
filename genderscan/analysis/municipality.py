"""The municipality a document names: its own name, in the report and for telling its commitments from
other municipalities' examples."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..model import Passage

# "gemeente Hoogwater", "Gemeente Bergen op Zoom", "gemeente 's-Hertogenbosch": a capitalised name after the word
_MUNICIPALITY = re.compile(
    r"\b[Gg]emeente\s+((?:'s-|'t\s)?[A-Z][\w-]+(?:\s(?:aan|op|den|de|en|in|van|ter)\s[A-Z][\w-]+|\s[A-Z][\w-]+)?)"
)
# "de raad van Zuidwolde", "burgemeester en wethouders van Zuidwolde": a municipal body and its place (a
# regulation that never says "gemeente Zuidwolde" is still that municipality's own)
_BODY_OF = re.compile(r"\b(?:[Rr]aad|[Ww]ethouders)\s+van\s+((?:'s-|'t\s)?[A-Z][\w-]+)")
# Capitalised words that follow "gemeente" without being a name.
_NOT_NAMES = {
    "De",
    "Het",
    "Een",
    "Deze",
    "Die",
    "Dat",
    "Wij",
    "We",
    "Zij",
    "Ook",
    "Als",
    "Met",
    "Voor",
    "In",
    "Op",
    "En",
    # "Raad van State", "Centrale Raad van Beroep", "raad van Bestuur", "Raad van Toezicht"
    "State",
    "Beroep",
    "Bestuur",
    "Toezicht",
    "Commissarissen",
    "Europa",
}


# The first passages of a document: its title page.
TITLE_PAGE = 5


def municipality(passages: Iterable[Passage], *, title_page: bool = False) -> str | None:
    """The municipality the document names most often ("gemeente Hoogwater"): named twice, or once on
    its first passages (the title page); None when the document names none. With *title_page* (a guide
    or a study, whose text cites municipalities as examples) only a name on the title page counts."""
    passages = list(passages)
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for i, p in enumerate(passages):
        text = p.text
        # the words each pattern needs, looked for first: a regex that starts with a class ([Gg]) scans every
        # character of every passage (the 137-page budget: 5,400 passages, twice per document)
        if "emeente" not in text and "aad" not in text and "ethouders" not in text:
            continue
        for m in (*_MUNICIPALITY.finditer(text), *_BODY_OF.finditer(text)):
            name = m.group(1)
            if name.split()[0] not in _NOT_NAMES:
                counts[name] += 1
                first.setdefault(name, i)
    if not counts:
        return None if title_page else _named_in_title(passages)
    if title_page:
        on_title = [name for name in counts if first[name] < TITLE_PAGE]
        return max(on_title, key=lambda name: counts[name]) if on_title else None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 or first[name] < TITLE_PAGE else None


# A capitalised word on the title page ("Samen voor Wassenaar", "Samen Baarn").
_TITLE_WORD = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_IN_PLACE = re.compile(r"\b(?:in|voor|naar|uit|binnen|buiten|rond) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?! [A-Z])")
"""A name after a preposition of place, inside a sentence ("wonen in Baarn", "goed voor Wassenaar"); not the first
word of a longer name ("in Gemeenschappelijke Regelingen")."""
TITLE_NAME_MIDDLE = 5
"""A title page's word names the place when the text has it this often after a preposition of place."""
# Countries, parts of the world and the national level: no municipality
_NOT_PLACES = {"Nederland", "Europa", "Rijk", "Koninkrijk", "Caribisch", "Samen", "Woord", "Inhoud", "Inleiding"}


def _named_in_title(passages: list[Passage]) -> str | None:
    """A document that never says "gemeente X" (a coalition agreement: "Samen voor Wassenaar"): the word of its
    title page that the text uses most often as a name inside a sentence, at least TITLE_NAME_MIDDLE times."""
    title = " ".join(p.text for p in passages[:TITLE_PAGE])
    candidates = {w for w in _TITLE_WORD.findall(title) if w not in _NOT_NAMES and w not in _NOT_PLACES}
    if not candidates:
        return None
    inside = Counter(m.group(1) for p in passages for m in _IN_PLACE.finditer(p.text) if m.group(1) in candidates)
    if not inside:
        return None
    name, n = inside.most_common(1)[0]
    return name if n >= TITLE_NAME_MIDDLE else None
