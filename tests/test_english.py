"""--lang en: every lexicon entry carries English, and the reports are written in English."""

from __future__ import annotations

import json

from cli_runner import run

from genderscan.lexicon.schema import TRANSLATED

KOSTWINNER = "Bij stellen richten we ons eerst op de man, omdat hij de kostwinner is.\n\nDe klant levert zijn bankafschriften in."


def test_every_entry_has_its_english_text(lexicon):
    """No category, rule, question or measure lacks English for a text a reader sees (a measure's
    practice examples included)."""
    entries = (
        [("category", c) for c in lexicon.categories]
        + [("rule", r) for r in lexicon.rules]
        + [("question", q) for q in lexicon.questions]
        + [("measure", m) for m in lexicon.measures]
    )
    assert len(entries) == 10 + len(lexicon.rules) + len(lexicon.questions) + len(lexicon.measures)
    missing = []
    for kind, entry in entries:
        english = dict(entry.en)
        for name in TRANSLATED[kind]:
            if getattr(entry, name) and not english.get(name):
                missing.append(f"{entry.id}.{name}")
            if english.get(name) and english[name] == getattr(entry, name):
                missing.append(f"{entry.id}.{name} (same as the Dutch)")
        practice = [f"practice.{i}" for i in range(1, len(getattr(entry, "practice", ())) + 1)]
        missing += [f"{entry.id}.{name}" for name in practice if not english.get(name)]
        extra = set(english) - {n for n in TRANSLATED[kind] if getattr(entry, n)} - set(practice)
        assert not extra, f"{entry.id}: English for texts the entry does not have: {extra}"
    assert not missing, missing


def test_cli_lang_en_writes_english_reports(tmp_path):
    doc = tmp_path / "nota.txt"
    doc.write_text(KOSTWINNER, encoding="utf-8")
    r = run("analyse", str(doc), "--lang", "en", "-f", "md", "-f", "json", "-f", "html", "-o", str(tmp_path), "-q")
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "nota.txt.json").read_text(encoding="utf-8"))
    assert data["language"] == "en"
    import jsonschema

    from genderscan.resources import schema_path

    jsonschema.validate(data, json.loads(schema_path().read_text(encoding="utf-8")))
    kw = next(f for f in data["findings"] if f["rule_id"] == "KW001")
    assert kw["message"] == "The breadwinner model is used as the starting point."
    assert "kostwinner" in kw["sentence"]  # the quote stays as written
    assert data["measures"][0]["name"] == "Accessible childcare"
    md = (tmp_path / "nota.txt.md").read_text(encoding="utf-8")
    # a 20-word note of no checklist domain: the measures are not checked, so none is called missing
    assert data["domain"] == "other"
    assert "## Summary" in md and "## Checklist measures" in md and "Samenvatting" not in md
    html = (tmp_path / "nota.txt.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and '<blockquote lang="nl">' in html


def test_lang_from_config_and_bad_lang(tmp_path):
    doc = tmp_path / "nota.txt"
    doc.write_text(KOSTWINNER, encoding="utf-8")
    (tmp_path / "genderscan.toml").write_text('lang = "en"\n', encoding="utf-8")
    r = run("analyse", str(doc), "-f", "json", "-o", "-", cwd=str(tmp_path))
    assert r.returncode == 0 and json.loads(r.stdout)["language"] == "en"
    r = run("analyse", str(doc), "--lang", "nl", "-f", "json", "-o", "-", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["language"] == "nl"  # the command line wins
    r = run("analyse", str(doc), "--lang", "fr", "-o", str(tmp_path / "x"))
    assert r.returncode == 2 and r.stderr.startswith("error GS-E302") and "--lang fr" in r.stderr


def test_user_rule_carries_its_own_english(tmp_path):
    from genderscan import Analyzer
    from genderscan.report.localise import localise

    extra = tmp_path / "weer.yml"
    extra.write_text(
        "category: zorgrol\nrules:\n  - id: XW001\n    severity: low\n    message: Het weer.\n"
        "    explanation: Testregel.\n    suggestion: Geen.\n    source: atria2020\n"
        "    en: {message: The weather., explanation: A test rule., suggestion: None.}\n"
        "    patterns:\n      - terms: [zonnig]\n"
        "    examples:\n      match: [Het is zonnig., Zonnig weer.]\n      no_match: [Het regent., Het is koud.]\n",
        encoding="utf-8",
    )
    analyzer = Analyzer(lexicon_paths=[extra])
    data = localise(analyzer.analyse_text("Het is zonnig in de gemeente.").to_dict(), analyzer.lexicon, "en")
    assert [f["message"] for f in data["findings"] if f["rule_id"] == "XW001"] == ["The weather."]
    bad = tmp_path / "fout.yml"
    bad.write_text(extra.read_text(encoding="utf-8").replace("en: {message:", "en: {mesage:"), encoding="utf-8")
    r = run("lexicon", "validate", str(bad))
    assert r.returncode == 2 and "GS-E202" in r.stderr and "mesage" in r.stderr
