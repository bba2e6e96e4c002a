"""``--format docx``: a copy of the Word file with a comment on each finding, text unchanged."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cli_runner import run

KOSTWINNER = "Bij stellen richten we ons eerst op de man, omdat hij de kostwinner is."
ZORG = "Moeders zorgen doorgaans zelf voor de kinderen en het huishouden."
CEL = "Vrouwen worden vooral toegeleid naar de zorgsector."


def _document(path: Path) -> Path:
    """Findings in a plain paragraph, across runs with different formatting, and in a table cell."""
    import docx

    d = docx.Document()
    d.add_heading("Participatie", level=1)
    d.add_paragraph("De gemeente Voorbeeld wil dat iedereen meedoet.")
    d.add_paragraph(KOSTWINNER)
    p = d.add_paragraph()
    p.add_run("Moeders zorgen doorgaans ")
    p.add_run("zelf voor de kinderen").bold = True  # the match spans three runs
    p.add_run(" en het huishouden.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Doelgroep"
    table.cell(0, 1).text = CEL
    d.save(path)
    return path


def _anchored(xml: str) -> dict[str, str]:
    """Comment id -> the document text between its range start and end."""
    out = {}
    for cid in re.findall(r'<w:commentRangeStart w:id="(\d+)"/>', xml):  # ranges may nest: one search per id
        m = re.search(rf'<w:commentRangeStart w:id="{cid}"/>(.*?)<w:commentRangeEnd w:id="{cid}"/>', xml, re.DOTALL)
        out[cid] = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", m.group(1)))
    return out


def test_annotated_docx_has_a_comment_per_finding_on_the_matched_words(tmp_path):
    import docx

    from genderscan.ingest import read_document

    source = _document(tmp_path / "nota.docx")
    r = run("analyse", str(source), "-f", "docx", "-f", "json", "-o", str(tmp_path / "uit"), "-q")
    assert r.returncode == 0, r.stderr
    import json

    data = json.loads((tmp_path / "uit" / "nota.docx.json").read_text(encoding="utf-8"))
    annotated = tmp_path / "uit" / "nota.genderscan.docx"
    comments = list(docx.Document(str(annotated)).comments)
    missing = [m for m in data["measures"] if m["status"] == "missing"]
    assert len(comments) == len(data["findings"]) + len(missing) and data["findings"]
    assert all(c.author == "genderscan" for c in comments)
    texts = [c.text for c in comments]
    for f in data["findings"]:
        assert any(t.startswith(f["message"]) and f["rule_id"] in t and f["suggestion"] in t for t in texts), f[
            "rule_id"
        ]
    for m in missing:
        # the name, why it matters, the recommendation and an example from practice, as on the report's card
        comment = next(t for t in texts if t.startswith(f"Ontbrekende maatregel: {m['name']}"))
        assert m["why"].split()[0] in comment and m["recommendation"] in comment
        assert "Uit de praktijk: " in comment and f"[{m['practice'][0]['source']}]" in comment
    # anchored on the matched words, also where they span runs and inside a table cell
    anchored = list(_anchored(zipfile.ZipFile(annotated).read("word/document.xml").decode("utf-8")).values())
    for f in data["findings"]:
        assert " ".join(f["matched_text"].split()) in [" ".join(a.split()) for a in anchored], f["matched_text"]
    # the text itself is unchanged
    before = [(p.kind, p.text) for p in read_document(source).passages]
    after = [(p.kind, p.text) for p in read_document(annotated).passages]
    assert before == after


def test_docx_format_needs_a_docx_input(tmp_path):
    src = tmp_path / "nota.txt"
    src.write_text(KOSTWINNER, encoding="utf-8")
    r = run("analyse", str(src), "-f", "docx", "-o", str(tmp_path / "uit"))
    assert r.returncode == 2 and r.stderr.startswith("error GS-E302") and "needs a .docx" in r.stderr
    assert not (tmp_path / "uit").exists()


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed (make test installs it as root)"
)
def test_libreoffice_reads_the_annotated_file_with_its_comments(tmp_path):
    source = _document(tmp_path / "nota.docx")
    assert run("analyse", str(source), "-f", "docx", "-o", str(tmp_path), "-q").returncode == 0
    annotated = tmp_path / "nota.genderscan.docx"
    import docx

    expected = len(list(docx.Document(str(annotated)).comments))
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path / "odt"),
            str(annotated),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    odt = tmp_path / "odt" / "nota.genderscan.odt"
    assert done.returncode == 0 and odt.is_file(), done.stderr
    content = zipfile.ZipFile(odt).read("content.xml").decode("utf-8")
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == expected
    assert "kostwinner" in content and "genderscan" in content


def _missing_comments(tmp_path, name: str, first: str, last: str) -> list[str]:
    import docx

    d = docx.Document()
    d.add_paragraph(f"{first} helpt bij re-integratie van werkzoekenden in de bijstand en de participatiewet.")
    d.add_paragraph("Klantmanagers begeleiden werkzoekenden met een uitkering naar werk en naar een opleiding.")
    d.add_paragraph("Gemeenten zouden de kinderopvang van ouders in een re-integratietraject moeten vergoeden.")
    d.add_paragraph(f"{last} staan voorbeelden van gemeenten die bijstand en werk zo combineren.")
    source = tmp_path / f"{name}.docx"
    d.save(source)
    r = run("analyse", str(source), "-f", "docx", "-o", str(tmp_path / name), "-q", "--lang", "nl")
    assert r.returncode == 0, r.stderr
    texts = [c.text for c in docx.Document(str(tmp_path / name / f"{name}.genderscan.docx")).comments]
    return [t for t in texts if t.startswith("Ontbrekende maatregel")]


def test_advice_gets_no_missing_measure_comments(tmp_path):
    # the same text as a plan of the municipality gets them; as a guide it commits to nothing itself
    assert _missing_comments(tmp_path, "plan", "Dit plan", "In dit plan")
    assert _missing_comments(tmp_path, "gids", "Deze handreiking", "In deze handreiking") == []
