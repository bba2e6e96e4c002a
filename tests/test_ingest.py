"""Readers: real PDF, DOCX, TXT and MD files in, passages with locations out; bad input gets coded errors."""

from __future__ import annotations

import zipfile

import pytest
from builders import docx_from_blocks, encrypt_pdf, pdf_from_pages, pdf_without_text

from genderscan.errors import InputError
from genderscan.ingest import read_document
from genderscan.ingest.normalise import join_lines

# --- text and markdown ----------------------------------------------------


def test_txt_blocks_are_passages_with_1_based_paragraphs(tmp_path):
    p = tmp_path / "nota.txt"
    p.write_text("Eerste alinea\nloopt door.\n\n\nTweede alinea.\n  \nDerde.\n", encoding="utf-8")
    doc = read_document(p)
    assert [x.text for x in doc.passages] == ["Eerste alinea loopt door.", "Tweede alinea.", "Derde."]
    assert [x.location.paragraph for x in doc.passages] == [1, 2, 3]
    assert doc.format == "txt" and doc.pages is None


def test_md_headings_become_sections_and_bullets_list_items(tmp_path):
    p = tmp_path / "nota.md"
    p.write_text("# Doelgroep\n\nDe tekst.\n\n- een punt\n- nog een\n", encoding="utf-8")
    doc = read_document(p)
    kinds = [x.kind for x in doc.passages]
    assert kinds == ["heading", "paragraph", "list_item"]
    assert doc.passages[1].location.section == "Doelgroep"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_pipe_table_is_read_row_by_row_under_its_section(tmp_path, suffix):
    p = tmp_path / f"nota{suffix}"
    p.write_text(
        ("# " if suffix == ".md" else "")
        + "Financiën\n\nTabel 2 Lasten per onderdeel\n| Onderdeel | Uitvoerder | Bedrag |\n|---|---|---|\n"
        "| Jobcoaching | Stichting Ankerpunt | 80.000 |\n| Taalhuis | Bibliotheek | 20.000 |\n\n"
        "Een zin met a | b erin is gewoon tekst.\n",
        encoding="utf-8",
    )
    passages = read_document(p).passages
    rows = [x for x in passages if x.kind == "table_cell"]
    # the header row is a row, not a heading; the rule under it is no text
    assert [x.text for x in rows] == [
        "Onderdeel | Uitvoerder | Bedrag",
        "Jobcoaching | Stichting Ankerpunt | 80.000",
        "Taalhuis | Bibliotheek | 20.000",
    ]
    assert {x.location.section for x in rows} == {"Financiën"}
    assert passages[-1].kind == "paragraph" and passages[-1].text == "Een zin met a | b erin is gewoon tekst."


def test_a_table_of_bare_pipes_is_no_text(tmp_path):
    p = tmp_path / "leeg.md"
    p.write_text("||||\n||||\n| | |\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_document(p)
    assert err.value.code == "GS-E109"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings(tmp_path, encoding):
    p = tmp_path / "nota.txt"
    p.write_bytes("Café één financiële zelfstandigheid.".encode(encoding))
    assert read_document(p).passages[0].text == "Café één financiële zelfstandigheid."


# --- hyphenation ------------------------------------------------------------


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["de arbeids-", "markt is krap"], "de arbeidsmarkt is krap"),
        (["in zorg-", "en welzijnsberoepen"], "in zorg- en welzijnsberoepen"),
        (["de provincie Noord-", "Holland"], "de provincie Noord-Holland"),
        (["een lijn", "en nog een"], "een lijn en nog een"),
        (["bedrag 2025-", "2026"], "bedrag 2025- 2026"),
    ],
)
def test_join_lines(lines, expected):
    assert join_lines(lines) == expected


# --- PDF ---------------------------------------------------------------------


def test_pdf_paragraphs_pages_and_hyphenation(tmp_path):
    p = pdf_from_pages(
        tmp_path / "nota.pdf",
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
    )
    doc = read_document(p)
    texts = [x.text for x in doc.passages]
    assert texts == [
        "Vrouwen hebben vaak een grotere afstand tot de arbeidsmarkt dan mannen.",
        "Een tweede alinea over zorg- en welzijnsberoepen.",
        "Op pagina twee staat de man als kostwinner.",
    ]
    assert [x.location.page for x in doc.passages] == [1, 1, 2]
    assert [x.location.paragraph for x in doc.passages] == [1, 2, 3]
    assert doc.pages == 2 and doc.format == "pdf"


def test_pdf_heading_sets_section(tmp_path):
    p = pdf_from_pages(tmp_path / "h.pdf", [["Gewone tekst van de nota."]], heading="Doelgroep")
    doc = read_document(p)
    assert doc.passages[0].kind == "heading" and doc.passages[0].text == "Doelgroep"
    assert doc.passages[1].location.section == "Doelgroep"


def _expect(path, code):
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.code == code
    assert "\n" not in str(err.value)
    return err.value


def test_pdf_errors(tmp_path):
    good = pdf_from_pages(tmp_path / "good.pdf", [["Tekst."]])
    _expect(encrypt_pdf(good, tmp_path / "locked.pdf"), "GS-E105")
    _expect(pdf_without_text(tmp_path / "scan.pdf"), "GS-E106")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    _expect(truncated, "GS-E104")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n")
    _expect(garbage, "GS-E104")
    fake = tmp_path / "fake.pdf"
    fake.write_text("Dit is gewone tekst met een pdf-extensie.", encoding="utf-8")
    _expect(fake, "GS-E103")


# --- DOCX --------------------------------------------------------------------


def test_docx_order_headings_tables_lists(tmp_path):
    p = docx_from_blocks(
        tmp_path / "nota.docx",
        [
            ("heading1", "Aanleiding"),
            ("p", "Eerste alinea."),
            ("bullet", "Een opsomming."),
            ("number", "Een genummerd punt."),
            ("table", [["Onderdeel", "Budget"], ["Trajecten", "EUR 10"]]),
            ("heading2", "Financiën"),
            ("p", "Slot."),
        ],
    )
    doc = read_document(p)
    assert [(x.kind, x.text) for x in doc.passages] == [
        ("heading", "Aanleiding"),
        ("paragraph", "Eerste alinea."),
        ("list_item", "Een opsomming."),
        ("list_item", "Een genummerd punt."),
        ("table_cell", "Onderdeel"),
        ("table_cell", "Budget"),
        ("table_cell", "Trajecten"),
        ("table_cell", "EUR 10"),
        ("heading", "Financiën"),
        ("paragraph", "Slot."),
    ]
    assert doc.passages[1].location.section == "Aanleiding"
    assert doc.passages[-1].location.section == "Financiën"
    assert doc.passages[-1].location.paragraph == len(doc.passages)


def test_docx_errors(tmp_path):
    good = docx_from_blocks(tmp_path / "good.docx", [("p", "Tekst.")])
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good.read_bytes()[:1500])
    _expect(truncated, "GS-E107")
    not_word = tmp_path / "other.docx"
    with zipfile.ZipFile(not_word, "w") as zf:
        zf.writestr("hello.txt", "geen Word")
    _expect(not_word, "GS-E103")
    text = tmp_path / "text.docx"
    text.write_text("gewone tekst", encoding="utf-8")
    _expect(text, "GS-E103")
    broken_xml = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken_xml, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"<w:document" if item.filename == "word/document.xml" else data)
    _expect(broken_xml, "GS-E107")


def test_missing_unsupported_directory_and_binary_text(tmp_path):
    _expect(tmp_path / "nope.pdf", "GS-E101")
    odd = tmp_path / "nota.xyz"
    odd.write_text("x")
    _expect(odd, "GS-E102")
    _expect(tmp_path, "GS-E110")
    binary = tmp_path / "nota.txt"
    binary.write_bytes(b"%PDF-1.7 binary")
    _expect(binary, "GS-E103")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n  \n")
    _expect(empty, "GS-E109")
    # the title of a table of contents, and nothing else, is no text either
    toc_only = tmp_path / "inhoud.txt"
    toc_only.write_text("Inhoudsopgave\n")
    _expect(toc_only, "GS-E109")
    # nor are footnote marks alone (superscript digits are digits, but no decimal ones); a year is text
    marks = tmp_path / "noten.txt"
    marks.write_text("¹²³\n\n⁴⁵\n", encoding="utf-8")
    _expect(marks, "GS-E109")


def test_old_word_and_wordperfect_files_say_save_as_docx(tmp_path):
    """GS-E102 still, with what to do; the other unsupported types keep the list of supported ones."""
    from genderscan.ingest import unsupported

    doc = tmp_path / "oude nota.DOC"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 Word 97-2003")
    err = _expect(doc, "GS-E102")
    assert err.message == f"{doc}: genderscan cannot read Word 97-2003 (.doc): save it as .docx"
    wpd = tmp_path / "nota.wpd"
    wpd.write_bytes(b"\xffWPC")
    assert _expect(wpd, "GS-E102").message.endswith("cannot read WordPerfect (.wpd): save it as .docx")
    assert unsupported("nota.doc", "nl").message == (
        "nota.doc: Word 97-2003 (.doc) kan genderscan niet lezen: sla het op als .docx"
    )
    odd = tmp_path / "nota.xyz"
    odd.write_text("x")
    assert "save it as" not in _expect(odd, "GS-E102").message


# --- DOCX details, hostile and oversized files --------------------------------------------


def _docx_with_xml(path, body_xml: str, extra_parts: dict[str, str] | None = None):
    """A real DOCX saved by python-docx, with its document body replaced by *body_xml*."""
    import zipfile

    import docx

    base = path.with_suffix(".base.docx")
    docx.Document().save(base)
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                start, end = text.index("<w:body>") + len("<w:body>"), text.index("</w:body>")
                data = (text[:start] + body_xml + text[end:]).encode("utf-8")
            zout.writestr(item, data)
        for name, xml in (extra_parts or {}).items():
            zout.writestr(name, xml)
    return path


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_tracked_changes_text_boxes_nested_tables_and_footnotes(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">De gemeente biedt </w:t></w:r>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t>gratis </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>geen </w:delText></w:r></w:del>'
        "<w:r><w:t>kinderopvang aan.</w:t></w:r></w:p>"
        '<w:p><w:r><w:t>Zie het kader.</w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>Tekst in een tekstvak.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Buitencel</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Binnencel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p/></w:tc></w:tr></w:tbl>"
    )
    footnotes = (
        f'<w:footnotes {W_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Bron: eigen onderzoek.</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    comments = f'<w:comments {W_NS}><w:comment w:id="0"><w:p><w:r><w:t>Opmerking van een collega.</w:t></w:r></w:p></w:comment></w:comments>'
    p = _docx_with_xml(
        tmp_path / "details.docx", body, {"word/footnotes.xml": footnotes, "word/comments.xml": comments}
    )
    doc = read_document(p)
    got = [(x.kind, x.text) for x in doc.passages]
    assert got == [
        ("paragraph", "De gemeente biedt gratis kinderopvang aan."),
        ("paragraph", "Zie het kader."),
        ("paragraph", "Tekst in een tekstvak."),
        ("table_cell", "Buitencel"),
        ("table_cell", "Binnencel"),
        ("footnote", "Bron: eigen onderzoek."),
    ]


def test_docm_is_read_without_running_anything(tmp_path):
    src = docx_from_blocks(tmp_path / "nota.docx", [("p", "De man is de kostwinner.")])
    docm = tmp_path / "nota.docm"
    docm.write_bytes(src.read_bytes())
    assert read_document(docm).passages[0].text == "De man is de kostwinner."


def test_zip_bomb_docx_is_refused(tmp_path):
    import zipfile

    src = docx_from_blocks(tmp_path / "nota.docx", [("p", "Tekst.")])
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("word/media/vulling.bin", b"\0" * (60 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(InputError) as err:
        read_document(bomb)
    assert err.value.code == "GS-E113" and "zip bomb" in err.value.message


def test_size_limit(tmp_path):
    p = tmp_path / "groot.txt"
    p.write_text("Vrouwen en mannen. " * 70000, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_document(p, max_mb=1)
    assert err.value.code == "GS-E112" and "size limit" in err.value.message
    assert read_document(p, max_mb=5).passages


CYCLIC_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_with_a_cyclic_page_tree_fails_with_a_code(tmp_path, engine):
    p = tmp_path / "kring.pdf"
    p.write_bytes(CYCLIC_PDF)
    with pytest.raises(InputError) as err:
        read_document(p, pdf_engine=engine)
    assert err.value.code in ("GS-E104", "GS-E106")


# --- ODT, HTML, encodings --------------------------------------------------------

ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
 <office:body><office:text>
  <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Verwijderde zin over vaders.</text:p></text:deletion></text:changed-region></text:tracked-changes>
  <text:h text:outline-level="1">Doelgroep</text:h>
  <text:p>De man is de kostwinner<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Zie de bijlage.</text:p></text:note-body></text:note> van het gezin.<office:annotation><dc:creator>a</dc:creator><text:p>Opmerking.</text:p></office:annotation></text:p>
  <text:list><text:list-item><text:p>Eerste punt.</text:p></text:list-item></text:list>
  <table:table><table:table-row><table:table-cell><text:p>Cel een</text:p></table:table-cell><table:table-cell><text:p>Cel twee</text:p></table:table-cell></table:table-row></table:table>
 </office:text></office:body>
</office:document-content>"""


def test_odt(tmp_path):
    p = tmp_path / "nota.odt"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", ODT_CONTENT)
    doc = read_document(p)
    assert doc.format == "odt"
    assert [(x.kind, x.text) for x in doc.passages] == [
        ("heading", "Doelgroep"),
        ("paragraph", "De man is de kostwinner van het gezin."),
        ("list_item", "Eerste punt."),
        ("table_cell", "Cel een"),
        ("table_cell", "Cel twee"),
        ("footnote", "Zie de bijlage."),
    ]
    assert doc.passages[1].location.section == "Doelgroep"


def test_html_blocks_and_no_scripts(tmp_path):
    p = tmp_path / "pagina.html"
    p.write_bytes(
        """<!doctype html><html><head><meta charset="windows-1252"><title>x</title><style>p{}</style></head>
<body><nav><a href="/">Home</a></nav><h1>Participatie</h1><p>De man is de <b>kostwinner</b>.<br>Tweede regel.</p>
<script>alert('x')</script><ul><li>Eerste punt</li></ul><table><tr><td>Cel</td></tr></table>
<footer>Colofon</footer><p>Caf\xe9 en re\xefntegratie.</p></body></html>""".encode("cp1252")
    )
    doc = read_document(p)
    assert doc.format == "html"
    assert [(x.kind, x.text) for x in doc.passages] == [
        ("heading", "Participatie"),
        ("paragraph", "De man is de kostwinner. Tweede regel."),
        ("list_item", "Eerste punt"),
        ("table_cell", "Cel"),
        ("paragraph", "Café en reïntegratie."),
    ]


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_text_encodings_are_detected(tmp_path, encoding, bom):
    p = tmp_path / "nota.txt"
    p.write_bytes(bom + "Financiële zelfstandigheid en reïntegratie – één doel.".encode(encoding))
    assert read_document(p).passages[0].text == "Financiële zelfstandigheid en reïntegratie – één doel."


def test_invisible_and_bidirectional_marks_do_not_split_words(tmp_path, analyzer):
    """A right-to-left mark or an isolate pasted into a word (copied from a web page) is dropped, so the
    word still matches: "kost\u200fwinner", "werkende\u200f ouders"."""
    from genderscan.ingest import read_document

    p = tmp_path / "marks.txt"
    text = "Wij zien de man als kost\u200fwinner van het gezin.\n\nDe gemeente vergoedt kinderopvang voor werkende\u2067 ouders\u2069."
    p.write_text(text, encoding="utf-8")
    passages = [x.text for x in read_document(str(p)).passages]
    assert passages[0] == "Wij zien de man als kostwinner van het gezin."
    assert "werkende ouders." in passages[1]
    report = analyzer.analyse(p)
    assert any(f.rule_id == "KW001" for f in report.findings)
