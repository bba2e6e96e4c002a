"""Regular expressions compiled from the per-user cache.

Python's ``re`` compiles a pattern with a parser and a code generator
written in Python: spaCy's Dutch tokenizer rules (prefixes, suffixes,
infixes) take about 0.05 s of CPU in every run, and the lexicon's
regexes another 0.05 s on a long document. What they compile to is a list
of integers for the regex engine (``_sre``), the same for the same pattern,
flags and Python. :func:`compile` keeps that list in the per-user cache
(:func:`genderscan.usercache.cache_dir`, the same rules as the lexicon's
entries: a private folder only, atomic writes) and builds the pattern from
it with ``_sre.compile``, as ``re`` itself does at the end of compiling: a
few microseconds. The entry is per Python version (and ``_sre.MAGIC``); a
pattern not in it is compiled by ``re`` and added when the process ends.
Anything unexpected (another Python, an unreadable entry) means ``re.compile``.

The command line goes further (:func:`install`, from its ``main``): every
pattern ``re`` compiles in that process, also those of spaCy, packaging and
simplemma at their import (about 500), comes from the cache when it is there.
"""

from __future__ import annotations

import atexit
import hashlib
import pickle
import re
import sys
from pathlib import Path
from typing import Any

FORMAT = "genderscan-regex-code-1"
MAX_ENTRIES = 5_000
"""Patterns kept at most, the newest (imports compile about 500, the lexicon 600-1,200, spaCy's tokenizer three;
more would make the entry slower to read than compiling them)."""

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, code, groups - 1, group index, index group."""

_table: dict[tuple[str, int], Entry] | None = None
_new: dict[tuple[str, int], Entry] = {}
_saving = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name, on purpose
    """``re.compile(pattern, flags)``, from the cached code of the pattern when there is one."""
    if not isinstance(pattern, str) or not isinstance(flags, int) or flags & re.DEBUG or _installed():
        return re.compile(pattern, flags)  # (after install(), re's own compiler uses the cache)
    table = _load()
    entry = table.get((pattern, flags))
    if entry is not None:
        try:
            import _sre

            return _sre.compile(pattern, *entry)
        except Exception:  # noqa: BLE001 - a stale or foreign entry: compile as re does
            pass
    compiled = re.compile(pattern, flags)
    if _folder() is not None:
        found = _code(pattern, flags)
        if found is not None and len(_new) < MAX_ENTRIES:
            _new[(pattern, flags)] = found
            _save_at_exit()
    return compiled


def _installed() -> bool:
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - another Python's re
        return False
    return bool(getattr(_compiler.compile, "__genderscan__", False))


def install() -> None:
    """For the rest of this process, every pattern ``re`` compiles (spaCy's, PyYAML's, packaging's, simplemma's
    language rules at their import: about 500 patterns, 0.1 s of CPU) comes from the cached code when it is
    there. Only for a process of genderscan's own (the CLI's ``main``): ``re``'s compiler is replaced by a
    function that calls it for any pattern not in the cache, and for anything but a text pattern."""
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # another Python's re: nothing to do
        return
    original = _compiler.compile
    if getattr(original, "__genderscan__", False) or _folder() is None:
        return

    def compile_cached(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or not isinstance(flags, int) or flags & re.DEBUG:
            return original(p, flags)
        entry = _load().get((p, flags))
        if entry is not None:
            try:
                import _sre

                return _sre.compile(p, *entry)
            except Exception:  # noqa: BLE001 - a stale or foreign entry: compile as re does
                pass
        compiled = original(p, flags)
        found = _code(p, flags)
        if found is not None and len(_new) < MAX_ENTRIES:
            _new[(p, flags)] = found
            _save_at_exit()
        return compiled

    compile_cached.__genderscan__ = True  # type: ignore[attr-defined]
    _compiler.compile = compile_cached


def _code(pattern: str, flags: int) -> Entry | None:
    """What ``re`` hands ``_sre.compile`` for *pattern* (None when this Python's ``re`` works otherwise)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        state = parsed.state
        index_group: list[str | None] = [None] * state.groups
        for name, i in state.groupdict.items():
            index_group[i] = name
        return (flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(index_group))
    except Exception:  # noqa: BLE001 - another Python's re: no cache
        return None


def _folder() -> Path | None:
    from .usercache import cache_dir

    return cache_dir()


def _entry() -> Path | None:
    folder = _folder()
    if folder is None:
        return None
    try:
        import _sre

        magic = _sre.MAGIC
    except (ImportError, AttributeError):
        return None
    version = f"{FORMAT}\0{sys.version}\0{sys.implementation.cache_tag}\0{magic}"
    return folder / f"regex-{hashlib.sha256(version.encode()).hexdigest()[:32]}.pickle"


def _read(entry: Path | None) -> dict[tuple[str, int], Entry]:
    from .usercache import own_file, private

    if entry is None or not own_file(entry) or not private(entry.parent):
        return {}
    try:
        with entry.open("rb") as fh:
            table = pickle.load(fh)
        return table if isinstance(table, dict) else {}
    except Exception:  # noqa: BLE001 - a damaged entry: compile as without it, and write it again
        return {}


def _load() -> dict[tuple[str, int], Entry]:
    global _table
    if _table is None:
        _table = _read(_entry())
    return _table


def _save_at_exit() -> None:
    global _saving
    if not _saving:
        _saving = True
        atexit.register(save)


def save() -> None:
    """Add the patterns this process compiled to the cached ones (run when the process ends)."""
    if not _new:
        return
    entry = _entry()
    if entry is None:
        return
    from .lexicon.cache import _store

    table = {**_read(entry), **_new}  # another process may have added some meanwhile
    if len(table) > MAX_ENTRIES:
        table = dict(list(table.items())[-MAX_ENTRIES:])
    _store(entry.parent, entry, table, prefix="regex-")
    _load().update(_new)
    _new.clear()


def _reset() -> None:
    """Forget what was read and compiled (the tests switch cache folders)."""
    global _table
    _table = None
    _new.clear()
