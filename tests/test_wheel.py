"""genderscan installed as an end user installs it, outside the repository.

Two ways in, as the README gives them: ``pip install .`` into a virtual environment, and ``pipx install .`` (the first
way in for advisers: an application with its own environment and a ``genderscan`` command in
PIPX_BIN_DIR). Both must carry everything genderscan reads at run time: lexicons, report templates, the
shipped Dutch pipeline, the web page's template and static files, the JSON schema.

Dependencies (spaCy and the rest, some 500 MB) come from the test environment through a .pth file, not
from a second download; the package itself, its data and its script come from the install.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import site
import subprocess
import sys
import urllib.request
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from genderscan import __version__

EXAMPLE = ROOT / "examples" / "hoogwater_participatienota.pdf"


def _test_site_packages() -> str:
    return "\n".join(p for p in site.getsitepackages() if "site-packages" in p) + "\n"


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    """``pip install .`` from the repository root into a fresh virtual environment (pip builds the wheel)."""
    base = tmp_path_factory.mktemp("wheel")
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # pip of this environment installs into it (--python)
    py = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "test-deps.pth").write_text(_test_site_packages())
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--quiet", "."], cwd=ROOT, check=True
    )
    return env_dir


def test_wheel_contains_data(wheel_venv):
    py = wheel_venv / "bin" / "python"
    code = (
        "import genderscan, genderscan.resources as r; "
        "print(genderscan.__file__); print(r.lexicon_dir()); print(r.reports_dir()); print(r.schema_path().is_file()); "
        "import genderscan.syntax as s; print(s.shipped_path()); print((s.shipped_path() / 'meta.json').is_file()); "
        "import genderscan.web.app as w; print(sorted(p.name for p in (w.HERE / 'static').iterdir())); "
        "print((w.HERE / 'page.html.j2').is_file())"
    )
    out = subprocess.run(
        [str(py), "-c", code], capture_output=True, text=True, check=True, cwd=wheel_venv
    ).stdout.split("\n")
    assert str(wheel_venv) in out[0]
    assert str(wheel_venv) in out[1] and "_data" in out[1]
    assert str(wheel_venv) in out[2] and out[3] == "True"
    assert str(wheel_venv) in out[4] and "_data" in out[4] and out[5] == "True"  # the trained pipeline is wheel data
    assert out[6] == "['serve.css', 'serve.js']" and out[7] == "True"  # genderscan serve's page


def test_installed_cli_from_another_directory(wheel_venv, tmp_path):
    # A real process: the genderscan script pip made from the wheel's entry point, in the wheel's environment.
    exe = wheel_venv / "bin" / "genderscan"
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert version.stdout.strip() == f"genderscan {__version__}"
    r = subprocess.run(
        [str(exe), "analyse", str(EXAMPLE), "--format", "json", "-o", "X", "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "X" / "hoogwater_participatienota.pdf.json").read_text(encoding="utf-8"))
    assert {f["category"] for f in data["findings"]} >= {"kostwinner", "zorgrol", "beroepssegregatie"}
    assert data["pipeline"]["name"] == "nl_genderscan"  # the shipped pipeline, found in the installed wheel


def _deps_wheel(folder: Path) -> Path:
    """A wheel that holds only a .pth file naming the test environment's site-packages.

    ``pipx install --preinstall`` puts it into pipx's new environment before genderscan, so pipx finds the
    dependencies' metadata there (it checks them) and nothing is downloaded but pipx's own pip.
    """
    info = "genderscan_test_deps-1.dist-info"
    files = {
        "genderscan_test_deps.pth": _test_site_packages(),
        f"{info}/METADATA": "Metadata-Version: 2.1\nName: genderscan-test-deps\nVersion: 1\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: tests/test_wheel.py\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    files[f"{info}/RECORD"] = "".join(f"{name},,\n" for name in [*files, f"{info}/RECORD"])
    wheel = folder / "genderscan_test_deps-1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return wheel


@pytest.fixture(scope="module")
def pipx_genderscan(tmp_path_factory):
    """``pipx install .`` from the repository root, with pipx's home and bin folder in a temporary folder."""
    base = tmp_path_factory.mktemp("pipx")
    env = {
        **os.environ,
        "PIPX_HOME": str(base / "home"),
        "PIPX_BIN_DIR": str(base / "bin"),
        "PIPX_MAN_DIR": str(base / "man"),
        "PIPX_DEFAULT_PYTHON": sys.executable,
        "NO_COLOR": "1",
    }
    install = [sys.executable, "-m", "pipx", "install", "--preinstall", str(_deps_wheel(base))]
    r = subprocess.run(
        [*install, "--pip-args=--no-deps", "."], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stdout + r.stderr
    return base / "bin" / "genderscan"


def _run(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_pipx_install_gives_a_working_genderscan(pipx_genderscan, tmp_path):
    """What the README's first lines promise: pipx install ., then genderscan --version, analyse and serve.

    One test, so that the install runs once even when the suite is spread over workers.
    """
    exe = pipx_genderscan
    assert exe.is_symlink() and "venvs" in exe.resolve().parts  # pipx's link to the script in its own environment
    version = _run(exe, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"genderscan {__version__}"

    shutil.copyfile(EXAMPLE, tmp_path / "nota.pdf")
    r = _run(exe, "analyse", "nota.pdf", cwd=tmp_path)  # as in the README: the report lands in the folder it is run in
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "nota.pdf.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "kostwinner" in html and "kinderopvang" in html
    assert "nl_genderscan" in html  # the shipped pipeline, found in pipx's environment
    assert "(second_opinion 1." in html  # and the second opinion, also wheel data

    help_text = _run(exe, "serve", "--help", cwd=tmp_path)
    assert help_text.returncode == 0 and "--no-browser" in help_text.stdout
    _serve_shows_its_page(exe, tmp_path)


def _serve_shows_its_page(exe: Path, tmp_path: Path) -> None:
    """The web page's template and static files are in the installed package: a real server answers."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        [str(exe), "serve", "--port", "0", "--no-browser"], stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path
    )
    try:
        lines = [proc.stderr.readline() for _ in range(2)]  # loading, address
        found = re.fullmatch(r"genderscan serve: (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)\n", lines[1])
        assert found, lines
        url = found.group(1)
        page = urllib.request.urlopen(url, timeout=10).read().decode()
        assert '<script src="/static/serve.js"' in page and "<h1>" in page
        for name in ("serve.js", "serve.css"):
            with urllib.request.urlopen(f"{url}static/{name}", timeout=10) as answer:
                assert answer.status == 200 and len(answer.read()) > 500
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
