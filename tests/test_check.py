"""``genderscan check`` as a CI pipeline runs it: exit codes, formats, paths."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from builders import docx_from_blocks, pdf_from_pages
from cli_runner import run

HIGH = "Bij stellen richten we ons eerst op de man, omdat hij de grootste kans op werk heeft."
LOW_ONLY = "De klant levert zijn bankafschriften binnen twee weken aan."
CLEAN = "De bibliotheek is op zaterdag open voor alle inwoners."


def _docs(tmp_path):
    d = tmp_path / "stukken"
    (d / "sub").mkdir(parents=True)
    (d / "hoog.txt").write_text(HIGH, encoding="utf-8")
    (d / "sub" / "laag.txt").write_text(LOW_ONLY, encoding="utf-8")
    (d / "schoon.txt").write_text(CLEAN, encoding="utf-8")
    (d / "notities.xyz").write_text("niet voor genderscan", encoding="utf-8")
    return d


def test_exit_codes_follow_fail_on(tmp_path):
    d = _docs(tmp_path)
    assert run("check", str(d / "schoon.txt")).returncode == 0
    r = run("check", str(d / "hoog.txt"))
    assert r.returncode == 1 and "at or above medium" in r.stderr
    assert run("check", str(d / "sub" / "laag.txt")).returncode == 0  # low is below the default medium
    assert run("check", str(d / "sub" / "laag.txt"), "--fail-on", "low").returncode == 1
    assert run("check", str(d / "hoog.txt"), "--fail-on", "high").returncode == 1
    assert run("check", str(d / "hoog.txt"), "--exit-zero").returncode == 0


def test_input_and_usage_errors_exit_2_and_other_files_are_still_checked(tmp_path):
    d = _docs(tmp_path)
    r = run("check", str(d / "hoog.txt"), str(tmp_path / "weg.pdf"))
    assert r.returncode == 2
    assert "GS-E101" in r.stderr and "KW" in r.stdout  # the good file was still checked
    assert run("check", str(d), "--fail-on", "extreem").returncode == 2
    r = run("check", str(tmp_path / "*.nothing"))
    assert r.returncode == 2 and "no files match" in r.stderr


def test_text_format_is_one_grepable_line_per_finding(tmp_path):
    d = _docs(tmp_path)
    r = run("check", str(d), "--fail-on", "high")
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    assert lines and all(line.count(":") >= 3 for line in lines)
    first = lines[0]
    assert first.startswith(f"{d / 'hoog.txt'}:-:1: ") and "[high]" in first
    assert any(line.startswith(f"{d / 'sub' / 'laag.txt'}:-:1: GM001 [low]") for line in lines)
    assert "\033[" not in r.stdout  # NO_COLOR is set by run(), and stdout is not a terminal
    assert "notities" not in r.stdout


def test_pdf_lines_carry_the_page(tmp_path):
    p = pdf_from_pages(tmp_path / "nota.pdf", [["Een eerste pagina over werk."], [HIGH]])
    r = run("check", str(p))
    assert r.returncode == 1 and f"{p}:2:" in r.stdout


def test_json_github_and_junit(tmp_path):
    d = _docs(tmp_path)
    r = run("check", str(d), "--format", "json")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert (
        data["fail_on"] == "medium"
        and data["summary"]["documents"] == 3
        and data["summary"]["at_or_above_fail_on"] >= 1
    )
    assert all(f["stance"] == "assertion" for doc in data["documents"] for f in doc["findings"])
    r = run("check", str(d), "--format", "github")
    assert r.returncode == 1, r.stderr
    assert any(line.startswith("::error file=") and ",line=1,title=KW" in line for line in r.stdout.splitlines())
    assert any(line.startswith("::notice file=") for line in r.stdout.splitlines())
    out = tmp_path / "junit.xml"
    r = run("check", str(d), "--format", "junit", "-o", str(out))
    assert r.returncode == 1, r.stderr
    root = ET.parse(out).getroot()
    assert root.tag == "testsuites" and int(root.get("failures")) >= 1
    assert {s.get("name") for s in root} == {str(d / "hoog.txt"), str(d / "sub" / "laag.txt"), str(d / "schoon.txt")}


def test_docx_and_critical_mentions_do_not_fail(tmp_path):
    p = docx_from_blocks(tmp_path / "nota.docx", [("p", "We gaan niet langer uit van één kostwinner per huishouden.")])
    r = run("check", str(p), "--fail-on", "low")
    assert r.returncode == 0 and r.stdout == ""


def test_colour_only_on_a_terminal_without_no_color():
    from genderscan.report.ci import TextFormatter

    results = [
        {
            "path": "a.txt",
            "findings": [
                {"rule_id": "KW001", "severity": "high", "message": "m", "location": {"page": None, "paragraph": 3}}
            ],
            "error": None,
        }
    ]
    assert TextFormatter(colour=False).render({"documents": results}) == "a.txt:-:3: KW001 [high] m\n"
    assert "\033[31m[high]\033[0m" in TextFormatter(colour=True).render({"documents": results})


def test_baseline_suppresses_known_findings_and_survives_edits_elsewhere(tmp_path):
    d = tmp_path / "concept"
    d.mkdir()
    nota = d / "nota.txt"
    nota.write_text(f"Inleiding van de nota.\n\n{HIGH}\n", encoding="utf-8")
    base = tmp_path / ".genderscan-baseline.json"
    r = run("baseline", "create", str(d), "-o", str(base))
    assert r.returncode == 0 and base.is_file()
    assert run("check", str(d), "--baseline", str(base)).returncode == 0
    # a paragraph inserted above: same fingerprints, still suppressed
    nota.write_text(f"Nieuwe eerste alinea.\n\nInleiding van de nota.\n\n{HIGH}\n", encoding="utf-8")
    r = run("check", str(d), "--baseline", str(base))
    assert r.returncode == 0 and "suppressed" in r.stderr and "0 baseline entries no longer occur" in r.stderr
    # a new stereotyped sentence is reported; the removed one shows as no longer occurring
    nota.write_text("Moeders zorgen doorgaans zelf voor de kinderen en het huishouden.\n", encoding="utf-8")
    r = run("check", str(d), "--baseline", str(base), "--format", "json")
    data = json.loads(r.stdout)
    assert r.returncode == 1 and data["summary"]["baseline_suppressed"] == 0 and data["summary"]["baseline_stale"]
    assert all(f["category"] == "zorgrol" for doc in data["documents"] for f in doc["findings"])


def test_bad_baseline_is_a_coded_error(tmp_path):
    p = tmp_path / "schoon.txt"
    p.write_text(CLEAN, encoding="utf-8")
    bad = tmp_path / "b.json"
    bad.write_text('{"foo": 1}', encoding="utf-8")
    r = run("check", str(p), "--baseline", str(bad))
    assert r.returncode == 2 and r.stderr.startswith("error GS-E114")
    r = run("check", str(p), "--baseline", str(tmp_path / "geen.json"))
    assert r.returncode == 2 and "GS-E101" in r.stderr


def test_config_file_found_upwards_and_shown(tmp_path):
    d = _docs(tmp_path)
    (tmp_path / "genderscan.toml").write_text(
        'fail_on = "high"\nseverity = { GM001 = "high" }\n[ignore]\n"*schoon.txt" = ["*"]\n', encoding="utf-8"
    )
    sub = tmp_path / "stukken" / "sub"
    r = run("check", str(d / "sub" / "laag.txt"), cwd=str(sub))
    assert r.returncode == 1 and "GM001 [high]" in r.stdout  # severity raised by the config, fail_on high
    r = run("config", "show", cwd=str(sub))
    assert r.returncode == 0, r.stderr
    assert (
        'fail_on = "high"' in r.stdout
        and "genderscan.toml" in r.stdout
        and 'lang = "en"  # GENDERSCAN_LANG' in r.stdout
    )


def test_pyproject_tool_section_and_enable(tmp_path):
    d = _docs(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.genderscan]\nenable = ["generiek_mannelijk"]\n', encoding="utf-8"
    )
    r = run("check", str(d), "--fail-on", "low", cwd=str(tmp_path))
    assert r.returncode == 1
    assert {line.split()[1] for line in r.stdout.splitlines()} <= {f"GM{n:03d}" for n in range(1, 11)}


def test_config_errors_name_the_key(tmp_path):
    p = tmp_path / "schoon.txt"
    p.write_text(CLEAN, encoding="utf-8")
    for text, fragment in (
        ('fail_op = "high"\n', "'fail_op' is not a genderscan setting"),
        ('fail_on = "heel erg"\n', "'fail_on' is 'heel erg'"),
        ('severity = { KW001 = "enorm" }\n', "'severity' must map"),
        ('docs_url = "docs/lexicon.md"\n', "'docs_url' must be an absolute"),
        ("fail_on = \n", "invalid TOML"),
    ):
        cfg = tmp_path / "genderscan.toml"
        cfg.write_text(text, encoding="utf-8")
        r = run("check", str(p), cwd=str(tmp_path))
        assert r.returncode == 2 and r.stderr.startswith("error GS-E304") and fragment in r.stderr, r.stderr
    r = run("check", str(p), "--config", str(tmp_path / "nergens.toml"))
    assert r.returncode == 2 and "GS-E304" in r.stderr


def test_diff_between_drafts(tmp_path):
    old = tmp_path / "v1.txt"
    new = tmp_path / "v2.txt"
    old.write_text(f"Inleiding.\n\n{HIGH}\n\n{LOW_ONLY}\n", encoding="utf-8")
    new.write_text(
        f"Een nieuwe inleiding.\n\nInleiding.\n\n{LOW_ONLY}\n\nMoeders zorgen doorgaans zelf voor de kinderen en het huishouden.\n",
        encoding="utf-8",
    )
    r = run("diff", str(old), str(new), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {f["category"] for f in data["new"]} == {"zorgrol"}
    # one claim per sentence and Atria question: HIGH's assumption (the man as breadwinner, KW003) and the priority
    # for men it sets up (KR012, kansrijkheid: the second opinion 1.3.0 set it aside, 1.4.0 reads it)
    assert sorted(f["rule_id"] for f in data["resolved"]) == ["KR012", "KW003"]
    assert [f["rule_id"] for f in data["unchanged"]] == ["GM001"]
    r = run("diff", str(old), str(new))
    assert r.returncode == 0, r.stderr
    assert any(line.startswith("new ") for line in r.stdout.splitlines())
    assert any(line.startswith("resolved ") and str(old) in line for line in r.stdout.splitlines())
    assert run("diff", str(old), str(tmp_path / "weg.txt")).returncode == 2


def test_diff_of_a_document_with_itself_and_of_a_folder(tmp_path):
    doc = tmp_path / "v1.txt"
    doc.write_text(f"Inleiding.\n\n{HIGH}\n", encoding="utf-8")
    r = run("diff", str(doc), str(doc), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["summary"]["new"] == data["summary"]["resolved"] == 0 and data["summary"]["unchanged"] > 0
    r = run("diff", str(tmp_path), str(doc))
    assert r.returncode == 2 and "GS-E302" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_ci_files_are_valid():
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "genderscan" and hooks[0]["entry"] == "genderscan check"
    workflow = yaml.safe_load((root / "examples" / "ci" / "genderscan.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["genderscan"]["steps"]
    assert any("genderscan check docs/ --format github" in s.get("run", "") for s in steps)
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    assert workflow["permissions"]["security-events"] == "write"
    ci_doc = (root / "docs" / "ci.md").read_text(encoding="utf-8")
    assert (
        "```yaml\n" + (root / "examples" / "ci" / "genderscan.yml").read_text(encoding="utf-8") + "```" in ci_doc
    )  # the copy-paste workflow (moved from the README to docs/ci.md)


def test_check_of_a_missing_file_does_not_load_spacy(tmp_path):
    """A real process: only a fresh interpreter shows what a command imports (this one has spaCy loaded)."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom genderscan.cli import app\n"
        "try:\n    app(['check', sys.argv[1]], prog_name='genderscan')\nexcept SystemExit as exc:\n    code = exc.code\n"
        "print(code, 'spacy' in sys.modules)"
    )
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "weg.docx")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr  # the script ran to its end
    assert "GS-E101" in r.stderr  # the check ran and reported the missing file
    assert r.stdout.strip().splitlines()[-1] == "2 False", r.stdout + r.stderr  # exit code 2, spaCy not imported


def test_word_comment_suppresses_a_rule_in_its_paragraph(tmp_path):
    from test_ingest import W_NS, _docx_with_xml

    body = (
        '<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Het kostwinnersmodel blijft het uitgangspunt van ons beleid.</w:t></w:r>'
        '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>'
        "<w:p><w:r><w:t>Het kostwinnersmodel geldt ook voor de toeslag.</w:t></w:r></w:p>"
        '<w:p><w:commentRangeStart w:id="2"/><w:r><w:t>De bibliotheek is op zaterdag open.</w:t></w:r><w:commentRangeEnd w:id="2"/></w:p>'
    )
    comments = (
        f"<w:comments {W_NS}>"
        '<w:comment w:id="1" w:author="a"><w:p><w:r><w:t>genderscan: negeer KW001 citaat uit het oude beleid</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="2" w:author="a"><w:p><w:r><w:t>genderscan: negeer zorgrol</w:t></w:r></w:p></w:comment>'
        "</w:comments>"
    )
    p = _docx_with_xml(tmp_path / "concept.docx", body, {"word/comments.xml": comments})
    r = run("check", str(p), "--format", "json")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    doc = data["documents"][0]
    kw = [f for f in doc["findings"] if f["rule_id"] == "KW001"]
    assert [f["location"]["paragraph"] for f in kw] == [2]  # paragraph 1 is suppressed, paragraph 2 is not
    assert doc["suppressions"] == [
        {"paragraph": 1, "rule": "KW001", "reason": "citaat uit het oude beleid", "suppressed": 1},
        {"paragraph": 3, "rule": "zorgrol", "reason": "", "suppressed": 0},
    ]
    assert "unused suppression:" in r.stderr and "alinea 3: zorgrol" in r.stderr


SARIF_SCHEMA = Path(__file__).parent / "fixtures" / "sarif-2.1.0-rtm.5.json"


def _sarif_validator():
    """The official OASIS SARIF 2.1.0 schema (rtm.5), with formats (uri, …) checked too."""
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    assert "uri" in checker.checkers  # jsonschema[format-nongpl]; without it uri formats would pass unchecked
    return jsonschema.Draft4Validator(schema, format_checker=checker)


def _assert_valid_sarif(text: str) -> dict:
    sarif = json.loads(text)
    problems = sorted(_sarif_validator().iter_errors(sarif), key=lambda e: list(e.path))
    assert not problems, "\n".join(f"{list(e.path)}: {e.message}" for e in problems[:5])
    return sarif


def test_schema_validator_catches_invalid_sarif():
    bad = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x", "rules": [{"id": "A", "helpUri": "docs/lexicon.md#a"}]}},
                "results": [{"message": {"text": "m"}, "level": "severe"}],
            }
        ],
    }
    messages = [e.message for e in _sarif_validator().iter_errors(bad)]
    assert any("severe" in m for m in messages) and any("docs/lexicon.md#a" in m for m in messages)


def test_sarif_output_structure_and_official_schema(tmp_path):
    d = _docs(tmp_path)
    r = run("check", str(d), "--format", "sarif", "--fail-on", "high", "--lang", "nl")
    assert r.returncode == 1
    sarif = _assert_valid_sarif(r.stdout)
    assert sarif["version"] == "2.1.0" and len(sarif["runs"]) == 1
    run0 = sarif["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == sorted(set(ids))  # each rule once
    for rule in rules:
        assert rule["helpUri"].startswith("file://") and rule["helpUri"].endswith(
            f"docs/lexicon.md#{rule['id'].lower()}"
        )
        assert (
            rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and "Suggestie" in rule["help"]["text"]
        )
    levels = {res["ruleId"]: res["level"] for res in run0["results"]}
    assert levels["GM001"] == "note" and "error" in levels.values()
    for res in run0["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["endColumn"] > region["startColumn"] >= 1
        assert len(res["partialFingerprints"]["genderscan/v1"]) == 16 and "page" in res["properties"]
    assert run0["invocations"][0]["executionSuccessful"] is True


def test_sarif_valid_for_every_fixture_kind(tmp_path):
    """PDF, DOCX, an unreadable file and an empty result all give schema-valid SARIF."""
    d = tmp_path / "mix"
    d.mkdir()
    pdf_from_pages(d / "nota.pdf", [[HIGH, "", LOW_ONLY]])
    docx_from_blocks(d / "concept.docx", [("p", HIGH), ("p", CLEAN)])
    (d / "kapot.pdf").write_bytes(b"%PDF-1.7 dit is geen pdf")
    (tmp_path / "genderscan.toml").write_text(
        'docs_url = "https://voorbeeld.nl/genderscan/docs/lexicon.md"\n', encoding="utf-8"
    )
    r = run("check", str(d), "--format", "sarif", cwd=tmp_path)
    assert r.returncode == 2  # the broken PDF
    run0 = _assert_valid_sarif(r.stdout)["runs"][0]
    assert {
        Path(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name for res in run0["results"]
    } == {"nota.pdf", "concept.docx"}
    assert run0["tool"]["driver"]["rules"]
    assert all(
        rule["helpUri"].startswith("https://voorbeeld.nl/genderscan/docs/lexicon.md#")
        for rule in run0["tool"]["driver"]["rules"]
    )
    invocation = run0["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert [
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("kapot.pdf")
        for n in invocation["toolExecutionNotifications"]
    ] == [True]
    clean = tmp_path / "schoon.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    r = run("check", str(clean), "--format", "sarif")
    assert r.returncode == 0, r.stderr
    empty = _assert_valid_sarif(r.stdout)["runs"][0]
    assert empty["results"] == [] and empty["tool"]["driver"]["rules"] == []


def test_config_sources_precedence_and_lexicon_and_disable_keys(tmp_path):
    """--config beats the nearest file; genderscan.toml beats pyproject.toml in one folder; lexicon and disable apply."""
    work = tmp_path / "werk"
    work.mkdir()
    doc = work / "nota.txt"
    doc.write_text(f"Het is vandaag zonnig in de gemeente.\n\n{HIGH}\n", encoding="utf-8")
    (work / "weer.yml").write_text(
        "category: zorgrol\nrules:\n  - id: XW001\n    severity: high\n    message: Het weer.\n"
        "    explanation: Testregel.\n    suggestion: Geen.\n    source: atria2020\n"
        "    patterns:\n      - terms: [zonnig]\n"
        "    examples:\n      match: [Het is zonnig., Zonnig weer.]\n      no_match: [Het regent., Het is koud.]\n",
        encoding="utf-8",
    )
    (work / "pyproject.toml").write_text('[tool.genderscan]\nfail_on = "low"\n', encoding="utf-8")
    (work / "genderscan.toml").write_text(
        'lexicon = ["weer.yml"]\ndisable = ["kostwinner", "kansrijkheid"]\n', encoding="utf-8"
    )
    r = run("check", str(doc), "--format", "json", cwd=str(work))
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    ids = {f["rule_id"] for f in data["documents"][0]["findings"]}
    assert "XW001" in ids and not any(i.startswith(("KW", "KR")) for i in ids)  # extra lexicon in, categories off
    assert data["fail_on"] == "medium"  # pyproject.toml in the same folder is not read
    other = tmp_path / "elders.toml"
    other.write_text('fail_on = "high"\n', encoding="utf-8")
    r = run("check", str(doc), "--format", "json", "--config", str(other), cwd=str(work))
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    ids = {f["rule_id"] for f in data["documents"][0]["findings"]}
    assert (
        data["fail_on"] == "high" and "XW001" not in ids and any(i.startswith("KW") for i in ids)
    )  # genderscan.toml not read
    r = run("config", "show", "--config", str(other), cwd=str(work))
    assert r.returncode == 0, r.stderr
    assert str(other) in r.stdout and 'fail_on = "high"' in r.stdout
    r = run("check", str(doc), "--format", "json", "--fail-on", "low", "--config", str(other), cwd=str(work))
    assert r.returncode == 1, r.stderr
    assert json.loads(r.stdout)["fail_on"] == "low"  # the command line wins


def test_baseline_survives_a_moved_page_break_in_a_pdf(tmp_path):
    d = tmp_path / "pdf"
    d.mkdir()
    nota = d / "nota.pdf"
    pdf_from_pages(nota, [["Inleiding van de nota.", "", HIGH]])
    base = tmp_path / "baseline.json"
    assert run("baseline", "create", str(d), "-o", str(base)).returncode == 0
    pdf_from_pages(nota, [["Een nieuwe eerste pagina."], ["Inleiding van de nota.", "", HIGH]])
    r = run("check", str(d), "--baseline", str(base), "--format", "json")
    data = json.loads(r.stdout)
    assert r.returncode == 0 and data["documents"][0]["findings"] == [] and data["summary"]["baseline_suppressed"] >= 1
    assert data["summary"]["baseline_stale"] == []


def test_config_lang_en_gives_english_messages_and_valid_sarif(tmp_path):
    d = _docs(tmp_path)
    (tmp_path / "genderscan.toml").write_text('lang = "en"\n', encoding="utf-8")
    r = run("check", str(d / "hoog.txt"), cwd=str(tmp_path))
    assert r.returncode == 1, r.stderr
    assert "KW003 [high] Men get priority in the route to work." in r.stdout, r.stdout
    r = run("check", str(d / "hoog.txt"), "--format", "sarif", cwd=str(tmp_path))
    assert r.returncode == 1, r.stderr
    run0 = _assert_valid_sarif(r.stdout)["runs"][0]
    rule = next(x for x in run0["tool"]["driver"]["rules"] if x["id"] == "KW003")
    assert (
        rule["shortDescription"]["text"] == "Men get priority in the route to work."
        and "Suggestion:" in rule["help"]["text"]
    )


def test_diff_help_lists_only_the_formats_diff_writes(tmp_path):
    """diff writes text or json; the CI formats of check (sarif, github, junit) are neither offered nor accepted."""
    r = run("diff", "--help")
    assert r.returncode == 0, r.stderr
    fmt_line = next(line for line in r.stdout.splitlines() if "--format" in line)
    assert "text|json" in fmt_line
    assert not any(name in r.stdout.lower() for name in ("sarif", "github", "junit"))
    old = tmp_path / "v1.txt"
    old.write_text(CLEAN, encoding="utf-8")
    for name in ("sarif", "github", "junit"):
        r = run("diff", "-f", name, str(old), str(old))
        assert r.returncode == 2 and r.stdout == ""
        assert r.stderr == f"error GS-E302: --format {name}: expected one of text, json\n", r.stderr


def test_check_of_a_folder_reports_old_word_files_instead_of_skipping_them(tmp_path):
    d = _docs(tmp_path)
    (d / "sub" / "oud besluit.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 Word 97-2003")
    (d / "brief.wpd").write_bytes(b"\xffWPC")
    r = run("check", str(d), "--format", "json")
    assert r.returncode == 2  # a document that was not checked, as for any unreadable one
    errors = {Path(doc["path"]).name: doc["error"] for doc in json.loads(r.stdout)["documents"] if doc["error"]}
    assert errors == {
        "oud besluit.doc": f"GS-E102: {d / 'sub' / 'oud besluit.doc'}: genderscan cannot read Word 97-2003 (.doc): "
        "save it as .docx",
        "brief.wpd": f"GS-E102: {d / 'brief.wpd'}: genderscan cannot read WordPerfect (.wpd): save it as .docx",
    }
    assert f"error GS-E102: {d / 'brief.wpd'}: genderscan cannot read WordPerfect (.wpd)" in r.stderr
    assert "notities.xyz" not in r.stdout + r.stderr  # other unknown types in a folder are still not documents
    assert "2 document(s) could not be read" in r.stderr and "5 document(s)" in r.stderr
