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


# Raise sites whose message is not one template of its own, and why: by file, or by the template.
NOT_A_TEMPLATE = {
    "genderscan/api.py": "prefixes the configuration file to a message raised elsewhere (translated there)",
    "genderscan/web/": "the web page's upload errors, shown in the page, not on the terminal",
    "genderscan/lexicon/checker.py": "the schema checks of lexicon files: for lexicon authors, English",
    "{path}: {what}": "batching: what is 'file not found' or 'not a regular file', both in the catalogue",
    "{name}: {hint}": "ingest: the hint to save an old Word file as .docx, in the catalogue with its file name",
}


def _template(node):
    """The message of an error call as the code writes it: f-string fields as {expression}; None if not a text."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value if isinstance(v, ast.Constant) else ("field", ast.unparse(v.value)) for v in node.values]
    return None


def _raised_messages():
    import ast
    from pathlib import Path

    from conftest import ROOT

    kinds = {"GenderscanError", "InputError", "LexiconError", "ConfigError", "OutputError"}
    for path in sorted((ROOT / "genderscan").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in kinds and node.args:
                where = f"{rel}:{node.lineno}"
                if any(rel.startswith(k) for k in NOT_A_TEMPLATE if "{" not in k):
                    continue
                parts = _template(node.args[0])
                assert parts is not None, f"{where}: the message is not a text or f-string"
                if "".join(p if isinstance(p, str) else "{" + p[1] + "}" for p in parts) in NOT_A_TEMPLATE:
                    continue
                yield where, Path(rel), parts


def _sample(module_path, parts):
    """A message the code could raise: each distinct field a token of its own (module constants as they are),
    or, for the optional tail of the no-text-layer message, both ways."""
    import importlib

    module = importlib.import_module(".".join(module_path.with_suffix("").parts))
    tokens: dict[str, str] = {}
    text = []
    for part in parts:
        if isinstance(part, str):
            text.append(part)
        elif part[1].isupper() and hasattr(module, part[1]):
            text.append(str(getattr(module, part[1])))
        else:
            text.append(tokens.setdefault(part[1], f"Q{len(tokens) + 1}Q"))
    return "".join(text), list(tokens.values())


def test_every_error_message_the_code_raises_has_a_dutch_text():
    """Each message of a GenderscanError in the code matches an entry of texts.ERRORS_NL, whole, and keeps
    its fields (file names, reasons): a new message without a Dutch text fails here."""
    import re

    from genderscan.cli.messages import to_dutch

    checked, missing = 0, []
    for where, module_path, parts in _raised_messages():
        message, tokens = _sample(module_path, parts)
        samples = [message]
        if message.endswith("probably scanned" + tokens[-1]) if tokens else False:  # {hint}: "" or the --ocr advice
            samples = [message.replace(tokens[-1], x) for x in ("", "; run with --ocr to read it with tesseract")]
            tokens = tokens[:-1]
        for sample in samples:
            dutch = to_dutch(sample)
            checked += 1
            words = re.search("[a-z]", re.sub("Q[0-9]+Q", "", sample))  # "{flag} {value}: {reason}" stays as it is
            if dutch is None or any(t not in dutch for t in tokens) or (dutch == sample and words):
                missing.append(f"{where}: {sample!r} -> {dutch!r}")
    assert checked > 100 and not missing, "\n".join(missing)


def test_dutch_and_english_catalogues_have_the_same_keys():
    from genderscan.cli.texts import TEXTS

    assert TEXTS["nl"].keys() == TEXTS["en"].keys()
    for key in TEXTS["nl"]:
        fields = [{f for _, f, _, _ in string_fields(TEXTS[lang][key])} for lang in ("nl", "en")]
        assert fields[0] == fields[1], key


def string_fields(text):
    import string

    return [p for p in string.Formatter().parse(text) if p[1] is not None]


# The language of a run -------------------------------------------------------------------------------------


def _nota(tmp_path):
    src = tmp_path / "nota.txt"
    src.write_text(TEXT, encoding="utf-8")
    return src


def test_lang_makes_summary_and_report_one_language(tmp_path):
    """--lang: the summary (readable names, not ids) and the report in one language; English was a Dutch summary."""
    from cli_runner import run

    src = _nota(tmp_path)
    r = run("analyse", src, "-o", tmp_path / "nl", "-f", "md", "--lang", "nl")
    assert r.returncode == 0, r.stderr
    assert "(txt, 13 woorden, domein overig beleid)" in r.stdout and "De man als kostwinner" in r.stdout
    assert (
        "aannames: 2; ontbrekende maatregelen: geen checklist voor dit domein" in r.stdout
        and "\nkostwinner " not in r.stdout
    )
    assert "## Samenvatting" in (tmp_path / "nl" / "nota.txt.md").read_text(encoding="utf-8")
    r = run("analyse", src, "-o", tmp_path / "en", "-f", "md", "--lang", "en")
    assert "(txt, 13 words, domain other policy)" in r.stdout and "The man as breadwinner" in r.stdout
    assert "assumptions: 2; missing measures: no checklist for this domain" in r.stdout and "woorden" not in r.stdout
    assert "## Summary" in (tmp_path / "en" / "nota.txt.md").read_text(encoding="utf-8")


def test_missing_measures_by_name_in_the_summary(tmp_path):
    """The summary lists missing measures by the lexicon's name (was: werk_zorg_combinatie, nuggers)."""
    from cli_runner import run

    src = tmp_path / "nota.txt"
    src.write_text(
        "Participatiebeleid. De gemeente begeleidt uitkeringsgerechtigden naar werk via re-integratietrajecten.\n\n"
        "De man is de kostwinner van het gezin.\n",
        encoding="utf-8",
    )
    r = run("analyse", src, "-o", tmp_path, "--lang", "nl", "--domain", "participatie")
    line = next(x for x in r.stdout.splitlines() if "ontbrekende maatregelen" in x)
    assert "Kinderopvang" in line or "kinderopvang" in line.split(": ", 2)[2].lower()
    assert "werk_zorg_combinatie" not in line and "nuggers" not in line and "_" not in line, line
    r = run("analyse", src, "-o", tmp_path, "--lang", "en", "--domain", "participatie")
    line = next(x for x in r.stdout.splitlines() if "missing measures" in x)
    assert "childcare" in line.lower() and "_" not in line, line


def test_the_summary_of_an_advice_lists_no_missing_measures(tmp_path):
    """An advice or guide commits to nothing itself: the summary says what it discusses, as the report does,
    instead of listing every measure as missing."""
    from cli_runner import run

    src = tmp_path / "gids.txt"
    src.write_text(
        "Deze handreiking is bedoeld voor klantmanagers die werkzoekenden met een uitkering begeleiden.\n\n"
        "Gemeenten kunnen de kinderopvang vergoeden van ouders in een re-integratietraject.\n\n"
        "In deze handreiking staan voorbeelden uit de participatiewet en de bijstand.\n",
        encoding="utf-8",
    )
    r = run("analyse", src, "-o", tmp_path, "--lang", "nl", "--domain", "participatie")
    assert r.returncode == 0, r.stderr
    assert "ontbrekende maatregelen" not in r.stdout
    assert "maatregelen: advies of gids, zegt er zelf geen toe (1 van de 11 besproken of aanbevolen)" in " ".join(
        r.stdout.split()
    ), r.stdout
    r = run("analyse", src, "-o", tmp_path, "--lang", "en", "--domain", "participatie")
    assert "missing measures" not in r.stdout
    assert "commits to none itself (1 of the 11 discussed or recommended)" in " ".join(r.stdout.split()), r.stdout


def test_the_summary_says_whose_the_missing_measures_are_as_the_report_does(tmp_path):
    """A coalition agreement's missing measures belong in the implementation programme, a budget's may stand in a
    policy plan: the terminal says so after the list, as the report's figure does; a plain plan says nothing."""
    from cli_runner import run

    body = (
        "Wij helpen inwoners met een bijstandsuitkering aan werk en trekken daarvoor twee miljoen euro uit.\n\n"
        "De schuldhulp blijft op het niveau van dit jaar.\n"
    )
    for title, nl, en in (
        ("Coalitieakkoord 2026-2030 Samen verder", "een akkoord: de maatregelen horen in", "an agreement"),
        ("Programmabegroting 2027", "een begrotingsstuk: maatregelen staan vaak in", "a budget document"),
        ("Werkplan participatie 2027", None, None),
    ):
        src = tmp_path / "stuk.txt"
        own = (
            "In dit akkoord staat wat wij de komende vier jaar willen. Met dit coalitieakkoord kiezen wij voor werk. "
            "Dit akkoord is een opdracht aan het college.\n\n"
            if "akkoord" in title
            else ""
        )
        src.write_text(f"{title}\n\n{own}{body}", encoding="utf-8")
        for lang, want in (("nl", nl), ("en", en)):
            r = run("analyse", src, "-o", tmp_path, "--lang", lang, "--domain", "participatie")
            assert r.returncode == 0, r.stderr
            flat = " ".join(r.stdout.split())
            counts = flat[flat.index("ontbrekende maatregelen" if lang == "nl" else "missing measures") :]
            if want:
                assert want in counts, flat
            else:
                assert "(een " not in counts and "(an " not in counts and "(a " not in counts, flat


def test_the_locale_and_genderscan_lang_choose_the_default(tmp_path):
    """No --lang: GENDERSCAN_LANG, else the configuration file, else the locale (nl*, C and POSIX are Dutch,
    another language English)."""
    from cli_runner import run

    src = _nota(tmp_path)
    dutch = "13 woorden"
    assert dutch in run("analyse", src, "-o", tmp_path, env={"LC_ALL": "nl_NL.UTF-8", "GENDERSCAN_LANG": None}).stdout
    assert (
        dutch
        in run(
            "analyse", src, "-o", tmp_path, env={"LC_ALL": None, "LANG": "nl_BE.UTF-8", "GENDERSCAN_LANG": None}
        ).stdout
    )
    assert (
        "13 words" in run("analyse", src, "-o", tmp_path, env={"LC_ALL": "en_GB.UTF-8", "GENDERSCAN_LANG": None}).stdout
    )
    # a locale that names no language (CI runners, containers) leaves genderscan's own language, Dutch
    assert dutch in run("analyse", src, "-o", tmp_path, env={"LC_ALL": "C.UTF-8", "GENDERSCAN_LANG": None}).stdout
    assert (
        dutch
        in run("analyse", src, "-o", tmp_path, env={"LC_ALL": None, "LANG": "POSIX", "GENDERSCAN_LANG": None}).stdout
    )
    assert dutch in run("analyse", src, "-o", tmp_path, env={"GENDERSCAN_LANG": "nl"}).stdout
    assert "13 words" in run("analyse", src, "-o", tmp_path, "--lang", "en", env={"GENDERSCAN_LANG": "nl"}).stdout
    (tmp_path / "genderscan.toml").write_text('lang = "nl"\n', encoding="utf-8")
    assert dutch in run("analyse", src, "-o", tmp_path, cwd=tmp_path, env={"GENDERSCAN_LANG": None}).stdout
    assert "13 words" in run("analyse", src, "-o", tmp_path, cwd=tmp_path, env={"GENDERSCAN_LANG": "en"}).stdout
    r = run("analyse", src, "-o", tmp_path, env={"GENDERSCAN_LANG": "fr", "LC_ALL": "en_GB.UTF-8"})
    assert r.returncode == 2 and r.stderr == "error GS-E302: GENDERSCAN_LANG=fr: expected one of nl, en\n"


def test_errors_in_the_run_language_keep_their_codes(tmp_path):
    from cli_runner import run

    r = run("analyse", tmp_path / "weg.pdf", "--lang", "nl")
    assert r.returncode == 2 and r.stderr == f"fout GS-E101: {tmp_path / 'weg.pdf'}: bestand niet gevonden\n"
    r = run("analyse", tmp_path / "weg.pdf", "--lang", "en")
    assert r.stderr == f"error GS-E101: {tmp_path / 'weg.pdf'}: file not found\n"
    r = run("analyse", _nota(tmp_path), "--lang", "fr", env={"GENDERSCAN_LANG": "nl"})
    assert r.returncode == 2 and r.stderr == "fout GS-E302: --lang fr: verwacht een van nl, en\n", r.stderr
    (tmp_path / "genderscan.toml").write_text('lang = "fr"\n', encoding="utf-8")
    r = run("analyse", _nota(tmp_path), cwd=tmp_path, env={"LC_ALL": "nl_NL.UTF-8", "GENDERSCAN_LANG": None})
    assert r.returncode == 2 and "GS-E304" in r.stderr and "is 'fr'; verwacht een van nl, en" in r.stderr, r.stderr


def test_help_in_dutch_with_genderscan_lang_or_lang(tmp_path):
    from cli_runner import run

    r = run("analyse", "--help", env={"GENDERSCAN_LANG": "nl"})
    assert r.returncode == 0
    for text in ("Gebruik: genderscan analyse", "Argumenten", "Opties", "Analyseer documenten", "Toon deze hulp"):
        assert text in r.stdout, text
    assert "Show this message" not in r.stdout and "Report format" not in r.stdout
    assert "Taal van het rapport, de meldingen en de hulp" in run("check", "--lang", "nl", "--help").stdout
    r = run("--help", env={"LC_ALL": "nl_NL.UTF-8", "GENDERSCAN_LANG": None})
    assert "Opdrachten" in r.stdout and "Doorzoek Nederlandse beleidsdocumenten" in r.stdout
    r = run("analyse", "--help")  # English again in the same process
    assert "Usage: genderscan analyse" in r.stdout and "Report format" in r.stdout and "Opties" not in r.stdout


def test_every_command_and_option_has_dutch_help_and_no_more():
    import typer

    from genderscan.cli import app
    from genderscan.cli.language import help_keys
    from genderscan.cli.texts import HELP_NL

    keys = help_keys(typer.main.get_command(app))
    missing = [k for k in keys if k not in HELP_NL and k.rsplit(" ", 1)[-1] not in HELP_NL]
    used = set(keys) | {k.rsplit(" ", 1)[-1] for k in keys}
    assert not missing, missing
    assert not set(HELP_NL) - used, set(HELP_NL) - used


def test_dutch_check_and_batch_summaries(tmp_path):
    from cli_runner import run

    src = _nota(tmp_path)
    r = run("check", src, "--lang", "nl")
    assert r.returncode == 1 and "2 aanname(s) in 1 document(en), 2 op of boven medium" in r.stderr, r.stderr
    r = run("batch", src, "--db", tmp_path / "s.db", "--jobs", "1", "--lang", "nl")
    assert r.returncode == 0, r.stderr
    assert "1 invoer: 1 geanalyseerd, 0 al in" in r.stderr and "pagina's" in r.stderr and "pages" not in r.stderr


def test_the_progress_bar_speaks_the_run_language():
    import io
    import re

    from rich.console import Console

    from genderscan.cli import language
    from genderscan.cli import progress as progress_bar

    def drawn(lang):
        out = io.StringIO()
        language.use(lang)
        try:
            bar = progress_bar.DocumentBar(Console(file=out, force_terminal=True, width=100), "nota.pdf", show_after=0)
            for n in range(3):
                bar("pages", n, 2)
            for n in range(3):
                bar("passages", n, 2)
            bar.close()
        finally:
            language.use("en")
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue())

    nl = drawn("nl")
    assert "pagina's lezen" in nl and "passages analyseren" in nl and "reading" not in nl
    assert "reading pages" in drawn("en")


def test_commands_without_lang_follow_genderscan_lang(tmp_path):
    """lexicon and config have no --lang: GENDERSCAN_LANG (or the locale) sets their language, rule texts too."""
    import re

    from cli_runner import run

    nl = run("lexicon", "list", env={"GENDERSCAN_LANG": "nl"})
    en = run("lexicon", "list")
    assert re.fullmatch(r"\d+ regels\n", nl.stderr) and re.fullmatch(r"\d+ rules\n", en.stderr)
    assert "generiek 'hij'" in nl.stdout and "generic 'he'" in en.stdout
    r = run("config", "show", cwd=tmp_path, env={"GENDERSCAN_LANG": "nl"})
    assert r.stdout.startswith("# configuratiebestand: geen gevonden") and 'lang = "nl"  # GENDERSCAN_LANG' in r.stdout


def test_typer_usage_errors_in_the_run_language(tmp_path):
    """An unknown option, a missing argument, a value of the wrong type: typer's own errors, in Dutch in a
    Dutch run. A value that is not one of an option's choices is genderscan's own one-line error."""
    from cli_runner import run

    nl = {"GENDERSCAN_LANG": "nl"}
    r = run("analyse", "--foo", "x.txt", env=nl)
    assert r.returncode == 2 and "Onbekende optie: --foo" in r.stderr and "Fout" in r.stderr, r.stderr
    assert "Zie 'genderscan analyse --help' voor hulp." in r.stderr
    assert "Argument 'paths' ontbreekt." in run("analyse", env=nl).stderr
    r = run("batch", "x.txt", "--jobs", "veel", env=nl)
    assert "Ongeldige waarde voor '--jobs' / '-j': verwacht een geheel getal" in r.stderr, r.stderr
    r = run("analyse", "x.txt", "-f", "docxx", "--lang", "nl")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == "fout GS-E302: --format docxx: verwacht een van html, md, json, pdf, docx\n", r.stderr
    assert "Onbekende opdracht 'analyze'. Bedoeld: 'analyse'?" in run("analyze", "x.txt", env=nl).stderr
    r = run("analyse", "--foo", "x.txt")
    assert "No such option: --foo" in r.stderr and "Onbekende" not in r.stderr


def test_the_summary_of_a_document_on_more_policy_says_what_its_verdicts_cover(tmp_path):
    """An expert read of a budget: the terminal said "genderblind geschreven" for a document that names girls
    in a youth-care chapter outside the verdict's sections. The summary says which part the verdicts cover, that
    the figure is theirs, and how often the rest names women, men or gender."""
    from cli_runner import run
    from test_sections_domain import MULTI

    src = tmp_path / "akkoord.txt"
    src.write_text(MULTI.replace("prettig kan wonen", "prettig kan wonen, ook meisjes en jongens,"), encoding="utf-8")
    r = run("analyse", src, "-o", tmp_path, "--lang", "nl")
    assert r.returncode == 0, r.stderr
    flat = " ".join(r.stdout.split())
    assert "oordeel over: de secties over werk en participatie, " in flat, flat
    assert "genderblind geschreven in die secties: 0 verwijzingen" in flat, flat
    assert "% van de tekst (1 sectie, zie het rapport)" in flat, flat
    # MULTI's other chapters name women, men or gender three times; the line added here names two more
    assert "buiten die secties noemt het document vrouwen, mannen of gender 5 keer" in flat, flat
    r = run("analyse", src, "-o", tmp_path, "--lang", "en")
    assert "verdicts cover: the sections on work and participation, " in " ".join(r.stdout.split()), r.stdout
