"""The CLI as users run it: a real subprocess, files on disk, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from builders import docx_from_blocks, encrypt_pdf, pdf_from_pages, pdf_without_text

TEXT = "De man is de kostwinner van het gezin.\n\nMoeders zorgen voor de kinderen.\n"


def run(*args, cwd=None):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "genderscan", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_version():
    from genderscan import __version__

    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"genderscan {__version__}"


def test_analyse_writes_all_formats_and_summary(tmp_path):
    src = tmp_path / "nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = run("analyse", str(src), "-o", str(tmp_path / "out"), "-f", "html", "-f", "md", "-f", "json")
    assert r.returncode == 0, r.stderr
    for ext in ("html", "md", "json"):
        assert (tmp_path / "out" / f"nota.txt.{ext}").is_file()
    assert "kostwinner" in r.stdout and "zorgrol" in r.stdout
    data = json.loads((tmp_path / "out" / "nota.txt.json").read_text(encoding="utf-8"))
    assert {f["category"] for f in data["findings"]} == {"kostwinner", "zorgrol"}


def test_single_file_output_and_stdout(tmp_path):
    src = tmp_path / "nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = run("analyse", str(src), "-f", "json", "-o", str(tmp_path / "rapport.json"), "-q")
    assert r.returncode == 0 and (tmp_path / "rapport.json").is_file() and r.stdout == ""
    r = run("analyse", str(src), "-f", "json", "-o", "-")
    assert r.returncode == 0
    assert json.loads(r.stdout)["document"]["path"] == str(src)


def _bad_inputs(tmp_path):
    good_pdf = pdf_from_pages(tmp_path / "good.pdf", [["De man is de kostwinner."]])
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good_pdf.read_bytes()[:300])
    good_docx = docx_from_blocks(tmp_path / "good.docx", [("p", "Tekst.")])
    broken_docx = tmp_path / "broken.docx"
    broken_docx.write_bytes(good_docx.read_bytes()[:900])
    fake_pdf = tmp_path / "fake.pdf"
    fake_pdf.write_text("geen pdf", encoding="utf-8")
    odd = tmp_path / "nota.xls"
    odd.write_text("x")
    return {
        "GS-E101": tmp_path / "missing.pdf",
        "GS-E102": odd,
        "GS-E103": fake_pdf,
        "GS-E104": truncated,
        "GS-E105": encrypt_pdf(good_pdf, tmp_path / "locked.pdf"),
        "GS-E106": pdf_without_text(tmp_path / "scan.pdf"),
        "GS-E107": broken_docx,
    }


def test_each_bad_input_exits_2_with_one_coded_line_and_writes_nothing(tmp_path):
    for code, path in _bad_inputs(tmp_path).items():
        out = tmp_path / f"out-{code}"
        r = run("analyse", str(path), "-o", str(out), "-f", "json", "-f", "html")
        assert r.returncode == 2, (code, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error {code}: "), (code, r.stderr)
        assert "Traceback" not in r.stderr
        assert not out.exists() or not any(out.iterdir()), code


def test_bad_input_does_not_stop_the_others(tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "kapot.pdf"
    bad.write_text("geen pdf", encoding="utf-8")
    r = run("analyse", str(bad), str(good), "-o", str(tmp_path / "out"), "-f", "json")
    assert r.returncode == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["goed.txt.json"]
    assert r.stderr.count("error GS-E103") == 1


def test_debug_shows_traceback(tmp_path):
    bad = tmp_path / "kapot.pdf"
    bad.write_text("geen pdf", encoding="utf-8")
    r = run("analyse", str(bad), "--debug")
    assert r.returncode == 2 and "Traceback" in r.stderr and "error GS-E103" in r.stderr


@pytest.mark.parametrize(
    "args, code",
    [
        (["--lexicon", "/no/such/lexicon.yml"], "GS-E206"),
        (["--model", "/no/such/model"], "GS-E301"),
        (["--domain", "verkeer"], "GS-E302"),
    ],
)
def test_option_errors(tmp_path, args, code):
    src = tmp_path / "nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = run("analyse", str(src), *args)
    assert r.returncode == 2 and r.stderr.strip().startswith(f"error {code}:"), r.stderr


def test_usage_error_exits_2():
    assert run("analyse").returncode == 2
    assert run("analyse", "x.txt", "--format", "pdfx").returncode == 2


def test_help_texts_keep_their_square_brackets():
    """rich treats [name] as markup; bracketed text in help must be escaped, not silently dropped."""
    assert "[tool.genderscan]" in run("check", "--help").stdout
    assert "[severity]" in run("check", "--help").stdout
    assert "[tool.genderscan]" in run("config", "--help").stdout
    assert "genderscan[dask]" in run("batch", "--help").stdout
