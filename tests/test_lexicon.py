"""The lexicon: every rule's own examples run, the schema is enforced with coded errors."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from genderscan.errors import LexiconError
from genderscan.lexicon import CATEGORIES, load_lexicon
from genderscan.lexicon.loader import MIN_EXAMPLES

STARTER = ("kostwinner", "zorgrol", "beroepssegregatie")


def _rules():
    return load_lexicon().rules


def _assertions(analyzer, sentence: str, rule_id: str):
    report = analyzer.analyse_text(sentence)
    return [f for f in report.findings if f.rule_id == rule_id and f.stance == "assertion"]


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: r.id)
def test_rule_examples(analyzer, rule):
    for sentence in rule.examples_match:
        assert _assertions(analyzer, sentence, rule.id), f"{rule.id} should match: {sentence}"
    for sentence in rule.examples_no_match:
        assert not _assertions(analyzer, sentence, rule.id), f"{rule.id} should not match: {sentence}"


def test_every_rule_has_examples_and_explains_itself(lexicon):
    for rule in lexicon.rules:
        assert len(rule.examples_match) >= MIN_EXAMPLES and len(rule.examples_no_match) >= MIN_EXAMPLES, rule.id
        assert rule.message and rule.explanation and rule.suggestion, rule.id
        assert rule.source in lexicon.sources, rule.id


def test_starter_categories_have_at_least_five_rules(lexicon):
    for cat in STARTER:
        assert len(lexicon.category(cat).rules) >= 5, cat
    assert all(c.id in CATEGORIES for c in lexicon.categories)


def test_version_is_content_hash(lexicon, tmp_path):
    assert lexicon.version.startswith("0.1.0+") and len(lexicon.version.split("+")[1]) == 8
    extra = _write(tmp_path, "extra.yml", _category_yaml("XX001"))
    assert load_lexicon([extra]).version != lexicon.version


def _category_yaml(rule_id: str, *, source: str = "atria2020", extra_rule_key: str = "", pattern: str = "terms: [broodwinner]") -> str:
    return textwrap.dedent(f"""\
        category: kostwinner
        label: Extra
        atria_question: aanname
        unintended_effect: Een effect.
        rules:
          - id: {rule_id}
            severity: low
            message: Broodwinner gevonden.
            explanation: Uitleg.
            source: {source}
            suggestion: Schrijf iets anders.
            {extra_rule_key}
            patterns:
              - {pattern}
            examples:
              match: [De broodwinner werkt., Een broodwinner is hier.]
              no_match: [Het brood is op., Winnen is leuk.]
        """)


def _twice(text: str) -> str:
    """The category file with its one rule listed twice."""
    return text + text[text.index("  - id:"):]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_user_lexicon_adds_rules(tmp_path):
    from genderscan import Analyzer

    extra = _write(tmp_path, "extra.yml", _category_yaml("XX001"))
    analyzer = Analyzer(lexicon_paths=[extra])
    report = analyzer.analyse_text("De broodwinner van het gezin werkt in de haven.")
    assert "XX001" in {f.rule_id for f in report.findings}


@pytest.mark.parametrize(
    "text, code, fragment",
    [
        ("category: kostwinner\nrules: [\n", "GS-E201", "invalid YAML"),
        (_category_yaml("XX002", extra_rule_key="colour: red"), "GS-E202", "rule XX002"),
        (_category_yaml("XX003", source="nowhere"), "GS-E203", "unknown source 'nowhere'"),
        (_twice(_category_yaml("XX008")), "GS-E204", "duplicate rule id"),
        (_category_yaml("XX004", pattern="tokens: [{LEMMA: {NOPE: 1}}]"), "GS-E205", "invalid token pattern"),
        (_category_yaml("XX005", pattern="terms: ['re:(unclosed']"), "GS-E205", "bad regular expression"),
        (_category_yaml("XX006").replace("category: kostwinner", "category: nonsense"), "GS-E202", "'category'"),
        (_category_yaml("XX007").replace("no_match: [Het brood is op., Winnen is leuk.]", "no_match: [Alleen een.]"), "GS-E202", "at least 2"),
    ],
)
def test_lexicon_errors_are_coded_and_name_the_file(tmp_path, text, code, fragment):
    bad = _write(tmp_path, "bad.yml", text)
    with pytest.raises(LexiconError) as err:
        load_lexicon([bad])
    assert err.value.code == code
    assert str(bad) in err.value.message and fragment in err.value.message


def test_missing_lexicon_path(tmp_path):
    with pytest.raises(LexiconError) as err:
        load_lexicon([tmp_path / "absent.yml"])
    assert err.value.code == "GS-E206"
