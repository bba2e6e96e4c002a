"""Screenshot of the top of the example's HTML report (headless Chromium), shown in the README.

.venv/bin/python examples/render_png.py examples/reports/hoogwater_participatienota.pdf.html
"""

from __future__ import annotations

import sys
from pathlib import Path

from genderscan.report.pdf import html_to_png


def main() -> None:
    for name in sys.argv[1:]:
        source = Path(name)
        target = source.with_suffix(".png")
        target.write_bytes(html_to_png(source.read_text(encoding="utf-8"), 1100, 1600))
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
