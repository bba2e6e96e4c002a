"""The per-user lexicon cache: a hit gives the same lexicon without parsing, any change is a miss,
and a cache that cannot be used changes nothing but speed."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys

import pytest
from test_lexicon import _category_yaml

from genderscan import usercache
from genderscan.errors import LexiconError
from genderscan.lexicon import cache, loader


@pytest.fixture
def folder(cache_folder):
    return cache_folder


def _entries(folder):
    return sorted(folder.glob("lexicon-*.pickle")) if folder.is_dir() else []


def _no_parsing(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("the lexicon was parsed, not read from the cache")

    monkeypatch.setattr(loader, "_load", fail)


def test_a_second_load_is_read_from_the_cache_and_equals_a_fresh_load(folder, monkeypatch):
    first = loader.load_lexicon()
    assert len(_entries(folder)) == 1
    fresh = loader.load_lexicon(cache=False)
    _no_parsing(monkeypatch)
    assert loader.load_lexicon() == first == fresh


def test_a_changed_user_file_or_disable_list_is_another_entry(folder, tmp_path, monkeypatch):
    user = tmp_path / "eigen.yml"
    user.write_text(_category_yaml("KW900"), encoding="utf-8")
    a = loader.load_lexicon([user])
    user.write_text(_category_yaml("KW900", pattern="terms: [kostverdiener]"), encoding="utf-8")
    b = loader.load_lexicon([user])
    assert a.version != b.version

    def rule(lexicon):
        return repr([r.patterns for r in lexicon.rules if r.id == "KW900"])

    assert "broodwinner" in rule(a) and "kostverdiener" in rule(b) and "broodwinner" not in rule(b)
    c = loader.load_lexicon([user], disable=["KW900"])
    assert rule(c) == "[]" and rule(loader.load_lexicon([user])) == rule(b)
    assert len(_entries(folder)) == 3


def test_a_changed_shipped_file_is_a_miss(folder, tmp_path, monkeypatch):
    copy = tmp_path / "nl"
    shutil.copytree(loader.lexicon_dir("nl"), copy)
    monkeypatch.setattr(loader, "lexicon_dir", lambda language: copy)
    before = loader.load_lexicon()
    with (copy / "stance.yml").open("a", encoding="utf-8") as f:
        f.write("\n# another file\n")
    assert loader.load_lexicon().version != before.version


def test_a_damaged_entry_is_loaded_again_and_replaced(folder, monkeypatch):
    good = loader.load_lexicon()
    (entry,) = _entries(folder)
    entry.write_bytes(b"not a pickle")
    assert loader.load_lexicon() == good
    _no_parsing(monkeypatch)
    assert loader.load_lexicon() == good  # the entry was written again


def test_an_invalid_lexicon_raises_and_is_not_stored(folder, tmp_path):
    bad = tmp_path / "kapot.yml"
    bad.write_text("category: zorgrol\nrules: [", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(LexiconError):
            loader.load_lexicon([bad])
    assert _entries(folder) == []


def test_switched_off_or_unusable_cache_changes_nothing(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("GENDERSCAN_CACHE", "0")
    assert usercache.cache_dir() is None
    first = loader.load_lexicon()
    assert not folder.exists()
    monkeypatch.delenv("GENDERSCAN_CACHE")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("GENDERSCAN_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    assert loader.load_lexicon() == first


def test_only_the_newest_entries_are_kept(folder):
    folder.mkdir()
    for i in range(cache.KEEP + 3):
        old = folder / f"lexicon-old{i}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    loader.load_lexicon()
    kept = _entries(folder)
    assert len(kept) == cache.KEEP
    assert not (folder / "lexicon-old0.pickle").exists()
    assert len([p for p in kept if not p.name.startswith("lexicon-old")]) == 1
    assert not list(folder.glob(".tmp-*"))


def test_a_run_fills_the_cache_and_the_next_run_writes_the_same_reports(tmp_path):
    """Real processes: the first run stores the lexicon and the compiled templates, the second reads them."""
    src = tmp_path / "nota.txt"
    src.write_text("De klant meldt zijn inkomsten. Moeders zorgen voor de kinderen.\n", encoding="utf-8")
    where = tmp_path / "cache"
    env = {**os.environ, "GENDERSCAN_CACHE_DIR": str(where)}
    outputs = []
    for n in range(2):
        out = tmp_path / f"out{n}"
        cmd = [sys.executable, "-m", "genderscan", "analyse", str(src), "-o", str(out), "-f", "html", "-f", "md", "-q"]
        r = subprocess.run(cmd, capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
        outputs.append({p.name: p.read_text(encoding="utf-8") for p in out.iterdir()})
        assert len(_entries(where)) == 1
        assert list((where / "templates-html").iterdir()) and list((where / "templates-text").iterdir())
    assert outputs[0] == outputs[1]


def test_a_file_saved_while_the_lexicon_loads_is_not_stored(folder, tmp_path, monkeypatch):
    user = tmp_path / "eigen.yml"
    user.write_text(_category_yaml("KW901"), encoding="utf-8")
    read = loader.read_yaml

    def read_and_edit(path):
        data = read(path)
        if path == user:  # the user saves another version just after the loader read this one
            user.write_text(_category_yaml("KW901", pattern="terms: [kostverdiener]"), encoding="utf-8")
        return data

    monkeypatch.setattr(loader, "read_yaml", read_and_edit)
    loader.load_lexicon([user])
    assert _entries(folder) == []


def test_only_the_users_own_private_folder_and_regular_files_are_read(folder, monkeypatch):
    first = loader.load_lexicon()
    (entry,) = _entries(folder)
    os.chmod(folder, 0o777)  # anyone may write here now: its entries are not trusted
    assert not usercache.private(folder)
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed"):
        loader.load_lexicon()
    monkeypatch.undo()
    os.chmod(folder, 0o700)
    entry.unlink()
    os.mkfifo(entry)  # a pipe where the entry should be: no read that waits forever
    assert loader.load_lexicon() == first


def test_leftovers_of_a_killed_run_are_removed_when_old(folder):
    folder.mkdir(mode=0o700)
    old, new = folder / ".tmp-old.pickle", folder / ".tmp-new.pickle"
    for p in (old, new):
        p.write_bytes(b"half")
    os.utime(old, (1_000_000, 1_000_000))
    loader.load_lexicon()
    assert not old.exists() and new.exists()


def test_cache_folder_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("GENDERSCAN_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GENDERSCAN_CACHE_DIR", "~/gs")
    assert usercache.cache_dir() == tmp_path / "gs"
    monkeypatch.delenv("GENDERSCAN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG spec says: ignore a relative path
    assert usercache.cache_dir() == tmp_path / ".cache" / "genderscan"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert usercache.cache_dir() == tmp_path / "xdg" / "genderscan"


def test_damaged_missing_or_unwritable_template_entries_only_cost_speed(tmp_path):
    """Real processes: a damaged compiled template, the folder deleted, the folder not the user's own."""
    src = tmp_path / "nota.txt"
    src.write_text("De klant meldt zijn inkomsten.\n", encoding="utf-8")
    where = tmp_path / "cache"
    env = {**os.environ, "GENDERSCAN_CACHE_DIR": str(where)}

    def report() -> str:
        out = tmp_path / "out"
        cmd = [sys.executable, "-m", "genderscan", "analyse", str(src), "-o", str(out), "-f", "md", "-q"]
        r = subprocess.run(cmd, capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
        return (out / "nota.txt.md").read_text(encoding="utf-8")

    first = report()
    entries = list((where / "templates-text").iterdir())
    assert entries
    magic = b"j2" + pickle.dumps(5, 2) + pickle.dumps((sys.version_info[0] << 24) | sys.version_info[1], 2)
    for e in entries:
        e.write_bytes(magic)  # jinja2's header, then nothing: its own reader raises
    assert report() == first
    shutil.rmtree(where)
    assert report() == first
    os.chmod(where / "templates-text", 0o777)
    assert report() == first


def test_an_analyzer_made_again_takes_the_compiled_lexicon_from_memory(folder, monkeypatch):
    """Once an analyzer has read the compiled lexicon back from the cache folder, the next one in the same process (a
    test suite, a server, a batch worker) reads no cache file again, and analyses as the first does."""
    from genderscan import Analyzer

    text = "De gemeente vergoedt de kinderopvang. Iedere klant meldt zijn inkomsten."
    first = Analyzer(domain="participatie").analyse_text(text).to_dict()  # compiled and stored
    assert list(folder.glob("compiled-*.pickle"))
    Analyzer(domain="participatie")  # read back from the folder, and kept
    loads = []
    real = pickle.load
    monkeypatch.setattr(cache.pickle, "load", lambda fh: loads.append(fh.name) or real(fh))
    again = Analyzer(domain="participatie").analyse_text(text).to_dict()
    assert not [name for name in loads if "compiled-" in str(name)]
    for data in (first, again):
        data.pop("generated", None)
        data.get("run", {}).pop("seconds", None)
    assert again["findings"] == first["findings"] and again["measures"] == first["measures"]
