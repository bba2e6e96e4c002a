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


def _fake_browser(path: Path, executable: bool = True) -> Path:
    """A real program standing in for a browser: writes a small PDF to --print-to-pdf when its HTML exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "#!/bin/sh\n"
        'for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; file://*) src="${a#file://}";; esac; done\n'
        '[ -f "$src" ] && printf \'%%PDF-1.7 fake %s\\n\' "${0##*/}" > "$out"\n',
        encoding="utf-8",
    )
    path.chmod(0o755 if executable else 0o644)
    return path


def test_the_browser_is_found_on_path_and_where_linux_macos_and_windows_install_it(tmp_path):
    """Issue 20: Chrome, Chromium and Edge on PATH and in their usual install folders, the system passed in."""
    from genderscan.report.pdf import chromium, installed_browsers

    # Linux (and macOS): PATH in order, only files that may be run
    not_runnable = _fake_browser(tmp_path / "a" / "chromium", executable=False)
    chrome = _fake_browser(tmp_path / "b" / "google-chrome")
    linux_path = f"{tmp_path / 'leeg'}:{not_runnable.parent}:{chrome.parent}"
    assert chromium("Linux", {"PATH": linux_path}) == str(chrome)
    assert chromium("Darwin", {"PATH": linux_path, "HOME": str(tmp_path)}) == str(chrome)
    assert Path("/opt/google/chrome/chrome") in installed_browsers("Linux", {})

    # macOS: the apps in /Applications and ~/Applications
    edge_app = _fake_browser(tmp_path / "Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")
    assert chromium("Darwin", {"PATH": str(tmp_path / "leeg"), "HOME": str(tmp_path)}) == str(edge_app)
    assert Path("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome") in installed_browsers("Darwin", {})

    # Windows: chrome.exe / msedge.exe on PATH (folders split by ";"), else %ProgramFiles%, %ProgramFiles(x86)%, %LocalAppData%
    x86, local = tmp_path / "Program Files (x86)", tmp_path / "AppData" / "Local"
    edge = _fake_browser(x86 / "Microsoft" / "Edge" / "Application" / "msedge.exe", executable=False)
    chromium_exe = _fake_browser(local / "Chromium" / "Application" / "chrome.exe")
    windows = {
        "PROGRAMFILES": str(tmp_path / "Program Files"),
        "PROGRAMFILES(X86)": str(x86),
        "LOCALAPPDATA": str(local),
    }
    assert chromium("Windows", windows) == str(edge)  # no execute bit on Windows
    assert chromium("Windows", {**windows, "PROGRAMFILES(X86)": ""}) == str(chromium_exe)
    on_path = _fake_browser(tmp_path / "bin" / "msedge.exe")
    assert chromium("Windows", {**windows, "PATH": f"{tmp_path / 'leeg'};{on_path.parent}"}) == str(on_path)
    assert chromium("Windows", {"PATH": str(chrome.parent)}) is None  # google-chrome without .exe is no Windows program
    assert chromium("Windows", {}) is None and chromium("Darwin", {"HOME": str(tmp_path / "leeg")}) is None

    # GENDERSCAN_CHROMIUM wins, and is not searched further when it names no file
    assert chromium("Windows", {**windows, "GENDERSCAN_CHROMIUM": str(chrome)}) == str(chrome)
    assert chromium("Linux", {"PATH": linux_path, "GENDERSCAN_CHROMIUM": str(tmp_path / "geen")}) is None


INSTALL_HINT_MARKS = {"Linux": "apt-get", "Darwin": "brew", "Windows": "winget"}


@pytest.mark.parametrize(
    "system, hint",
    [
        ("Linux", "sudo apt-get install chromium"),
        ("Darwin", "brew install --cask chromium"),
        ("Windows", "Microsoft Edge comes with Windows 10 and 11"),
    ],
)
def test_no_browser_is_a_coded_error_with_an_install_hint_for_the_system(system, hint, tmp_path):
    from genderscan.errors import OutputError
    from genderscan.report.pdf import renderer

    try:
        import weasyprint  # noqa: F401

        pytest.skip("WeasyPrint is installed")
    except (ImportError, OSError):
        pass
    with pytest.raises(OutputError) as raised:
        # GENDERSCAN_CHROMIUM naming no file: nothing is searched, so a browser on this machine cannot interfere
        renderer(system, {"PATH": str(tmp_path), "HOME": str(tmp_path), "GENDERSCAN_CHROMIUM": str(tmp_path / "x")})
    message = str(raised.value)
    assert raised.value.code == "GS-E402" and hint in message and "GENDERSCAN_CHROMIUM" in message
    assert all(other not in message for s, other in INSTALL_HINT_MARKS.items() if s != system)


def test_analyse_format_pdf_runs_the_browser_found_on_path(tmp_path):
    """The whole pipeline with a stand-in browser on PATH: the found program is run and its PDF is the report."""
    try:
        import weasyprint  # noqa: F401

        pytest.skip("WeasyPrint is installed")
    except (ImportError, OSError):
        pass
    fake = _fake_browser(tmp_path / "bin" / "chromium")
    nota = tmp_path / "nota.txt"
    nota.write_text("De man is de kostwinner; de vrouw zorgt voor de kinderen.\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run(
        "analyse",
        str(nota),
        "-f",
        "pdf",
        "-o",
        str(out),
        "-q",
        env={"PATH": str(fake.parent), "GENDERSCAN_CHROMIUM": None},
    )
    assert r.returncode == 0, r.stderr
    assert (out / "nota.txt.pdf").read_bytes() == b"%PDF-1.7 fake chromium\n"
