"""A user lexicon as hostile input, the leftovers of issue 19: files and folders that cannot be read, and
regular expressions whose time has no useful bound."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time

import pytest
from conftest import folder_for_others
from test_lexicon import _category_yaml

from genderscan import errors
from genderscan.errors import LexiconError
from genderscan.lexicon.loader import load_lexicon
from genderscan.lexicon.regexcheck import bounded, check_regex

NOBODY = 65534


def _load_as_nobody(path) -> subprocess.CompletedProcess:
    """load_lexicon([path]) in a process of user nobody (root reads a chmod-000 file)."""
    code = (
        "import sys\nfrom genderscan.lexicon.loader import load_lexicon\n"
        "try:\n    load_lexicon([sys.argv[1]])\nexcept Exception as exc:\n    print(exc)\n"
    )
    drop = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("the tests run as root, who can read a chmod-000 file, and setpriv (to drop root) is missing")
        drop = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run([*drop, sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)


@pytest.fixture()
def open_tmp(tmp_path):
    """A folder user nobody may enter: pytest's own are private to root when the tests run as root."""
    yield from folder_for_others(tmp_path, "genderscan-lexicon-", 0o755)


def test_an_unreadable_lexicon_file_is_a_read_error_not_not_found(open_tmp):
    path = open_tmp / "eigen.yml"
    path.write_text(_category_yaml("XX101"), encoding="utf-8")
    path.chmod(0)
    r = _load_as_nobody(path)
    assert r.stdout.startswith(f"GS-E209: {path}: cannot read: Permission denied"), (r.stdout, r.stderr)


def test_an_unreadable_lexicon_folder_is_an_error_not_an_empty_folder(open_tmp):
    """glob finds nothing in a folder it may not list: the rules in it were left out without a word."""
    folder = open_tmp / "regels"
    folder.mkdir()
    (folder / "eigen.yml").write_text(_category_yaml("XX101"), encoding="utf-8")
    folder.chmod(0)
    try:
        r = _load_as_nobody(folder)
    finally:
        folder.chmod(0o755)
    assert r.stdout.startswith(f"GS-E209: {folder}: cannot read: Permission denied"), (r.stdout, r.stderr)
    assert "XX101" in {rule.id for c in load_lexicon([folder]).categories for rule in c.rules}


@pytest.mark.parametrize("pattern", ["a{0,10}" * 8 + "b", "a?" * 16 + "b", r"\w*x{0,10}y{0,10}\w*z"])
def test_bounded_quantifiers_that_multiply_are_refused(tmp_path, pattern):
    """Eight a{0,10} in a row: each is bounded, so none counted, but 11^8 tries on a word of a hundred a's
    (over a minute for one word)."""
    path = tmp_path / "redos.yml"
    path.write_text(_category_yaml("XX101", pattern=f"terms: ['re:{pattern}']"), encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon([path])
    assert exc.value.code == errors.LEXICON_BAD_PATTERN and "ways" in exc.value.message


@pytest.mark.parametrize(
    "pattern", ["a{0,10}" * 3 + "b", r"^\d+([.,]\d+)?$", r"\w*\w*c", r"^(?:moeder|vader)s?(?:rol|taak)$", "colou?r"]
)
def test_what_is_allowed_stays_fast_on_the_longest_word(pattern):
    assert check_regex(pattern) is None
    start = time.perf_counter()
    for word in ("a" * 100, "ab" * 50, "1" * 99 + ","):
        re.search(pattern, word)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("pattern", [r"\w*\w*c", r"(?i)^Kost", "(?x) kost  winner  # a comment", r"^ab$", "a|b"])
def test_a_bounded_token_regex_answers_as_the_regex_on_a_word(pattern):
    guarded = bounded(pattern)
    for text in ("abc", "kostwinner", "KOSTwinner", "ab", "zzb", "c", "", "a" * 99 + "c", "x\nab"):
        assert bool(re.search(guarded, text)) == bool(re.search(pattern, text)), (pattern, text)
    start = time.perf_counter()
    assert re.search(guarded, "a" * 20_000) is None
    assert time.perf_counter() - start < 0.1


def test_a_token_pattern_regex_never_sees_a_token_longer_than_any_word(tmp_path):
    """A user token pattern goes to spaCy's Matcher, which ran its REGEX on every token however long:
    \\w*\\w*c (allowed) took over two minutes on one token of 20,000 letters."""
    from genderscan import Analyzer
    from genderscan.settings import Options

    lexicon = tmp_path / "tok.yml"
    lexicon.write_text(_category_yaml("XX101", pattern='tokens: [{LOWER: {REGEX: "\\\\w*\\\\w*c"}}]'), encoding="utf-8")
    doc = tmp_path / "lang.txt"
    doc.write_text(" ".join(["De man werkt.", *(["a" * 2_000] * 3), "Een abc is hier."]), encoding="utf-8")
    analyzer = Analyzer(options=Options(lexicon_paths=(str(lexicon),), model="blank"))
    start = time.perf_counter()
    report = analyzer.analyse(doc)
    assert time.perf_counter() - start < 5.0
    assert [f.rule_id for f in report.findings] == ["XX101"] and "abc" in report.findings[0].sentence
