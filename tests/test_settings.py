"""One table of settings, and a configuration that every command and the library honour alike."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genderscan import config as configs
from genderscan.cli import app
from genderscan.errors import ConfigError
from genderscan.settings import CONFIG_KEYS, SETTINGS, Options

# Two claims: KW001 (kostwinner, medium) in the first paragraph, GM001 (generic 'zijn', low) in the second.
TEXT = "De man is de kostwinner van het gezin.\n\nDe klant levert zijn bankafschriften binnen twee weken in.\n"
CONFIG = '[ignore]\n"*nota.txt" = ["KW001"]\n\n[severity]\nGM001 = "high"\n'


@contextmanager
def _inside(folder: Path):
    old = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(old)


def cli(*args: str, cwd: Path):
    with _inside(cwd):
        # an English locale (only read, not set) and no GENDERSCAN_LANG: the language comes from the locale
        env = {"NO_COLOR": "1", "COLUMNS": "200", "LC_ALL": "en_US.UTF-8", "GENDERSCAN_LANG": None}
        return CliRunner().invoke(app, list(args), env=env)


@pytest.fixture()
def project(tmp_path):
    """A folder with a genderscan.toml that ignores KW001 in nota.txt and raises GM001 to high."""
    (tmp_path / "genderscan.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def _rules(findings) -> dict[str, str]:
    return {f["rule_id"]: f["severity"] for f in findings}


def test_every_config_key_comes_from_the_table_and_shows_its_source(tmp_path):
    assert set(CONFIG_KEYS) == {s.name for s in SETTINGS if s.config}
    r = cli("config", "show", cwd=tmp_path)
    assert r.exit_code == 0, r.output
    shown = dict(line.split(" = ", 1) for line in r.stdout.splitlines()[1:])
    assert list(shown) == list(CONFIG_KEYS) and all(v.endswith("# default") for k, v in shown.items() if k != "lang")
    assert shown["lang"] == '"en"  # locale'  # the CLI's language: GENDERSCAN_LANG, else the locale (C here)
    (tmp_path / "genderscan.toml").write_text(CONFIG, encoding="utf-8")
    r = cli("config", "show", cwd=tmp_path)
    assert r.exit_code == 0
    assert 'severity = {"GM001": "high"}  # ' + str(tmp_path / "genderscan.toml") in r.stdout


def test_options_resolve_command_line_over_file_over_defaults(project):
    cfg = configs.load(cwd=project)
    opts = Options.resolve(cfg, disable=["GM002"], lexicon_paths=None, domain="armoede")
    assert opts.disable == ("GM002",) and opts.domain == "armoede" and opts.pdf_engine == "pdfium"
    assert dict(opts.severity) == {"GM001": "high"} and opts.source == str(project / "genderscan.toml")
    (project / "genderscan.toml").write_text('disable = ["ZR001"]\ndomain = "inburgering"\n', encoding="utf-8")
    opts = Options.resolve(configs.load(cwd=project), disable=["GM002"])
    assert opts.disable == ("ZR001", "GM002") and opts.domain == "inburgering"  # lists add up, the file fills in
    with pytest.raises(ConfigError) as err:
        Options.resolve(None, pdf_engine="pdfmagic")
    assert err.value.code == "GS-E302" and "--pdf-engine pdfmagic: expected one of pdfium, pdfplumber" in str(err.value)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ('[severity]\nXX999 = "high"\n', "'severity' names unknown rule id 'XX999'"),
        ('[ignore]\n"*.txt" = ["GM001", "nergens"]\n', "'ignore.*.txt' names unknown rule or category 'nergens'"),
        ('enable = ["nergens"]\n', "'enable' names unknown rule or category 'nergens'"),
        ("max_size = -1\n", "'max_size' must be a positive finite number"),
    ],
)
def test_unknown_ids_and_bad_values_name_the_file_and_the_id(tmp_path, text, fragment):
    (tmp_path / "genderscan.toml").write_text(text, encoding="utf-8")
    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    r = cli("check", "nota.txt", cwd=tmp_path)
    assert r.exit_code == 2 and r.stderr.startswith("error GS-E304") and fragment in r.stderr, r.stderr
    assert str(tmp_path / "genderscan.toml") in r.stderr and len(r.stderr.splitlines()) == 1


def test_severity_of_a_switched_off_rule_is_no_error(tmp_path):
    (tmp_path / "genderscan.toml").write_text('disable = ["kostwinner"]\n[severity]\nKW001 = "low"\n', encoding="utf-8")
    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    r = cli("check", "nota.txt", "-f", "json", cwd=tmp_path)
    assert r.exit_code == 0 and _rules(json.loads(r.stdout)["documents"][0]["findings"]) == {"GM001": "low"}


def test_library_analyzer_honours_the_config(project, analyzer):
    from genderscan import Analyzer

    plain = analyzer.analyse(project / "nota.txt")
    assert _rules(f.to_dict() for f in plain.findings) == {"KW001": "medium", "GM001": "low"}
    configured = Analyzer(config=configs.load(cwd=project)).analyse(str(project / "nota.txt"))
    assert _rules(f.to_dict() for f in configured.findings) == {"GM001": "high"}
    assert {c.id: c.assertions for c in configured.categories}["kostwinner"] == 0  # counts follow the findings


def test_analyse_honours_the_config(project):
    r = cli("analyse", "nota.txt", "-f", "json", "-o", "-", cwd=project)
    assert r.exit_code == 0, r.output
    assert _rules(json.loads(r.stdout)["findings"]) == {"GM001": "high"}


def test_check_honours_the_config(project):
    r = cli("check", "nota.txt", "-f", "json", "--fail-on", "high", cwd=project)
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert _rules(data["documents"][0]["findings"]) == {"GM001": "high"}
    assert data["rules"]["GM001"]["severity"] == "high"


def test_diff_and_baseline_honour_the_config(project):
    (project / "nieuw.txt").write_text(TEXT + "\nMoeders zorgen voor de kinderen.\n", encoding="utf-8")
    r = cli("diff", "nota.txt", "nieuw.txt", "-f", "json", cwd=project)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert {f["rule_id"] for f in data["unchanged"]} == {"GM001"}  # KW001 is ignored in nota.txt only
    assert {f["rule_id"] for f in data["new"]} >= {"KW001"}
    r = cli("baseline", "create", "nota.txt", "-o", "base.json", cwd=project)
    assert r.exit_code == 0, r.output
    assert [e["rule_id"] for e in json.loads((project / "base.json").read_text())["findings"]] == ["GM001"]


def test_batch_honours_the_config(project):
    from genderscan import load_results

    r = cli("batch", "nota.txt", "--db", "uit.db", "-q", "-j", "1", cwd=project)
    assert r.exit_code == 0, r.output
    rows = load_results(project / "uit.db", "findings")
    assert {(row["rule_id"], row["severity"]) for row in rows} == {("GM001", "high")}


def test_every_allowed_value_has_its_implementation():
    from genderscan.ingest import pdf
    from genderscan.lexicon.schema import DOMAINS, LANGUAGES
    from genderscan.model import SEVERITIES
    from genderscan.settings import BY_NAME

    assert set(pdf.READERS) == set(BY_NAME["pdf_engine"].choices) and pdf.DEFAULT_ENGINE == "pdfium"
    assert BY_NAME["domain"].choices == DOMAINS and BY_NAME["lang"].choices == LANGUAGES
    assert BY_NAME["fail_on"].choices == SEVERITIES


def test_ignore_globs_match_relative_to_the_config_file_however_the_path_is_typed(project):
    sub = project / "archief"
    sub.mkdir()
    (sub / "oud.txt").write_text(TEXT, encoding="utf-8")
    (project / "genderscan.toml").write_text('[ignore]\n"archief/**" = ["*"]\n', encoding="utf-8")
    for cwd, path in ((project, "archief/oud.txt"), (project, str(sub / "oud.txt")), (sub, "oud.txt")):
        r = cli("check", path, "-f", "json", cwd=cwd)
        assert r.exit_code == 0 and json.loads(r.stdout)["documents"][0]["findings"] == [], (cwd, path)
    r = cli("check", "nota.txt", "-f", "json", "--fail-on", "high", cwd=project)
    assert r.exit_code == 0 and json.loads(r.stdout)["documents"][0]["findings"]  # outside the glob


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("max_size = nan\n", "'max_size' must be a positive finite number"),
        ("max_size = inf\n", "'max_size' must be a positive finite number"),
    ],
)
def test_sizes_must_be_finite(tmp_path, text, fragment):
    (tmp_path / "genderscan.toml").write_text(text, encoding="utf-8")
    r = cli("config", "show", cwd=tmp_path)
    assert r.exit_code == 2 and fragment in r.stderr and len(r.stderr.splitlines()) == 1


@pytest.mark.parametrize("value", ["abc", "nan", "inf", "0"])
def test_bad_max_size_on_the_command_line_is_one_coded_line(tmp_path, value):
    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    r = cli("analyse", "nota.txt", "--max-size", value, cwd=tmp_path)
    assert r.exit_code == 2 and r.stderr.startswith("error GS-E302: --max-size") and len(r.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "name, text, fragment",
    [
        ("pyproject.toml", "tool = 3\n", None),
        ("pyproject.toml", "[tool]\ngenderscan = 5\n", "[tool.genderscan] must be a table"),
        ("genderscan.toml", "severity = " + "[" * 3000 + "]" * 3000 + "\n", "invalid TOML"),
    ],
)
def test_malformed_config_files_are_coded_errors(tmp_path, name, text, fragment):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    r = cli("check", "nota.txt", cwd=tmp_path)
    if fragment is None:  # a pyproject.toml without genderscan settings is not ours: defaults
        assert r.exit_code == 1, r.output
    else:
        assert r.exit_code == 2 and r.stderr.startswith("error GS-E304") and fragment in r.stderr, r.stderr


def test_bom_and_explicit_pyproject_without_the_table(tmp_path):
    (tmp_path / "genderscan.toml").write_bytes('\ufefffail_on = "high"\n'.encode())
    r = cli("config", "show", cwd=tmp_path)
    assert r.exit_code == 0 and 'fail_on = "high"' in r.stdout
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    r = cli("config", "show", "--config", "pyproject.toml", cwd=tmp_path)
    assert r.exit_code == 2 and "no [tool.genderscan] table" in r.stderr


def test_paths_in_the_config_are_relative_to_it_and_counted_once(tmp_path):
    import spacy

    (tmp_path / "sub").mkdir()
    spacy.blank("nl").to_disk(tmp_path / "pijplijn")
    rules = tmp_path / "regels.yml"
    rules.write_text("disable: [GM001]\n", encoding="utf-8")
    (tmp_path / "genderscan.toml").write_text('model = "pijplijn"\nlexicon = ["regels.yml"]\n', encoding="utf-8")
    cfg = configs.load(cwd=tmp_path / "sub")
    assert cfg.values["model"] == str((tmp_path / "pijplijn").resolve())
    opts = Options.resolve(cfg, lexicon_paths=[Path("../regels.yml")])
    with _inside(tmp_path / "sub"):
        opts = Options.resolve(cfg, lexicon_paths=[Path("../regels.yml")])
    assert opts.lexicon_paths == (str(rules.resolve()),)  # the same file from the file and the command line


def test_batch_refuses_a_bad_config_before_any_worker_starts(tmp_path):
    (tmp_path / "genderscan.toml").write_text('[severity]\nXX9 = "low"\n', encoding="utf-8")
    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    r = cli("batch", "nota.txt", "--db", "uit.db", "-q", "-j", "1", cwd=tmp_path)
    assert r.exit_code == 2 and r.stderr.startswith("error GS-E304") and len(r.stderr.splitlines()) == 1
    assert not (tmp_path / "uit.db").exists()


def test_outputs_never_replace_inputs_or_special_files(project):
    (project / "concept.md").write_text(TEXT, encoding="utf-8")
    before = (project / "nota.txt").read_text(encoding="utf-8")
    for args in (
        ("check", "nota.txt", "-o", "nota.txt"),
        ("check", "nota.txt", "-o", "genderscan.toml"),
        ("baseline", "create", "nota.txt", "-o", "nota.txt"),
        ("analyse", "concept.md", "-f", "md", "-o", "concept.md"),
    ):
        r = cli(*args, cwd=project)
        assert r.exit_code == 2 and "GS-E403" in r.stderr, (args, r.output)
    assert (project / "nota.txt").read_text(encoding="utf-8") == before
    assert (project / "genderscan.toml").read_text(encoding="utf-8") == CONFIG
    r = cli("check", "nota.txt", "-o", "-", "-f", "json", cwd=project)
    assert r.exit_code == 1 and json.loads(r.stdout)["documents"] and not (project / "-").exists()
    if os.access("/dev/null", os.W_OK):
        import stat

        r = cli("check", "nota.txt", "-o", "/dev/null", cwd=project)
        assert r.exit_code == 1 and stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_an_unreadable_document_is_reported_and_the_others_are_checked(project):
    # a file that exists and cannot be read, even by root: reading /proc/self/mem from its start fails (EIO)
    (project / "dicht.txt").symlink_to("/proc/self/mem")
    r = cli("check", "dicht.txt", "nota.txt", "-f", "json", cwd=project)
    docs = json.loads(r.stdout)["documents"]
    assert r.exit_code == 2 and docs[0]["error"].startswith("GS-E117") and docs[1]["findings"]


def test_github_annotations_carry_no_control_characters(tmp_path):
    (tmp_path / "nota.txt").write_text(
        "De man is de kostwinner van het gezin \x1b]0;x\x07 en \x1b[31mmeer.\n", encoding="utf-8"
    )
    r = cli("check", "nota.txt", "-f", "github", cwd=tmp_path)
    assert r.exit_code == 1 and "::" in r.stdout and "\x1b" not in r.stdout and "\x07" not in r.stdout


def test_library_arguments_in_their_plain_forms(project):
    from genderscan import Analyzer

    report = Analyzer(disable="KW001", config=project / "genderscan.toml").analyse(project / "nota.txt")
    # KW001 off; the second opinion still reads the breadwinner sentence as kostwinner (its own rule)
    assert _rules(f.to_dict() for f in report.findings) == {"GM001": "high", "KW900": "low"}
    with pytest.raises(ConfigError):
        Options(severity=(("KW003", "EXTREEM"),))
    assert Options(disable="KW001").disable == ("KW001",) == Options.resolve(None, disable="KW001").disable


def test_an_unknown_disabled_id_names_where_it_may_come_from(tmp_path):
    (tmp_path / "genderscan.toml").write_text('disable = ["XX1"]\n', encoding="utf-8")
    (tmp_path / "nota.txt").write_text(TEXT, encoding="utf-8")
    r = cli("check", "nota.txt", cwd=tmp_path)
    assert r.exit_code == 2 and r.stderr.startswith("error GS-E207") and str(tmp_path / "genderscan.toml") in r.stderr
    assert "cannot disable 'XX1'" in r.stderr and len(r.stderr.splitlines()) == 1
