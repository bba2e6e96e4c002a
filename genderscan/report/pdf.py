"""PDF from the HTML report: WeasyPrint when installed, else headless Chromium.

Both lay out the same HTML with its print CSS (``@page`` size and margins,
page numbers in the margin, no tables or findings cut across pages).
Neither is a hard dependency: ``renderer()`` says which one is available or
raises a coded error that tells how to install one.
"""

from __future__ import annotations

import os
import platform
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .. import errors
from ..errors import OutputError

CHROMIUM_NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "msedge",
    "microsoft-edge",
    "microsoft-edge-stable",
)
# Where Chrome, Chromium and Edge install themselves off PATH.
LINUX_PATHS = (
    "/opt/google/chrome/chrome",
    "/opt/microsoft/msedge/msedge",
    "/usr/lib/chromium/chromium",
    "/snap/bin/chromium",
)
MAC_APPS = (
    "Google Chrome.app/Contents/MacOS/Google Chrome",
    "Chromium.app/Contents/MacOS/Chromium",
    "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
)
WINDOWS_ROOTS = ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")
WINDOWS_APPS = (
    "Google/Chrome/Application/chrome.exe",
    "Microsoft/Edge/Application/msedge.exe",
    "Chromium/Application/chrome.exe",
)
INSTALL_HINTS = {
    "Linux": "Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium",
    "Darwin": "macOS: install Google Chrome or Microsoft Edge, or brew install --cask chromium",
    "Windows": "Windows: Microsoft Edge comes with Windows 10 and 11; or winget install Google.Chrome",
}
TIMEOUT = 120


def chromium(system: str | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """Path of a Chromium, Chrome or Edge binary: $GENDERSCAN_CHROMIUM, else the first on PATH, else the first
    in its usual install folder. *system* is ``platform.system()`` and *environ* ``os.environ`` unless given."""
    system = system or platform.system()
    environ = os.environ if environ is None else environ
    explicit = environ.get("GENDERSCAN_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    candidates = [*on_path(system, environ), *installed_browsers(system, environ)]
    return next((str(p) for p in candidates if _runnable(p, system)), None)


def on_path(system: str, environ: Mapping[str, str]) -> list[Path]:
    """The browser names in every folder of $PATH (``chrome.exe``, ``msedge.exe`` … on Windows), name by name."""
    folders = [f for f in environ.get("PATH", "").split(";" if system == "Windows" else ":") if f]
    suffix = ".exe" if system == "Windows" else ""
    return [Path(folder) / f"{name}{suffix}" for name in CHROMIUM_NAMES for folder in folders]


def installed_browsers(system: str, environ: Mapping[str, str]) -> list[Path]:
    """Where Chrome, Chromium and Edge are installed by default on *system* (``platform.system()``)."""
    if system == "Darwin":
        home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
        return [folder / app for folder in (Path("/Applications"), home / "Applications") for app in MAC_APPS]
    if system == "Windows":
        return [Path(environ[root]) / app for root in WINDOWS_ROOTS if environ.get(root) for app in WINDOWS_APPS]
    return [Path(p) for p in LINUX_PATHS]


def _runnable(path: Path, system: str) -> bool:
    """A file this user may run (Windows has no execute bit: there a file is enough)."""
    return path.is_file() and (system == "Windows" or os.access(path, os.X_OK))


def install_hint(system: str | None = None) -> str:
    """How to get a browser for PDF output on *system* (default: this one)."""
    hint = INSTALL_HINTS.get(system or platform.system(), INSTALL_HINTS["Linux"])
    return f"{hint}; or set GENDERSCAN_CHROMIUM to the browser binary"


def renderer(system: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """'weasyprint' or 'chromium'; a coded error with an install hint for *system* when neither can be used."""
    try:
        import weasyprint  # noqa: F401

        return "weasyprint"
    except (ImportError, OSError):  # OSError: WeasyPrint installed without its Pango libraries
        pass
    if chromium(system, environ):
        return "chromium"
    raise OutputError(
        "--format pdf needs Chromium, Chrome or Edge "
        f"({install_hint(system)}) or WeasyPrint (pip install 'genderscan[pdf]')",
        code=errors.PDF_UNAVAILABLE,
    )


def chromium_command(binary: str, source: Path, *extra: str) -> list[str]:
    """Headless Chromium with no profile, network or sandbox needs (also as root in CI containers)."""
    return [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--hide-scrollbars",
        f"--user-data-dir={source.parent / 'profile'}",
        *extra,
        source.as_uri(),
    ]


def _chromium_output(html: str, name: str, *args: str) -> bytes:
    """Let headless Chromium turn *html* into the file *name* (``{target}`` in *args* is its path)."""
    binary = chromium()
    if binary is None:
        raise OutputError(f"this needs Chromium, Chrome or Edge ({install_hint()})", code=errors.PDF_UNAVAILABLE)
    with tempfile.TemporaryDirectory(prefix="genderscan-chromium-") as tmp:
        source = Path(tmp) / "rapport.html"
        source.write_text(html, encoding="utf-8")
        target = Path(tmp) / name
        cmd = chromium_command(binary, source, *(a.format(target=target) for a in args))
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OutputError(f"Chromium could not render the report ({exc})", code=errors.PDF_UNAVAILABLE) from exc
        if not target.is_file() or target.stat().st_size == 0:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1][:200]
            raise OutputError(
                f"Chromium did not write {name} (exit {done.returncode}: {last})", code=errors.PDF_UNAVAILABLE
            )
        return target.read_bytes()


def html_to_pdf(html: str) -> bytes:
    """The PDF of *html* (a self-contained page)."""
    if renderer() == "weasyprint":
        import weasyprint

        return weasyprint.HTML(string=html).write_pdf()
    return _chromium_output(html, "rapport.pdf", "--print-to-pdf={target}", "--no-pdf-header-footer")


def html_to_png(html: str, width: int = 1100, height: int = 1600) -> bytes:
    """A screenshot of the top of *html* as headless Chromium shows it (for the README and the tests)."""
    return _chromium_output(html, "rapport.png", "--screenshot={target}", f"--window-size={width},{height}")
