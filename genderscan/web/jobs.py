"""Scans of uploaded documents: one worker thread, one Analyzer, reports kept in memory for a while.

An upload is a job of one or more documents. The worker analyses them one
at a time (the Analyzer is loaded once and is not shared between threads)
and removes each uploaded file as soon as it has been read; a .docx input
is annotated in both languages first (the two Word files are kept in the
private folder, not in memory). What stays is the report's wire form
(``to_dict()``) with the sender's file name in place of the private path,
from which the page renders every format on request.
"""

from __future__ import annotations

import functools
import os
import queue
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GenderscanError
from ..lexicon.schema import LANGUAGES
from ..model import WORDING
from ..safetext import printable
from .uploads import Upload

MAX_JOBS = 50  # scans kept; the oldest go first
KEEP_SECONDS = 4 * 3600  # a scan's reports are dropped after this
MAX_WAITING = 40  # documents queued or running at most; a new upload waits for fewer (two full uploads)
CLOSE_SECONDS = 3.0  # how long stopping waits for the document being analysed
PREFIX = "genderscan-serve-"  # then the server's process id, so another server can tell a folder left behind


@dataclass
class Item:
    """One document of a scan."""

    name: str
    status: str = "queued"  # queued, running, done or error
    data: dict | None = None
    docx: dict[str, Path] = field(default_factory=dict)
    """The annotated Word file per language, kept on disk in the private folder (in memory, 50 scans of
    large Word files would hold gigabytes)."""
    error: GenderscanError | None = None
    seconds: float | None = None

    def to_dict(self) -> dict:
        # as the report shows them: control and bidirectional characters of a name as escapes
        out: dict[str, Any] = {"name": printable(self.name), "status": self.status, "seconds": self.seconds}
        if self.error is not None:
            out["error"] = {"code": self.error.code, "message": printable(self.error.message)}
        if self.data is not None:
            # as the report counts them: generic masculine wording apart from the assumptions about roles
            out["assumptions"] = sum(
                f["stance"] == "assertion" and f["category"] not in WORDING for f in self.data["findings"]
            )
            out["missing_measures"] = sum(m["status"] == "missing" for m in self.data["measures"])
            # an advice or guide commits to nothing itself: the page says so instead of counting missing measures
            out["advisory"] = bool(self.data.get("document", {}).get("advisory"))
            out["formats"] = ["html", "pdf", "md", "json", *(["docx"] if self.docx else [])]
        return out


@dataclass
class Job:
    id: str
    folder: Path
    items: list[Item]
    created: float = field(default_factory=time.monotonic)

    @property
    def finished(self) -> bool:
        return all(i.status in ("done", "error") for i in self.items)

    def to_dict(self) -> dict:
        return {"id": self.id, "finished": self.finished, "documents": [i.to_dict() for i in self.items]}


def renamed(value: Any, old: str, new: str) -> Any:
    """*value* (a report dict) with the private path *old* replaced by the display name *new* in every text."""
    if isinstance(value, str):
        return value.replace(old, new) if old in value else value
    if isinstance(value, dict):
        return {k: renamed(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [renamed(v, old, new) for v in value]
    return value


def internal(exc: BaseException) -> GenderscanError:
    """A one-line coded error for a fault of genderscan itself (the traceback is not shown)."""
    return GenderscanError(f"internal error: {type(exc).__name__} (please report it)")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def sweep(tmp: str | Path | None = None) -> list[Path]:
    """Remove the upload folders of servers that were killed (kill -9, a crash, a power cut), which
    nobody removed, with any document in them: this user's ``genderscan-serve-<pid>-…`` folders whose
    process is gone. POSIX only (on Windows ``os.kill`` would end the process it asks about)."""
    if os.name != "posix":
        return []
    removed = []
    for folder in Path(tmp or tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name[len(PREFIX) :].split("-", 1)[0]
        try:
            mine = not folder.is_symlink() and folder.is_dir() and folder.stat().st_uid == os.getuid()
        except OSError:
            continue
        if mine and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


class Jobs:
    """The scans of one server: a private folder (mode 0700) for uploads and one analysing thread.

    The thread is a daemon: stopping the server (Ctrl-C) waits CLOSE_SECONDS for the document being
    analysed, not the minutes a large one can take; the uploads are removed either way."""

    def __init__(self, analyzer: Any) -> None:
        self.analyzer = analyzer
        sweep()
        self.root = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))  # mode 0700
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._waiting = 0  # documents queued or running
        self._closed = False
        self._worker = threading.Thread(target=self._work, name="genderscan-analyse", daemon=True)
        self._worker.start()

    def busy(self) -> bool:
        """Whether MAX_WAITING documents are queued or running already (a new upload must wait)."""
        return self._waiting >= MAX_WAITING

    def _work(self) -> None:
        while (task := self._queue.get()) is not None:
            if not self._closed:
                task()

    def new_folder(self) -> tuple[str, Path]:
        """A fresh id and its private upload folder."""
        job_id = secrets.token_urlsafe(16)
        folder = self.root / job_id
        folder.mkdir(mode=0o700)
        return job_id, folder

    def start(self, job_id: str, folder: Path, uploads: list[Upload]) -> Job:
        """Queue the accepted *uploads* (a refused one is an error item at once)."""
        items = [Item(u.name, "error", error=u.error) if u.path is None else Item(u.name) for u in uploads]
        job = Job(job_id, folder, items)
        with self._lock:
            self._expire()
            self._jobs[job_id] = job
        for item, upload in zip(items, uploads, strict=True):
            if upload.path is not None:
                with self._lock:
                    self._waiting += 1
                self._queue.put(functools.partial(self._analyse, job, item, upload.path))
        if job.finished:
            self._remove_folder(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def drop(self, job_id: str) -> bool:
        with self._lock:
            job = self._jobs.pop(job_id, None)
        if job is not None:
            self._remove_folder(job)
            self._forget_files(job)
        return job is not None

    def close(self) -> None:
        """Stop the worker (queued documents are not analysed; the one being analysed is waited for
        CLOSE_SECONDS at most) and remove every upload."""
        self._closed = True
        self._queue.put(None)
        self._worker.join(timeout=CLOSE_SECONDS)
        shutil.rmtree(self.root, ignore_errors=True)

    def _expire(self) -> None:
        now = time.monotonic()
        old = [j for j in self._jobs.values() if j.finished and now - j.created > KEEP_SECONDS]
        done = sorted((j for j in self._jobs.values() if j.finished), key=lambda j: j.created)
        old += done[: max(0, len(self._jobs) - MAX_JOBS + 1)]
        for job in old:
            self._jobs.pop(job.id, None)
            self._forget_files(job)

    @staticmethod
    def _forget_files(job: Job) -> None:
        for item in job.items:
            for kept in item.docx.values():
                kept.unlink(missing_ok=True)

    def _analyse(self, job: Job, item: Item, path: Path) -> None:
        from ..report.annotate import annotate_docx
        from ..report.localise import localise

        item.status = "running"
        started = time.monotonic()
        try:
            report = self.analyzer.analyse(path, name=item.name)
            data = renamed(report.to_dict(), str(path), item.name)
            if path.suffix == ".docx":
                n = job.items.index(item)
                for lang in LANGUAGES:
                    kept = self.root / f"{job.id}.{n}.{lang}.docx"  # beside the job's folder, which goes
                    kept.write_bytes(annotate_docx(path, localise(data, self.analyzer.lexicon, lang)))
                    item.docx[lang] = kept
            item.data, item.status = data, "done"
        except GenderscanError as exc:
            item.error = GenderscanError(renamed(exc.message, str(path), item.name), code=exc.code)
            item.status = "error"
        except Exception as exc:  # one document's fault must not stop the worker
            item.error, item.status = internal(exc), "error"
        finally:
            item.seconds = round(time.monotonic() - started, 1)
            path.unlink(missing_ok=True)
            with self._lock:
                self._waiting -= 1
            if job.finished:
                self._remove_folder(job)

    @staticmethod
    def _remove_folder(job: Job) -> None:
        shutil.rmtree(job.folder, ignore_errors=True)
