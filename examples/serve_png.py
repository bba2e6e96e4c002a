"""Screenshot of ``genderscan serve`` with the example nota's report loaded (headless Chromium), for the README.

.venv/bin/python examples/serve_png.py   →  examples/screenshots/serve.png

The page is driven as tests/test_serve_browser.py drives it (tests/a11y/serve.mjs, npm packages of
package.json): the nota uploaded through the page, the report shown, the PDF downloaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from genderscan import Analyzer
from genderscan.report.pdf import chromium
from genderscan.web import create_app, listen, running

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "examples" / "screenshots" / "serve.png"


def main() -> None:
    browser = chromium()
    if browser is None:
        sys.exit("needs Chromium (Debian: apt-get install chromium)")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    analyzer = Analyzer()
    with (
        tempfile.TemporaryDirectory() as downloads,
        running(create_app(analyzer, max_mb=200), listen("127.0.0.1", 0)) as url,
    ):
        nota = ROOT / "examples" / "hoogwater_participatienota.pdf"
        script = ROOT / "tests" / "a11y" / "serve.mjs"
        env = {**os.environ, "SCREENSHOT": str(TARGET)}
        subprocess.run(
            ["node", str(script), browser, url, downloads, str(nota)],
            check=True,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
