"""Shared CLI helpers: coded one-line errors, consoles, output streams that cannot fail on a character."""

from __future__ import annotations

import errno
import io
import os
import sys
import traceback

from rich.console import Console

from .. import errors
from ..errors import GenderscanError
from ..safetext import printable

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS)


def tolerate_encoding() -> None:
    """stdout and stderr write a character their encoding lacks as ``?`` instead of raising.

    A Windows console or a redirected output in cp1252 (``PYTHONIOENCODING=cp1252``) has no "→"; a report
    written before the summary must not end in UnicodeEncodeError and exit 2. Reports written to stdout
    (``-o -``) are UTF-8 bytes and do not pass through here."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def symbol(term: Console, fancy: str, plain: str) -> str:
    """*fancy* ("→") when the console's encoding can write it, else *plain* ("->")."""
    try:
        fancy.encode(term.encoding)
    except (UnicodeEncodeError, LookupError):
        return plain
    return fancy


def console(stderr: bool = False) -> Console:
    # no emoji codes either: a file name with ":thumbs_up:" is printed as it is
    return Console(stderr=stderr, no_color="NO_COLOR" in os.environ, highlight=False, emoji=False)


def markup_safe(text: object) -> str:
    """*text* for rich markup: no tags (``[/]``, ``[link=…]``) and no control characters (ESC) from a name."""
    from rich.markup import escape

    return escape(printable(text))


def report_error(exc: BaseException, debug: bool) -> None:
    """Print ``error CODE: message`` on one line, in the run's language (and the traceback with --debug)."""
    if debug:
        traceback.print_exception(exc)
    from .language import t
    from .messages import translated

    if isinstance(exc, GenderscanError):
        line = f"{t('error')} {exc.code}: {translated(exc.message, exc.code)}"
    elif isinstance(exc, OSError) and exc.errno in NO_ROOM:  # stdout on a full disk (> file, a pipe to one)
        line = f"{t('error')} {errors.OUTPUT_NOT_WRITABLE}: {t('no_room', reason=exc.strerror)}"
    else:
        line = f"{t('error')} GS-E000: {t('internal', error=f'{type(exc).__name__}: {exc}')}"
    print(printable(" ".join(line.split())), file=sys.stderr)
