"""Security of every answer: who may ask (host, origin) and the headers that limit what a page may do."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# A report: its own inline CSS and pictures, no script, shown only inside the page.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'self'"
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]


def host_name(host: str) -> str:
    """The name of a Host header without its port (``[::1]:8000`` → ``::1``)."""
    return (urlsplit(f"//{host}").hostname or "").lower()


class Guard:
    """ASGI middleware: on a local server only requests for this computer's names are answered (no DNS
    rebinding), a request that changes something must come from the page itself (no cross-site upload),
    and every answer gets a Content-Security-Policy (unless it has its own), nosniff and no-store."""

    def __init__(self, app: ASGIApp, *, local: bool = True) -> None:
        self.app, self.local = app, local

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if self.local and host_name(host) not in LOCAL_NAMES:
            await _refuse(send, 421, "this server answers only on 127.0.0.1 and localhost")
            return
        origin = headers.get("origin")
        foreign = origin is not None and urlsplit(origin).netloc != host
        # a browser that sends no Origin still says where a request comes from (Fetch Metadata)
        foreign = foreign or headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none")
        if scope["method"] not in ("GET", "HEAD") and foreign:
            await _refuse(send, 403, "requests from other sites are refused")
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [*HEADERS, (b"cache-control", b"no-store")]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", PAGE_CSP.encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, secured)


async def _refuse(send: Send, status: int, text: str) -> None:
    body = text.encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": [*headers, *HEADERS]})
    await send({"type": "http.response.body", "body": body})
