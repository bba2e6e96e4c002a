"""Executors: where the per-document function runs.

Both take an iterable of tasks and yield ``(task, result)`` as documents
finish, keeping only a bounded number in flight, so documents are streamed
to the workers rather than all read first. The caller (the client) writes
the results store; workers only analyse.

* ``local``: worker processes on this machine (``concurrent.futures``),
  forked from a forkserver that loaded the pipeline and lexicon once, while
  the client reads the lexicon and hashes the inputs (:meth:`LocalExecutor.start`).
  A worker that dies (killed, out of memory) fails only the documents it
  had; the pool is rebuilt. Workers end when the client ends, however it ends
  (:mod:`.lifeline`); a client that is stopped ends its workers at once.
* ``dask``: the same function on a Dask cluster (``dask.distributed``):
  the scheduler at ``--scheduler``, or a LocalCluster started here.
  Documents are sent as bytes, so workers need not share the filesystem.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import errors, stopping
from ..errors import ConfigError
from .lifeline import exit_with
from .worker import WARM_ENV, Options, analyse_bytes, analyse_path, analyzer_for, options_text

WARM_MODULE = "genderscan.batching._forkserver"
POLL_SECONDS = 0.2
"""How long the client waits for a result before it looks whether it was asked to stop."""


@dataclass(frozen=True)
class Task:
    sha256: str
    path: Path


def _crashed(message: str) -> dict[str, Any]:
    return {"report_json": None, "error_code": "GS-E000", "error": message, "pages": 0, "seconds": 0.0, "rss_mb": None}


def _warm(options: Options, client: int) -> None:
    """Worker initialiser: end with the *client* process, and build the pipeline before the first document
    arrives."""
    exit_with(client)
    analyzer_for(options)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now: their documents will not be stored (the batch was stopped), so waiting for
    them would only delay the end (concurrent.futures has no public call for this before Python 3.14)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


class LocalExecutor:
    def __init__(self, jobs: int, options: Options, function=analyse_path) -> None:
        """*function* (path, options) -> result runs in the workers: :func:`analyse_path`."""
        self.jobs = max(1, jobs)
        self.options = options
        self.function = function

    @staticmethod
    def _method() -> str:
        # forkserver: workers start from a clean process, not a fork of one running threads (the progress bar)
        return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"

    def start(self) -> None:
        """Start the forkserver now, building the Analyzer for the options while the caller goes on.

        The forkserver is one per process: when one runs already (an earlier
        batch), it stays, and workers build what it lacks themselves.
        """
        if self._method() != "forkserver":
            return
        from multiprocessing import forkserver

        server = getattr(forkserver, "_forkserver", None)
        preload = list(getattr(server, "_preload_modules", None) or [])
        forkserver.set_forkserver_preload([*preload, *([WARM_MODULE] if WARM_MODULE not in preload else [])])
        before = os.environ.get(WARM_ENV)
        os.environ[WARM_ENV] = options_text(self.options)
        try:
            forkserver.ensure_running()
        except (OSError, RuntimeError):  # no forkserver now: the pool starts one, workers build their own
            pass
        finally:
            if before is None:
                del os.environ[WARM_ENV]
            else:
                os.environ[WARM_ENV] = before

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.jobs,
            mp_context=multiprocessing.get_context(self._method()),
            initializer=_warm,
            initargs=(self.options, os.getpid()),
        )

    def results(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, dict[str, Any]]]:
        """Results as documents finish. A stop (SIGTERM, Ctrl-C) is taken only between waits
        (:mod:`genderscan.stopping`): raised inside concurrent.futures it could leave a lock held and
        the pool waiting for ever."""
        todo = iter(tasks)
        window = 2 * self.jobs
        pool = self._pool()
        pending: dict[Any, Task] = {}
        try:
            with stopping.deferred():
                while True:
                    stopping.check()
                    while len(pending) < window:
                        task = next(todo, None)
                        if task is None:
                            break
                        pending[pool.submit(self.function, str(task.path), self.options)] = task
                    if not pending:
                        return
                    done, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                    stopping.check()
                    broken = False
                    for fut in done:
                        task = pending.pop(fut)
                        try:
                            yield task, fut.result()
                        except BrokenProcessPool:
                            broken = True
                            yield (
                                task,
                                _crashed(
                                    "a worker process died while analysing this document (out of memory or killed)"
                                ),
                            )
                    if broken:
                        for task in list(pending.values()):
                            yield task, _crashed("a worker process died while this document was queued")
                        pending.clear()
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = self._pool()
        except BaseException:  # stopped: SIGTERM or Ctrl-C, the store cannot be written, the caller stopped
            _stop(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    def __init__(
        self, jobs: int, options: Options, scheduler: str | None = None, connect_timeout: float = 30.0
    ) -> None:
        try:
            import dask.distributed  # noqa: F401
        except ImportError as exc:
            raise ConfigError(
                "--executor dask needs dask.distributed: pip install 'genderscan[dask]'", code=errors.BAD_OPTION
            ) from exc
        self.jobs = max(1, jobs)
        self.options = options
        self.scheduler = scheduler
        self.connect_timeout = connect_timeout

    def results(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, dict[str, Any]]]:
        from dask.distributed import Client, LocalCluster, as_completed

        cluster = None
        try:
            if self.scheduler:
                client = Client(self.scheduler, timeout=f"{self.connect_timeout}s")
            else:
                cluster = LocalCluster(
                    n_workers=self.jobs, threads_per_worker=1, processes=True, dashboard_address=None
                )
                client = Client(cluster)
        except (OSError, TimeoutError, ValueError) as exc:
            if cluster is not None:
                cluster.close()
            where = self.scheduler or "a local cluster"
            raise ConfigError(
                f"cannot connect to the Dask scheduler at {where}: {exc}", code=errors.BAD_OPTION
            ) from exc
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})) or self.jobs)
            todo = iter(tasks)
            pending: dict[Any, Task] = {}
            running = as_completed()

            def submit() -> bool:
                task = next(todo, None)
                if task is None:
                    return False
                fut = client.submit(analyse_bytes, str(task.path), task.path.read_bytes(), self.options, pure=False)
                pending[fut] = task
                running.add(fut)
                return True

            for _ in range(2 * workers):
                if not submit():
                    break
            for fut in running:
                task = pending.pop(fut)
                try:
                    result = fut.result()
                except Exception as exc:  # a worker lost or a failure outside analyse_bytes
                    result = _crashed(f"the Dask task failed: {type(exc).__name__}: {exc}")
                fut.release()
                yield task, result
                submit()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
