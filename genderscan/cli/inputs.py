"""What ``analyse`` reads and what its reports are called: folders and globs as ``check`` takes them."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from ..checking import expand


def documents(paths: list[str]) -> list[Path]:
    """The documents of files, folders (searched recursively) and glob patterns, each once, in order.

    The search of ``check`` and ``batch`` (:func:`genderscan.batching.inputs.discover`): real paths, a file
    reached under two names once, symbolic link loops ended. A file that does not exist stays in the list
    (its error is reported with the other results); a pattern that matches nothing, or paths without a
    single document, are a GS-E101."""
    return expand(paths)


def report_names(paths: list[Path]) -> dict[Path, str]:
    """A name per document for its reports, distinct even without regard to case (Windows, macOS).

    The file name, with as many of its folders in front as tell it apart from another document's
    (``a/nota.pdf``, ``b/nota.pdf``: ``a_nota.pdf``, ``b_nota.pdf``); a number after the stem
    where even the whole path does not (``nota.pdf`` and ``NOTA.pdf``: ``nota.pdf``, ``NOTA-2.pdf``).
    """
    folders = {p: _folders(p) for p in paths}
    depth = dict.fromkeys(paths, 0)

    def name(p: Path) -> str:
        return "_".join([*(folders[p][len(folders[p]) - depth[p] :] if depth[p] else []), p.name])

    while True:
        counts = Counter(name(p).casefold() for p in paths)
        deeper = [p for p in paths if counts[name(p).casefold()] > 1 and depth[p] < len(folders[p])]
        if not deeper:
            break
        for p in deeper:
            depth[p] += 1
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for p in paths:
        chosen, number = name(p), 1
        while chosen.casefold() in taken:
            number += 1
            chosen = f"{Path(name(p)).stem}-{number}{p.suffix}"
        taken.add(chosen.casefold())
        names[p] = chosen
    return names


def _folders(path: Path) -> list[str]:
    """The folder names of *path* as given, without its root, ``.`` and ``..``."""
    parts = Path(os.path.normpath(path)).parts[:-1]
    return [part for part in parts if part not in (os.sep, os.curdir, os.pardir) and not Path(part).anchor]
