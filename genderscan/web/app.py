"""The Starlette application of ``genderscan serve``: the page, the upload, the status and the reports.

Routes (all answers of /api are JSON, or the report itself)::

    GET    /                         the page (?lang=en for English)
    POST   /api/jobs                 multipart upload of ``files`` (and ``lang``): a new scan
    GET    /api/jobs/{id}            the scan's progress: each document queued, running, done or error
    DELETE /api/jobs/{id}            forget the scan
    GET    /api/jobs/{id}/{n}/view   document n's HTML report, to show in the page
    GET    /api/jobs/{id}/{n}/{fmt}  document n's report as a download: html, pdf, md, json or docx

Errors are ``{"error": {"code": "GS-E…", "message": …}}``, never a traceback.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__, errors
from ..errors import GenderscanError, InputError
from ..lexicon.schema import LANGUAGES
from ..safetext import printable
from .guard import REPORT_CSP, Guard
from .jobs import MAX_WAITING, Item, Job, Jobs, internal
from .texts import TEXTS
from .uploads import FRAMING, receive, too_large

HERE = Path(__file__).resolve().parent
MEDIA = {
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def error(exc: GenderscanError, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": {"code": exc.code, "message": exc.message}}, status_code=status)


def attachment(name: str) -> str:
    """A Content-Disposition for *name*: an ASCII stand-in and the exact name percent-encoded (RFC 6266)."""
    plain = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "genderscan"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


def download_name(item: Item, fmt: str) -> str:
    """The name ``genderscan analyse`` would write: ``nota.pdf.html``, ``nota.genderscan.docx`` (control and
    bidirectional characters as escapes, as in the report)."""
    name = printable(item.name)
    if fmt == "docx":
        return f"{name.rsplit('.', 1)[0]}.genderscan.docx"
    return f"{name}.{fmt}"


class Site:
    """The routes, over one Analyzer and the settings the command gave."""

    def __init__(self, analyzer: Any, *, max_mb: float, lang: str = "nl", local: bool = True) -> None:
        from ..report.templating import environment

        self.analyzer, self.max_mb, self.lang, self.local = analyzer, max_mb, lang, local
        self.jobs: Jobs | None = None
        self.pdf = _can_render_pdf()
        env = environment(autoescape=True)
        self.page_template = env.from_string((HERE / "page.html.j2").read_text(encoding="utf-8"))

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.jobs = Jobs(self.analyzer)
        try:
            yield
        finally:
            self.jobs.close()

    def language(self, request: Request) -> str:
        lang = request.query_params.get("lang", self.lang)
        return lang if lang in LANGUAGES else self.lang

    async def page(self, request: Request) -> Response:
        lang = self.language(request)
        texts = TEXTS[lang]
        html = self.page_template.render(
            lang=lang,
            other="en" if lang == "nl" else "nl",
            t=texts,
            max_mb=f"{self.max_mb:g}",
            local=self.local,
            version=__version__,
            accept=",".join(sorted(_suffixes())),
        )
        return HTMLResponse(html)

    async def upload(self, request: Request) -> Response:
        assert self.jobs is not None
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_mb * 1024 * 1024 + FRAMING:  # refused before a byte is read
            return error(too_large(self.max_mb), 413)
        if self.jobs.busy():  # a flood of uploads would fill the disk while they wait
            busy = InputError(
                f"the server is busy with {MAX_WAITING} documents; try again later", code=errors.BAD_UPLOAD
            )
            return error(busy, 503)
        job_id, folder = self.jobs.new_folder()
        try:
            received = await receive(request.headers.get("content-type", ""), request.stream(), folder, self.max_mb)
            if not received.uploads:
                raise InputError("the upload holds no file", code=errors.BAD_UPLOAD)
        except GenderscanError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return error(exc, 413 if exc.code == errors.FILE_TOO_LARGE else 400)
        except Exception as exc:  # a broken connection, a full disk: one coded line, the folder removed
            shutil.rmtree(folder, ignore_errors=True)
            return error(internal(exc), 500)
        job = self.jobs.start(job_id, folder, received.uploads)
        return JSONResponse(self.shown(job), status_code=201)

    def shown(self, job: Job) -> dict:
        """The scan's status; without a PDF renderer (WeasyPrint or Chromium) no PDF is offered."""
        out = job.to_dict()
        if not self.pdf:
            for doc in out["documents"]:
                if "formats" in doc:
                    doc["formats"] = [f for f in doc["formats"] if f != "pdf"]
        return out

    def _job(self, request: Request):
        assert self.jobs is not None
        job = self.jobs.get(request.path_params["job"])
        if job is None:
            raise LookupError
        return job

    async def status(self, request: Request) -> Response:
        try:
            return JSONResponse(self.shown(self._job(request)))
        except LookupError:
            return _gone()

    async def forget(self, request: Request) -> Response:
        assert self.jobs is not None
        return Response(status_code=204) if self.jobs.drop(request.path_params["job"]) else _gone()

    def _item(self, request: Request) -> Item:
        job = self._job(request)
        n = request.path_params["n"]
        if not 0 <= n < len(job.items) or job.items[n].data is None:
            raise LookupError
        return job.items[n]

    def render(self, item: Item, fmt: str, lang: str) -> str | bytes:
        from ..report import FORMATTERS
        from ..report.localise import localise

        if fmt == "docx":
            return item.docx[lang].read_bytes()
        assert item.data is not None
        data = localise(item.data, self.analyzer.lexicon, lang)
        if fmt == "pdf":
            from ..report.pdf import html_to_pdf

            return html_to_pdf(FORMATTERS["html"].render(data))
        return FORMATTERS[fmt].render(data)

    async def view(self, request: Request) -> Response:
        try:
            item = self._item(request)
        except LookupError:
            return _gone()
        try:
            html = await run_in_threadpool(self.render, item, "html", self.language(request))
        except Exception as exc:  # a fault of genderscan: one coded line, not a traceback
            return error(internal(exc), 500)
        return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})

    async def download(self, request: Request) -> Response:
        fmt = request.path_params["fmt"]
        try:
            item = self._item(request)
            if fmt not in MEDIA or (fmt == "docx" and not item.docx):
                raise LookupError
        except LookupError:
            return _gone()
        try:
            body = await run_in_threadpool(self.render, item, fmt, self.language(request))
        except GenderscanError as exc:  # no PDF renderer (GS-E402)
            return error(exc, 503)
        except Exception as exc:
            return error(internal(exc), 500)
        headers = {"Content-Disposition": attachment(download_name(item, fmt))}
        if fmt == "html":
            headers["Content-Security-Policy"] = REPORT_CSP
        return Response(body, media_type=MEDIA[fmt], headers=headers)


def _suffixes() -> list[str]:
    from ..ingest import supported_suffixes

    return supported_suffixes()


def _can_render_pdf() -> bool:
    from ..report.pdf import renderer

    try:
        renderer()
    except GenderscanError:
        return False
    return True


def _gone() -> JSONResponse:
    return error(
        InputError("no such scan or document (a scan is kept for a few hours)", code=errors.FILE_NOT_FOUND), 404
    )


def create_app(analyzer: Any, *, max_mb: float, lang: str = "nl", local: bool = True) -> Starlette:
    """The ASGI application over *analyzer*; *local*: only requests addressed to this computer's own names."""
    site = Site(analyzer, max_mb=max_mb, lang=lang, local=local)
    routes = [
        Route("/", site.page),
        Route("/api/jobs", site.upload, methods=["POST"]),
        Route("/api/jobs/{job}", site.status),
        Route("/api/jobs/{job}", site.forget, methods=["DELETE"]),
        Route("/api/jobs/{job}/{n:int}/view", site.view),
        Route("/api/jobs/{job}/{n:int}/{fmt}", site.download),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(Guard, local=local)], lifespan=site.lifespan)
    app.state.site = site
    return app
