"""genderscan: scan Dutch policy documents for gender-stereotyped assumptions.

Public API::

    from genderscan import Analyzer, analyse
    report = analyse("nota.pdf")          # -> DocumentReport
    report.to_dict()                      # JSON wire form
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Analyzer, analyse  # noqa: E402

__all__ = ["Analyzer", "analyse", "__version__"]
