"""Hostile input that must end in a coded error or harmless output, never a hang, a crash or an injection (issue 19)."""

from __future__ import annotations

import pytest
from cli_runner import run
from test_lexicon import _category_yaml

from genderscan import errors
from genderscan.errors import LexiconError
from genderscan.lexicon.loader import load_lexicon

# --- YAML: aliases, loops, duplicate keys --------------------------------------------------------


def _alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + f"\ncategory: kostwinner\nrules: *a{levels}\n"


def test_an_alias_bomb_in_a_user_lexicon_is_refused_before_it_expands(tmp_path):
    bomb = tmp_path / "bomb.yml"
    bomb.write_text(_alias_bomb(6), encoding="utf-8")  # a million strings once expanded
    with pytest.raises(LexiconError) as exc:
        load_lexicon([bomb])
    assert exc.value.code == errors.LEXICON_HOSTILE and str(bomb) in exc.value.message
    r = run("lexicon", "validate", str(bomb))
    assert r.returncode == 2 and "GS-E208" in r.stderr and "alias" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_an_alias_that_loops_is_refused(tmp_path):
    loop = tmp_path / "loop.yml"
    loop.write_text(_category_yaml("XX101").replace("rules:", "loop: &l [a, *l]\nrules:"), encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon([loop])
    assert exc.value.code == errors.LEXICON_HOSTILE and "line 5" in exc.value.message


def test_a_few_aliases_are_fine(tmp_path):
    text = _category_yaml("XX101").replace("- terms: [broodwinner]", "- terms: &t [broodwinner]\n      - terms: *t")
    ok = tmp_path / "ok.yml"
    ok.write_text(text, encoding="utf-8")
    lexicon = load_lexicon([ok])
    assert "XX101" in {r.id for c in lexicon.categories for r in c.rules}


@pytest.mark.parametrize(
    "dup",
    [
        ("label: Extra", "label: Extra\nlabel: Nogmaals", "label"),
        ("severity: low", "severity: low\n    severity: high", "severity"),
    ],
)
def test_a_duplicate_key_is_an_error_naming_file_and_key(tmp_path, dup):
    old, new, key = dup
    path = tmp_path / "dup.yml"
    path.write_text(_category_yaml("XX101").replace(old, new), encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon([path])
    assert exc.value.code == errors.LEXICON_SYNTAX
    assert str(path) in exc.value.message and f"duplicate key '{key}'" in exc.value.message
