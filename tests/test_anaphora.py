"""Pronouns read with the parse (issue 16): possessive or verb *zijn*, the antecedent of
hij/zijn/hem (generic masculine) and of zij/hun in a rule's women group, and the
word-window fallback with ``--model blank``. Sentences are written for these tests."""

from __future__ import annotations

import json

import pytest
from cli_runner import run

from genderscan.analysis import parse_document
from genderscan.analysis.anaphora import is_possessive_zijn
from genderscan.analysis.coref import FEMALE, INSTITUTION, NEUTER, PERSON, antecedent, refers_to_women
from genderscan.model import Document, Location, Passage


@pytest.fixture(scope="module")
def blank():
    from genderscan import Analyzer

    return Analyzer(model="blank")


def _generic(analyzer, text: str) -> list:
    return [
        f for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.category == "generiek_mannelijk"
    ]


def _categories(analyzer, text: str) -> set[str]:
    return {f.category for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.stance == "assertion"}


def _parsed(analyzer, text: str):
    document = Document(path="t", format="txt", passages=(Passage(text, Location(file="t", paragraph=1)),), sha256="")
    return parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)[0]


def _pronoun(pp, word: str, nth: int = 1):
    return [t for t in pp.doc if t.lower_ == word][nth - 1]


class TestPossessiveOrVerb:
    def test_the_issue_example_has_one_verb_and_one_possessive(self, analyzer):
        text = "Dit zijn de regels voor de klant en zijn partner."
        pp = _parsed(analyzer, text)
        assert [is_possessive_zijn(t) for t in pp.doc if t.lower_ == "zijn"] == [False, True]
        found = _generic(analyzer, text)
        assert len(found) == 1
        assert found[0].location.char_start == text.rindex("zijn")

    @pytest.mark.parametrize(
        "text",
        [
            "Voor de klant geldt dat de stukken zijn ontvangen.",
            "De bewijsstukken van de aanvrager zijn voor zover ze zijn verkregen bij de bank volledig.",
            "De klant en de klantmanager zijn het over het plan eens.",
            "Dit zijn de tips die de werkzoekende van de coach krijgt.",
            "Zijn er vragen van de cliënt, dan belt de consulent terug.",
        ],
    )
    def test_the_verb_gives_no_finding(self, analyzer, text):
        assert not _generic(analyzer, text)

    def test_a_preposition_makes_the_possessive(self, analyzer):
        assert _generic(analyzer, "De deelnemer krijgt een vergoeding voor zijn reiskosten.")

    @pytest.mark.parametrize(
        "text",
        [
            # the clause has its finite verb elsewhere (the parser read "zijn" as an auxiliary in some of these)
            "Een zzp'er in de bijstand moet elk kwartaal zijn omzetcijfers inleveren.",
            "Iedere huurder mag erop rekenen dat zijn klacht binnen een week wordt opgepakt.",
            "De stagiair heeft zijn werkkleding bij de start van de stage al ontvangen.",
            # a hyphenated word after it is something possessed too
            "De deelnemer levert bij de start zijn BSN-nummer en zijn Wmo-indicatie in.",
        ],
    )
    def test_zijn_with_another_finite_verb_in_its_clause_is_the_possessive(self, analyzer, text):
        assert _generic(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            # a modal whose infinitive is "zijn" itself, and "zijn" as the clause's own verb
            "De werkzoekende moet bereid zijn een opleiding te volgen.",
            "Volgens de klantmanager zijn de meeste aanvragen onvolledig.",
            "De aanvrager weet dat de stukken niet compleet zijn en levert ze later aan.",
            "In 2025 zijn 40 aanvragen van ondernemers behandeld.",
        ],
    )
    def test_zijn_as_the_verb_with_a_modal_or_a_figure_gives_no_finding(self, analyzer, text):
        assert not _generic(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            # a subordinate clause closed by its verb, no comma: "zijn" is the main clause's verb
            "De formulieren die de huurder heeft ingevuld zijn zoekgeraakt.",
            "Wanneer de ondernemer stopt zijn alle vergunningen vervallen.",
            "Moet de cliënt verhuizen zijn wij bereikbaar voor hulp.",
            "De uren waarover de vrijwilliger beschikt zijn beperkt.",
        ],
    )
    def test_zijn_after_the_verb_that_closes_a_subordinate_clause_is_the_verb(self, analyzer, text):
        assert not _generic(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            # a bare sex noun closing the clause after a plural or a number: the verb with the sex as predicate
            "Het bestuur telt negen leden, van wie vier vrouwen; twee van de drie penningmeesters zijn vrouw.",
            "Wie van de aanwezige wethouders zijn man?",
        ],
    )
    def test_zijn_before_a_bare_sex_noun_after_a_plural_is_the_verb(self, analyzer, text):
        assert not _generic(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            # the possessive where a singular person or a coordination comes before it
            "Wie een toeslag aanvraagt, vermeldt ook het inkomen van zijn vrouw.",
            "Iedereen die verhuist, meldt dat samen met zijn vrouw.",
        ],
    )
    def test_zijn_before_a_sex_noun_after_a_person_is_the_possessive(self, analyzer, text):
        assert _generic(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            # "die" after a semicolon is a demonstrative subject; "dat" opens a clause whose verb follows
            "Bel eerst de aanvrager; die stuurt zijn loonstroken dan zelf na.",
            "Iedere huurder heeft er recht op dat zijn reparatieverzoek binnen een week wordt behandeld.",
        ],
    )
    def test_zijn_in_a_main_clause_or_before_its_clauses_verb_is_the_possessive(self, analyzer, text):
        assert _generic(analyzer, text)


class TestAntecedent:
    @pytest.mark.parametrize(
        "text",
        [
            # an institution, or an office, is what the pronoun refers to
            "De uitkering van de belanghebbende wordt verhoogd als het college dat naar zijn oordeel nodig vindt.",
            "Het college kan een schuld die een belanghebbende bij hem heeft, verrekenen met de bijstand.",
            "Het Werkplein stuurt de klant binnen vier weken zijn besluit.",
            "De werkzoekende schrijft zich in bij het UWV. Dit neemt een besluit en maakt zijn beslissing bekend.",
            "De burgemeester spreekt de bewoner aan en legt uit waarom hij een gebiedsverbod oplegt.",
            # a neuter noun, a thing, a man
            "Ieder lid van de cliëntenraad kan zijn zetel opgeven.",
            "Het plan van aanpak van de deelnemer wordt na een jaar op zijn werking beoordeeld.",
            "De heer De Boer is klant bij het Werkplein. Hij levert zijn formulier zelf in.",
            "Bij de intake vertelt de vader aan de consulent dat hij al een jaar werk zoekt.",
            # plural
            "De klanten en hun partners krijgen een uitnodiging.",
        ],
    )
    def test_no_generic_masculine(self, analyzer, text):
        assert not _generic(analyzer, text), [f.matched_text for f in _generic(analyzer, text)]

    @pytest.mark.parametrize(
        "text",
        [
            "Het college kan de aanvrager op zijn verzoek uitstel van betaling verlenen.",
            "De werkzoekende meldt zich bij de gemeente. Zij beslist binnen acht weken over zijn uitkering.",
            "Als de huurder verhuist, kan de corporatie hem om een eindafrekening vragen.",
            "Degene die een klacht indient, ontvangt binnen twee weken een reactie op zijn klacht.",
            "De patiënt kiest zelf zijn huisarts.",
            "De cliënt en zijn mantelzorger krijgen samen een gesprek.",
        ],
    )
    def test_generic_masculine_still_found(self, analyzer, text):
        found = _generic(analyzer, text)
        assert found and found[0].stance == "assertion", text

    def test_the_resolved_antecedent_has_a_kind(self, analyzer):
        pp = _parsed(analyzer, "Het UWV stuurt de werkgever een brief over zijn besluit.")
        found = antecedent(pp.hits, _pronoun(pp, "zijn"), analyzer.lexicon.antecedents)
        assert found is not None and found.kind == INSTITUTION and pp.doc[found.i].text == "UWV"
        pp = _parsed(analyzer, "Het dorpshuis en zijn vrijwilligers worden bedankt.")
        found = antecedent(pp.hits, _pronoun(pp, "zijn"), analyzer.lexicon.antecedents)
        assert found is not None and found.kind == NEUTER
        # a het-word person (GM011 lists it for "hij"): a person, neuter, and its "zijn" gives no finding
        pp = _parsed(analyzer, "Het kind en zijn ouders worden uitgenodigd.")
        found = antecedent(pp.hits, _pronoun(pp, "zijn"), analyzer.lexicon.antecedents)
        assert found is not None and found.neuter and pp.doc[found.i].text == "kind"
        assert not _generic(analyzer, "Het kind en zijn ouders worden uitgenodigd.")
        pp = _parsed(analyzer, "De deelnemer neemt zijn diploma in ontvangst.")
        found = antecedent(pp.hits, _pronoun(pp, "zijn"), analyzer.lexicon.antecedents)
        assert found is not None and found.kind == PERSON

    def test_an_applicant_for_a_subsidy_is_an_organisation(self, analyzer):
        text = (
            "Sportclubs en buurthuizen kunnen een subsidie voor activiteiten aanvragen. "
            "De aanvrager laat zien wat zijn activiteiten voor de buurt opleveren."
        )
        assert not _generic(analyzer, text)
        # without such words the applicant is a person
        assert _generic(analyzer, "De aanvrager laat zien wat zijn inkomen is.")


class TestStance:
    def test_a_negation_before_the_pronoun_is_no_rejection(self, analyzer):
        for text in (
            "De werknemer wordt gekort bij het niet verrichten van zijn arbeid.",
            "Als de klant niet kan aantonen dat hij hier woont, stopt de uitkering.",
        ):
            found = _generic(analyzer, text)
            assert found and found[0].stance == "assertion", text


class TestWomenGroup:
    def test_a_pronoun_for_women_counts_in_the_group(self, analyzer):
        text = "Veel vrouwen in de wijk werken in deeltijd. Volgens de nota komt dat door hun zorgtaken."
        assert "zorgrol" in _categories(analyzer, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Veel mantelzorgers in de wijk werken in deeltijd. Volgens de nota komt dat door hun zorgtaken.",
            "De gemeente wil dat jongeren hun zorgtaken kunnen combineren met een opleiding.",
        ],
    )
    def test_a_pronoun_for_others_does_not(self, analyzer, text):
        assert "zorgrol" not in _categories(analyzer, text)

    def test_refers_to_women(self, analyzer):
        cases = [
            ("Alleenstaande moeders werken minder uren, omdat zij de kinderen naar school brengen.", "zij", True),
            ("Vaders nemen minder verlof dan moeders, omdat zij hun baan willen houden.", "zij", False),
            ("De gemeente vraagt haar inwoners om mee te denken.", "haar", False),
            ("Vrouwelijke ondernemers krijgen een netwerk waarin ze elkaar helpen.", "ze", True),
        ]
        for text, word, women in cases:
            pp = _parsed(analyzer, text)
            assert refers_to_women(pp.hits, _pronoun(pp, word), analyzer.lexicon.antecedents) is women, text

    def test_the_antecedent_kind_of_a_woman(self, analyzer):
        pp = _parsed(analyzer, "Mevrouw Jansen heeft haar aanvraag ingetrokken.")
        found = antecedent(pp.hits, _pronoun(pp, "haar"), analyzer.lexicon.antecedents)
        assert found is not None and found.kind == FEMALE


class TestBlankModel:
    """Without a syntax model the word windows of before the parser decide."""

    def test_generic_masculine_by_word_windows(self, blank):
        assert _generic(blank, "De klant levert zijn bankafschriften binnen twee weken aan.")
        assert not _generic(blank, "De klant levert zijn of haar bankafschriften binnen twee weken aan.")
        assert not _generic(blank, "De werkzoekende moet bereid zijn om te verhuizen.")
        pp = _parsed(blank, "De klant levert zijn bankafschriften aan.")
        assert antecedent(pp.hits, _pronoun(pp, "zijn"), blank.lexicon.antecedents) is None

    def test_every_group_pronoun_counts(self, blank):
        text = "Veel mantelzorgers in de wijk werken in deeltijd. Volgens de nota komt dat door hun zorgtaken."
        assert "zorgrol" in _categories(blank, text)
        pp = _parsed(blank, text)
        assert refers_to_women(pp.hits, _pronoun(pp, "hun"), blank.lexicon.antecedents) is None


PRONOUN_ITEMS = [
    {
        "id": "t1",
        "text": "De bewoner zet zijn container aan de straat.",
        "pronoun": "zijn",
        "nth": 1,
        "reading": "generic",
    },
    {"id": "t2", "text": "De stukken van de klant zijn binnen.", "pronoun": "zijn", "nth": 1, "reading": "verb"},
    {
        "id": "t3",
        "text": "Het UWV meldt de werkgever zijn besluit.",
        "pronoun": "zijn",
        "nth": 1,
        "reading": "institution",
    },
    {
        "id": "t4",
        "text": "Moeders zeggen dat hun rooster knelt.",
        "pronoun": "hun",
        "nth": 1,
        "reading": "female_group",
    },
    {"id": "t5", "text": "Ouders zeggen dat hun rooster knelt.", "pronoun": "hun", "nth": 1, "reading": "plural"},
    {
        "id": "t6",
        "text": "Klanten zeggen dat zij hun rooster te vol vinden.",
        "pronoun": "hun",
        "nth": 1,
        "reading": "plural",
    },
]


class TestEvaluatePronouns:
    def test_text_report(self, tmp_path):
        p = tmp_path / "pronouns.jsonl"
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in PRONOUN_ITEMS), encoding="utf-8")
        r = run("evaluate", str(p))
        assert r.returncode == 0, r.stderr
        assert "pronouns: 6 items" in r.stdout
        assert "accuracy: 6/6" in r.stdout
        assert "female_group" in r.stdout and "errors (0)" in r.stdout

    def test_json_report_and_blank(self, tmp_path):
        p = tmp_path / "pronouns.jsonl"
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in PRONOUN_ITEMS), encoding="utf-8")
        r = run("evaluate", str(p), "--json", "--model", "blank")
        assert r.returncode == 0, r.stderr
        data = json.loads(r.stdout)
        assert data["kind"] == "pronouns" and data["syntax"] is False
        assert data["per_reading"]["plural"] == {"correct": 0, "total": 2, "accuracy": 0.0}
        assert {e["id"] for e in data["errors"]} >= {"t5", "t6"}

    @pytest.mark.parametrize(
        "record, fragment",
        [
            ({"text": "Hij komt.", "pronoun": "hij", "nth": 1, "reading": "vaag"}, "reading must be one of"),
            ({"text": "Hij komt.", "pronoun": "hij", "nth": 2, "reading": "generic"}, "no occurrence 2"),
            ({"text": "Hij komt.", "pronoun": "wij", "nth": 1, "reading": "generic"}, "pronoun must be one of"),
        ],
    )
    def test_bad_records_are_coded_errors(self, tmp_path, record, fragment):
        p = tmp_path / "bad.jsonl"
        p.write_text(json.dumps(record) + "\n", encoding="utf-8")
        r = run("evaluate", str(p))
        assert r.returncode == 2 and "GS-E111" in r.stderr and fragment in r.stderr, r.stderr


@pytest.mark.parametrize(
    "text, generic",
    [
        # a finite modal whose only infinitive is "zijn", after its predicate: the verb
        ("De deelnemer moet bereid zijn passende scholing te volgen en die af te maken.", False),
        ("Een inwoner kan aanwezig zijn bij de behandeling van het bezwaar.", False),
        # the modal has another infinitive: "zijn" possesses
        ("De deelnemer moet zijn rooster elke week inleveren.", True),
        # "op zijn minst" is an adverb, and a line cut off after "zijn" possesses nothing
        ("De klant moet op zijn minst één keer per maand solliciteren.", False),
        # persons the law names: a foreign national, an entitled person
        ("Als de vreemdeling niet tijdig vertrekt, kan de dienst hem een boete opleggen.", True),
        ("De AOW-gerechtigde moet elk jaar laten zien dat hij nog in Nederland woont.", True),
    ],
)
def test_verb_zijn_idioms_and_persons_of_the_law(analyzer, text, generic):
    assert bool(_generic(analyzer, text)) is generic


def test_an_office_in_tax_law_is_no_generic_masculine(analyzer):
    office = "De inspecteur stelt de aanslag vast; hij kan de termijn daarvoor eenmaal verlengen."
    assert _generic(analyzer, office) == []


@pytest.mark.parametrize(
    "text, generic",
    [
        # one person who told something in an interview or an evaluation: the writer knows who spoke
        ("Een bewoner vertelde dat hij via de buurtcoach aan een opleiding tot buschauffeur kwam.", False),
        ("Een consulent erkende in het gesprek dat hij de moeders minder vaak belt.", False),
        ("Een ondernemer uit de haven zei dat zijn bedrijf nu ook vrouwen opleidt.", False),
        # a rule about anyone who says so, a person who tells in the present, a role without "een"
        ("Als een cliënt meldt dat hij ziek is, schuift de afspraak op.", True),
        ("Een cliënt die meldt dat hij ziek is, krijgt een nieuwe afspraak.", True),
        ("De cliënt vertelde dat hij ziek is; de consulent noteert dat in zijn dossier.", True),
        # one person the text knows: named after the noun, or the "hij" the sentence is about
        ("Jobcoach Karim Benali begeleidt de groep; hij is op maandag op het werkplein.", False),
        ("Onze deelnemer Sven liep vast, maar sinds hij bij de fietsenmaker werkt, gaat het goed.", False),
        ("Hij was de eerste cursist van de pilot en nu heeft hij een eigen bedrijf.", False),
        ("De nieuwe werkcoach, Ruud Vermeer, start in maart; hij kent de werkgevers in de haven.", False),
        # a man named in the sentence is the likelier one, even after a role as its subject
        ("De werkcoach heeft met meneer afgesproken dat hij vrijdag zijn rooster brengt.", False),
        # … or in the sentence before, with a person-word adjective ("alleenstaande vader": the noun says who)
        ("Situatie: een alleenstaande vader met drie kinderen en schulden. Hij meldde zich zelf.", False),
        # a name after a colon or comma, with a title or role before it, or the role said to be a man
        ("Rollenspel — klant: meneer Verbeek, 58, oud-lasser. Hij zoekt licht werk.", False),
        (
            "De stemming wordt uitgesteld omdat de indiener, raadslid Joost Haverkamp, zijn vragen wil toelichten.",
            False,
        ),
        ("Casus 4: de klant is een vader van twee kinderen. Help hem een passend rooster te vinden.", False),
        ("Casus 4: de klant is een inwoner van Noord. Help hem een passend rooster te vinden.", True),
        # a person named between the role and the pronoun, by a title or as what the role is; or a record of
        # one man ("Deelnemer (man, 40)")
        ("Contactpersoon: coördinator Frits Elzinga; hij beantwoordt vragen over de pilot.", False),
        ("De jobcoach van deze groep is Hendrik Mulder. U belt hem op maandag.", False),
        ("De werkcoach van het team is Henk van der Meulen; hij kent de werkgevers.", False),
        ("Deelnemer (man, 40) vond een baan in de haven. Hij werkt er nu drie maanden.", False),
        # … or "mannelijke" before the role, as "vrouwelijke" makes it a woman
        ("Voor de vaste plek kiezen we de mannelijke stagiair, omdat hij al een rijbewijs heeft.", False),
        # … also abbreviated, after the record's number; not a vacancy's "(m/v)"
        ("Cliënt 2210 (m, 47) zoekt werk als chauffeur; hij heeft een groot rijbewijs.", False),
        ("De kandidaat (m/v) heeft een groot rijbewijs en hij rijdt vijf dagen per week.", True),
        # two capitalised words alone are as often an organisation: the role keeps its pronoun
        ("De klant die bij Werkplein Noord komt, krijgt zijn uitkering een week later.", True),
        # … and so does it after a named person who is only an object
        ("De cursist legt wethouder Hamer zijn werkstuk voor.", True),
        # a clause between commas is no name
        ("De werkcoach, die de werkgevers kent, neemt zijn klanten mee naar de haven.", True),
        ("De klant, en ook Jansen, levert zijn afschriften in.", True),
        # an acronym after the noun is no name; a role stays a role
        ("De aanvrager WW levert zijn loonstroken in.", True),
        ("De cursist levert zijn huiswerk op vrijdag in.", True),
    ],
)
def test_one_known_person_is_no_generic_masculine(analyzer, blank, text, generic):
    assert bool(_generic(analyzer, text)) is generic
    assert bool(_generic(blank, text)) is generic


def test_a_role_of_either_sex_in_brackets_is_no_record_of_one_man(analyzer):
    """ "Deelnemer (man, 40)" records one man; "(man of vrouw)" says the role is anyone (the parse reads it; the
    word window without one takes "man" for a man in the sentence)."""
    assert _generic(analyzer, "De melder (man of vrouw) krijgt zijn bevestiging per post.")
    assert not _generic(analyzer, "De melder (man, 52) kreeg zijn bevestiging per post.")


def test_a_misparse_that_finds_no_antecedent_falls_back_to_the_word_window(analyzer):
    """The shipped parser reads this subject as a verb and finds no antecedent for "zijn"; the word
    window still sees a person role before it. A body named before the pronoun keeps it unread."""
    from genderscan.analysis import parse_document
    from genderscan.analysis.coref import antecedent
    from genderscan.model import Document, Location, Passage

    text = "De bijstandsgerechtigde geeft wijzigingen in zijn woonsituatie direct door."
    doc = Document(path="x", format="txt", passages=(Passage(text, Location(file="x", paragraph=1)),), sha256="")
    pp = parse_document(doc, analyzer.nlp, analyzer.compiled, analyzer.syntax)[0]
    zijn = next(t for t in pp.doc if t.lower_ == "zijn")
    assert antecedent(pp.hits, zijn, analyzer.lexicon.antecedents) is None  # the premise of this test
    assert _generic(analyzer, text)
    assert not _generic(analyzer, "Het college kan een schuld die een belanghebbende bij hem heeft, verrekenen.")


@pytest.mark.parametrize(
    "text, generic",
    [
        # "hem" cannot be its own clause's subject, also through "laat … keuren" and where the parse reads it as one
        ("Een huurder die een aanhanger leent, moet hem schoon terugbrengen.", False),
        ("Een kweker die een nieuwe kas bouwt, laat hem vooraf keuren.", False),
        # … but may be the person of another clause, also past a nearer person noun it cannot be
        ("Als een bewoner een melding doet, bellen wij hem binnen een week.", True),
        ("Een bewoner die zich onwel voelt, belt de hittelijn; een vrijwilliger komt dan bij hem langs.", True),
    ],
)
def test_an_object_pronoun_is_not_its_own_clauses_subject(analyzer, text, generic):
    assert bool(_generic(analyzer, text)) is generic


def test_a_pronoun_in_a_definition_is_still_generic_masculine_and_a_defined_term_is_not_asserted(analyzer):
    """Statutory wording ("waaronder wordt verstaan dat hij …") is the text's own; a stereotype term
    being defined ("Onder kostwinner wordt … verstaan:") is not asserted."""
    (pronoun,) = analyzer.findings_per_text(
        ["De werkzoekende verleent medewerking, waaronder wordt verstaan dat hij zijn cv bijwerkt."]
    )
    assert [(f.category, f.stance) for f in pronoun] == [("generiek_mannelijk", "assertion")]
    (term,) = analyzer.findings_per_text(
        ["Onder kostwinner wordt in deze regeling verstaan: de partner met het hoogste inkomen."]
    )
    assert [f.stance for f in term] == ["critical"]


@pytest.mark.parametrize(
    "text",
    [
        "De woningzoekende met een urgentieverklaring kiest zelf zijn woning uit het aanbod.",
        "Een minderjarige mag pas meedoen als hij schriftelijke toestemming heeft.",
        "De leerplichtige die vaak verzuimt, komt met zijn ouders op gesprek.",
        "De betrokkene krijgt het besluit op zijn huisadres.",
    ],
)
def test_more_person_roles_referred_to_as_hij(analyzer, text):
    assert len(_generic(analyzer, text)) == 1


@pytest.mark.parametrize(
    "text, rule",
    [
        ("De buurtbewoner die een initiatief indient, hoort binnen zes weken of zijn plan doorgaat.", "GM005"),
        ("De hoofdhuurder geeft bij een verhuizing ook het nieuwe adres van zijn huisgenoten door.", "GM005"),
        ("De ervaringsdeskundige krijgt voor zijn bijdrage een vergoeding.", "GM007"),
        # a compound another rule lists itself stays that rule's
        ("De arbeidsgehandicapte werknemer krijgt een jobcoach, die zijn werkplek inricht.", "GM007"),
    ],
)
def test_a_compound_of_a_person_noun_is_that_person(analyzer, text, rule):
    assert [f.rule_id for f in _generic(analyzer, text)] == [rule]


@pytest.mark.parametrize(
    "text",
    [
        "De rookmelder laat met een piep weten dat zijn batterij bijna leeg is.",  # "melder" heads no compounds
        "De rechtspersoon legt zijn jaarrekening voor 1 juli over.",  # nor "persoon"
        "Alle buurtbewoners zijn welkom op de informatieavond.",  # a plural compound
    ],
)
def test_no_person_from_a_word_that_only_ends_like_one(analyzer, text):
    assert _generic(analyzer, text) == []


def test_the_compounds_a_rule_leaves_to_another_are_not_added():
    from genderscan.lexicon import load_lexicon
    from genderscan.lexicon.schema import AnaphoraPattern, compound_heads

    added = {
        r.id: {h for p in r.patterns if isinstance(p, AnaphoraPattern) for t in p.antecedent for h in compound_heads(t)}
        for r in load_lexicon().rules
    }
    assert "bewoner" in added["GM005"] and "deskundige" in added["GM007"]
    assert "gehandicapte" not in added["GM005"]  # GM002 lists "arbeidsgehandicapte"
    assert not {"persoon", "melder", "iemand", "ouder", "klant", "speler", "huurder"} & set().union(*added.values())


def test_a_person_noun_the_parser_reads_as_an_adjective_is_still_the_antecedent(analyzer):
    # the parser makes "bewoner" an adjective of "klachten"; its Alpino tag still says noun
    assert len(_generic(analyzer, "Als een bewoner klachten heeft, kan hij die melden bij de verhuurder.")) == 1


def test_a_person_word_used_as_an_adjective_is_no_antecedent(analyzer):
    # "alleenstaande" modifies "ouders": the sentence is about a plural group, and "zijn" here is a verb
    text = "Alleenstaande ouders met schulden zijn doorgaans moeilijk te bemiddelen."
    assert _generic(analyzer, text) == []
    assert len(_generic(analyzer, "De alleenstaande ontvangt zijn toeslag elke maand.")) == 1


def test_zijn_after_a_neuter_noun_in_an_earlier_clause_is_the_nouns(analyzer):
    text = "Ieder kind in groep 8 heeft recht op een schooladvies; zijn ouders bespreken dat met de leerkracht."
    assert _generic(analyzer, text) == []
    # a person noun there is still referred to as "hij"
    person = "Elke aanvrager krijgt binnen een week bericht; zijn partner krijgt een afschrift."
    assert len(_generic(analyzer, person)) == 1


def test_zijn_before_a_partner_word_is_the_possessive_whatever_the_tagger_made_of_it(analyzer):
    # the parser tags "echtgenote" as an adjective with "samen" as its head here
    text = "Het intakegesprek voeren wij met de klant en zijn echtgenote samen."
    assert len(_generic(analyzer, text)) == 1
    assert _generic(analyzer, "Het intakegesprek voeren wij met de klant en haar echtgenoot samen.") == []


def test_any_person_role_and_his_partner_makes_the_partner_an_appendage(analyzer):
    text = "Wij nodigen de schuldenaar en zijn partner uit voor een gesprek over het budget."
    assert _categories(analyzer, text) == {"huishoudniveau", "generiek_mannelijk"}


def test_a_bound_pronoun_refers_neither_to_its_clause_subject_nor_to_that_person_named_before(analyzer):
    """A bound pronoun ("de jobcoach maakt met hem een plan"): hem is not the jobcoach, so neither is it the jobcoach of the sentence
    before; the candidate named there is (the generic masculine is about the jobseeker, not the professional)."""
    report = analyzer.analyse_text(
        "De jobcoach voert een eerste gesprek met de kandidaat. Daarna stelt de jobcoach met hem een plan op."
    )
    assert [f.rule_id for f in report.findings if f.category == "generiek_mannelijk"] == ["GM002"]


def test_a_subject_pronoun_does_not_refer_to_a_definite_noun_of_its_own_clause(analyzer):
    """ "Daarna stelt hij samen met de coach een plan op": hij is not the coach, nor the coach named in the
    sentence before; "een andere coach" is another coach, and leaves the coach of the sentence before a candidate."""
    report = analyzer.analyse_text(
        "De coach voert een gesprek met iedere werkzoekende. Daarna stelt hij samen met de coach een plan op."
    )
    assert [f.rule_id for f in report.findings if f.category == "generiek_mannelijk"] == ["GM002"]
    report = analyzer.analyse_text(
        "De coach voert een gesprek met iedere werkzoekende. Daarna overlegt hij met een andere coach over het plan."
    )
    assert [f.rule_id for f in report.findings if f.category == "generiek_mannelijk"] == ["GM007"]


def test_a_pronoun_after_a_role_named_by_its_holder_is_that_persons(analyzer):
    """The person noun nearest before the pronoun is named right after it: the pronoun is that colleague's."""
    assert not _generic(
        analyzer, "Uw begeleider in de eerste weken is senior klantmanager Jorrit Bakels. Hij belt u op."
    )
    assert _generic(analyzer, "Uw aanvraag gaat naar de klant die zich meldt. Hij krijgt binnen een week een gesprek.")


@pytest.mark.parametrize(
    "text, generic",
    [
        # a role opening its clause is said of the pronoun subject, unless a named man is already in view or
        # the clause has another subject the role is said of
        ("Als casemanager is hij het eerste aanspreekpunt voor de huurder.", True),
        ("Pieter werkt sinds maart bij het werkplein. Als casemanager is hij vaak in de wijk.", False),
        ("Als eigenaar van het parkeerbedrijf beslist de gemeente mee over zijn tarieven.", False),
        # a name in apposition after the role's own phrase; a hometrainer is no trainer
        ("De voorzitter van de cliëntenraad, Henk Bosman, laat weten dat hij tevreden is.", False),
        # a role apposed to a man's name, running on for a few words
        ("Meneer Dekker, consulent schuldhulp bij het loket, gaat in mei met verlof; zijn klanten bellen Ans.", False),
        # a trade in a work instruction is a role; a named man said to have that trade is that man
        ("Een monteur die de pompkelder opent, zet eerst zijn helm op.", True),
        ("Meneer Kramer is sinds 2003 monteur bij de gemeente; zijn kennis is onmisbaar.", False),
        ("De hometrainer in de gymzaal is nieuw; hij staat naast de wandrekken.", False),
        ("De voetbaltrainer bespreekt met de jeugdleden zijn plannen voor het seizoen.", True),
    ],
)
def test_roles_said_of_someone_named_and_compounds_that_are_no_persons(analyzer, text, generic):
    assert bool(_generic(analyzer, text)) is generic


@pytest.mark.parametrize(
    "text, generic",
    [
        # a man or an office in view is no holder of the role that opens the next clause
        ("De vader komt vaker mee naar het spreekuur. Als wijkverpleegkundige betrekt hij beide ouders.", True),
        ("Loket Zuid opent in juni. Als casemanager is hij daar het eerste aanspreekpunt.", True),
    ],
)
def test_a_man_or_an_office_in_view_holds_no_role(analyzer, text, generic):
    assert bool(_generic(analyzer, text)) is generic


@pytest.mark.parametrize(
    "text, generic",
    [
        # a hyphenated first name after the role names one person
        ("Wijkbeheerder Gerrit-Jan Holsteijn plant zijn vakantie in de laatste twee weken van juli.", False),
        # more roles as antecedents: a keeper, a leader, a seller, a subscriber
        ("De beheerder van het clubhuis noteert zijn bevindingen elke week in het logboek.", True),
        ("Een abonnee die een boek wil verlengen, doet dat via zijn account.", True),
    ],
)
def test_hyphenated_names_and_more_roles(analyzer, text, generic):
    assert bool(_generic(analyzer, text)) is generic


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # a het-word person (het lid, het kind) as "hij" is generic masculine …
        ("Als een clublid zijn sleutel kwijt is, meldt hij dat bij de beheerder.", ["GM011"]),
        ("Wil een kind op de schoolreis mee, dan levert hij het briefje op tijd in.", ["GM011"]),
        # … its "zijn" is the neuter possessive …
        ("Een lid dat verhuist, geeft zijn nieuwe adres door aan de secretaris.", []),
        ("Elk kind krijgt in de eerste week zijn eigen map.", []),
        # … and a het-word person is not what "zijn" of another person refers to
        ("Een ouder die een kind aanmeldt, neemt zijn eigen identiteitsbewijs mee.", ["GM009"]),
        # one member in the minutes, one child in an incident, and "lid" as a paragraph of an article
        ("Het lid van de commissie gaf aan dat hij de nota pas gisteren had ontvangen.", []),
        ("Het lid opperde de vergadering te schorsen, maar hij vond daarvoor geen steun.", []),
        ("Het kind van de overburen gleed uit op het ijs; hij werd door de ambulance opgehaald.", []),
        (
            "Afgelopen zaterdag viel een jeugdlid van de trap bij de kantine; hij is met een gebroken pols naar huis.",
            [],
        ),
        ("Het college besluit op een aanvraag als bedoeld in het tweede lid binnen een door hem bepaalde termijn.", []),
        ("Een verzoek als bedoeld in artikel 6, lid 3, wordt door hem binnen vier weken beantwoord.", []),
    ],
)
def test_het_word_persons_and_article_paragraphs(analyzer, text, rules):
    assert sorted(f.rule_id for f in _generic(analyzer, text) if f.stance == "assertion") == rules


@pytest.mark.parametrize(
    ("text", "possessive"),
    [
        # right after the finite verb of the main clause, after a clause put first: the possessive, even where
        # tagger and parser both take "zijn" for a verb and what follows for a participle
        ("Wie de stal betreedt, trekt zijn overschoenen aan.", True),
        ("Wie een bakfiets leent, toont zijn pas bij de balie.", True),
        # a verb still where what follows cannot be possessed, or a subordinate clause closes before it
        ("Het kan zijn dat de aanvraag later komt.", False),
        ("Dat moet zijn gebeurd voor de eerste maandag van mei.", False),
        ("Kosten die de deelnemer maakt zijn vergoedbaar tot tweehonderd euro.", False),
    ],
)
def test_zijn_after_the_main_clauses_finite_verb(analyzer, text, possessive):
    pp = _parsed(analyzer, text)
    assert is_possessive_zijn(_pronoun(pp, "zijn")) is possessive


@pytest.mark.parametrize(
    "text, generic",
    [
        # the clause's lexical finite verb stands before "zijn" with words between: the possessive, whatever tagger
        # and parser made of it (a noun read as an adjective after a "zijn" read as the copula)
        ("De wijkconsulent toont bij de deur steeds zijn legitimatiebewijs.", True),
        ("De controleur laat bij binnenkomst altijd zijn dienstpas zien.", True),
        # a copula or raising verb before it leaves "zijn" a verb of the clause
        ("De aanvragen blijken na controle altijd zijn goedgekeurd.", False),
        # a role noun that belongs to someone named ("zijn klantmanager") is that person's, not anyone in the role
        ("De heer Okkerse belt met zijn jobcoach; zijn rooster is rond.", False),
        # … but a letter's "uw klantmanager … hij" is anyone in the role the reader has
        ("Volgende week belt uw jobcoach u; hij maakt dan een afspraak.", True),
    ],
)
def test_a_lexical_verb_before_zijn_and_a_possessed_role(analyzer, text, generic):
    assert bool(_generic(analyzer, text)) is generic


@pytest.mark.parametrize(
    "text, generic",
    [
        # "de nieuwe <role>" is whoever starts in a role no list holds, as "een" would introduce them
        ("Zodra de nieuwe dakdekker zijn proefweek heeft afgerond, mag hij zelf de ladder op.", True),
        ("Op de eerste dag krijgt de nieuwe stratenveger zijn hesje en zijn sleutels.", True),
        # … not a new thing of a role's form, nor an office
        ("Zodra de nieuwe computer is aangesloten, start hij vanzelf op.", False),
        ("De nieuwe burgemeester hield zijn eerste toespraak in de raadszaal.", False),
    ],
)
def test_the_new_one_in_a_role_is_anyone_in_it(analyzer, text, generic):
    (findings,) = analyzer.findings_per_text([text])
    assert any(f.category == "generiek_mannelijk" and f.stance == "assertion" for f in findings) is generic


@pytest.mark.parametrize(
    "text, generic",
    [
        # a letter's opening to a reader of either sex names no man: "hij" after it is anyone's
        (
            "Geachte heer, mevrouw, wie een parkeervergunning aanvraagt, krijgt bericht; tot dan hoeft hij niets te doen.",
            True,
        ),
        ("Beste meneer/mevrouw, een bewoner die bezwaar maakt, krijgt binnen zes weken zijn antwoord.", True),
        # … a man named in it is still a man
        (
            "Geachte heer Bakker, wie een parkeervergunning aanvraagt, krijgt bericht; tot dan hoeft hij niets te doen.",
            False,
        ),
        # a role in apposition to a named man is his
        ("De heer Smit, eigenaar van de bakkerij, stopt ermee; zijn zoon neemt het over en hij blijft helpen.", False),
        # a couple named is a man and a woman, no salutation
        ("De heer en mevrouw Smit, eigenaren van de bakkerij, stoppen ermee; hij blijft nog een jaar helpen.", False),
    ],
)
def test_a_salutation_to_either_reader_names_no_man(analyzer, text, generic):
    (findings,) = analyzer.findings_per_text([text])
    assert any(f.category == "generiek_mannelijk" and f.stance == "assertion" for f in findings) is generic


@pytest.mark.parametrize(
    "text, generic",
    [
        # a title kept on its full stop by the tokenizer ("Dhr.", "dr.") still names one person
        ("Beleidsadviseur dr. Anneke Brouwer leest de aanvragen; hij kan om een toelichting vragen.", False),
        ("Dhr. Wouter Kramer, vrijwilliger sinds 2021, opent het buurthuis; hij heeft de sleutel.", False),
        # the role alone, or an office said to be it, is anyone in it
        ("De beleidsadviseur leest de aanvragen; hij kan om een toelichting vragen.", True),
        ("Elke vrijwilliger, ook sinds 2021, opent het buurthuis; hij heeft een sleutel.", True),
    ],
)
def test_a_title_with_its_full_stop_names_one_person(analyzer, text, generic):
    (findings,) = analyzer.findings_per_text([text])
    assert any(f.category == "generiek_mannelijk" and f.stance == "assertion" for f in findings) is generic
