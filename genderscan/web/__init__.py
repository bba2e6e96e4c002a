"""``genderscan serve``: a local web page over the library (Starlette, served by uvicorn).

:func:`create_app` builds the ASGI application over one loaded Analyzer;
:func:`serve` runs it. The CLI command only parses options and calls these.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import webbrowser
from collections.abc import Iterator
from typing import Any

from .app import create_app
from .guard import LOCAL_NAMES

__all__ = ["create_app", "is_local", "listen", "page_url", "running", "serve"]
GRACE = 5
"""Seconds Ctrl-C waits for open requests (an upload a slow client is still sending) before it stops them."""


def is_local(host: str) -> bool:
    """True when *host* is reachable from this computer only."""
    return host.strip("[]").lower() in LOCAL_NAMES


def page_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to *host* and *port* (0: a free one); OSError when that is taken or not allowed."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host.strip("[]"), port), family=family)


@contextlib.contextmanager
def running(app: Any, sock: socket.socket) -> Iterator[str]:
    """Serve *app* on *sock* in a thread for the duration of the block; yields the page's URL
    (for tests, screenshots and programs that embed the page)."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=GRACE))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(400):
            if server.started or not thread.is_alive():
                break
            time.sleep(0.025)
        if not server.started:
            raise RuntimeError("the server did not start")
        yield page_url(*sock.getsockname()[:2])
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def serve(analyzer: Any, sock: socket.socket, *, lang: str = "nl", open_browser: bool = True) -> None:
    """Serve the page on *sock* until Ctrl-C; open it in the browser once the server listens."""
    import uvicorn

    host, port = sock.getsockname()[:2]
    app = create_app(analyzer, max_mb=analyzer.options.max_mb, lang=lang, local=is_local(host))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=GRACE))
    if open_browser:
        url = page_url(host, port) + ("?lang=en" if lang == "en" else "")

        def opener() -> None:
            for _ in range(200):
                if server.started:
                    webbrowser.open(url)
                    return
                time.sleep(0.05)

        threading.Thread(target=opener, daemon=True).start()
    server.run(sockets=[sock])
