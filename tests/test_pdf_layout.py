"""PDF layout with both engines, on PDFs generated here: columns, running
headers and footers, paragraphs over page breaks, pages without text."""

from __future__ import annotations

import pytest
from builders import column_lines, pdf_from_pages, pdf_placed, pdf_raw, pdf_string

from genderscan.ingest import read_document
from genderscan.ingest.pdf import ENGINES

LEFT = (
    "De gemeente ondersteunt inwoners met een uitkering bij het vinden van werk. "
    "Klantmanagers voeren met iedere inwoner een eigen gesprek over wensen en mogelijkheden."
)
RIGHT = (
    "Voor ouders met jonge kinderen regelt de gemeente kinderopvang tijdens het traject. "
    "Werkgevers in de regio bieden leerwerkplekken aan in verschillende sectoren."
)


def _two_columns(path):
    items = [(20, 20, "Werk en inkomen", 16)]
    y = 35.0
    for a, b in zip(column_lines(LEFT), column_lines(RIGHT), strict=False):
        items += [(20, y, a, 10), (110, y, b, 10)]
        y += 5
    return pdf_placed(path, [items])


def _with_running_text(path, pages=4):
    body = [
        "Vrouwen en mannen krijgen in deze gemeente hetzelfde aanbod van trajecten",
        "naar werk, met een eigen gesprek voor ieder van hen.",
    ]
    out = []
    for n in range(1, pages + 1):
        items = [(20, 12, "Gemeente Voorbeeld - Participatienota 2025", 8)]
        items += [(20, 40 + 6 * i, line, 11) for i, line in enumerate(body)]
        items += [(20, 42 + 6 * len(body) + 12, f"Alinea {n} gaat over de uitvoering op pagina {n}.", 11)]
        items.append((100, 287, f"Pagina {n} van {pages}", 8))
        out.append(items)
    return pdf_placed(path, out)


@pytest.mark.parametrize("engine", ENGINES)
def test_two_columns_are_read_column_by_column(tmp_path, engine):
    doc = read_document(_two_columns(tmp_path / "kolommen.pdf"), pdf_engine=engine)
    texts = [p.text for p in doc.passages]
    assert texts[0] == "Werk en inkomen" and doc.passages[0].kind == "heading"
    assert texts[1:] == [LEFT, RIGHT] or " ".join(texts[1:]) == f"{LEFT} {RIGHT}"


@pytest.mark.parametrize("engine", ENGINES)
def test_running_headers_footers_and_page_numbers_are_set_apart(tmp_path, engine):
    doc = read_document(_with_running_text(tmp_path / "kop.pdf"), pdf_engine=engine)
    joined = " ".join(p.text for p in doc.passages if p.kind != "running")
    assert "Gemeente Voorbeeld" not in joined and "Pagina" not in joined
    running = [p.text for p in doc.passages if p.kind == "running"]
    assert running == [
        t for n in range(1, 5) for t in ("Gemeente Voorbeeld - Participatienota 2025", f"Pagina {n} van 4")
    ]
    assert sum("Alinea" in p.text for p in doc.passages) == 4
    assert [p.location.page for p in doc.passages if p.text.startswith("Alinea")] == [1, 2, 3, 4]


@pytest.mark.parametrize("engine", ENGINES)
def test_paragraph_over_a_page_break_is_joined(tmp_path, engine):
    p = pdf_from_pages(
        tmp_path / "breuk.pdf",
        [
            ["Eerste alinea op de eerste pagina.", "", "Deze alinea loopt door over de", "grens van de pagina en"],
            ["eindigt pas op de tweede pagina.", "", "Een nieuwe alinea."],
        ],
    )
    doc = read_document(p, pdf_engine=engine)
    assert [x.text for x in doc.passages] == [
        "Eerste alinea op de eerste pagina.",
        "Deze alinea loopt door over de grens van de pagina en eindigt pas op de tweede pagina.",
        "Een nieuwe alinea.",
    ]
    assert [x.location.page for x in doc.passages] == [1, 1, 2]


def test_both_engines_give_the_same_passages(tmp_path):
    fixtures = [
        _two_columns(tmp_path / "a.pdf"),
        _with_running_text(tmp_path / "b.pdf"),
        pdf_from_pages(
            tmp_path / "c.pdf",
            [
                [
                    "Vrouwen hebben vaak een grotere afstand tot de arbeids-",
                    "markt dan mannen.",
                    "",
                    "Een tweede alinea over zorg-",
                    "en welzijnsberoepen.",
                ],
                ["Op pagina twee staat de man als kostwinner."],
            ],
            heading="Doelgroep",
        ),
    ]
    for path in fixtures:
        a = read_document(path, pdf_engine="pdfium")
        b = read_document(path, pdf_engine="pdfplumber")
        assert [(p.text, p.kind, p.location.page) for p in a.passages] == [
            (p.text, p.kind, p.location.page) for p in b.passages
        ], path.name


@pytest.mark.parametrize("engine", ENGINES)
def test_pages_without_text_are_counted(tmp_path, engine):
    p = pdf_placed(
        tmp_path / "scan.pdf",
        [[(20, 30, "Een pagina met tekst over werk.", 11)], [], [(20, 30, "Nog een pagina met tekst.", 11)]],
        image_only={1},
    )
    doc = read_document(p, pdf_engine=engine)
    assert doc.pages == 3 and doc.pages_without_text == (2,)


def test_report_says_how_many_pages_have_no_text(tmp_path):
    from genderscan import Analyzer
    from genderscan.report import FORMATTERS

    p = pdf_placed(
        tmp_path / "scan.pdf", [[(20, 30, "Een pagina met tekst over werk en inkomen.", 11)], [], []], image_only={1, 2}
    )
    data = Analyzer().analyse(p).to_dict()
    assert data["document"]["pages_without_text"] == [2, 3]
    assert "2 van 3 pagina's zonder tekst" in FORMATTERS["md"].render(data)
    import html

    assert "2 van 3 pagina's zonder tekst" in html.unescape(FORMATTERS["html"].render(data))


def test_pdf_engine_option(tmp_path):
    from test_cli import run

    p = pdf_from_pages(tmp_path / "n.pdf", [["De man is de kostwinner van het gezin."]])
    for engine in ENGINES:
        r = run("analyse", str(p), "-f", "json", "-o", "-", "--pdf-engine", engine)
        assert r.returncode == 0, r.stderr
    r = run("analyse", str(p), "-f", "json", "-o", "-", "--pdf-engine", "ocr-magic")
    assert r.returncode == 2 and "GS-E302" in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_printed_page_labels(tmp_path, engine):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", "", 11)
    for n, text in enumerate(["Voorwoord van de wethouder.", "De man is de kostwinner van het gezin."]):
        pdf.add_page()
        pdf.set_page_label(label_style="r") if n == 0 else pdf.set_page_label(label_style="D", label_start=1)
        pdf.text(20, 30, text)
    p = tmp_path / "labels.pdf"
    pdf.output(str(p))
    doc = read_document(p, pdf_engine=engine)
    assert [(x.location.page, x.location.page_label) for x in doc.passages] == [(1, "i"), (2, "1")]
    assert doc.passages[0].location.label() == "p. 1 (blz. i), alinea 1"


@pytest.mark.parametrize("engine", ENGINES)
def test_printed_page_numbers_label_a_pdf_without_labels(tmp_path, engine):
    """A cover and a contents page, then pages numbered 1, 2, … in the footer: the report cites the
    printed number next to the PDF page, as a reader looks it up."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", "", 11)
    texts = ["Beleidsnota werk en inkomen", "Inhoud en leeswijzer van deze nota."]
    texts += [f"Hoofdstuk {n}. De gemeente begeleidt inwoners naar werk, deel {n}." for n in range(1, 6)]
    texts += ["Bijlage. Een overzicht van de regelingen."]  # an annex numbered from 1 again
    for n, text in enumerate(texts):
        pdf.add_page()
        pdf.text(20, 30, text)
        if n >= 2:
            pdf.text(100, 285, str(n - 1) if n < 7 else "1")
    p = tmp_path / "numbers.pdf"
    pdf.output(str(p))
    doc = read_document(p, pdf_engine=engine)
    labels = {x.location.page: x.location.page_label for x in doc.passages if x.kind != "running"}
    assert labels[1] is None and labels[2] is None and labels[3] == "1" and labels[7] == "5" and labels[8] == "1"


@pytest.mark.parametrize("engine", ENGINES)
def test_table_cells_are_their_own_passages(tmp_path, engine):
    rows = [
        ("Onderdeel", "Budget per jaar"),
        ("Kinderopvang tijdens trajecten", "350.000 euro"),
        ("Training klantmanagers", "40.000 euro"),
    ]
    items = [(20, 30, "De middelen voor de uitvoering van deze nota zijn als volgt verdeeld over de onderdelen.", 10)]
    items += [(x, 40 + 6 * r, text, 10) for r, row in enumerate(rows) for x, text in zip((20, 120), row, strict=True)]
    items += [(20, 70, "Het college verwacht dat de investering zich deels terugverdient.", 10)]
    doc = read_document(pdf_placed(tmp_path / "tabel.pdf", [items]), pdf_engine=engine)
    got = [(p.kind, p.text) for p in doc.passages]
    assert got[0][0] == "paragraph" and got[-1] == (
        "paragraph",
        "Het college verwacht dat de investering zich deels terugverdient.",
    )
    assert got[1:-1] == [("table_cell", t) for row in rows for t in row]


@pytest.mark.parametrize("engine", ENGINES)
def test_footnotes_are_kept_and_marked(tmp_path, engine):
    items = [
        (20, 30, "Vrouwen stromen minder vaak uit naar werk dan mannen.", 11),
        (20, 36, "Dat blijkt uit de cijfers van het eerste kwartaal.", 11),
        (20, 270, "1 Bron: klantvolgsysteem van de gemeente, 2024.", 8),
    ]
    doc = read_document(pdf_placed(tmp_path / "noot.pdf", [items]), pdf_engine=engine)
    assert [(p.kind, p.text) for p in doc.passages] == [
        (
            "paragraph",
            "Vrouwen stromen minder vaak uit naar werk dan mannen. Dat blijkt uit de cijfers van het eerste kwartaal.",
        ),
        ("footnote", "1 Bron: klantvolgsysteem van de gemeente, 2024."),
    ]


def _scaled_words(lines: list[str], *, size: float = 10, gap: float = 5, x0: float = 72, top: float = 760) -> str:
    """Content that sets every word on its own with a 1-point font scaled by the text matrix, words *gap* points apart."""
    from fpdf import FPDF

    widths = FPDF()
    widths.set_font("Helvetica", "", size)
    ops = ["BT /F1 1 Tf"]
    for i, line in enumerate(lines):
        x, y = x0, top - 1.3 * size * i
        for word in line.split():
            ops.append(f"{size} 0 0 {size} {x:.2f} {y:.2f} Tm {pdf_string(word)} Tj")
            x += widths.get_string_width(word) * 72 / 25.4 + gap
    ops.append("ET")
    return "\n".join(ops)


def test_text_scaled_by_its_matrix_is_read_at_its_printed_size(tmp_path):
    # pdfium reports the font size of the content stream (1 here); read as 1 point, the
    # wide word spaces of justified text split every line into table cells.
    lines = [
        "Vrouwen en mannen krijgen in deze gemeente",
        "hetzelfde aanbod van trajecten naar werk,",
        "met een eigen gesprek voor ieder van hen.",
    ]
    path = pdf_raw(tmp_path / "geschaald.pdf", [_scaled_words(lines)])
    got = {engine: [(p.kind, p.text) for p in read_document(path, pdf_engine=engine).passages] for engine in ENGINES}
    assert got["pdfium"] == [("paragraph", " ".join(lines))]
    assert got["pdfplumber"] == got["pdfium"]


def test_quotation_marks_drawn_on_their_own_stay_in_their_words(tmp_path):
    # Some producers draw typographic quotes as text objects of their own, after the
    # line; pdfium's tight box of such a glyph sits above the letters beside it.
    from fpdf import FPDF

    widths = FPDF()
    widths.set_font("Helvetica", "", 11)
    w = lambda s: widths.get_string_width(s) * 72 / 25.4  # noqa: E731
    before, word, after = "Het kabinet wil een ", "doenvermogenstoets", " voor alle wetten."
    x_open = 72 + w(before)
    quote = 0.222 * 11  # Helvetica's quoteleft and quoteright are 222/1000 em wide
    x_word = x_open + quote
    x_close = x_word + w(word)
    x_after = x_close + quote
    content = "\n".join(
        [
            f"BT /F1 11 Tf 72 760 Td {pdf_string(before)} Tj ET",
            f"BT /F1 11 Tf {x_word:.2f} 760 Td {pdf_string(word)} Tj ET",
            f"BT /F1 11 Tf {x_after:.2f} 760 Td {pdf_string(after)} Tj ET",
            f"BT /F1 11 Tf {x_open:.2f} 760 Td {pdf_string(chr(0x2018))} Tj ET",
            f"BT /F1 11 Tf {x_close:.2f} 760 Td {pdf_string(chr(0x2019))} Tj ET",
        ]
    )
    path = pdf_raw(tmp_path / "aanhalingstekens.pdf", [content])
    got = {engine: [p.text for p in read_document(path, pdf_engine=engine).passages] for engine in ENGINES}
    assert got["pdfium"] == ["Het kabinet wil een \u2018doenvermogenstoets\u2019 voor alle wetten."]
    assert got["pdfplumber"] == got["pdfium"]


@pytest.mark.parametrize("engine", ENGINES)
def test_bullets_set_apart_by_a_hanging_indent_start_list_items(tmp_path, engine):
    # Word's bullet list: the bullet, then the text at a hanging indent (wider than a word space)
    points = ["kinderopvang tijdens het traject", "een eigen gesprek met iedere inwoner", "werkgevers in alle sectoren"]
    ops = ["BT /F1 11 Tf 1 0 0 1 72 760 Tm (De gemeente zet in op drie onderdelen:) Tj ET"]
    for i, point in enumerate(points):
        y = 743 - 16 * i
        ops += [
            f"BT /F1 11 Tf 1 0 0 1 86 {y} Tm (\u2022) Tj ET",
            f"BT /F1 11 Tf 1 0 0 1 108 {y} Tm {pdf_string(point)} Tj ET",
        ]
    # a dash before a figure is a zero in a table, not a bullet
    ops += [
        "BT /F1 11 Tf 1 0 0 1 72 680 Tm (Kinderopvang) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 250 680 Tm (-) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 300 680 Tm (350.000) Tj ET",
    ]
    doc = read_document(pdf_raw(tmp_path / "opsomming.pdf", ["\n".join(ops)]), pdf_engine=engine)
    got = [(p.kind, p.text) for p in doc.passages]
    assert got[:4] == [("paragraph", "De gemeente zet in op drie onderdelen:")] + [
        ("list_item", f"\u2022 {p}") for p in points
    ]
    assert [t for _, t in got[4:]] == ["Kinderopvang", "-", "350.000"]


@pytest.mark.parametrize("engine", ENGINES)
def test_bold_heading_of_body_size_is_a_heading(tmp_path, engine):
    # pdfium knows no weight for a font without a descriptor (-1): the font's name tells
    body = "Ouders met jonge kinderen krijgen opvang tijdens het traject."
    content = "\n".join(
        ["BT /F2 11 Tf 72 760 Td (Kinderopvang) Tj ET", f"BT /F1 11 Tf 72 740 Td {pdf_string(body)} Tj ET"]
    )
    doc = read_document(pdf_raw(tmp_path / "vet.pdf", [content]), pdf_engine=engine)
    assert [(p.kind, p.text) for p in doc.passages] == [("heading", "Kinderopvang"), ("paragraph", body)]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_bullet_in_a_larger_font_does_not_make_its_item_a_heading(tmp_path, engine):
    items = ["de zeggenschap ligt bij de gemeente;", "de instelling is geen marktproducent."]
    intro = [
        "Tot de overheid worden ten eerste gerekend het Rijk, de gemeenten, de provincies,",
        "de gemeenschappelijke regelingen en de waterschappen. Het begrip is echter breder.",
        "Een instelling hoort bij de overheid als:",
    ]
    ops = [f"BT /F1 10 Tf 72 {760 - 13 * i} Td {pdf_string(line)} Tj ET" for i, line in enumerate(intro)]
    for i, item in enumerate(items):
        y = 719 - 14 * i
        ops += [f"BT /F1 13 Tf 90 {y} Td (-) Tj ET", f"BT /F1 10 Tf 104 {y} Td {pdf_string(item)} Tj ET"]
    doc = read_document(pdf_raw(tmp_path / "streepjes.pdf", ["\n".join(ops)]), pdf_engine=engine)
    assert [(p.kind, p.text) for p in doc.passages] == [("paragraph", " ".join(intro))] + [
        ("list_item", f"- {item}") for item in items
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_paragraph_set_in_bold_is_not_a_heading(tmp_path, engine):
    lines = [
        "Tijdens de raadsvergadering is de nota op vier punten",
        "gewijzigd: de kinderopvang tijdens trajecten, de",
        "training van klantmanagers, de monitoring naar geslacht",
        "en de afspraken met werkgevers in de regio",
    ]
    body = "De wijzigingen zijn in deze versie verwerkt, zoals de raad heeft besloten."
    ops = [f"BT /F2 11 Tf 72 {760 - 14 * i} Td {pdf_string(line)} Tj ET" for i, line in enumerate(lines)]
    ops += [f"BT /F1 11 Tf 72 {700 - 14 * i} Td {pdf_string(body)} Tj ET" for i in range(3)]
    doc = read_document(pdf_raw(tmp_path / "vette-alinea.pdf", ["\n".join(ops)]), pdf_engine=engine)
    assert [p.kind for p in doc.passages] == ["paragraph", "paragraph"]
    assert doc.passages[0].text == " ".join(lines)


def _width(text: str, size: float = 11) -> float:
    """Width of *text* in Helvetica, in points."""
    from fpdf import FPDF

    widths = FPDF()
    widths.set_font("Helvetica", "", size)
    return widths.get_string_width(text) * 72 / 25.4


def _mixed_page() -> str:
    """Content with what pdfium's rectangles make hard: two columns, a raised and a
    lowered character, a bold word in a line, a table row, a hyphen at a line end."""
    left = column_lines(LEFT, 40)
    right = column_lines(RIGHT, 40)
    ops = [f"BT /F1 10 Tf 1 0 0 1 72 {780 - 13 * i} Tm {pdf_string(line)} Tj ET" for i, line in enumerate(left)]
    ops += [f"BT /F1 10 Tf 1 0 0 1 320 {780 - 13 * i} Tm {pdf_string(line)} Tj ET" for i, line in enumerate(right)]
    ops += [
        "BT /F1 11 Tf 1 0 0 1 72 600 Tm (Volgens de 16) Tj 5 Ts (e) Tj 0 Ts ( Studiegroep groeit de arbeidsmarkt.) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 72 585 Tm (Aanscherpen CO) Tj -3 Ts (2) Tj 0 Ts (-heffing voor de industrie.) Tj ET",
        # the same drawn as objects of their own, the small figure lowered: pdfium adds a
        # line break before the hyphen in its page text, but reads "CO2-heffing" in the box
        "BT /F1 11 Tf 1 0 0 1 72 572 Tm (Minder CO) Tj ET",
        f"BT /F1 7 Tf 1 0 0 1 {72 + _width('Minder CO'):.2f} 570 Tm (2) Tj ET",
        f"BT /F1 11 Tf 1 0 0 1 {72 + _width('Minder CO') + 0.7 * _width('2'):.2f} 572 Tm (-uitstoot door de industrie.) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 72 560 Tm (Bij de ) Tj /F2 11 Tf (kostwinner) Tj /F1 11 Tf ( begint het gesprek.) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 72 530 Tm (Kinderopvang) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 300 530 Tm (350.000) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 400 530 Tm (2025) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 72 500 Tm (De gemeente biedt inwoners ondersteu-) Tj ET",
        "BT /F1 11 Tf 1 0 0 1 72 486 Tm (ning bij het vinden van betaald werk.) Tj ET",
    ]
    return "\n".join(ops)


def _text_pages(path):
    """(pdfium text page, page height) for each page of *path*, closed as the loop goes on."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(document)):
            page = document[i]
            textpage = page.get_textpage()
            try:
                yield textpage.raw, page.get_size()[1]
            finally:
                textpage.close()
                page.close()
    finally:
        document.close()


def test_run_texts_cut_from_the_page_text_are_what_pdfium_reads_in_their_box(tmp_path, monkeypatch):
    from genderscan.ingest import pdfium as pdf_engine

    pages = [_mixed_page(), _scaled_words(column_lines(LEFT + " " + RIGHT, 60))]
    path = pdf_raw(tmp_path / "gemengd.pdf", pages)
    norm = lambda t: " ".join(t.replace("\x02", "-").replace("\ufffe", "-").split())  # noqa: E731
    scratch = pdf_engine._Scratch()
    cut = read = 0
    for textpage, height in _text_pages(path):
        boxes, _, known = pdf_engine._read_runs(textpage, height, scratch)
        for box, text in zip(boxes, known, strict=True):
            if text is None:
                read += 1
                continue
            cut += 1
            bounded = pdf_engine._bounded_text(
                textpage, box.x0 - 0.5, height - box.top + 0.5, box.x1 + 0.5, height - box.bottom - 0.5, scratch.buffer
            )
            assert norm(text) == norm(bounded)
    # most runs take the fast way; the raised "e" before a word on the same baseline is read from pdfium
    assert cut >= 0.8 * (cut + read) and read >= 1
    fast = [(p.kind, p.text) for p in read_document(path).passages]
    monkeypatch.setattr(
        pdf_engine, "_sliced", lambda text, boxes, firsts, rects, run_boxes, first_of=None: [None] * len(rects)
    )
    assert [(p.kind, p.text) for p in read_document(path).passages] == fast
    assert ("paragraph", "De gemeente biedt inwoners ondersteuning bij het vinden van betaald werk.") in fast
    assert any("Minder CO2-uitstoot door de industrie." in text for _, text in fast)


# regular text, so that most of the page is not bold
_REGULAR = "De wijzigingen zijn in deze versie verwerkt, zoals de raad in de vergadering van juni heeft besloten."


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sentence_that_goes_on_in_bold_is_no_heading(tmp_path, engine):
    # the last line of a sentence set in bold at the top of a page, then the next one in regular type
    ops = [
        "BT /F2 11 Tf 72 760 Td (in een rijke schooldag, waarbij scholen zelf bepalen wat) Tj ET",
        "BT /F1 11 Tf 72 746 Td (zij nodig hebben om ongelijke kansen te verkleinen.) Tj ET",
        f"BT /F1 11 Tf 72 715 Td {pdf_string(_REGULAR)} Tj ET",
    ]
    doc = read_document(pdf_raw(tmp_path / "doorlopend.pdf", ["\n".join(ops)]), pdf_engine=engine)
    assert [(p.kind, p.text) for p in doc.passages] == [
        (
            "paragraph",
            "in een rijke schooldag, waarbij scholen zelf bepalen wat zij nodig hebben om ongelijke kansen te verkleinen.",
        ),
        ("paragraph", _REGULAR),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_long_bold_title_is_set_apart_from_its_text(tmp_path, engine):
    # the first line is too long for a title line on its own, the second starts in lower case
    title = [
        "1.1 Uitgevoerd: het plan van aanpak voor de economische zelfstandigheid van vrouwen en mannen in",
        "de bijstand, 2025-2028",
    ]
    body = [
        "Het plan is in december vastgesteld door de raad en richt zich op vrouwen en mannen",
        "in de bijstand, met kinderopvang tijdens het traject en een eigen gesprek voor ieder.",
    ]
    ops = [f"BT /F2 11 Tf 72 {760 - 14 * i} Td {pdf_string(line)} Tj ET" for i, line in enumerate(title)]
    ops += [f"BT /F1 11 Tf 72 {732 - 14 * i} Td {pdf_string(line)} Tj ET" for i, line in enumerate(body)]
    doc = read_document(pdf_raw(tmp_path / "doeltitel.pdf", ["\n".join(ops)]), pdf_engine=engine)
    assert [p.text for p in doc.passages] == [" ".join(title), " ".join(body)]
    assert doc.passages[1].kind == "paragraph"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_bold_sentence_introducing_a_list_is_no_heading(tmp_path, engine):
    lines = ["Tijdens de raadsvergadering is de nota gewijzigd op basis", "van twee amendementen:"]
    ops = [f"BT /F2 11 Tf 72 {760 - 14 * i} Td {pdf_string(line)} Tj ET" for i, line in enumerate(lines)]
    ops += [
        "BT /F1 11 Tf 72 725 Td (- kinderopvang tijdens het traject;) Tj ET",
        "BT /F1 11 Tf 72 711 Td (- monitoring naar geslacht.) Tj ET",
        f"BT /F1 11 Tf 72 680 Td {pdf_string(_REGULAR)} Tj ET",
    ]
    doc = read_document(pdf_raw(tmp_path / "amendementen.pdf", ["\n".join(ops)]), pdf_engine=engine)
    assert [(p.kind, p.text) for p in doc.passages] == [
        ("paragraph", " ".join(lines)),
        ("list_item", "- kinderopvang tijdens het traject;"),
        ("list_item", "- monitoring naar geslacht."),
        ("paragraph", _REGULAR),
    ]


def test_first_characters_found_by_probing_are_the_rectangles_own(tmp_path, monkeypatch):
    """Each rectangle's first character, found by probing where it is expected, is the
    one a scan of the whole page finds; the passages do not depend on the probing."""
    import pypdfium2.raw as raw

    from genderscan.ingest import pdfium as pdf_engine

    pages = [_mixed_page(), _scaled_words(column_lines(LEFT + " " + RIGHT, 60)), _mixed_page()]
    path = pdf_raw(tmp_path / "gemengd.pdf", pages)
    scratch = pdf_engine._Scratch()
    total = checked = 0
    for textpage, height in _text_pages(path):
        text = pdf_engine._page_text(textpage, scratch.buffer)
        boxes, firsts, sure = pdf_engine._rectangles(textpage, height, scratch, text)
        chars = raw.FPDFText_CountChars(textpage)
        previous = -1
        for r, box in enumerate(boxes):
            # the scan: the first character after the previous rectangle's that starts this one
            own = next(
                k
                for k in range(previous + 1, chars)
                if pdf_engine._starts_rect(textpage, k, box.x0, height - box.bottom, height - box.top, scratch)
            )
            if sure[r]:
                assert firsts[r] == own
                checked += 1
            previous = own
        total += len(boxes)
    assert checked >= 0.9 * total
    # the lookup by position is the exception, and the passages are the same without probing
    lookups = []
    index_at = raw.FPDFText_GetCharIndexAtPos
    monkeypatch.setattr(raw, "FPDFText_GetCharIndexAtPos", lambda *args: lookups.append(args) or index_at(*args))
    fast = [(p.kind, p.text) for p in read_document(path).passages]
    assert 0 < len(lookups) < 0.25 * total
    probes = pdf_engine._probes
    monkeypatch.setattr(pdf_engine, "_probes", lambda *args: ())
    lookups.clear()
    assert [(p.kind, p.text) for p in read_document(path).passages] == fast
    assert len(lookups) == total
    # a page whose text does not line up with its characters (pdfium's text of a character
    # outside Unicode's first plane): no probing, no cutting, every run read from pdfium
    monkeypatch.setattr(pdf_engine, "_probes", probes)
    monkeypatch.setattr(pdf_engine, "_page_text", lambda textpage, buffer: None)
    assert [(p.kind, p.text) for p in read_document(path).passages] == fast
