"""The comparison report of ``genderscan batch --report`` (issue 20, item 5): unique plain-text labels,
readable headers in Dutch and English, assumptions per 1,000 words next to the counts, a ✓/✗ matrix of
measures with text alternatives, a gender-blindness column, details per document behind a link, and a
main table that fits 1,280 px in headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from builders import docx_from_blocks
from cli_runner import run
from lxml import html as lxml_html

from genderscan.batching.compare_view import base_label, number, per_1000, short, unique_labels

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "hoogwater_participatienota.pdf"
CARE = "Moeders zorgen doorgaans zelf voor de kinderen en het huishouden."
CLEAN = "De bibliotheek is op zaterdag open voor alle inwoners."
HIGH = "Bij stellen richten we ons eerst op de man, omdat hij de grootste kans op werk heeft."
NOTA = "Hoogwater 2024: Iedereen doet mee: beleidsnota participatie 2025-2028"
LONG_TITLE = "Participatienota Samen aan het werk in de regio Holland Rijnland 2023-2026 met uitvoeringsagenda"


def test_labels_use_municipality_year_and_a_short_title():
    row = {"path": "stukken/nota.docx", "gemeente": "Noordwijk", "jaar": "2023"}
    assert base_label(row, "Participatienota") == "Noordwijk 2023: Participatienota"
    assert base_label({"path": "stukken/nota.docx"}, "Participatienota") == "Participatienota"
    assert base_label({"path": "stukken/nota.docx"}, None) == "nota.docx"
    assert base_label({"path": "x.pdf", "municipality": "Baarn"}, None) == "Baarn: x.pdf"
    cut = short(LONG_TITLE)
    assert len(cut) <= 60 and cut.endswith("…") and LONG_TITLE.startswith(cut[:-1])
    assert short("Microsoft Word - Begroting 2025 - geamendeerd") == "Begroting 2025 - geamendeerd"
    assert short("kort") == "kort" and short("a\x1b[31mb\n c") == "a\\x1b[31mb c"


def test_labels_are_never_the_same_twice():
    rows = [
        {"path": "a/nota.docx", "gemeente": "Wassenaar", "jaar": "2024"},
        {"path": "a/begroting.pdf", "gemeente": "Wassenaar", "jaar": "2024"},
        {"path": "b/nota.docx", "gemeente": "Wassenaar", "jaar": "2024"},
        {"path": "c/nota.docx", "gemeente": "Wassenaar", "jaar": "2024"},
        {"path": "d/nota.docx", "gemeente": "Leiden", "jaar": "2024"},
    ]
    titles = ["Inhoud", "Inhoud", "Inhoud", "Inhoud", "Inhoud"]
    labels = unique_labels(rows, titles)
    assert labels == [
        "Wassenaar 2024: Inhoud (a/nota.docx)",
        "Wassenaar 2024: Inhoud (begroting.pdf)",
        "Wassenaar 2024: Inhoud (b/nota.docx)",
        "Wassenaar 2024: Inhoud (c/nota.docx)",
        "Leiden 2024: Inhoud",
    ]
    # one file for two rows of the same municipality and year: numbered
    rows = [{"path": "a/nota.docx", "gemeente": "Lisse"}, {"path": "a/nota.docx", "gemeente": "Lisse"}]
    assert unique_labels(rows, ["Nota", "Nota"]) == ["Lisse: Nota (a/nota.docx)", "Lisse: Nota (a/nota.docx) (2)"]
    # a label that happens to be the numbered form of another is not taken twice
    rows = [{"path": "x (2)"}, {"path": "x"}, {"path": "x"}]
    labels = unique_labels(rows, [None, None, None])
    assert len(set(labels)) == 3, labels


def test_numbers_follow_the_language():
    assert number(1234.567, "nl", 2) == "1.234,57" and number(1234.567, "en", 2) == "1,234.57"
    assert number(32631, "nl") == "32.631" and number(None, "nl") == ""
    assert per_1000(3, 1500) == 2.0 and per_1000(3, 0) is None and per_1000(None, 10) is None


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    """A batch over a manifest: two documents with the same title for one municipality and year, a
    document that states stereotypes, a gender-blind one, the example nota (measures present and missing),
    a name with $ and a document that is missing."""
    from genderscan import batch

    tmp = tmp_path_factory.mktemp("vergelijking")
    d = tmp / "stukken"
    (d / "oud").mkdir(parents=True)
    docx_from_blocks(d / "nota.docx", [("heading1", "Participatienota"), ("p", CARE), ("p", HIGH)])
    docx_from_blocks(d / "oud" / "nota.docx", [("heading1", "Participatienota"), ("p", CARE)])
    docx_from_blocks(d / "lang.docx", [("heading1", LONG_TITLE), ("p", HIGH)])
    (d / "blind.txt").write_text("De bibliotheek is op zaterdag open.\n\nDe parkeergarage sluit om acht uur.\n")
    shutil.copy(EXAMPLE, d / "hoogwater.pdf")
    # over 1,000 words: "1.330" in the table, which a sort by the text would take for 1.33
    (d / "lang.txt").write_text("\n\n".join([f"{CLEAN} {HIGH}"] * 50) + "\n", encoding="utf-8")
    manifest = tmp / "gemeenten.csv"
    manifest.write_text(
        "path;gemeente;provincie;jaar\n"
        "stukken/nota.docx;Noordwijk;Zuid-Holland;2023\n"
        "stukken/oud/nota.docx;Noordwijk;Zuid-Holland;2023\n"
        "stukken/lang.docx;Súdwest-Fryslân;Fryslân;2024\n"
        "stukken/blind.txt;Kosten $2024_$2025;Utrecht;2024\n"
        "stukken/hoogwater.pdf;Hoogwater;Zeeland;2024\n"
        "stukken/weg.pdf;Wegberg;Limburg;2020\n"
        "stukken/lang.txt;Lisse;Zuid-Holland;2022\n",
        encoding="utf-8",
    )
    target = tmp / "rapport" / "vergelijking.html"
    summary = batch(manifest=manifest, db=tmp / "r.db", jobs=1, report=target)
    assert summary.analysed == 6 and [code for _, code, _ in summary.failures] == ["GS-E101"]
    return target


def _tree(path: Path):
    return lxml_html.fromstring(path.read_bytes())


def _main_rows(tree) -> list:
    return tree.xpath('//table[@id="documenten"]/tbody/tr')


def _label(row) -> str:
    th = row.xpath("./th")[0]
    links = th.xpath("./a[@class='label']")
    return (links[0].text_content() if links else th.text).strip()


def test_every_document_has_its_own_label(comparison):
    tree = _tree(comparison)
    labels = [_label(r) for r in _main_rows(tree)]
    assert labels == [
        "Noordwijk 2023: Participatienota (stukken/nota.docx)",
        "Noordwijk 2023: Participatienota (oud/nota.docx)",
        "Súdwest-Fryslân 2024: " + short(LONG_TITLE),
        "Kosten $2024_$2025 2024: blind.txt",
        NOTA,
        "Wegberg 2020: weg.pdf",
        "Lisse 2022: lang.txt",
    ], labels
    # the whole title is in the document's details, each label leads to its own report
    assert LONG_TITLE in tree.xpath('string(//section[@id="document-3"])')
    reports = [r.xpath("./th/a[@class='label']/@href") for r in _main_rows(tree)]
    analysed = reports[:5] + reports[6:]
    assert all(analysed) and not reports[5] and len({r[0] for r in analysed}) == 6
    assert all((comparison.parent / r[0]).is_file() for r in analysed)
    # the heatmap draws the same labels, $ and all, as plain text
    svg = tree.xpath('string(//section[@id="categorieen"])')
    assert "Kosten $2024_$2025 2024: blind.txt" in svg


def test_headers_are_readable_with_rates_next_to_counts(comparison):
    tree = _tree(comparison)
    headers = [th.text_content().strip() for th in tree.xpath('//table[@id="documenten"]/thead//th')]
    assert headers == [
        "Document",
        "Pagina's",
        "Woorden",
        "Aannames",
        "Aannames per 1.000 woorden",
        "Kritisch of geciteerd",
        "Maatregelen aanwezig",
        "Genderverwijzingen per 1.000 woorden",
        "Genderblind",
    ]
    # no internal ids as headers anywhere: categories and measures go by their names
    ids = {"kostwinner", "zorgrol", "kinderopvang", "werk_zorg_combinatie", "nuggers", "generiek_mannelijk"}
    every_header = {th.text_content().strip() for th in tree.xpath("//th")}
    assert not ids & every_header and not [h for h in every_header if h.startswith("assertions_")]
    assert "De man als kostwinner" in every_header and "Aanbod voor niet-uitkeringsgerechtigden" in every_header
    from genderscan import load_results

    stored = load_results(comparison.parent.parent / "r.db")[0]  # stukken/nota.docx, the first row
    cells = _main_rows(tree)[0].xpath("./td")
    words, count = stored["words"], stored["assertions"]
    assert count >= 2 and cells[2].text_content() == str(count)
    assert cells[3].text_content() == number(1000 * count / words, "nl", 2) and "," in cells[3].text_content()
    assert float(cells[3].get("data-sort")) == pytest.approx(1000 * count / words)
    # the heatmap is per 1,000 words too: the first document's kostwinner cell, as its details give it
    details = tree.xpath('//section[@id="document-1"]//table[@class="compare"]//tr[th="De man als kostwinner"]/td')
    kostwinner = stored["assertions_kostwinner"]
    assert details[0].text_content() == str(kostwinner) and kostwinner >= 1
    rate = number(1000 * kostwinner / words, "nl", 2)
    assert details[1].text_content() == rate
    heatmap = tree.xpath('//section[@id="categorieen"]//*[local-name()="svg"]')[0]
    cells = [t.xpath("string()") for t in heatmap.xpath('.//*[local-name()="text"]')]
    assert rate in cells and "Genderstereotiepe aannames per 1.000 woorden" in cells


def test_measures_are_a_matrix_with_text_and_gender_blindness_a_column(comparison):
    tree = _tree(comparison)
    matrix = tree.xpath('//section[@id="maatregelen"]//table')[0]
    heads = [th.text_content().strip() for th in matrix.xpath("./thead//th")]
    assert "Toegankelijke kinderopvang" in heads and len(heads) == 13  # document, 11 measures, count
    rows = {r.xpath("string(./th)").strip(): r for r in matrix.xpath("./tbody/tr")}
    assert len(rows) == 6  # the analysed documents
    nota = rows[NOTA]
    marks = [(td.xpath("string(./span[@aria-hidden])"), td.xpath("string(./span[@class='vh'])")) for td in nota[1:-1]]
    assert ("✗", "ontbreekt") in marks and ("✓", "aanwezig") in marks
    assert {m for m in marks} <= {("✓", "aanwezig"), ("✗", "ontbreekt"), ("–", "niet beoordeeld")}
    kinderopvang = heads.index("Toegankelijke kinderopvang")
    assert marks[kinderopvang - 1] == ("✗", "ontbreekt")  # the example nota lacks childcare
    present = sum(1 for m in marks if m[0] == "✓")
    applicable = sum(1 for m in marks if m[0] != "–")
    assert nota[-1].text_content() == f"{present} van {applicable}"
    blind = rows["Kosten $2024_$2025 2024: blind.txt"]
    assert {td.xpath("string(./span[@class='vh'])") for td in blind[1:-1]} == {"niet beoordeeld"}
    legend = tree.xpath('string(//section[@id="maatregelen"]/p[@class="legend"])')
    assert "✓" in legend and "aanwezig" in legend and "niet beoordeeld" in legend
    blindness = {_label(r): r.xpath("./td")[-1].text_content() for r in _main_rows(tree)}
    assert blindness["Kosten $2024_$2025 2024: blind.txt"] == "ja"
    assert blindness["Noordwijk 2023: Participatienota (stukken/nota.docx)"] == "nee"
    assert blindness["Wegberg 2020: weg.pdf"] == ""


def test_details_per_document_behind_a_link(comparison):
    tree = _tree(comparison)
    for row in _main_rows(tree):
        anchor = row.xpath(".//a[not(@class)]/@href")[0]
        assert anchor.startswith("#document-")
        section = tree.xpath(f'//section[@id="{anchor[1:]}"]')
        assert section and section[0].xpath("string(./h3)") == _label(row)
    first = tree.xpath('//section[@id="document-1"]')[0]
    text = first.text_content()
    assert "De man als kostwinner" in text and "Vrouwen als (eerste) zorgers" in text and "Zuid-Holland" in text
    missing = tree.xpath('string(//section[@id="document-5"])')
    assert "Toegankelijke kinderopvang" in missing
    assert "GS-E101" in tree.xpath('string(//section[@id="document-6"])')
    assert "weg.pdf: file not found" in tree.xpath('string(//section[@id="document-6"])')
    assert str(comparison.parent.parent) not in comparison.read_text(encoding="utf-8")  # no local path anywhere


def test_the_comparison_report_in_english(comparison, tmp_path):
    """--lang en: headers, statuses, measure and category names and the documents' own reports in English."""
    target = tmp_path / "en" / "comparison.html"
    db = comparison.parent.parent / "r.db"
    manifest = comparison.parent.parent / "gemeenten.csv"
    r = run("batch", "--manifest", str(manifest), "--db", str(db), "--report", str(target), "--lang", "en", "-q")
    assert r.returncode == 2, r.stderr  # the missing document; everything else comes from the store
    tree = _tree(target)
    assert tree.get("lang") == "en"
    headers = [th.text_content().strip() for th in tree.xpath('//table[@id="documenten"]/thead//th')]
    assert "Assumptions per 1,000 words" in headers and "Gender-blind" in headers
    assert "Accessible childcare" in tree.xpath('string(//section[@id="maatregelen"]//thead)')
    assert "not judged" in tree.xpath('string(//section[@id="maatregelen"]//tbody)')
    assert "The man as breadwinner" in tree.xpath('string(//section[@id="document-1"])')
    own = target.parent / tree.xpath('//a[@class="label"]/@href')[0]
    assert 'lang="en"' in own.read_text(encoding="utf-8")
    r = run("batch", "--manifest", str(manifest), "--db", str(db), "--report", str(target), "--lang", "fr", "-q")
    assert r.returncode == 2 and "GS-E3" in r.stderr and r.stderr.count("\n") == 1  # one coded line, no traceback


def _chromium():
    from genderscan.report.pdf import chromium

    return chromium()


def _browser(script: str, *args: str) -> dict:
    """What a browser script of tests/a11y prints (JSON), run in headless Chromium."""
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "a11y" / script), _chromium(), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / "puppeteer-core").is_dir() or _chromium() is None,
    reason="needs node with the npm packages of package.json and Chromium (make test installs them)",
)
def test_the_main_table_fits_1280_pixels(comparison, tmp_path):
    """At 1,280 px the page does not scroll sideways and every cell of every table is on screen; a page
    with a table that is too wide is caught by the same measurement."""
    wide = tmp_path / "breed.html"
    cells = "".join(f"<td>kolom_{i}_met_een_lange_naam</td>" for i in range(40))
    wide.write_text(f'<!DOCTYPE html><html lang="nl"><title>x</title><h1>x</h1><table><tr>{cells}</tr></table>')
    found = _browser("layout.mjs", "1280", str(comparison), str(wide))
    page = found[str(comparison)]
    assert page["viewport"] == 1280 and page["scrollWidth"] <= 1280 and not page["outside"], page
    assert found[str(wide)]["scrollWidth"] > 1280 and found[str(wide)]["outside"]


@pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / "puppeteer-core").is_dir() or _chromium() is None,
    reason="needs node with the npm packages of package.json and Chromium (make test installs them)",
)
def test_sorting_by_a_column_in_chromium(comparison):
    """Clicking a header sorts by the cell's value, not its Dutch text (``1.230`` words, ``35,71`` per 1,000);
    a document that could not be read stays last both ways."""
    found = _browser("sort.mjs", str(comparison), "2", "4", "0")

    def value(text: str) -> float:
        return float(text.replace(".", "").replace(",", "."))

    for column in ("2", "4"):
        up, down = found[column]["ascending"], found[column]["descending"]
        assert up[-1][0].startswith("Wegberg") and down[-1][0].startswith("Wegberg")  # not read: last
        numbers = [value(text) for _, text in up[:-1]]
        assert numbers == sorted(numbers) and len(set(numbers)) > 2, up
        assert [value(text) for _, text in down[:-1]] == sorted(numbers, reverse=True)
        assert found[column]["sort"] == "descending"
    labels = [label for label, _ in found["0"]["ascending"]]
    assert labels[0].startswith("Hoogwater") and labels[-1].startswith("Wegberg") and len(labels) == 7


@pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / "puppeteer-core").is_dir() or _chromium() is None,
    reason="needs node with the npm packages of package.json and Chromium (make test installs them)",
)
def test_on_a_phone_the_table_becomes_one_block_per_document(comparison):
    """At 390 px the page does not scroll sideways either: the table per document stacks, each value with
    its column's name; only the matrix of measures scrolls, inside its own focusable box."""
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "a11y" / "layout.mjs"), _chromium(), "390", str(comparison)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    page = json.loads(done.stdout)[str(comparison)]
    assert page["scrollWidth"] <= page["viewport"] == 390 and page["h1Right"] <= 390, page
    assert {cell["table"] for cell in page["outside"]} <= {"compare matrix"}, page


def test_an_unknown_language_is_a_coded_error_before_anything_is_written(comparison, tmp_path):
    from genderscan.batching.compare import write_comparison
    from genderscan.batching.store import open_existing
    from genderscan.errors import ConfigError

    with open_existing(comparison.parent.parent / "r.db") as store:
        key = store.db.execute("SELECT lexicon_version FROM inputs LIMIT 1").fetchone()[0]
        with pytest.raises(ConfigError) as caught:
            write_comparison(store, key, tmp_path / "fr" / "v.html", lang="fr")
    assert caught.value.code == "GS-E302" and not (tmp_path / "fr").exists()
