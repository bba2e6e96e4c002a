"""A domain per section (issue 17, part 2): documents built here, and the real corpus when present."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from conftest import ROOT

from genderscan import errors
from genderscan.analysis import parse_document
from genderscan.analysis.domains import (
    _FRAME_HEADING,
    _OPENING_FRAME_HEADING,
    MAX_SOCIAL_ITEMS,
    MIN_SECTION_WORDS,
    NON_POLICY_RATE,
    SPLIT_WORDS,
    detect_domain,
    title_elsewhere,
    title_motto,
)
from genderscan.analysis.mentions import passage_words
from genderscan.errors import InputError
from genderscan.evaluate import evaluate_file, format_text
from genderscan.ingest import document_from_text
from genderscan.model import verdict_sections
from genderscan.report import FORMATTERS
from genderscan.report.localise import localise
from genderscan.resources import schema_path

CORPUS = ROOT.parent / "shared" / "corpus"

# Three chapters of other policy (housing, traffic, sustainability), about 330 words each, and one
# chapter on work and income. The traffic chapter commits to data split by sex: a measure of the
# checklist, but in a section the checklist is not about.
WONEN = """2. Wonen en ruimte

De gemeente bouwt de komende vier jaar achthonderd nieuwe woningen, waarvan een derde in de sociale huur. De nieuwe wijk aan de rand van het dorp krijgt ruime tuinen, brede stoepen en veel groen tussen de huizen. Wij willen dat jongeren in het dorp kunnen blijven wonen en dat ouderen kleiner kunnen gaan wonen zonder te verhuizen naar een andere plaats.

Voor de oude kern maken we een nieuw bestemmingsplan. Leegstaande winkels aan de rand van het centrum mogen worden omgebouwd tot appartementen. Monumenten en karakteristieke panden blijven behouden; de welstandscommissie adviseert over elke verbouwing aan de gevel.

Samen met de woningcorporatie verduurzamen we de bestaande huurwoningen. Elk jaar krijgen tweehonderd woningen isolatie, zonnepanelen en een warmtepomp. Huurders betalen daarvoor geen hogere huur. De corporatie informeert de bewoners op tijd over de werkzaamheden en de overlast.

Wij stellen een nieuwe woonvisie op, met de raad en met bewoners. Daarin staan de aantallen, de prijsklassen en de locaties voor nieuwbouw tot 2035. De raad krijgt elk jaar een overzicht van de voortgang van de bouwprojecten en de wachttijden voor een huurwoning.

Bij elke nieuwe wijk houden we rekening met water. Regenwater moet in de grond kunnen zakken en mag niet in het riool verdwijnen. Daarom leggen we wadi's aan, planten we bomen en houden we pleinen zo groen mogelijk. Ook de speelplekken voor kinderen krijgen een plek in het ontwerp van iedere wijk.

De gemeente verkoopt bouwkavels aan particulieren die zelf een huis willen bouwen. Een loting bepaalt wie een kavel krijgt. Inwoners van het dorp krijgen daarbij voorrang. De grondprijs blijft de komende jaren gelijk, zodat bouwen voor gewone gezinnen betaalbaar blijft.

Tijdelijke woningen bieden uitkomst voor wie snel een dak boven het hoofd nodig heeft, zoals jongeren die net op zichzelf gaan wonen. Op twee braakliggende terreinen plaatsen we voor tien jaar honderd flexwoningen. Daarna krijgen de terreinen hun definitieve bestemming als park en als bouwlocatie voor een school.

Voor ouderen bouwen we levensloopbestendige woningen dicht bij de winkels, de huisarts en de bushalte. Een deel daarvan komt in het voormalige raadhuis, dat wordt verbouwd tot dertig appartementen met een gezamenlijke tuin en een ontmoetingsruimte voor de buurt."""

VERKEER = """3. Verkeer en mobiliteit

Het centrum wordt autoluw. Auto's parkeren aan de rand van het dorp, in twee nieuwe parkeergarages, en bezoekers lopen of fietsen het laatste stuk. Bewoners van het centrum houden een vergunning voor hun eigen straat. Laden en lossen mag alleen in de ochtend.

De fietsroutes naar de scholen en naar het station worden breder en veiliger. Op de drukke kruispunten komen fietsstraten en verhoogde oversteekplaatsen. Langs de provinciale weg leggen we een vrijliggend fietspad aan, samen met de provincie en het waterschap.

Het openbaar vervoer blijft in alle kernen bereikbaar. Waar de bus verdwijnt, rijdt een buurtbus met vrijwilligers. Wij overleggen met de vervoerder over de dienstregeling in de avond en in het weekend. Bij het station komen een overdekte fietsenstalling en laadpalen voor elektrische auto's.

Voor de verkeersveiligheid voeren we snelheidsremmende maatregelen in op de wegen waar te hard wordt gereden. Binnen de bebouwde kom wordt dertig kilometer per uur de norm. De politie controleert vaker, en bij scholen zetten we verkeersbrigadiers in.

Wij verzamelen alle gegevens over verkeersongevallen en fietsgebruik uitgesplitst naar geslacht en leeftijd, zodat we zien wie welke routes gebruikt. Vrouwen fietsen vaker korte afstanden met kinderen achterop, mannen rijden vaker met de auto naar het werk. Die verschillen nemen we mee bij het ontwerp van nieuwe routes.

Het vrachtverkeer naar het bedrijventerrein rijdt niet meer door de woonwijken. Er komt een nieuwe ontsluitingsweg langs het kanaal. De aanleg begint volgend jaar en duurt twee jaar. Omwonenden worden betrokken bij de inrichting van de weg en de geluidsschermen.

Deelauto's en deelfietsen krijgen vaste plekken bij het station en in de grotere wijken. Wie zijn tweede auto wegdoet, krijgt een jaar lang korting op een abonnement. Zo komt er ruimte vrij in de straat voor groen, bankjes en een veilige plek om te spelen.

De parkeernormen voor nieuwbouw gaan omlaag waar het openbaar vervoer goed bereikbaar is. In de nieuwe wijk komt een gezamenlijke parkeerplaats aan de rand, zodat de straten zelf autovrij blijven en kinderen er veilig kunnen spelen en fietsen."""

DUURZAAM = """4. Duurzaamheid

De gemeente wil in 2040 energieneutraal zijn. Daarvoor wekken we meer energie op met zon en wind, en gebruiken we minder energie in gebouwen. Op de daken van alle gemeentelijke gebouwen komen zonnepanelen. Bij het sportpark bouwen we een zonneveld samen met een energiecoöperatie van inwoners.

Inwoners die hun huis willen isoleren, krijgen gratis advies van een energiecoach. Wij bieden een lening met een lage rente voor isolatie, dubbel glas en warmtepompen. Verenigingen kunnen subsidie aanvragen voor het verduurzamen van hun clubhuis.

Het afval wordt beter gescheiden. Elk huishouden krijgt een container voor groente-, fruit- en tuinafval en een voor plastic. Het restafval halen we minder vaak op. Bij de milieustraat kunnen inwoners gratis grof afval en oude apparaten inleveren.

In de openbare ruimte planten we elk jaar duizend bomen. Grasvelden worden bloemrijke bermen, met meer ruimte voor bijen en vlinders. Wij gebruiken geen chemische middelen meer tegen onkruid. Bewoners kunnen een stuk groen in hun straat adopteren en zelf onderhouden.

De warmtetransitie gaat per wijk. Eerst maken we een plan voor de wijken waar een warmtenet mogelijk is. Bewoners beslissen mee over het tempo en de kosten. Niemand wordt gedwongen om van het gas af te gaan voordat er een betaalbaar alternatief is.

Het bedrijventerrein wordt een proeftuin voor duurzame bedrijvigheid. Bedrijven delen warmte en energie met elkaar. De gemeente helpt ondernemers met een scan van hun energieverbruik en met het aanvragen van landelijke subsidies voor verduurzaming.

Ook de gemeente zelf geeft het goede voorbeeld. Het wagenpark rijdt elektrisch, de verlichting langs de wegen wordt vervangen door zuinige lampen en bij de inkoop van meubilair, papier en catering kiezen we voor duurzame producten. Elk jaar meten we de uitstoot van de eigen organisatie en maken we bekend hoeveel die is gedaald.

Klimaatadaptatie krijgt een vaste plek in elk project in de openbare ruimte. Bij hevige regen moet het water ergens heen kunnen, en bij hitte zorgen bomen en water voor verkoeling. Daarom maken we een hittekaart van het dorp en pakken we eerst de versteende pleinen aan."""

WERK = """5. Werk en inkomen

Ongeveer zeshonderd inwoners leven van een bijstandsuitkering. Veel van hen willen werken, maar vinden de weg naar de arbeidsmarkt niet. De uitvoering van de Participatiewet richten we daarom anders in: meer persoonlijke begeleiding en minder controle vooraf.

Iedere werkzoekende krijgt een vaste klantmanager. Samen maken zij een plan voor re-integratie, met scholing, werkervaring of vrijwilligerswerk als opstap. De klantmanager kijkt naar wat iemand kan en wil, niet alleen naar de kortste weg uit de uitkering.

Tijdens het traject vergoedt de gemeente de kosten van kinderopvang, ook voor ouders die een taalcursus volgen of een sollicitatiegesprek hebben. Zo is de zorg voor de kinderen geen reden meer om een traject niet te starten.

Met werkgevers in de regio maken we afspraken over leerwerkplekken en banen voor mensen met een afstand tot de arbeidsmarkt. Waar nodig zetten we loonkostensubsidie en een jobcoach in. Het werkgeversservicepunt brengt vraag en aanbod bij elkaar.

Wie uitstroomt naar betaald werk, houdt in het eerste jaar contact met de klantmanager. Zo voorkomen we dat iemand na een paar maanden terugvalt in de bijstand. Inwoners met schulden krijgen snel hulp van de schuldhulpverlening, zodat zij zich op hun werk kunnen richten.

De tegenprestatie schaffen we af. In plaats daarvan stimuleren we vrijwilligerswerk dat past bij de wensen van de inwoner. Ook mensen zonder uitkering kunnen bij het werkgeversservicepunt terecht voor advies over werk, scholing en een eigen bedrijf.

Elk jaar rapporteren we aan de raad hoeveel inwoners met een uitkering aan het werk zijn gegaan, hoe lang zij aan het werk blijven en welke instrumenten daarbij het meest hebben geholpen.

Jongeren die van school komen zonder diploma zoeken we actief op. Samen met het regionaal meldpunt voortijdig schoolverlaten bieden we hen een plek in een leerwerktraject, zodat zij niet in de bijstand terechtkomen. De gemeente stelt zelf ook stageplaatsen beschikbaar, in de buitendienst, bij de bibliotheek en op het gemeentehuis.

Inwoners met een laag inkomen die net aan het werk gaan, houden hun toeslagen en minimaregelingen in de eerste maanden, zodat werken altijd loont. Wie zijn inkomen nog niet goed kan inschatten, krijgt hulp bij het doorgeven van wijzigingen."""

INTRO = """Coalitieakkoord 2026-2030: Samen verder

1. Inleiding

Dit akkoord beschrijft wat de coalitie de komende vier jaar wil bereiken. Wij kiezen voor een dorp waar iedereen prettig kan wonen, veilig over straat kan en kan meedoen."""

MULTI = "\n\n".join([INTRO, WONEN, VERKEER, DUURZAAM, WERK]) + "\n"


def test_the_built_chapters_are_long_enough():
    for chapter in (WONEN, VERKEER, DUURZAAM, WERK):
        assert len(chapter.split()) > MIN_SECTION_WORDS


def test_one_social_chapter_among_others_is_the_domain_and_the_only_section_judged(analyzer):
    report = analyzer.analyse_text(MULTI, "akkoord.txt")
    assert report.domain.id == "participatie" and not report.domain.overridden
    assert 0 <= report.domain.confidence <= 1
    shares = {d.id: d for d in report.domains}
    assert set(shares) == {"participatie", "other"}
    assert shares["participatie"].sections == (("5. Werk en inkomen",),)
    assert ("3. Verkeer en mobiliteit",) in shares["other"].sections
    assert 0.2 < shares["participatie"].share < 0.4
    assert abs(sum(d.share for d in report.domains) - 1) < 0.01
    assert report.domains[0].id == "other"  # largest share first
    assert report.verdict_sections() == (("5. Werk en inkomen",),)
    status = {m.id: m for m in report.measures}
    # committed in the work chapter
    assert status["kinderopvang"].status == "present"
    assert all(e.location.section_path[0] == "5. Werk en inkomen" for e in status["kinderopvang"].evidence)
    # committed only in the traffic chapter: not part of this verdict
    assert status["genderdata"].status == "missing" and not status["genderdata"].evidence
    # questions and gender-blindness look at the work chapter only: the women and men of the
    # traffic chapter are no answer and no reference there
    assert all(e.location.section_path[:1] == ("5. Werk en inkomen",) for q in report.questions for e in q.evidence)
    assert report.mentions.words < report.document["words"] / 2
    assert report.gender_blind
    per_section = {s.path: s for s in report.mentions.sections}
    assert per_section[("3. Verkeer en mobiliteit",)].gender_mentions >= 2
    assert per_section[("5. Werk en inkomen",)].domain == "participatie"
    assert sum(s.words for s in report.mentions.sections) == report.document["words"]


def _short(chapter: str, number: str, heading: str) -> str:
    """The first three paragraphs of *chapter* under another numbered heading: a chapter too short to decide."""
    paragraphs = chapter.split("\n\n")
    return "\n\n".join([f"{number}. {heading}", *paragraphs[1:4]])


@pytest.mark.parametrize(
    "opening, headings",
    [
        # an economic agenda: short chapters headed by other areas (too short to decide by their words)
        (
            "Economische agenda 2030-2034\n\n1. Inleiding\n\nDeze agenda beschrijft wat het college wil bereiken.",
            ("Bedrijvigheid en bedrijventerreinen", "Binnenstad en detailhandel", "Innovatie en maakindustrie"),
        ),
        # a mobility plan whose short chapters name no area: its title names one, and the work chapter is a large
        # part of it but less than half (as in a food strategy with one chapter on food on a low income)
        ("Mobiliteitsplan 2030-2040", ("Waar we staan", "Wat we zien", "Wat we willen")),
    ],
)
def test_short_chapters_on_other_areas_weigh_against_one_long_social_chapter(analyzer, opening, headings):
    """Short chapters beside one long chapter on work: the work chapter is the verdict's scope, not the whole."""
    numbers = ("2", "3", "4") if "Inleiding" in opening else ("1", "2", "3")
    chapters = [_short(c, n, h) for c, n, h in zip((WONEN, VERKEER, DUURZAAM), numbers, headings, strict=True)]
    text = "\n\n".join([opening, *chapters, WERK])
    report = analyzer.analyse_text(text + "\n", "document.txt")
    assert report.domain.id == "participatie"
    assert report.verdict_sections() == (("5. Werk en inkomen",),)


def test_short_chapters_that_name_nothing_social_leave_one_long_social_chapter_alone(analyzer):
    """A programme whose title and headings name no area, with short chapters that name nothing social beside
    one long chapter on work: only the work chapter is judged; under a title that names a social domain, the
    whole plan is."""
    chapters = [
        _short(c, n, h)
        for c, n, h in zip((WONEN, VERKEER, DUURZAAM), ("1", "2", "3"), ("Ons dorp", "Onderweg", "Buiten"), strict=True)
    ]
    text = "\n\n".join(["Programma Vitale Kernen 2030", *chapters, WERK]) + "\n"
    report = analyzer.analyse_text(text, "programma.txt")
    assert report.domain.id == "participatie"
    assert report.verdict_sections() == (("5. Werk en inkomen",),)
    titled = analyzer.analyse_text(text.replace("Programma Vitale Kernen", "Plan van aanpak schulden"), "plan.txt")
    assert titled.verdict_sections() is None


def test_short_chapters_that_talk_about_the_same_policy_as_densely_are_that_policys(analyzer):
    """Short chapters under headings of other areas that talk about work as densely as the long chapter: the
    whole note is judged."""
    werk = WERK.split("\n\n")
    dense = "\n\n".join(
        [
            "Nota 2030-2034\n\n1. Inleiding\n\nDeze nota beschrijft wat het college wil bereiken.",
            "\n\n".join(["2. Evenementen en markten", *werk[1:3]]),
            "\n\n".join(["3. Monumenten en kerken", *werk[3:5]]),
            WERK,
        ]
    )
    whole = analyzer.analyse_text(dense + "\n", "nota.txt")
    assert whole.domain.id == "participatie"
    assert whole.verdict_sections() is None


def test_a_plans_own_short_chapters_that_name_its_people_and_measures_stay_in_the_verdict(analyzer):
    """A work plan under a title that names no domain, with short chapters on its partners, its staff and its
    follow-up: they name few domain terms but talk about its participants and measures, so they are that plan's
    (a hostile review: a cut there turned six measures committed in them from present to missing)."""
    partners = (
        "2. Partners\n\nDe deelnemers krijgen een vaste contactpersoon bij het leerwerkbedrijf. Wij sluiten een "
        "overeenkomst met de vrouwenorganisatie De Brug, die deelnemers een maatje geeft en met ons de voortgang "
        "bespreekt. Klanten die dat willen, kunnen een eigen gesprek hebben met de coach van De Brug. De bibliotheek "
        "stelt twee avonden per week een zaal beschikbaar, waar deelnemers elkaar ontmoeten en samen oefenen met "
        "formulieren, de computer en het lezen van brieven. Het buurthuis zorgt voor koffie en thee."
    )
    staff = (
        "4. Ons team\n\nAlle klantmanagers volgen dit jaar een training in gendersensitief werken. Nieuwe "
        "collega's volgen de training in hun eerste drie maanden. Deelnemers vullen na elk gesprek een korte "
        "vragenlijst in, zodat het team leert wat werkt. Twee keer per jaar bespreekt het team met een groep "
        "deelnemers wat beter kan. De teamleider zorgt dat iedereen tijd heeft voor intervisie en dat niemand meer "
        "dan vijftig klanten tegelijk begeleidt."
    )
    after = (
        "5. Na de plaatsing\n\nWie een plek vindt, houdt een jaar lang een jobcoach als nazorg. De coach belt de "
        "deelnemer elke maand en komt langs als dat nodig is. Gaat het mis, dan zoeken coach en deelnemer samen "
        "naar een oplossing, en de deelnemer mag altijd terugkomen voor een nieuw gesprek. Na een jaar sluiten we "
        "het dossier pas als de deelnemer dat zelf ook wil."
    )
    text = "\n\n".join(
        ["Samen verder 2030", partners, WERK.replace("5. Werk en inkomen", "3. Wat we doen"), staff, after]
    )
    report = analyzer.analyse_text(text + "\n", "plan.txt")
    assert report.domain.id == "participatie"
    assert report.verdict_sections() is None
    status = {m.id: m.status for m in report.measures}
    assert status["training_klantmanagers"] == "present" and status["nazorg"] == "present"


def test_a_title_on_another_area_with_a_small_social_part_is_no_social_policy(analyzer):
    """A housing vision with one chapter that reads as social policy, a small part of the whole."""
    text = "\n\n".join(["Woonvisie 2030-2040", WONEN, VERKEER, DUURZAAM, WONEN.replace("2. Wonen", "6. Wonen"), WERK])
    report = analyzer.analyse_text(text + "\n", "woonvisie.txt")
    assert report.domain.id == "other"
    assert all(m.status == "not_applicable" for m in report.measures)
    # … the same chapters under a title that names no area: the work chapter is judged
    plain = analyzer.analyse_text(text.replace("Woonvisie 2030-2040", "Nota 2030-2040") + "\n", "nota.txt")
    assert plain.domain.id == "participatie"


@pytest.mark.parametrize(
    ("title", "motto"),
    [
        ("Taalbootplan 2088-2091\nTaal over het water", True),
        ("Groenploegplan 2031-2033\nSamen werken in het groen", True),
        ("Havenplan 2088-2091\nLes aan de haven", True),
        ("Water en vaarwegen 2088-2091", False),
        ("Visie op de haven 2088-2091", False),
        ("Taalplan 2088-2091\nWater en taal", False),
    ],
)
def test_an_area_word_only_in_a_mottos_phrase_is_a_weaker_sign_of_another_area(analyzer, title, motto):
    """A blind-labelled integration plan (sixty-eighth session) titled "Taalbootplan" over the motto "Taal over het
    water" was read as a plan about water: an area word after a preposition belongs to the motto. Such a title still
    names another area (the parks of a green work project), but a short plan dense with social terms through all its
    sections is then read at the usual rate. A line that opens with the kind of document names its area."""
    body = "1 Aanleiding\n\nNieuwkomers volgen taalles in de dorpen."
    parsed = parse_document(
        document_from_text(f"{title}\n\n{body}\n", "plan.txt"), analyzer.nlp, analyzer.compiled, analyzer.syntax
    )
    assert title_elsewhere(parsed, analyzer.lexicon)
    assert title_motto(parsed) is motto


def test_money_worries_in_a_title_name_a_social_area_beside_another(analyzer):
    """A winter plan of short chapters on money worries and energy: "energie" in its title names another area, and
    "geldzorgen" the social one, so its short chapters on poverty are not set aside as energy policy."""
    chapters = [
        "1. Winterloket\n\nInwoners met een laag inkomen kunnen deze winter terecht bij één loket voor hulp.",
        "2. Energietoeslag\n\nHuishoudens met een minimuminkomen krijgen een energietoeslag van 400 euro.",
        "3. Schulden\n\nWie betalingsachterstanden heeft, krijgt binnen een week een gesprek over schuldhulp.",
        "4. Regelingen\n\nDe minimaregelingen en de bijzondere bijstand staan voortaan op één formulier.",
    ]
    text = "\n\n".join(["Winterplan geldzorgen en energie 2031", *chapters]) + "\n"
    assert analyzer.analyse_text(text, "winterplan.txt").domain.id == "armoede"


def test_short_chapters_on_welfare_work_are_not_an_integration_chapters_scope(analyzer):
    """A welfare agreement with one long chapter on newcomers: its short chapters on the elderly and on neighbourhood
    work are welfare work, outside the verdict."""
    newcomers = "2 Nieuwkomers in hun eerste jaar\n\n" + " ".join(
        [
            "Statushouders krijgen in hun eerste jaar een taalmaatje en een plek in de inburgering.",
            "De welzijnsorganisatie begeleidt nieuwkomers naar taalles, het persoonlijk plan en de leerroute.",
            "Vluchtelingen die op het taalniveau B1 zitten, krijgen hulp bij de module arbeidsmarkt en participatie.",
        ]
        * 9
    )
    elderly = "3 Ouderen en ontmoeting\n\nIn drie wijken houdt de welzijnsorganisatie een wekelijkse koffieochtend."
    neighbourhood = (
        "4 Buurtwerk en huiskamers\n\nDe buurtwerkers openen twee huiskamers, elke werkdag van negen tot vier."
    )
    text = "\n\n".join(["Jaarafspraken welzijn 2031", newcomers, elderly, neighbourhood]) + "\n"
    sections = analyzer.analyse_text(text, "afspraken.txt").verdict_sections()
    assert sections is not None
    covered = {path[-1] for path in sections}
    assert "2 Nieuwkomers in hun eerste jaar" in covered
    assert not covered & {"3 Ouderen en ontmoeting", "4 Buurtwerk en huiskamers"}


def test_a_plan_titled_after_a_checklist_domain_keeps_its_short_chapters_on_other_areas(analyzer):
    """An income-support plan's short chapter "Wonen" (rent arrears) is part of that plan."""
    wonen = "2. Wonen\n\nBij een huurachterstand van twee maanden neemt de gemeente contact op met de huurder."
    text = "\n\n".join(["Armoedebeleid en schulden 2030-2034", WERK.replace("5. Werk", "1. Werk"), wonen])
    report = analyzer.analyse_text(text + "\n", "armoedebeleid.txt")
    assert report.domain.id != "other"
    assert report.verdict_sections() is None  # the whole plan, its housing chapter too


def test_a_title_that_lists_areas_is_no_plan_titled_after_its_social_one(analyzer):
    """An agreement "over wonen, gezondheid, bestaanszekerheid en werk": its title names a checklist area among
    others, so its chapters on those others are not the social chapter's, as they would be under a title that
    names only the social area."""
    wonen = "1. Wonen en buurt\n\n" + " ".join(
        ["In de wijken bouwen we nieuwe huurwoningen en knappen we de buitenruimte op, met bomen en speelplekken."] * 6
    )
    armoede = "3. Bestaanszekerheid\n\n" + " ".join(
        [
            "Inwoners met een laag inkomen krijgen hulp bij schulden via de schuldhulpverlening en de minimaregelingen.",
            "Kwijtschelding van gemeentelijke belastingen gaat automatisch voor huishoudens met een laag inkomen.",
        ]
        * 6
    )
    listed = "Akkoord Wijken Vooruit 2030\n\nAfspraken met partners over wonen, gezondheid, bestaanszekerheid en werk"
    report = analyzer.analyse_text("\n\n".join([listed, wonen, armoede]) + "\n", "akkoord.txt")
    assert report.domain.id == "armoede"
    assert ("1. Wonen en buurt",) not in (report.verdict_sections() or ())
    assert ("3. Bestaanszekerheid",) in report.verdict_sections()


def test_the_whole_document_when_forced_with_domain():
    from genderscan import Analyzer

    report = Analyzer(domain="participatie").analyse_text(MULTI, "akkoord.txt")
    assert report.domain.overridden and report.domain.id == "participatie"
    assert [(d.id, d.share) for d in report.domains] == [("participatie", 1.0)]
    assert report.verdict_sections() is None
    status = {m.id: m.status for m in report.measures}
    assert status["genderdata"] == "present"  # the traffic chapter counts now
    assert not report.gender_blind


def test_a_social_document_keeps_its_other_chapters(analyzer):
    """Social sections holding most of the words: the whole document is social, its finances too."""
    finance = (
        "6. Financiën\n\nVoor de uitvoering van dit plan is jaarlijks twee miljoen euro beschikbaar. "
        "Daarnaast vergoeden we de reiskosten van deelnemers aan een traject. " * 1
    )
    text = "\n\n".join([WERK, WERK.replace("5. Werk en inkomen", "6. Uitvoering"), finance]) + "\n"
    report = analyzer.analyse_text(text, "nota.txt")
    assert report.domain.id == "participatie"
    assert [d.id for d in report.domains] == ["participatie"] and report.domains[0].share == 1.0
    assert report.verdict_sections() is None


def test_a_document_without_headings_is_one_section_as_before(analyzer):
    body = "\n\n".join(p for p in WERK.split("\n\n")[1:])
    report = analyzer.analyse_text(body, "nota.txt")
    document = document_from_text(body, "nota.txt")
    parsed = parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)
    words = sum(passage_words(pp) for pp in parsed)
    assert report.domain == detect_domain(parsed, analyzer.lexicon, words)
    assert [(d.id, d.share, d.sections) for d in report.domains] == [("participatie", 1.0, ((),))]
    assert [s.path for s in report.mentions.sections] == [()]


def test_a_short_document_with_headings_is_decided_as_a_whole(analyzer):
    text = (
        "1. Inleiding\n\nDeze nota gaat over de Participatiewet en de bijstand.\n\n"
        "2. Aanpak\n\nDe klantmanager helpt werkzoekenden met een uitkering bij re-integratie.\n\n"
        "3. Verkeer\n\nDe fietsroute naar het station wordt breder.\n"
    )
    report = analyzer.analyse_text(text, "kort.txt")
    assert report.domain.id == "participatie"
    # … but not its section headed by another policy area, too short to decide by its words (one such chapter does
    # not make the introduction frame a document on more policy)
    assert [(d.id, d.sections) for d in report.domains] == [
        ("participatie", (("1. Inleiding",), ("2. Aanpak",))),
        ("other", (("3. Verkeer",),)),
    ]


# An information regulation: which budget lines a taakveld holds. Social words are items of
# enumerations, not policy; a count of domain terms over the whole text says participatie.
TAAKVELDEN = """Toelichting op de taakvelden sociaal domein

{sections}
"""
TAAKVELD = """{nr} {name}

Tot dit taakveld behoren {lead}:

- {a};
- {b};
- {c}.

Niet tot dit taakveld behoren de lasten van {d}; die worden geboekt op taakveld {other}. De baten van {e} worden verantwoord op categorie 4.3.1 Inkomensoverdrachten."""
FIELDS = [
    (
        "6.2",
        "Toegang en eerstelijnsvoorzieningen",
        "de lasten van het sociaal wijkteam",
        "de toegang tot de bijstand en de minimaregelingen",
        "de eerste gesprekken over schulden en armoede",
        "het loket werk en inkomen",
        "de uitvoering van de Participatiewet",
        "6.3",
        "de inkomsten uit detachering van klantmanagers",
    ),
    (
        "6.6",
        "Maatwerkvoorzieningen",
        "de individuele voorzieningen voor werkzoekenden",
        "vervoersvoorzieningen voor re-integratie",
        "werkplekaanpassingen bij de werkgever",
        "de begeleiding van statushouders naar werk",
        "de uitkeringen zelf",
        "6.3",
        "de terugvorderingen van voorzieningen",
    ),
    (
        "6.3",
        "Inkomensregelingen",
        "alle inkomens- en bijstandsvoorzieningen",
        "inkomensvoorzieningen op grond van de Participatiewet",
        "bijzondere bijstand en minimaregelingen",
        "schuldhulpverlening",
        "het armoedebeleid voor kinderen",
        "6.1",
        "terugvordering van uitkeringen",
    ),
    (
        "6.4",
        "Begeleide participatie",
        "de voorzieningen voor beschut werk",
        "beschut werk op grond van de Participatiewet",
        "de sociale werkvoorziening",
        "dagbesteding gericht op arbeid",
        "re-integratie van werkzoekenden",
        "6.5",
        "de rijksbijdrage voor beschut werk",
    ),
    (
        "6.5",
        "Arbeidsparticipatie",
        "alle op arbeid gerichte re-integratievoorzieningen",
        "re-integratie-instrumenten zoals werkervaringsplaatsen",
        "loonkostensubsidie als re-integratie-instrument",
        "jobcoaching en werkgeversdienstverlening",
        "inburgering van nieuwkomers",
        "6.1",
        "de bijdragen van werkgevers",
    ),
    (
        "6.1",
        "Samenkracht en burgerparticipatie",
        "de voorzieningen van de sociale basis",
        "activiteiten volgend uit de Wet inburgering",
        "taallessen voor statushouders en nieuwkomers",
        "de voedselbank en andere hulp bij armoede",
        "de uitkeringen aan minima",
        "6.3",
        "de eigen bijdragen",
    ),
]


def test_budget_line_enumerations_of_social_taakvelden_are_other(analyzer):
    text = TAAKVELDEN.format(
        sections="\n\n".join(
            TAAKVELD.format(nr=nr, name=n, lead=lead, a=a, b=b, c=c, d=d, other=o, e=e)
            for nr, n, lead, a, b, c, d, o, e in FIELDS
        )
    )
    document = document_from_text(text, "iv3.txt")
    parsed = parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)
    words = sum(passage_words(pp) for pp in parsed)
    assert words >= MIN_SECTION_WORDS
    # counted as words of the whole text, the domain terms would make it social policy
    assert detect_domain(parsed, analyzer.lexicon, words).id != "other"
    report = analyzer.analyse_text(text, "iv3.txt")
    assert report.domain.id == "other"
    assert [d.id for d in report.domains] == ["other"]
    assert all(m.status == "not_applicable" for m in report.measures)
    assert 0 <= report.domain.confidence <= 1
    # no policy text: the report says so first, instead of calling the policy gender-neutral
    assert report.domain.non_policy and report.to_dict()["domain_detail"]["non_policy"] is True
    md = FORMATTERS["md"].render(report.to_dict())
    what_now = md[md.index("## Wat nu") : md.index("## Samenvatting")]
    assert "geen beleidstekst" in what_now and "genderblind geschreven" not in what_now
    assert "geen beleidstekst, geen oordeel" in md and "**genderblind geschreven**" not in md
    # … and the JSON does not count it among the gender-blind policies (an expert read of the real Iv3 report)
    assert report.to_dict()["gender_blind"] is False
    # a policy text of no social domain keeps its verdict
    roads = analyzer.analyse_text("De gemeente legt in de Dorpsstraat een nieuw fietspad aan met verlichting.")
    assert not roads.domain.non_policy and roads.to_dict()["domain_detail"]["non_policy"] is False
    assert roads.gender_blind


def test_budget_line_cues_are_dense_in_such_a_text():
    text = TAAKVELD.format(nr="6.3", name="x", lead="y", a="a", b="b", c="c", d="d", other="6.1", e="e")
    # three cue sentences in about fifty words: far above the bar
    assert 3 * 1000 / len(text.split()) > NON_POLICY_RATE


def test_json_schema_and_reports_name_the_sections(analyzer):
    report = analyzer.analyse_text(MULTI, "akkoord.txt")
    data = json.loads(FORMATTERS["json"].render(report.to_dict()))
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["schema_version"] == "1.16"
    assert data["domain"] == "participatie"
    assert {"id": "participatie", "share": data["domains"][1]["share"], "sections": [["5. Werk en inkomen"]]} in data[
        "domains"
    ]
    assert verdict_sections(data) == (("5. Werk en inkomen",),)
    md = FORMATTERS["md"].render(data)
    assert (
        # the domain of the covered sections only, not every checklist domain (an expert read of the Baarn agreement)
        "| Oordeel over | de secties over werk en participatie, " in md and "5. Werk en inkomen" in md
    )
    assert "| 5. Werk en inkomen | participatie en re-integratie |" in md
    assert "inburgering en armoede" not in md.split("| Oordeel over |")[1].split("\n")[0]
    en = localise(data, analyzer.lexicon, "en")
    page = FORMATTERS["html"].render(en)
    assert (
        "Verdicts cover" in page
        and "only cover the sections genderscan read as policy on work and participation, integration or poverty"
        in page
    )
    # the women and men of the traffic chapter are outside the verdict, but the report says where they are
    assert re.search(
        r"Buiten deze secties noemt het document vrouwen, mannen of gender \d+ keer, het vaakst in: "
        r"3\. Verkeer en mobiliteit \(\d+\)",
        md,
    )
    assert "Outside these sections the document names women, men or gender" in page
    # … and quotes what it says there: the section's first sentence about women or men
    traffic = next(x for x in data["mentions"]["sections"] if x["path"] == ["3. Verkeer en mobiliteit"])
    assert traffic["example"] and traffic["example"] in " ".join(VERKEER.split())
    assert "- 3. Verkeer en mobiliteit: “" in md
    # a one-domain document says nothing of the kind
    single = analyzer.analyse_text(WERK, "nota.txt").to_dict()
    assert verdict_sections(single) is None and "Oordeel over" not in FORMATTERS["md"].render(single)


def _records(tmp_path, records):
    (tmp_path / "akkoord.txt").write_text(MULTI, encoding="utf-8")
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_evaluate_scores_sections_and_evidence_kinds(analyzer, tmp_path):
    path = _records(
        tmp_path,
        [
            {
                "file": "akkoord.txt",
                "domain": "participatie",
                "expected_categories": [],
                "sections": ["5. werk en inkomen", "Bestaat niet"],
                "evidence_kinds": [
                    {
                        "text": "vergoedt de gemeente de kosten van kinderopvang",
                        "measure": "kinderopvang",
                        "kind": "commitment",
                    },
                    # in the traffic chapter: outside the verdict, so no evidence there
                    {"text": "uitgesplitst naar geslacht en leeftijd", "measure": "genderdata", "kind": "none"},
                    {"text": "Wie uitstroomt naar betaald werk", "measure": "nazorg", "kind": "mention"},
                ],
            }
        ],
    )
    ev = evaluate_file(analyzer, path, documents=True)
    sections = ev.extra["sections"]
    assert sections["correct"] == sections["total"] and sections["words_accuracy"] == 1.0
    kinds = ev.extra["evidence_kinds"]
    assert kinds["per_kind"]["commitment"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert kinds["per_kind"]["none"]["correct"] == 1
    assert kinds["total"] == 3
    text = format_text(ev, show_errors=True)
    assert "section domain accuracy:" in text and "evidence-kind accuracy:" in text
    assert "bestaat niet: no such section" in text
    # a wrong label is reported as such
    path = _records(
        tmp_path, [{"file": "akkoord.txt", "expected_categories": [], "sections": ["3. Verkeer en mobiliteit"]}]
    )
    ev = evaluate_file(analyzer, path, documents=True)
    assert ev.extra["sections"]["correct"] < ev.extra["sections"]["total"]
    assert "(expected social)" in format_text(ev, show_errors=True)


@pytest.mark.parametrize(
    "extra, fragment",
    [
        ({"sections": "5. Werk"}, "sections must be a list of headings"),
        ({"sections": [""]}, "sections must be a list of headings"),
        ({"evidence_kinds": [{"text": "x", "measure": "kinderopvang"}]}, "evidence_kinds must be a list"),
        (
            {"evidence_kinds": [{"text": "x", "measure": "kinderopvang", "kind": "wens"}]},
            "evidence_kinds must be a list",
        ),
    ],
)
def test_bad_section_and_kind_labels_are_coded_errors(analyzer, tmp_path, extra, fragment):
    path = _records(tmp_path, [{"file": "akkoord.txt", "expected_categories": [], **extra}])
    with pytest.raises(InputError, match=fragment) as info:
        evaluate_file(analyzer, path, documents=True)
    assert info.value.code == errors.BAD_EVAL_FILE


# The real corpus (../shared/corpus). Expectations from reading the documents.

corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")


@corpus
def test_iv3_information_regulation_is_other(corpus_report):
    """It prescribes on which taakveld and category a municipality books its money; 'bijstand',
    'schuldhulpverlening' and 're-integratie' are the items of taakveld 6.3 and 6.5, not policy."""
    report = corpus_report("20_BZK_Iv3_informatievoorschrift_gemeenten_2026.pdf")
    assert report.domain.id == "other"
    assert [d.id for d in report.domains] == ["other"]
    assert all(m.status == "not_applicable" for m in report.measures)
    # no policy text: its questions are not applicable in the JSON as in the report, not unanswered
    assert {q["status"] for q in report.to_dict()["questions"]} <= {"niet van toepassing", "deels", "beantwoord"}
    assert "niet van toepassing" in {q.status for q in report.questions}


@corpus
@pytest.mark.slow
def test_wassenaar_budget_is_judged_on_its_social_programme(corpus_report):
    """Programme 2, Mens en maatschappij, holds the Participatiewet, minimabeleid, re-integration
    (Werkbedrijven) and inburgering (statushouders, NT2); the other programmes (safety, governance,
    physical environment, nature and mobility) and the financial paragraphs are no social policy."""
    report = corpus_report("02_Wassenaar_Programmabegroting_2025.pdf")
    assert report.domain.id in ("participatie", "inburgering", "armoede")
    social = [d for d in report.domains if d.id != "other"]
    sections = [p for d in social for p in d.sections]
    assert any("P2 Mens en maatschappij" in p for p in sections)
    for programme in ("P1 Veiligheid", "P3 Bestuur", "P4 Fysieke", "P5 Natuur"):
        assert not any(h.startswith(programme) for p in sections for h in p)
    # of the financial paragraphs only the remission of local taxes for low incomes is poverty policy
    paragraphs = [p for p in sections if p and p[0] == "Paragrafen"]
    assert paragraphs and all(p[-1] == "1.7 Kwijtscheldingsbeleid" for p in paragraphs)
    assert 0.1 < sum(d.share for d in social) < 0.5
    inburgering = [p[-1] for d in social if d.id == "inburgering" for p in d.sections]
    assert any(h.startswith("5.4 Uitvoering gegeven aan de opvangopgave van asielzoekers") for h in inburgering)
    for m in report.measures:
        assert m.status != "not_applicable"
        for e in m.evidence:
            assert any(h.startswith(("P2 Mens en maatschappij", "1.7 Kwijtschelding")) for h in e.location.section_path)
    # its work-and-income policy is made and carried out by Leidschendam-Voorburg (p. 27): the report says so
    assert any("Leidschendam-Voorburg" in e.text and e.location.page == 27 for e in report.delegated)


@corpus
def test_baarn_coalition_agreement_has_a_social_domain(corpus_report):
    """'Preventie en welzijn' holds 'Werk en bestaanszekerheid' (bijstand, armoede, schulden), whose heading the
    conversion to text glued to the end of a paragraph on schools; housing, sustainability, economy and safety are
    other policy, and so are the chapter's education and youth care paragraphs before it. (Its inburgering passage,
    under a heading glued to the start of a paragraph after a page number, "11 Baarn voor iedereen Iedereen …", is
    not split off and stays out: an expert read counts it in.)"""
    report = corpus_report("07_Baarn_Coalitieakkoord_2022-2026_Samen_Baarn.txt")
    assert report.domain.id in ("armoede", "inburgering", "participatie")
    sections = report.verdict_sections()
    assert sections == (("Werk en bestaanszekerheid: begrip in plaats van wantrouwen",),)
    assert all(m.status != "not_applicable" for m in report.measures)


@corpus
def test_national_coalition_agreement_social_chapter(corpus_report):
    """Chapter 4 (Bestaanszekerheid en kansengelijkheid: labour market, Participatiewet, kinderopvang,
    emancipation, inburgering) is social; climate, agriculture and infrastructure are not."""
    report = corpus_report("12_Rijksoverheid_Coalitieakkoord_2021-2025_Omzien_naar_elkaar.pdf")
    sections = report.verdict_sections()
    assert sections is not None and ("4. Bestaanszekerheid en kansengelijkheid",) in sections
    assert not any(p[0] == "2. Duurzaam land" for p in sections)
    # paid parental leave "for gender equality" is the state's instrument for combining work and care, for every
    # parent, a client moving into work included (national_for_all; the forty-seventh session's expert read; an
    # earlier read had called it deels, for people in work only)
    work_care = next(m for m in report.measures if m.id == "werk_zorg_combinatie")
    assert work_care.status == "present"
    assert any("ouderschapsverlof" in e.text and e.kind == "commitment" for e in work_care.evidence)
    # "… de vergoeding van de kinderopvang tot 95% verhogen voor werkende ouders": not for parents in a
    # trajectory or on a benefit, so deels (an expert's reading)
    childcare = next(m for m in report.measures if m.id == "kinderopvang")
    assert childcare.status == "missing" and childcare.partial
    assert childcare.evidence[0].kind == "other_group" and "werkende ouders" in childcare.evidence[0].text
    # the chapter on migration (asylum procedures, return, borders) is no integration policy
    assert not any(p[0] == "7. Internationaal" for p in sections)


@corpus
def test_mobility_decisions_stay_other(corpus_report):
    report = corpus_report("19_Wassenaar_Besluitteksten_Ruimte_Duurzaamheid_Mobiliteit_2019-2025.txt")
    assert report.domain.id == "other"
    assert [d.id for d in report.domains] == ["other"]
    # a collection of decisions is no policy text: no EIGE question is answered from it, not even by a
    # councillor's "de heer" in a decision headed "Mobiliteit" (an expert read found that one "beantwoord")
    assert {q.status for q in report.questions} == {"niet van toepassing"}
    assert not any(q.evidence for q in report.questions)


# A record of decisions: every item names a document about work, income or debts, and says only what
# was decided about it. Written here; the agenda items are invented.
BESLUITEN = """Besluitenlijst collegevergadering 14 maart

1. Opening

Besluit: de agenda wordt ongewijzigd vastgesteld.

2. Werk, inkomen en zorg

2.a Evaluatie re-integratie en begeleiding van werkzoekenden

Besluit:
1. Kennis te nemen van de evaluatie van de re-integratie van werkzoekenden in de bijstand.
2. De gemeenteraad te informeren over de uitkomsten via bijgaande raadsinformatiebrief.

2.b Beleidsregels bijzondere bijstand en minimaregelingen

Besluit:
1. De beleidsregels bijzondere bijstand en de minimaregelingen vast te stellen.
2. De gemeenteraad te informeren over de wijziging van de bedragen voor inwoners met een laag inkomen.

2.c Schuldhulpverlening: jaarverslag van de kredietbank

Besluit: kennis te nemen van het jaarverslag schuldhulpverlening en het ter kennisname aan de raad te zenden.

2.d Uitvoeringsplan inburgering statushouders

Besluit:
1. Het uitvoeringsplan inburgering vast te stellen.
2. In te stemmen met de samenwerking met de taalaanbieder voor de leerroutes van nieuwkomers.
3. De gemeenteraad te informeren over de planning van de huisvesting van statushouders.

2.e Werkgeversdienstverlening en loonkostensubsidie

Besluit:
1. In te stemmen met de regionale afspraken over loonkostensubsidie en beschut werk.
2. De gemeenteraad te informeren over de afspraken met werkgevers via bijgaande brief.

2.f Armoedemonitor

Besluit: kennis te nemen van de armoedemonitor en de uitkomsten ter besluitvorming voor te leggen aan de raad in het voorjaar, samen met een voorstel voor het armoedebeleid.

3. Sluiting

Besluit: de vergadering wordt gesloten om 12.15 uur.
"""


def test_a_record_of_decisions_is_no_social_policy(analyzer):
    """Its items name documents about bijstand, schuldhulp and inburgering; what the policy is stands
    in those documents, so no measure is judged from the list."""
    parsed = parse_document(document_from_text(BESLUITEN, "besluiten.txt"), analyzer.nlp, analyzer.compiled)
    words = sum(passage_words(pp) for pp in parsed)
    assert detect_domain(parsed, analyzer.lexicon, words).id != "other"  # by its words alone: social
    report = analyzer.analyse_text(BESLUITEN, "besluiten.txt")
    assert report.domain.id == "other"
    assert [d.id for d in report.domains] == ["other"]
    assert all(m.status == "not_applicable" for m in report.measures)
    assert 0 <= report.domain.confidence <= 1


def test_a_record_of_decisions_names_its_decisions_about_social_policy(analyzer):
    """An expert's read of a B&W decision list: the report should say which decisions concern work, integration
    or poverty, so that the adviser knows which documents to scan; and it should not call the questions and
    effects answered or unanswered, nor the checklist missing, in a text that is no policy."""
    report = analyzer.analyse_text(BESLUITEN, "besluiten.txt")
    data = json.loads(FORMATTERS["json"].render(report.to_dict()))
    jsonschema.validate(data, json.loads(schema_path().read_text(encoding="utf-8")))
    assert data["domain_detail"]["non_policy_kind"] == "decisions"
    items = data["social_items"]
    # one per agenda item (its line, not its decision again), the opening and the closing name no policy
    assert MAX_SOCIAL_ITEMS == 6 and [i["text"][:3] for i in items] == ["2.a", "2.b", "2.c", "2.d", "2.e", "2.f"]
    assert "statushouders" in items[3]["terms"]
    md = FORMATTERS["md"].render(data)
    what_now = md[md.index("## Wat nu") : md.index("## Samenvatting")]
    assert "Dit document is geen beleidstekst: het is een besluitenlijst." in what_now
    assert (
        "De eerste 6 agendapunten of besluiten die werk, inburgering, armoede of kinderopvang raken (er kunnen er meer"
        " zijn): “2.a Evaluatie re-integratie" in what_now
    )
    assert (
        "“2.c Schuldhulpverlening: jaarverslag van de kredietbank” (§ 2. Werk, inkomen en zorg, alinea 5)" in what_now
    )
    assert "- EIGE-vragen: niet van toepassing (geen beleidstekst)\n" in md and "EIGE-vragen beantwoord" not in md
    assert "Niet beoordeeld: dit document is geen beleidstekst." in md
    assert "Geen checklist: dit document is geen beleidstekst." in md and "gelden wel" not in md
    assert "Niet getoetst (geen beleidstekst): toegankelijke kinderopvang" in md
    # the second expert read: questions 1 and 2 and the EIGE table agree with "niet van toepassing"
    assert "Geen aannames in de tekst zelf; de stukken waarover het gaat, zijn niet gescand." in md
    assert "## 2. Zijn er maatregelen" in md and md.count("Niet beoordeeld: dit document is geen beleidstekst.") == 2
    assert "| niet van toepassing |" in md and "| niet aangetroffen |" not in md
    assert "in dit document zette het er geen opzij" in md and "zette 0 aanname" not in md
    html = FORMATTERS["html"].render(data)
    assert "EIGE-vragen: niet van toepassing (geen beleidstekst)" in html and "2.c Schuldhulpverlening" in html
    english = FORMATTERS["md"].render(localise(data, analyzer.lexicon, "en"))
    assert "This document is no policy text: it is a record of decisions." in english
    assert (
        "The first 6 agenda items or decisions that touch work, integration, poverty or childcare (there may be more):"
        in english
    )


def _decision_items(analyzer, *items: tuple[str, str]) -> list[str]:
    """The social items genderscan names in a college's list of decisions with these (agenda line, decision)."""
    text = "Besluitenlijst college 9 juli\n\n1. Opening\n\nBesluit: de agenda vast te stellen.\n\n" + "\n\n".join(
        f"{line}\n\nBesluit: {decision}" for line, decision in items
    )
    return [i["text"] for i in analyzer.analyse_text(text + "\n", "b.txt").to_dict()["social_items"]]


def test_a_decision_about_childcare_is_pointed_to_too(analyzer):
    """An expert read of a decision list: its childcare accounts are a decision to scan (the checklist's first
    measure), beside work, integration and poverty; a permit for a health centre is not."""
    texts = _decision_items(
        analyzer,
        ("2.a Jaarverantwoording kinderopvang 2025", "de jaarverantwoording vast te stellen."),
        ("2.b Omgevingsvergunning gezondheidscentrum", "de vergunning te verlenen."),
        ("2.c Beleidsregels bijzondere bijstand", "de beleidsregels vast te stellen."),
    )
    assert texts == ["2.a Jaarverantwoording kinderopvang 2025", "2.c Beleidsregels bijzondere bijstand"]


def test_a_budget_a_cost_is_charged_to_is_not_the_decisions_subject(analyzer):
    """An expert read of a decision list: a class room paid "uit het budget voor de noodopvang vluchtelingen" is
    about housing a class, not integration; the refugees named as the decision's own subject still count."""
    texts = _decision_items(
        analyzer,
        (
            "2.a Huisvesting schoolklas Lindelaan",
            "een lokaal te huren, te dekken uit het beschikbare budget voor de opvang van vluchtelingen.",
        ),
        ("2.b Taalaanbod voor vluchtelingen en statushouders", "het taalaanbod vast te stellen."),
    )
    assert texts == ["2.b Taalaanbod voor vluchtelingen en statushouders"]


def test_residents_taking_part_in_a_spatial_plan_is_no_participation_policy(analyzer):
    """An expert read of a decision list: "Participatie" beside the environment vision is residents' say in a
    plan, not the Participatiewet; participation policy itself still counts."""
    texts = _decision_items(
        analyzer,
        ("2.a Startnotitie participatie omgevingsplan Dorpskern", "de startnotitie vast te stellen."),
        ("2.b Uitvoeringsplan participatie en re-integratie", "het plan vast te stellen."),
    )
    assert texts == ["2.b Uitvoeringsplan participatie en re-integratie"]


# The same kind of record in Markdown, as a hostile test wrote its layouts (in other words here): a chapter
# heading over agenda lines, an item per heading whose body only says what was decided, an item split into
# "Besluit" and "Toelichting", a table, two items on the same subject, and footnote marks.
BESLUITEN_MD = """# Besluitenlijst college 3 juni

## 1. Algemeen

Besluit: de agenda vast te stellen.

## 2. Werk, inkomen en bestuurszaken

2.a Jaarplan loonkostensubsidie en beschut werk²

Besluit: kennis te nemen van het jaarplan.

2.b Schuldhulpverlening: subsidie aan de vrijwilligers van het Geldloket

Besluit: de subsidie te verlenen.

2.c Schuldhulpverlening: jaarverslag over 2025

Besluit: het jaarverslag ter kennisname aan de raad te zenden.

## 3. Uitvoeringsplan inburgering³

Besluit: kennis te nemen van het plan en de raad te informeren.

## 4. Evaluatie minimaregelingen

### Besluit

De evaluatie vast te stellen en de raad te informeren.

### Toelichting

Het college neemt kennis van de uitkomsten.

## 5. Parkeren en verkeer

| Nr | Onderwerp | Besluit |
|---|---|---|
| 5.a | Parkeervergunningen centrum | vast te stellen |
| 5.b | Subsidie voor een taalcafé voor statushouders | te verlenen |
"""


def test_a_record_of_decisions_in_markdown_names_each_agenda_item_by_its_line(analyzer, tmp_path):
    path = tmp_path / "besluiten.md"
    path.write_text(BESLUITEN_MD, encoding="utf-8")
    data = analyzer.analyse(path).to_dict()
    assert data["domain_detail"]["non_policy_kind"] == "decisions"
    texts = [i["text"] for i in data["social_items"]]
    assert (
        texts
        == [
            "2.a Jaarplan loonkostensubsidie en beschut werk",  # the line, without its footnote mark
            "2.b Schuldhulpverlening: subsidie aan de vrijwilligers van het Geldloket",
            "2.c Schuldhulpverlening: jaarverslag over 2025",  # another item on the same subject
            "3. Uitvoeringsplan inburgering",  # a heading whose body only says what was decided
            "4. Evaluatie minimaregelingen",  # not its "Besluit" part
            "5.b | Subsidie voor een taalcafé voor statushouders | te verlenen",  # a table row
        ][: len(texts)]
    )
    assert len(texts) == MAX_SOCIAL_ITEMS
    md = FORMATTERS["md"].render(data)
    assert "“2.c Schuldhulpverlening: jaarverslag over 2025”" in md and "Algemeen”" not in md


# Traps from a second hostile test, in other words: a decision's own numbered points with sub-levels, a
# number with a thousands point, an attendee's initial, a heading over several decisions after an agenda item,
# and the same agenda line twice.
BESLUITEN_VALKUILEN = """Besluitenlijst college 9 september

Aanwezig
I. de Wit, wethouder Werk en Inkomen; V. Demir, wethouder Wonen.

2. Sociaal domein

2.a Verkeersbesluit Molenweg

Besluit:
1.a in te stemmen met het verkeersbesluit;
1.b de raad te informeren over het verkeersbesluit.

Overige besluiten

De beleidsregels bijzondere bijstand vast te stellen.

De raad te informeren over de voortgang van de re-integratie van werkzoekenden.

In te stemmen met de subsidie voor het taalhuis voor statushouders en nieuwkomers.

2.d Armoedemonitor

1.400 huishoudens leven onder de armoedegrens; de raad te informeren over de armoedemonitor.

2.d Armoedemonitor

Besluit: kennis te nemen van de armoedemonitor.
"""


def test_agenda_items_are_not_decision_points_numbers_or_initials(analyzer):
    texts = [i["text"] for i in analyzer.analyse_text(BESLUITEN_VALKUILEN, "b.txt").to_dict()["social_items"]]
    assert texts == [
        "De beleidsregels bijzondere bijstand vast te stellen.",
        "De raad te informeren over de voortgang van de re-integratie van werkzoekenden.",
        "In te stemmen met de subsidie voor het taalhuis voor statushouders en nieuwkomers.",
        "2.d Armoedemonitor",  # once, though its line stands twice; "1.400 huishoudens" is no item of its own
    ]


def test_a_policy_note_that_says_what_it_describes_here_is_no_template(analyzer):
    """A second hostile test: "Wij geven hier invulling aan …" matched the prompt "geef hier" by its lemma."""
    note = SOCIAAL.format(heading="6. Sociaal domein") + (
        "\n\nWij geven hier invulling aan de afspraken. We noemen hier drie voorbeelden. We beschrijven hier"
        " de aanpak. We lichten hier de kosten toe."
    )
    assert analyzer.analyse_text(note, "nota.txt").to_dict()["domain_detail"]["non_policy"] is False
    # a plan with a reply form as its annex: the prompts stand in the annex only
    form = "\n\nBijlage: reactieformulier\n\nVul hier uw naam in. Beschrijf hier uw reactie. Geef hier aan of u"
    form += " contact wilt. Noem hier uw vereniging."
    plan = "\n\n".join([INTRO, WONEN, VERKEER, DUURZAAM, SOCIAAL.format(heading="6. Sociaal domein")]) + form
    assert analyzer.analyse_text(plan, "plan.txt").to_dict()["domain_detail"]["non_policy"] is False


def test_a_regulation_about_budget_lines_is_named_so_and_lists_no_decisions(analyzer):
    text = TAAKVELDEN.format(
        sections="\n\n".join(
            TAAKVELD.format(nr=nr, name=n, lead=lead, a=a, b=b, c=c, d=d, other=o, e=e)
            for nr, n, lead, a, b, c, d, o, e in FIELDS
        )
    )
    data = analyzer.analyse_text(text, "iv3.txt").to_dict()
    assert data["domain_detail"]["non_policy_kind"] == "budget_lines" and data["social_items"] == []
    md = FORMATTERS["md"].render(data)
    assert "het is een voorschrift of overzicht van begrotingsposten." in md and "Besluiten over" not in md


def test_a_policy_that_never_names_women_or_men_says_nergens(analyzer):
    """An expert's read: "noemt … nauwelijks" is wrong when the count is 0."""
    text = "\n\n".join([INTRO, WONEN, VERKEER, DUURZAAM, SOCIAAL.format(heading="6. Sociaal domein")]) + "\n"
    data = analyzer.analyse_text(text, "akkoord.txt").to_dict()
    assert data["gender_blind"] and data["mentions"]["gender_mentions"] == 0
    md = FORMATTERS["md"].render(data)
    # the verdict covers the social paragraph only: "nergens" is said of the parts judged
    assert "de delen waarover dit oordeel gaat, noemen vrouwen, mannen of gender nergens." in md
    assert "Het document verwijst in de beoordeelde delen nergens naar" in md
    # the figure says its conclusion; the header names the domain as the social part, without a low "zekerheid"
    assert "0 per 1.000 woorden (onder de drempel van 1,5: genderblind geschreven)." in md
    assert (
        "| Beleidsdomein | armoede en schulden (het sociale deel van een document over meer beleidsterreinen) |" in md
    )
    assert "gender nauwelijks" not in md and "echter nauwelijks" not in md


# A council proposal's format, written here: each part tells its writer what to put there.
SJABLOON = """Format raadsvoorstel

Onderwerp
Vul hier in een paar woorden het onderwerp in.

Aanleiding
Beschrijf hier waarom het voorstel nu aan de raad wordt voorgelegd en welke besluiten eraan voorafgingen.

Beoogd effect
Geef hier aan wat het voorstel in de gemeente moet veranderen, zo meetbaar mogelijk.

Argumenten
Noem hier de argumenten voor het voorstel, elk met een korte onderbouwing.

Kanttekeningen
Vermeld hier de risico's en hoe het college ze heeft meegewogen.

Financiën
Licht hier toe wat het voorstel kost en waar het geld vandaan komt.
"""


def test_a_template_to_fill_in_is_no_policy(analyzer):
    """An expert read of a council proposal's template: it has no policy, target group or measures, so no
    verdict on gender-blindness applies; what it can do is ask its writers about women and men."""
    data = analyzer.analyse_text(SJABLOON, "sjabloon.txt").to_dict()
    assert data["domain_detail"]["non_policy"] is True and data["domain_detail"]["non_policy_kind"] == "template"
    assert 0 <= data["domain_detail"]["confidence"] <= 1
    md = FORMATTERS["md"].render(data)
    assert "het is een sjabloon met schrijfaanwijzingen." in md and "Raakt dit besluit vrouwen en mannen" in md
    assert "(drempel 1,5; geen beleidstekst, dus geen oordeel)." in md
    assert "Niet beoordeeld: dit document is een sjabloon, geen beleid." in md and "waarover het besluit" not in md
    assert "**genderblind geschreven**" not in md
    # a policy note that says once or twice where something is described is no template
    note = (
        SOCIAAL.format(heading="6. Sociaal domein") + "\n\nWe beschrijven hier de aanpak. Vermeld hier ook de kosten."
    )
    assert analyzer.analyse_text(note, "nota.txt").to_dict()["domain_detail"]["non_policy"] is False


def test_policy_text_has_no_kind_of_non_policy(analyzer):
    data = analyzer.analyse_text(MULTI, "akkoord.txt").to_dict()
    assert data["domain_detail"]["non_policy_kind"] is None and data["social_items"] == []


def test_one_decision_in_policy_prose_changes_nothing(analyzer):
    text = MULTI.replace(
        "Elk jaar rapporteren we aan de raad",
        "Het college stelt de raad voor dit plan vast te stellen. Elk jaar rapporteren we aan de raad",
    )
    report = analyzer.analyse_text(text, "akkoord.txt")
    assert report.verdict_sections() == (("5. Werk en inkomen",),)


# A short social paragraph, as coalition agreements have them: too short for a section of its own
# (MIN_SECTION_WORDS) and with two different domain terms only.
SOCIAAL = """{heading}

We behouden de voorzieningen voor welzijn en zorg, en de buurthuizen blijven open. De toegang tot hulp
wordt eenvoudiger: één loket en één telefoonnummer voor alle vragen. Mantelzorgers krijgen meer
ondersteuning, onder meer door respijtzorg in het weekend. We zetten in op preventie en op het wegwerken
van de wachtlijsten in de jeugdzorg. Het armoedebeleid evalueren we in het eerste jaar; het fonds voor
maatwerk bij armoede blijft bestaan en wordt beter bekend gemaakt bij scholen en huisartsen. Inwoners
die in de knel raken met hun schulden, krijgen snel een gesprek met een vaste contactpersoon, en we
werken daarvoor samen met de kerken en de voedselbank in het dorp."""


@pytest.mark.parametrize(
    ("heading", "social"),
    [("6. Sociaal domein", True), ("6. Armoedebeleid en zorg", True), ("6. Dorpsleven", False)],
)
def test_a_short_section_under_a_social_heading_is_judged(analyzer, heading, social):
    section = SOCIAAL.format(heading=heading)
    assert 100 <= len(section.split()) < MIN_SECTION_WORDS
    text = "\n\n".join([INTRO, WONEN, VERKEER, DUURZAAM, section]) + "\n"
    report = analyzer.analyse_text(text, "akkoord.txt")
    if social:
        assert report.domain.id == "armoede"
        assert report.verdict_sections() == ((heading,),)
        assert all(m.status != "not_applicable" for m in report.measures)
    else:
        assert report.domain.id == "other"
        assert all(m.status == "not_applicable" for m in report.measures)


@corpus
def test_besluitenlijst_is_other(corpus_report):
    """Section 5.b (Sociaal Domein) of the B&W decision list names a minima plan, a language class and
    debt counselling: decisions about documents, not their policy."""
    report = corpus_report("11_Wassenaar_Besluitenlijst_BenW_9_juli_2024.pdf")
    assert report.domain.id == "other"
    assert all(m.status == "not_applicable" for m in report.measures)


@corpus
def test_wassenaar_coalition_agreement_social_paragraph(corpus_report):
    """Its 'Sociaal domein' paragraph is about care and welfare (zorgvoorzieningen, mantelzorg,
    respijtzorg, dementie) and names poverty policy in one sentence: an expert read it as welfare, so
    no poverty checklist applies, and the report says there is no checklist rather than nothing missing."""
    report = corpus_report("06_Wassenaar_Coalitieakkoord_2022-2026_Samen_voor_Wassenaar.txt")
    assert report.domain.id == "other"
    assert all(m.status == "not_applicable" for m in report.measures)
    md = FORMATTERS["md"].render(report.to_dict())
    assert "Geen checklist" in md and "alle maatregelen die voor dit beleidsdomein gelden" not in md


ZORG = """6. Sociaal domein

We behouden de voorzieningen voor welzijn en de zorgvoorzieningen in de kernen. Het sociaal team wordt
beter bereikbaar. Mantelzorgers krijgen meer ondersteuning, onder meer door respijtzorg en dagbesteding
voor ouderen met dementie. We pakken eenzaamheid aan met de buurthuizen en de huisartsen, en we werken de
wachtlijsten in de jeugdzorg en de jeugdhulp weg. Ook het armoedebeleid krijgt aandacht. Het
ouderenbeleid en het jongerenwerk worden in het eerste jaar herzien, samen met de aanbieders van welzijn.
De huisartsen en de wijkverpleging krijgen een vaste plek in het gezondheidscentrum. Voor beschermd wonen
en de maatschappelijke opvang werken we samen met de regio, en de Wmo-consulenten komen vaker bij mensen
thuis, zodat zij de hulp krijgen die past."""


def test_a_social_paragraph_about_care_that_names_poverty_once_has_no_checklist(analyzer):
    assert 100 <= len(ZORG.split()) < MIN_SECTION_WORDS
    text = "\n\n".join([INTRO, WONEN, VERKEER, DUURZAAM, ZORG]) + "\n"
    report = analyzer.analyse_text(text, "akkoord.txt")
    assert report.domain.id == "other"
    assert all(m.status == "not_applicable" for m in report.measures)


def test_care_words_lower_the_confidence_but_not_the_verdict_of_a_poverty_paragraph(analyzer):
    # SOCIAAL: welfare and care, but also debts, a poverty fund and the food bank
    text = "\n\n".join([INTRO, WONEN, VERKEER, DUURZAAM, SOCIAAL.format(heading="6. Sociaal domein")]) + "\n"
    report = analyzer.analyse_text(text, "akkoord.txt")
    assert report.domain.id == "armoede" and 0.3 < report.domain.confidence < 1.0


def test_the_domain_the_title_names_first_wins_when_the_text_is_about_it_too(analyzer, tmp_path):
    body = (
        "Nieuwkomers volgen de inburgering bij de taalschool en doen daarna een traject naar werk. "
        "Inburgeraars kiezen een leerroute, en vluchtelingen krijgen hulp bij de taaleis. "
        "Het Werkplein begeleidt hen naar de arbeidsmarkt, met een baan of werkervaring bij een werkgever. "
        "Wie een uitkering heeft, krijgt een klantmanager. Statushouders met een uitkering volgen eerst taalles. "
        "Werkgevers bieden werkervaringsplaatsen aan, en de klantmanager zoekt met iedere werkzoekende een baan. "
    )
    for title, domain in (
        ("Uitvoeringsplan inburgering en participatie 2027", "inburgering"),
        ("Uitvoeringsplan 2027", "participatie"),
        # a plan for the work of newcomers is about newcomers, whatever the title names first
        ("Werkplan participatie statushouders 2027", "inburgering"),
        ("Opdracht arbeidsmarkttoeleiding nieuwkomers 2027", "inburgering"),
        # a title and subtitle on two lines come as one short paragraph
        ("Werkplan re-integratie van statushouders 2027\nSamen aan de slag in het dorp", "inburgering"),
        # … but a title that names jobseekers and newcomers as two groups leaves it to the text
        ("Werkplan 2027 voor werkzoekenden en statushouders", "participatie"),
    ):
        path = tmp_path / "plan.txt"
        path.write_text(title + "\n\n" + (body + "\n\n") * 6, encoding="utf-8")
        assert analyzer.analyse(path).domain.id == domain, title


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("De visie is opgesteld met bijstand van een extern adviesbureau.", False),
        ("Het team Control heeft ons ambtelijke bijstand verleend bij het verzamelen van de stukken.", False),
        ("Bij een grote brand kan de burgemeester bijstand vragen aan de Veiligheidsregio.", False),
        ("Inwoners die bijstand aanvragen, krijgen binnen een week een gesprek.", True),
        ("Het college verleent bijstand aan wie niet genoeg inkomen heeft.", True),
        ("Zij vragen om bijstand bij het Werkplein.", True),
    ],
)
def test_bijstand_as_help_is_no_word_of_the_benefit(analyzer, sentence, counted):
    """ "bijstand" as the help of an adviser, the staff or the emergency services is not the benefit
    (``domain_senses``): it neither names the domain nor counts as income support."""
    (pp,) = parse_document(document_from_text(sentence, "zin.txt"), analyzer.nlp, analyzer.compiled, analyzer.syntax)
    assert ("domain:participatie" in pp.hit_keys) is counted
    assert ("income_support" in pp.hit_keys) is counted


def test_the_main_domain_is_the_one_the_social_sections_name_most(analyzer):
    """A poverty plan whose longest chapter is about work names debts and minima far more often than work:
    it is about poverty, though its chapter on work has more words."""
    filler = (
        "Wij werken daarbij samen met de partners in de wijk en spreken ieder jaar af wat er beter kan. "
        "De resultaten bespreken wij met de raad en met de inwoners die het aangaat. "
    )
    debts = (
        "Inwoners met schulden krijgen snel schuldhulp. Minima krijgen kwijtschelding van de lokale "
        "lasten, en wie een laag inkomen heeft, kan een beroep doen op de minimaregelingen en het kindpakket. "
        "De voedselbank en de schuldhulpverlening werken samen tegen armoede. "
    )
    work = "Wie schulden heeft en een uitkering, kan met een werkgever afspraken maken over een baan. "
    text = (
        "Beleidsplan Samen rondkomen 2027\n\n"
        f"1 Schulden en rondkomen\n\n{(debts + filler) * 5}\n\n"
        f"2 Aan het werk\n\n{(work + filler * 3) * 5}\n"
    )
    data = analyzer.analyse_text(text, "plan.txt").to_dict()
    words = {d["id"]: d["share"] for d in data["domains"]}
    assert data["domain"] == "armoede", words


def test_other_by_its_sections_keeps_a_confidence_from_the_closest_section(analyzer):
    """Each section names two social terms in passing, the whole text six: as a whole it would be
    social policy, by its sections it is not. Its confidence in "other" comes from the section that
    comes closest to the bars, not 0."""
    filler = (
        "De gemeente onderhoudt wegen, fietspaden en bruggen en vervangt de verlichting langs de kades. "
        "Het onderhoud wordt ieder jaar geplant op basis van een schouw door de eigen medewerkers. "
    )
    topics = [
        ("Wegen", "bijstand", "re-integratie"),
        ("Groen", "Participatiewet", "werkzoekenden"),
        ("Water", "uitkering", "loonkostensubsidie"),
    ]
    sections = []
    for n, (title, a, b) in enumerate(topics, 1):
        body = filler * 8 + f"Een enkele keer noemt dit hoofdstuk de {a} en de {b}. " + filler * 4
        sections.append(f"{n}. {title}\n\n{body}")
    text = "Beheerplan openbare ruimte\n\n" + "\n\n".join(sections)
    parsed = parse_document(
        document_from_text(text, "beheerplan.txt"), analyzer.nlp, analyzer.compiled, analyzer.syntax
    )
    assert detect_domain(parsed, analyzer.lexicon, sum(passage_words(pp) for pp in parsed)).id != "other"
    report = analyzer.analyse_text(text, "beheerplan.txt")
    assert report.domain.id == "other"
    assert 0.0 < report.domain.confidence < 1.0


def test_back_matter_of_a_social_document_is_no_policy_text(analyzer):
    """A participation plan with references and a colophon: the titles in its references name women
    and childcare, but they are no policy text, so neither mentions nor measures read them."""
    sources = (
        "6. Bronnen\n\n"
        "Atria (2020). Moeders aan het werk: kinderopvang voor vrouwen in de bijstand. Amsterdam.\n\n"
        "Movisie (2021). Vrouwen en mannen naar werk: wat werkt bij de begeleiding van vaders en moeders. "
        "Utrecht.\n\n"
        "Colofon\n\nUitgave van de gemeente, afdeling Werk en Inkomen. Vormgeving: Studio Lijn.\n\n"
        "Postbus 12\n\nTekst en redactie: team Participatie."
    )
    with_back = analyzer.analyse_text(f"{WERK}\n\n{sources}", "plan.txt")
    plain = analyzer.analyse_text(WERK, "plan.txt")
    assert with_back.domain.id == "participatie"
    others = [d for d in with_back.domains if d.id == "other"]
    assert others and ("6. Bronnen",) in [tuple(s) for s in others[0].sections]
    assert with_back.mentions.gender_mentions == plain.mentions.gender_mentions
    evidence = [e.text for m in with_back.measures for e in m.evidence]
    assert not any("Moeders aan het werk" in t for t in evidence)
    # … nor other policy: the report does not say the document is also about other policy
    back = {tuple(s.path) for s in with_back.mentions.sections if s.back_matter}
    assert ("6. Bronnen",) in back
    assert not any(s.back_matter for s in with_back.mentions.sections if s.domain != "other")
    assert with_back.verdict_sections() is None
    from genderscan.report import FORMATTERS

    md = FORMATTERS["md"].render(with_back.to_dict())
    assert "ander beleid" not in md


def test_a_glossary_annex_is_back_matter(analyzer):
    """ "Bijlage Begrippen" is the glossary itself, not annex number "Begrippen": its definitions name the
    checklist's words (childcare, income support) but commit to nothing and decide no section's domain."""
    from genderscan.analysis.domains import back_matter_heading

    names = frozenset(analyzer.lexicon.back_matter)
    assert back_matter_heading("Bijlage Begrippen", names)
    assert back_matter_heading("Bijlage 3: Begrippenlijst", names)
    assert not back_matter_heading("Bijlage Uitvoeringsagenda", names)
    assert not back_matter_heading("Bijlagen", names)
    glossary = (
        "Bijlage Begrippen\n\n"
        "Kinderopvang: opvang van kinderen tot 13 jaar die de gemeente vergoedt aan deelnemers.\n\n"
        "Nazorg: begeleiding na plaatsing door een jobcoach."
    )
    report = analyzer.analyse_text(f"{WERK}\n\n{glossary}", "plan.txt")
    assert "Bijlage Begrippen" in {tuple(s.path)[-1] for s in report.mentions.sections if s.back_matter}
    evidence = [e.text for m in report.measures for e in m.evidence]
    assert not any(t.startswith(("Kinderopvang:", "Nazorg:")) for t in evidence)


def test_an_annex_after_the_references_is_text_again(analyzer, tmp_path):
    """References in the last fifth run to the end (a colophon's address lines), unless an annex or a numbered
    section follows them: its commitments count."""
    body = _body(WERK)
    plan = tmp_path / "plan.md"
    plan.write_text(
        f"# Beleidsplan werk en inkomen Lindewold\n\n## 1 Analyse\n\n{body}\n\n## Literatuur\n\n"
        + "\n\n".join(f"- Auteur {n} (2020). Een studie over werk en inkomen, deel {n}. Utrecht." for n in range(12))
        + "\n\n## Bijlage 1 Uitvoeringsagenda\n\nDe gemeente vergoedt vanaf 2027 de kinderopvang voor deelnemers "
        "aan een traject.\n",
        encoding="utf-8",
    )
    report = analyzer.analyse(plan)
    sections = {tuple(s.path)[-1]: s.back_matter for s in report.mentions.sections}
    assert sections["Literatuur"] is True and sections["Bijlage 1 Uitvoeringsagenda"] is False
    assert next(m for m in report.measures if m.id == "kinderopvang").status == "present"


def _body(chapter: str) -> str:
    return chapter.split("\n\n", 1)[1]


def test_a_long_social_programme_lets_its_subsections_decide(analyzer):
    """A budget's social programme (SPLIT_WORDS or more) also holds housing, traffic or youth care:
    its subsections that are not social policy leave the verdict; its participation ones stay."""
    others = [WONEN, VERKEER, DUURZAAM] * 2 + [WONEN]
    subsections = [f"2.{n} {c.splitlines()[0].split(' ', 1)[1]}\n\n{_body(c)}" for n, c in enumerate(others, 2)]
    werk = f"2.1 Werk en inkomen\n\n{_body(WERK)}"
    werk2 = f"2.9 Re-integratie\n\n{_body(WERK)}"
    programme = "\n\n".join(["2. Mens en maatschappij", werk, *subsections, werk2])
    assert len(programme.split()) >= SPLIT_WORDS
    report = analyzer.analyse_text("\n\n".join([INTRO, programme]) + "\n", "begroting.txt")
    assert report.domain.id == "participatie"
    sections = report.verdict_sections()
    assert sections is not None
    assert ("2. Mens en maatschappij", "2.1 Werk en inkomen") in sections
    assert ("2. Mens en maatschappij", "2.9 Re-integratie") in sections
    assert not any(len(p) > 1 and p[1].startswith(("2.2", "2.3", "2.4")) for p in sections)
    shares = {d.id: d.share for d in report.domains}
    assert 0.15 < shares["participatie"] < 0.5
    # the same programme without its long other subsections is one social section, as before
    short = "\n\n".join(["2. Mens en maatschappij", werk, subsections[0], werk2])
    assert len(short.split()) < SPLIT_WORDS
    report = analyzer.analyse_text("\n\n".join([INTRO, short]) + "\n", "nota.txt")
    assert report.verdict_sections() is None and report.domain.id == "participatie"


def test_a_short_plan_in_short_sections_takes_the_domain_of_the_whole(analyzer):
    """A plan of under a thousand words in seven sections, each naming one word of work and benefits (too few
    for a section to decide alone); the whole text names five of them often enough."""
    sections = [
        ("1 Doel van dit plan", "Het servicepunt is er voor werkgevers, en voor alle werkgevers in de regio."),
        ("2 Resultaten", "Vorig jaar vonden veel mensen een baan, vaak een vaste baan."),
        ("3 Werkwijze", "De accountmanagers bezoeken werkgevers en bespreken wat werkgevers zoeken."),
        ("4 Plannen", "Wie een uitkering heeft, krijgt hulp; een uitkering is geen eindpunt."),
        ("5 Knelpunten", "De arbeidsmarkt is krap en de arbeidsmarkt verandert snel."),
        ("6 Personeel", "Het team telt acht accountmanagers die werkzoekenden spreken."),
        ("7 Verantwoording", "Wij rapporteren ieder kwartaal over wat werkgevers van ons vinden."),
    ]
    filler = " Dit onderdeel beschrijft wat het servicepunt doet, met wie het samenwerkt en wat dat kost." * 6
    # one section long enough to be judged on its own, with one word of the domain in it: not social by itself
    bodies = [b + filler * (5 if h.startswith("3 ") else 1) for h, b in sections]
    text = (
        "Werkplan servicepunt\n\n"
        + "\n\n".join(f"{h}\n\n{b}" for (h, _), b in zip(sections, bodies, strict=True))
        + "\n"
    )
    report = analyzer.analyse_text(text, "plan.txt")
    assert report.domain.id == "participatie"


# A short council proposal: its four decision points stand twice (under the proposal and in the draft decision),
# among a few short paragraphs of reasoning, as dense with decision formulas as a record of decisions. Four hostile
# reviews found no sign that tells the two apart; the report says how to scan it as policy, and --domain does.
KORT_RAADSVOORSTEL = """Raadsvoorstel schuldhulp 2027

De raad besluit:
1. kennis te nemen van de evaluatie van de schuldhulpverlening;
2. in te stemmen met een vroegsignaleringsteam voor huishoudens met huurachterstand;
3. vast te stellen de Beleidsregels schuldhulpverlening 2027;
4. het college op te dragen de raad ieder jaar te informeren.

Argumenten
Huishoudens met schulden krijgen binnen twee weken een gesprek met een schuldhulpverlener.

Besluit
De raad, gelezen het voorstel van burgemeester en wethouders, besluit:
1. kennis te nemen van de evaluatie van de schuldhulpverlening;
2. in te stemmen met een vroegsignaleringsteam voor huishoudens met huurachterstand;
3. vast te stellen de Beleidsregels schuldhulpverlening 2027;
4. het college op te dragen de raad ieder jaar te informeren.
"""


def test_a_short_proposal_read_as_a_record_says_how_to_scan_it_as_policy(analyzer):
    from genderscan import Analyzer

    data = analyzer.analyse_text(KORT_RAADSVOORSTEL, "raadsvoorstel.txt").to_dict()
    assert data["domain_detail"]["non_policy_kind"] == "decisions"
    what_now = FORMATTERS["md"].render(data)
    assert "opnieuw scannen met een gekozen beleidsdomein (participatie, inburgering of armoede" in what_now
    forced = Analyzer(domain="armoede").analyse_text(KORT_RAADSVOORSTEL, "raadsvoorstel.txt").to_dict()
    assert forced["domain_detail"]["non_policy"] is False
    assert all(m["status"] != "not_applicable" for m in forced["measures"])


def test_a_document_over_more_policy_areas_names_its_social_part_not_a_low_certainty(analyzer):
    """An expert read of the budget: "herkend met zekerheid 29%" under the domain, where the header already said
    it is the social part of a document over more policy areas."""
    text = "\n\n".join([INTRO, WONEN, VERKEER, DUURZAAM, SOCIAAL.format(heading="6. Sociaal domein")]) + "\n"
    md = FORMATTERS["md"].render(analyzer.analyse_text(text, "programma.txt").to_dict())
    domain_line = next(line for line in md.splitlines() if line.startswith("Beleidsdomein:"))
    assert "het sociale deel van een document over meer beleidsterreinen" in domain_line
    assert "zekerheid" not in domain_line


def _short_budget(heading: str) -> str:
    """A short budget: four programmes of about a hundred words (too short to decide by their words) and one
    social programme long enough to decide; *heading* is the second programme's."""
    filler = " De raad krijgt elk jaar een overzicht van wat dit programma heeft opgeleverd en wat het kostte." * 5
    social = (
        "Wie een uitkering heeft, krijgt een traject naar werk. Werkgevers in de regio bieden leerwerkplekken aan"
        " voor werkzoekenden uit de bijstand. De re-integratie van inwoners met een uitkering blijft ons doel,"
        " en de participatiewet geeft daarvoor de middelen."
    )
    return (
        "Programmabegroting 2030\n\n"
        f"1 Inleiding\n\nDeze begroting beschrijft de programma's van de gemeente.{filler}\n\n"
        f"{heading}\n\nDe gemeente werkt aan dit programma met haar partners.{filler}\n\n"
        f"3 Verkeer en openbare ruimte\n\nDe fietspaden worden breder en de bushaltes toegankelijk.{filler}\n\n"
        f"4 Sociaal domein\n\n{(social + ' ') * 6}\n\n"
        f"5 Financiën\n\nDe lasten en baten van alle programma's staan in de tabellen hierna.{filler}\n"
    )


def _budget_variant(analyzer, old: str, new: str, heading: str = "2 Veiligheid") -> tuple[str, dict, dict]:
    """The short budget with *old* replaced by *new*: its text, its JSON and its sections per domain."""
    text = _short_budget(heading).replace(old, new, 1)
    data = analyzer.analyse_text(text, "begroting.txt").to_dict()
    return text, data, {d["id"]: [s[0] for s in d["sections"]] for d in data["domains"]}


def _measure_of(data: dict, measure_id: str) -> dict:
    return next(m for m in data["measures"] if m["id"] == measure_id)


def test_a_short_programme_named_after_another_area_is_not_social(analyzer):
    """A short budget whose social programme holds most of the decided words: its programmes on safety or
    traffic (headed so, too short to decide) are other, and so are its title and introduction (they introduce
    every programme) and its finances (they are every programme's). The verdicts cover the social programme."""
    data = analyzer.analyse_text(_short_budget("2 Veiligheid"), "begroting.txt").to_dict()
    by_domain = {d["id"]: [s[0] for s in d["sections"]] for d in data["domains"]}
    assert data["domain"] == "participatie"
    assert set(by_domain["other"]) == {
        "Programmabegroting 2030",
        "1 Inleiding",
        "2 Veiligheid",
        "3 Verkeer en openbare ruimte",
        "5 Financiën",
    }
    assert set(by_domain["participatie"]) == {"4 Sociaal domein"}


def test_the_money_of_a_social_measure_in_the_finance_chapter_after_it_still_counts(analyzer):
    """The finance chapter after the social programme is no social section, but its table rows carry the social
    measures' money: a funded row is evidence, and the words it adds count for gender-blindness as before."""
    text, data, by_domain = _budget_variant(
        analyzer,
        "De lasten en baten van alle programma's staan in de tabellen hierna.",
        "De lasten en baten van alle programma's staan in de tabellen hierna.\n\n"
        "Post | 2030 | 2031\nKinderopvang voor ouders in een re-integratietraject | 40.000 | 40.000\n\n"
        "Elk programma legt ieder jaar verantwoording af.",
    )
    assert "5 Financiën" in by_domain["other"]
    kinderopvang = _measure_of(data, "kinderopvang")
    assert kinderopvang["status"] == "present"
    assert any("5 Financiën" in str(e["location"].get("section")) for e in kinderopvang["evidence"])
    # the JSON and the report say that the measures read that chapter too
    assert data["domain_detail"]["money_sections"] == [["5 Financiën"]]
    jsonschema.validate(data, json.loads(schema_path().read_text(encoding="utf-8")))
    report = analyzer.analyse_text(text, "begroting.txt")
    assert "De maatregelen en het cijfer voor genderneutraliteit lezen daarnaast 5 Financiën" in FORMATTERS[
        "md"
    ].render(report.to_dict())


def test_prose_of_the_finance_chapter_after_the_social_one_commits_to_nothing(analyzer):
    """Its table rows carry the social measures' money; its sentences are every programme's or another area's
    ("Alle Wmo-consulenten volgen een training …"): a commitment there is no part of the social verdict."""
    _, data, by_domain = _budget_variant(
        analyzer,
        "De lasten en baten van alle programma's staan in de tabellen hierna.",
        "De lasten en baten van alle programma's staan in de tabellen hierna. Alle consulenten volgen in 2031 een "
        "training gendersensitief werken.",
    )
    assert "5 Financiën" in by_domain["other"]
    assert _measure_of(data, "training_klantmanagers")["status"] == "missing"


@pytest.mark.parametrize(
    "heading", ["5 Personeel van het netbedrijf", "5 Dienstverlening aan inwoners en eigen personeel"]
)
def test_a_chapter_after_the_social_one_on_a_partners_own_staff_commits_to_nothing(analyzer, heading):
    """A chapter on the staff of the body or a partner after the social one: its prose names jobseekers from
    income support (the partner's own vacancies) but what it agrees is for the partner's personnel, not the
    social policy's measures."""
    staff = (
        "Het bedrijf neemt voor dit werk 40 medewerkers in dienst. Elke vacature van het bedrijf staat eerst tien"
        " werkdagen alleen open voor werkzoekenden uit de bijstand; een diploma wordt niet gevraagd."
    )
    _, data, by_domain = _budget_variant(analyzer, "5 Financiën\n\nDe lasten", f"{heading}\n\n{staff}\n\nDe lasten")
    assert data["domain"] == "participatie"
    assert heading in by_domain["other"]
    assert _measure_of(data, "werkgevers_inclusief")["status"] == "missing"


@pytest.mark.parametrize(
    "heading",
    ["2 Veiligheidsregio Zuidrand", "2 GGD Zuidrand", "2 Omgevingsdienst Zuidrand", "2 Isoleren en verduurzamen"],
)
def test_a_short_programme_named_after_the_body_or_work_of_another_area_is_not_social(analyzer, heading):
    """The chapters of a council's views on its joint bodies' budgets are headed by the body (a safety region, a
    health service, an environment service), those of an energy programme by its work: other areas too."""
    _, data, by_domain = _budget_variant(analyzer, "", "", heading)
    assert data["domain"] == "participatie"
    assert heading in by_domain["other"]
    assert set(by_domain["participatie"]) == {"4 Sociaal domein"}


def test_participation_of_inhabitants_in_a_plan_is_no_social_heading(analyzer):
    """ "Communicatie en participatie" is about inhabitants taking part, not the Participatiewet: the heading
    names no social area, and the word is no term of the participation domain there."""
    _, data, by_domain = _budget_variant(analyzer, "", "", "2 Communicatie en participatie")
    assert "2 Communicatie en participatie" in by_domain["other"]
    _, data, by_domain = _budget_variant(analyzer, "", "", "2 Participatie")
    assert "2 Participatie" in by_domain["participatie"]
    (pp,) = parse_document(
        document_from_text("Communicatie en participatie", "kop.txt"), analyzer.nlp, analyzer.compiled, analyzer.syntax
    )
    assert "domain_heading" not in pp.hit_keys


def _staff_report(benefit: str) -> str:
    """A municipality's report on its own staff: jobs, outflow, employers and the labour market, long enough to
    decide (over 300 words: a paragraph says too little); *benefit* is one more paragraph."""
    body = (
        "De gemeente is als werkgever in 2030 gegroeid met twaalf banen. De uitstroom van medewerkers daalde, en"
        " de arbeidsmarktcampagne leverde veertig sollicitaties op. Werkgevers in de regio zoeken dezelfde mensen,"
        " dus wij bieden een baan met ruimte om te leren. Nieuwe collega's krijgen werkervaring in drie teams."
    )
    return "Sociaal jaarverslag 2030\n\n" + "\n\n".join([body] * 8) + "\n\n" + benefit + "\n"


def test_jobs_and_employers_without_any_benefit_are_no_participation_policy(analyzer):
    """A report on the municipality's own staff is full of jobs, outflow and employers, but names no benefit:
    it is no participation policy, and it gets no checklist of measures."""
    data = analyzer.analyse_text(_staff_report("De Participatiewet valt buiten dit verslag."), "jaarverslag.txt")
    assert data.domain.id == "other"
    assert all(m.status == "not_applicable" for m in data.measures)
    # naming the benefits in two sentences makes it what its words say
    data = analyzer.analyse_text(
        _staff_report(
            "Drie collega's kwamen uit de bijstand. Wie een uitkering had, kreeg een vaste begeleider op de werkvloer."
        ),
        "jaarverslag.txt",
    )
    assert data.domain.id == "participatie"
    # the Participatiewet's own instruments count as its words
    data = analyzer.analyse_text(
        _staff_report("Twee collega's werken in beschut werk. Voor hen ontvangen wij loonkostensubsidie."),
        "jaarverslag.txt",
    )
    assert data.domain.id == "participatie"
    # a paragraph says too little to tell: its words decide as before
    short = "Klanten in de bijstand krijgen een klantmanager en een traject naar werk. Werkgevers bieden banen aan."
    assert analyzer.analyse_text(short, "kort.txt").domain.id == "participatie"


def test_a_heading_that_also_names_a_social_area_stays_social(analyzer):
    """ "Economie, werk en inkomen" names a social area too: the domain heading wins."""
    data = analyzer.analyse_text(_short_budget("2 Economie, werk en inkomen"), "begroting.txt").to_dict()
    by_domain = {d["id"]: [s[0] for s in d["sections"]] for d in data["domains"]}
    assert "2 Economie, werk en inkomen" in by_domain["participatie"]
    assert "3 Verkeer en openbare ruimte" in by_domain["other"]


def test_a_short_section_headed_elsewhere_that_names_the_checklists_terms_stays_social(analyzer):
    """A hostile review: "Jeugd en werk" about young people on a benefit at an employer is social policy under
    another area's heading, when it names more than ELSEWHERE_TERMS different terms of the checklist (with three,
    such chapters were labelled other in every read set: see the next test)."""
    work = _short_budget("2 Jeugd en werk").replace(
        "De gemeente werkt aan dit programma met haar partners.",
        "Jongeren met een uitkering uit de bijstand krijgen op grond van de Participatiewet re-integratie en een "
        "leerwerkplek bij een werkgever in de regio.",
        1,
    )
    data = analyzer.analyse_text(work, "begroting.txt").to_dict()
    assert "2 Jeugd en werk" not in [s[0] for d in data["domains"] if d["id"] == "other" for s in d["sections"]]


def test_an_introduction_that_already_commits_to_social_measures_still_counts_for_the_measures(analyzer):
    """A hostile review: a short budget whose introduction names the social programme's work in three terms
    (childcare in a re-integration trajectory for people on a benefit) commits to that measure. An introduction
    frames the whole document, so it is no social section (the writers of 80 labelled sets put one among the
    social sections once in 46 times), but the measures still read it."""
    _, data, by_domain = _budget_variant(
        analyzer,
        "Deze begroting beschrijft de programma's van de gemeente.",
        "Deze begroting beschrijft de programma's van de gemeente. Wie een uitkering heeft en een"
        " re-integratietraject volgt, krijgt vanaf 1 januari de kinderopvang vergoed; ook werkzoekenden zonder"
        " bijstand kunnen meedoen.",
    )
    assert "1 Inleiding" not in by_domain["participatie"]
    assert {"1 Inleiding", "2 Veiligheid", "3 Verkeer en openbare ruimte"} <= set(by_domain["other"])
    assert _measure_of(data, "kinderopvang")["status"] == "present"


def test_a_chapter_on_violence_against_women_in_a_document_over_more_areas_is_no_checklist_policy(analyzer):
    """An emancipation agenda's or budget's chapter on domestic violence names women throughout, but it is no
    participation, integration or poverty policy: a shelter's walk-in for women is no measure of the
    checklist (blind-labelled emancipation agendas, twenty-ninth session). In a document about one social
    policy such a short chapter still counts as that policy's (``_elsewhere``)."""
    women = _short_budget("2 Veiligheid").replace(
        "De gemeente werkt aan dit programma met haar partners.",
        "Vrouwen die na huiselijk geweld een nieuw leven beginnen, krijgen een eigen plan van aanpak.",
        1,
    )
    data = analyzer.analyse_text(women, "begroting.txt").to_dict()
    assert "2 Veiligheid" in [s[0] for d in data["domains"] if d["id"] == "other" for s in d["sections"]]


def _regulation(title: str, articles: list[tuple[str, str]], who: str) -> str:
    """A short regulation: its title, then articles, each with a closing sentence about *who* gets the decision."""
    filler = f" De {who} ontvangt het besluit per brief en kan daartegen bezwaar maken." * 3
    return title + "\n\n" + "\n\n".join(f"{h}\n\n{b}{filler}" for h, b in articles)


@pytest.mark.parametrize("term", ["kwijtschelding", "individuele inkomenstoeslag"])
def test_a_regulation_titled_after_its_domain_repeating_one_term_of_it_is_that_domain(analyzer, term):
    """Rules for one scheme in short articles: the title's term ("kwijtschelding") fills every article, with
    hardly another term of its domain, while the text speaks of benefits throughout. The title names the
    domain; the words of income support show it is social policy."""
    articles = [
        (
            "Artikel 1 Reikwijdte",
            "Deze regels gaan over kwijtschelding van de afvalstoffenheffing voor inwoners "
            "met een uitkering uit de Participatiewet of een ander laag inkomen.",
        ),
        (
            "Artikel 2 Aanvraag",
            "Kwijtschelding vraagt de inwoner aan met een formulier; wie bijstand ontvangt, "
            "hoeft alleen de laatste specificatie van de uitkering mee te sturen.",
        ),
        (
            "Artikel 3 Berekening",
            "Voor de kwijtschelding telt het inkomen uit werk of uitkering van de laatste "
            "drie maanden, en het vermogen op de dag van de aanvraag.",
        ),
        (
            "Artikel 4 Werkenden",
            "Ook wie een baan heeft, kan kwijtschelding krijgen als het loon niet boven de norm uitkomt.",
        ),
        ("Artikel 5 Besluit", "Het college beslist binnen acht weken over de kwijtschelding."),
    ]
    text = (
        _regulation("Beleidsregels kwijtschelding gemeentelijke heffingen", articles, "inwoner")
        .replace("kwijtschelding", term)
        .replace("Kwijtschelding", term.capitalize())
    )
    report = analyzer.analyse_text(text, "regels.txt")
    assert report.domain.id == "armoede"
    # a title that names no domain leaves the bar on a single domain's variety as it was
    report = analyzer.analyse_text(text.replace(term, "vrijstelling"), "regels.txt")
    assert report.domain.id != "armoede"


def test_a_title_term_among_words_of_jobs_is_no_social_regulation(analyzer):
    """A tax relief for cafés titled "kwijtschelding" names jobs and employers, not benefits: not poverty policy
    (a hostile review: words of jobs cleared the bars and made it so)."""
    articles = [
        (
            "Artikel 1 Reikwijdte",
            "Deze regel gaat over kwijtschelding van de precariobelasting voor terrassen op de "
            "Markt tijdens de reconstructie.",
        ),
        ("Artikel 2 Aanvraag", "De ondernemer vraagt de kwijtschelding aan met een formulier van de gemeente."),
        (
            "Artikel 3 Achtergrond",
            "De horeca is een grote werkgever in de kern: ruim duizend mensen hebben er een "
            "baan, en werkgevers vrezen dat banen verloren gaan op de krappe arbeidsmarkt.",
        ),
        ("Artikel 4 Besluit", "Het college beslist binnen acht weken over de kwijtschelding."),
    ]
    text = _regulation("Beleidsregel kwijtschelding precariobelasting terrassen", articles, "ondernemer")
    assert analyzer.analyse_text(text, "regel.txt").domain.id == "other"


def test_benefits_named_in_passing_in_one_sentence_do_not_make_a_social_regulation(analyzer):
    """A housing rule titled after status holders names benefits once, in one clause: no integration policy."""
    articles = [
        ("Artikel 1 Urgentie", "Woningzoekenden met een medische of sociale noodsituatie kunnen urgentie aanvragen."),
        (
            "Artikel 2 Statushouders",
            "Statushouders krijgen een woning toegewezen volgens de taakstelling van het Rijk.",
        ),
        (
            "Artikel 3 Inkomen",
            "Een uitkering of bijstand is op zichzelf geen grond voor urgentie; ook een inkomen op minima-niveau niet.",
        ),
        ("Artikel 4 Besluit", "Het college beslist binnen acht weken over de aanvraag van de woningzoekende."),
    ]
    text = _regulation("Huisvestingsverordening urgentie en statushouders", articles, "woningzoekende")
    assert analyzer.analyse_text(text, "verordening.txt").domain.id == "other"


def _plan(title_block: str) -> str:
    """A short plan with one chapter long enough to decide (on traffic, other) and a short one on employers and
    jobseekers, too short to decide by its words."""
    return (
        "\n\n".join(
            [
                title_block,
                "1. Inleiding\n\nDit plan beschrijft hoe inwoners zich de komende jaren verplaatsen en wat de gemeente"
                " daarvoor doet.",
                VERKEER,
                _short(WERK, "4", "Werkgevers en woon-werkverkeer"),
            ]
        )
        + "\n"
    )


def test_a_title_block_of_several_lines_names_the_area_of_a_short_plan(analyzer):
    """A title of three lines read as one paragraph still names the plan's area: a mobility plan with a short
    chapter on employers and jobseekers is no social policy; the same chapters under a neutral title are."""
    mobility = (
        "Mobiliteitsplan Veldhoven-Oost 2031-2040\nVeilig en bereikbaar\nVastgesteld door de raad op 3 maart 2031"
    )
    assert analyzer.analyse_text(_plan(mobility), "plan.txt").domain.id == "other"
    neutral = "Plan Veldhoven-Oost 2031-2040\nSamen vooruit\nVastgesteld door de raad op 3 maart 2031"
    assert analyzer.analyse_text(_plan(neutral), "plan.txt").domain.id == "participatie"


def test_a_title_block_is_read_up_to_its_particulars(analyzer):
    """ "Portefeuille: Werk en Inkomen" among a title's particulars does not name the document's area."""
    import tempfile
    from pathlib import Path

    from genderscan.analysis.domains import title_domain
    from genderscan.evaluate import _parse

    def titled(text: str, tmp: str) -> str | None:
        path = Path(tmp)
        path.write_text(text + "\n\n1. Inleiding\n\nDe nota beschrijft het beleid.\n", encoding="utf-8")
        return title_domain(_parse(analyzer, path), analyzer.lexicon)

    with tempfile.TemporaryDirectory() as folder:
        health = (
            "Nota gezondheidsbeleid 2031-2034\nGezond leven\nVastgesteld op 3 maart 2031\nPortefeuille: Werk en Inkomen"
        )
        assert titled(health, f"{folder}/a.txt") is None
        integration = "Uitvoeringsplan inburgering 2031-2034\nSamen thuis\nVastgesteld op 3 maart 2031"
        assert titled(integration, f"{folder}/b.txt") == "inburgering"
        # particulars that end a sentence ("H. Jansen", a closing full stop) leave the title lines before them
        offered = "Uitvoeringsplan inburgering 2031-2034\nSamen thuis\nAangeboden door wethouder H. Jansen aan de raad."
        assert titled(offered, f"{folder}/c.txt") == "inburgering"


def test_an_integration_chapter_full_of_work_routes_is_integration(analyzer):
    """A chapter headed "Inburgering" whose work routes fill it with words of participation is about integration,
    when its words give integration at least half the hits of participation."""
    chapter = _short(WERK, "4", "Inburgering en integratie") + (
        "\n\nInburgeraars volgen naast de taallessen een werkroute. Elke inburgeringsplichtige krijgt een persoonlijk"
        " plan inburgering en participatie, en de inburgering wordt afgerond met het participatieverklaringstraject."
        " Statushouders en gezinsmigranten kiezen met de taalschool de B1-route, de onderwijsroute of de"
        " zelfredzaamheidsroute. De module Kennis van de Nederlandse Maatschappij en het inburgeringsexamen horen bij"
        " elke route, en nieuwkomers krijgen een maatje uit de buurt."
    )
    text = "\n\n".join([INTRO, WONEN, VERKEER, chapter]) + "\n"
    report = analyzer.analyse_text(text, "besluitenlijst.txt")
    assert {d.id for d in report.domains} == {"inburgering", "other"}


def test_a_council_meetings_items_on_a_zoning_plan_and_a_credit_for_works_are_not_its_social_item(analyzer):
    """Minutes of a council meeting: procedure, one item on work and income, a zoning plan and a credit for a
    bridge. Only the work item is social; the short procedural items before it and the two items on other areas
    are not (before, the work item's domain spread over every item)."""
    opening = (
        "Verslag van de raadsvergadering\n\n1 Opening\n\nDe voorzitter opent de vergadering om half acht en heet "
        "iedereen welkom. Er zijn geen berichten van verhindering.\n\n"
    )
    work = WERK.replace("5. Werk en inkomen", "2 Raadsvoorstel Werk en inkomen")
    zoning = (
        "3 Bestemmingsplan Molenakker\n\n"
        + " ".join(
            [
                "Het plan maakt twaalf woningen mogelijk aan de rand van het dorp, met een nieuwe ontsluitingsweg.",
                "Een inspreker vraagt naar de hoogte van de bebouwing en de afstand tot de bestaande tuinen.",
                "De wethouder licht toe dat de bouwhoogte is beperkt tot twee lagen met een kap.",
                "Het plan wordt met algemene stemmen vastgesteld.",
            ]
            * 2
        )
        + "\n\n"
    )
    credit = (
        "4 Krediet vervanging Kanaalbrug\n\n"
        + " ".join(
            [
                "De brug over het kanaal is aan vervanging toe; de houten delen zijn verrot en de leuning is te laag.",
                "De raad stelt een krediet beschikbaar voor een nieuwe brug van staal met een fietspad.",
                "De werkzaamheden duren vier maanden; in die tijd rijdt er een pont.",
            ]
            * 2
        )
        + "\n"
    )
    report = analyzer.analyse_text(opening + work + "\n\n" + zoning + credit, "verslag.txt")
    shares = {d.id: d for d in report.domains}
    assert shares["participatie"].sections == (("2 Raadsvoorstel Werk en inkomen",),)
    assert {("3 Bestemmingsplan Molenakker",), ("4 Krediet vervanging Kanaalbrug",)} <= set(shares["other"].sections)


def test_a_nota_on_social_policy_alone_keeps_its_introduction_in_the_verdict(analyzer):
    """Chapters that frame a document (an introduction, a summary) leave the verdict only beside a chapter on other
    policy: the introduction of a nota on work alone is that policy's, and the EIGE questions read it."""
    text = (
        "1 Inleiding\n\nDeze nota beschrijft hoe de gemeente werkzoekenden met een uitkering naar werk begeleidt."
        " Van de 420 mensen in de bijstand zijn 250 vrouwen en 170 mannen; vrouwen vinden minder vaak een baan."
        f"{' De klantmanager helpt werkzoekenden in de bijstand met een traject naar werk.' * 12}\n\n"
        "2 Aanpak\n\nDe klantmanager helpt werkzoekenden met een uitkering bij re-integratie."
        f"{' Wie bijstand ontvangt, krijgt een traject en begeleiding naar werk.' * 12}\n"
    )
    report = analyzer.analyse_text(text, "nota.txt")
    assert report.domain.id == "participatie" and report.verdict_sections() is None
    # … nor beside one chapter on other policy (a hostile review: a work plan with a chapter on roads to its business
    # parks) …
    roads = "\n\n3 Verkeer\n\n" + "De fietsroute naar het station wordt breder en de bushalte krijgt een abri. " * 15
    report = analyzer.analyse_text(text + roads, "nota.txt")
    assert ("1 Inleiding",) in report.verdict_sections()
    # … but beside two it frames a document on more policy, and still answers the EIGE questions with the rest
    houses = "\n\n4 Wonen\n\n" + "De gemeente bouwt tweehonderd huurwoningen en een nieuw park bij de haven. " * 15
    before = {q.id: q.status for q in report.questions}
    report = analyzer.analyse_text(text + roads + houses, "nota.txt")
    assert ("2 Aanpak",) in report.verdict_sections()
    assert ("1 Inleiding",) not in report.verdict_sections()
    assert {q.id: q.status for q in report.questions} == before
    assert before["situatie"] == "deels"  # the figures by sex in the introduction say something of the situation


def _chapters_about(topic_chapters: list[tuple[str, str]], title: str) -> str:
    """A plan titled *title*: the chapters of *topic_chapters* (heading, one paragraph said three times; each too
    short to decide and naming no checklist term) and a long chapter on work and income."""
    parts = [title]
    for n, (heading, paragraph) in enumerate(topic_chapters, 1):
        parts.append(f"{n}. {heading}\n\n{paragraph} {paragraph} {paragraph}")
    parts.append(WERK.replace("5. Werk en inkomen", f"{len(topic_chapters) + 1}. Werk en inkomen"))
    return "\n\n".join(parts) + "\n"


EVERYDAY = [
    (
        "Thuis en gezin",
        "Wie met jonge kinderen aan een traject begint, hoeft de opvang niet zelf te regelen. De gemeente betaalt de"
        " kinderopvang tijdens het traject volledig, ook het deel boven de toeslag.",
    ),
    (
        "Onze partners",
        "Met de bibliotheek, het buurthuis en de vrijwilligerscentrale maken we afspraken over de hulp in de wijk."
        " Elke partner krijgt een vaste contactpersoon bij de gemeente.",
    ),
    (
        "Wat we meten",
        "Elk halfjaar maken we een overzicht van wie meedoet, uitgesplitst naar geslacht en leeftijd. De raad"
        " krijgt dat overzicht met een korte toelichting.",
    ),
]


def test_a_social_plan_with_everyday_chapters_stays_whole(analyzer):
    """A social plan under a title with a genre word ("Beleidsplan meedoen") whose short chapters have everyday
    headings and name no checklist term ("Thuis en gezin", "Onze partners", "Wat we meten") and commit to measures:
    the plan is judged as a whole and those commitments count (a hostile review: chapters like these were cut)."""
    report = analyzer.analyse_text(_chapters_about(EVERYDAY, "Beleidsplan meedoen 2031-2034"), "plan.txt")
    assert report.domain.id == "participatie" and report.verdict_sections() is None
    status = {m.id: m.status for m in report.measures}
    assert status["kinderopvang"] == "present" and status["genderdata"] == "present"


CYCLING = [
    (
        "Fietsen in het dorp",
        "Zeven op de tien ritten in het dorp zijn korter dan vijf kilometer, en toch pakken veel inwoners daarvoor de"
        " auto. Met de fiets zijn ze vaak sneller. Vrouwen fietsen vaker dan mannen, en ouderen fietsen steeds vaker"
        " elektrisch. De routes naar de scholen en de sporthal krijgen voorrang.",
    ),
    (
        "Veilige routes",
        "De route langs de dijk wordt breder en krijgt verlichting. Op drie kruisingen krijgen fietsers voorrang,"
        " en de straat door het centrum krijgt rood asfalt en een lagere snelheid voor auto's. Bewoners van de"
        " nieuwe wijk krijgen een eigen fietspad naar het centrum, waar vooral vrouwen om vroegen.",
    ),
    (
        "Stallen bij het station",
        "Bij het station komen tweehonderd overdekte plekken bij, met laadpunten voor elektrische fietsen. Weesfietsen"
        " worden na vier weken verwijderd en gaan naar de kringloop. Ook bij de sporthal en het zwembad komen er"
        " rekken bij, omdat mannen daar vaker met de fiets komen.",
    ),
]


@pytest.mark.parametrize("title", ["Fietsbeleidsplan Noordwolde 2031-2036", "Voedselstrategie Noordwolde 2031-2036"])
def test_a_plan_titled_after_an_area_without_a_checklist_keeps_its_social_chapter_apart(analyzer, title):
    """A cycling plan or a food strategy (``other_headings``) with one chapter on work and income among shorter
    chapters on its own area, which hold more words than it and name women or men (so they are no bare chapters):
    the verdicts cover that chapter only (before, the short chapters joined it)."""
    report = analyzer.analyse_text(_chapters_about(CYCLING, title), "plan.txt")
    assert report.verdict_sections() == (("4. Werk en inkomen",),)


@pytest.mark.parametrize("title", ["Grensagenda 2030-2034", "Fusieplan ambtelijke organisaties 2030-2032"])
def test_a_title_on_cross_border_work_or_a_merger_judges_only_the_social_chapter(analyzer, title):
    """A cross-border agenda or a merger plan whose short chapters name work now and then, beside one long chapter
    on work and income: that chapter is the verdict, not the whole plan (under a title that names no area it is)."""
    work = WERK.split("\n\n")
    chapters = [
        "\n\n".join([f"{n}. {heading}", *chapter.split("\n\n")[1:3], work[k]])
        for n, heading, chapter, k in (
            (2, "Reizen", WONEN, 2),
            (3, "Elkaar verstaan", VERKEER, 3),
            (4, "Over en weer", DUURZAAM, 4),
        )
    ]
    report = analyzer.analyse_text("\n\n".join([title, *chapters, WERK]) + "\n", "plan.txt")
    assert report.verdict_sections() == (("5. Werk en inkomen",),)
    plain = analyzer.analyse_text("\n\n".join(["Nota 2030-2034", *chapters, WERK]) + "\n", "nota.txt")
    assert plain.verdict_sections() is None


GELD = """6. Bestuur, organisatie en geld

Voor de uitvoering van dit akkoord reserveren wij de komende vier jaar extra middelen. Het grootste deel gaat naar
werk en inkomen: de re-integratiebudgetten voor inwoners met een bijstandsuitkering, de loonkostensubsidies voor
werkgevers die werkzoekenden in dienst nemen, en de jobcoaches die deelnemers na hun plaatsing begeleiden.

De uitgaven voor de bijstand volgen het aantal uitkeringen. Stijgt dat aantal, dan stelt het college bij de
voorjaarsnota voor hoe de hogere bijstandslasten worden gedekt. Tegenvallers vangen wij eerst op binnen de algemene
reserve; pas daarna kijken wij naar andere posten. De schuldhulpverlening en de bijzondere bijstand houden hun
budget, ook als het krap wordt.

Voor wonen, verkeer en duurzaamheid staan de investeringen in het meerjarenprogramma. Wij lenen niet meer dan nodig en
houden de lokale lasten voor inwoners gelijk, met een correctie voor de inflatie. De kwijtschelding van de
gemeentelijke belastingen voor huishoudens met een laag inkomen blijft bestaan.

De ambtelijke organisatie krijgt er geen taken bij zonder de mensen en het geld om ze uit te voeren. Wij werken
samen met de buurgemeenten aan de uitvoering van de Participatiewet in een gezamenlijk werkbedrijf, en wij
vragen het werkbedrijf elk halfjaar om een rapportage over de uitstroom naar werk, de duur van de uitkeringen en
het gebruik van de minimaregelingen.

De raad krijgt elk jaar bij de jaarrekening een overzicht van de uitgaven per hoofdstuk van dit akkoord. Halverwege
de periode maken wij de balans op: wat is bereikt, wat kost meer dan gedacht, en waar schuiven wij met geld. Zo blijft
de begroting sluitend, ook als het aantal uitkeringen stijgt, en weten inwoners waar hun belastinggeld heen gaat.

Subsidies aan maatschappelijke partners verlenen wij voortaan voor vier jaar in plaats van één. Dat geeft het
taalhuis, de voedselbank en de vrijwilligers van de thuisadministratie rust, en het scheelt de organisatie veel
papierwerk. In ruil vragen wij elk jaar een kort verslag van wat met het geld is gedaan en wie ermee is bereikt."""


def test_a_top_chapter_on_the_documents_money_is_out_of_the_verdict(analyzer):
    """A long "Bestuur, organisatie en geld" chapter that names the benefits it pays for frames the whole
    document: out of the verdict's sections, beside the chapter on work."""
    assert len(GELD.split()) > MIN_SECTION_WORDS
    text = "\n\n".join(["Nota 2030-2034", WONEN, VERKEER, DUURZAAM, WERK, GELD])
    sections = analyzer.analyse_text(text + "\n", "nota.txt").verdict_sections()
    assert ("5. Werk en inkomen",) in sections
    assert not any(path[0].startswith("6.") for path in sections)


def _route_note(first: str) -> str:
    """A note on a work route: a short first chapter (*first*) full of benefits and jobseekers, a long chapter on the
    route's practicalities that names nothing social, a long chapter on employers and a short close."""
    plain = (
        "De bijeenkomsten vinden plaats in het gebouw aan de haven en beginnen om negen uur. "
        "De groepen zijn klein, de ruimtes zijn licht en er is koffie en thee voor iedereen. "
    )
    intro = (
        "Veel inwoners met een bijstandsuitkering zoeken werk. Werkzoekenden krijgen een klantmanager en een "
        "re-integratietraject, en wie een uitkering heeft, kan een werkervaringsplaats krijgen. "
    )
    employers = (
        "Werkgevers in de regio nemen werkzoekenden aan met loonkostensubsidie. Wie een uitkering heeft, krijgt "
        "een jobcoach op de werkvloer. "
    )
    return (
        "Uitvoeringsnotitie leerroute 2027\n\n"
        f"{first}\n\n{intro * 3}\n\n"
        f"2 Praktische zaken\n\n{plain * 12}\n\n"
        f"3 Werkgevers\n\n{(employers + plain) * 7}\n\n"
        f"4 Tot slot\n\n{plain * 2}\n"
    )


def test_a_short_chapter_that_names_the_checklist_counts_beside_a_long_chapter_on_other_things(analyzer):
    """A note whose long chapter on the route's practicalities names nothing social and outweighs its one long
    social chapter: only the decided sections used to count, and a short introduction full of benefits and
    jobseekers fell out of the verdict. A short chapter whose own words name the checklist is the main domain's;
    one that names nothing stays out."""
    data = analyzer.analyse_text(_route_note("1 Aanleiding"), "notitie.txt").to_dict()
    sections = {d["id"]: [s[-1] for s in d["sections"]] for d in data["domains"]}
    assert data["domain"] == "participatie", sections
    assert "1 Aanleiding" in sections["participatie"], sections
    assert "3 Werkgevers" in sections["participatie"], sections
    assert "2 Praktische zaken" in sections["other"], sections


@pytest.mark.parametrize(
    "heading, body",
    [
        (
            "4 Economie",
            "Ondernemers op het industrieterrein vragen om een betere ontsluiting. Werkgevers vinden moeilijk "
            "personeel op de krappe arbeidsmarkt, en elke nieuwe baan telt. De gemeente legt glasvezel aan.",
        ),
        (
            "4 Risico's",
            "Stijgt het aantal bijstandsuitkeringen, dan stijgen de lasten van de Participatiewet; het budget voor "
            "re-integratie hangt af van de conjunctuur. De reserve vangt dat op.",
        ),
    ],
)
def test_a_short_chapter_on_another_area_or_on_risks_stays_out_beside_a_long_one(analyzer, heading, body):
    """The rescue of short chapters that name the checklist (above) leaves out a chapter headed by another area,
    a chapter of risks and a glossary, whose words name jobs or benefits in passing (hostile review)."""
    roads = (
        "De gemeente vervangt de riolering in de Kerkstraat en legt nieuwe stoepen aan. Het fietspad langs de "
        "dijk wordt breder en krijgt verlichting. In de wijk Noord komen veertig bomen en een speelplek. "
    )
    work = (
        "Inwoners met een bijstandsuitkering krijgen een klantmanager. Werkzoekenden krijgen een "
        "werkervaringsplaats bij een werkgever, met loonkostensubsidie waar dat nodig is, en re-integratie. "
    )
    text = (
        "Programmabegroting 2027\n\n1 Inleiding\n\nDit programma zegt wat de gemeente in 2027 doet.\n\n"
        f"2 Openbare ruimte\n\n{roads * 12}\n\n3 Werk en inkomen\n\n{work * 9}\n\n{heading}\n\n{body}\n"
    )
    data = analyzer.analyse_text(text, "begroting.txt").to_dict()
    sections = {d["id"]: [s[-1] for s in d["sections"]] for d in data["domains"]}
    assert "3 Werk en inkomen" in sections.get("participatie", []), sections
    assert heading in sections["other"], sections


def test_a_short_chapter_on_another_area_that_names_a_few_words_of_work_stays_out():
    """A poverty plan with chapters on other areas: a short chapter headed by the economy that names employers,
    jobseekers and the number on bijstand in passing is not the plan's social policy; one that names many terms
    of the checklist is (ELSEWHERE_TERMS)."""
    from genderscan import Analyzer

    analyzer = Analyzer()
    poverty = (
        "Huishoudens met schulden krijgen snel schuldhulp. Minima krijgen kwijtschelding van de lokale lasten, "
        "en wie een laag inkomen heeft, kan een beroep doen op de minimaregelingen en het kindpakket. "
        "De voedselbank en de schuldhulpverlening werken samen tegen armoede. "
    )
    roads = "De gemeente legt een nieuwe rotonde aan bij de haven en verbreedt het fietspad langs de dijk. "
    economy = (
        "Ondernemers op het bedrijventerrein zoeken personeel. Werkgevers melden vacatures bij het servicepunt, "
        "en de gemeente telt ruim vierhonderd werkzoekenden in de bijstand. Het centrum krijgt nieuwe bestrating. "
    )
    text = (
        "Dorpsagenda 2027\n\n"
        f"1 Rondkomen in het dorp\n\n{poverty * 8}\n\n"
        f"2 Verkeer en vervoer\n\n{roads * 6}\n\n"
        f"3 Economie en centrum\n\n{economy * 2}\n"
    )
    data = analyzer.analyse_text(text, "agenda.txt").to_dict()
    sections = {d["id"]: [s[-1] for s in d["sections"]] for d in data["domains"]}
    assert "1 Rondkomen in het dorp" in sections.get("armoede", []), sections
    assert "3 Economie en centrum" in sections["other"], sections


@pytest.mark.parametrize(
    "heading",
    [
        "6. Sturing en geld",
        "6. Geld, sturing en monitoring",
        "6. Verantwoording en middelen",
        "6. Geld, looptijd en geschillen",
        "6. Financiering, looptijd en geschillen",
    ],
)
def test_a_top_chapter_on_steering_and_money_is_out_of_the_verdict(analyzer, heading):
    """ "Sturing" (steering) and "verantwoording" (accounting for it) are the running of the document like
    "uitvoering" and "monitoring": with money, such a chapter frames the document (three read sets labelled
    "Sturing en geld" chapters other); so are an agreement's term and disputes ("Geld, looptijd en geschillen")."""
    text = "\n\n".join(
        ["Nota 2030-2034", WONEN, VERKEER, DUURZAAM, WERK, GELD.replace("6. Bestuur, organisatie en geld", heading)]
    )
    sections = analyzer.analyse_text(text + "\n", "nota.txt").verdict_sections()
    assert ("5. Werk en inkomen",) in sections
    assert not any(path[0].startswith("6.") for path in sections)


def test_a_short_chapter_on_people_at_risk_is_still_rescued(analyzer):
    """The rescue of a short chapter that names the checklist leaves out a chapter of the document's risks, by the
    heading's first word: "1 Jongeren met risico op werkloosheid" is policy and stays in."""
    data = analyzer.analyse_text(_route_note("1 Jongeren met risico op werkloosheid"), "notitie.txt").to_dict()
    sections = {d["id"]: [s[-1] for s in d["sections"]] for d in data["domains"]}
    assert "1 Jongeren met risico op werkloosheid" in sections["participatie"], sections


_GREEN_WORK = (
    "Groenploegplan 2031-2033\nSamen werken in het groen\n\n"
    "1 Aanleiding\n\nInwoners met een bijstandsuitkering vinden moeilijk een betaalde baan. De groenploeg biedt hun "
    "werkervaring, zodat zij via re-integratie uitstromen naar werk bij een werkgever in de regio.\n\n"
    "2 Het werk in de parken\n\n"
    + " ".join(
        [
            "De ploeg van deelnemers met een uitkering maait de bermen langs de singels en snoeit de hagen.",
            "In het voorjaar plant zij bollen in de plantsoenen en in de herfst ruimt zij het blad van de paden.",
            "Het gereedschap staat in de loods bij de kwekerij, waar ook de aanhangers en de maaiers worden gestald.",
            "Een vakman wijst elke ochtend de klussen toe en controleert aan het eind van de dag het werk.",
        ]
        * 6
    )
    + "\n\n3 Wie meedoet\n\nDeelnemers komen uit de bijstand en krijgen een klantmanager van het werkplein. De "
    "uitkering loopt door zolang het traject duurt; wie een baan vindt, stroomt uit. De Participatiewet is het kader, "
    "en het re-integratiebudget betaalt de begeleiding.\n\n"
    "4 Na de ploeg\n\nNa een jaar zoekt de klantmanager met iedere deelnemer een baan bij een werkgever; wie dan nog "
    "een uitkering heeft, krijgt een nieuw traject.\n"
)


def test_a_plan_whose_title_names_another_area_is_social_when_its_text_is_dense_with_social_terms(analyzer):
    """A work project in the parks ("Groenploegplan … in het groen") whose text is about people on benefits,
    their trajectories and jobs through all its sections, far above the bar, is participation policy; the same plan
    with a few social words stays about the parks (the title's area), and so does a plan about the parks with one
    paragraph on jobseekers."""
    dense = analyzer.analyse_text(_GREEN_WORK, "plan.txt")
    assert dense.domain.id == "participatie"
    parks = _GREEN_WORK.replace("De ploeg van deelnemers met een uitkering maait", "De aannemer maait")
    assert analyzer.analyse_text(parks, "plan.txt").domain.id == "other"
    sparse = parks.split("\n3 Wie meedoet")[0] + "\n"
    assert analyzer.analyse_text(sparse, "plan.txt").domain.id == "other"


def test_an_agreements_opening_chapter_on_its_aims_does_not_pull_the_other_chapters_into_the_measure_check(analyzer):
    """Blind-labelled agreements (sixty-third session): an agreement whose first chapter ("1 Doel en partijen") lists
    the work places among its other aims is framed by that chapter, not about work in it. Its chapters on bread,
    the shop's discount pass and energy come before the chapter on work, so they are no money chapters of it, and
    the shop's pass "ook wie geen uitkering heeft" is no evidence for the checklist."""
    text = (ROOT / "tests" / "data" / "overeenkomst_bakkerij.txt").read_text(encoding="utf-8")
    data = analyzer.analyse_text(text, "overeenkomst.txt").to_dict()
    by_domain = {d["id"]: [s[0] for s in d["sections"]] for d in data["domains"]}
    assert by_domain["participatie"] == ["5 Werken en leren in de bakkerij"]
    assert "1 Doel en partijen" in by_domain["other"]
    assert data["domain_detail"]["money_sections"] == [["6 Geld, toezicht en geschillen"]]
    evidence = [e["text"] for m in data["measures"] if m["id"] == "nuggers" for e in m.get("evidence", [])]
    assert not any("broodpas" in t or "geen uitkering heeft" in t for t in evidence)


def test_a_decision_named_again_by_a_compound_is_one_item_and_a_full_list_says_there_may_be_more(analyzer):
    """An expert read of the Wassenaar decision texts (sixty-third session): "Stand van zaken energie armoede" and its
    short text about "energiearmoede" are one decision, not two of the six places; a list that fills all six says it
    may hold the first ones only."""
    records = [
        ("Stand van zaken energie armoede", "Het college neemt kennis van de notitie over energiearmoede."),
        ("Eenmalige energietoeslag 2029", "De beleidsregels voor de eenmalige energietoeslag vast te stellen."),
        ("Verlenging opvang asielzoekers", "De opvang van asielzoekers op het landgoed te verlengen."),
        ("Subsidie taalcafé statushouders", "De subsidie voor het taalcafé voor statushouders te verlenen."),
        ("Beleidsregels bijzondere bijstand", "De beleidsregels bijzondere bijstand vast te stellen."),
        ("Jaarverslag kinderopvang", "Het jaarverslag over de kinderopvang vast te stellen."),
        ("Re-integratie en werk", "Het uitvoeringsplan re-integratie naar werk vast te stellen."),
    ]
    lines = ["COLLEGEBESLUITEN (7 besluiten)"]
    for month, (title, decision) in enumerate(records, start=1):
        lines += [
            f"Besluit: {title} Datum: 2029-0{month}-12 Type: collegebesluit",
            f"Besluittekst (kort): Besluit: {decision}",
        ]
    data = analyzer.analyse_text("\n\n".join(lines) + "\n", "besluiten.txt").to_dict()
    texts = [i["text"] for i in data["social_items"]]
    assert len(texts) == 6 and not any("notitie over energiearmoede" in t for t in texts)
    assert "Eenmalige energietoeslag" in texts[1]
    md = FORMATTERS["md"].render(data)
    assert "De eerste 6 agendapunten of besluiten" in md and "(er kunnen er meer zijn)" in md


@pytest.mark.parametrize(
    "heading, opening",
    [
        ("1 Doel en partijen", True),
        ("1. Aanleiding en doel", True),
        ("Hoofdstuk 1 Doelen", True),
        ("4 Doelen voor de komende jaren", False),
        ("3 Partijen in de wijk en wat zij doen voor werk", False),
    ],
)
def test_only_a_first_chapter_on_aims_or_parties_frames_the_document(heading, opening):
    """A hostile review (sixty-third session): a chapter on aims or parties in the middle of a document holds its
    policy; only the first chapter frames it."""
    assert bool(_OPENING_FRAME_HEADING.search(heading)) is opening


POOL = """Overeenkomst zwembad De Golfslag 2031-2034

1 Aanleiding

De gemeente en de exploitant sluiten deze overeenkomst om het zwembad De Golfslag te vernieuwen en open te houden. In deze overeenkomst staat wie wat doet bij de bouw, het beheer en de leerplekken.

2 Bouw en beheer van het bad

De exploitant vervangt in 2031 het dak, de filterinstallatie en de kleedkamers. De aannemer levert het werk op voor de zomer van 2032 en de gemeente betaalt de helft van de kosten uit het investeringskrediet. Na de oplevering zorgt de exploitant voor het dagelijks onderhoud, de schoonmaak van de baden en de controle van de waterkwaliteit. Elk kwartaal meldt de exploitant de storingen en de energiekosten aan de gemeente. De parkeerplaats krijgt nieuwe verlichting en een laadpaal voor de bus van de zwemschool. Het terras wordt uitgebreid met twintig zitplaatsen en een overkapping tegen de regen.

3 Leren en werken in het zwembad

Het zwembad biedt ieder jaar twaalf leerwerkplekken voor inwoners met een bijstandsuitkering of zonder uitkering. Team Werk stuurt iedere volwassene in een bijstandshuishouden een eigen uitnodiging. Iedere deelnemer krijgt een eigen werkplan en een vaste begeleider van de exploitant. De deelnemers werken aan de kassa, in de schoonmaak, in de technische ruimte en bij het toezicht op de baden. De gemeente betaalt de begeleiding uit het participatiebudget en vergoedt de kinderopvang voor deelnemers met jonge kinderen. Wie na de leerplek een baan vindt, houdt nog een halfjaar dezelfde werkcoach. Ieder halfjaar rapporteert team Werk aan de raad hoeveel vrouwen en mannen een plek hadden en hoeveel van hen uitstroomden naar betaald werk. De exploitant neemt ieder jaar ten minste vier deelnemers in vaste dienst en vraagt daarbij geen diploma. De werktijden worden afgestemd op de schooltijden van de kinderen van de deelnemers. Een vrouwennetwerk uit de wijk denkt twee keer per jaar mee over de werving van deelnemers.

4 Geld en looptijd

De overeenkomst loopt van 1 januari 2031 tot en met 31 december 2034. De exploitant ontvangt een jaarlijkse bijdrage voor het openhouden van het bad. Geschillen legt partijen voor aan een onafhankelijke commissie.
"""


def test_a_chapter_on_building_and_upkeep_is_another_area(analyzer):
    # a building's construction and upkeep ("Bouw …") is no social policy, even in an agreement whose one social
    # chapter places people in the building: it gives no evidence for the measures
    report = analyzer.analyse_text(POOL, "zwembad.txt")
    shares = {d.id: d for d in report.domains}
    assert ("2 Bouw en beheer van het bad",) in shares["other"].sections
    assert ("3 Leren en werken in het zwembad",) in shares["participatie"].sections


FILLER = (
    "De werkplaats aan de haven is elke werkdag open van negen tot vijf en heeft een eigen ingang aan de kade. "
    "Wie iets wil ophalen, meldt zich bij de balie en krijgt een bonnetje met een nummer. "
)


def test_numbered_paragraphs_of_an_article_sit_under_it():
    """An agreement cut into articles with numbered paragraphs ("Artikel 5 …", "5.1 …", "5.2 …"): the paragraphs are
    the article's (a blind-labelled agreement's poverty article was read as six chapters); a law's "§ 2.1" over its
    articles stays above them."""
    text = (
        "Artikel 4 Terrein\n\nHet bedrijf huurt het terrein.\n\n"
        "Artikel 5 Energiekosten\n\nPartijen spreken het volgende af.\n\n5.1 Waarom\n\nDe kosten stijgen.\n\n"
        "5.2 Wie\n\nIeder huishouden kan meedoen.\n\nArtikel 6 Looptijd\n\nDeze overeenkomst loopt tot 2030.\n"
    )
    paths = {p.text: p.location.section_path for p in document_from_text(text, "o.txt").passages}
    assert paths["De kosten stijgen."] == ("Artikel 5 Energiekosten", "5.1 Waarom")
    assert paths["Ieder huishouden kan meedoen."] == ("Artikel 5 Energiekosten", "5.2 Wie")
    assert paths["Deze overeenkomst loopt tot 2030."] == ("Artikel 6 Looptijd",)
    regulation = (
        "Hoofdstuk 2 Ondersteuning\n\n2.1 Aanbod\n\nArtikel 2 Aanbod\n\nHet college biedt ondersteuning.\n\n"
        "2.2 Loonkostensubsidie\n\nArtikel 3 Subsidie\n\nHet college verstrekt loonkostensubsidie.\n"
    )
    # (a regulation whose paragraphs hold its articles: "2.2" after "Artikel 2" is the next paragraph; a hostile review)
    assert {p.text: p.location.section_path for p in document_from_text(regulation, "v.txt").passages}[
        "Het college verstrekt loonkostensubsidie."
    ] == ("Hoofdstuk 2 Ondersteuning", "2.2 Loonkostensubsidie", "Artikel 3 Subsidie")
    law = "Hoofdstuk 2 Bijstand\n\nArtikel 7 Recht\n\nIeder heeft recht op bijstand.\n"
    assert {p.text: p.location.section_path for p in document_from_text(law, "w.txt").passages}[
        "Ieder heeft recht op bijstand."
    ] == ("Hoofdstuk 2 Bijstand", "Artikel 7 Recht")


def test_short_sections_around_one_deciding_section_give_the_plans_domain(analyzer):
    """A short plan for newcomers of short sections that name integration densely, and one longer section on the
    lessons full of employers: the plan is about integration, not about work because its one long section is."""
    short = [
        f"{n} {h}\n\n{t} " + FILLER * 4
        for n, h, t in [
            ("1", "Aanleiding", "Nieuwkomers en statushouders volgen overdag de inburgering en taalles."),
            ("2", "Voor wie", "Het plan is voor inburgeraars met een baan en voor nieuwkomers zonder taalniveau B1."),
            ("4", "Intake", "De intake hoort bij de inburgering; statushouders kiezen zelf hun leerroute."),
            ("5", "Cijfers", "Wij tellen elk jaar hoeveel nieuwkomers de inburgering in de avond afronden."),
        ]
    ]
    lessons = (
        "3 Het lesaanbod\n\nMet werkgevers sluiten we een werkgeversakkoord over de roosters op lesavonden. "
        "Wie geen uitkering heeft, doet in de lessen werkervaring op. "
        + ("Werkgevers stellen een lokaal beschikbaar. " + FILLER * 2)
        * 4
    )
    text = "\n\n".join(["Avondleerplan 2031", short[0], short[1], lessons, short[2], short[3]]) + "\n"
    report = analyzer.analyse_text(text, "avondleren.txt")
    assert report.domain.id == "inburgering"


def test_poverty_in_everyday_words_in_a_heading_names_its_chapter(analyzer):
    """An agreement's chapter headed "Energiekosten van huishoudens met een smalle beurs", open to people with wages,
    a pension or a benefit, names jobs and benefits as often as poverty: its heading says it is poverty policy."""
    other = [
        f"Artikel {n} {h}\n\n" + FILLER * 6 for n, h in [(1, "Partijen"), (2, "Terrein en water"), (4, "Looptijd")]
    ]
    poverty = "Artikel 3 Energiekosten van huishoudens met een smalle beurs\n\n" + " ".join(
        [
            "Het fonds is er voor huishoudens tot 120 procent van het sociaal minimum.",
            "Het maakt niet uit of het inkomen uit een baan, een uitkering of een pensioen komt.",
            "Wie een baan heeft bij een werkgever in de regio, kan ook meedoen; de voedselbank verwijst door.",
            "Een energiecoach komt langs en vervangt lampen en tochtstrips. " + FILLER * 3,
            "Huishoudens met een laag inkomen en een baan vullen één formulier in.",
        ]
    )
    text = "\n\n".join(["Overeenkomst rekencentrum 2031", other[0], other[1], poverty, other[2]]) + "\n"
    report = analyzer.analyse_text(text, "overeenkomst.txt")
    assert report.domain.id == "armoede"


def test_a_long_section_headed_by_its_domain_keeps_a_short_plan_in_it(analyzer):
    """An energy-poverty plan whose long section "2 Aanpak van energiearmoede" decides poverty, beside a short
    section on hiring jobseekers as energy coaches full of words of work: the plan stays a poverty plan (a hostile
    review), though short sections dense with another domain otherwise give a short plan that domain."""
    poverty = "2 Aanpak van energiearmoede\n\n" + " ".join(
        [
            "Huishoudens met een laag inkomen krijgen een bezoek van een energiecoach.",
            "Wie een betalingsachterstand heeft bij de energieleverancier, krijgt hulp van de schuldhulpverlening.",
            "Energiearmoede pakken we aan met isolatie van de woning en een energietoeslag.",
            FILLER * 8,
        ]
    )
    coaches = "3 Energiecoaches uit de wijk\n\n" + " ".join(
        [
            "Werkzoekenden met een uitkering worden opgeleid tot energiecoach.",
            "Zo doen zij werkervaring op en zetten zij een stap naar betaald werk; de re-integratie loopt via de klantmanager.",
            "Wie uit de bijstand komt, houdt een vaste werkgever in de wijk.",
            FILLER * 6,
        ]
    )
    text = "\n\n".join(["Warm de winter door", "1 Aanleiding\n\n" + FILLER * 3, poverty, coaches]) + "\n"
    report = analyzer.analyse_text(text, "winter.txt")
    assert report.domain.id == "armoede"


@pytest.mark.parametrize(
    "heading, frame",
    [
        ("Overwegingen", True),
        ("Aanbiedingsbrief", True),
        ("6 Weerstandsvermogen en risico's", True),
        ("Managementsamenvatting", True),
        # (not a chapter on considerations about the policy itself)
        ("3 Overwegingen bij de keuze van de trajecten", False),
        ("4 Werk en inkomen", False),
        # an agreement's money chapter under its label, and a budget's reserves or balance sheet (seventy-third session)
        ("Afspraak 6 Geld, looptijd en geschillen", True),
        ("Artikel 7 Geld, evaluatie en geschillen", True),
        ("6 Financiën en reserves", True),
        ("6 Balans, reserves en risico's", True),
        ("Artikel 5 Werk op de bouwplaats", False),
        ("5 Geld", False),
    ],
)
def test_recitals_cover_letters_and_reserves_frame_the_document(heading, frame):
    """An agreement's recitals, a budget's cover letter and its paragraph on reserves frame the document: writers of
    the read document sets never listed one among the social sections."""
    assert bool(_FRAME_HEADING.search(heading)) is frame


def test_a_heading_that_names_a_social_area_counts_as_one_of_its_terms(analyzer):
    """An agreement's article headed "Wat partijen doen voor huishoudens met een laag inkomen", whose text speaks of
    the pass by its own name and names one word of work, beside the article on who gets the pass: its heading says
    what it is about (seventy-fourth session). Not under a heading that names no area, nor among articles none of
    which is social (a fee "voor minima" in a shop agreement, a hostile review)."""
    other = [
        f"Artikel {n} {h}\n\n" + FILLER * 24 for n, h in [(1, "Partijen"), (2, "Terrein en bouw"), (5, "Looptijd")]
    ]
    eligible = "Artikel 3 Wie de Duinpas krijgt\n\n" + " ".join(
        [
            "De Duinpas is er voor huishoudens met een laag inkomen tot 120 procent van het sociaal minimum.",
            "Wie bijstand of een andere uitkering heeft, of een baan met een laag loon, kan de pas aanvragen.",
            "De minimaregelingen van de gemeente gelden naast de pas; de bestaanszekerheid van huishoudens staat voorop.",
            FILLER * 8,
        ]
    )
    body = " ".join(
        [
            "Met de Duinpas krijgt een huishouden korting op brood, zuivel en groente.",
            "De gemeente betaalt de helft van de korting, de winkel de andere helft.",
            "De winkel zoekt bovendien een vaste kracht voor een baan in het magazijn.",
            FILLER * 4,
        ]
    )
    for heading, with_eligible, social in [
        ("Artikel 4 Wat partijen doen voor huishoudens met een laag inkomen", True, True),
        ("Artikel 4 Korting aan de kassa", True, False),
        ("Artikel 4 Wat partijen doen voor huishoudens met een laag inkomen", False, False),
    ]:
        parts = [other[0], other[1], *([eligible] if with_eligible else []), f"{heading}\n\n{body}", other[2]]
        text = "\n\n".join(["Winkelovereenkomst Duinwijk 2031", *parts])
        report = analyzer.analyse_text(text + "\n", "winkel.txt")
        covered = {p for d in report.domains if d.id != "other" for p in d.sections}
        assert ((heading,) in covered) is social, (heading, with_eligible)
