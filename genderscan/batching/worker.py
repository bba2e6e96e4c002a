"""The per-document function every executor runs, and the worker's pipeline cache.

A worker process (local or on a Dask cluster) builds the Analyzer once per
set of options and keeps it; each call reads one document and returns a
plain dict (picklable): the report as JSON text plus its table rows, or the
error code and message. Local workers fork from a forkserver that built the
Analyzer for the batch's options already (:func:`warm`), so they start with it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..errors import GenderscanError
from ..settings import Options
from .store import packed

_ANALYZERS: dict[Options, Any] = {}
_STARTUP: list[tuple[float, float]] = []  # (wall, CPU) seconds this process spent building, reported once


def analyzer_for(options: Options):
    """This process's Analyzer for *options* (built on first use)."""
    found = _ANALYZERS.get(options)
    if found is None:
        from ..api import Analyzer

        start, cpu = time.perf_counter(), time.process_time()
        found = _ANALYZERS[options] = Analyzer(options=options)
        _STARTUP.append((time.perf_counter() - start, time.process_time() - cpu))
    return found


WARM_ENV = "GENDERSCAN_BATCH_OPTIONS"
"""The environment variable that hands a forkserver the batch's options (:func:`options_text`)."""


def options_text(options: Options) -> str:
    """*options* as JSON text, for a process that is started rather than forked."""
    return json.dumps(dataclasses.asdict(options))


def options_from_text(text: str) -> Options:
    """The Options of :func:`options_text` (equal to the original)."""

    def frozen(value: Any) -> Any:
        return tuple(frozen(v) for v in value) if isinstance(value, list) else value

    return Options(**{k: frozen(v) for k, v in json.loads(text).items()})


def warm(options: Options) -> None:
    """Everything a worker needs for *options*, built before workers fork and share it: the
    Analyzer and the syntax model. (Not all the tokenizer's special cases: looking for the ones a
    document needs costs less, until a worker has seen a million characters.)"""
    analyzer = analyzer_for(options)
    start, cpu = time.perf_counter(), time.process_time()
    syntax = getattr(analyzer, "syntax", None)
    if syntax is not None:
        syntax.nlp()
    _STARTUP.append((time.perf_counter() - start, time.process_time() - cpu))


def warm_from_environment() -> None:
    """:func:`warm` for the options in :data:`WARM_ENV`, if any. Never raises: a worker builds
    what is missing itself, and reports what is wrong."""
    text = os.environ.get(WARM_ENV)
    if not text:
        return
    try:
        warm(options_from_text(text))
    except Exception:  # a warm-up only: the forkserver must not die of it
        _ANALYZERS.clear()
        _STARTUP.clear()


def _rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _analyse(path: str, options: Options, name: str | None = None) -> dict[str, Any]:
    """Analyse one document into a stored result (see :func:`~genderscan.batching.store.packed`),
    reporting it as *name*; never raises for a bad document (the error is the result)."""
    start, cpu = time.perf_counter(), time.process_time()
    try:
        report = analyzer_for(options).analyse(path, name=name).to_dict()
        if name is not None:
            report = _renamed(report, path, name)
        result: dict[str, Any] = packed(report)
    except GenderscanError as exc:
        message = exc.message if name is None else exc.message.replace(path, name)
        result = {"report_json": None, "error_code": exc.code, "error": message, "pages": 0}
    except Exception as exc:  # an internal error must not end the batch; it is recorded and retried on a rerun
        result = {
            "report_json": None,
            "error_code": "GS-E000",
            "error": f"internal error: {type(exc).__name__}: {exc}",
            "pages": 0,
        }
    result["seconds"] = time.perf_counter() - start
    result["cpu_seconds"] = time.process_time() - cpu
    result["rss_mb"] = _rss_mb()
    result["startup_seconds"] = sum(wall for wall, _ in _STARTUP)
    result["startup_cpu_seconds"] = sum(used for _, used in _STARTUP)
    _STARTUP.clear()
    return result


def analyse_path(path: str, options: Options) -> dict[str, Any]:
    """Analyse a document this process can read."""
    return _analyse(path, options)


def analyse_bytes(name: str, data: bytes, options: Options) -> dict[str, Any]:
    """Analyse a document sent as bytes (a cluster worker need not see the client's files)."""
    with tempfile.TemporaryDirectory(prefix="genderscan-") as tmp:
        target = Path(tmp) / Path(name).name
        target.write_bytes(data)
        return _analyse(str(target), options, name)


def _renamed(value: Any, old: str, new: str) -> Any:
    """*value* with every string equal to *old* (the temporary path) replaced by *new*."""
    if isinstance(value, dict):
        return {k: _renamed(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, old, new) for v in value]
    return new if value == old else value
