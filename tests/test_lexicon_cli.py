"""``genderscan lexicon list|show|validate|test|docs`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run
from test_lexicon import _category_yaml

ROOT = Path(__file__).resolve().parent.parent


def test_list_all_and_by_category():
    r = run("lexicon", "list")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert len(lines) >= 100 and lines[0].split()[:3] == ["KW001", "kostwinner", "medium"]
    r = run("lexicon", "list", "--category", "generiek_mannelijk")
    assert r.returncode == 0 and all(line.split()[1] == "generiek_mannelijk" for line in r.stdout.splitlines())
    r = run("lexicon", "list", "--category", "nonsense")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E207")


def test_show_a_rule_and_an_unknown_id():
    r = run("lexicon", "show", "kr001")
    assert r.returncode == 0
    for part in (
        "KR001",
        "[high]",
        "kansrijkheid",
        "explanation:",
        "suggestion:",
        "source:",
        "must match:",
        "must not match:",
    ):
        assert part in r.stdout, part
    r = run("lexicon", "show", "XX999")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "GS-E207" in r.stderr


def test_validate_good_and_bad_files(tmp_path):
    good = tmp_path / "good.yml"
    good.write_text(_category_yaml("XX101"), encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text(_category_yaml("XX102", source="nowhere"), encoding="utf-8")
    r = run("lexicon", "validate", str(good))
    assert r.returncode == 0 and r.stdout.startswith("ok: 1 file(s)")
    r = run("lexicon", "validate", str(good), str(bad))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "GS-E203" in lines[0] and str(bad) in lines[0] and "XX102" in lines[0]


def test_test_command_passes_and_reports_failures(tmp_path):
    """On a user's lexicon file. The shipped lexicon's examples (every rule, question and measure) run in
    test_lexicon.py and test_checklist.py through the same functions; running them a second time here, in a
    process of its own, was the slowest test of make test."""
    passing = tmp_path / "passing.yml"
    passing.write_text(_category_yaml("XX103"), encoding="utf-8")
    r = run("lexicon", "test", str(passing))
    assert r.returncode == 0, r.stdout
    assert r.stdout == "" and "4/4 examples pass (1 rules)" in r.stderr
    failing = tmp_path / "failing.yml"
    failing.write_text(
        _category_yaml("XX103").replace("Een broodwinner is hier.", "Hier staat iets anders."), encoding="utf-8"
    )
    r = run("lexicon", "test", str(failing))
    assert r.returncode == 1
    assert "XX103 should match: Hier staat iets anders." in r.stdout
    assert "3/4 examples pass (1 rules)" in r.stderr


def test_reference_page_is_up_to_date():
    from genderscan.lexicon import load_lexicon
    from genderscan.lexicon.docs import anchor, render_markdown

    lexicon = load_lexicon()
    page = (ROOT / "docs" / "lexicon.md").read_text(encoding="utf-8")
    assert page == render_markdown(lexicon), "docs/lexicon.md is out of date: run make docs"
    for rule in lexicon.rules:
        assert f'<a id="{anchor(rule.id)}"></a>' in page
    r = run("lexicon", "docs", "--check", "-o", str(ROOT / "docs" / "lexicon.md"))
    assert r.returncode == 0


def test_docs_check_detects_a_stale_page(tmp_path):
    stale = tmp_path / "lexicon.md"
    stale.write_text("# oud\n", encoding="utf-8")
    r = run("lexicon", "docs", "--check", "-o", str(stale))
    assert r.returncode == 1 and "out of date" in r.stderr
