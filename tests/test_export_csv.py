"""CSV in and out of a batch. Exports are opened in spreadsheets: a text cell that a spreadsheet would run as a formula
(from a manifest field, a file name or a document's own sentence) is written as text."""

from __future__ import annotations

import csv

import pytest

from genderscan import batch, errors
from genderscan.batching.export import csv_cell, export
from genderscan.batching.inputs import read_manifest
from genderscan.batching.store import Store
from genderscan.errors import InputError


def test_formula_cells_are_written_as_text(tmp_path):
    d = tmp_path / "stukken"
    d.mkdir()
    sentence = '=HYPERLINK("http://example.org") Bij stellen richten we ons eerst op de man, omdat hij de grootste kans op werk heeft.'
    (d / "nota.txt").write_text(f"Participatie.\n\n{sentence}\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"path;gemeente;provincie\n{d.name}/nota.txt;=1+1;@SUM(A1)\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert batch(manifest=manifest, db=db, jobs=1).analysed == 1
    store = Store(db)
    try:
        export(store, "csv", tmp_path / "out")
    finally:
        store.close()
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert row["gemeente"] == "'=1+1" and row["provincie"] == "'@SUM(A1)"
    text = (tmp_path / "out" / "findings.csv").read_text(encoding="utf-8")
    cells = [c for r in csv.reader(text.splitlines()) for c in r]
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert any(c.startswith("'=HYPERLINK") for c in cells)  # the finding's sentence


def test_numbers_and_plain_text_are_left_alone():
    assert csv_cell(-1.5) == -1.5 and csv_cell(0) == 0 and csv_cell(None) == ""
    assert csv_cell("Noordwijk") == "Noordwijk" and csv_cell("-1") == "'-1"


def test_a_manifest_that_names_a_column_twice_is_refused(tmp_path):
    (tmp_path / "nota.txt").write_text("Tekst.\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path;gemeente;Gemeente\nnota.txt;Noord;Zuid\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_manifest(manifest)
    assert info.value.code == errors.BAD_MANIFEST and "more than once" in str(info.value)
    assert "gemeente" in str(info.value).lower()
