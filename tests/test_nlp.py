"""The Dutch pipeline: blank nl + sentencizer + simplemma lemmas; a trained pipeline from disk."""

from __future__ import annotations

import pytest
import spacy

from genderscan import Analyzer
from genderscan.errors import ConfigError
from genderscan.nlp import DEFAULT_PIPELINE, LEMMATIZER, SENTENCIZER, _split_footnote_markers, get_pipeline


def test_default_pipeline_lemmas_and_sentences():
    nlp = get_pipeline()
    assert nlp is get_pipeline()  # built once per process
    assert nlp.pipe_names == [SENTENCIZER, LEMMATIZER]
    doc = nlp("De vrouwen werkten. Kinderen en kostwinners bleven thuis.")
    assert [t.lemma_ for t in doc if t.is_alpha] == ["de", "vrouw", "werken", "kind", "en", "kostwinner", "blijven", "thuis"]
    assert len(list(doc.sents)) == 2


def test_array_sentencizer_splits_exactly_like_spacys_sentencizer():
    import random

    reference = spacy.blank("nl")
    _split_footnote_markers(reference)
    reference.add_pipe("sentencizer")
    pieces = ["De", "gemeente", "helpt", "vrouwen", "en", "mannen", "3,5", "e.d.", "t.o.v.", "art.", "1.2",
              ".", "!", "?", "...", "?!", "。", "．", "‼", ",", ";", ":", "(", ")", "\"", "'", "„", "”", "-", "–",
              "•", "¹", "werk.⁷", "zorg-", "\n", "\n\n", " "]
    rng = random.Random(20261124)
    texts = ["", ".", "!!", "Ja", "Zo. ", "(Echt?) Ja.", "„Klaar!” zei ze. Dan", "Eén...twee... drie"]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    ours = list(get_pipeline().pipe(texts))
    theirs = list(reference.pipe(texts))
    for text, a, b in zip(texts, ours, theirs):
        assert [t.text for t in a] == [t.text for t in b]
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b], text
        assert [(s.start, s.end) for s in a.sents] == [(s.start, s.end) for s in b.sents], text


def test_passages_go_through_nlp_pipe_once(monkeypatch):
    analyzer = Analyzer()
    calls = []
    original = analyzer.nlp.pipe

    def spy(texts, **kwargs):
        texts = list(texts)
        calls.append(len(texts))
        return original(texts, **kwargs)

    monkeypatch.setattr(analyzer.nlp, "pipe", spy)
    monkeypatch.setattr(type(analyzer.nlp), "__call__", lambda *a, **k: pytest.fail("nlp() called per text"))
    analyzer.analyse_text("Een. Twee.\n\nDrie.\n\nVier.")
    assert calls == [3]


def test_trained_pipeline_from_disk(tmp_path):
    # A small "trained" pipeline: its own sentence splitter and a lookup lemmatizer.
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    from spacy.lookups import Lookups

    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"kostwinners": "kostwinner", "mannen": "man"})
    lemmatizer.lookups = lookups
    nlp.meta["name"] = "test_trained"
    nlp.meta["version"] = "1.2.3"
    path = tmp_path / "nl_test_trained"
    nlp.to_disk(path)

    analyzer = Analyzer(model=str(path))
    assert analyzer.pipeline == "nl_test_trained-1.2.3"
    assert "lemmatizer" in analyzer.nlp.pipe_names and LEMMATIZER not in analyzer.nlp.pipe_names
    report = analyzer.analyse_text("Die mannen zijn kostwinners.")
    assert report.pipeline == "nl_test_trained-1.2.3"
    assert [f.rule_id for f in report.findings] == ["KW001"]
    assert Analyzer().pipeline == DEFAULT_PIPELINE


def test_unloadable_model_is_a_coded_error(tmp_path):
    with pytest.raises(ConfigError) as err:
        Analyzer(model=str(tmp_path / "no_such_model"))
    assert err.value.code == "GS-E301"
    en = spacy.blank("en")
    en.to_disk(tmp_path / "en_model")
    with pytest.raises(ConfigError) as err:
        Analyzer(model=str(tmp_path / "en_model"))
    assert "not Dutch" in err.value.message
