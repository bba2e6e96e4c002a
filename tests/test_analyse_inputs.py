"""``genderscan analyse`` takes folders and globs as ``check`` does; one report set per document, distinct names."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_runner import run

from genderscan.cli.inputs import report_names

KOSTWINNER = "De man is de kostwinner van het gezin.\n"
ZORG = "Moeders zorgen voor de kinderen.\n"


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "stukken"
    (d / "a").mkdir(parents=True)
    (d / "b").mkdir()
    (d / "a" / "nota.txt").write_text(KOSTWINNER, encoding="utf-8")
    (d / "b" / "nota.txt").write_text(ZORG, encoding="utf-8")
    (d / "b" / "kapot.pdf").write_text("geen pdf", encoding="utf-8")
    (d / "b" / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (d / "lees mij.xyz").write_text("geen document", encoding="utf-8")
    return d


def test_a_folder_gives_one_report_set_per_document_and_bad_files_do_not_stop_the_rest(tmp_path):
    d = _folder(tmp_path)
    if hasattr(os, "symlink"):
        os.symlink("..", d / "a" / "terug")  # a link loop: the folder is still searched once
        os.symlink(d / "a" / "nota.txt", d / "ook-nota.txt")  # the same file under a second name
    out = tmp_path / "out"
    r = run("analyse", str(d), "-o", str(out), "-f", "json", "-f", "md", "-q")
    assert r.returncode == 2  # as check: a document that could not be read
    assert sorted(p.name for p in out.iterdir()) == [
        "a_nota.txt.json",
        "a_nota.txt.md",
        "b_nota.txt.json",
        "b_nota.txt.md",
    ]
    assert json.loads((out / "a_nota.txt.json").read_text(encoding="utf-8"))["document"]["path"] == str(
        d / "a" / "nota.txt"
    )
    assert json.loads((out / "b_nota.txt.json").read_text(encoding="utf-8"))["document"]["path"] == str(
        d / "b" / "nota.txt"
    )
    lines = r.stderr.strip().splitlines()
    assert lines == [
        f"error GS-E103: {d / 'b' / 'kapot.pdf'}: the content is not a PDF",
        f"error GS-E102: {d / 'b' / 'oud.doc'}: genderscan cannot read Word 97-2003 (.doc): save it as .docx",
    ]
    assert "not a regular file" not in r.stderr


def test_globs_and_files_together_and_the_summary_per_document(tmp_path):
    d = _folder(tmp_path)
    out = tmp_path / "out"
    r = run("analyse", str(d / "**" / "*.txt"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a_nota.txt.html", "b_nota.txt.html"]
    assert r.stdout.count("a_nota.txt.html") == 1 and r.stdout.count("b_nota.txt.html") == 1
    r = run("analyse", str(tmp_path / "*.nothing"), "-o", str(out))
    assert r.returncode == 2 and r.stderr.startswith("error GS-E101: ") and "no files match" in r.stderr
    (tmp_path / "leeg").mkdir()
    r = run("analyse", str(tmp_path / "leeg"))
    assert r.returncode == 2 and r.stderr == f"error GS-E101: {tmp_path / 'leeg'}: no documents found\n"


def test_one_document_keeps_its_plain_name(tmp_path):
    d = _folder(tmp_path)
    out = tmp_path / "out"
    r = run("analyse", str(d / "a"), "-o", str(out), "-f", "json", "-q")
    assert r.returncode == 0, r.stderr
    assert [p.name for p in out.iterdir()] == ["nota.txt.json"]


@pytest.mark.parametrize(
    "paths, names",
    [
        (["a/nota.pdf", "b/nota.pdf", "c/nota.docx"], ["a_nota.pdf", "b_nota.pdf", "nota.docx"]),
        (["x/a/nota.pdf", "y/a/nota.pdf"], ["x_a_nota.pdf", "y_a_nota.pdf"]),
        (["nota.pdf", "a/nota.pdf"], ["nota.pdf", "a_nota.pdf"]),
        (["/tmp/a/nota.pdf", "../a/Nota.PDF"], ["tmp_a_nota.pdf", "a_Nota.PDF"]),
        (["nota.pdf", "NOTA.pdf"], ["nota.pdf", "NOTA-2.pdf"]),  # a case-insensitive disk has one file for both
    ],
)
def test_report_names_are_distinct_with_the_fewest_folders(paths, names):
    given = [Path(p) for p in paths]
    assert [report_names(given)[p] for p in given] == names


def test_a_folder_analysed_again_leaves_out_the_reports_written_into_it(tmp_path):
    """The default output is the current folder: 'genderscan analyse .' twice analyses the documents twice,
    not the first run's reports (which would also be refused as inputs it is about to overwrite)."""
    (tmp_path / "nota.txt").write_text(KOSTWINNER, encoding="utf-8")
    (tmp_path / "verslag.2025.pdf.txt").write_text(ZORG, encoding="utf-8")  # a document, whatever its name
    for _ in range(2):
        r = run("analyse", ".", "-f", "html", "-f", "md", "-f", "json", "-q", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "nota.txt",
        "nota.txt.html",
        "nota.txt.json",
        "nota.txt.md",
        "verslag.2025.pdf.txt",
        "verslag.2025.pdf.txt.html",
        "verslag.2025.pdf.txt.json",
        "verslag.2025.pdf.txt.md",
    ]
    r = run("check", str(tmp_path), "--format", "json")
    assert [Path(d["path"]).name for d in json.loads(r.stdout)["documents"]] == ["nota.txt", "verslag.2025.pdf.txt"]
    r = run("analyse", str(tmp_path / "nota.txt.md"), "-f", "json", "-o", "-")  # named, a report is read
    assert r.returncode == 0 and json.loads(r.stdout)["document"]["format"] == "md"


@pytest.mark.parametrize(
    "name, report",
    [
        ("nota.pdf.html", True),
        ("a_nota.docx.md", True),
        ("nota-2.TXT.pdf", True),
        ("nota.genderscan.docx", True),
        ("nota.pdf", False),
        ("nota.docx", False),
        ("begroting.2025.pdf", False),
        ("index.html", False),
        ("nota.pdf.json", False),  # not a document type anyway
    ],
)
def test_own_report_names(name, report):
    from genderscan.batching.inputs import own_report

    assert own_report(Path(name)) is report
