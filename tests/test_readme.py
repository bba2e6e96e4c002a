"""The README leads advisers in (issue 20, item 2), and its links and contents stay whole as it changes."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    anchors = set()
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        anchors.update(re.findall(r'<a id="([^"]+)"></a>', line))  # explicit anchors (docs/lexicon.md)
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and (m := re.match(r"#{1,6} (.+)", line)):
            slug = _slug(m.group(1))
            anchors.add(f"{slug}-{seen[slug]}" if slug in seen else slug)
            seen[slug] = seen.get(slug, 0) + 1
    return anchors


def _links(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    return re.findall(r"\]\(([^)\s]+)\)", text)


def test_every_link_in_the_readme_and_docs_leads_somewhere():
    broken = []
    for doc in DOCS:
        for link in _links(doc):
            if re.match(r"[a-z]+:", link):
                continue  # http(s), mailto: not checked here
            target, _, anchor = link.partition("#")
            file = (doc.parent / target).resolve() if target else doc
            if not file.exists() or (anchor and anchor not in _anchors(file)):
                broken.append(f"{doc.relative_to(ROOT)}: {link}")
    assert not broken


def test_readme_opens_with_five_lines_for_advisers_then_contents_of_every_section():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## (.+)$", re.sub(r"```.*?```", "", text, flags=re.S), flags=re.M)
    assert sections[:3] == ["Voor beleidsadviseurs / For advisers", "Inhoud / Contents", "Installeren / Install"]
    advisers = text.split("## Voor beleidsadviseurs / For advisers\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in advisers.splitlines() if line.strip()]
    assert len(lines) == 5
    for command in ("pipx install .", "genderscan serve", "genderscan analyse nota.pdf", "nota.pdf.html"):
        assert command in advisers, command
    contents = text.split("## Inhoud / Contents\n", 1)[1].split("\n## ", 1)[0]
    listed = {link.split("#", 1)[1] for link in re.findall(r"\]\((#[^)]+)\)", contents)}
    assert {_slug(s) for s in sections[2:]} <= listed  # every section after the contents is in them


def test_install_section_gives_pipx_for_windows_macos_and_linux():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    install = text.split("## Installeren / Install\n", 1)[1].split("\n## ", 1)[0]
    for line in ("py -m pip install --user pipx", "brew install pipx", "sudo apt install pipx", "pipx install ."):
        assert line in install, line
    assert install.index("pipx install .") < install.index("make demo")  # pipx first, make demo for developers
