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
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

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
                return lexicon
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: load as without a cache and replace it
            pass
    lexicon = load()
    try:  # a file saved while it was being read: what was loaded is neither version, so keep it out
        unchanged = _key(files, disable, disable_source) == key
    except OSError:
        unchanged = False
    if unchanged:
        _store(folder, entry, lexicon)
    return lexicon


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


def _store(folder: Path, entry: Path, lexicon: Lexicon) -> None:
    """Write *entry* atomically (a reader sees all of it or none), then keep the newest :data:`KEEP`
    and remove temporary files that a killed run left (older than :data:`STALE_SECONDS`)."""
    if not private(folder, make=True):
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(lexicon, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        entries = sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=_mtime, reverse=True)
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
