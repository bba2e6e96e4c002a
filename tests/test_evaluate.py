"""``genderscan evaluate``: scoring on labelled data, as a library call and as a command."""

from __future__ import annotations

import json

import pytest
from cli_runner import run

# Written for this test: one hit, one miss, one false alarm, one critical mention, one neutral sentence.
RECORDS = [
    {
        "id": "a",
        "text": "Het kostwinnersmodel blijft het uitgangspunt van ons beleid.",
        "labels": ["kostwinner"],
        "stance": "assertion",
    },
    {
        "id": "b",
        "text": "Het weer in de gemeente was vorige week zonnig.",
        "labels": ["zorgrol"],
        "stance": "assertion",
    },
    {"id": "c", "text": "Vrouwen zijn volgens het team moeilijk bemiddelbaar.", "labels": [], "stance": "none"},
    {
        "id": "d",
        "text": "We gaan niet langer uit van één kostwinner per gezin.",
        "labels": ["kostwinner"],
        "stance": "critical",
    },
    {"id": "e", "text": "De bibliotheek is op zaterdag open.", "labels": [], "stance": "none"},
]


def _write(tmp_path, records, name="set.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return p


def test_scores_are_counted_per_category(analyzer, tmp_path):
    from genderscan.evaluate import evaluate_file

    ev = evaluate_file(analyzer, _write(tmp_path, RECORDS))
    kw, zr, kr = ev.categories["kostwinner"], ev.categories["zorgrol"], ev.categories["kansrijkheid"]
    assert (kw.tp, kw.fp, kw.fn) == (1, 0, 0)
    assert (zr.tp, zr.fp, zr.fn) == (0, 0, 1) and zr.recall == 0.0 and zr.precision is None
    assert (kr.tp, kr.fp, kr.fn) == (0, 1, 0) and kr.precision == 0.0
    assert (ev.micro.tp, ev.micro.fp, ev.micro.fn) == (1, 1, 1)
    assert ev.micro.precision == pytest.approx(0.5) and ev.micro.f1 == pytest.approx(0.5)
    assert (ev.critical_total, ev.critical_clean) == (1, 1)
    assert sorted(r.id for r in ev.errors) == ["b", "c"]


def test_command_prints_table_errors_and_json(tmp_path):
    path = _write(tmp_path, RECORDS)
    r = run("evaluate", str(path), "--errors")
    assert r.returncode == 0, r.stderr
    assert "micro" in r.stdout and "critical without assertion: 1/1" in r.stdout
    assert "b [assertion] missed: zorgrol" in r.stdout and "c [none] wrong: kansrijkheid" in r.stdout
    r = run("evaluate", str(path), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["micro"]["precision"] == 0.5 and data["critical"]["share"] == 1.0
    assert {e["id"] for e in data["errors"]} == {"b", "c"}


def test_custom_lexicon_is_evaluated(tmp_path):
    """A researcher's own rule changes the figures."""
    extra = tmp_path / "weer.yml"
    extra.write_text(
        "category: zorgrol\nrules:\n  - id: XW001\n    severity: low\n    message: Het weer.\n"
        "    explanation: Testregel.\n    suggestion: Geen.\n    source: atria2020\n"
        "    patterns:\n      - terms: [zonnig]\n"
        "    examples:\n      match: [Het is zonnig., Zonnig weer.]\n      no_match: [Het regent., Het is koud.]\n",
        encoding="utf-8",
    )
    r = run("evaluate", str(_write(tmp_path, RECORDS)), "--json", "--lexicon", str(extra))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["categories"]["zorgrol"]["tp"] == 1


def test_document_level_file(tmp_path):
    doc = tmp_path / "nota.txt"
    doc.write_text(
        "1. Inleiding\n\nDeze nota beschrijft het participatiebeleid: re-integratie, bijstand en de arbeidsmarkt. "
        "Het kostwinnersmodel blijft het uitgangspunt; de klantmanager begeleidt werkzoekenden met een uitkering naar werk.\n\n"
        "Moeders zorgen voor de kinderen en het huishouden, daarom krijgen zij geen traject naar werk of re-integratie.\n",
        encoding="utf-8",
    )
    jl = _write(
        tmp_path,
        [
            {
                "file": "nota.txt",
                "domain": "participatie",
                "expected_categories": ["kostwinner", "zorgrol"],
                "measures_present": [],
                "measures_missing": ["kinderopvang"],
                "gender_blind": False,
            }
        ],
        "docs.jsonl",
    )
    r = run("evaluate", str(jl), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["kind"] == "documents" and data["micro"]["recall"] == 1.0
    assert data["measures"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert data["gender_blind"]["correct"] == 1


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("{not json\n", "invalid JSON"),
        ('{"text": "Een zin."}\n', "missing key(s) labels, stance"),
        ('{"text": "Een zin.", "labels": ["onzin"], "stance": "assertion"}\n', "category ids"),
        ('{"text": "Een zin.", "labels": [], "stance": "misschien"}\n', "stance must be one of"),
        ('{"iets": 1}\n', "either 'text'"),
        ("\n\n", "no records"),
    ],
)
def test_bad_evaluation_files_are_coded_errors(tmp_path, content, fragment):
    p = tmp_path / "bad.jsonl"
    p.write_text(content, encoding="utf-8")
    r = run("evaluate", str(p))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error GS-E111") and fragment in lines[0], r.stderr


def test_own_labelled_sentences_stay_above_the_targets(analyzer):
    """Regression guard on our own labelled set (tests/data, not the shared eval data)."""
    from pathlib import Path

    from genderscan.evaluate import evaluate_file

    ev = evaluate_file(analyzer, Path(__file__).parent / "data" / "sentences-nl.jsonl")
    assert ev.items == 280
    assert ev.micro.precision >= 0.9 and ev.micro.f1 >= 0.85
    assert ev.critical_share >= 0.9
    assert all(s.recall is None or s.recall >= 0.7 for s in ev.categories.values())
