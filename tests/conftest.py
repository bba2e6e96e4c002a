"""Shared fixtures: one Analyzer per session and builders for real PDF/DOCX files."""

from __future__ import annotations

import atexit
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))
# The processes tests start speak English whatever the machine's locale (under C or POSIX, as on CI,
# genderscan speaks Dutch); a test of the default language removes this for its own run.
os.environ["GENDERSCAN_LANG"] = "en"
# The lexicon cache of this session (and of the processes it starts) lives in a folder of its own, not the user's.
_CACHE = tempfile.mkdtemp(prefix="genderscan-test-cache-")
os.environ["GENDERSCAN_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)


def _start_warm_forkserver() -> None:
    """Start this session's multiprocessing forkserver now, with spaCy and the pipeline loaded (_forkserver_warm).

    The batch tests start many worker processes (concurrent.futures, Dask's LocalCluster), each forked from
    the forkserver; a warm one spares each about two seconds, and it warms up in the background while the
    first tests run. Python 3.11 does not give the forkserver our sys.path, hence PYTHONPATH for its start.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver

    multiprocessing.set_forkserver_preload(["_forkserver_warm"])
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), before]))
    try:
        forkserver.ensure_running()
    except RuntimeError:  # a process still bootstrapping (a worker importing this module) starts none
        pass
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before


_start_warm_forkserver()


def folder_for_others(tmp_path: Path, prefix: str, mode: int) -> Iterator[Path]:
    """A folder another (unprivileged) user may use, with *mode*: pytest's own folders are private to root
    when the tests run as root; otherwise *tmp_path* itself. A generator for fixtures (``yield from``)."""
    if os.geteuid() != 0:
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(mode)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite the golden reports in examples/reports.")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def analyzer():
    from genderscan import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def corpus_report(analyzer):
    """The default analyzer's report on a document of ../shared/corpus, analysed once per test session
    (several tests read the same budget, guide and decision texts; none changes a report)."""
    reports: dict[str, object] = {}

    def report(name: str):
        if name not in reports:
            reports[name] = analyzer.analyse(ROOT.parent / "shared" / "corpus" / name)
        return reports[name]

    return report


@pytest.fixture(scope="session")
def lexicon(analyzer):
    return analyzer.lexicon


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    """A per-user cache folder of the test's own (not made yet), with the cache switched on."""
    where = tmp_path / "cache"
    monkeypatch.setenv("GENDERSCAN_CACHE_DIR", str(where))
    monkeypatch.delenv("GENDERSCAN_CACHE", raising=False)
    return where
