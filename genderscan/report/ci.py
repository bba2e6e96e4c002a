"""The formats of ``check`` for CI: text, json, github, sarif and junit.

Each renders the wire form of a :class:`~genderscan.checking.CheckResult`
(``result.to_dict()``), like the report formatters render a report's. Pick
one with :func:`check_formatter`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..checking import at_or_above
from ..safetext import encodable, printable
from .xmltext import xml_safe

# Control characters other than tab, newline and carriage return (C0, DEL, C1), bidirectional controls
# (text shown in another order than it is) and the line and paragraph separators.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

# Severity to the levels of each output format, in one place.
GITHUB_LEVEL = {"high": "error", "medium": "warning", "low": "notice"}
SARIF_LEVEL = {"high": "error", "medium": "warning", "low": "note"}
COLOUR = {"high": "\033[31m", "medium": "\033[33m", "low": "\033[36m"}


def where(finding: dict[str, Any]) -> tuple[str, str]:
    """(page or ``-``, paragraph) of a finding, as the text formats print them."""
    loc = finding["location"]
    return ("-" if loc["page"] is None else str(loc["page"])), str(loc["paragraph"])


class TextFormatter:
    """``path:page:paragraph: ID [severity] message``, one line per finding (grep-able).

    Names and texts are :func:`~genderscan.safetext.printable`: a newline in a file name
    cannot start a line of its own (a workflow command), nor ESC reach the terminal."""

    suffix = "txt"

    def __init__(self, colour: bool = False) -> None:
        self.colour = colour

    def render(self, data: dict[str, Any]) -> str:
        lines = []
        for doc in data["documents"]:
            path = printable(doc["path"])
            for f in doc["findings"]:
                page, para = where(f)
                sev = f"[{f['severity']}]"
                if self.colour:
                    sev = f"{COLOUR[f['severity']]}{sev}\033[0m"
                lines.append(f"{path}:{page}:{para}: {printable(f['rule_id'])} {sev} {printable(f['message'])}")
        return "".join(line + "\n" for line in lines)


class CheckJsonFormatter:
    """The check result as it is: thresholds, documents with their findings, rules and a summary."""

    suffix = "json"

    def render(self, data: dict[str, Any]) -> str:
        return encodable(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


class GithubFormatter:
    """GitHub Actions workflow commands: one annotation per finding."""

    suffix = "txt"

    @staticmethod
    def _esc(text: str) -> str:
        text = encodable(_CONTROL.sub("", text))  # a document's ESC or BEL must not reach the runner's log as such
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def _prop(self, text: str) -> str:
        return self._esc(text).replace(":", "%3A").replace(",", "%2C")

    def render(self, data: dict[str, Any]) -> str:
        lines = []
        for doc in data["documents"]:
            for f in doc["findings"]:
                page, para = where(f)
                title = f"{f['rule_id']} ({f['category']}" + (f", p. {page})" if page != "-" else ")")
                level = GITHUB_LEVEL[f["severity"]]
                message = self._esc(f["message"] + " — " + f["sentence"])
                lines.append(
                    f"::{level} file={self._prop(doc['path'])},line={para},title={self._prop(title)}::{message}"
                )
        return "".join(line + "\n" for line in lines)


def docs_base(docs_url: str | None) -> str | None:
    """Absolute address of docs/lexicon.md: the configured ``docs_url``, else this checkout's file."""
    if docs_url:
        return docs_url.split("#")[0]
    local = Path(__file__).resolve().parents[2] / "docs" / "lexicon.md"
    return local.as_uri() if local.is_file() else None


class SarifFormatter:
    """SARIF 2.1.0: rules once in tool.driver.rules (help in docs/lexicon.md), a result per finding.

    ``helpUri`` must be an absolute URI (SARIF §3.49.12): the published
    docs/lexicon.md when ``docs_url`` is configured, else the file in this
    checkout, else left out (the help text is always there).
    """

    suffix = "sarif"

    def __init__(self, docs_url: str | None = None) -> None:
        self.docs_url = docs_url

    def _rule(self, rid: str, rule: dict[str, str], label: str, base: str | None) -> dict[str, Any]:
        message, explanation, suggestion = rule["message"], rule["explanation"], rule["suggestion"]
        out: dict[str, Any] = {
            "id": rid,
            "name": rid,
            "shortDescription": {"text": message},
            "fullDescription": {"text": explanation},
            "help": {
                "text": f"{explanation}\n\n{label}: {suggestion}",
                "markdown": f"**{message}**\n\n{explanation}\n\n*{label}:* {suggestion}",
            },
            "defaultConfiguration": {"level": SARIF_LEVEL[rule["severity"]]},
            "properties": {"category": rule["category"], "tags": [rule["category"], "gender"]},
        }
        if base:
            from ..lexicon.docs import anchor

            out["helpUri"] = f"{base}#{anchor(rid)}"
        return out

    @staticmethod
    def _result(doc: dict[str, Any], f: dict[str, Any], index: dict[str, int]) -> dict[str, Any]:
        loc = f["location"]
        region: dict[str, Any] = {"startLine": loc["paragraph"], "snippet": {"text": f["sentence"]}}
        if loc.get("char_start") is not None:
            region.update(startColumn=loc["char_start"] + 1, endColumn=loc["char_end"] + 1)
        result: dict[str, Any] = {
            "ruleId": f["rule_id"],
            "level": SARIF_LEVEL[f["severity"]],
            "message": {"text": f"{f['message']} ({f['matched_text']})"},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": Path(doc["path"]).as_posix()}, "region": region}}
            ],
            "partialFingerprints": {"genderscan/v1": f["fingerprint"]},
            "properties": {
                "page": loc["page"],
                "category": f["category"],
                "stance": f["stance"],
                "paragraph": loc["paragraph"],
            },
        }
        if f["rule_id"] in index:
            result["ruleIndex"] = index[f["rule_id"]]
        return result

    def render(self, data: dict[str, Any]) -> str:
        from .. import __version__
        from .ui import UI

        base = docs_base(self.docs_url)
        label = UI[data.get("language", "nl")]["suggestion"][:-1]
        rules = [self._rule(rid, rule, label, base) for rid, rule in sorted(data["rules"].items())]
        index = {r["id"]: i for i, r in enumerate(rules)}
        results = [self._result(d, f, index) for d in data["documents"] for f in d["findings"]]
        failed = [d for d in data["documents"] if d.get("error")]
        invocation = {
            "executionSuccessful": not failed,
            "toolExecutionNotifications": [
                {
                    "level": "error",
                    "message": {"text": d["error"]},
                    "descriptor": {"id": d["error"].split(":")[0]},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": Path(d["path"]).as_posix()}}}],
                }
                for d in failed
            ],
        }
        driver: dict[str, Any] = {"name": "genderscan", "version": __version__, "semanticVersion": __version__}
        driver["rules"] = rules
        if self.docs_url:
            driver["informationUri"] = base
        doc = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": driver},
                    "invocations": [invocation],
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                }
            ],
        }
        return encodable(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


class JunitFormatter:
    """JUnit XML (GitLab, Azure DevOps): a test suite per document, a test case per finding."""

    suffix = "xml"

    def render(self, data: dict[str, Any]) -> str:
        threshold = data["fail_on"]
        docs = data["documents"]

        def failing(findings: list[dict[str, Any]]) -> int:
            return sum(1 for f in findings if at_or_above(f["severity"], threshold))

        def attr(text: str) -> str:
            return quoteattr(xml_safe(text))

        total = sum(len(d["findings"]) + (1 if d["error"] else 0) for d in docs)
        errs = sum(1 for d in docs if d["error"])
        out = ['<?xml version="1.0" encoding="UTF-8"?>']
        out.append(
            f'<testsuites name="genderscan" tests="{total}" failures="{sum(failing(d["findings"]) for d in docs)}" '
            f'errors="{errs}">'
        )
        for d in docs:
            tests = len(d["findings"]) + (1 if d["error"] else 0)
            out.append(
                f'  <testsuite name={attr(d["path"])} tests="{tests}" failures="{failing(d["findings"])}" '
                f'errors="{1 if d["error"] else 0}">'
            )
            if d["error"]:
                error = f"<error message={attr(d['error'])}/>"
                out.append(f'    <testcase name="read" classname={attr(d["path"])}>{error}</testcase>')
            for f in d["findings"]:
                page, para = where(f)
                name = attr(f"{f['rule_id']} p. {page} alinea {para}")
                body = f"    <testcase name={name} classname={attr(f['category'])}>"
                if at_or_above(f["severity"], threshold):
                    body += (
                        f"<failure message={attr(f['message'])} type={attr(f['severity'])}>"
                        f"{escape(xml_safe(f['sentence']))}</failure>"
                    )
                else:
                    body += f"<system-out>{escape(xml_safe(f['severity'] + ': ' + f['message']))}</system-out>"
                out.append(body + "</testcase>")
            out.append("  </testsuite>")
        out.append("</testsuites>")
        return "\n".join(out) + "\n"


FORMATS = ("text", "json", "sarif", "github", "junit")


def check_formatter(name: str, *, colour: bool = False, docs_url: str | None = None) -> Any:
    """The formatter for *name* (one of :data:`FORMATS`)."""
    makers = {
        "text": lambda: TextFormatter(colour),
        "json": CheckJsonFormatter,
        "sarif": lambda: SarifFormatter(docs_url),
        "github": GithubFormatter,
        "junit": JunitFormatter,
    }
    return makers[name]()
