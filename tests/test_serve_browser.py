"""genderscan serve in a real headless Chromium: the real server (uvicorn, in a thread) and the real page,
driven by puppeteer-core as the accessibility test drives the reports (tests/a11y/serve.mjs)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from genderscan.report.pdf import chromium

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (NODE_MODULES / "puppeteer-core").exists() or chromium() is None,
    reason="needs node with the npm packages of package.json and Chromium (make test installs them)",
)


def test_an_adviser_uploads_the_nota_reads_the_report_and_downloads_the_pdf(analyzer, tmp_path):
    from genderscan.web import create_app, listen, running

    nota = ROOT / "examples" / "hoogwater_participatienota.pdf"
    old_word = tmp_path / "oude nota.doc"  # refused: a coded error in the page, beside the report of the nota
    old_word.write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with running(create_app(analyzer, max_mb=analyzer.options.max_mb), listen("127.0.0.1", 0)) as url:
        done = subprocess.run(
            [
                "node",
                str(ROOT / "tests" / "a11y" / "serve.mjs"),
                chromium(),
                url,
                str(downloads),
                str(nota),
                str(old_word),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["status"] == "Klaar. Het rapport staat hieronder."
    assert re.match(rf"{nota.name} – klaar \(\d+ aannames, \d+ ontbrekende maatregelen\)", seen["documents"][0])
    assert (
        seen["documents"][1].startswith("oude nota.doc – niet gelukt")
        and "GS-E102: oude nota.doc: " in seen["documents"][1]
    )
    assert "save it as .docx" in seen["documents"][1]
    report = seen["report"]
    assert report["lang"] == "nl" and report["findings"] >= 3
    assert "kostwinner" in report["text"] and "Toegankelijke kinderopvang" in report["text"]  # a finding, a measure
    assert seen["downloads"] == ["html", "pdf", "md", "json"]
    assert seen["pdf"] == f"{nota.name}.pdf" and (downloads / seen["pdf"]).read_bytes()[:5] == b"%PDF-"
    assert seen["axe"] == [], seen["axe"]


def test_the_page_passes_html_validate(analyzer, tmp_path):
    """The page itself (Dutch and English), checked like the reports (tests/test_accessibility.py)."""
    from starlette.testclient import TestClient

    from genderscan.web import create_app

    with TestClient(create_app(analyzer, max_mb=200), base_url="http://127.0.0.1:8000") as client:
        for lang in ("nl", "en"):
            (tmp_path / f"serve-{lang}.html").write_text(client.get(f"/?lang={lang}").text, encoding="utf-8")
    done = subprocess.run(
        [
            str(NODE_MODULES / ".bin" / "html-validate"),
            "--config",
            str(ROOT / ".htmlvalidate.json"),
            *sorted(map(str, tmp_path.iterdir())),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
