"""Import spaCy without importing its command line.

``import spacy`` runs ``from .cli.info import info``, and the ``spacy.cli``
package imports every spaCy command with its own dependencies (weasel,
requests, httpx, the config schemas): about 0.16 s of CPU, a tenth of a
one-sentence ``genderscan analyse``, for code genderscan never calls.

:func:`install` puts a finder on ``sys.meta_path`` that answers only while
spaCy's own ``__init__`` is running (``spacy`` is in ``sys.modules`` but has
no ``Language`` yet): it gives ``spacy.cli`` and ``spacy.cli.info`` as light
stand-ins. ``spacy.info`` is then a wrapper that imports the real function
when it is called. The stand-in ``spacy.cli`` has the real package's
``__path__``, so ``import spacy.cli.train`` works, and any attribute read
from it (``spacy.cli.train``, ``from spacy.cli import app``) first replaces
the stand-ins by the real package. Nothing changes for code that imports
``spacy.cli`` after spaCy is loaded, except that it then pays the import.

If spaCy's layout ever differs (no ``cli`` package next to ``__init__``), the
finder answers nothing and spaCy imports as usual.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

STUBS = ("spacy.cli", "spacy.cli.info")


def _spacy_initialising() -> bool:
    spacy = sys.modules.get("spacy")
    return spacy is not None and not hasattr(spacy, "Language")


def _load_real(name: str) -> Any:
    """Drop the stand-ins, import the real ``spacy.cli`` and return its attribute *name*."""
    for stub in STUBS:
        module = sys.modules.get(stub)
        if module is not None and getattr(module, "__genderscan_stub__", False):
            del sys.modules[stub]
    real = importlib.import_module("spacy.cli")
    return getattr(real, name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's ``spacy.info``, imported when it is called."""
    return _load_real("info")(*args, **kwargs)


class _StubLoader(importlib.abc.Loader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = types.ModuleType(spec.name)
        module.__genderscan_stub__ = True  # type: ignore[attr-defined]
        if spec.name == "spacy.cli":
            module.__path__ = list(spec.submodule_search_locations or [])
            module.__getattr__ = _load_real  # type: ignore[method-assign]
        else:
            module.info = _info  # type: ignore[attr-defined]
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        return None


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in STUBS or not _spacy_initialising():
            return None
        if fullname == "spacy.cli":
            locations = [str(Path(entry) / "cli") for entry in (path or []) if (Path(entry) / "cli").is_dir()]
            if not locations:
                return None
            spec = importlib.machinery.ModuleSpec(fullname, _StubLoader(), is_package=True)
            spec.submodule_search_locations = locations
            return spec
        if not getattr(sys.modules.get("spacy.cli"), "__genderscan_stub__", False):
            return None
        return importlib.machinery.ModuleSpec(fullname, _StubLoader())


_FINDER = _Finder()


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once); a no-op when spaCy is already imported."""
    if "spacy" in sys.modules or _FINDER in sys.meta_path:
        return
    sys.meta_path.insert(0, _FINDER)


class _SelectedOnce:
    """catalogue's snapshot of the installed entry points, each group filtered once.

    catalogue (spaCy's and thinc's registries, srsly's msgpack decoders) takes
    ``importlib.metadata.entry_points()`` once, at its import, and filters it by
    group at every registry lookup: about 150 times when the trained pipeline
    loads (each weight array is a msgpack read), 0.05 s of CPU. The snapshot
    does not change, so neither does a group's selection; everything else is
    the snapshot's own.
    """

    def __init__(self, entry_points: Any) -> None:
        self._entry_points = entry_points
        self._selected: dict[tuple[tuple[str, Any], ...], Any] = {}

    def select(self, **params: Any) -> Any:
        key = tuple(sorted(params.items()))
        found = self._selected.get(key)
        if found is None:
            found = self._selected[key] = self._entry_points.select(**params)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._entry_points, name)


def remember_entry_points() -> None:
    """Let catalogue filter its entry points once per group (:class:`_SelectedOnce`), for the rest of this
    process: for a process of genderscan's own (the CLI's ``main``). Imports catalogue (spaCy does anyway)."""
    try:
        import catalogue
    except ImportError:  # pragma: no cover - a dependency of spaCy
        return
    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if found is None or isinstance(found, _SelectedOnce) or not hasattr(found, "select"):
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _SelectedOnce(found)
