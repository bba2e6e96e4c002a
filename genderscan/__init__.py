"""genderscan: scan Dutch policy documents for gender-stereotyped assumptions.

Public API::

    from genderscan import Analyzer, analyse
    report = analyse("nota.pdf")          # -> DocumentReport
    report.to_dict()                      # JSON wire form

    from genderscan import batch, load_results
    batch(["corpus/"], db="genderscan.db")   # many documents, resumable
    load_results("genderscan.db")         # documents table as dicts
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import _spacy_cli  # noqa: E402

_spacy_cli.install()

from .api import Analyzer, analyse  # noqa: E402


def batch(*args, **kwargs):
    """Analyse many documents into a SQLite results store; see :func:`genderscan.batching.batch`."""
    from .batching import batch as run

    return run(*args, **kwargs)


def load_results(*args, **kwargs):
    """Rows of a results store as dicts or a DataFrame; see :func:`genderscan.batching.load_results`."""
    from .batching import load_results as load

    return load(*args, **kwargs)


__all__ = ["Analyzer", "analyse", "batch", "load_results", "__version__"]
