"""Locate the data folders ``lexicons/`` and ``reports/``.

In a wheel they are packaged as ``genderscan/_data/<name>`` (see
pyproject.toml); in a source checkout or editable install they sit next to
the package at the top of the repository.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_dir(name: str) -> Path:
    packaged = Path(str(resources.files("genderscan"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def lexicon_dir(language: str = "nl") -> Path:
    return data_dir("lexicons") / language


def reports_dir() -> Path:
    return data_dir("reports")


def schema_path() -> Path:
    return Path(str(resources.files("genderscan"))) / "schemas" / "report.schema.json"
