"""Where genderscan keeps what it can rebuild: the loaded lexicon and the compiled report templates.

``$GENDERSCAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/genderscan``, else
``~/.cache/genderscan``; ``GENDERSCAN_CACHE=0`` switches caching off. Every
entry is checked against what it was made from, and a folder that cannot be
used only costs speed.
"""

from __future__ import annotations

import os
from pathlib import Path

OFF = ("0", "no", "off", "false")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    if os.environ.get("GENDERSCAN_CACHE", "1").strip().lower() in OFF:
        return None
    if os.environ.get("GENDERSCAN_CACHE_DIR"):
        return Path(os.environ["GENDERSCAN_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "genderscan"
    return Path.home() / ".cache" / "genderscan"
