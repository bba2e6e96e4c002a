"""Hostile input that must end in a coded error or harmless output, never a hang, a crash or an injection (issue 19)."""

from __future__ import annotations

import pytest
from cli_runner import run
from test_lexicon import _category_yaml

from genderscan import errors
from genderscan.errors import LexiconError
from genderscan.lexicon.loader import load_lexicon

# --- YAML: aliases, loops, duplicate keys --------------------------------------------------------


def _alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + f"\ncategory: kostwinner\nrules: *a{levels}\n"


def test_an_alias_bomb_in_a_user_lexicon_is_refused_before_it_expands(tmp_path):
    bomb = tmp_path / "bomb.yml"
    bomb.write_text(_alias_bomb(6), encoding="utf-8")  # a million strings once expanded
    with pytest.raises(LexiconError) as exc:
        load_lexicon([bomb])
    assert exc.value.code == errors.LEXICON_HOSTILE and str(bomb) in exc.value.message
    r = run("lexicon", "validate", str(bomb))
    assert r.returncode == 2 and "GS-E208" in r.stderr and "alias" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_an_alias_that_loops_is_refused(tmp_path):
    loop = tmp_path / "loop.yml"
    loop.write_text(_category_yaml("XX101").replace("rules:", "loop: &l [a, *l]\nrules:"), encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon([loop])
    assert exc.value.code == errors.LEXICON_HOSTILE and "line 5" in exc.value.message


def test_a_few_aliases_are_fine(tmp_path):
    text = _category_yaml("XX101").replace("- terms: [broodwinner]", "- terms: &t [broodwinner]\n      - terms: *t")
    ok = tmp_path / "ok.yml"
    ok.write_text(text, encoding="utf-8")
    lexicon = load_lexicon([ok])
    assert "XX101" in {r.id for c in lexicon.categories for r in c.rules}


@pytest.mark.parametrize(
    "dup",
    [
        ("label: Extra", "label: Extra\nlabel: Nogmaals", "label"),
        ("severity: low", "severity: low\n    severity: high", "severity"),
    ],
)
def test_a_duplicate_key_is_an_error_naming_file_and_key(tmp_path, dup):
    old, new, key = dup
    path = tmp_path / "dup.yml"
    path.write_text(_category_yaml("XX101").replace(old, new), encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon([path])
    assert exc.value.code == errors.LEXICON_SYNTAX
    assert str(path) in exc.value.message and f"duplicate key '{key}'" in exc.value.message


def test_a_control_character_in_a_lexicon_text_is_an_error(tmp_path):
    path = tmp_path / "esc.yml"
    path.write_text(_category_yaml("XX101").replace("Broodwinner gevonden.", '"Broodwinner\\e[31m gevonden."'))
    with pytest.raises(LexiconError) as exc:
        load_lexicon([path])
    assert exc.value.code == errors.LEXICON_SCHEMA and "\\x1b" in exc.value.message and "\x1b" not in str(exc.value)


# --- names and texts in every output: control characters, rich markup, XML, workflow commands ---

NOTA = "De man is de kostwinner van het gezin.\n"
HOSTILE_NAMES = ("a\n::error title=INJECTED::x.txt", "e\x1b[31mz\u202e.txt", "[link=http:evil]y [b] :smile:.txt")


def _hostile_files(tmp_path) -> list[str]:
    paths = []
    for name in HOSTILE_NAMES:
        (tmp_path / name).write_text(NOTA, encoding="utf-8")
        paths.append(str(tmp_path / name))
    (tmp_path / "d[").mkdir()
    (tmp_path / "d[" / "]x.txt").write_text(NOTA, encoding="utf-8")
    return [*paths, str(tmp_path / "d[" / "]x.txt")]


def test_check_text_and_diff_print_each_finding_on_one_line_with_names_escaped(tmp_path):
    paths = _hostile_files(tmp_path)
    r = run("check", *paths)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert len(lines) == len(paths) and all(line.startswith(str(tmp_path)) for line in lines)
    assert "a\\n::error title=INJECTED::x.txt:-:1: KW001" in r.stdout and "e\\x1b[31mz\\u202e.txt" in r.stdout
    assert "\x1b" not in r.stdout + r.stderr
    r = run("diff", paths[1], paths[0])
    assert r.stdout.count("\n") == 1 and "INJECTED" in r.stdout and "\x1b" not in r.stdout


def test_github_annotations_escape_names_by_githubs_rules(tmp_path):
    name = "a\n::error title=INJECTED::50%, b\r.txt"
    (tmp_path / name).write_text(NOTA, encoding="utf-8")
    r = run("check", str(tmp_path / name), "--format", "github")
    (line,) = r.stdout.splitlines()
    assert line.startswith("::warning file=") and "a%0A%3A%3Aerror title=INJECTED%3A%3A50%25%2C b%0D.txt," in line


def test_analyse_prints_names_with_markup_and_escapes_as_text(tmp_path):
    paths = _hostile_files(tmp_path)
    out = tmp_path / "out"
    r = run("analyse", *paths, "-f", "json", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "GS-E000" not in r.stderr and len(list(out.iterdir())) == len(paths)
    assert "[link=http:evil]y [b] :smile:.txt (txt" in r.stdout and "d[/]x.txt (txt" in r.stdout
    assert "e\\x1b[31mz\\u202e.txt" in r.stdout and "\x1b" not in r.stdout and "\u202e" not in r.stdout


def test_ci_outputs_hold_characters_xml_forbids_and_undecodable_names(tmp_path):
    from lxml import etree

    from genderscan.report.ci import FORMATS, check_formatter

    bad = "\x1b\x01\x0b\ud800\udcff\ufffe\uffff\x7f\u202e\u2028"
    finding = {
        "rule_id": "KW001",
        "category": "kostwinner",
        "severity": "high",
        "stance": "assertion",
        "message": f"m{bad}",
        "sentence": f"s{bad}",
        "matched_text": "kostwinner",
        "fingerprint": "f",
        "location": {"page": None, "paragraph": 1, "char_start": 0, "char_end": 3},
    }
    rule = {k: f"r{bad}" for k in ("message", "explanation", "suggestion")} | {"severity": "high", "category": "c"}
    data = {
        "fail_on": "low",
        "language": "nl",
        "rules": {"KW001": rule},
        "documents": [
            {"path": f"p{bad}.txt", "error": None, "findings": [finding]},
            {"path": f"q{bad}.txt", "error": f"GS-E101: q{bad}.txt: file not found", "findings": []},
        ],
    }
    for name in FORMATS:
        text = check_formatter(name).render(data)
        text.encode("utf-8")  # no lone surrogate left to stop the writer
        if name in ("text", "github"):
            assert not {"\x1b", "\x0b", "\u202e", "\u2028"} & set(text)
    etree.fromstring(check_formatter("junit").render(data).encode("utf-8"))  # well-formed XML 1.0


def test_the_annotated_docx_holds_no_character_xml_forbids(tmp_path, analyzer):
    import docx

    from genderscan.report.annotate import annotate_docx

    source = tmp_path / "nota.docx"
    d = docx.Document()
    d.add_paragraph("De man is de kostwinner van het gezin.")
    d.save(source)
    data = analyzer.analyse(source).to_dict()
    assert data["findings"]
    for f in data["findings"]:
        f["message"] += " \x1b[31m\x01\ud800\ufffe"
    out = tmp_path / "out.docx"
    out.write_bytes(annotate_docx(source, data))
    comments = docx.Document(str(out)).comments
    assert comments and all("\x1b" not in c.text for c in comments)


def test_write_atomic_writes_an_undecodable_name_as_an_escape(tmp_path):
    from genderscan.report import write_atomic

    write_atomic(tmp_path / "r.json", '{"path": "u\udcff.txt"}')
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == '{"path": "u\\udcff.txt"}'


def test_comparison_charts_draw_names_with_dollars_and_controls_as_plain_text():
    from lxml import etree

    from genderscan.batching.compare import coverage_chart, heatmap

    labels = ["kosten_$2024_$2025.txt", r"$\frac{1}{0$ 2019", "x\x1b[31my\ufffe"]
    svg = heatmap(labels, [("kostwinner", "Kost $winner$")], [[1], [2], [0]])
    etree.fromstring(svg.encode("utf-8"))  # well-formed: no ESC or U+FFFE in the inline SVG
    assert "kosten_$2024_$2025.txt" in svg and r"$\frac{1}{0$ 2019" in svg and "x\\x1b[31my" in svg
    svg = coverage_chart([("maatregel $a_$b", 1, 2)])
    assert "maatregel $a_$b" in svg


# --- results that must meet the report schema, whatever the arithmetic --------------------------


@pytest.mark.parametrize("value", [-11.82, 1.5, float("nan"), float("-inf")])
def test_domain_confidence_and_share_stay_in_the_schema_range(value):
    import json

    import jsonschema

    from genderscan.model import DomainGuess, DomainShare
    from genderscan.resources import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    guess = DomainGuess("other", value, ()).to_dict()
    jsonschema.validate(guess, {"$defs": schema["$defs"], **schema["properties"]["domain_detail"]})
    share = DomainShare("other", value, ()).to_dict()
    assert 0.0 <= share["share"] <= 1.0 and 0.0 <= guess["confidence"] <= 1.0


# --- regular expressions of a user lexicon: no catastrophic backtracking ---------------------------


@pytest.mark.parametrize(
    "pattern",
    [r"^(a+)+$", r"(a|ab)+$", r"^(\w+\s?)+$", r"(x[a-z]{2,3})+", r"(a?)+b", r"(?:a|b?)+z", r"(a+)\1", ".*a.*a.*a.*a"],
)
def test_a_catastrophic_regex_in_a_user_lexicon_is_refused_at_load(tmp_path, pattern):
    path = tmp_path / "redos.yml"
    path.write_text(_category_yaml("XX101", pattern=f"terms: ['re:{pattern}']"), encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon([path])
    assert exc.value.code == errors.LEXICON_BAD_PATTERN and str(path) in exc.value.message
    assert "refused" in exc.value.message and pattern in exc.value.message


def test_a_catastrophic_regex_in_a_token_pattern_is_refused(tmp_path):
    path = tmp_path / "redos.yml"
    path.write_text(_category_yaml("XX101", pattern='tokens: [{LOWER: {REGEX: "^(a+)+$"}}]'), encoding="utf-8")
    r = run("lexicon", "validate", str(path))
    assert r.returncode == 2 and "GS-E205" in r.stderr and "^(a+)+$" in r.stderr


@pytest.mark.parametrize(
    "pattern", [r"^kostwinner", r"^(gezins|huishoud)(budget|kas)", r"^\d+([.,]\d+)?$", r"(?:ab|cd)+"]
)
def test_ordinary_regexes_pass(pattern):
    from genderscan.lexicon.regexcheck import check_regex

    assert check_regex(pattern) is None


def test_a_regex_never_sees_a_word_longer_than_any_word(analyzer):
    import time

    from genderscan.analysis.sequences import PlainSequences
    from genderscan.lexicon.regexcheck import check_regex
    from genderscan.lexicon.terms import Regex
    from genderscan.nlp import get_pipeline

    assert check_regex(r"\w*\w*c") is None  # allowed: polynomial, and words are short
    doc = get_pipeline()("De " + "a" * 1500 + " is hier.")
    matcher = PlainSequences()
    matcher.add("slow", (Regex(r"\w*\w*c"),))
    matcher.add("hier", (Regex(r"^hier"),))
    start = time.perf_counter()
    assert matcher.matches(doc) == [("hier", 3, 4)]
    assert time.perf_counter() - start < 2.0


# --- XML input: what is not text (an unresolved entity, a comment) drops nothing after it ---------


def test_text_after_an_unresolved_entity_or_a_comment_in_a_docx_is_kept(tmp_path):
    import zipfile

    import docx

    from genderscan.ingest import read_document

    source = tmp_path / "bron.docx"
    d = docx.Document()
    d.add_paragraph("De man is de kostwinner van het gezin.")
    d.save(source)
    with zipfile.ZipFile(source) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    xml = xml.replace("?>", '?><!DOCTYPE w:document [<!ENTITY x "iets">]>', 1)
    xml = xml.replace("De man is de kostwinner", "De man is &x;de <!-- c --> kostwinner<?pi x?>", 1)
    parts["word/document.xml"] = xml.encode("utf-8")
    hostile = tmp_path / "entity.docx"
    with zipfile.ZipFile(hostile, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    (passage,) = read_document(hostile).passages
    assert passage.text == "De man is de kostwinner van het gezin."


def test_text_after_an_unresolved_entity_or_a_comment_in_an_odt_is_kept(tmp_path):
    import zipfile

    from test_ingest import ODT_CONTENT

    from genderscan.ingest import read_document

    content = ODT_CONTENT.replace("?>", '?><!DOCTYPE office:document-content [<!ENTITY x "iets">]>', 1)
    content = content.replace("De man is de kostwinner", "De man is &x;de <!-- verborgen --> kostwinner<?pi x?>", 1)
    path = tmp_path / "entity.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    texts = [p.text for p in read_document(path).passages]
    assert "De man is de kostwinner van het gezin." in texts and not any("verborgen" in t for t in texts)


# --- a baseline is user input too: every malformed one is a coded error --------------------------


@pytest.mark.parametrize(
    "content, expected",
    [
        ('{"version": 1, "findings": [{"fingerprint": ["x"], "path": "a"}]}', "entry 1: 'fingerprint' must be a text"),
        ('{"version": 1, "findings": [{"fingerprint": "x", "path": {"a": 1}}]}', "entry 1: 'path' must be a text"),
        ('{"version": 1, "findings": [{"fingerprint": "x", "path": "a", "rule_id": 5}]}', "'rule_id' must be a text"),
        ('{"version": 1, "findings": [{"fingerprint": "x", "path": "a"}, 3]}', "entry 2: expected an object"),
        ('{"version": 1, "findings": [{"path": "a"}]}', "entry 1: 'fingerprint' is missing"),
        ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
        ('{"version": 1, "findings": [], "findings": [{"fingerprint": "x", "path": "a"}]}', "'findings' given twice"),
    ],
)
def test_a_malformed_baseline_is_a_coded_error(tmp_path, content, expected):
    doc = tmp_path / "nota.txt"
    doc.write_text(NOTA, encoding="utf-8")
    bad = tmp_path / "baseline.json"
    bad.write_text(content, encoding="utf-8")
    r = run("check", str(doc), "--baseline", str(bad))
    assert r.returncode == 2 and "GS-E114" in r.stderr and expected in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_folder_given_as_baseline_is_a_coded_error(tmp_path):
    doc = tmp_path / "nota.txt"
    doc.write_text(NOTA, encoding="utf-8")
    r = run("check", str(doc), "--baseline", str(tmp_path))
    assert r.returncode == 2 and "GS-E117" in r.stderr and "GS-E000" not in r.stderr


@pytest.mark.parametrize(
    "line, expected",
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deep"),
        ('{"text": "a", "text": "b", "labels": [], "stance": "assertion"}', "key 'text' given twice"),
        ('{"text": ["x"], "labels": [], "stance": "assertion"}', "'text' must be a non-empty text"),
        ('{"file": {"a": 1}, "expected_categories": []}', "'file' must be a non-empty text"),
    ],
)
def test_a_malformed_evaluation_file_is_a_coded_error(tmp_path, line, expected):
    path = tmp_path / "eval.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    r = run("evaluate", str(path))
    assert r.returncode == 2 and "GS-E111" in r.stderr and expected in r.stderr, r.stderr


def test_a_newline_or_esc_in_a_name_or_text_cannot_break_the_markdown_report(tmp_path):
    from genderscan.report.markdown import md_escape

    assert md_escape("a\n::x\x1b[31m|") == "a\\\\n::x\\\\x1b\\[31m\\|"
    name = tmp_path / "a\n# kop\x1b.txt"
    name.write_text(NOTA, encoding="utf-8")
    out = tmp_path / "out.md"
    assert run("analyse", str(name), "-f", "md", "-o", str(out), "-q").returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\n# kop" not in text
    assert text.splitlines()[0].startswith("# ") and text.splitlines()[0].endswith("kop\\\\x1b.txt")


def test_evaluate_prints_the_texts_of_its_file_without_control_characters(tmp_path):
    path = tmp_path / "eval.jsonl"
    line = '{"text": "De man is de kostwinner \\u001b]8;;http://x\\u0007 en\\u2028::error:: van het gezin.", '
    path.write_text(line + '"labels": [], "stance": "assertion"}\n', encoding="utf-8")
    r = run("evaluate", str(path), "--errors")
    assert r.returncode == 0 and "\x1b" not in r.stdout and "\u2028" not in r.stdout
    assert "kostwinner \\x1b]8;;http://x\\x07 en\\u2028::error::" in r.stdout


def test_yaml_nested_too_deep_is_refused(tmp_path):
    path = tmp_path / "deep.yml"
    path.write_text("".join("  " * i + "a:\n" for i in range(900)) + "  " * 900 + "x\n", encoding="utf-8")
    r = run("lexicon", "validate", str(path))
    assert r.returncode == 2 and "GS-E208" in r.stderr and "nested more than" in r.stderr


# --- options: a value that is not one of the choices ----------------------------------------------


@pytest.mark.parametrize(
    "args, expected",
    [
        (["analyse", "{doc}", "-f", "sarif"], "--format sarif: expected one of html, md, json, pdf, docx"),
        (["analyse", "{doc}", "-f", "md", "-f", "SARIF", "-o", "{out}"], "--format SARIF: expected one of html, md"),
        (["check", "{doc}", "--format", "pdf"], "--format pdf: expected one of text, json, sarif, github, junit"),
        (["diff", "{doc}", "{doc}", "-f", "md"], "--format md: expected one of text, json"),
        (["batch", "{doc}", "--executor", "ray", "--db", "{out}/x.db"], "--executor ray: expected one of local, dask"),
        (["export", "--db", "{out}/x.db", "-f", "xlsx"], "--format xlsx: expected one of csv, jsonl, parquet"),
        (["pipeline", "info", "-f", "yaml"], "--format yaml: expected one of text, json"),
        (["pipeline", "parse", "Hallo.", "-f", "tsv"], "--format tsv: expected one of table, conllu"),
    ],
)
def test_an_unknown_choice_is_one_coded_line_that_lists_the_choices(tmp_path, args, expected):
    """Not typer's usage box: one line with GS-E302, exit 2, nothing written."""
    doc = tmp_path / "nota.txt"
    doc.write_text(NOTA, encoding="utf-8")
    out = tmp_path / "out"
    r = run(*(a.format(doc=doc, out=out) for a in args), cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    (line,) = r.stderr.splitlines()
    assert line.startswith(f"error GS-E302: {expected}"), r.stderr
    assert not out.exists() and not list(tmp_path.glob("nota.txt.*"))
