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


def test_catalogue_filters_each_group_once_with_the_same_result():
    script = textwrap.dedent(
        """
        import catalogue
        original = catalogue.AVAILABLE_ENTRY_POINTS
        groups = ["spacy_factories", "spacy_languages", "thinc_layers", "srsly_msgpack_decoders", "nothing_here"]
        before = {g: [(e.name, e.value) for e in original.select(group=g)] for g in groups}
        from genderscan import _spacy_cli
        _spacy_cli.remember_entry_points()
        _spacy_cli.remember_entry_points()  # once is enough
        eps = catalogue.AVAILABLE_ENTRY_POINTS
        assert isinstance(eps, _spacy_cli._SelectedOnce) and eps._entry_points is original
        for _ in range(2):
            assert {g: [(e.name, e.value) for e in eps.select(group=g)] for g in groups} == before
        assert eps.select(group="spacy_factories") is eps.select(group="spacy_factories")
        assert eps.names == original.names
        import spacy
        nlp = spacy.blank("nl")
        print("ok", nlp.lang, len(before["nothing_here"]))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok nl 0"
