"""Memory that does not grow with the text (issue 19, item 2): a document's passage Docs stay in
memory up to a bound of tokens and are made again, the same, when a pass asks for one
(``analysis/passages.py``). Peak RSS itself is measured by ``benchmarks/memory.py``."""

from __future__ import annotations

import gc
import json
import weakref

import pytest
from conftest import ROOT

from genderscan.analysis import parse_document, passages
from genderscan.ingest import document_from_text

EVAL_DOCUMENTS = ROOT.parent / "shared" / "eval" / "documents"
PARAGRAPH = (
    "De klantmanager bespreekt met de klant zijn wensen. Hij is de kostwinner van het gezin, "
    "zegt de gemeente. Vrouwen krijgen een kleine baan onder schooltijd aangeboden."
)


def _text(n: int) -> str:
    return "\n\n".join(f"# {k}. Hoofdstuk {k}\n\n{PARAGRAPH} Alinea {k}." for k in range(1, n + 1))


def _tokens(pp) -> list[tuple[str, str, bool]]:
    return [(t.text, t.lemma_, t.is_sent_start) for t in pp.doc]


def test_docs_beyond_the_bound_are_released(analyzer, monkeypatch):
    made: list[weakref.ref] = []
    stream = passages.parse_stream

    def recorded(nlp, texts, batch_size=64):
        for doc in stream(nlp, texts, batch_size):
            made.append(weakref.ref(doc))
            yield doc

    monkeypatch.setattr(passages, "parse_stream", recorded)
    monkeypatch.setattr(passages, "KEEP_TOKENS", 200)
    document = document_from_text(_text(40))
    parsed = parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)
    gc.collect()
    alive = [r() for r in made if r() is not None]
    assert len(made) == len(parsed) == 80
    assert made[0]() is None and made[1]() is None  # the first heading's and paragraph's Docs are gone
    assert sum(len(d) for d in alive) <= 200 + max(len(d) for d in alive)


def test_a_dropped_passage_is_made_again_the_same(analyzer, monkeypatch):
    document = document_from_text(_text(30))
    whole = parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)
    monkeypatch.setattr(passages, "KEEP_TOKENS", 100)
    bounded = parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)
    assert [pp.words for pp in bounded] == [pp.words for pp in whole]
    assert [pp.hit_keys for pp in bounded] == [pp.hit_keys for pp in whole]
    for a, b in zip(whole, bounded, strict=True):  # every passage is made again: its Doc was dropped
        assert _tokens(b) == _tokens(a)
        assert b.hits.by_key == a.hits.by_key
        assert [(s.start, s.end) for s in b.sentences()] == [(s.start, s.end) for s in a.sentences()]
    assert bounded[0]._source.made_again >= len(bounded) - 10


def _reports(analyzer, paths) -> tuple[list[str], int]:
    before = analyzer.syntax.parsed_words
    reports = [json.dumps(analyzer.analyse(p).to_dict(), sort_keys=True) for p in paths]
    return reports, analyzer.syntax.parsed_words - before


def test_reports_are_the_same_when_docs_are_dropped(analyzer, monkeypatch):
    """The example nota (PDF) and an evaluation document, their Docs kept whole and kept 150 tokens
    at a time: the same report, and no sentence parsed twice by the trained pipeline."""
    paths = [ROOT / "examples" / "hoogwater_participatienota.pdf"]
    paths += sorted(EVAL_DOCUMENTS.glob("01_*.txt"))[:1]
    analyzer.analyse(paths[0])  # the syntax model loaded and the vocabulary filled first
    whole, parsed_whole = _reports(analyzer, paths)
    monkeypatch.setattr(passages, "KEEP_TOKENS", 150)
    bounded, parsed_bounded = _reports(analyzer, paths)
    assert bounded == whole
    assert parsed_bounded == parsed_whole


def test_parsed_sentence_copies_drop_the_tensor(analyzer):
    if analyzer.syntax is None:
        pytest.skip("no syntax model")
    doc = analyzer.syntax.parse_words(["De", "man", "werkt", "."], [True, True, False, False])
    assert doc.tensor.size == 0 and doc[1].dep_


def test_parses_handed_over_as_arrays_are_the_same(analyzer):
    """A dropped passage hands its parsed sentences to the Doc made again as arrays
    (``syntax.parses``/``restore``): the copy made from them is the parse, and nothing is parsed again."""
    if analyzer.syntax is None:
        pytest.skip("no syntax model")
    from genderscan.syntax import attach, parses, restore, token_syntax

    text = "De klantmanager bespreekt met de klant zijn wensen, en hij kiest een traject dat bij hem past."
    first = attach(analyzer.nlp(text), analyzer.syntax)
    before = [
        (t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, [c.i for c in t.children]) for t in map(token_syntax, first)
    ]
    kept = parses(first)
    parsed_words = analyzer.syntax.parsed_words
    again = restore(attach(analyzer.nlp(text), analyzer.syntax), kept)
    after = [
        (t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, [c.i for c in t.children]) for t in map(token_syntax, again)
    ]
    assert after == before and analyzer.syntax.parsed_words == parsed_words
    assert all(a.nbytes == 48 * len(first) for a in kept.values())
