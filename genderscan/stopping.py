"""Stopping a run on SIGTERM, SIGHUP or Ctrl-C, at a point where stopping is safe.

The command line's handler (:func:`terminated`) ends a run as Ctrl-C does: it raises
``SystemExit(128 + signal)`` wherever the main thread is, so the exception unwinds the run and a
half-written file is removed. While a local batch waits for its workers, that is not safe: raised
between two bytecodes of :mod:`concurrent.futures` (while ``wait`` takes the futures' locks one by
one), the exception left a future's lock held, the pool's manager thread waited for it for ever,
and the stopped batch never ended (seen once in CI, under load). Inside :func:`deferred` the
handler (and Ctrl-C) only record the signal, and the loop stops at its next :func:`check`, at the
latest when the block ends. A second signal ends the process at once, as before.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_depth = 0
_pending: list[int] = []


def terminated(signum: int, frame: Any) -> None:
    """The handler of SIGTERM and SIGHUP of a genderscan process: exit status 128 + the signal (143,
    129). Inside :func:`deferred`, the stop waits for the next :func:`check`."""
    signal.signal(signum, signal.SIG_DFL)  # a second one ends the process at once
    if _depth:
        _pending.append(signum)
        return
    raise SystemExit(128 + signum)


def _interrupted(signum: int, frame: Any) -> None:
    signal.signal(signum, signal.default_int_handler)  # a second Ctrl-C raises at once
    _pending.append(signum)


def check() -> None:
    """Stop now if a signal asked for it inside :func:`deferred`: KeyboardInterrupt for Ctrl-C,
    else ``SystemExit(128 + signal)``."""
    if not _pending:
        return
    signum = _pending[0]
    _pending.clear()
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise SystemExit(128 + signum)


@contextmanager
def deferred() -> Iterator[None]:
    """A block in which SIGTERM, SIGHUP (when :func:`terminated` handles them) and Ctrl-C only ask to
    stop; the block calls :func:`check` where stopping is safe, and a stop still pending when it
    ends is raised then."""
    global _depth
    own_interrupt = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
    if own_interrupt:
        signal.signal(signal.SIGINT, _interrupted)
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if own_interrupt and signal.getsignal(signal.SIGINT) is _interrupted:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    check()
