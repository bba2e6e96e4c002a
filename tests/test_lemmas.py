"""simplemma's Dutch lemmas from its dictionary read where a word is: the same as simplemma's own."""

from __future__ import annotations

import random
import re

import pytest
import simplemma
from conftest import ROOT

from genderscan import lemmas


@pytest.fixture(scope="module")
def decoded():
    """simplemma's Dutch dictionary, decoded whole as simplemma does."""
    frontcode = pytest.importorskip("simplemma.strategies.dictionaries.frontcode")
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed

    return frontcode._decode_stream(_read_decompressed("nl"))


def test_the_index_is_simplemmas_and_every_lookup_agrees(decoded, monkeypatch):
    monkeypatch.setattr(lemmas, "FULL_AFTER", 10**9)
    dictionary = lemmas._IndexedDictionary.load("nl")
    rng = random.Random(1129)
    keys = list(decoded)
    assert len(dictionary._firsts) > len(keys) // (2 * lemmas.BLOCK)
    assert dictionary._firsts == sorted(dictionary._firsts) and set(dictionary._firsts) <= set(decoded)
    # every block's first key and the key before it, random keys, and keys that are not there
    before = {keys[keys.index(first) - 1] for first in dictionary._firsts[1:50]}
    probe = [*dictionary._firsts, *before, *rng.sample(keys, 5000)]
    for key in probe:
        assert dictionary.get(key.decode()) == decoded[key].decode(), key
    for key in [*(k + b"q" for k in rng.sample(keys, 2000)), b"zzzzzz", b"a", "\u00c4".encode()]:
        expected = decoded.get(key)
        assert dictionary.get(key.decode()) == (None if expected is None else expected.decode()), key
    assert dictionary._full is None
    dictionary.decode_all()
    assert all(dictionary.get(k.decode()) == decoded[k].decode() for k in rng.sample(keys, 2000))


def test_lemmas_are_simplemmas_before_and_after_the_whole_dictionary_is_decoded(monkeypatch):
    text = (ROOT / "tests" / "data" / "sentences-nl.jsonl").read_text(encoding="utf-8")
    words = sorted(set(re.findall(r"\w+", text.lower())))
    assert len(words) > 1000
    monkeypatch.setattr(lemmas, "FULL_AFTER", len(words) // 2)  # halfway through, it decodes all
    monkeypatch.setattr(lemmas, "lemma_of", lemmas.lemma_of.__wrapped__)  # no cache between the tests
    monkeypatch.setenv("GENDERSCAN_CACHE", "0")  # the indexed dictionary, not the cached table
    lemmas._dutch.cache_clear()
    try:
        assert isinstance(lemmas._dutch()[1], lemmas._IndexedDictionary)  # not simplemma's fallback
        assert [lemmas.lemma_of(w) for w in words] == [
            lemmas.joined_lemma(w, simplemma.lemmatize(w, lang="nl").lower()) for w in words
        ]
        assert lemmas._dutch()[1]._full is not None
    finally:
        lemmas._dutch.cache_clear()


def test_the_cached_table_is_simplemmas_dictionary(decoded, tmp_path, monkeypatch):
    monkeypatch.setenv("GENDERSCAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GENDERSCAN_CACHE", raising=False)
    made = lemmas._HashedDictionary.cached("nl")
    assert made is not None and list((tmp_path / "cache").glob("lemmas-*.pickle"))
    read = lemmas._HashedDictionary.cached("nl")  # from the cache this time
    assert read is not None and len(read) == len(decoded)
    for table in (made, read):
        assert all(table.get(k.decode()) == v.decode() for k, v in decoded.items())
    rng = random.Random(1129)
    for key in [*(k + b"q" for k in rng.sample(list(decoded), 2000)), b"zzzzzz", b"a", "\u00c4".encode(), b""]:
        expected = decoded.get(key)
        assert read.get(key.decode()) == (None if expected is None else expected.decode()), key
    assert set(read) == {k.decode() for k in decoded}
    monkeypatch.setenv("GENDERSCAN_CACHE", "0")
    assert lemmas._HashedDictionary.cached("nl") is None


def test_lemmas_over_the_cached_table_are_simplemmas(tmp_path, monkeypatch):
    text = (ROOT / "tests" / "data" / "sentences-nl.jsonl").read_text(encoding="utf-8")
    words = sorted(set(re.findall(r"\w+", text.lower())))
    monkeypatch.setenv("GENDERSCAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GENDERSCAN_CACHE", raising=False)
    monkeypatch.setattr(lemmas, "lemma_of", lemmas.lemma_of.__wrapped__)  # no cache between the tests
    lemmas._dutch.cache_clear()
    try:
        assert isinstance(lemmas._dutch()[1], lemmas._HashedDictionary)
        assert [lemmas.lemma_of(w) for w in words] == [
            lemmas.joined_lemma(w, simplemma.lemmatize(w, lang="nl").lower()) for w in words
        ]
    finally:
        lemmas._dutch.cache_clear()


@pytest.mark.parametrize(
    "word, lemma",
    [
        ("uitgenodigd", "uitnodigen"),  # a separable verb's participle: the parts joined
        ("toegestaan", "toestaan"),  # not the participle's ge-
        ("echtgenoten", "echtgenoot"),
        ("raadslid", "raadslid"),  # the word's own letters before the head
        ("raadsleden", "raadslid"),  # … and its linking s where the head changed
        ("familieleden", "familielid"),
        ("vrouwen", "vrouw"),
    ],
)
def test_a_lemma_in_parts_is_one_word(word, lemma):
    assert lemmas.lemma_of(word) == lemma
