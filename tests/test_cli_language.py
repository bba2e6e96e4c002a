"""The terminal's language and encoding (issue 20, item 3): messages, summary and help follow --lang,
Dutch numbers in Dutch output, readable names, and output that survives a console without UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys

from cli_runner import ENV

TEXT = "De man is de kostwinner van het gezin.\n\nMoeders zorgen voor de kinderen.\n"


def _process(*args, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``python -m genderscan ARGS`` as a real process, its output as bytes (it need not be UTF-8)."""
    return subprocess.run(
        [sys.executable, "-m", "genderscan", *map(str, args)],
        capture_output=True,
        env={**os.environ, **ENV, **env},
    )


def test_a_cp1252_console_gets_the_summary_and_exit_0(tmp_path):
    """A real process with a cp1252 stdout (a Windows console, redirected output): the summary's arrow was a
    UnicodeEncodeError after the report was written, and exit 2."""
    src = tmp_path / "nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = _process("analyse", src, "-o", tmp_path / "out", "--lang", "nl", env={"PYTHONIOENCODING": "cp1252"})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "nota.txt.html").is_file()
    out = r.stdout.decode("cp1252")
    assert f"-> {tmp_path / 'out' / 'nota.txt.html'}" in out and "→" not in out


def test_a_cp1252_console_gets_check_findings_of_a_file_it_cannot_name(tmp_path):
    """check prints file names on stdout: one with a character cp1252 lacks is shown with a ?, exit 1 (found)."""
    src = tmp_path / "weg→nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = _process("check", src, "--lang", "en", env={"PYTHONIOENCODING": "cp1252"})
    out = r.stdout.decode("cp1252")
    assert r.returncode == 1 and "weg?nota.txt" in out and b"Traceback" not in r.stderr, r.stderr


def test_a_report_on_stdout_stays_utf8_on_a_cp1252_console(tmp_path):
    """-o -: the report is written in its own encoding (UTF-8), not the console's."""
    src = tmp_path / "nota.txt"
    src.write_text(TEXT + "Zij werkt → parttime, café.\n", encoding="utf-8")
    r = _process("analyse", src, "-f", "md", "-o", "-", "--lang", "nl", env={"PYTHONIOENCODING": "cp1252"})
    assert r.returncode == 0, r.stderr
    assert "Genderscan" in r.stdout.decode("utf-8")


def test_numbers_and_dates_as_the_language_writes_them():
    import datetime as dt

    from genderscan.formatting import long_date, number

    assert [number(v, "nl") for v in (32631, 6.01, 1.5, 998)] == ["32.631", "6,01", "1,5", "998"]
    assert [number(v, "en") for v in (32631, 6.01, 1.5, 998)] == ["32,631", "6.01", "1.5", "998"]
    assert long_date(dt.date(2026, 11, 29), "nl") == "29 november 2026"
    assert long_date(dt.date(2026, 11, 29), "en") == "29 November 2026"


def test_a_dutch_report_writes_dutch_numbers_and_json_stays_plain(analyzer, monkeypatch):
    """A long document: 1.000-separators and decimal commas in the Dutch prose, plain numbers in the JSON."""
    import json

    from genderscan.report import FORMATTERS
    from genderscan.report.localise import localise

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795910400")  # 29 November 2026
    text = "\n\n".join(["De vrouw zorgt voor de kinderen en de gemeente helpt bij het vinden van werk."] * 90)
    data = analyzer.analyse_text(text).to_dict()
    words, rate = data["mentions"]["words"], data["mentions"]["per_1000_words"]
    assert words > 1000 and rate != int(rate)
    nl = FORMATTERS["md"].render(localise(data, analyzer.lexicon, "nl"))
    en = FORMATTERS["md"].render(localise(data, analyzer.lexicon, "en"))
    assert (
        f"{words // 1000}.{words % 1000:03d} woorden" in nl and f"{rate} per 1.000 woorden".replace(".", ",", 1) in nl
    )
    assert f"{words // 1000},{words % 1000:03d} words" in en and f"{rate} per 1,000 words" in en
    assert "29 november 2026" in nl and "29 November 2026" in en
    html = FORMATTERS["html"].render(localise(data, analyzer.lexicon, "nl"))
    assert '<time datetime="2026-11-29">29 november 2026</time>' in html
    assert json.loads(FORMATTERS["json"].render(data))["mentions"]["words"] == words
