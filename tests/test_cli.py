"""The CLI as users run it: files on disk, exit codes and one-line errors.

Most tests call the app in this process (cli_runner.run, typer's CliRunner: same exit codes and
streams, no interpreter and spaCy start-up per call); the tests about the process itself use a
real one (cli_runner.run_process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer
from builders import docx_from_blocks, encrypt_pdf, pdf_from_pages, pdf_without_text
from cli_runner import run, run_process

TEXT = "De man is de kostwinner van het gezin.\n\nMoeders zorgen voor de kinderen.\n"

__all__ = ["run"]  # other test modules import run from here


def test_version_from_both_entry_points():
    """A real process: ``python -m genderscan`` and the installed ``genderscan`` script start the CLI."""
    from genderscan import __version__

    r = run_process("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"genderscan {__version__}", r.stderr
    r = run_process("--version", module=False)
    assert r.returncode == 0 and r.stdout.strip() == f"genderscan {__version__}", r.stderr
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"genderscan {__version__}"


def test_exit_codes_of_a_real_process(tmp_path):
    """A real process: the exit status the shell sees is 0 (done), 1 (check found something), 2 (error)."""
    src = tmp_path / "nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    # 0 of a real analysis: test_wheel.py::test_installed_cli_from_another_directory; 0 without one: --version
    r = run_process("check", src)
    assert r.returncode == 1 and "KW" in r.stdout, r.stderr
    r = run_process("analyse", tmp_path / "weg.pdf", "-o", tmp_path / "out")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E101"), r.stderr


def _boom(debug: bool = typer.Option(False, "--debug")) -> None:
    raise RuntimeError("kapot")


def test_unexpected_error_is_one_coded_line_exit_2():
    """The last resort of the app: an exception a command does not handle (here: a test-only command)."""
    from genderscan.cli import app

    app.command("boom")(_boom)
    try:
        r = run("boom")
        assert r.returncode == 2
        assert r.stderr == "error GS-E000: internal error: RuntimeError: kapot (run with --debug for details)\n"
        r = run("boom", "--debug")
        assert r.returncode == 2 and "Traceback" in r.stderr and "error GS-E000" in r.stderr.splitlines()[-1]
    finally:
        app.registered_commands = [c for c in app.registered_commands if c.name != "boom"]
    assert run("boom").returncode == 2  # gone again: a usage error


def test_unexpected_error_in_a_real_process():
    """A real process: main() gives the same coded line and exit 2 (the handling is in the app, not in a wrapper)."""
    code = (
        "import sys, typer\nfrom genderscan.cli import app, main\n"
        "@app.command('boom')\ndef boom(debug: bool = typer.Option(False, '--debug')):\n    raise RuntimeError('kapot')\n"
        "sys.argv = ['genderscan', *sys.argv[1:]]\nmain()\n"
    )
    r = subprocess.run([sys.executable, "-c", code, "boom"], capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr.startswith("error GS-E000: internal error: RuntimeError: kapot"), r.stderr
    assert "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-c", code, "boom", "--debug"], capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" in r.stderr and "error GS-E000" in r.stderr.splitlines()[-1], r.stderr


def test_a_real_process_lets_numpy_start_one_blas_thread_unless_the_user_chose():
    """A real process: OpenBLAS (numpy's import) starts one thread, whose spinning siblings cost CPU in every run;
    numpy is not imported before main() sets it, and a number the user set stays."""
    code = (
        "import os, sys\nfrom genderscan.cli import app, main\nassert 'numpy' not in sys.modules\n"
        "@app.command('threads')\ndef threads():\n    print(os.environ.get('OPENBLAS_NUM_THREADS'))\n"
        "sys.argv = ['genderscan', 'threads']\nmain()\n"
    )
    env = {
        k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")
    }
    for chosen, expected in (({}, "1"), ({"OPENBLAS_NUM_THREADS": "2"}, "2"), ({"OMP_NUM_THREADS": "3"}, "None")):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**env, **chosen})
        assert r.returncode == 0 and r.stdout.strip() == expected, (chosen, r.stdout, r.stderr)


def test_analyse_writes_all_formats_and_summary(tmp_path):
    src = tmp_path / "nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = run("analyse", str(src), "-o", str(tmp_path / "out"), "-f", "html", "-f", "md", "-f", "json")
    assert r.returncode == 0, r.stderr
    for ext in ("html", "md", "json"):
        assert (tmp_path / "out" / f"nota.txt.{ext}").is_file()
    # the summary names categories as the report does (the ids are in the JSON)
    assert "The man as breadwinner" in r.stdout and "Women as (primary) carers" in r.stdout
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


def test_a_file_name_for_several_reports_is_an_error_not_a_folder(tmp_path):
    """-o x.json with two documents (or two formats) would make a folder named x.json: one coded line instead.
    A name without a report's suffix, an existing folder or a trailing slash is still a folder."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text(TEXT, encoding="utf-8")
    for args, out in [((a, b), "x.json"), ((a, "-f", "md", "-f", "json"), "x.md"), ((a, b, "-f", "md"), "x.HTML")]:
        r = run("analyse", *args, "-o", tmp_path / out, "-q")
        assert r.returncode == 2 and r.stdout == "" and not (tmp_path / out).exists()
        expected = f"error GS-E302: -o {tmp_path / out}: with several documents or formats, -o must be a folder"
        assert r.stderr.startswith(expected) and len(r.stderr.splitlines()) == 1, r.stderr
    r = run("analyse", a, b, "-o", tmp_path / "x.json", "-q", env={"GENDERSCAN_LANG": "nl"})
    assert "bij meerdere documenten of formaten moet -o een map zijn, geen bestandsnaam" in r.stderr
    (tmp_path / "made.json").mkdir()
    for out in ("made.json", "v1.2", f"new.json{os.sep}"):
        r = run("analyse", a, b, "-o", f"{tmp_path}{os.sep}{out}", "-q")
        assert r.returncode == 0, r.stderr
        assert sorted(p.name for p in (tmp_path / out).iterdir()) == ["a.txt.html", "b.txt.html"]
    # one document in one format: a file name with that format's suffix in any case, an existing folder as a
    # folder, and a suffix of another format is an error, not a folder named after it
    r = run("analyse", a, "-f", "json", "-o", tmp_path / "R.JSON", "-q")
    assert r.returncode == 0 and (tmp_path / "R.JSON").is_file()
    r = run("analyse", a, "-f", "json", "-o", tmp_path / "made.json", "-q")
    assert r.returncode == 0 and (tmp_path / "made.json" / "a.txt.json").is_file()
    r = run("analyse", a, "-f", "json", "-o", tmp_path / "r.html", "-q")
    assert r.returncode == 2 and not (tmp_path / "r.html").exists()
    assert r.stderr.startswith(
        f"error GS-E302: -o {tmp_path / 'r.html'}: the name's suffix is not that of --format json"
    )


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
    helps = {cmd: run(cmd, "--help") for cmd in ("check", "config", "batch")}
    assert all(r.returncode == 0 for r in helps.values())
    assert "[tool.genderscan]" in helps["check"].stdout
    assert "[severity]" in helps["check"].stdout
    assert "[tool.genderscan]" in helps["config"].stdout
    assert "genderscan[dask]" in helps["batch"].stdout


def test_the_summary_of_a_document_without_a_checklist_says_so(tmp_path):
    """A text about roads has no measure checklist: the summary must not read as 'no measures missing'."""
    src = tmp_path / "wegen.txt"
    road = "De gemeente legt in de Dorpsstraat een nieuw fietspad aan, met verlichting voor vrouwen en mannen.\n"
    src.write_text(road, encoding="utf-8")  # names women and men: not gender-blind, so nothing to do
    r = run("analyse", str(src), "-o", str(tmp_path / "out"), "-f", "md")
    assert r.returncode == 0, r.stderr
    assert "missing measures: no checklist for this domain" in r.stdout
    md = (tmp_path / "out" / "wegen.txt.md").read_text(encoding="utf-8")
    assert "No checklist" in md and "every measure that applies" not in md
    assert "genderscan has no checklist of measures for this domain" in md


def test_the_summary_table_does_not_count_generic_masculine_wording_as_assumptions(tmp_path):
    """The table's column of assumptions and the line under it agree: pronouns are counted apart."""
    src = tmp_path / "regels.txt"
    src.write_text("De aanvrager stuurt zijn formulier binnen twee weken terug naar het loket.\n", encoding="utf-8")
    r = run("analyse", str(src), "-o", str(tmp_path / "out"), "-f", "md")
    assert r.returncode == 0, r.stderr
    assert "assumptions: 0" in r.stdout and "generic masculine wording (counted separately): 1" in r.stdout
    assert "Generic masculine" not in r.stdout.split("assumptions: 0")[0]


def test_check_names_generic_masculine_wording_apart(tmp_path):
    src = tmp_path / "regels.txt"
    src.write_text("De aanvrager stuurt zijn formulier binnen twee weken terug naar het loket.\n", encoding="utf-8")
    r = run("check", str(src), "--fail-on", "low")
    assert r.returncode == 1
    assert "1 assumption(s) (of which 1 generic masculine wording) in 1 document(s)" in r.stderr, r.stderr
