"""The HTML reports pass an HTML validator (html-validate, with its a11y rules) and an
accessibility checker (axe-core, WCAG 2.1 A/AA and best practices, run in headless Chromium,
which also checks colour contrast). Both come from npm (package.json; make test installs them)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "node_modules" / ".bin"


def _chromium():
    from genderscan.report.pdf import chromium

    return chromium()


pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (BIN / "html-validate").exists() or _chromium() is None,
    reason="needs node with the npm packages of package.json and Chromium (make test installs them)",
)

PAYLOAD = 'De man is de kostwinner <script>alert("x")</script> en <img src=x onerror=alert(1)>.\n\nMoeders zorgen voor de kinderen.'


@pytest.fixture(scope="module")
def pages(tmp_path_factory, analyzer):
    """The example report, a report of a hostile text, a gender-blind one, and a comparison report."""
    from genderscan import batch
    from genderscan.report import FORMATTERS

    out = tmp_path_factory.mktemp("html")
    files = []
    for name, report in (
        ("voorbeeld.html", analyzer.analyse(ROOT / "examples" / "hoogwater_participatienota.pdf")),
        ("payload.html", analyzer.analyse_text(PAYLOAD)),
        (
            "blind.html",
            analyzer.analyse_text("De bibliotheek is op zaterdag open.\n\nDe parkeergarage gaat om acht uur dicht."),
        ),
    ):
        (out / name).write_text(FORMATTERS["html"].render(report.to_dict()), encoding="utf-8")
        files.append(out / name)
    corpus = out / "corpus"
    corpus.mkdir()
    (corpus / "noord.txt").write_text(PAYLOAD, encoding="utf-8")
    (corpus / "zuid.txt").write_text("De bibliotheek is op zaterdag open voor alle inwoners.", encoding="utf-8")
    # a participation nota: the comparison's matrix shows measures present and missing, not only "not judged"
    shutil.copy(ROOT / "examples" / "hoogwater_participatienota.pdf", corpus / "nota.pdf")
    batch([str(corpus)], db=out / "r.db", jobs=1, report=out / "vergelijking.html")
    assert "✓" in (out / "vergelijking.html").read_text(encoding="utf-8")
    files.append(out / "vergelijking.html")
    return files


def test_reports_pass_html_validate(pages):
    done = subprocess.run(
        [
            str(BIN / "html-validate"),
            "--config",
            str(ROOT / ".htmlvalidate.json"),
            "--formatter",
            "json",
            *map(str, pages),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    problems = [
        (Path(r["filePath"]).name, m["ruleId"], m["message"])
        for r in json.loads(done.stdout or "[]")
        for m in r["messages"]
    ]
    assert done.returncode == 0 and not problems, problems


def test_reports_have_no_axe_violations(pages):
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "a11y" / "axe.mjs"), _chromium(), *map(str, pages)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    violations = {Path(f).name: v for f, v in json.loads(done.stdout).items()}
    assert set(violations) == {p.name for p in pages}
    assert all(v == [] for v in violations.values()), violations


def test_reports_fit_a_phone(pages):
    """At 390 px nothing of a document report runs off the screen: the title wraps, and the tables
    (the EIGE table with its evidence column, the sections and parts) become one block per row."""
    reports = [p for p in pages if p.name != "vergelijking.html"]
    done = subprocess.run(
        ["node", str(ROOT / "tests" / "a11y" / "layout.mjs"), _chromium(), "390", *map(str, reports)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for name, found in json.loads(done.stdout).items():
        assert found["scrollWidth"] <= found["viewport"] == 390, (name, found)
        assert found["h1Right"] <= 390 and not found["outside"], (name, found)
        assert found["evidence"] == 8, (name, found)  # every EIGE question's evidence is on screen


def test_the_validator_does_catch_problems(tmp_path):
    """The checks can fail: a page without a language and with an image without alt text."""
    bad = tmp_path / "slecht.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><h1>a</h1><h3>b</h3><img src="x.png"></body></html>',
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(BIN / "html-validate"), "--config", str(ROOT / ".htmlvalidate.json"), "--formatter", "json", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    rules = {m["ruleId"] for r in json.loads(done.stdout) for m in r["messages"]}
    assert done.returncode == 1 and {"wcag/h37", "element-required-attributes"} <= rules, rules  # alt text, lang
    axe = subprocess.run(
        ["node", str(ROOT / "tests" / "a11y" / "axe.mjs"), _chromium(), str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    ids = {v["id"] for v in json.loads(axe.stdout)[str(bad)]}
    assert {"html-has-lang", "image-alt"} <= ids, ids
