"""Leads: themes that reach women and men differently (mantelzorg, single parents, domestic violence, poverty), named
without women, men or gender, quoted in the report as places to ask for figures and effects by sex."""

from __future__ import annotations

import json

import jsonschema
import pytest

from genderscan.report import FORMATTERS
from genderscan.report.localise import localise
from genderscan.resources import schema_path

PLAN = (
    "Werk en inkomen\n\n"
    "We helpen inwoners met een uitkering aan betaald werk en bieden een traject op maat.\n\n"
    "Ondersteuning thuis\n\n"
    "We hebben extra aandacht voor mantelzorgers; zij krijgen vaker respijtzorg.\n\n"
    "Alleenstaande ouders met schulden krijgen voorrang bij de schuldhulp.\n\n"
    "De aanpak van huiselijk geweld blijft bij Veilig Thuis."
)


def leads(report) -> dict[str, list[str]]:
    return {t.id: [e.text for e in t.evidence] for t in report.themes}


def test_themes_named_without_women_or_men_are_leads_with_their_sentences(analyzer):
    found = leads(analyzer.analyse_text(PLAN))
    assert found == {
        "mantelzorg": ["We hebben extra aandacht voor mantelzorgers; zij krijgen vaker respijtzorg."],
        "alleenstaande_ouders": ["Alleenstaande ouders met schulden krijgen voorrang bij de schuldhulp."],
        "huiselijk_geweld": ["De aanpak van huiselijk geweld blijft bij Veilig Thuis."],
    }


def test_a_theme_the_text_links_to_women_or_men_once_is_no_lead(analyzer):
    linked = PLAN + "\n\nDe meeste mantelzorgers in onze gemeente zijn vrouwen; we volgen hun uren en hun werk."
    assert "mantelzorg" not in leads(analyzer.analyse_text(linked))
    # a single mother is named as a woman: that sentence links the theme, and the lead goes
    mothers = PLAN.replace("Alleenstaande ouders met schulden", "Alleenstaande ouders, meestal moeders, met schulden")
    assert "alleenstaande_ouders" not in leads(analyzer.analyse_text(mothers))


def test_headings_and_a_text_without_the_themes_give_no_lead(analyzer):
    assert leads(analyzer.analyse_text("Mantelzorg\n\nWe onderhouden de fietspaden en de bruggen.")) == {}
    assert leads(analyzer.analyse_text("We helpen inwoners met een uitkering aan betaald werk.")) == {}
    # a budget's items run together ("1.1 … 1.2 …") name topics, they say nothing about them
    items = "1.1 Beleidsplan sociaal domein 1.2 Nieuwe regels voor respijtzorg 1.3 Activiteiten voor ouderen"
    assert leads(analyzer.analyse_text(items)) == {}


@pytest.mark.parametrize(
    "text",
    [
        # a definition, in a glossary line or a law's lettered list, defines the word
        "Mantelzorg: langdurige en onbetaalde zorg voor een naaste uit de eigen kring.",
        "e. *ten laste komend kind:* het kind voor wie aan de alleenstaande ouder kinderbijslag wordt betaald;",
        "Onder huiselijk geweld wordt in deze verordening verstaan: geweld door iemand uit de huiselijke kring.",
        # other words that start the same, and another recovery
        "De hersteloperatie na de overstroming van de kelders loopt tot het einde van het jaar.",
        "Een mantelzorgwoning in de achtertuin is onder voorwaarden vergunningvrij.",
        "De schuldeiser verleent respijt tot het einde van het jaar.",
        # a glossary or the references
        "Plan\n\nWe onderhouden de wegen.\n\nBegrippenlijst\n\nRespijtzorg is zorg die de mantelzorger tijdelijk aflost.",
        "Plan\n\nWe onderhouden de wegen.\n\nLiteratuur\n\nRegioplan (2020). Huiselijk geweld in beeld, een verkenning in tien gemeenten.",
        # a lead-in whose items name women
        "Huiselijk geweld vraagt aandacht:\n\n- het treft vaker vrouwen dan mannen;\n\n- het blijft vaak lang verborgen.",
    ],
)
def test_definitions_other_words_back_matter_and_linked_lead_ins_give_no_lead(analyzer, text):
    assert leads(analyzer.analyse_text(text)) == {}


@pytest.mark.parametrize(
    "text, theme",
    [
        ("Ex-partnergeweld na een scheiding krijgt een eigen aanpak in de wijkteams.", "huiselijk_geweld"),
        (
            "Éénoudergezinnen hebben vaker een laag inkomen en krijgen voorrang bij de voedselbank.",
            "alleenstaande_ouders",
        ),
        (
            "Wat gaan we doen:\n\n- mantelzorgondersteuning via het steunpunt;\n\n- respijtzorg in het weekend.",
            "mantelzorg",
        ),
        (
            "Voor de afwikkeling van de toeslagenaffaire houdt de gemeente een budget van 80.000 euro aan.",
            "toeslagenaffaire",
        ),
        ("Het minimabeleid staat open voor alle inwoners met een laag inkomen.", "armoede"),
        (
            "Kinderarmoede pakken we aan met een kindpakket voor ieder kind in een gezin met een laag inkomen.",
            "armoede",
        ),
    ],
)
def test_spellings_and_short_list_items_are_read(analyzer, text, theme):
    assert theme in leads(analyzer.analyse_text(text))


def test_leads_are_in_the_json_and_the_what_now_list_with_their_source(analyzer):
    data = analyzer.analyse_text(PLAN, name="plan.txt").to_dict()
    jsonschema.validate(data, json.loads(schema_path().read_text(encoding="utf-8")))
    assert [t["id"] for t in data["themes"]] == ["mantelzorg", "alleenstaande_ouders", "huiselijk_geweld"]
    assert {t["source"] for t in data["themes"]} <= set(data["sources"])
    md = FORMATTERS["md"].render(localise(data, analyzer.lexicon, "nl"))
    what_now = md.split("Inhoud:")[0]
    assert "Onderwerpen die vrouwen en mannen verschillend raken, zonder hen te noemen: mantelzorg" in what_now
    assert "(Atria 2014)" in what_now and "“We hebben extra aandacht voor mantelzorgers" in what_now
    en = FORMATTERS["md"].render(localise(data, analyzer.lexicon, "en"))
    assert "Topics that affect women and men differently, without naming them: informal care" in en
    assert "Informal care falls more often on women" in en


@pytest.mark.parametrize(
    "entry, message",
    [
        ({"name": "X", "terms": ["x"], "fact": "Y.", "source": "nergens"}, "unknown source"),
        ({"name": "X", "terms": [], "fact": "Y.", "source": "atria2020"}, "needs at least 1"),
        ({"name": "X", "terms": ["x"], "fact": "Y.", "source": "atria2020", "why": "?"}, "unknown key"),
    ],
)
def test_a_bad_theme_in_the_lexicon_is_a_coded_error(tmp_path, monkeypatch, entry, message):
    import shutil

    import yaml

    from genderscan.errors import LexiconError
    from genderscan.lexicon import loader

    copy = tmp_path / "nl"
    shutil.copytree(loader.lexicon_dir("nl"), copy)
    monkeypatch.setattr(loader, "lexicon_dir", lambda language: copy)
    meta = yaml.safe_load((copy / "lexicon.yml").read_text(encoding="utf-8"))
    meta["themes"] = {"x": entry}
    (copy / "lexicon.yml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        loader.load_lexicon(cache=False)
    assert err.value.code.startswith("GS-E")


def test_a_lead_quotes_the_verdicts_own_sections_first(analyzer):
    """An expert read of the Wassenaar budget (sixty-third session): its reading guide names "armoede" among the
    world's goals before the chapter on work and income names the minima policy; the lead quotes that chapter
    first, where an adviser can ask for figures by sex."""
    from conftest import ROOT

    text = (ROOT / "tests" / "data" / "overeenkomst_bakkerij.txt").read_text(encoding="utf-8")
    text = text.replace(
        "De overeenkomst loopt vier jaar",
        "Wereldwijd helpen de duurzame doelen bij uitdagingen als armoede en klimaat. De overeenkomst loopt vier jaar",
    ).replace(
        "De bakkerij meldt verzuim dezelfde dag aan het team Werk.",
        "De bakkerij meldt verzuim dezelfde dag aan het team Werk. Deelnemers horen van hun klantmanager welke"
        " regelingen uit het minimabeleid voor hen gelden.",
    )
    report = analyzer.analyse_text(text, "overeenkomst.txt")
    assert [s[0] for d in report.to_dict()["domains"] if d["id"] == "participatie" for s in d["sections"]] == [
        "5 Werken en leren in de bakkerij"
    ]
    quotes = leads(report)["armoede"]
    assert "minimabeleid" in quotes[0] and any("duurzame doelen" in q for q in quotes)
