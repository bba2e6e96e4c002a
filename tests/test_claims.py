"""One finding per claim; headings and the titles of laws claim nothing (issue 18)."""

from __future__ import annotations

import pytest

from genderscan import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(domain="participatie")


def test_several_rules_in_one_sentence_are_one_claim(analyzer):
    report = analyzer.analyse_text("Omdat de vrouw thuis voor de kinderen zorgt, bemiddelen we eerst de man naar werk.")
    # one assumption (Atria question 1) and one process it sets up (question 2): two claims, not four findings
    assumption, process = sorted(report.assertions(), key=lambda f: f.atria_question)
    assert assumption.atria_question == "aanname" and process.atria_question == "uitvoering"
    assert set(assumption.categories()) == {"kostwinner", "zorgrol"} and assumption.category not in assumption.also
    counts = {c.id: c.assertions for c in report.categories}
    # the man placed first because the woman is at home: the process (men first, KR012) claims men's better
    # chances, the assumption the breadwinner and the carer; each category is touched once
    assert process.rule_id == "KR012" and process.category == "kansrijkheid"
    assert (counts["kostwinner"], counts["zorgrol"], counts["kansrijkheid"]) == (1, 1, 1)
    by_rule = {f["rule_id"]: f for f in report.to_dict()["findings"]}
    assert by_rule[assumption.rule_id]["also"] == list(assumption.also)


def test_generic_masculine_wording_stays_its_own_finding(analyzer):
    report = analyzer.analyse_text("De aanvrager en zijn partner melden zich samen bij de klantmanager.")
    categories = sorted(f.category for f in report.assertions())
    assert "generiek_mannelijk" in categories and len(categories) == 2


def test_two_sentences_are_two_claims(analyzer):
    text = (
        "Omdat de vrouw thuis voor de kinderen zorgt, bemiddelen we eerst de man naar werk. "
        "Vrouwen zorgen in deze gezinnen voor het huishouden."
    )
    first = analyzer.analyse_text(text.split(". ")[0] + ".").assertions()
    assert len(analyzer.analyse_text(text).assertions()) == len(first) + 1


def test_a_heading_claims_nothing(analyzer):
    report = analyzer.analyse_text("3. Mannenberoepen\n\nIn de bouw en de techniek werken weinig vrouwen.")
    assert not report.assertions()
    # the same words in a sentence that claims them
    report = analyzer.analyse_text(
        "Mannenberoepen zoals bouw en techniek passen het best bij mannelijke werkzoekenden."
    )
    assert report.assertions()


@pytest.mark.parametrize(
    "text",
    [
        "Wet van 1 maart 1980, houdende regelen inzake de gelijke behandeling van mannen en vrouwen",
        "Het besluit valt onder de Wet gelijke behandeling van mannen en vrouwen.",
    ],
)
def test_the_title_of_a_law_claims_nothing(analyzer, text):
    assert not analyzer.analyse_text(text).assertions()


def test_a_title_word_does_not_swallow_the_sentence(analyzer):
    text = "De ondernemer met een uitkering volgens het Besluit bijstandverlening zelfstandigen levert elk jaar zijn jaarcijfers in."
    assert [f.category for f in analyzer.analyse_text(text).assertions()] == ["generiek_mannelijk"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_report_names_the_other_categories_of_a_claim(analyzer, fmt):
    from genderscan.report import FORMATTERS

    data = analyzer.analyse_text(
        "Omdat de vrouw thuis voor de kinderen zorgt, bemiddelen we eerst de man naar werk."
    ).to_dict()
    assert "Dezelfde bewering raakt ook" in FORMATTERS[fmt].render(data)


def test_a_frame_of_last_resort_reports_only_where_no_other_rule_asserts(analyzer):
    """KR017 (women and men given different routes) names a claim no other rule names; where another
    rule asserts in the sentence (here the care rule), that rule reports the claim."""
    text = "Vrouwelijke kandidaten krijgen een gesprek na de zomer, mannelijke kandidaten meteen."
    rules_only = analyzer.findings_per_text([text], second_opinion=False)[0]
    assert [f.rule_id for f in rules_only if f.stance == "assertion"] == ["KR017"]
    # with the second opinion the claim is still one, in its category: the frame's, or the model's rule where it
    # asserts the category (the frame then gives way to it, as it does to the care rule below)
    shipped = analyzer.analyse_text(text).assertions()
    assert len(shipped) == 1 and set(shipped[0].categories()) == {"kansrijkheid"}
    care = "Omdat moeders voor de kinderen zorgen, krijgen zij later een werkintake dan vaders."
    merged = analyzer.findings_per_text([care], second_opinion=False)[0]
    assert [f.rule_id for f in merged if f.stance == "assertion"] == ["ZR001"]
    # every rule's own match is still there when claims are not merged (lexicon examples)
    unmerged = analyzer.findings_per_text([care], merge=False, second_opinion=False)[0]
    assert "KR017" in {f.rule_id for f in unmerged}


def test_the_word_hoofdaanvrager_gives_way_to_the_claim_made_about_the_main_applicant(analyzer):
    """HH003 (a partner named the main applicant) is a frame of last resort: priority to the main applicant
    is KR004's claim; generic masculine wording is no claim and does not make it give way."""

    def rules(text: str) -> list[str]:
        return [
            f.rule_id for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.stance == "assertion"
        ]

    assert rules("Bij te weinig plekken gaat de voorkeur uit naar de hoofdaanvrager van het gezin.") == ["KR004"]
    # (acting on behalf of the family is the claim made about him: HH018)
    assert rules("De hoofdaanvrager ondertekent het plan van aanpak namens zijn gezin.") == ["HH018", "GM003"]


def test_priority_for_men_because_of_the_family_income_claims_both_the_breadwinner_and_men_s_chances(analyzer):
    """KR012 (men first in placement) stands beside kostwinner: reasoned by the family's income, the sentence
    claims both that the man is the breadwinner and that his chances come first (the owners' dev2 labels such a
    sentence with both); without that reason only kansrijkheid."""

    def categories(text: str) -> set[str]:
        found = analyzer.findings_per_text([text], second_opinion=False)[0]
        return {c for f in found if f.stance == "assertion" for c in f.categories()}

    assert categories(
        "Mannen komen bij de bemiddeling als eerste aan de beurt, omdat zij sneller een baan vinden."
    ) == {"kansrijkheid"}
    reasoned = categories(
        "Bij echtparen gaat de bemiddeling eerst naar de man, omdat het gezin van zijn loon moet leven."
    )
    assert reasoned == {"kostwinner", "kansrijkheid"}


def test_a_frame_gives_way_only_in_its_own_row_of_a_table(tmp_path):
    """The rows of a table share a paragraph number; a claim in one row does not silence the frame in another."""
    p = tmp_path / "tabel.md"
    p.write_text(
        "# Werkwijze\n\n| Onderdeel | Afspraak |\n|---|---|\n"
        "| Voorrang | Het traject is eerst voor de kostwinner van het gezin |\n"
        "| Intake | Vrouwelijke deelnemers krijgen een intake na de taalcursus, mannelijke deelnemers meteen |\n",
        encoding="utf-8",
    )
    report = Analyzer(domain="participatie").analyse(p)
    assert "kansrijkheid" in {c for f in report.assertions() if "taalcursus" in f.sentence for c in f.categories()}


def test_a_frame_of_last_resort_gives_way_to_a_rule_that_read_the_sentence_otherwise(analyzer):
    """Another rule that read the sentence as critical or quoted names the claim too: the frame (HH003, the
    bare word hoofdaanvrager) does not step in as an assertion."""
    from genderscan.analysis.stereotypes import drop_last_resort

    found = analyzer.findings_per_text(["Alle brieven gaan naar de hoofdaanvrager."], merge=False, second_opinion=False)
    frame = [f for f in found[0] if f.rule_id == "HH003"]
    assert frame and frame[0].stance == "assertion"
    rule = next(r for r in analyzer.lexicon.rules if r.id == "HH003")
    assert drop_last_resort(frame, {"HH003": rule}, set(), read=True) == []
    assert drop_last_resort(frame, {"HH003": rule}, set(), read=False) == frame
