"""An installed wheel (outside the repository) finds its lexicons, templates and schema."""

from __future__ import annotations

import json
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    base = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(base / "dist"), str(ROOT)], check=True
    )
    wheel = next((base / "dist").glob("genderscan-*.whl"))
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # pip of this environment installs into it (--python)
    py = env_dir / "bin" / "python"
    # Dependencies come from the test environment (no second download); the package itself from the wheel.
    purelib = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = [p for p in site.getsitepackages() if "site-packages" in p]
    Path(purelib, "test-deps.pth").write_text("\n".join(deps) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--quiet", str(wheel)], check=True
    )
    return env_dir


def test_wheel_contains_data(wheel_venv):
    py = wheel_venv / "bin" / "python"
    code = (
        "import genderscan, genderscan.resources as r; "
        "print(genderscan.__file__); print(r.lexicon_dir()); print(r.reports_dir()); print(r.schema_path().is_file()); "
        "import genderscan.syntax as s; print(s.shipped_path()); print((s.shipped_path() / 'meta.json').is_file())"
    )
    out = subprocess.run(
        [str(py), "-c", code], capture_output=True, text=True, check=True, cwd=wheel_venv
    ).stdout.split("\n")
    assert str(wheel_venv) in out[0]
    assert str(wheel_venv) in out[1] and "_data" in out[1]
    assert str(wheel_venv) in out[2] and out[3] == "True"
    assert str(wheel_venv) in out[4] and "_data" in out[4] and out[5] == "True"  # the trained pipeline is wheel data


def test_installed_cli_from_another_directory(wheel_venv, tmp_path):
    # A real process: the genderscan script pip made from the wheel's entry point, in the wheel's environment.
    exe = wheel_venv / "bin" / "genderscan"
    pdf = ROOT / "examples" / "hoogwater_participatienota.pdf"
    r = subprocess.run(
        [str(exe), "analyse", str(pdf), "--format", "json", "-o", "X", "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "X" / "hoogwater_participatienota.pdf.json").read_text(encoding="utf-8"))
    assert {f["category"] for f in data["findings"]} >= {"kostwinner", "zorgrol", "beroepssegregatie"}
    assert data["pipeline"]["name"] == "nl_genderscan"  # the shipped pipeline, found in the installed wheel
