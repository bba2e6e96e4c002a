"""The HTML report in a real browser: headless Chromium renders it to PNG and PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cli_runner import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "hoogwater_participatienota.pdf"


def _chromium():
    from genderscan.report.pdf import chromium

    return chromium()


needs_chromium = pytest.mark.skipif(
    _chromium() is None, reason="Chromium is not installed (make test installs it as root)"
)


@pytest.fixture(scope="module")
def example_html(analyzer):
    from genderscan.report import FORMATTERS

    return FORMATTERS["html"].render(analyzer.analyse(EXAMPLE).to_dict())


@needs_chromium
def test_report_renders_in_chromium_to_png(example_html):
    from PIL import Image

    from genderscan.report.pdf import html_to_png

    image = Image.open(io.BytesIO(html_to_png(example_html, 1100, 1600))).convert("RGB")
    assert image.size == (1100, 1600)
    raw = image.tobytes()
    pixels = list(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))
    ink = sum(1 for p in pixels if sum(p) < 600) / len(pixels)
    assert 0.01 < ink < 0.5  # text on a white page, not blank and not a solid block
    purple = sum(1 for r, g, b in pixels if r > 80 and b > 110 and g < 80)
    assert purple > 500  # the accent colour of the headings: the stylesheet was applied


@pytest.fixture(scope="module")
def example_pdf(example_html):
    from genderscan.report.pdf import html_to_pdf

    return html_to_pdf(example_html)


@needs_chromium
def test_report_prints_to_pdf_with_page_numbers(example_pdf):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(example_pdf))
    n = len(reader.pages)
    assert 4 <= n <= 20
    texts = [p.extract_text() for p in reader.pages]
    assert "Wat nu" in texts[0] or "Wat nu" in texts[1]
    assert all(f"{i} / {n}" in t for i, t in enumerate(texts, 1))  # page numbers from the print CSS
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4


@needs_chromium
def test_no_heading_is_left_alone_at_the_end_of_a_pdf_page(example_html, example_pdf):
    """Each h2, h3 and h4 starts on the page of what follows it (the print rules of report.css): no
    page ends with a heading or with the first line of one."""
    import html as markup
    import re

    from pypdf import PdfReader

    headings = [
        markup.unescape(re.sub(r"<[^>]+>", "", h)).strip()
        for h in re.findall(r"<h[234]\b[^>]*>(.*?)</h[234]>", example_html, re.S)
    ]
    reader = PdfReader(io.BytesIO(example_pdf))
    n = len(reader.pages)
    for i, page in enumerate(reader.pages, 1):
        lines = [x.strip() for x in page.extract_text().splitlines() if x.strip() and x.strip() != f"{i} / {n}"]
        last = lines[-1]
        alone = [h for h in headings if last == h or (len(last) > 8 and h.startswith(last))]
        assert not alone, f"page {i} of {n} ends with the heading {alone[0]!r}"


@needs_chromium
def test_analyse_format_pdf(tmp_path):
    r = run("analyse", str(EXAMPLE), "-f", "pdf", "-f", "json", "-o", str(tmp_path), "-q")
    assert r.returncode == 0, r.stderr
    pdf = tmp_path / "hoogwater_participatienota.pdf.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-" and json.loads(
        (tmp_path / "hoogwater_participatienota.pdf.json").read_text(encoding="utf-8")
    )


def test_pdf_without_a_renderer_is_a_clear_coded_error(tmp_path):
    try:
        import weasyprint  # noqa: F401

        pytest.skip("WeasyPrint is installed")
    except (ImportError, OSError):
        pass
    no_chromium = {"GENDERSCAN_CHROMIUM": str(tmp_path / "geen-chromium")}
    r = run("analyse", str(EXAMPLE), "-f", "pdf", "-o", str(tmp_path), env=no_chromium)
    assert r.returncode == 2 and r.stderr.startswith("error GS-E402") and "apt-get install chromium" in r.stderr
    assert not list(tmp_path.iterdir())  # nothing written, not even the other formats


def test_the_browser_is_found_where_windows_and_macos_install_it(tmp_path):
    """Issue 20: Chrome, Chromium and Edge off PATH, in their usual install folders, and a hint per system."""
    from genderscan.report.pdf import install_hint, installed_browsers

    edge = tmp_path / "Microsoft" / "Edge" / "Application" / "msedge.exe"
    edge.parent.mkdir(parents=True)
    edge.write_bytes(b"")
    windows = installed_browsers("Windows", {"LOCALAPPDATA": str(tmp_path), "PROGRAMFILES": str(tmp_path / "leeg")})
    assert [p for p in windows if p.is_file()] == [edge] and len(windows) == 6
    assert installed_browsers("Windows", {}) == [] and installed_browsers("Linux", {"LOCALAPPDATA": "x"}) == []
    assert Path("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome") in installed_browsers("Darwin", {})
    assert "apt-get install chromium" in install_hint("Linux") and "brew install --cask chromium" in install_hint(
        "Darwin"
    )
    assert "Microsoft Edge" in install_hint("Windows") and "GENDERSCAN_CHROMIUM" in install_hint("Windows")
