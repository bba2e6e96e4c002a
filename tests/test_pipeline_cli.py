"""``genderscan pipeline info|parse`` as a user runs them: the shipped pipeline, other pipelines, --model blank."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from builders import docx_from_blocks
from cli_runner import ENV, Completed, run

from genderscan.syntax import MAX_PARSE_WORDS, shipped_path

ZIJN = "Dit zijn de regels voor de klant en zijn partner."
META = json.loads((shipped_path() / "meta.json").read_text(encoding="utf-8"))


def run_stdin(*args: str, stdin: bytes) -> Completed:
    """``genderscan ARGS`` in this process with *stdin* on standard input (cli_runner.run gives none)."""
    from typer.testing import CliRunner

    from genderscan.cli import app

    result = CliRunner(env=ENV).invoke(app, list(args), input=stdin, prog_name="genderscan", catch_exceptions=False)
    return Completed(list(args), result.exit_code, result.stdout, result.stderr, result.stdout_bytes)


def conllu_sentences(text: str) -> list[tuple[dict[str, str], list[list[str]]]]:
    """Parse CoNLL-U strictly: every sentence is comments, then 10-column word lines, then one blank line.

    Asserts what makes the file valid: ids 1..n, heads within 0..n, exactly one root (head 0, relation
    ``root``), ``_`` for empty fields, and ``# text`` equal to the words joined by their SpaceAfter.
    """
    assert text.endswith("\n\n"), "a blank line after the last sentence"
    sentences = []
    for block in text[:-2].split("\n\n"):
        lines = block.split("\n")
        comments = {}
        while lines and lines[0].startswith("#"):
            key, _, value = lines.pop(0)[1:].strip().partition(" = ")
            comments[key] = value
        assert "sent_id" in comments and "text" in comments, comments
        rows = [line.split("\t") for line in lines]
        assert rows, block
        n = len(rows)
        rebuilt = ""
        for k, cols in enumerate(rows, start=1):
            assert len(cols) == 10, cols
            assert all(c != "" and c.strip() == c for c in cols), cols  # empty is "_", no stray whitespace
            assert cols[0] == str(k), cols
            assert 0 <= int(cols[6]) <= n and int(cols[6]) != k, cols
            assert (cols[6] == "0") == (cols[7] == "root"), cols
            assert cols[3] != "_" and cols[7] != "_", cols
            rebuilt += cols[1] + ("" if "SpaceAfter=No" in cols[9] or k == n else " ")
        assert sum(cols[6] == "0" for cols in rows) == 1, block
        assert rebuilt == comments["text"], (rebuilt, comments["text"])
        sentences.append((comments, rows))
    ids = [c["sent_id"] for c, _ in sentences]
    assert len(set(ids)) == len(ids), ids
    return sentences


def test_info_text_names_components_folder_size_data_licence_and_heldout_figures():
    r = run("pipeline", "info")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.splitlines()[0] == f"nl_genderscan {META['version']}"
    assert "tokenizer, array_sentencizer, simplemma_lemmatizer (genderscan's own" in out
    assert "then tok2vec, tagger, morphologizer, parser (trained" in out
    assert str(shipped_path().resolve()) in out
    size = sum(f.stat().st_size for f in shipped_path().rglob("*") if f.is_file())
    assert f"{size:,} bytes" in out
    assert "CC BY-SA 4.0" in out and "LICENSE-UD_Dutch-Alpino.txt" in out
    assert "UD Dutch-Alpino" in out and "UD Dutch-LassySmall" in out
    assert "nl_alpino-ud-test.conllu" in out
    perf = META["performance"]
    for label, key, percent in (
        ("UPOS", "pos_acc", True),
        ("XPOS", "tag_acc", True),
        ("morph", "morph_acc", True),
        ("UAS", "dep_uas", False),
        ("LAS", "dep_las", False),
        ("sentence F", "sents_f", False),
    ):
        assert f"{label} {perf[key] * 100:.1f}{'%' if percent else ''}" in out, label
    runs = next(line for line in out.splitlines() if line.startswith("runs:"))
    assert "simplemma, on every word" in runs and "only on the sentences that rules ask about" in runs


def test_info_json_agrees_with_the_report_and_the_meta():
    from genderscan import Analyzer

    r = run("pipeline", "info", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    pipeline = Analyzer().pipeline
    assert (data["name"], data["version"], data["components"]) == (
        pipeline.name,
        pipeline.version,
        list(pipeline.components),
    )
    assert data["trained"] and data["shipped"]
    assert data["trained_components"] == ["tok2vec", "tagger", "morphologizer", "parser"]
    assert data["folder"] == str(shipped_path().resolve())
    assert data["size_bytes"] == sum(f.stat().st_size for f in shipped_path().rglob("*") if f.is_file())
    assert data["license"] == META["license"] and data["training_data"] == META["sources"]
    assert data["heldout"] == {
        "file": META["heldout"],
        "upos": META["performance"]["pos_acc"],
        "xpos": META["performance"]["tag_acc"],
        "morph": META["performance"]["morph_acc"],
        "uas": META["performance"]["dep_uas"],
        "las": META["performance"]["dep_las"],
        "sents_f": META["performance"]["sents_f"],
    }


def test_info_blank_says_there_is_no_trained_pipeline():
    r = run("pipeline", "info", "--model", "blank")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("blank: no trained pipeline") and "simplemma" in r.stdout
    data = json.loads(run("pipeline", "info", "--model", "blank", "-f", "json").stdout)
    assert data["name"] == "blank" and not data["trained"] and data["trained_components"] == []
    assert data["components"] == ["tokenizer", "array_sentencizer", "simplemma_lemmatizer"]


def test_info_of_another_pipeline_shows_what_its_meta_says(tmp_path):
    other = tmp_path / "nl_ander"
    shutil.copytree(shipped_path(), other)
    meta = dict(META, name="ander", version="0.3.0", license="MIT", description="Een ander model.")
    del meta["heldout"]
    (other / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    r = run("pipeline", "info", "--model", str(other), "-f", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["name"], data["version"], data["license"], data["shipped"]) == ("nl_ander", "0.3.0", "MIT", False)
    assert data["folder"] == str(other.resolve()) and data["heldout"]["file"] is None
    r = run("pipeline", "info", "--model", str(other))
    assert r.returncode == 0 and "its meta.json does not name the evaluation data" in r.stdout
    assert "Een ander model." in r.stdout and "training/README.md" not in r.stdout  # that is about ours
    r = run("pipeline", "info", "--model", str(tmp_path / "weg"))
    assert r.returncode == 2 and r.stderr.startswith("error GS-E301") and len(r.stderr.splitlines()) == 1


def test_parse_shows_zijn_as_verb_and_as_possessive():
    """Issue 16, done when: zijn once as AUX/VERB and once as a possessive."""
    r = run("pipeline", "parse", ZIJN)
    assert r.returncode == 0, r.stderr
    rows = [line.split() for line in r.stdout.splitlines() if line.split()[1:2] == ["zijn"]]
    assert len(rows) == 2, r.stdout
    assert rows[0][3] in {"AUX", "VERB"}
    assert rows[1][3] == "PRON" and "Poss=Yes" in rows[1][5]
    assert "Alpino tag" in r.stdout and "relation" in r.stdout and "nl_genderscan" in r.stdout
    [root] = [line.split() for line in r.stdout.splitlines() if line.split()[1:2] == ["regels"]]
    assert root[-2:] == ["0", "root"]  # lower case, as a term's {dep=root} constraint compares it

    r = run("pipeline", "parse", ZIJN, "--format", "conllu")
    assert r.returncode == 0, r.stderr
    [(comments, words)] = conllu_sentences(r.stdout)
    assert comments == {"sent_id": "1", "text": ZIJN}
    verb, possessive = (w for w in words if w[1] == "zijn")
    assert verb[3] in {"AUX", "VERB"} and verb[4].startswith("WW|")
    assert possessive[3] == "PRON" and "Poss=Yes" in possessive[5].split("|") and possessive[7] == "nmod:poss"
    assert words[int(possessive[6]) - 1][1] == "partner"


def test_parse_lemmas_are_genderscans_own():
    """The lemma column is simplemma's, the one lexicon terms match, not the trained pipeline's."""
    from genderscan.nlp import get_pipeline

    r = run("pipeline", "parse", "De werkzoekende moeders zorgen voor hun kinderen.", "-f", "conllu")
    [(_, words)] = conllu_sentences(r.stdout)
    doc = get_pipeline()("De werkzoekende moeders zorgen voor hun kinderen.")
    assert [w[2] for w in words] == [t.lemma_ for t in doc]
    assert [w[2] for w in words][2] == "moeder"


def test_parse_conllu_of_several_passages_and_sentences_is_well_formed():
    text = f"{ZIJN} Hij helpt haar.\n\nDe gemeente vergoedt de kinderopvang. Klaar!"
    r = run("pipeline", "parse", text, "-f", "conllu")
    assert r.returncode == 0, r.stderr
    sentences = conllu_sentences(r.stdout)
    assert [c["sent_id"] for c, _ in sentences] == ["1", "2", "3", "4"]
    assert [c["text"] for c, _ in sentences] == [
        ZIJN,
        "Hij helpt haar.",
        "De gemeente vergoedt de kinderopvang.",
        "Klaar!",
    ]
    r = run("pipeline", "parse", text)
    assert r.returncode == 0 and "sentence 4 (alinea 2): Klaar!" in r.stdout


def test_parse_a_very_long_sentence_shows_the_pieces_the_rules_see():
    words = " ".join(["woord"] * (MAX_PARSE_WORDS * 2 + 10)) + " en zijn partner."
    r = run("pipeline", "parse", words, "-f", "conllu")
    assert r.returncode == 0, r.stderr
    sentences = conllu_sentences(r.stdout)
    assert [c["sent_id"] for c, _ in sentences] == ["1.1", "1.2", "1.3"]
    assert [len(rows) for _, rows in sentences] == [MAX_PARSE_WORDS, MAX_PARSE_WORDS, 14]
    assert all(c["genderscan"].endswith("of sentence 1, parsed separately") for c, _ in sentences)
    r = run("pipeline", "parse", words)
    assert r.returncode == 0 and "sentence 1, part 3 of 3" in r.stdout


def test_parse_stdin():
    r = run_stdin("pipeline", "parse", "-", "-f", "conllu", stdin=ZIJN.encode("utf-8"))
    assert r.returncode == 0, r.stderr
    [(comments, _)] = conllu_sentences(r.stdout)
    assert comments["text"] == ZIJN
    r = run_stdin("pipeline", "parse", "-", stdin=("\ufeff" + ZIJN).encode("utf-8"))  # a BOM is read as one
    assert r.returncode == 0 and r.stdout.startswith("<stdin>: parsed by nl_genderscan")
    r = run_stdin("pipeline", "parse", "-", stdin=b"")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E109") and len(r.stderr.splitlines()) == 1
    r = run_stdin("pipeline", "parse", "-", stdin=b"%PDF-1.7 binary")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E103")
    r = run_stdin("pipeline", "parse", "-", "--max-size", "0.00001", stdin=(ZIJN * 2).encode("utf-8"))
    assert r.returncode == 2 and r.stderr.startswith("error GS-E112")


def test_parse_files_txt_and_docx(tmp_path):
    txt = tmp_path / "nota.txt"
    txt.write_text(f"1 Inleiding\n\n{ZIJN}\n", encoding="utf-8")
    r = run("pipeline", "parse", txt, "-f", "conllu")
    assert r.returncode == 0, r.stderr
    assert [c["text"] for c, _ in conllu_sentences(r.stdout)] == ["1 Inleiding", ZIJN]

    docx = docx_from_blocks(tmp_path / "nota.docx", [("heading1", "Werk en inkomen"), ("p", ZIJN)])
    r = run("pipeline", "parse", docx, "-f", "conllu")
    assert r.returncode == 0, r.stderr
    sentences = conllu_sentences(r.stdout)
    assert [c["text"] for c, _ in sentences] == ["Werk en inkomen", ZIJN]
    r = run("pipeline", "parse", docx)
    assert r.returncode == 0 and r.stdout.startswith(f"{docx}: parsed by nl_genderscan")
    # a relative path from the working directory is a file too
    r = run("pipeline", "parse", "nota.docx", "-f", "conllu", cwd=tmp_path)
    assert r.returncode == 0 and len(conllu_sentences(r.stdout)) == 2
    r = run("pipeline", "parse", docx, "--max-size", "0.0001")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E112")


def test_parse_blank_is_a_coded_error():
    r = run("pipeline", "parse", ZIJN, "--model", "blank")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("error GS-E302: pipeline parse needs a trained pipeline")
    assert len(r.stderr.splitlines()) == 1


def test_parse_bad_input_is_one_coded_line(tmp_path):
    (tmp_path / "kapot.docx").write_bytes(b"PK\x03\x04 no zip")
    (tmp_path / "binair.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "notities.rtf").write_text("{\\rtf1 tekst}", encoding="utf-8")
    cases = {
        str(tmp_path / "weg.docx"): "GS-E101",  # one word ending in a document suffix: a file that is missing
        "weg.pdf": "GS-E101",
        str(tmp_path): "GS-E110",  # an existing path is a file, and a folder is not one
        str(tmp_path / "kapot.docx"): "GS-E107",
        str(tmp_path / "binair.txt"): "GS-E103",
        str(tmp_path / "notities.rtf"): "GS-E102",
        "": "GS-E109",
        "   \n\n  ": "GS-E109",
    }
    for source, code in cases.items():
        r = run("pipeline", "parse", source, cwd=tmp_path)
        assert r.returncode == 2, (source, r.stdout)
        assert r.stderr.startswith(f"error {code}:"), (source, r.stderr)
        assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr
    r = run("pipeline", "parse", ZIJN, "--max-size", "veel")
    assert r.returncode == 2 and r.stderr.startswith("error GS-E302")
    r = run("pipeline", "parse", "x" * 5000)  # too long to be a file name: text
    assert r.returncode == 0, r.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_parse_unreadable_file(tmp_path):
    f = tmp_path / "geheim.txt"
    f.write_text(ZIJN, encoding="utf-8")
    f.chmod(0)
    r = run("pipeline", "parse", f)
    assert r.returncode == 2 and r.stderr.startswith("error GS-E117")


def test_parse_escapes_markup_in_text_and_file_names(tmp_path):
    text = "De [bold]klant[/bold] en [/] zijn partner [link=x]hier[/link]."
    r = run("pipeline", "parse", text)
    assert r.returncode == 0, r.stderr
    assert "[bold]klant[/bold] en [/] zijn partner [link=x]hier[/link]." in r.stdout  # the title, verbatim
    words = {line.split()[1] for line in r.stdout.splitlines() if line.split()[:1] and line.split()[0].isdigit()}
    assert {"[", "klant[/bold", "hier[/link", "]"} <= words
    f = tmp_path / "[i]" / "[bold]nota[red].txt"
    f.parent.mkdir()
    f.write_text(text, encoding="utf-8")
    r = run("pipeline", "parse", f)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"{f}: parsed by")


def test_parse_in_a_real_process_from_a_pipe():
    """A real process: ``... | genderscan pipeline parse - -f conllu`` and a coded error's exit status."""
    exe = [sys.executable, "-m", "genderscan", "pipeline", "parse"]
    env = {**os.environ, **ENV}
    r = subprocess.run([*exe, "-", "-f", "conllu"], input=ZIJN, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    [(_, words)] = conllu_sentences(r.stdout)
    assert {w[3] for w in words if w[1] == "zijn"} >= {"PRON"}
    r = subprocess.run([*exe, ZIJN, "--model", "blank"], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and r.stderr.startswith("error GS-E302") and "Traceback" not in r.stderr
