"""Scans of uploaded documents: one worker thread, one Analyzer, reports kept in memory for a while.

An upload is a job of one or more documents. The worker analyses them one
at a time (the Analyzer is loaded once and is not shared between threads)
and removes each uploaded file as soon as it has been read; a .docx input
is annotated in both languages first. What stays is the report's wire form
(``to_dict()``) with the sender's file name in place of the private path,
from which the page renders every format on request.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GenderscanError
from ..lexicon.schema import LANGUAGES
from .uploads import Upload

MAX_JOBS = 50  # scans kept; the oldest go first
KEEP_SECONDS = 4 * 3600  # a scan's reports are dropped after this


@dataclass
class Item:
    """One document of a scan."""

    name: str
    status: str = "queued"  # queued, running, done or error
    data: dict | None = None
    docx: dict[str, bytes] = field(default_factory=dict)
    error: GenderscanError | None = None
    seconds: float | None = None

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"name": self.name, "status": self.status, "seconds": self.seconds}
        if self.error is not None:
            out["error"] = {"code": self.error.code, "message": self.error.message}
        if self.data is not None:
            out["assumptions"] = sum(f["stance"] == "assertion" for f in self.data["findings"])
            out["missing_measures"] = sum(m["status"] == "missing" for m in self.data["measures"])
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


class Jobs:
    """The scans of one server: a private folder (mode 0700) for uploads and one analysing thread."""

    def __init__(self, analyzer: Any) -> None:
        self.analyzer = analyzer
        self.root = Path(tempfile.mkdtemp(prefix="genderscan-serve-"))  # mode 0700
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="genderscan-analyse")

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
                self._worker.submit(self._analyse, job, item, upload.path)
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
        return job is not None

    def close(self) -> None:
        """Stop the worker (queued documents are not analysed) and remove every upload."""
        self._worker.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def _expire(self) -> None:
        now = time.monotonic()
        old = [j for j in self._jobs.values() if j.finished and now - j.created > KEEP_SECONDS]
        done = sorted((j for j in self._jobs.values() if j.finished), key=lambda j: j.created)
        old += done[: max(0, len(self._jobs) - MAX_JOBS + 1)]
        for job in old:
            self._jobs.pop(job.id, None)

    def _analyse(self, job: Job, item: Item, path: Path) -> None:
        from ..report.annotate import annotate_docx
        from ..report.localise import localise

        item.status = "running"
        started = time.monotonic()
        try:
            report = self.analyzer.analyse(path, name=item.name)
            data = renamed(report.to_dict(), str(path), item.name)
            if path.suffix == ".docx":
                item.docx = {
                    lang: annotate_docx(path, localise(data, self.analyzer.lexicon, lang)) for lang in LANGUAGES
                }
            item.data, item.status = data, "done"
        except GenderscanError as exc:
            item.error = GenderscanError(renamed(exc.message, str(path), item.name), code=exc.code)
            item.status = "error"
        except Exception as exc:  # one document's fault must not stop the worker
            item.error, item.status = internal(exc), "error"
        finally:
            item.seconds = round(time.monotonic() - started, 1)
            path.unlink(missing_ok=True)
            if job.finished:
                self._remove_folder(job)

    @staticmethod
    def _remove_folder(job: Job) -> None:
        shutil.rmtree(job.folder, ignore_errors=True)
