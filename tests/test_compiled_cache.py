"""The compiled lexicon from the per-user cache: the same matches as one compiled in the process."""

from __future__ import annotations

import json
import pickle
import re

import pytest
from conftest import ROOT
from test_lexicon import _category_yaml

from genderscan.analysis import matching
from genderscan.analysis.matching import CompiledLexicon
from genderscan.lexicon import cache, loader
from genderscan.lexicon.cache import LazyPattern
from genderscan.nlp import get_pipeline


@pytest.fixture
def folder(cache_folder):
    return cache_folder


def _texts() -> list[str]:
    lines = (ROOT / "tests" / "data" / "sentences-nl.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _hits(compiled: CompiledLexicon, nlp, texts: list[str]) -> list[dict]:
    return [compiled.hits(doc).by_key for doc in nlp.pipe(texts)]


def test_a_cached_compiled_lexicon_matches_as_a_fresh_one(folder):
    nlp = get_pipeline()
    lexicon = loader.load_lexicon()
    assert cache.key_of(lexicon) is not None
    first = CompiledLexicon.cached(lexicon, nlp)  # compiled, and stored
    assert list(folder.glob("compiled-*.pickle"))
    second = CompiledLexicon.cached(lexicon, nlp)  # from the cache
    assert second is not first and second.lexicon is lexicon
    assert any(isinstance(rx, LazyPattern) for rx in second._plain._regexes.values())
    fresh = CompiledLexicon(lexicon, nlp)
    texts = _texts()
    assert len(texts) > 100
    expected = _hits(fresh, nlp, texts)
    assert _hits(second, nlp, texts) == expected
    assert _hits(first, nlp, texts) == expected
    assert second._purposes == fresh._purposes and second._constrained == fresh._constrained


def test_no_key_no_cache(folder, monkeypatch):
    nlp = get_pipeline()
    lexicon = loader.load_lexicon(cache=False)  # not through the cache: no key
    assert cache.key_of(lexicon) is None
    CompiledLexicon.cached(lexicon, nlp)
    assert not list(folder.glob("compiled-*.pickle"))
    monkeypatch.setenv("GENDERSCAN_CACHE", "0")
    assert cache.key_of(loader.load_lexicon()) is None


def test_a_damaged_entry_is_compiled_again(folder):
    nlp = get_pipeline()
    lexicon = loader.load_lexicon()
    CompiledLexicon.cached(lexicon, nlp)
    (entry,) = folder.glob("compiled-*.pickle")
    entry.write_bytes(b"not a pickle")
    again = CompiledLexicon.cached(lexicon, nlp)
    assert again._purposes == CompiledLexicon(lexicon, nlp)._purposes
    assert pickle.loads(entry.read_bytes())["_purposes"] == again._purposes


def test_user_token_patterns_come_back_in_the_matcher(folder, tmp_path):
    user = tmp_path / "eigen.yml"
    user.write_text(_category_yaml("XX901", pattern="tokens: [{LOWER: broodwinner}]"), encoding="utf-8")
    nlp = get_pipeline()
    lexicon = loader.load_lexicon([user])
    CompiledLexicon.cached(lexicon, nlp)
    cached = CompiledLexicon.cached(lexicon, nlp)
    fresh = CompiledLexicon(lexicon, nlp)
    assert len(cached.matcher) == len(fresh.matcher) > 0
    texts = ["De broodwinner werkt hard.", "Een broodwinner is hier.", "Het brood is op."]
    assert _hits(cached, nlp, texts) == _hits(fresh, nlp, texts)
    assert any(hits for hits in _hits(cached, nlp, texts))


def test_a_lazy_pattern_is_the_pattern():
    rx = re.compile(r"^kostwinn\w*", re.IGNORECASE)
    lazy = LazyPattern(rx.pattern, rx.flags)
    assert lazy.search("Kostwinners") is not None and lazy.search("de kostwinner") is None
    assert lazy.fullmatch("kostwinner") is not None and lazy.flags == rx.flags
    assert pickle.loads(pickle.dumps(lazy)).search("kostwinner") is not None
    assert matching.CompiledLexicon._CACHED
