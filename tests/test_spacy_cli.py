"""spaCy is imported without its command line (genderscan._spacy_cli), and its CLI still works."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    import genderscan
    from genderscan.nlp import get_pipeline
    get_pipeline()
    import spacy
    assert "spacy" in sys.modules and hasattr(spacy, "Language")
    print("light", "weasel" not in sys.modules and "spacy.cli.init_config" not in sys.modules)
    print("info", spacy.info()["spacy_version"] == spacy.__version__)
    from spacy.cli import app, train
    import spacy.cli.evaluate
    print("cli", callable(train.train), app.__class__.__name__, sys.modules["spacy.cli.evaluate"].__name__)
    print("real", not getattr(sys.modules["spacy.cli"], "__genderscan_stub__", False))
    """
)


def test_spacy_loads_without_its_cli_and_the_cli_still_works():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:4] == ["light True", "info True", "cli True Typer spacy.cli.evaluate", "real True"]


def test_spacy_imported_first_is_left_alone():
    script = "import spacy, sys; import genderscan; print('weasel' in sys.modules, spacy.cli.__name__)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True spacy.cli"
