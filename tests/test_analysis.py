"""Analysers: stance, evidence for EIGE questions, measures, domain and gender-blindness."""

from __future__ import annotations

import pytest

from genderscan import Analyzer


def _by_rule(report, rule_id):
    return [f for f in report.findings if f.rule_id == rule_id]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("In dit huishouden is de man de kostwinner.", "assertion"),
        ("We stappen af van het beeld dat de man de kostwinner is.", "critical"),
        ("Het kostwinnersmodel is achterhaald.", "critical"),
        ("Er is hier geen kostwinner meer.", "critical"),
        ("Een wethouder sprak over “de kostwinner van het gezin” en kreeg kritiek.", "quoted"),
    ],
)
def test_stance(analyzer, text, stance):
    findings = _by_rule(analyzer.analyse_text(text), "KW001")
    assert [f.stance for f in findings] == [stance]


def test_finding_location_offsets_and_fingerprint(analyzer):
    text = "Eerste alinea zonder iets.\n\nTweede alinea. Hier is de man de kostwinner van het gezin."
    f = _by_rule(analyzer.analyse_text(text), "KW001")[0]
    passage = text.split("\n\n")[1]
    assert f.location.paragraph == 2
    assert passage[f.location.char_start : f.location.char_end] == f.matched_text == "kostwinner"
    assert f.sentence == "Hier is de man de kostwinner van het gezin."
    assert f.sentence[slice(*f.sentence_span)] == "kostwinner"
    moved = "Nieuwe alinea bovenaan.\n\n" + text
    g = _by_rule(analyzer.analyse_text(moved), "KW001")[0]
    assert g.location.paragraph == 3 and g.fingerprint == f.fingerprint


def test_measures_need_a_positive_mention_and_domain(analyzer):
    base = "De participatiewet regelt de bijstand. Klantmanagers begeleiden werkzoekenden met een uitkering naar de arbeidsmarkt. "
    with_opvang = analyzer.analyse_text(base + "Deelnemers krijgen gratis kinderopvang tijdens hun traject.")
    without = analyzer.analyse_text(base + "Er is geen kinderopvang beschikbaar voor deelnemers.")

    def status(r):
        return {m.id: m.status for m in r.measures}["kinderopvang"]

    assert with_opvang.domain.id == "participatie"
    assert status(with_opvang) == "present" and status(without) == "missing"
    ev = {m.id: m for m in with_opvang.measures}["kinderopvang"].evidence[0]
    assert "gratis kinderopvang" in ev.text and ev.location.paragraph == 1


def test_mobility_plan_is_other_domain_without_childcare_fault(analyzer):
    text = (
        "Het uitvoeringsprogramma mobiliteit beschrijft de aanleg van fietspaden en de verbetering van het openbaar vervoer. "
        "We verlagen de maximumsnelheid in woonwijken en leggen extra laadpalen aan voor elektrische auto's."
    )
    report = analyzer.analyse_text(text)
    assert report.domain.id == "other"
    assert {m.status for m in report.measures} == {"not_applicable"}
    assert report.gender_blind is True


def test_domain_override():
    report = Analyzer(domain="armoede").analyse_text("Een korte tekst over fietspaden.")
    assert report.domain.id == "armoede" and report.domain.overridden
    assert {m.id: m.status for m in report.measures}["kinderopvang"] == "missing"
    # every measure applies to every social domain
    assert {m.id: m.status for m in report.measures}["nazorg"] == "missing"
    other = Analyzer(domain="other").analyse_text("Een korte tekst over kinderopvang.")
    assert {m.status for m in other.measures} == {"not_applicable"}


def test_question_evidence_must_be_about_gender(analyzer):
    topic_only = analyzer.analyse_text("We monitoren de uitstroom per kwartaal en rapporteren aan de raad.")
    gendered = analyzer.analyse_text(
        "We monitoren de uitstroom van vrouwen en mannen apart en rapporteren die cijfers per kwartaal."
    )

    def status(r):
        return {q.id: q.status for q in r.questions}["monitoring"]

    assert status(topic_only) == "niet aangetroffen"
    assert status(gendered) == "beantwoord"
    assert len({q.id for q in gendered.questions}) >= 3


def test_a_heading_or_a_definition_answers_no_question(analyzer):
    """An EIGE question is answered by what the text says about women and men, not by a heading that names the
    topic or a sentence that defines a gender word."""
    text = (
        "Monitoring van vrouwen en mannen in de uitstroom\n\n"
        "Gender verwijst naar de rollen en verwachtingen die een samenleving aan vrouwen en mannen toeschrijft.\n\n"
        "We monitoren de uitstroom van vrouwen en mannen apart en rapporteren die cijfers per kwartaal."
    )
    evidence = [e.text for q in analyzer.analyse_text(text).questions for e in q.evidence]
    assert evidence and all(not t.startswith(("Monitoring van", "Gender verwijst")) for t in evidence)
    assert any(t.startswith("We monitoren") for t in evidence)


def test_gender_mentions_per_1000_words(analyzer):
    report = analyzer.analyse_text("Vrouwen en mannen krijgen hetzelfde aanbod. Moeders en vaders ook.")
    m = report.mentions
    assert m.gender_mentions == 4 and m.words == 10
    assert m.per_1000_words == 400.0 and not report.gender_blind
    assert m.terms == {"mannen": 1, "moeders": 1, "vaders": 1, "vrouwen": 1}


def test_same_input_same_json(analyzer, tmp_path):
    import json

    p = tmp_path / "n.txt"
    p.write_text("De man is de kostwinner.\n\nMoeders zorgen voor de kinderen.", encoding="utf-8")
    a = json.dumps(analyzer.analyse(p).to_dict(), ensure_ascii=False)
    b = json.dumps(Analyzer().analyse(p).to_dict(), ensure_ascii=False)
    assert a == b


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("Vrouwen worden naar typische 'vrouwenberoepen' geleid.", True),
        ("Op zaterdag en 's avonds zijn er vrouwenberoepen in de auto's te zien.", False),
        # an apostrophe between letters, or of "'s", inside a quotation closes nothing
        ("De vakbond sprak van 'collega's in typische vrouwenberoepen', een term die wij niet gebruiken.", True),
        ("Een ouder schreef: 'we zien 's avonds alleen vrouwenberoepen op tv'.", True),
    ],
)
def test_single_quotes_but_not_apostrophes(analyzer, text, quoted):
    # the rules' stance; the second opinion may set an odd sentence's assertion aside
    (found,) = analyzer.findings_per_text([text], second_opinion=False)
    f = [f for f in found if f.rule_id == "BS001"][0]
    assert (f.stance == "quoted") is quoted


def test_critical_cues_for_images_and_harm(analyzer):
    report = analyzer.analyse_text("Wij kiezen een beroep op talent en niet op vaste beelden over vrouwenwerk.")
    assert [f.stance for f in _by_rule(report, "BS001")] == ["critical"]


def test_collections_are_rarer_during_analysis_and_the_thresholds_come_back(analyzer, monkeypatch):
    import gc

    import genderscan.analysis as analysis
    from genderscan import api

    seen = []

    real = analysis.analyse_document

    def spy(*args, **kwargs):
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "analyse_document", spy)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        analyzer.analyse_text("De kostwinner werkt. Zij zorgt voor de kinderen.")
        assert seen[-1] == (api.GC_THRESHOLD, 20, 100)
        assert gc.get_threshold() == (700, 10, 10)
        gc.disable()
        try:  # switched off by the caller: left alone
            analyzer.analyse_text("Een tekst.")
            assert not gc.isenabled() and seen[-1] == (700, 10, 10)
        finally:
            gc.enable()
    finally:
        gc.set_threshold(*before)


def _internal_imports() -> dict[str, list[tuple[str, bool]]]:
    """For each module of genderscan.analysis and genderscan.lexicon: the modules of those two
    packages it imports, each with whether the import is at module level (False: inside a function)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "genderscan"
    packages = ("genderscan.analysis", "genderscan.lexicon")
    out: dict[str, list[tuple[str, bool]]] = {}
    for package in packages:
        for path in sorted((root / package.split(".")[1]).glob("*.py")):
            name = package if path.stem == "__init__" else f"{package}.{path.stem}"
            tree = ast.parse(path.read_text(encoding="utf-8"))
            top = {id(node) for node in tree.body}
            found: list[tuple[str, bool]] = []
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    targets = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:  # relative: level 1 is the package itself, 2 its parent
                        parts = package.split(".")
                        base = ".".join(parts[: len(parts) + 1 - node.level] + ([node.module] if node.module else []))
                    # "from . import stance" imports a module; "from . import parse_document" a name
                    targets = [
                        f"{base}.{a.name}"
                        if (root.parent / f"{base}.{a.name}".replace(".", "/")).with_suffix(".py").is_file()
                        else base
                        for a in node.names
                    ]
                else:
                    continue
                for target in targets:
                    if target.startswith(packages):
                        found.append((target, id(node) in top))
            out[name] = found
    return out


def test_lexicon_imports_nothing_from_analysis_and_no_module_imports_lazily():
    imports = _internal_imports()
    assert "genderscan.analysis.rules" in imports and "genderscan.lexicon.keys" in imports
    for module, targets in imports.items():
        lazy = [t for t, at_top in targets if not at_top]
        assert not lazy, f"{module} imports {lazy} inside a function"
        if module.startswith("genderscan.lexicon"):
            assert not [t for t, _ in targets if t.startswith("genderscan.analysis")], module


def test_no_import_circle_between_analysis_and_lexicon_modules():
    imports = _internal_imports()
    graph = {m: {t for t, _ in targets if t != m} for m, targets in imports.items()}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, "import circle: " + " -> ".join((*path, module))
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, (*path, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())


def test_other_domain_confidence_stays_a_probability(analyzer):
    # One domain word, repeated often in a short text: the rate clears the bar, the variety does not.
    text = "De bijstand wordt besproken. " * 4 + "Verder gaat deze notitie over fietspaden en bruggen."
    report = analyzer.analyse_text(text)
    assert report.domain.id == "other"
    assert 0.0 <= report.domain.confidence <= 1.0
    assert report.domain.confidence == pytest.approx(1 - 1 / 3, abs=0.01)


def test_neutral_kin_words_are_no_gender_mentions(analyzer):
    text = (
        "De echtgenoot van de aanvrager en zijn partner tellen mee voor de norm. "
        "Echtgenoten hebben samen recht op de uitkering, net als ouders met een kind."
    )
    assert analyzer.analyse_text(text).mentions.gender_mentions == 0
    assert analyzer.analyse_text("De vrouwen en mannen in de wijk.").mentions.gender_mentions == 2


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Alle deelneemsters en een cliënte kregen een eigen gesprek.", {"deelneemsters", "cliënte"}),
        ("De groepsleidster belde de mama van Sem en zijn papa.", {"groepsleidster", "mama", "papa"}),
        ("Mama's en papa's zijn welkom op de ouderavond.", {"mama's", "papa's"}),
        ("De meiden van de voetbalclub en de weduwe van de oprichter.", {"meiden", "weduwe"}),
        ("Geachte heer, dames en heren van de commissie.", {"geachte heer", "heren", "dames"}),
        # a form of address before a name is a courtesy to one person, no reference to gender
        ("Geachte heer Smit, dames en heren van de commissie.", {"heren", "dames"}),
        ("Namens de heer Smit, mevrouw J. Bakker en de kinderleidster.", {"kinderleidster"}),
    ],
)
def test_female_forms_informal_kin_and_address_are_gender_mentions(analyzer, text, terms):
    assert set(analyzer.analyse_text(text).mentions.terms) == terms


def test_a_named_councillor_answers_no_question_about_gender(analyzer):
    """ "de heer Paulides" beside a question's topic word is no gender reference (an expert read found one answered
    so); the rules still read the sentence."""
    text = (
        "Het raadslid de heer Paulides stelde vragen over de energietoeslag en de inkomensondersteuning van "
        "huishoudens in de bijstand."
    )
    report = analyzer.analyse_text(text)
    assert report.mentions.gender_mentions == 0
    assert not [e for q in report.questions for e in q.evidence if "Paulides" in e.text]


def test_words_that_only_end_like_a_female_form_are_no_gender_mentions(analyzer):
    text = (
        "Het register van de minister, het semester en het venster van de meester; de student en de kandidaat. "
        "Gelijke kansen zijn onze leidster, en de werkgever is geen heer en meester."
    )
    assert analyzer.analyse_text(text).mentions.gender_mentions == 0
