"""A document's parsed passages in bounded memory (issue 19, item 2).

The passages go through the pipeline in one stream (:func:`~genderscan.nlp.parse_stream`).
Each :class:`~.matching.ParsedPassage` keeps what the passes over the whole document
read (words, tokens that are no punctuation, the keys with a hit); the spaCy Docs and
their hits stay in memory only up to :data:`KEEP_TOKENS` tokens, the most recently used
first. A pass that asks for a dropped passage gets it made again: the same text through
the same pipeline gives the same tokens, sentences, lemmas and hits, and the sentences
the trained pipeline parsed are handed over from the dropped Doc as compact arrays
(:func:`~genderscan.syntax.parses`), so none is parsed twice; so are the second opinion's
readings, so none is read twice. A document below the bound
(every document of the corpus) is parsed once and kept whole, as before.

Why not Doc.to_bytes or DocBin: a passage's bytes are about 130 bytes a token, which for a
20 MB text is still 450 MB; its text is already held by the Document.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from ..model import Document, Passage
from ..nlp import parse_one, parse_stream
from ..progress import PASSAGES, Progress, counted
from ..syntax import SyntaxModel, attach, parses, restore
from .matching import CompiledLexicon, Hits, Parse, ParsedDocument, ParsedPassage

READINGS = "genderscan.second_opinion"
"""The key under which :mod:`.second_opinion` keeps its readings in a Doc's ``user_data``; handed over
to the Doc made again, like the parses."""

SHARED_HITS_CHARS = 40
"""Passages up to this long with the same text share their hits (table cells: the budget's 5,408 passages
hold 3,335 different texts, "-" 341 times and "0" 221 times)."""

KEEP_TOKENS = 60_000
"""Tokens of passage Docs kept in memory at most: about 25 MB with their hits and sentences, and more
than the largest document of the corpus (the budget, 43,000 tokens), which is parsed once, as before."""


class ParseStore:
    """The Docs and hits of one document's passages: kept up to *keep* tokens, else made again."""

    def __init__(
        self, texts: list[str], nlp: Language, compiled: CompiledLexicon, syntax: SyntaxModel | None, keep: int
    ) -> None:
        self._texts = texts
        self._nlp = nlp
        self._compiled = compiled
        self._syntax = syntax
        self.keep = keep
        self._kept: OrderedDict[int, Parse] = OrderedDict()
        self._tokens = 0
        self._parsed: dict[int, dict[str, numpy.ndarray]] = {}
        """Per dropped passage, the sentences the trained pipeline parsed in it."""
        self._readings: dict[int, dict] = {}
        """Per dropped passage, what the second opinion read in it (small: a few floats a sentence)."""
        self.made_again = 0
        """Passages made again after they were dropped (the tests and benchmarks read it)."""
        self._hits_of_text: dict[str, Hits] = {}
        """Hits of short passages by their text: the same text gives the same tokens and so the same hits."""

    def get(self, index: int) -> Parse:
        """The Doc and hits of passage *index*, made again when they were dropped."""
        found = self._kept.get(index)
        if found is not None:
            self._kept.move_to_end(index)
            return found
        self.made_again += 1
        doc = parse_one(self._nlp, self._texts[index])
        readings = self._readings.pop(index, None)
        if readings is not None:
            doc.user_data[READINGS] = readings
        return self.add(index, restore(doc, self._parsed.pop(index, {})))

    def _hits(self, index: int, doc: Doc) -> Hits:
        """The lexicon's hits in passage *index*'s *doc*; a short text seen before shares the hits found then
        (plain :class:`Hits` only: checked ones hold their Doc)."""
        text = self._texts[index]
        if len(text) > SHARED_HITS_CHARS:
            return self._compiled.hits(doc)
        hits = self._hits_of_text.get(text)
        if hits is None:
            hits = self._compiled.hits(doc)
            if type(hits) is Hits:
                self._hits_of_text[text] = hits
        return hits

    def add(self, index: int, doc: Doc) -> Parse:
        """Keep passage *index*'s new *doc* with its hits; drop the least recently used beyond the bound."""
        found = self._kept[index] = Parse(attach(doc, self._syntax), self._hits(index, doc))
        self._tokens += len(doc)
        while self._tokens > self.keep and len(self._kept) > 1:
            old, dropped = self._kept.popitem(last=False)
            self._tokens -= len(dropped.doc)
            kept = parses(dropped.doc)
            if kept:
                self._parsed[old] = kept
            readings = dropped.doc.user_data.get(READINGS)
            if readings:
                self._readings[old] = readings
        return found


def parse_passages(
    document: Document,
    nlp: Language,
    compiled: CompiledLexicon,
    syntax: SyntaxModel | None = None,
    keep: int | None = None,
    progress: Progress | None = None,
) -> ParsedDocument:
    """The document's passages parsed in one stream, their Docs kept up to *keep* tokens
    (default :data:`KEEP_TOKENS`). Passages that are not content are parsed as empty text.
    *progress* hears of each passage parsed."""
    texts = [p.text if p.is_content else "" for p in document.passages]
    store = ParseStore(texts, nlp, compiled, syntax, KEEP_TOKENS if keep is None else keep)
    stream = counted(zip(document.passages, parse_stream(nlp, texts), strict=True), PASSAGES, len(texts), progress)
    return ParsedDocument(_passage(store, i, p, doc) for i, (p, doc) in enumerate(stream))


def _passage(store: ParseStore, index: int, passage: Passage, doc: Doc) -> ParsedPassage:
    found = store.add(index, doc)
    return ParsedPassage(passage, found.doc, found.hits, store, index)
