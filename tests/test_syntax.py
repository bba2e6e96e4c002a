"""The shipped Dutch pipeline: the default, parsing on demand, other pipelines by name or path, --model blank."""

from __future__ import annotations

import json
import shutil

import pytest

from genderscan import Analyzer
from genderscan.nlp import get_pipeline
from genderscan.syntax import (
    MAX_PARSE_WORDS,
    SHIPPED,
    attach,
    heads_of,
    past_marker,
    shipped_path,
    syntax_model,
    syntax_offset,
    token_syntax,
)


def _doc(text: str):
    return attach(get_pipeline()(text), syntax_model())


def test_the_shipped_pipeline_is_the_default_and_named_in_the_report():
    analyzer = Analyzer()
    info = analyzer.pipeline
    assert info.name == SHIPPED and info.version == json.loads((shipped_path() / "meta.json").read_text())["version"]
    assert info.components[:3] == ("tokenizer", "array_sentencizer", "simplemma_lemmatizer")
    assert {"tagger", "morphologizer", "parser"} <= set(info.components)
    data = analyzer.analyse_text("De klant levert zijn gegevens aan.").to_dict()
    assert data["pipeline"] == {"name": SHIPPED, "version": info.version, "components": list(info.components)}


def test_shipped_pipeline_states_its_licence_and_training_data():
    meta = json.loads((shipped_path() / "meta.json").read_text())
    assert meta["license"] == "CC BY-SA 4.0"
    assert {s["name"] for s in meta["sources"]} == {"UD Dutch-Alpino", "UD Dutch-LassySmall"}
    assert sorted(p.name for p in shipped_path().glob("LICENSE*")) == [
        "LICENSE-UD_Dutch-Alpino.txt",
        "LICENSE-UD_Dutch-LassySmall.txt",
    ]
    assert "trainable_lemmatizer" not in meta["pipeline"]  # lemmas are simplemma's, on every word
    size = sum(f.stat().st_size for f in shipped_path().rglob("*") if f.is_file())
    assert size < 20_000_000


def test_zijn_as_verb_and_as_possessive():
    doc = _doc("Dit zijn de regels voor de klant en zijn partner.")
    verb, possessive = (token_syntax(t) for t in doc if t.lower_ == "zijn")
    assert verb.pos_ in {"AUX", "VERB"}
    assert possessive.pos_ in {"PRON", "DET"} and "Yes" in possessive.morph.get("Poss")
    assert possessive.head.text == "partner" and possessive.dep_ == "nmod:poss"


def test_only_the_sentences_asked_for_are_parsed():
    model = syntax_model()
    doc = _doc(
        " ".join(f"Zin {i} gaat over de begroting van dit jaar." for i in range(50)) + " De klant en zijn partner."
    )
    before = model.parsed_words
    token_syntax(doc[-2])
    token_syntax(doc[-3])  # the same sentence: parsed once
    assert model.parsed_words - before == len(list(doc.sents)[-1])
    assert get_pipeline()("Zonder syntaxmodel.").user_data == {}
    assert token_syntax(get_pipeline()("Zonder syntaxmodel.")[0]) is None


def test_a_long_sentence_is_parsed_in_pieces_that_line_up():
    words = ["woord"] * (MAX_PARSE_WORDS * 2 + 30) + ["klant", "en", "zijn", "partner", "."]
    doc = _doc(" ".join(words))
    assert len(list(doc.sents)) == 1
    zijn = doc[len(words) - 3]
    parsed = token_syntax(zijn)
    assert parsed.text == "zijn" and parsed.i + syntax_offset(zijn) == zijn.i
    assert len(parsed.doc) <= MAX_PARSE_WORDS


@pytest.mark.parametrize("marker", ["6.5", "b.", "( c )", "2 )", "•"])
def test_a_clause_number_or_bullet_is_parsed_apart_from_its_sentence(marker):
    doc = _doc(f"{marker} Voor iedere deelnemer met zorgtaken geldt vanaf 1 mei een rooster tussen 9.00 en 14.30 uur.")
    number = doc[0]
    first = past_marker(number)
    assert first.text == "Voor"
    verb = next(t for t in doc if t.text == "geldt")
    parsed = token_syntax(verb)
    # the sentence's own verb heads it, not the number; the offsets still line up
    assert [parsed, *heads_of(parsed)][-1].text == "geldt"
    assert parsed.i + syntax_offset(verb) == verb.i
    assert token_syntax(number).text == number.text and len(token_syntax(number).doc) == first.i - doc[0].i
    # a year or a count before the sentence is a word of it
    doc = _doc("12 deelnemers volgen de cursus in mei.")
    assert past_marker(doc[0]).i == 0


def test_model_blank_parses_nothing():
    analyzer = Analyzer(model="blank")
    assert analyzer.syntax is None and analyzer.pipeline.name == "blank"
    assert analyzer.pipeline.components == ("tokenizer", "array_sentencizer", "simplemma_lemmatizer")
    report = analyzer.analyse_text("De klant levert zijn gegevens aan.")
    assert report.to_dict()["pipeline"]["name"] == "blank"


def test_another_trained_pipeline_by_path(tmp_path):
    copy = tmp_path / "nl_other"
    shutil.copytree(shipped_path(), copy)
    meta = json.loads((copy / "meta.json").read_text())
    meta.update(name="other", version="2.3.4")
    (copy / "meta.json").write_text(json.dumps(meta))
    analyzer = Analyzer(model=str(copy))
    assert analyzer.pipeline.label() == "nl_other 2.3.4"
    assert analyzer.syntax.loaded  # a pipeline named by the user loads at once: a bad name is an early error
    report = analyzer.analyse_text("Dit zijn de regels voor de klant en zijn partner.")
    assert report.pipeline.name == "nl_other"


def test_a_damaged_shipped_pipeline_is_a_coded_error(monkeypatch, tmp_path):
    from genderscan import syntax
    from genderscan.errors import ConfigError

    monkeypatch.setattr(syntax, "shipped_path", lambda: tmp_path / "missing")
    syntax.syntax_model.cache_clear()
    try:
        with pytest.raises(ConfigError) as err:
            syntax.syntax_model()
        assert err.value.code == "GS-E301" and "--model blank" in err.value.message
    finally:
        syntax.syntax_model.cache_clear()
