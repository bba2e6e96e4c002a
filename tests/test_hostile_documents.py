"""Documents built to hit this round's code (issue 19, round three): the title from metadata, headings
that make the section paths every location carries, and user regexes on long tokens."""

from __future__ import annotations

import json
import time

from genderscan.ingest import metadata, read_document
from genderscan.ingest.structure import PATH_DEPTH_MAX, PATH_TITLE_MAX, Outline

SENTENCE = "De man is de kostwinner en de vrouw zorgt voor de kinderen."


def test_an_html_file_full_of_title_tags_is_read_in_linear_time():
    """``<title[^>]*>(.*?)</title>`` starts again at every ``<title``: 70 KB of them took 5 s, the 1 MB
    read took hours (a 980 KB HTML upload never finished)."""
    start = time.perf_counter()
    assert metadata.title("html", b"<p>tekst</p>" + b"<title>" * 12_000) is None  # 84 KB: 9 s before
    assert metadata.title("html", b"<title" * 12_000) is None
    assert time.perf_counter() - start < 1.0
    assert metadata.title("html", b"<title>" * 140_000) is None  # the 1 MB that is read of a file
    assert (
        metadata.title("html", b'<html><head><TITLE lang="nl">Nota &amp; bijlage</Title ></head>') == "Nota & bijlage"
    )
    assert metadata.title("html", b"<title>\n  Armoede\n  beleid </title>") == "Armoede beleid"
    assert metadata.title("html", b"<titles>x</titles><title>y</title>") is None  # only the first tag counts
    assert metadata.title("html", b"<title>zonder einde") is None


def test_a_long_heading_is_shortened_in_every_location_but_kept_whole_as_text(tmp_path, analyzer):
    """A 450 KB heading over 300 findings made a 270 MB JSON report (and 135 MB of HTML and Markdown):
    each finding's location repeated it whole."""
    heading = " ".join(f"kopwoord{i}" for i in range(5_000))
    path = tmp_path / "kop.md"
    path.write_text(f"# {heading}\n\n" + "\n\n".join([SENTENCE] * 40), encoding="utf-8")
    document = read_document(path)
    assert document.passages[0].text == heading and document.passages[0].kind == "heading"
    for p in document.passages:
        assert all(len(t) <= PATH_TITLE_MAX for t in p.location.section_path), p.location
        assert p.location.section is not None and p.location.section.endswith("…")
    data = analyzer.analyse(path).to_dict()
    assert len(data["findings"]) >= 40
    assert len(json.dumps(data)) < 300_000  # 2.4 MB before, growing with heading × findings


def test_a_thousand_nested_headings_make_a_path_of_at_most_ten():
    """A PDF can give each of a thousand headings a smaller font size: a path a thousand deep, carried
    by every location below it (276 deep in a 600-heading test PDF)."""
    outline = Outline()
    for i in range(1_000):
        path = outline.enter(f"Kop {i}", (i,))
        assert len(path) <= PATH_DEPTH_MAX
    assert path[:3] == ("Kop 0", "Kop 1", "Kop 2") and path[-1] == "Kop 999"
    assert outline.enter("Hoofdstuk 2", (0,)) == ("Hoofdstuk 2",)  # a sibling at the top still closes them all
    assert outline.enter("2.1", (1,)) == ("Hoofdstuk 2", "2.1")


def test_a_batch_stores_a_file_name_that_is_not_utf8(tmp_path):
    """``caf\\xe9.txt`` (Latin-1 bytes, a lone surrogate in Python) could not be written to the SQLite
    store: GS-E000 and the batch stopped. Now it is stored, exported and reported as ``caf\\udce9.txt``."""
    import os

    from cli_runner import run

    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(SENTENCE + " Vrouwen zorgen.", encoding="utf-8")
    (folder / "gewoon.txt").write_text(SENTENCE, encoding="utf-8")
    db = tmp_path / "r.db"
    r = run("batch", folder, "--db", db, "-j", "1", "--report", tmp_path / "vergelijking.html")
    assert r.returncode == 0 and "GS-E000" not in r.stderr, r.stderr
    assert run("batch", folder, "--db", db, "-j", "1").returncode == 0  # a rerun finds it done
    r = run("export", "--db", db, "-f", "jsonl", "-o", tmp_path / "uit")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in (tmp_path / "uit" / "documents.jsonl").read_text().splitlines()]
    assert sorted(row["path"].rsplit("/", 1)[-1] for row in rows) == ["caf\\udce9.txt", "gewoon.txt"]


def test_the_words_of_a_very_long_sentence_are_placed_without_walking_the_sentence():
    """``token.sent`` walks to the sentence's edges: a rule asking for a thousand words of one sentence of
    100,000 (a text without full stops) took minutes. The sentence starts are looked up by bisection."""
    from genderscan.nlp import get_pipeline
    from genderscan.syntax import MAX_PARSE_WORDS, syntax_offset

    doc = get_pipeline()("woord " * 60_000 + "einde. Nog een zin hier.")
    start = time.perf_counter()
    offsets = [syntax_offset(doc[i]) for i in range(0, 60_000, 20)]
    assert time.perf_counter() - start < 1.0
    assert offsets == [i // MAX_PARSE_WORDS * MAX_PARSE_WORDS for i in range(0, 60_000, 20)]
    last = doc[-2]  # "hier", in a short sentence of its own
    assert syntax_offset(last) == last.sent.start


def test_a_text_without_full_stops_is_analysed_in_time_that_grows_with_its_length(tmp_path, analyzer):
    """Near patterns chose, for each occurrence of their first term, the closest of every other term by
    trying them all: n² in a sentence that holds a term n times (470 KB without a full stop: over five
    minutes; 27 s after the fix). A text three times as long takes about three times the CPU (measured: 2.8);
    n² would take nine times. Ratios of one run, not a time limit: a busy machine slows both alike."""
    line = "de man is kostwinner en de vrouw zorgt voor de kinderen en"
    analyzer.analyse_text(line)  # whatever the first analysis loads is not the text's cost
    costs = []
    for repeats in (400, 1_200):
        path = tmp_path / f"zonder_punt_{repeats}.txt"
        path.write_text(" ".join([line] * repeats), encoding="utf-8")
        start = time.process_time()
        report = analyzer.analyse(path)
        costs.append(time.process_time() - start)
        assert {f.rule_id for f in report.findings} == {"ZR001"}
    assert costs[1] / costs[0] < 5.0, costs


def test_a_tag_inside_an_html_title_does_not_swallow_the_body(tmp_path):
    # "<svg" opened an element the parser skips, never closed: the body was lost (GS-E109, "no text")
    path = tmp_path / "nota.html"
    path.write_text(
        f"<html><head><title><svg onload=x></title></head><body><h1>Nota</h1><p>{SENTENCE}</p></body></html>",
        encoding="utf-8",
    )
    assert SENTENCE in [p.text for p in read_document(path).passages]
