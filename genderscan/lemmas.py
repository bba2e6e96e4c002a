"""simplemma's Dutch lemmas, cached; without spaCy, so the lexicon loads without it.

A lemma is ``simplemma.lemmatize(word, lang="nl")``'s, from the same
strategies and the same dictionary. simplemma decodes its whole Dutch
dictionary (370,000 words, front-coded) before the first lemma: 0.4 s of
CPU, a fifth of analysing one short document. Here the dictionary is read
where a word is looked up (:class:`_IndexedDictionary`, as simplemma's own
``StreamMap`` does, without decoding all to build its index): the first
key of every block of about 32 entries is found in the decompressed data
with numpy (0.09 s), and a look-up decodes at most a block (16 µs). After
:data:`FULL_AFTER` look-ups (a long document, or a batch worker) the whole
dictionary is decoded as simplemma does, so a long run costs at most that
much more. When simplemma's data is not in the format this reads,
simplemma's own dictionary is used.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any
from zlib import crc32

_WORD = re.compile(r"\w", re.UNICODE)
LANG = "nl"
BLOCK = 32
"""Entries per block of the index: a look-up decodes at most this many."""
FULL_AFTER = 20_000
"""Look-ups after which the whole dictionary is decoded (about as long as those look-ups took)."""


@functools.lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """simplemma's Dutch lemma of a lower-cased word (cached), in one piece (:func:`joined_lemma`)."""
    if not _WORD.search(word):
        return word
    return joined_lemma(word, _dutch()[0](word).lower())


_PARTS = re.compile(r"(?<=[^\W_])_(?=[^\W_])")


def joined_lemma(form: str, lemma: str) -> str:
    """The dictionary form of the whole word where a lemma comes in parts, as simplemma's (and UD Dutch's) do
    for separable verbs and some compounds ("uit_nodigen" for *uitgenodigd*, "echt_genoot" for *echtgenoten*):
    the word's own letters before the head's lemma when the head stands in it ("raadslid", not "raadlid"),
    else the parts joined ("uitnodigen"; not from a participle's ge-: *toegestaan* gives "toestaan")."""
    if not _PARTS.search(lemma):
        return lemma
    head = _PARTS.split(lemma)[-1]
    pos = form.lower().rfind(head.lower())
    joined = _PARTS.sub("", lemma)
    if pos > 0 and not (form[:pos].lower().endswith("ge") and not joined[: -len(head)].lower().endswith("ge")):
        prefix = form[:pos]  # not the ge- of a participle: doorgegaan -> doorgaan
        return (prefix.lower() if lemma[:1].islower() else prefix) + head
    # the head changed in the word ("raadsleden"): keep a linking s or en the word has ("raadslid" for both)
    first = joined[: -len(head)]
    for link in ("s", "en"):
        if form.lower().startswith((first + link).lower()):
            return first + link + head
    return joined


@functools.lru_cache(maxsize=1)
def _dutch() -> tuple[Callable[[str], str], _IndexedDictionary | _HashedDictionary | None]:
    """simplemma's ``lemmatize(word, lang="nl")``, over the hashed dictionary of the per-user cache, or
    the indexed dictionary when there is no cache."""
    import simplemma

    try:
        from simplemma.strategies import DefaultStrategy

        dictionary: _IndexedDictionary | _HashedDictionary = _HashedDictionary.cached(LANG) or _IndexedDictionary.load(
            LANG
        )
    except (ImportError, AttributeError, ValueError, IndexError, TypeError):  # another simplemma: its own way
        return functools.partial(simplemma.lemmatize, lang=LANG), None
    strategy = DefaultStrategy(dictionary_factory=_Factory(dictionary))
    return functools.partial(simplemma.Lemmatizer(lemmatization_strategy=strategy).lemmatize, lang=LANG), dictionary


def preload() -> None:
    """Decode the whole dictionary now (a batch does, before its workers fork and share it)."""
    dictionary = _dutch()[1]
    if dictionary is not None:
        dictionary.decode_all()


class _Factory:
    """simplemma's ``DictionaryFactory`` protocol: the indexed Dutch dictionary, simplemma's own for others."""

    def __init__(self, dictionary: _IndexedDictionary | _HashedDictionary) -> None:
        self.dictionary = dictionary

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang == LANG:
            return self.dictionary
        from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

        return DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)


class _Lookups(Mapping[str, str]):
    """A read-only dictionary whose entries a subclass finds by ``_lookup`` (None: no such entry)."""

    def _lookup(self, key: str) -> str | None:
        raise NotImplementedError

    def get(self, key: str, default: Any = None) -> Any:
        value = self._lookup(key)
        return default if value is None else value

    def __getitem__(self, key: str) -> str:
        value = self._lookup(key)
        if value is None:
            raise KeyError(key)
        return value


class _IndexedDictionary(_Lookups):
    """simplemma's dictionary for one language, read from its front-coded data where a key is.

    The data is simplemma's decompressed ``data/<lang>.plzma``: sorted keys,
    each stored as the number of bytes it shares with the key before and the
    rest; values as an edit of their key. *firsts* holds the first key of
    every block of :data:`BLOCK` entries, *seeds* where that block starts
    and the key and value before it (what decoding needs to go on).
    """

    def __init__(self, data: bytes, reverse: bool, firsts: list[bytes], seeds: list[tuple[int, bytes, bytes]]) -> None:
        from simplemma.strategies.dictionaries import frontcode

        self._data = data
        self._reverse = reverse
        self._firsts = firsts
        self._seeds = seeds
        self._records = frontcode._iter_records
        self._decode = frontcode._decode_stream
        self._full: dict[bytes, bytes] | None = None
        self.lookups = 0

    @classmethod
    def load(cls, lang: str) -> _IndexedDictionary:
        from simplemma.strategies.dictionaries import frontcode
        from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed

        data = _read_decompressed(lang)
        reverse, count, pos = frontcode._read_header(data)
        firsts, seeds = _index(data, pos, count)
        return cls(data, reverse, firsts, seeds)

    def decode_all(self) -> None:
        """Decode every entry, as simplemma does; look-ups are dictionary look-ups from now on."""
        if self._full is None:
            self._full = self._decode(self._data)

    def _lookup(self, key: str) -> str | None:
        full = self._full
        if full is None:
            self.lookups += 1
            if self.lookups > FULL_AFTER:
                self.decode_all()
                full = self._full
        if full is not None:
            found = full.get(key.encode())
            return None if found is None else found.decode()
        target = key.encode()
        if self._reverse:
            target = target[::-1]
        block = bisect_right(self._firsts, target) - 1
        if block < 0:
            return None
        for _, stored, value in self._records(self._data, *self._seeds[block]):
            if stored == target:
                return (value[::-1] if self._reverse else value).decode()
            if stored > target:
                return None
        return None

    def __iter__(self) -> Iterator[str]:
        for _, stored, _ in self._records(self._data, self._seeds[0][0]):
            yield (stored[::-1] if self._reverse else stored).decode()

    def __len__(self) -> int:
        return sum(1 for _ in self._records(self._data, self._seeds[0][0]))


class _HashedDictionary(_Lookups):
    """simplemma's whole dictionary for one language as a hash table in a few byte strings.

    Made once from the fully decoded dictionary and kept in the per-user cache
    (:func:`genderscan.lexicon.cache.derived`, keyed by simplemma's data file
    and this module's code): reading it back takes milliseconds, where decoding
    takes 0.35 s and the index of :class:`_IndexedDictionary` 0.1-0.2 s, and a
    look-up is one CRC-32 and, mostly, one comparison (2 µs, where a block of
    the indexed dictionary takes 15-20 µs). Entries are grouped by bucket
    (``crc32(key) & mask``): bucket *b* holds the entries ``buckets[b]`` up to
    ``buckets[b + 1]``; entry *i*'s key is ``keys[key_at[i]:key_at[i + 1]]``
    and its value likewise. The same keys and values as simplemma's dictionary.
    """

    FORMAT = "genderscan-lemma-table-1"

    def __init__(self, table: tuple[Any, ...]) -> None:
        _format, mask, buckets, key_at, keys, value_at, values = table
        self._mask = mask
        self._buckets = memoryview(buckets).cast("I")
        self._key_at = memoryview(key_at).cast("I")
        self._keys = keys
        self._value_at = memoryview(value_at).cast("I")
        self._values = values
        self.lookups = 0

    @classmethod
    def cached(cls, lang: str) -> _HashedDictionary | None:
        """The table from the per-user cache (made and stored the first time); None when there is no cache."""
        import hashlib
        import sys

        from simplemma.strategies.dictionaries import frontcode
        from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER, SUPPORTED_LANGUAGES

        from .lexicon import cache
        from .usercache import cache_dir

        if cache_dir() is None or lang not in SUPPORTED_LANGUAGES:
            return None
        h = hashlib.sha256(f"{cls.FORMAT}\0{lang}\0{sys.version_info[:3]}\0{sys.byteorder}\0".encode())
        h.update(Path(__file__).read_bytes() + b"\0")  # this module makes and reads the table (not all the code)
        h.update(Path(frontcode.__file__).read_bytes() + b"\0")  # simplemma's decoder of the data
        h.update((DATA_FOLDER / f"{lang}.plzma").read_bytes())
        table = cache.derived(
            "lemmas",
            h.hexdigest()[:32],
            lambda: _hash_table(lang),
            accept=lambda t: isinstance(t, tuple) and len(t) == 7 and t[0] == cls.FORMAT,
        )
        return cls(table)

    def decode_all(self) -> None:
        """Nothing to do: every entry is at hand."""

    def _lookup(self, key: str) -> str | None:
        self.lookups += 1
        target = key.encode()
        bucket = crc32(target) & self._mask
        i, end = self._buckets[bucket], self._buckets[bucket + 1]
        key_at, keys = self._key_at, self._keys
        while i < end:
            if keys[key_at[i] : key_at[i + 1]] == target:
                return self._values[self._value_at[i] : self._value_at[i + 1]].decode()
            i += 1
        return None

    def __iter__(self) -> Iterator[str]:
        key_at, keys = self._key_at, self._keys
        for i in range(len(key_at) - 1):
            yield keys[key_at[i] : key_at[i + 1]].decode()

    def __len__(self) -> int:
        return len(self._key_at) - 1


def _hash_table(lang: str) -> tuple[Any, ...]:
    """simplemma's decoded dictionary for *lang* laid out for :class:`_HashedDictionary`."""
    import numpy
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    full = _load_dictionary_from_disk(lang)
    keys = list(full)
    size = 1 << max(1, (len(keys) - 1).bit_length())  # buckets: at most two entries each on average
    mask = size - 1
    bucket = numpy.fromiter(map(crc32, keys), dtype=numpy.int64, count=len(keys)) & mask
    order = numpy.argsort(bucket, kind="stable").tolist()
    buckets = numpy.searchsorted(bucket[order], numpy.arange(size + 1)).astype(numpy.uint32)
    ordered = list(map(keys.__getitem__, order))
    values = list(map(full.__getitem__, ordered))
    key_at = numpy.zeros(len(keys) + 1, dtype=numpy.uint32)
    numpy.cumsum(numpy.fromiter(map(len, ordered), dtype=numpy.uint32, count=len(keys)), out=key_at[1:])
    value_at = numpy.zeros(len(keys) + 1, dtype=numpy.uint32)
    numpy.cumsum(numpy.fromiter(map(len, values), dtype=numpy.uint32, count=len(keys)), out=value_at[1:])
    return (
        _HashedDictionary.FORMAT,
        mask,
        buckets.tobytes(),
        key_at.tobytes(),
        b"".join(ordered),
        value_at.tobytes(),
        b"".join(values),
    )


def _varint(data: Any, at: Any) -> tuple[Any, Any]:
    """The LEB128 numbers at the positions *at* of *data* (numpy) and the positions after them."""
    import numpy

    first = data[at].astype(numpy.int64)
    value = first & 127
    going = numpy.flatnonzero(first >= 128)
    after = at + 1
    shift = 7
    while len(going):
        byte = data[after[going]].astype(numpy.int64)
        value[going] |= (byte & 127) << shift
        after[going] += 1
        going = going[byte >= 128]
        shift += 7
    return value, after


def _record_starts(data: bytes, pos: int, count: int) -> Any:
    """Where each of the *count* entries from *pos* starts (numpy), checked entry by entry.

    Lengths and edit codes are bytes below 0x20 (or 0xFE, 0xFF), text is
    UTF-8 from 0x20 on, so runs of such bytes mark the entries: two (shared
    length, rest length) start one, or two (edit, value length) end one,
    alternately; three (0xFE "same value as before", then the next entry's
    two) and four (an empty value) do both. A guess; then every entry's
    length is read and must lead to the next start, and where it does not
    (lengths of 32 and more) the entries are read one by one until they meet
    the guesses again.
    """
    import numpy
    from simplemma.strategies.dictionaries import frontcode

    end = len(data)
    raw = numpy.frombuffer(data + bytes(8), dtype=numpy.uint8)
    body = raw[pos:end]
    marked = (body < 0x20) | (body >= 0xFE)
    run_at = numpy.flatnonzero(marked[1:] > marked[:-1]) + 1
    run_end = numpy.flatnonzero(marked[:-1] > marked[1:]) + 1
    if len(marked) and marked[0]:
        run_at = numpy.concatenate(([0], run_at))
    if len(marked) and marked[-1]:
        run_end = numpy.concatenate((run_end, [len(marked)]))
    run_len = run_end - run_at
    both = (run_len == 3) | (run_len == 4)
    part = numpy.cumsum(both, dtype=numpy.int32)
    twos = numpy.cumsum(run_len == 2, dtype=numpy.int32)
    since = numpy.zeros(int(part[-1]) + 1 if len(part) else 1, dtype=numpy.int32)
    since[part[both]] = twos[both]
    nth_two = twos - since[part]  # which run of two since the last run of three or four, from 1
    starts = ((run_len == 2) & (((nth_two & 1) == 1) == (part == 0))) | both
    guess = run_at[starts] + numpy.where(both[starts], run_len[starts] - 2, 0) + pos
    # the entry after each guess, if it is a start
    _, at = _varint(raw, guess)
    rest, at = _varint(raw, at)
    at = numpy.minimum(at + rest, end)
    edit = raw[at]
    value_len, value_at = _varint(raw, numpy.minimum(at + 1, end))
    following = numpy.where(edit == 254, at + 1, value_at + value_len)
    wrong = numpy.flatnonzero(following[:-1] != guess[1:])
    found = []
    here = pos
    while here < end:
        i = int(numpy.searchsorted(guess, here))
        if i < len(guess) and guess[i] == here:
            w = int(numpy.searchsorted(wrong, i))
            last = int(wrong[w]) if w < len(wrong) else len(guess) - 1
            found.append(guess[i : last + 1])
            here = int(following[last])
        else:  # not guessed: read this entry
            found.append(numpy.array([here], dtype=numpy.int64))
            _, at_ = frontcode._read_varint(data, here)
            rest_, at_ = frontcode._read_varint(data, at_)
            at_ += rest_
            if data[at_] == 254:
                here = at_ + 1
            else:
                value_len_, at_ = frontcode._read_varint(data, at_ + 1)
                here = at_ + value_len_
    result = numpy.concatenate(found) if found else numpy.zeros(0, dtype=numpy.int64)
    if here != end or len(result) != count:
        raise ValueError("front-coded stream not read as expected")
    return result


def _index(data: bytes, pos: int, count: int) -> tuple[list[bytes], list[tuple[int, bytes, bytes]]]:
    """The first key of each block of about :data:`BLOCK` entries and where to decode it from (see
    :class:`_IndexedDictionary`).

    A block starts at an entry whose value does not repeat the one before
    (edit code 0xFE), the first from every :data:`BLOCK` th on, so decoding
    it needs the start of its key only, not the entry before it: the key is
    the part it shares with the key before plus its own rest. Each shared
    byte is found where it was written, at the last entry before that shares
    fewer bytes.
    """
    import numpy
    from simplemma.strategies.dictionaries import frontcode

    raw = numpy.frombuffer(data + bytes(8), dtype=numpy.uint8)
    starts = _record_starts(data, pos, count)
    shared, at = _varint(raw, starts)
    rest, rest_at = _varint(raw, at)
    n = len(starts)
    own_value = numpy.flatnonzero(raw[rest_at + rest] != 254)
    nth = numpy.searchsorted(own_value, numpy.arange(BLOCK, n, BLOCK))
    block = numpy.unique(own_value[nth[nth < len(own_value)]])  # entries that start a block (after the first)
    block_shared = shared[block]
    length = (shared + rest)[block]
    width = int(length.max()) if len(block) else 0
    keys = numpy.zeros((len(block), width), dtype=numpy.uint8)
    columns = numpy.arange(width)
    # the key's own rest
    row, col = numpy.nonzero((columns[None, :] >= block_shared[:, None]) & (columns[None, :] < length[:, None]))
    keys[row, col] = raw[rest_at[block[row]] + (col - block_shared[row])]
    # byte k of the shared part: written by the last entry before that shares at most k bytes, found
    # by halving steps over tables of the least shared length in the 2**level entries ending at each
    tables = [shared.astype(numpy.int16)]
    span = 1
    while span < n:
        table = tables[-1].copy()
        numpy.minimum(table[span:], tables[-1][:-span], out=table[span:])
        table[:span] = 0
        tables.append(table)
        span *= 2
    row, col = numpy.nonzero(columns[None, :] < block_shared[:, None])
    here = block[row]  # the writer is before here
    for level in range(len(tables) - 1, -1, -1):
        step = 1 << level
        can = here - step >= 0
        skip = can & (tables[level][numpy.where(can, here - 1, 0)] > col)
        here = numpy.where(skip, here - step, here)
    writer = here - 1
    keys[row, col] = raw[rest_at[writer] + (col - shared[writer])]
    flat = keys.tobytes()
    firsts = [next(frontcode._iter_records(data, pos))[1]]
    seeds = [(pos, b"", b"")]
    for r, (at_, n_shared, n_key) in enumerate(
        zip(starts[block].tolist(), block_shared.tolist(), length.tolist(), strict=True)
    ):
        key = flat[r * width : r * width + n_key]
        firsts.append(key)
        seeds.append((at_, key[:n_shared], b""))
    return firsts, seeds
