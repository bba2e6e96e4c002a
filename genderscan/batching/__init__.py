"""Batches over many documents: resumable, parallel, into one SQLite results store.

    from genderscan import batch, load_results
    summary = batch(["corpus/"], db="genderscan.db", jobs=2)
    rows = load_results("genderscan.db")                 # plain dicts
    frame = load_results("genderscan.db", as_frame=True)  # pandas, when installed

Flow: inputs (files, folders, globs or a manifest CSV) are hashed one by one
in this process; contents already in the store for the same analysis key
(lexicon version plus non-default options) are skipped, duplicates are
linked to the first; the rest stream to an executor (local processes or
Dask) and every result is committed here, one transaction per document.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import ConfigError, InputError
from ..lexicon.schema import Lexicon
from ..settings import Options
from .inputs import Item, discover, read_manifest, sha256_of
from .store import Store

__all__ = ["batch", "load_results", "BatchSummary", "Options", "analysis_key", "default_jobs"]


@dataclass
class BatchSummary:
    """What a batch did; ``failures`` are (path, code, message)."""

    db: str
    key: str
    inputs: int = 0
    analysed: int = 0
    skipped: int = 0
    linked: int = 0
    pages: int = 0
    seconds: float = 0.0
    """From the call to the end: checks, worker start-up, analysis and storing."""
    max_worker_rss_mb: float = 0.0
    worker_startup_seconds: float = 0.0
    """Longest time a worker spent loading the pipeline and lexicon (included in *seconds*); with local
    workers, the time their forkserver spent building them, once."""
    worker_startup_cpu_seconds: float = 0.0
    """The CPU time of that."""
    worker_cpu_seconds: float = 0.0
    """CPU time the workers spent on the documents, all together."""
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    report: str | None = None

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def default_jobs() -> int:
    """Local workers when ``--jobs`` is not given: the cores this process may use that are free.

    The cores are those of the CPU affinity (a container or ``taskset`` may
    allow fewer than the machine has); the busy ones, the load average of
    the last minute. A worker more than the free cores only makes every
    worker slower (and costs its start-up); one is the least.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        busy = 0.0
    return max(1, min(cores, int(cores - busy + 0.5)))


def analysis_key(options: Options, lexicon: Lexicon | None = None) -> str:
    """What a stored result depends on: the lexicon version, plus the options that change results.
    *lexicon*: the one *options* load (:func:`genderscan.api.prepare`), when it is at hand."""
    if lexicon is None:
        from ..api import prepare

        lexicon = prepare(options)[0]
    from ..syntax import syntax_model

    model = syntax_model(options.model)
    # results of another parser are other results: the pipeline's name and version count, not only --model
    version = lexicon.version if model is None else f"{lexicon.version}@{model.name}-{model.version}"
    extra = options.analysis_values()
    if not extra:
        return version
    digest = hashlib.sha256(repr(sorted(extra.items())).encode()).hexdigest()[:8]
    return f"{version}+{digest}"


def _check_options(options: Options) -> Lexicon:
    """Lexicon, configuration and model errors, here, before any worker starts and nothing is stored;
    the lexicon the workers will use."""
    from ..api import prepare

    lexicon = prepare(options)[0]
    from ..syntax import syntax_model

    syntax_model(options.model)  # a pipeline that cannot load is one coded error, not a dead worker each
    if options.ocr:
        from ..ingest.ocr import tesseract

        tesseract()
    return lexicon


def _content_hash(path: Path) -> str:
    """The SHA-256 of a readable regular file, or a coded InputError."""
    if not path.is_file():
        code = errors.FILE_NOT_FOUND if not path.exists() else errors.NOT_A_FILE
        what = "file not found" if code == errors.FILE_NOT_FOUND else "not a regular file"
        raise InputError(f"{path}: {what}", code=code)
    try:
        return sha256_of(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})", code=errors.UNREADABLE_FILE) from exc


def _items(paths: Iterable[str], manifest: str | Path | None) -> list[Item]:
    items = read_manifest(manifest) if manifest else []
    if paths:
        items += [Item(p) for p in discover([str(p) for p in paths])]
    if not items:
        raise InputError("no documents given (paths or --manifest)", code=errors.FILE_NOT_FOUND)
    return items


def _read_by_the_run(items: list[Item], manifest: str | Path | None, db: str | Path, options: Options) -> list[Path]:
    """What an output of the batch must never replace: documents, manifest, store, lexicons, configuration."""
    config = [options.source.removesuffix(" [tool.genderscan]")] if options.source else []
    named = [*(str(i.path) for i in items), *([manifest] if manifest else []), db, *options.lexicon_paths, *config]
    return [Path(p) for p in named]


def batch(
    paths: Iterable[str | Path] = (),
    *,
    manifest: str | Path | None = None,
    db: str | Path = "genderscan.db",
    jobs: int | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    connect_timeout: float = 30.0,
    force: bool = False,
    options: Options | None = None,
    report: str | Path | None = None,
    progress: Callable[[int, int, int, float], None] | None = None,
) -> BatchSummary:
    """Analyse every input into the results store *db* and return a summary.

    *progress* is called after each input with (inputs done, total, pages
    analysed, seconds). A document that cannot be read is recorded with its
    error code and the batch goes on. Re-running skips what the store holds
    for the same analysis key (unless *force*); results of a run that was
    killed are kept, and only the missing documents are analysed.
    """
    started = time.perf_counter()
    options = options or Options()
    if executor not in ("local", "dask"):
        raise ConfigError(f"unknown executor '{executor}' (local or dask)", code=errors.BAD_OPTION)
    if jobs is None:
        jobs = default_jobs() if executor == "local" else (os.cpu_count() or 1)
    if jobs < 1:
        raise ConfigError("--jobs must be at least 1", code=errors.BAD_OPTION)
    items = _items([str(p) for p in paths], manifest)
    if executor == "dask":
        from .executors import DaskExecutor

        runner: Any = DaskExecutor(jobs, options, scheduler, connect_timeout)
    else:
        from .executors import LocalExecutor

        runner = LocalExecutor(jobs, options)
        runner.start()  # the workers' Analyzer is built while this process checks the options and hashes
    lexicon = _check_options(options)
    key = analysis_key(options, lexicon)
    read = _read_by_the_run(items, manifest, db, options)
    if report is not None:
        from ..report import refuse_inputs

        refuse_inputs(Path(report), read)  # now, not after the batch
    summary = BatchSummary(db=str(db), key=key, inputs=len(items))
    with Store(db) as store:
        done = {} if force else store.done(key)
        analysed_now: set[str] = set()
        waiting: dict[str, list[Item]] = {}  # content -> inputs that name it, while it is analysed
        finished = 0

        def tick() -> None:
            if progress is not None:
                progress(finished, len(items), summary.pages, time.perf_counter() - started)

        def tasks() -> Iterator:
            from .executors import Task

            nonlocal finished
            for item in items:
                try:
                    sha = _content_hash(item.path)
                except InputError as exc:
                    store.record_input(str(item.path), item.meta, None, key, (exc.code, exc.message))
                    summary.failures.append((str(item.path), exc.code, exc.message))
                    finished += 1
                    tick()
                    continue
                store.record_input(str(item.path), item.meta, sha, key, None)
                if sha in done:
                    if sha in analysed_now:
                        summary.linked += 1
                    else:
                        summary.skipped += 1
                    failure = done[sha]
                    if failure is not None:
                        summary.failures.append((str(item.path), *failure))
                    finished += 1
                    tick()
                elif sha in waiting:
                    waiting[sha].append(item)
                    summary.linked += 1
                else:
                    waiting[sha] = [item]
                    yield Task(sha, item.path)

        for task, result in runner.results(tasks()):
            store.save(task.sha256, key, str(task.path), result)
            done[task.sha256] = None if result["report_json"] is not None else (result["error_code"], result["error"])
            analysed_now.add(task.sha256)
            named_by = waiting.pop(task.sha256, [])
            summary.analysed += 1
            summary.pages += result.get("pages") or 0
            summary.max_worker_rss_mb = max(summary.max_worker_rss_mb, result.get("rss_mb") or 0.0)
            summary.worker_startup_seconds = max(summary.worker_startup_seconds, result.get("startup_seconds") or 0.0)
            summary.worker_startup_cpu_seconds = max(
                summary.worker_startup_cpu_seconds, result.get("startup_cpu_seconds") or 0.0
            )
            summary.worker_cpu_seconds += result.get("cpu_seconds") or 0.0
            if result["report_json"] is None:
                summary.failures.extend((str(i.path), result["error_code"], result["error"]) for i in named_by)
            finished += len(named_by)
            tick()
        summary.seconds = time.perf_counter() - started
        if report is not None:
            from .compare import write_comparison

            summary.report = str(write_comparison(store, key, Path(report), read, lang=options.lang, lexicon=lexicon))
    return summary


def load_results(db: str | Path, table: str = "documents", *, as_frame: bool = False, key: str | None = None):
    """The rows of an export table (documents, findings or measures) as plain dicts,
    or as a pandas DataFrame with *as_frame* (needs pandas)."""
    from .export import TABLES, table_rows
    from .store import open_existing

    if table not in TABLES:
        raise ConfigError(f"unknown table '{table}' (one of {', '.join(TABLES)})", code=errors.BAD_OPTION)
    with open_existing(db) as store:
        rows = table_rows(store, table, key)
    if not as_frame:
        return rows
    try:
        import pandas
    except ImportError as exc:
        raise ConfigError("as_frame=True needs pandas (pip install pandas)", code=errors.BAD_OPTION) from exc
    return pandas.DataFrame(rows)
