"""Golden reports of the shipped examples, compared whole (update with --update-golden / make golden)."""

from __future__ import annotations

import json
import os

import pytest
from conftest import ROOT

from genderscan.report import FORMATTERS

EXAMPLES = ["hoogwater_participatienota.pdf", "hoogwater_participatienota.docx"]
GOLDEN = ROOT / "examples" / "reports"
# The date the example reports show (SOURCE_DATE_EPOCH; the Makefile's examples target uses the same).
EXAMPLES_DATE = "1795392000"


@pytest.fixture(scope="module")
def reports(analyzer):
    cwd = os.getcwd()
    os.chdir(ROOT)  # the report records the path as given: examples/<name>
    try:
        return {name: analyzer.analyse(f"examples/{name}").to_dict() for name in EXAMPLES}
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("fmt", ["json", "md", "html"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_golden(reports, analyzer, update_golden, monkeypatch, name, fmt, lang):
    from genderscan.report.localise import localise

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EXAMPLES_DATE)
    rendered = FORMATTERS[fmt].render(localise(reports[name], analyzer.lexicon, lang))
    golden = (GOLDEN if lang == "nl" else GOLDEN / lang) / f"{name}.{FORMATTERS[fmt].suffix}"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8", newline="\n")
    assert golden.is_file(), f"{golden} missing: run make golden"
    assert rendered == golden.read_text(encoding="utf-8"), f"{golden} differs: review, then run make golden"


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_show_the_starter_categories(reports, name):
    data = reports[name]
    found = {(f["category"], f["stance"]) for f in data["findings"]}
    for cat in ("kostwinner", "zorgrol", "beroepssegregatie"):
        assert (cat, "assertion") in found, cat
    assert ("kostwinner", "critical") in found
    measures = {m["id"]: m["status"] for m in data["measures"]}
    assert measures["kinderopvang"] == "missing" and data["domain"] == "participatie"


def test_pdf_pages_and_docx_paragraphs_are_correct(reports):
    pdf = {
        f["rule_id"]: f["location"]
        for f in reports["hoogwater_participatienota.pdf"]["findings"]
        if f["stance"] == "assertion"
    }
    docx = {
        f["rule_id"]: f["location"]
        for f in reports["hoogwater_participatienota.docx"]["findings"]
        if f["stance"] == "assertion"
    }
    # Chapter 2 (Doelgroep) is on page 3, chapter 3 (Instrumenten) on page 4, chapter 4 (Uitvoering) on page 5.
    assert pdf["KW001"]["page"] == 3 and pdf["ZR001"]["page"] == 3
    assert pdf["BS004"]["page"] == 4 and pdf["ZR005"]["page"] == 4
    assert pdf["KW004"]["page"] == 5
    assert docx["KW001"]["page"] is None and docx["KW001"]["section"] == "2. Doelgroep"
    assert docx["BS004"]["section"] == "3.1 Werkfit-trajecten"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_golden_annotated_docx_comments(reports, analyzer, update_golden, tmp_path, lang):
    """The annotated Word file, compared by its comments: anchored words and text (the .docx bytes carry dates)."""
    import io
    import re
    import zipfile

    import docx

    from genderscan.report.annotate import annotate_docx
    from genderscan.report.localise import localise

    name = "hoogwater_participatienota.docx"
    data = localise(reports[name], analyzer.lexicon, lang)
    out = annotate_docx(ROOT / "examples" / name, data)
    xml = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode("utf-8")
    anchored = {}
    for cid in re.findall(r'<w:commentRangeStart w:id="(\d+)"/>', xml):
        m = re.search(rf'<w:commentRangeStart w:id="{cid}"/>(.*?)<w:commentRangeEnd w:id="{cid}"/>', xml, re.DOTALL)
        anchored[int(cid)] = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", m.group(1)))
    comments = [
        {"anchored": anchored.get(c.comment_id), "text": c.text} for c in docx.Document(io.BytesIO(out)).comments
    ]
    rendered = json.dumps(comments, ensure_ascii=False, indent=2) + "\n"
    golden = (GOLDEN if lang == "nl" else GOLDEN / lang) / "hoogwater_participatienota.genderscan.comments.json"
    if update_golden:
        golden.write_text(rendered, encoding="utf-8", newline="\n")
    assert golden.is_file(), f"{golden} missing: run make golden"
    assert rendered == golden.read_text(encoding="utf-8"), f"{golden} differs: review, then run make golden"
