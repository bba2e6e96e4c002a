"""OCR of pages without a text layer, for real with tesseract (installed by make test)."""

from __future__ import annotations

import shutil

import pytest
from builders import pdf_from_pages, pdf_scanned
from cli_runner import run

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="tesseract is not installed (make test installs it where apt-get is available)",
)


@needs_tesseract
def test_scanned_page_is_read_with_ocr(tmp_path):
    from genderscan.ingest import read_document

    p = pdf_scanned(
        tmp_path / "scan.pdf", ["Het uitgangspunt is dat de kostwinner", "van het gezin als eerste wordt geholpen."]
    )
    from genderscan.errors import InputError

    with pytest.raises(InputError) as err:
        read_document(p)
    assert err.value.code == "GS-E106" and "--ocr" in err.value.message
    doc = read_document(p, ocr=True)
    text = " ".join(x.text for x in doc.passages).lower()
    assert "kostwinner" in text and "gezin" in text
    assert doc.ocr_pages == (1,) and doc.pages_without_text == ()


@needs_tesseract
def test_ocr_finding_in_the_report(tmp_path):
    import json

    text_page = ["De gemeente helpt inwoners naar werk."]
    p = tmp_path / "gemengd.pdf"
    scan = pdf_scanned(
        tmp_path / "scan.pdf", ["Het uitgangspunt is dat de kostwinner", "van het gezin als eerste wordt geholpen."]
    )
    plain = pdf_from_pages(tmp_path / "tekst.pdf", [text_page])
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for src in (plain, scan):
        for page in PdfReader(str(src)).pages:
            writer.add_page(page)
    with open(p, "wb") as fh:
        writer.write(fh)
    r = run("analyse", str(p), "--ocr", "-f", "json", "-o", "-")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["document"]["ocr_pages"] == [2]
    assert any(f["rule_id"] == "KW001" and f["location"]["page"] == 2 for f in data["findings"])


def test_ocr_without_tesseract_says_how_to_install(tmp_path):
    p = pdf_from_pages(tmp_path / "n.pdf", [["Tekst."]])
    r = run("analyse", str(p), "--ocr", "-o", str(tmp_path), env={"PATH": "/nonexistent"})  # no tesseract on PATH
    assert r.returncode == 2
    assert r.stderr.startswith("error GS-E303") and "apt-get install tesseract-ocr tesseract-ocr-nld" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@needs_tesseract
def test_ocr_reports_its_pages_to_the_progress_callback(tmp_path):
    from genderscan.ingest import read_document

    p = pdf_scanned(tmp_path / "scan.pdf", ["Het uitgangspunt is dat de kostwinner"])
    calls: list[tuple[str, int, int]] = []
    read_document(p, ocr=True, progress=lambda *call: calls.append(call))
    assert calls == [("pages", 0, 1), ("pages", 1, 1), ("ocr", 0, 1), ("ocr", 1, 1)]
