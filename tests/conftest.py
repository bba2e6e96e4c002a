"""Shared fixtures: one Analyzer per session and builders for real PDF/DOCX files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


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
def lexicon(analyzer):
    return analyzer.lexicon
