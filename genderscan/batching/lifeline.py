"""Local workers end when the process that runs the batch (the client) ends, however it ends.

The workers fork from multiprocessing's forkserver, not from the client, so the kernel's
parent-death signal would tell them about the forkserver, not about the client; and they never
see the end of their task queue, because each holds a write end of it itself. Killed (SIGKILL, the
OOM killer), the client would leave them waiting, idle and each holding its pipeline, and with
them the forkserver and the resource tracker, which end only when the last process holding their
pipes does.

:func:`exit_with` gives a worker a thread that waits for the client to end (on a pidfd, where
Linux has them; else by polling) and then ends the worker at once: its document is not stored,
and a rerun analyses it again.
"""

from __future__ import annotations

import os
import select
import threading
import time

EXIT_STATUS = 143  # as if terminated: nothing was stored for the document it had


def exit_with(client: int) -> None:
    """End this process as soon as process *client* has ended (already ended: now)."""
    try:
        handle: int | None = os.pidfd_open(client)
    except ProcessLookupError:
        os._exit(EXIT_STATUS)
    except (AttributeError, OSError):  # no pidfd (not Linux, or before 5.3): poll
        handle = None
        if not _alive(client):
            os._exit(EXIT_STATUS)
    threading.Thread(target=_watch, args=(client, handle), name="genderscan-lifeline", daemon=True).start()


def _watch(client: int, handle: int | None) -> None:
    if handle is not None:
        select.select([handle], [], [])  # a pidfd is readable once its process has ended
    else:
        while _alive(client):
            time.sleep(0.5)
    os._exit(EXIT_STATUS)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True
