"""A per-user cache of the loaded lexicon, so that a run does not parse and check the YAML again.

Loading the lexicon reads about twenty YAML files, checks every term and
pattern, and looks up the lemma of every term: 0.3-0.4 s of CPU, a fifth of
analysing a one-sentence document. The result is a plain value
(:class:`~genderscan.lexicon.schema.Lexicon`), so it is pickled once and read
back in milliseconds.

The key covers everything the result depends on: the bytes and paths of
every lexicon file (the shipped ones and the user's), the ``disable`` list
and where it came from, the source of the genderscan package (the loader,
the term syntax, the lemmas), simplemma's and Python's versions. Any change
to one of them is a new key, so a stale entry is never read; the newest
:data:`KEEP` entries are kept. An invalid lexicon raises its error as
before and is never stored.

The cache is only a shortcut: when its folder cannot be read or written, or
an entry does not unpickle, the lexicon is loaded as without it. The folder
is :func:`genderscan.usercache.cache_dir`, used only when it is the user's
own (:func:`genderscan.usercache.private`). A lexicon file saved while the
lexicon was being loaded is not stored (its key is taken again after
loading).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import pickle
import re
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..usercache import cache_dir, own_file, private
from .schema import Lexicon

FORMAT = b"genderscan-lexicon-cache-1"
KEEP = 8
"""Entries kept in the cache folder (the newest; older ones are removed when one is written)."""
STALE_SECONDS = 3600
"""A temporary file this old is left over from a run that was killed while writing."""
PREFIX = "lexicon-"
SUFFIX = ".pickle"
_PACKAGE = Path(__file__).resolve().parent.parent
_KEYS: dict[int, tuple[weakref.ref[Lexicon], str]] = {}
"""The cache key of each lexicon this process loaded through the cache, by ``id()`` (see :func:`key_of`)."""


def cached(
    load: Callable[[], Lexicon],
    files: Iterable[Path],
    disable: Iterable[str],
    disable_source: str,
) -> Lexicon:
    """``load()``, or its result from the cache when *files* (every file it reads) and the code are unchanged."""
    folder = cache_dir()
    if folder is None:
        return load()
    files = list(files)
    disable = list(disable)
    try:
        key = _key(files, disable, disable_source)
    except OSError:  # an unreadable file: the loader says so with its own error
        return load()
    entry = folder / f"{PREFIX}{key}{SUFFIX}"
    if own_file(entry) and private(folder):
        try:
            with entry.open("rb") as fh:
                lexicon = pickle.load(fh)
            if isinstance(lexicon, Lexicon):
                return _remember(lexicon, key)
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: load as without a cache and replace it
            pass
    lexicon = load()
    try:  # a file saved while it was being read: what was loaded is neither version, so keep it out
        unchanged = _key(files, disable, disable_source) == key
    except OSError:
        unchanged = False
    if unchanged:
        _store(folder, entry, lexicon)
        _remember(lexicon, key)
    return lexicon


def _remember(lexicon: Lexicon, key: str) -> Lexicon:
    ident = id(lexicon)

    def forget(_: weakref.ref[Lexicon]) -> None:
        found = _KEYS.get(ident)
        if found is not None and found[0]() is None:
            del _KEYS[ident]

    _KEYS[ident] = (weakref.ref(lexicon, forget), key)
    return lexicon


def key_of(lexicon: Lexicon) -> str | None:
    """The cache key *lexicon* was loaded under (everything it was made from), or None when it did not
    come through the cache (caching off, a changed file, a lexicon made or changed in code)."""
    found = _KEYS.get(id(lexicon))
    if found is None or found[0]() is not lexicon:
        return None
    return found[1]


def derived(kind: str, key: str, build: Callable[[], Any], *, accept: Callable[[Any], bool]) -> Any:
    """``build()``, or its pickled result from the cache folder under *kind* and *key*.

    For values computed from a cached lexicon (*key* from :func:`key_of` plus what else they depend
    on), with the same rules as the lexicon's entries: only a private folder, atomic writes, the
    newest :data:`KEEP` entries of each kind. An entry that does not unpickle, or that *accept*
    refuses, is built again. A compiled regular expression in the value comes back as a
    :class:`LazyPattern`, compiled when it is first used (pickle would compile every one at once).
    """
    folder = cache_dir()
    if folder is None:
        return build()
    prefix = f"{kind}-"
    entry = folder / f"{prefix}{key}{SUFFIX}"
    with _MEMO_LOCK:
        remembered = _MEMO.get((kind, key, str(entry)))
    if remembered is not None:
        return remembered
    value = None
    if own_file(entry) and private(folder):
        try:
            with entry.open("rb") as fh:
                loaded = pickle.load(fh)
            if accept(loaded):
                value = loaded
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: build it again and replace it
            pass
    if value is None:
        value = build()
        _store(folder, entry, value, prefix=prefix, lazy=True)
        return value  # (what was just built is not kept: the next analyzer reads it back as every later run does)
    with _MEMO_LOCK:
        _MEMO[(kind, key, str(entry))] = value
        while len(_MEMO) > MEMO_SIZE:
            _MEMO.pop(next(iter(_MEMO)))
    return value


MEMO_SIZE = 4
"""Derived values this process keeps after reading them from the cache folder (:func:`derived`): an analyzer made
again with the same lexicon (a test suite, a server, a batch worker) takes the compiled lexicon from memory, not 0.25 s
of unpickling.
The value is only read after it is made (its parts go into a new Matcher), so analyzers may share it."""
_MEMO: dict[tuple[str, str, str], Any] = {}
_MEMO_LOCK = threading.Lock()


class LazyPattern:
    """A regular expression compiled when it is first used: a cached value's stand-in for ``re.Pattern``.

    ``pattern`` and ``flags`` are there at once; ``search`` (the method matching uses) is, after the
    first call, the compiled pattern's own bound method, so it costs what the pattern's does. Any
    other attribute of ``re.Pattern`` compiles it and is passed on.
    """

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[Any] | None = None

    def compiled(self) -> re.Pattern[Any]:
        if self._compiled is None:
            from .. import regexcache

            self._compiled = (
                regexcache.compile(self.pattern, self.flags)
                if isinstance(self.pattern, str)
                else re.compile(self.pattern, self.flags)
            )
            self.search = self._compiled.search  # type: ignore[method-assign]
        return self._compiled

    def search(self, string: Any, *args: Any) -> re.Match[Any] | None:
        return self.compiled().search(string, *args)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


class _LazyRegexPickler(pickle.Pickler):
    """Pickles a compiled regular expression as a :class:`LazyPattern` (one object stays one)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern:
            return (LazyPattern, (obj.pattern, obj.flags))
        return NotImplemented


def _key(files: Iterable[Path], disable: Iterable[str], disable_source: str) -> str:
    h = hashlib.sha256(FORMAT + b"\0")
    h.update(f"{sys.version_info[:3]}\0{pickle.HIGHEST_PROTOCOL}\0{_simplemma_version()}\0".encode())
    h.update(_spacy_version() + b"\0")  # a user's raw token patterns are checked by spaCy's Matcher
    h.update(_code_digest().encode() + b"\0")
    for path in files:
        h.update(b"file\0" + str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    for item in disable:
        h.update(b"disable\0" + str(item).encode() + b"\0")
    h.update(b"source\0" + disable_source.encode())
    return h.hexdigest()[:32]


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of genderscan's own source: a changed loader or term syntax is a new key (read once
    per process: a key is taken twice per load, and a run may load the lexicon twice)."""
    h = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        h.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _simplemma_version() -> str:
    try:
        import simplemma
    except ImportError:  # pragma: no cover - a dependency
        return "none"
    return str(getattr(simplemma, "__version__", "unknown"))


@functools.lru_cache(maxsize=1)
def _spacy_version() -> bytes:
    """spaCy's version file, read without importing spaCy (the lexicon loads without it)."""
    try:
        spec = importlib.util.find_spec("spacy")
        if spec is None or spec.origin is None:
            return b"none"
        return (Path(spec.origin).parent / "about.py").read_bytes()
    except (ImportError, OSError, ValueError):
        return b"unknown"


def _store(folder: Path, entry: Path, value: Any, *, prefix: str = PREFIX, lazy: bool = False) -> None:
    """Write *entry* atomically (a reader sees all of it or none), then keep the newest :data:`KEEP`
    and remove temporary files that a killed run left (older than :data:`STALE_SECONDS`)."""
    if not private(folder, make=True):
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                (_LazyRegexPickler if lazy else pickle.Pickler)(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        entries = sorted(folder.glob(f"{prefix}*{SUFFIX}"), key=_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
        now = time.time()
        for left in folder.glob(f".tmp-*{SUFFIX}"):
            if now - _mtime(left) > STALE_SECONDS:
                left.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):  # a read-only home or full disk: no cache, same result
        return


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
