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


_SCRIPT = r"""
import json, sys
from genderscan import regexcache
if sys.argv[1] == "install":
    regexcache.install()
import re
patterns = json.loads(sys.argv[2])
text = sys.argv[3]
out = []
for p, f in patterns:
    c = re.compile(p, f)
    out.append([c.pattern, c.flags, c.groups, sorted(c.groupindex.items()), [m.span() for m in c.finditer(text)]])
print(json.dumps({"out": out, "new": len([k for k in regexcache._new if k in {tuple(x) for x in patterns}]),
                  "cached": len([k for k in regexcache._load() if k in {tuple(x) for x in patterns}])}))
"""


def test_install_compiles_every_pattern_from_the_cache(folder):
    """What re compiles after install() is what it compiles without it, the second time from the cache."""
    import os
    import subprocess
    import sys

    patterns = [[p, int(f)] for p, f in PATTERNS] + [[p, 0] for p in _tokenizer_patterns()]
    text = "Kostwinners en MOEDERS: 2026-11 zorgtaken (mannen) 's-Gravenhage, 1.000,- vrouwen."
    env = {**os.environ, "GENDERSCAN_CACHE_DIR": str(folder)}
    env.pop("GENDERSCAN_CACHE", None)

    def run(mode: str) -> dict:
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, mode, json.dumps(patterns), text],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return json.loads(done.stdout)

    plain = run("plain")
    first = run("install")  # compiled by re, code kept at exit
    second = run("install")  # from the cached code
    assert first["out"] == plain["out"] == second["out"]
    assert first["new"] == len(patterns) and first["cached"] == 0
    assert second["new"] == 0 and second["cached"] == len(patterns)
