"""Report formats: JSON against its schema, Markdown and HTML safe and complete."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from genderscan.report import FORMATTERS
from genderscan.resources import schema_path

PAYLOAD = 'De man is de kostwinner <script>alert("x")</script> en <img src=x onerror=alert(1)>.\n\nMoeders zorgen voor de kinderen.'


@pytest.fixture(scope="module")
def payload_report(analyzer):
    return analyzer.analyse_text(PAYLOAD, name="payload.txt").to_dict()


def test_json_matches_shipped_schema(payload_report):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(payload_report, schema)
    assert payload_report["schema_version"] == "1.16" and payload_report["language"] == "nl"
    for key in ("rule_id", "category", "stance", "severity"):
        assert key in payload_report["findings"][0]
    assert {"id", "status"} <= set(payload_report["measures"][0])


def test_json_rejects_bad_report(payload_report):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(payload_report))
    bad["findings"][0]["stance"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_html_escapes_document_text(payload_report):
    html = FORMATTERS["html"].render(payload_report)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "onerror=alert(1)" in html  # shown as text
    assert '<html lang="nl">' in html
    assert not re.search(r"<(link|script)\b", html)  # self-contained, no scripts
    assert "<mark>kostwinner</mark>" in html


def test_markdown_escapes_and_has_all_sections(payload_report):
    md = FORMATTERS["md"].render(payload_report)
    assert "<script>" not in md and "\\<script\\>" in md
    for heading in (
        "## Samenvatting",
        "## 1. Is er sprake",
        "## 2. Zijn er maatregelen",
        "## 3. Hoe kunnen",
        # no checklist applies to a document of no checklist domain: nothing of it is called missing
        "## Maatregelen uit de checklist" if payload_report["domain"] == "other" else "## Ontbrekende maatregelen",
        "## EIGE-vragen",
        "## Verantwoording",
        "## Bronnen",
    ):
        assert heading in md
    assert "**kostwinner**" in md


def test_every_format_renders_the_same_report(payload_report):
    for name, fmt in FORMATTERS.items():
        out = fmt.render(payload_report)
        assert out.endswith("\n") or name == "html"
        assert "kostwinner" in out


def test_schema_enums_match_the_stable_ids():
    from genderscan.lexicon import CATEGORIES, DOMAINS, MEASURES

    defs = json.loads(schema_path().read_text(encoding="utf-8"))["$defs"]
    assert defs["category_id"]["enum"] == list(CATEGORIES)
    assert defs["domain"]["enum"] == list(DOMAINS)
    assert defs["measure"]["properties"]["id"]["enum"] == list(MEASURES)


# --- The top of the report leads with action (issue 20, item 4) ------------------------------

EXAMPLE = "examples/hoogwater_participatienota.pdf"


@pytest.fixture(scope="module")
def example(analyzer):
    from conftest import ROOT

    return analyzer.analyse(ROOT / EXAMPLE).to_dict()


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


def test_title_is_the_h1_with_the_file_name_and_no_path(example):
    from conftest import ROOT

    assert example["document"]["title"] == "Iedereen doet mee: beleidsnota participatie 2025-2028"  # PDF metadata
    html = FORMATTERS["html"].render(example)
    md = FORMATTERS["md"].render(example)
    assert "<h1>Iedereen doet mee: beleidsnota participatie 2025-2028</h1>" in html
    assert re.search(r'<p class="file">Bestand: <span class="name">hoogwater_participatienota.pdf</span>', html)
    assert md.startswith("# Iedereen doet mee: beleidsnota participatie 2025-2028\n\nGenderscan · Bestand: hoogwater")
    for out in (html, md, md.replace("\\", "")):
        assert "examples/" not in out and str(ROOT) not in out  # no folder of the input, relative or absolute


def test_title_falls_back_on_the_first_heading_then_the_file_name(analyzer, tmp_path):
    nota = tmp_path / "concept.md"
    nota.write_text("# Armoedebeleid Hoogwater\n\nDe man is de kostwinner van het gezin.\n", encoding="utf-8")
    report = analyzer.analyse(nota).to_dict()
    html = FORMATTERS["html"].render(report)
    assert report["document"]["title"] == "Armoedebeleid Hoogwater"  # no metadata in Markdown: the first heading
    assert "<h1>Armoedebeleid Hoogwater</h1>" in html and str(tmp_path) not in html
    plain = analyzer.analyse_text("De man is de kostwinner van het gezin.", name="/home/anna/concept.txt").to_dict()
    html = FORMATTERS["html"].render(plain)
    assert plain["document"]["title"] is None and "<h1>concept.txt</h1>" in html and "/home/anna" not in html


def test_metadata_titles(tmp_path):
    from conftest import ROOT

    from genderscan.ingest import metadata

    pdf = (ROOT / "examples" / "hoogwater_participatienota.pdf").read_bytes()
    docx = (ROOT / "examples" / "hoogwater_participatienota.docx").read_bytes()
    assert (
        metadata.title("pdf", pdf)
        == metadata.title("docx", docx)
        == "Iedereen doet mee: beleidsnota participatie 2025-2028"
    )
    assert metadata.title("html", b"<html><head><title> Nota &amp; bijlage </title></head></html>") == "Nota & bijlage"
    assert metadata.title("docx", b"PK\x03\x04 kapot") is None  # a damaged file: no title, no error
    assert metadata.title("txt", b"Titel") is None
    # the title Office's PDF printer sets is the file name: the prefix and the extension are no title
    printed = b"<html><head><title>Microsoft Word - Begroting 2026 def.docx</title></head></html>"
    assert metadata.title("html", printed) == "Begroting 2026 def"
    assert metadata.title("html", b"<title>Microsoft Word - Document1</title>") is None


def test_what_now_leads_and_links_to_its_findings_and_measures(example):
    html = FORMATTERS["html"].render(example)
    start = html.index('<section id="wat-nu"')
    assert start < html.index('<nav class="toc"') < html.index('<section id="samenvatting"')
    assert start < html.index('class="legend"') < html.index('<article class="finding')  # the legend is at the top
    block = html[start : html.index("</section>", start)]
    links = re.findall(r'<li class="action action-(\w+)">.*?<a href="#([^"]+)">', block)
    assert 3 <= len(links) <= 5
    assert links[0] == ("measure", "maatregel-kinderopvang")  # missing childcare first
    assert [k for k, _ in links[1:4]] == ["finding"] * 3  # then the high-severity assumptions
    ids = _ids(html)
    assert all(target in ids for _, target in links)
    toc = re.findall(r'<li><a href="#([^"]+)">', html[html.index('<nav class="toc"') :])
    assert len(toc) == 11 and all(t in ids for t in toc)


def test_what_now_is_derived_from_the_data():
    from genderscan.report.actions import MAX_ACTIONS, actions
    from genderscan.report.ui import UI

    def f(i, rule, severity):
        return {
            "index": i,
            "rule_id": rule,
            "stance": "assertion",
            "severity": severity,
            "message": rule,
            "suggestion": "s",
            "where": "p. 1",
        }

    findings = [f(0, "LOW1", "low"), f(1, "HIGH1", "high"), f(2, "HIGH1", "high"), f(3, "MED1", "medium")]
    findings.append({**f(4, "HIGH2", "high"), "stance": "critical"})  # a critical mention is no change to make
    missing = [{"id": m, "name": m, "recommendation": "r"} for m in ("kinderopvang", "genderdata", "nazorg")]
    got = actions(findings, missing, False, UI["nl"])
    assert [(a["kind"], a["href"]) for a in got] == [
        ("measure", "#maatregel-kinderopvang"),
        ("finding", "#bevinding-2"),
        ("measure", "#maatregel-genderdata"),
        ("measure", "#maatregel-nazorg"),
        ("finding", "#bevinding-4"),
    ]
    assert got[1]["count"] == 2  # one claim made twice is one change
    many = [f(i, f"R{i}", "high") for i in range(8)]
    got = actions(many, missing, True, UI["en"])
    assert len(got) == MAX_ACTIONS and got[-1]["href"] == "#maatregel-genderdata"  # the checklist stays in view
    assert [a["kind"] for a in actions([], [], True, UI["nl"])] == ["blind"]
    # "nauwelijks" for a few gender mentions, "nergens" for none
    assert actions([], [], True, UI["nl"])[0]["head"].endswith("gender nauwelijks.")
    assert actions([], [], True, UI["nl"], mentions=0)[0]["head"].endswith("gender nergens.")
    assert actions([], [], False, UI["nl"]) == []
    # however many grave assumptions, delegated or not a policy text, two missing measures stay in view
    for kwargs in ({"elsewhere": "delegated"}, {"non_policy": True}, {}):
        got = actions(many, missing, True, UI["nl"], **kwargs)
        assert len(got) == MAX_ACTIONS and sum(a["kind"] == "measure" for a in got) == 2, kwargs
        assert len({a["href"] for a in got}) == len(got)
    # policy that another organisation makes: the measures are that organisation's, and say so, after
    # the gravest assumptions and the gender-blindness
    got = actions(findings, missing, True, UI["nl"], elsewhere="delegated")
    assert [(a["kind"], a["href"]) for a in got] == [
        ("finding", "#bevinding-2"),
        ("blind", "#domein"),
        ("measure", "#maatregel-kinderopvang"),
        ("finding", "#bevinding-4"),
        ("measure", "#maatregel-genderdata"),  # two measures stay in view
    ]
    assert "een andere organisatie" in got[2]["head"] and got[2]["head"].startswith("kinderopvang ontbreekt in dit")


def test_locations_are_page_section_paragraph_and_sentence(example):
    from genderscan.report.view import location_label

    kw = next(f for f in example["findings"] if f["rule_id"] == "KW001" and f["stance"] == "assertion")
    assert kw["location"]["section_paragraph"] == 2 and kw["location"]["sentence"] == 1
    assert location_label(kw["location"]) == "p. 3, § 2. Doelgroep, alinea 2, zin 1"
    html = FORMATTERS["html"].render(example)
    assert "p. 3, § 2. Doelgroep, alinea 2, zin 1" in html and "alinea 14" not in html
    old = {"paragraph": 14, "page": 3, "section_path": ["2. Doelgroep"]}  # a report of an older genderscan
    assert location_label(old) == "p. 3, § 2. Doelgroep, alinea 14"


def test_measure_checklist_and_category_chart_are_accessible_svg(example):
    html = FORMATTERS["html"].render(example)
    svgs = re.findall(r"<svg\b.*?</svg>", html, re.S)
    assert len(svgs) == 2
    for svg in svgs:
        labelled = re.search(r'role="img" aria-labelledby="(\S+) (\S+)"', svg)
        assert labelled and f'<title id="{labelled[1]}">' in svg and f'<desc id="{labelled[2]}">' in svg
        assert "href" not in svg and "<script" not in svg and "<image" not in svg  # nothing external, no JS
    checklist, bars = svgs
    measures = [m for m in example["measures"] if m["status"] != "not_applicable"]
    assert checklist.count("✓") == sum(m["status"] == "present" for m in measures)
    assert checklist.count("✗") == sum(m["status"] == "missing" for m in measures)
    assert "1 van de 11 maatregelen aanwezig, 10 ontbreken." in html  # the same numbers as text
    counted = {c["label"]: c["assertions"] for c in example["categories"] if c["assertions"]}
    table = html[html.index('<table class="numbers">') :]
    for label, n in counted.items():
        assert f"<td>{label}</td><td>{n}</td>" in table
    assert bars.count("<rect ") == len(counted)


def test_missing_measures_say_why_with_practice_examples_and_sources(example, lexicon):
    for m in lexicon.measures:  # every shipped measure, in both languages
        assert m.why and m.text("why", "en") != m.why and 1 <= len(m.practice) <= 2
        assert all(src in lexicon.sources for _, src in m.practice)
        assert len(m.practice_texts("en")) == len(m.practice) and m.practice_texts("en") != m.practice_texts("nl")
    html = FORMATTERS["html"].render(example)
    card = html[html.index('id="maatregel-kinderopvang"') :]
    card = card[: card.index("</article>")]
    assert "Waarom dit ertoe doet." in card and "Uit de praktijk" in card
    for key in re.findall(r'href="#bron-([^"]+)"', card):
        assert f'id="bron-{key}"' in html and key in example["sources"]
    assert "verweyjonker2024" in card


def test_english_report_top(example, lexicon):
    from genderscan.report.localise import localise

    en = localise(example, lexicon, "en")
    html = FORMATTERS["html"].render(en)
    assert "<h2>What now</h2>" in html and '<a href="#maatregel-kinderopvang">Accessible childcare</a>' in html
    assert "p. 3, § 2. Doelgroep, paragraph 2, sentence 1" in html
    assert "In practice" in html and "trajector" not in html.lower()
    assert en["measures"][0]["practice"][0]["text"].startswith("Atria's gender scan")


def test_print_and_phone_rules_are_in_the_stylesheet():
    from genderscan.resources import reports_dir

    css = (reports_dir() / "report.css").read_text(encoding="utf-8")
    phone = css[css.index("@media (max-width: 40rem)") :]
    assert "table.stack td::before { content: attr(data-label)" in phone
    printing = css[css.index("@media print {\n  .toc") :]
    assert "break-after: avoid" in printing and "h2 + *, h3 + *, h4 + * { break-before: avoid" in printing


def test_markdown_has_what_now_contents_and_working_anchors(example):
    md = FORMATTERS["md"].render(example)
    assert md.index("## Wat nu") < md.index("Inhoud:") < md.index("## Samenvatting")
    assert md.index("Ernst van een bevinding: **hoog**") < md.index("## Samenvatting")  # the legend at the top
    targets = set(re.findall(r"\]\(#([^)]+)\)", md))
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', md))
    assert {"wat-nu", "maatregel-kinderopvang", "bronnen"} <= targets
    assert any(t.startswith("bevinding-") for t in targets)
    assert targets <= anchors


def test_generic_masculine_wording_is_counted_apart_and_is_one_change():
    from genderscan.report.actions import actions
    from genderscan.report.ui import UI
    from genderscan.report.view import WORDING

    def f(i, rule, category, severity="low"):
        return {
            "index": i,
            "rule_id": rule,
            "category": category,
            "stance": "assertion",
            "severity": severity,
            "message": rule,
            "suggestion": "s",
            "where": "p. 1",
        }

    pronouns = [f(i, f"GM00{1 + i % 3}", "generiek_mannelijk") for i in range(6)]
    findings = [*pronouns, f(6, "KW001", "kostwinner", "medium")]
    got = actions(findings, [], False, UI["nl"], WORDING)
    # the assumption about roles comes first; six pronouns under three rules make one item, last
    assert [(a["href"], a["count"]) for a in got] == [("#bevinding-7", 1), ("#bevinding-1", 6)]


def test_the_summary_counts_assumptions_without_the_pronouns(analyzer):
    text = (
        "De klant levert zijn loonstroken in. Daarna bespreekt de klant met zijn coach hoe hij verder wil. "
        "Bij een gezin in de bijstand is de man de hoofdverdiener."
    )
    md = FORMATTERS["md"].render(analyzer.analyse_text(text).to_dict())
    summary = md[md.index("## Samenvatting") :]
    assert "Genderstereotiepe aannames: **1**" in summary
    assert "Zinnen met generiek mannelijk taalgebruik (apart geteld): 2" in summary


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_report_of_an_older_version_without_the_advisory_key_renders(example, fmt):
    older = json.loads(json.dumps(example))
    older["document"].pop("advisory", None)
    assert FORMATTERS[fmt].render(older)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_missing_measures_without_stereotypes_say_their_own_effect(fmt):
    from genderscan import Analyzer

    analyzer = Analyzer(domain="participatie")
    # no assumption found: question 3 does not speak of "these effects" as if some were listed
    plain = analyzer.analyse_text("De gemeente biedt werkzoekenden een traject naar werk aan.").to_dict()
    out = FORMATTERS[fmt].render(plain)
    assert "ook zonder stereotiepe aannames" in out and "deze effecten" not in out
    stereotyped = analyzer.analyse_text("Bij een gezin in de bijstand is de man de hoofdverdiener.").to_dict()
    out = FORMATTERS[fmt].render(stereotyped)
    assert "maken het waarschijnlijker dat deze effecten optreden" in out


def test_the_markdown_question_table_marks_guidance_as_no_evidence(analyzer):
    md = FORMATTERS["md"].render(analyzer.analyse_text("De gemeente biedt werkzoekenden een traject aan.").to_dict())
    table = md[md.index("| Vraag |") :]
    assert "Bewijs, of (cursief) wat een goed antwoord bevat" in table and "| *Een goed antwoord" in table


@pytest.mark.parametrize(
    "metadata, passages, title",
    [
        # metadata left over from another version: the first heading says the same title in its own words
        (
            "Raadsbrief Geheim vergadering 3 maart",
            [("heading", "Raadsbrief Openbaar vergadering 3 maart"), ("paragraph", "Het college meldt dit.")],
            "Raadsbrief Openbaar vergadering 3 maart",
        ),
        # metadata whose words the opening confirms, over a first heading about something else
        (
            "Nota werk en inkomen 2027",
            [("paragraph", "Nota werk en inkomen 2027"), ("heading", "Inleiding"), ("paragraph", "Tekst.")],
            "Nota werk en inkomen 2027",
        ),
        # metadata the document does not say at all (a template's name), with a heading: the heading
        (
            "Sjabloon_v3_definitief",
            [("heading", "Uitvoeringsplan schuldhulp"), ("paragraph", "Tekst.")],
            "Uitvoeringsplan schuldhulp",
        ),
        # metadata and no heading: the metadata
        ("Nota werk", [("paragraph", "Tekst zonder kop.")], "Nota werk"),
        # a word of the metadata inside a longer word of the opening confirms nothing
        (
            "Nota",
            [("heading", "Participatienota 2026 Lindewold"), ("paragraph", "Tekst.")],
            "Participatienota 2026 Lindewold",
        ),
        # metadata without a word, or pasted text, is no title
        ("<<>> | **", [("heading", "Armoedeplan Lindewold"), ("paragraph", "Tekst.")], "Armoedeplan Lindewold"),
        ("Armoede " * 40, [("heading", "Armoedeplan Lindewold"), ("paragraph", "Tekst.")], "Armoedeplan Lindewold"),
        # a ToC's title is no title; a heading run into the next one loses to the metadata the opening confirms
        (
            "",
            [("heading", "Inhoudsopgave"), ("heading", "Armoedeplan Lindewold"), ("paragraph", "Tekst.")],
            "Armoedeplan Lindewold",
        ),
        (
            "Armoedeplan Lindewold",
            [("heading", "Armoedeplan Lindewold Inleiding"), ("paragraph", "Tekst.")],
            "Armoedeplan Lindewold",
        ),
        # a regulation renamed since its enactment is known by the name of its citation article (an expert read of
        # the Participatiewet, whose heading still names the Wet werk en bijstand)
        (
            "",
            [
                ("heading", "Wet van 3 maart 2011, houdende regels over steun bij werk (Wet steun bij werk)"),
                ("paragraph", "Tekst."),
                ("heading", "Artikel 40 Citeertitel"),
                ("paragraph", "Deze wet wordt aangehaald als: Wet meedoen naar vermogen."),
            ],
            "Wet meedoen naar vermogen",
        ),
    ],
)
def test_the_title_is_the_documents_own_where_metadata_disagrees(metadata, passages, title):
    from genderscan.analysis.places import document_title
    from genderscan.model import Document, Location, Passage

    doc = Document(
        path="nota.pdf",
        format="pdf",
        passages=tuple(
            Passage(text, Location(file="nota.pdf", paragraph=i), kind) for i, (kind, text) in enumerate(passages, 1)
        ),
        sha256="0" * 64,
        title=metadata,
    )
    assert document_title(doc) == title


def test_question_three_gives_a_rules_own_effect_when_all_its_assumptions_share_it(analyzer):
    resident = analyzer.analyse_text("Iedere inwoner kan een melding doen als hij overlast ervaart.").to_dict()
    md = FORMATTERS["md"].render(resident)
    effects = md[md.index('<a id="vraag-3">') : md.index('<a id="kritisch">')]
    assert "Als de inwoner, de lezer" in effects and "standaardbeeld van de werkzoekende" not in effects
    client = analyzer.analyse_text("De klant levert zijn loonstroken in bij de balie.").to_dict()
    md = FORMATTERS["md"].render(client)
    effects = md[md.index('<a id="vraag-3">') : md.index('<a id="kritisch">')]
    assert "standaardbeeld van de werkzoekende" in effects


def test_a_gender_blind_text_without_findings_is_no_clean_bill_and_unread_measures_are_not_checked(analyzer):
    """An expert read of a coalition agreement: "Geen aanwijzingen voor ongewenste effecten" read as a clean
    bill for a text that names no women or men, and "niet van toepassing" for measures never checked."""
    text = (
        "Coalitieakkoord Lindewold 2026-2030\n\n1 Wonen\n\n"
        + "Wij bouwen de komende jaren vierhonderd nieuwe woningen in het centrum van het dorp. " * 20
    )
    report = analyzer.analyse_text(text).to_dict()
    assert report["gender_blind"] and not report["findings"]
    for fmt in ("md", "html"):
        out = FORMATTERS[fmt].render(report)
        assert "buiten beeld" in out and "Niet getoetst, omdat geen deel van het document daarover gaat" in out
        assert "Geen aanwijzingen voor ongewenste effecten gevonden." not in out
        assert (
            "gelden als niet van toepassing" not in out
            and "geen checklist van maatregelen; ze zijn dus niet getoetst" in out
        )


_GUIDE = (
    "Handreiking gendersensitief werken voor gemeenten\n\n"
    "Deze handreiking geeft adviezen aan klantmanagers en beleidsmakers. In deze handreiking staan drie "
    "adviezen; deze handreiking is geschreven door een onderzoeksbureau.\n\n"
    "Advies 1. Bied ouders in een traject kosteloze kinderopvang aan, ook tijdens de taalles.\n\n"
    "Advies 2. Splits de cijfers over uitstroom uit naar geslacht.\n\n"
    "Advies 3. Train klantmanagers in gendersensitief werken."
)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_advice_has_no_missing_marks_in_its_checklist_but_what_it_discusses(fmt):
    from genderscan import Analyzer

    data = Analyzer(domain="participatie").analyse_text(_GUIDE).to_dict()
    assert data["document"]["advisory"] is True
    out = FORMATTERS[fmt].render(data)
    assert "✗" not in out
    assert "○" in out and "–" in out
    discussed = sum(1 for m in data["measures"] if m["evidence"])
    assert 0 < discussed < len(data["measures"])
    assert f"{discussed} van de {len(data['measures'])} maatregelen besproken of aanbevolen" in out
    # an expert read of a guide: it commits to nothing, so its measures section is no list of missing ones
    assert "Maatregelen uit de checklist: wat het document erover zegt" in out and "Ontbrekende maatregelen" not in out


def test_a_footnote_mark_is_no_part_of_a_heading_or_a_quote():
    """Text from a PDF or a Word file: a heading ends with its note's mark, the sentence after a note's mark
    starts with it."""
    from genderscan.analysis.evidence import evidence
    from genderscan.model import Location, section_label

    assert section_label(("Inleiding", "PILOT IN DEN HAAG³⁹")) == "§ Inleiding › PILOT IN DEN HAAG"
    assert section_label(("STATUSHOUDERS ²⁸",)) == "§ STATUSHOUDERS"
    assert section_label(("²⁸",)) == "§ ²⁸"  # nothing else: kept
    loc = Location(file="x.txt", paragraph=3)
    assert evidence("⁴³ Een tip is om werkgevers te betrekken.", loc, ["werkgevers"]).text.startswith("Een tip")
    assert evidence("Een tip³ is dit.", loc, []).text == "Een tip³ is dit."


def test_missing_measures_make_role_effects_likelier_not_those_of_a_generic_hij(analyzer):
    """An expert read: "Ontbrekende maatregelen … maken het waarschijnlijker dat deze effecten optreden" does
    not follow when the only effect is that of a generic "hij"."""
    text = (
        "Participatiebeleid\n\nDe bijstandsgerechtigde meldt het als hij vakantie opneemt. De gemeente biedt "
        "werkzoekenden in de bijstand een traject naar werk aan en helpt bij de re-integratie op de arbeidsmarkt."
    )
    data = analyzer.analyse_text(text, "nota.txt").to_dict()
    assert data["domain"] == "participatie"
    assert {f["category"] for f in data["findings"] if f["stance"] == "assertion"} == {"generiek_mannelijk"}
    md = FORMATTERS["md"].render(data)
    q3 = md[md.index("## 3.") : md.index("## Kritisch")]
    assert "kunnen er ook zonder stereotiepe aannames toe leiden" in q3 and "maken het waarschijnlijker" not in q3


def test_what_now_says_a_measure_is_committed_only_for_another_group_or_only_intended():
    from genderscan.report.actions import actions
    from genderscan.report.ui import UI

    missing = [
        {"id": "kinderopvang", "name": "Opvang", "recommendation": "r", "partial": True},
        {"id": "nazorg", "name": "Nazorg", "recommendation": "r", "intended": True},
        {"id": "genderdata", "name": "Data", "recommendation": "r"},
    ]
    for lang, words in (
        ("nl", ("alleen toegezegd", "voorgenomen", "ontbreekt")),
        ("en", ("only for", "intended", "missing")),
    ):
        heads = [a["head"] for a in actions([], missing, False, UI[lang])]
        assert [w in h for w, h in zip(words, heads, strict=True)] == [True, True, True]
        assert "ontbreekt" not in heads[0] and "missing" not in heads[0]


def test_summary_lines_say_what_was_counted_and_what_was_not_checked():
    """An expert read of the Participatiewet and a council template: "in 1 categorieën" is wrong Dutch, "0
    aanwezig, 0 ontbreken" reads as a complete checklist where none was checked, and one unintended effect
    printed under every finding of its group is noise. One effect per group; the number of categories with its
    noun; "niet getoetst" when no measure applies."""
    from genderscan import Analyzer
    from genderscan.report import FORMATTERS
    from genderscan.report.localise import localise

    households = (
        "Beleidsplan bijstand gemeente Lindewold\n\n"
        "Het recht op de toeslag komt de echtgenoten gezamenlijk toe.\n\n"
        "De bijzondere bijstand wordt door de echtgenoten gezamenlijk aangevraagd.\n\n"
        "Wij helpen inwoners met een bijstandsuitkering aan werk."
    )
    analyzer = Analyzer(domain="participatie")
    data = analyzer.analyse_text(households).to_dict()
    assertions = [f for f in data["findings"] if f["stance"] == "assertion" and f["category"] == "huishoudniveau"]
    assert len(assertions) >= 2, data["findings"]
    for lang in ("nl", "en"):
        md = FORMATTERS["md"].render(data if lang == "nl" else localise(data, analyzer.lexicon, "en"))
        effect = "*Mogelijk onbedoeld effect:*" if lang == "nl" else "*Possible unintended effect:*"
        assert md.count(effect) == 1, md
        assert ("in 1 categorie\n" in md) if lang == "nl" else ("in 1 category\n" in md), md
    other = Analyzer(domain="other").analyse_text("Verkeersplan\n\nDe gemeente legt een nieuwe rotonde aan.").to_dict()
    md = FORMATTERS["md"].render(other)
    assert "Maatregelen uit de checklist: niet getoetst" in md and "0 aanwezig, 0 ontbreken" not in md
    assert "in 0 categorieën" in md
    html = FORMATTERS["html"].render(other)
    assert "maatregelen uit de checklist niet getoetst" in html


def test_a_measure_named_only_in_another_sense_is_not_called_uncommitted():
    """An expert read of a coalition agreement: "Wel genoemd, maar niet toegezegd (in een andere betekenis)" for
    early-childhood education says the municipality failed to commit to something it never named."""
    from genderscan import Analyzer

    text = "Werkplan participatie\n\nWij vinden voorschoolse educatie op de peuterspeelzaal belangrijk."
    data = Analyzer(domain="participatie").analyse_text(text).to_dict()
    opvang = next(m for m in data["measures"] if m["id"] == "kinderopvang")
    assert opvang["status"] == "missing" and [e["kind"] for e in opvang["evidence"]] == ["other_sense"]
    for fmt in ("md", "html"):
        out = FORMATTERS[fmt].render(data)
        assert "Alleen in een andere betekenis genoemd" in out and "(in een andere betekenis)" not in out


def test_the_gender_figure_says_its_conclusion_above_the_threshold(analyzer):
    """An expert read of a national agreement above the threshold: the report never said what the figure meant."""
    data = analyzer.analyse_text("Nota\n\nVrouwen en mannen in de bijstand krijgen ieder een eigen traject.").to_dict()
    assert data["gender_blind"] is False
    md = FORMATTERS["md"].render(data)
    assert (
        "(boven de drempel van 1,5: vrouwen, mannen of gender worden genoemd; of de analyse deugt, zegt dit cijfer niet)."
        in md
    )


def test_a_control_character_of_the_document_is_shown_not_written_into_the_page(analyzer):
    """A hostile test: ESC and BEL of a document reached the HTML report's quotes as they were."""
    data = analyzer.analyse_text("Nota\n\nDe kostwinner\x1b[31m verdient\x07 het geld voor het gezin.").to_dict()
    html = FORMATTERS["html"].render(data)
    assert not any(ord(c) < 32 and c not in "\n\t\r" for c in html)
    assert "\\x1b[31" in html and "\\x07" in html


def test_the_assumptions_the_second_opinion_set_aside_are_listed_for_the_reader(analyzer):
    """An expert read of the national agreement: the one rule finding the second opinion set aside showed in the
    JSON only; a reader should see it, with its place, to check the model."""
    data = analyzer.analyse_text("Nota\n\nDe gemeente legt een fietspad aan.").to_dict()
    location = {"file": "nota.txt", "paragraph": 2, "page": 3, "section": None, "section_path": ["4. Inburgering"]}
    vetoed = {"rule_id": "CU010", "category": "culturalisering", "probability": 0.0, "location": location}
    data["second_opinion"] = {
        "model": "second_opinion 1.3.0",
        "vetoed": [{**vetoed, "sentence": "\uf0b7 Van nieuwkomers verwachten we dat zij de waarden respecteren."}] * 12,
    }
    md = FORMATTERS["md"].render(data)
    method = md[md.index("## Verantwoording") : md.index("## Bronnen")]
    assert "Opzijgezet door het tweede oordeel" in method
    assert "(regel CU010, p. 3, § 4. Inburgering, alinea 2): “Van nieuwkomers verwachten we" in method  # no bullet
    assert method.count("regel CU010") == 10 and "en nog 2 in het JSON-rapport" in method
    html = FORMATTERS["html"].render(data)
    assert "Opzijgezet door het tweede oordeel" in html and html.count("regel CU010") == 10


def test_generic_masculine_is_headed_as_wording_not_counted_as_an_assumption(analyzer):
    """An expert read: "Genderstereotiepe aannames: 0" above a question 1 that lists a "hij" sentence."""
    data = analyzer.analyse_text("Nota\n\nDe bijstandsgerechtigde meldt het als hij vakantie opneemt.").to_dict()
    assert [f["category"] for f in data["findings"]] == ["generiek_mannelijk"]
    for fmt in ("md", "html"):
        out = FORMATTERS[fmt].render(data)
        assert "Generiek mannelijke verwijzing naar een persoon (1) — taalgebruik, telt niet als aanname" in out


# Expert reads of the twenty-second session: a budget, a coalition agreement whose period is over, a regulation
# about budget lines with one generic "zijn", and a law full of generic "hij".
_GM_TEXT = (
    "Werkplan participatie Lindewold\n\nDe werkzoekende bespreekt met de klantmanager wat hij nodig heeft om aan het"
    " werk te gaan. Wij helpen inwoners met een bijstandsuitkering aan werk.\n"
)


def _md(data: dict) -> str:
    return FORMATTERS["md"].render(data)


def _what_now(md: str) -> str:
    return md[md.index("## Wat nu") : md.index("## Samenvatting")]


def test_a_budget_that_never_names_women_or_men_is_a_sign_not_a_verdict_on_the_policy(analyzer):
    data = analyzer.analyse_text("Programmabegroting Lindewold 2027\n\nWij helpen inwoners aan werk.\n").to_dict()
    data["document"]["budget"], data["gender_blind"] = True, True
    md = _md(data)
    assert "**Genderblind geschreven.** Het begrotingsstuk verwijst" in md
    assert "is een signaal, nog geen oordeel over het beleid zelf" in md
    assert "In de zin van Atria is het beleid daarmee genderneutraal" not in md
    assert "Het begrotingsstuk is genderblind geschreven" in _what_now(md)
    # a plan whose policy another organisation carries out is no summary of policy
    data["delegated"] = [{"text": "De GR voert de Participatiewet uit.", "location": {"paragraph": 1}}]
    assert "Het begrotingsstuk" in _md(data)
    data["document"]["budget"] = False
    assert "zegt in het kort wat het beleid is" not in _md(data)
    data["document"]["budget"], data["delegated"] = True, []
    # a plain policy keeps Atria's verdict, which names no differences rather than claiming it ignores them
    data["document"]["budget"] = False
    md = _md(data)
    assert "In de zin van Atria is het beleid daarmee genderneutraal" in md and "benoemt niet waar vrouwen" in md


@pytest.mark.parametrize("period, over", [("2022-2026", True), ("2026-2030", False)])
def test_an_agreement_whose_period_is_over_looks_back_and_ahead(analyzer, monkeypatch, period, over):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")  # 1 December 2026
    from genderscan import Analyzer

    text = "Coalitieakkoord\n\nWij helpen inwoners met een bijstandsuitkering aan werk.\n"
    data = Analyzer(domain="participatie").analyse_text(text).to_dict()
    data["document"].update(agreement=True, title=f"Coalitieakkoord Lindewold {period}")
    data["gender_blind"] = True
    md = _md(data)
    what_now = _what_now(md)
    assert ("De periode van dit akkoord is voorbij of loopt dit jaar af" in what_now) is over
    assert ("vraag ernaar in het volgende akkoord" in what_now) is over
    assert ("bij de uitwerking van het akkoord (een uitvoeringsprogramma" in what_now) is not over
    assert ("waarvan de periode voorbij is of dit jaar afloopt" in md) is over
    # the summary's figure says the same
    assert ("een akkoord waarvan de periode voorbij is" in md) is over


@pytest.mark.parametrize(
    "title, over",
    [
        ("Coalitieakkoord 2018—2022", True),
        ("Coalitieakkoord 2018/2022", True),
        ("Coalitieakkoord 2018 t/m 2022", True),
        ("Coalitieakkoord 2026-2022", False),  # no period: the end before the start
        ("Coalitieakkoord 2022-2026-2030", False),  # three years: which period is unclear
        ("Coalitieakkoord 1990-2030", False),  # longer than an agreement runs
        ("Coalitieakkoord 2026-2030", False),
    ],
)
def test_an_agreements_period_is_read_from_its_title(title, over):
    from datetime import date

    from genderscan.report.view import agreement_over

    assert agreement_over({"document": {"title": title, "path": "a.txt"}}, date(2026, 12, 1)) is over
    named = {"document": {"title": None, "path": "coalitieakkoord_2018_2022.txt"}}
    assert agreement_over(named, date(2026, 12, 1))


def test_no_policy_text_asks_first_for_no_change_of_wording_and_claims_no_effect(analyzer):
    data = analyzer.analyse_text(_GM_TEXT).to_dict()
    assert any(f["category"] == "generiek_mannelijk" for f in data["findings"])
    data["domain_detail"].update(non_policy=True, non_policy_kind="budget_lines")
    for m in data["measures"]:  # as the analysis leaves them for a text that is no policy
        m["status"] = "not_applicable"
    md = _md(data)
    what_now = _what_now(md)
    assert "genderbudgettering" in what_now and "hij" not in what_now
    q3 = md[md.index('<a id="vraag-3"></a>') : md.index('<a id="kritisch"></a>')]
    assert "Niet beoordeeld: dit document is geen beleidstekst" in q3 and "man voor ogen" not in q3


def test_a_laws_generic_hij_is_left_for_its_next_amendment(analyzer):
    data = analyzer.analyse_text(_GM_TEXT).to_dict()
    data["document"]["national"] = True
    md = _md(data)
    assert "Formuleer in volgende stukken en bij een wijziging genderneutraal" in md and "spreek de lezer aan" not in md


def test_the_severity_legend_stands_only_over_findings(analyzer):
    plain = analyzer.analyse_text("Werkplan\n\nWij helpen inwoners met een bijstandsuitkering aan werk.\n")
    assert "Ernst van een bevinding" not in _md(plain.to_dict())
    assert "Ernst van een bevinding" in _md(analyzer.analyse_text(_GM_TEXT).to_dict())


def test_an_agenda_item_is_quoted_without_its_web_address_or_opening_rule():
    from genderscan.report.view import _item_text

    line = "--- Besluit: Verlenging taalhuis Datum: 2024-05-01 Type: collegebesluit Bron-PDF: https://example.org/b.pdf"
    assert _item_text(line) == "Besluit: Verlenging taalhuis Datum: 2024-05-01 Type: collegebesluit"
    assert _item_text("Besluit: de brief te lezen (zie HTTPS://X.NL/A.PDF)") == "Besluit: de brief te lezen"
    assert _item_text("Besluit: [de brief](https://x.nl) te beantwoorden") == "Besluit: de brief te beantwoorden"
    assert (
        _item_text("Type: raadsbesluit Bron PDF: Besluit: vast te stellen")
        == "Type: raadsbesluit Besluit: vast te stellen"
    )
    assert _item_text("5.b.1 Beleidsplan minimaregelingen") == "5.b.1 Beleidsplan minimaregelingen"
    assert _item_text("--- www.voorbeeld.nl/besluit") == "www.voorbeeld.nl/besluit"  # nothing else: the address


def test_why_a_measure_is_not_present_and_on_what_it_is_present():
    """An expert read of five reports: "Wel genoemd, maar niet toegezegd (tekort of niet gedaan)" of a sentence that
    rules the measure out reads as partial progress, and "aanwezig …, bijvoorbeeld …" suggests more evidence than
    the one sentence that decided it; the effects under question 3 are general ones, not found in the document."""
    text = (
        "Werkplan participatie\n\n"
        "Het Werkplein regelt zelf geen kinderopvang voor deelnemers; daarvoor is geen budget.\n\n"
        "Na plaatsing houdt de jobcoach een halfjaar contact met iedere werknemer.\n\n"
        "Moeders zorgen voor de kinderen en krijgen daarom een kleine baan onder schooltijd."
    )
    from genderscan import Analyzer

    data = Analyzer(domain="participatie").analyse_text(text).to_dict()
    opvang = next(m for m in data["measures"] if m["id"] == "kinderopvang")
    assert opvang["status"] == "missing" and opvang["evidence"][0]["kind"] == "shortage"
    for fmt in ("md", "html"):
        out = FORMATTERS[fmt].render(data)
        assert "Het stuk zegt dat dit er niet (genoeg) is of niet gebeurt" in out
        assert "Wel genoemd" not in out and "bijvoorbeeld" not in out.split("Aanwezig")[-1][:400]
        assert "(<code>nazorg</code>), op grond van" in out or "(`nazorg`), op grond van" in out
        assert "of het hier zo uitpakt, hangt af van wat het beleid ermee doet" in out
