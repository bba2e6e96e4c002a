"""A stop asked for inside :func:`genderscan.stopping.deferred` waits for a safe point (a local batch's
results loop): raised inside concurrent.futures it once left a lock held and the batch hanging."""

from __future__ import annotations

import os
import signal

import pytest

from genderscan import stopping


@pytest.fixture
def handlers():
    """SIGTERM handled as the command line handles it; every handler restored afterwards."""
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    signal.signal(signal.SIGTERM, stopping.terminated)
    yield
    for s, handler in saved.items():
        signal.signal(s, handler)
    stopping._pending.clear()


def test_sigterm_outside_a_deferred_block_stops_at_once(handlers):
    with pytest.raises(SystemExit) as stopped:
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs between two bytecodes
            pass
    assert stopped.value.code == 143
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # a second one ends the process


def test_sigterm_inside_waits_for_check_and_a_pending_stop_is_raised_when_the_block_ends(handlers):
    reached = []
    with pytest.raises(SystemExit) as stopped:
        with stopping.deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):
                pass
            reached.append("after the signal")
    assert reached == ["after the signal"] and stopped.value.code == 143
    with stopping.deferred():  # nothing pending any more
        stopping.check()


def test_ctrl_c_inside_is_raised_by_check_and_the_default_handler_comes_back(handlers):
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with stopping.deferred():
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):
            pass
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # a second Ctrl-C: at once
        with pytest.raises(KeyboardInterrupt):
            stopping.check()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    with stopping.deferred():
        assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
