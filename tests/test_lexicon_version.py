"""The lexicon version digests every file the lexicon is read from, so that a change to any of them
(the stance cues too) gives another version, and stored batch results are analysed again."""

from __future__ import annotations

import shutil

import pytest

from genderscan.lexicon import loader


@pytest.mark.parametrize("name", ["stance.yml", "measures.yml", "lexicon.yml", "stereotypes/zorgrol.yml"])
def test_a_change_to_any_lexicon_file_changes_the_version(tmp_path, monkeypatch, name):
    shipped = loader.lexicon_dir("nl")
    copy = tmp_path / "nl"
    shutil.copytree(shipped, copy)
    monkeypatch.setattr(loader, "lexicon_dir", lambda language: copy)
    before = loader.load_lexicon()
    assert before.version == loader.load_lexicon().version
    assert {p.split("/")[-1] for p in before.files} >= {"stance.yml", "measures.yml", "lexicon.yml", "zorgrol.yml"}
    with (copy / name).open("a", encoding="utf-8") as f:
        f.write("\n# a comment changes no rule, but the file is another file\n")
    assert loader.load_lexicon().version != before.version
