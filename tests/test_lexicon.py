"""The lexicon: every rule's own examples run, the schema is enforced with coded errors."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from genderscan.errors import LexiconError
from genderscan.lexicon import CATEGORIES, load_lexicon
from genderscan.lexicon.loader import MIN_EXAMPLES


def _rules():
    return load_lexicon().rules


@pytest.fixture(scope="session")
def example_failures(analyzer):
    """Every rule's examples, run once through one nlp.pipe call."""
    from genderscan.analysis.examples import run_examples

    total, failures = run_examples(analyzer)
    assert total >= 4 * len(analyzer.lexicon.rules)
    return failures


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: r.id)
def test_rule_examples(example_failures, rule):
    mine = [f.describe() for f in example_failures if f.rule_id == rule.id]
    assert not mine, "\n".join(mine)


def test_run_examples_reports_a_failing_example(tmp_path):
    """The example runner itself: a rule whose example cannot match is reported."""
    from genderscan import Analyzer
    from genderscan.analysis.examples import run_examples

    extra = _write(
        tmp_path,
        "extra.yml",
        _category_yaml("XX009").replace("Een broodwinner is hier.", "Hier staat niets van belang."),
    )
    _total, failures = run_examples(Analyzer(lexicon_paths=[extra]), {"XX009"})
    assert [(f.rule_id, f.expected, f.sentence) for f in failures] == [
        ("XX009", "match", "Hier staat niets van belang.")
    ]


def test_every_rule_has_examples_and_explains_itself(lexicon):
    for rule in lexicon.rules:
        assert len(rule.examples_match) >= MIN_EXAMPLES and len(rule.examples_no_match) >= MIN_EXAMPLES, rule.id
        assert rule.message and rule.explanation and rule.suggestion, rule.id
        assert rule.source in lexicon.sources, rule.id
        assert re.fullmatch(r"[A-Z]{2}\d{3}", rule.id), rule.id


def test_all_ten_categories_with_enough_rules(lexicon):
    assert [c.id for c in lexicon.categories] == list(CATEGORIES)
    assert len(lexicon.rules) >= 100
    for cat in lexicon.categories:
        assert len(cat.rules) >= 6, cat.id
        assert cat.atria_question in ("aanname", "uitvoering"), cat.id
        assert len(cat.unintended_effect) > 40, cat.id
        assert all(r.category == cat.id for r in cat.rules)
        assert Path(cat.file).name == f"{cat.id}.yml"


def test_version_is_content_hash(lexicon, tmp_path):
    assert lexicon.version.startswith("0.1.0+") and len(lexicon.version.split("+")[1]) == 8
    extra = _write(tmp_path, "extra.yml", _category_yaml("XX001"))
    assert load_lexicon([extra]).version != lexicon.version


def _category_yaml(
    rule_id: str, *, source: str = "atria2020", extra_rule_key: str = "", pattern: str = "terms: [broodwinner]"
) -> str:
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


_FOUR = "[[vrouwen], [zorg], [mannen], [bouw]]"


def _near_rule(tmp_path: Path, rule_id: str, pattern: str, match: str, no_match: str) -> tuple[Path, object]:
    """A category file whose one rule has the near *pattern* and these examples (YAML flow lists); its path and
    the loaded pattern."""
    text = _category_yaml(rule_id, pattern=pattern)
    text = text.replace("match: [De broodwinner werkt., Een broodwinner is hier.]", f"match: {match}")
    text = text.replace("no_match: [Het brood is op., Winnen is leuk.]", f"no_match: {no_match}")
    path = _write(tmp_path, f"{rule_id}-{abs(hash(pattern))}.yml", text)
    (near,) = next(r for r in load_lexicon([path]).rules if r.id == rule_id).patterns
    return path, near


def _examples(path: Path, rule_id: str) -> tuple[int, list]:
    from genderscan import Analyzer
    from genderscan.analysis.examples import run_examples

    return run_examples(Analyzer(lexicon_paths=[path]), {rule_id})


def test_paired_near_groups_keep_each_group_with_its_own(tmp_path):
    path, near = _near_rule(
        tmp_path,
        "XX012",
        f"near: {{groups: {_FOUR}, window: 20, pairs: [[0, 1], [2, 3]]}}",
        "[Vrouwen gaan naar de zorg en mannen naar de bouw., De bouw is voor mannen en de zorg voor vrouwen.]",
        "[Vrouwen gaan naar de bouw en mannen naar de zorg., 'Vrouwen en mannen: de zorg, de bouw.']",
    )
    assert near.pairs == ((0, 1), (2, 3))
    assert _examples(path, "XX012") == (4, [])


def test_a_near_pattern_may_start_in_the_sentence_before(tmp_path):
    # a list split over two sentences: without previous_sentence only one sentence is looked at
    def run(flag: str) -> tuple[int, list]:
        path, near = _near_rule(
            tmp_path,
            "XX013",
            "near: {groups: [[': de mannen'], [': de vrouwen']], window: 20" + flag + "}",
            "['Kratten sjouwen: de mannen. Koffie zetten: de vrouwen.', 'Bar: de vrouwen. Deur: de mannen.']",
            "['Kratten: de mannen. Dat ging goed. Koffie: de vrouwen.', 'Bar: de vrouwen. Deur: iedereen.']",
        )
        assert near.previous_sentence is bool(flag)
        return _examples(path, "XX013")

    assert run(", previous_sentence: true") == (4, [])
    assert len(run("")[1]) == 2  # both split lists missed


def _twice(text: str) -> str:
    """The category file with its one rule listed twice."""
    return text + text[text.index("  - id:") :]


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
        (_category_yaml("XX014", extra_rule_key="gives_way_to: [nonsense]"), "GS-E202", "gives_way_to"),
        (_category_yaml("XX015", extra_rule_key="alone: yes please"), "GS-E202", "alone"),
        (_category_yaml("XX016", extra_rule_key="vetoable: never"), "GS-E202", "vetoable"),
        (_category_yaml("XX003", source="nowhere"), "GS-E203", "unknown source 'nowhere'"),
        (_twice(_category_yaml("XX008")), "GS-E204", "duplicate rule id"),
        (_category_yaml("XX004", pattern="tokens: [{LEMMA: {NOPE: 1}}]"), "GS-E205", "invalid token pattern"),
        (_category_yaml("XX005", pattern="terms: ['re:(unclosed']"), "GS-E205", "bad regular expression"),
        (_category_yaml("XX006").replace("category: kostwinner", "category: nonsense"), "GS-E202", "'category'"),
        (_category_yaml("XX009", pattern=f"near: {{groups: {_FOUR}, pairs: [[0, 1]]}}"), "GS-E202", "'pairs'"),
        (_category_yaml("XX010", pattern=f"near: {{groups: {_FOUR}, pairs: [[0, 1], [1, 2]]}}"), "GS-E202", "'pairs'"),
        (_category_yaml("XX011", pattern=f"near: {{groups: {_FOUR}, pairs: [[0, 1], [2, 4]]}}"), "GS-E202", "'pairs'"),
        (
            _category_yaml("XX013", pattern="near: {groups: [[a], [b]], pairs: [[0, 1]]}"),
            "GS-E202",
            "at least four groups",
        ),
        (
            _category_yaml("XX007").replace("no_match: [Het brood is op., Winnen is leuk.]", "no_match: [Alleen een.]"),
            "GS-E202",
            "at least 2",
        ),
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


def test_user_file_replaces_a_rule_by_id(tmp_path, analyzer):
    from genderscan import Analyzer

    text = "De broodwinner van het gezin werkt in de haven."
    override = _write(tmp_path, "override.yml", _category_yaml("KW001").replace("label: Extra\n", ""))
    custom = Analyzer(lexicon_paths=[override])
    kw001 = [r for r in custom.lexicon.rules if r.id == "KW001"]
    assert len(kw001) == 1 and kw001[0].message == "Broodwinner gevonden."
    assert len(custom.lexicon.rules) == len(analyzer.lexicon.rules)
    assert "KW001" in {f.rule_id for f in custom.analyse_text(text).findings}
    assert "KW001" not in {f.rule_id for f in custom.analyse_text("Het kostwinnersmodel is ons uitgangspunt.").findings}


def test_disable_rules_and_categories(tmp_path, analyzer):
    from genderscan import Analyzer

    text = "De kostwinner van het gezin krijgt als eerste een gesprek. De klant levert zijn bankafschriften aan."
    before = {f.rule_id for f in analyzer.analyse_text(text).findings}
    assert "KW001" in before and "GM001" in before
    by_option = Analyzer(disable=["KW001", "generiek_mannelijk"])
    after = {f.rule_id for f in by_option.analyse_text(text).findings}
    assert "KW001" not in after and not any(r.startswith("GM") for r in after)
    assert by_option.lexicon.category("generiek_mannelijk") is None
    by_file = Analyzer(lexicon_paths=[_write(tmp_path, "off.yml", "disable: [KW001, generiek_mannelijk]\n")])
    assert {r.id for r in by_file.lexicon.rules} == {r.id for r in by_option.lexicon.rules}
    assert by_option.lexicon.version != analyzer.lexicon.version


def test_disable_unknown_id_is_a_coded_error(tmp_path):
    with pytest.raises(LexiconError) as err:
        load_lexicon(disable=["ZZ999"])
    assert err.value.code == "GS-E207" and "ZZ999" in err.value.message
    with pytest.raises(LexiconError) as err:
        load_lexicon([_write(tmp_path, "off.yml", "disable: [nonsense]\n")])
    assert err.value.code == "GS-E207" and "off.yml" in err.value.message


def test_title_precedence_names_domains_of_the_lexicon(tmp_path, monkeypatch):
    import shutil

    from genderscan.lexicon import loader

    assert load_lexicon().title_precedence == ("inburgering",)
    copy = tmp_path / "nl"
    shutil.copytree(loader.lexicon_dir("nl"), copy)
    yml = copy / "lexicon.yml"
    yml.write_text(
        yml.read_text(encoding="utf-8").replace("title_precedence: [inburgering]", "title_precedence: [integratie]"),
        encoding="utf-8",
    )
    monkeypatch.setattr(loader, "lexicon_dir", lambda language: copy)
    with pytest.raises(LexiconError) as err:
        load_lexicon(cache=False)
    assert err.value.code.startswith("GS-E2") and "integratie" in err.value.message


def test_term_sets_expand_and_unknown_sets_are_errors(tmp_path, lexicon):
    kr001 = next(r for r in lexicon.rules if r.id == "KR001")
    first_group = kr001.patterns[0].groups[0]
    assert {"vrouw", "moeders", "vrouwelijke", "*vrouwen"} <= set(first_group)
    bad = _write(tmp_path, "bad.yml", _category_yaml("XX011", pattern="terms: ['@nobody']"))
    with pytest.raises(LexiconError) as err:
        load_lexicon([bad])
    assert err.value.code == "GS-E202" and "@nobody" in err.value.message


def test_gap_term_allows_words_between(tmp_path):
    from genderscan import Analyzer

    rule = _category_yaml("XX012", pattern="terms: ['willen .. niet werken']")
    rule = rule.replace(
        "[De broodwinner werkt., Een broodwinner is hier.]", "[Zij wil eigenlijk niet werken., Zij willen niet werken.]"
    )
    rule = rule.replace(
        "[Het brood is op., Winnen is leuk.]", "[Zij willen heel graag vandaag echt niet werken., Zij willen werken.]"
    )
    analyzer = Analyzer(lexicon_paths=[_write(tmp_path, "gap.yml", rule)])
    from genderscan.analysis.examples import run_examples

    assert run_examples(analyzer, {"XX012"}) == (4, [])
    bad = _write(tmp_path, "bad.yml", _category_yaml("XX013", pattern="terms: ['.. niet']"))
    with pytest.raises(LexiconError) as err:
        load_lexicon([bad])
    assert err.value.code == "GS-E205"


def test_the_loader_builds_typed_patterns_and_each_rule_carries_its_keys(tmp_path, lexicon):
    from genderscan.lexicon.schema import (
        AnaphoraPattern,
        CompoundPattern,
        NearPattern,
        TermsPattern,
        TokensPattern,
    )

    patterns = [
        "terms: [broodwinner]",
        "compound: {prefix: [brood], head: [winner]}",
        "near: {groups: [[brood], [winnen, winner]], window: 4, head: 1, across_clauses: true}",
        "anaphora: {antecedent: [de broodwinner]}",
        "tokens: [{LOWER: brood}, {LOWER: winner}]",
    ]
    pattern = "\n              - ".join(patterns)  # the indentation of a pattern item in _category_yaml
    typed = load_lexicon([_write(tmp_path, "typed.yml", _category_yaml("XX020", pattern=pattern))])
    rule = next(r for r in typed.rules if r.id == "XX020")
    terms, compound, near, anaphora, tokens = rule.patterns
    assert terms == TermsPattern(("broodwinner",)) and terms.kind == "terms"
    assert compound == CompoundPattern(("brood",), ("winner",))
    assert near == NearPattern((("brood",), ("winnen", "winner")), window=4, head=1, across_clauses=True)
    assert isinstance(anaphora, AnaphoraPattern) and anaphora.next_sentence and "zijn" in anaphora.pronoun
    assert tokens == TokensPattern(({"LOWER": "brood"}, {"LOWER": "winner"}))
    keys = rule.keys
    assert (keys.own, keys.unless) == ("rule:XX020", "unless:XX020")
    assert keys.near == ((), (), ("near:XX020:2:0", "near:XX020:2:1"), (), ())
    assert keys.anaphora == ((), (), (), ("ana:XX020:3:a", "ana:XX020:3:p"), ())
    assert keys.needed == (
        frozenset({"rule:XX020"}),
        frozenset({"near:XX020:2:0", "near:XX020:2:1"}),
        frozenset({"ana:XX020:3:p"}),
    )
    assert keys.triggers == ("rule:XX020", "near:XX020:2:0", "ana:XX020:3:p")
    # measures match as rules, and a rule's also_near condition is a rule of its own
    assert all(isinstance(p, NearPattern) for m in lexicon.measures for p in m.near)
    measure = next(m for m in lexicon.measures if m.near)
    assert measure.rule.keys.own == f"rule:M-{measure.id}" and measure.rule.patterns[1:] == measure.near
    also = next(r for r in lexicon.rules if r.also_near is not None)
    assert isinstance(also.also_near, NearPattern) and also.also is not None
    assert also.also.patterns == (also.also_near,) and also.also.keys.own == f"rule:{also.id}-also"


def test_every_shipped_rule_speaks_english_too():
    """An English report must not fall back on a rule's Dutch texts (a new rule needs its translation)."""
    untranslated = [
        (r.id, name)
        for r in load_lexicon().rules
        for name in ("message", "explanation", "suggestion")
        if not dict(r.en).get(name)
    ]
    assert untranslated == []
