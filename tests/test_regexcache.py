"""Regular expressions from the per-user cache: the same patterns as re.compile makes."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT

from genderscan import regexcache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("GENDERSCAN_CACHE_DIR", str(where))
    monkeypatch.delenv("GENDERSCAN_CACHE", raising=False)
    regexcache._reset()
    yield where
    regexcache._reset()


def _tokenizer_patterns() -> list[str]:
    from spacy.lang.nl import Dutch

    d = Dutch.Defaults
    return [
        "|".join("^" + p for p in d.prefixes if p.strip()),
        "|".join(p + "$" for p in d.suffixes if p.strip()),
        "|".join(p for p in d.infixes if p.strip()),
    ]


PATTERNS = [
    (r"^kostwinn\w*", 0),
    (r"^(?:moeder|vader)s?$", re.IGNORECASE),
    (r"(?P<jaar>\d{4})-(?P<maand>\d\d)", 0),
    (r"\bzorg(?:taken|rol)\b", re.UNICODE),
    (r"(?i)^man(nen)?$", 0),
    (r"[^\W\d_]+", 0),
]


def _same(a: re.Pattern, b: re.Pattern, texts: list[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in texts:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups())), (a.pattern, text)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_patterns_from_the_cache_are_re_s(folder):
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "tests" / "data" / "sentences-nl.jsonl").read_text(encoding="utf-8").splitlines()[:300]
    ]
    texts += ["Kostwinners", "MOEDERS", "2026-11", "zorgtaken", "Mannen", "'s-Gravenhage,", "(vrouwen)", "1.000,-"]
    patterns = [*PATTERNS, *((p, 0) for p in _tokenizer_patterns())]
    first = [regexcache.compile(p, f) for p, f in patterns]  # compiled by re; their code kept
    regexcache.save()
    assert list(folder.glob("regex-*.pickle"))
    regexcache._reset()
    assert set(regexcache._load()) == set(patterns)
    again = [regexcache.compile(p, f) for p, f in patterns]  # from the cached code
    assert not regexcache._new
    for (p, f), a, b in zip(patterns, first, again, strict=True):
        _same(re.compile(p, f), a, texts)
        _same(re.compile(p, f), b, texts)


def test_without_a_cache_it_is_re_compile(tmp_path, monkeypatch):
    monkeypatch.setenv("GENDERSCAN_CACHE", "0")
    regexcache._reset()
    try:
        compiled = regexcache.compile(r"^zorg\w*", 0)
        assert compiled.search("zorgtaken") and not regexcache._new
        regexcache.save()
    finally:
        regexcache._reset()


def test_a_damaged_entry_is_re_compile(folder):
    regexcache.compile(r"^zorg\w*", 0)
    regexcache.save()
    (entry,) = folder.glob("regex-*.pickle")
    entry.write_bytes(b"not a pickle")
    regexcache._reset()
    assert regexcache.compile(r"^zorg\w*", 0).search("zorgtaken")
    regexcache.save()  # written again, readable
    regexcache._reset()
    assert (r"^zorg\w*", 0) in regexcache._load()


def test_the_tokenizer_is_spacys(folder):
    """The tokenizer's rules compiled through the cache are spaCy's own expressions."""
    from spacy.lang.nl import Dutch
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    d = Dutch.Defaults
    prefix, suffix, infix = _tokenizer_patterns()
    assert prefix == compile_prefix_regex(d.prefixes).pattern
    assert suffix == compile_suffix_regex(d.suffixes).pattern
    assert infix == compile_infix_regex(d.infixes).pattern
