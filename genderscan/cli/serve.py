"""``genderscan serve``: the web page for advisers (upload, progress, report, downloads)."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import errors
from ..errors import ConfigError, GenderscanError
from . import options as o
from ._util import EXIT_ERROR, console, markup_safe, report_error
from .language import t


def serve_cli(
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Address to listen on; anything other than 127.0.0.1/localhost opens it to the network."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open the page in the browser.")] = False,
    model: o.Model = None,
    lexicon: o.Lexicon = None,
    domain: o.Domain = None,
    pdf_engine: o.PdfEngine = None,
    ocr: o.Ocr = False,
    max_size: o.MaxSize = None,
    disable: o.Disable = None,
    lang: o.Lang = None,
    config: o.ConfigFile = None,
    debug: o.Debug = False,
) -> None:
    from ..api import Analyzer
    from ..web import is_local, listen, page_url, serve

    term = console(stderr=True)
    try:
        if not 0 <= port < 65536:
            raise ConfigError(f"--port {port}: expected 0 (any free port) to 65535", code=errors.BAD_OPTION)
        options = o.resolve(
            config,
            model=model,
            lexicon_paths=lexicon,
            domain=domain,
            disable=disable,
            pdf_engine=pdf_engine,
            max_mb=max_size,
            ocr=ocr,
            lang=lang,
        )
        try:
            sock = listen(host, port)
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {host}:{port} ({exc.strerror or exc})", code=errors.BAD_OPTION
            ) from exc
        term.print(t("serve_loading"))
        analyzer = Analyzer(options=options)
    except GenderscanError as exc:
        report_error(exc, debug)
        raise typer.Exit(EXIT_ERROR) from None
    if not is_local(host):
        term.print(t("serve_open", host=markup_safe(host)))
    term.print(t("serve_running", url=page_url(host, sock.getsockname()[1])))
    serve(analyzer, sock, lang=options.lang, open_browser=not no_browser)
