"""Report formats: JSON against its schema, Markdown and HTML safe and complete."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from genderscan.report import FORMATTERS
from genderscan.resources import schema_path

PAYLOAD = 'De man is de kostwinner <script>alert("x")</script> en <img src=x onerror=alert(1)>.\n\nMoeders zorgen voor de kinderen.'


@pytest.fixture(scope="module")
def payload_report(analyzer):
    return analyzer.analyse_text(PAYLOAD, name="payload.txt").to_dict()


def test_json_matches_shipped_schema(payload_report):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(payload_report, schema)
    assert payload_report["schema_version"] == "1.5" and payload_report["language"] == "nl"
    for key in ("rule_id", "category", "stance", "severity"):
        assert key in payload_report["findings"][0]
    assert {"id", "status"} <= set(payload_report["measures"][0])


def test_json_rejects_bad_report(payload_report):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(payload_report))
    bad["findings"][0]["stance"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_html_escapes_document_text(payload_report):
    html = FORMATTERS["html"].render(payload_report)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "onerror=alert(1)" in html  # shown as text
    assert '<html lang="nl">' in html
    assert not re.search(r"<(link|script)\b", html)  # self-contained, no scripts
    assert "<mark>kostwinner</mark>" in html


def test_markdown_escapes_and_has_all_sections(payload_report):
    md = FORMATTERS["md"].render(payload_report)
    assert "<script>" not in md and "\\<script\\>" in md
    for heading in (
        "## Samenvatting",
        "## 1. Is er sprake",
        "## 2. Zijn er maatregelen",
        "## 3. Hoe kunnen",
        "## Ontbrekende maatregelen",
        "## EIGE-vragen",
        "## Verantwoording",
        "## Bronnen",
    ):
        assert heading in md
    assert "**kostwinner**" in md


def test_every_format_renders_the_same_report(payload_report):
    for name, fmt in FORMATTERS.items():
        out = fmt.render(payload_report)
        assert out.endswith("\n") or name == "html"
        assert "kostwinner" in out


def test_schema_enums_match_the_stable_ids():
    from genderscan.lexicon import CATEGORIES, DOMAINS, MEASURES

    defs = json.loads(schema_path().read_text(encoding="utf-8"))["$defs"]
    assert defs["category_id"]["enum"] == list(CATEGORIES)
    assert defs["domain"]["enum"] == list(DOMAINS)
    assert defs["measure"]["properties"]["id"]["enum"] == list(MEASURES)
