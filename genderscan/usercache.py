"""Where genderscan keeps what it can rebuild: the loaded lexicon and the compiled report templates.

``$GENDERSCAN_CACHE_DIR`` (``~`` expanded), else ``$XDG_CACHE_HOME/genderscan``
(when it is an absolute path, as the XDG spec asks), else
``~/.cache/genderscan``; ``GENDERSCAN_CACHE=0`` switches caching off. Every
entry is checked against what it was made from, and a folder that cannot be
used only costs speed.

A cache entry is code genderscan runs (a pickle, compiled templates), so a
folder is used only when it is the user's own and no one else can write in
it (:func:`private`): a cache pointed at a shared folder (``/tmp``, a team
drive) is ignored rather than trusted. genderscan makes its folders with mode
0700.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

OFF = ("0", "no", "off", "false")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    if os.environ.get("GENDERSCAN_CACHE", "1").strip().lower() in OFF:
        return None
    if os.environ.get("GENDERSCAN_CACHE_DIR"):
        return Path(os.environ["GENDERSCAN_CACHE_DIR"]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "genderscan"
    return Path.home() / ".cache" / "genderscan"


def private(folder: Path, *, make: bool = False) -> bool:
    """Whether *folder* is a directory of this user that no one else can write in (made, mode 0700,
    when *make* and it does not exist). False for anything else, and when it cannot be checked."""
    if make:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except (OSError, ValueError):
            return False
    return _owned(folder, stat.S_ISDIR)


def own_file(path: Path) -> bool:
    """Whether *path* is a regular file of this user that no one else can write (not a pipe or a device)."""
    return _owned(path, stat.S_ISREG)


def _owned(path: Path, kind: Callable[[int], bool]) -> bool:
    """Whether *path* is of *kind*, belongs to this user and is writable by no one else."""
    try:
        st = path.stat()
    except (OSError, ValueError):
        return False
    if not kind(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()
