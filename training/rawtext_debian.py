"""Extra raw Dutch text for `spacy pretrain`, from Debian packages of Dutch documentation.

Experiment r10 (training/README.md, "More raw text from Debian packages"); not part of
`build.py all`. Downloads the packages with `apt-get download` (no root needed for that, no
install), unpacks them with `dpkg-deb -x` into a scratch folder, strips the HTML (lxml) or
roff (groff/man) markup and keeps blocks of Dutch prose:

  - block elements without nested blocks (p, li, dd, td, h1-h6, ...), whitespace collapsed;
  - at least 6 words, mostly letters, ending like a sentence (. ! ? :) or at least 12 words;
  - Dutch: at least 12% of the words are frequent Dutch function words and more Dutch than
    English function words (the help pages keep some untranslated English);
  - exact duplicates (after whitespace and case folding) removed, also against raw.jsonl.

Debian 12 (bookworm) versions used for r10/r11: libreoffice-help-nl 4:7.4.7-1+deb12u14,
gimp-help-nl 2.10.34-2, debian-edu-doc-nl and -legacy-nl 2.12.23~deb12u1, debian-faq-nl 11.1,
manpages-nl 4.18.1-1, aptitude-doc-nl 0.8.13-5, lilypond-doc-html-nl 2.24.1-2,
gosa-help-nl 2.8~git20230203.10abe45+dfsg-1+deb12u2. The text is only read for pretraining;
it is not copied into the repository or the pipeline. Licences: PACKAGES below.

Writes training/corpus/raw-debian.jsonl ({"text": ...} per block) and, with --combine,
training/corpus/raw-r10.jsonl = raw.jsonl (build.py rawtext) + the Debian blocks.

    .venv/bin/python training/rawtext_debian.py [--packages p1 p2 ...] [--combine]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

# Licences as stated in each package's /usr/share/doc/<package>/copyright (Debian 12, bookworm).
PACKAGES = {
    "libreoffice-help-nl": "MPL-2.0 (LibreOffice help)",
    "gimp-help-nl": "GFDL-NIV-1.2+ (GIMP user manual; copyright file in gimp-help-common)",
    "debian-edu-doc-nl": "GPL-2+ (Debian Edu manual)",
    "debian-faq-nl": "Debian FAQ licence (SPI, 1996-2003: verbatim and modified copies allowed with the notice)",
    "manpages-nl": "GPL-3+ (translations; the original pages under their own free licences)",
    "debian-edu-doc-legacy-nl": "GPL-2+ (Debian Edu ITIL, Audacity and Rosegarden manuals)",
    "aptitude-doc-nl": "GPL-2+ (aptitude user's manual)",
    "lilypond-doc-html-nl": "GFDL-1.3+ (LilyPond documentation)",
    "gosa-help-nl": "GPL-2+ (GOsa online help)",
}

BLOCK_TAGS = {
    "p", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "div", "blockquote", "caption", "figcaption", "section", "article", "body",
}  # fmt: skip
SKIP_TAGS = {"pre", "code", "script", "style", "kbd", "samp", "tt", "head", "title"}

NL = set(
    """de het een en van in is op te dat die voor met zijn niet aan er om ook als bij of
    wordt worden kunt u uw deze dit naar door kan u je we ze wat hoe wanneer waar wel nog
    geen meer dan tot over uit na zo al maar hebt heeft hebben moet moeten zal zullen was
    werd dus omdat zodat waarin waarmee welke onder tussen tegen zich hun haar""".split()
)
EN = set(
    """the and of to is in that for with on as are this be by from or an it you your
    can which will not have has was were into these those its if then""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def is_dutch_prose(text: str) -> bool:
    words = text.split()
    if len(words) < 6:
        return False
    letters = sum(c.isalpha() for c in text)
    if letters < 0.7 * len(text.replace(" ", "")):
        return False
    if not (text.rstrip()[-1:] in ".!?:" or len(words) >= 12):
        return False
    toks = [w.lower() for w in _WORD.findall(text)]
    if not toks:
        return False
    nl = sum(t in NL for t in toks)
    en = sum(t in EN for t in toks)
    return nl >= 0.12 * len(toks) and nl > 2 * en


def _html_blocks(path: Path):
    from lxml import etree, html

    try:
        root = html.parse(str(path)).getroot()
    except (etree.ParserError, ValueError, OSError):
        return
    if root is None:
        return
    for bad in list(root.iter(*SKIP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    for el in root.iter(*BLOCK_TAGS):
        if any(child.tag in BLOCK_TAGS for child in el.iterdescendants() if isinstance(child.tag, str)):
            # the block's own text outside nested blocks is usually a label; skip it
            continue
        yield " ".join(el.text_content().split())


def _man_blocks(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        src = fh.read()
    try:
        out = subprocess.run(
            ["groff", "-man", "-Tutf8", "-P-cbou", "-Kutf8", "-rLL=5000n", "-rHY=0"],
            input=src,
            capture_output=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin", "MANWIDTH": "1000"},
        ).stdout.decode("utf8", "replace")
    except (subprocess.SubprocessError, OSError):
        return
    for para in re.split(r"\n\s*\n", out):
        yield " ".join(para.split())


def extract(root: Path) -> tuple[list[str], dict]:
    blocks: list[str] = []
    stats: Counter = Counter()
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        name = path.name
        if name.endswith((".html", ".htm", ".xhtml")):
            # libreoffice-help ships one language per package; gimp-help likewise
            it = _html_blocks(path)
        elif "/man/" in str(path) and re.search(r"\.\d\w*(\.gz)?$", name):
            it = _man_blocks(path)
        else:
            continue
        stats["files"] += 1
        for b in it:
            stats["blocks"] += 1
            if is_dutch_prose(b):
                blocks.append(b)
    return blocks, dict(stats)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--packages", nargs="*", default=list(PACKAGES))
    ap.add_argument("--debs", type=Path, help="folder with the .deb files already downloaded")
    ap.add_argument("--combine", action="store_true")
    args = ap.parse_args()

    seen: set[str] = set()
    base: list[str] = []
    raw = CORPUS / "raw.jsonl"
    if raw.exists():
        for line in raw.read_text(encoding="utf8").splitlines():
            t = json.loads(line)["text"]
            base.append(t)
            seen.add(" ".join(t.lower().split()))

    report = {}
    texts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="nldeb-") as tmp:
        tmpd = Path(tmp)
        debdir = args.debs or tmpd
        for pkg in args.packages:
            debs = sorted(debdir.glob(f"{pkg}_*.deb"))
            if not debs:
                subprocess.run(["apt-get", "download", pkg], cwd=debdir, check=True)
                debs = sorted(debdir.glob(f"{pkg}_*.deb"))
            unpack = tmpd / "x" / pkg
            unpack.mkdir(parents=True)
            subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(unpack)], check=True)
            version = unquote(debs[-1].name.split("_")[1])
            blocks, stats = extract(unpack)
            kept = 0
            words = 0
            for b in blocks:
                key = " ".join(b.lower().split())
                if key in seen:
                    continue
                seen.add(key)
                texts.append(b)
                kept += 1
                words += len(b.split())
            report[pkg] = {
                "version": version,
                "licence": PACKAGES.get(pkg, "see copyright"),
                **stats,
                "dutch_blocks": len(blocks),
                "kept_after_dedup": kept,
                "words": words,
            }
            print(pkg, json.dumps(report[pkg], ensure_ascii=False), flush=True)

    CORPUS.mkdir(parents=True, exist_ok=True)
    with (CORPUS / "raw-debian.jsonl").open("w", encoding="utf8") as out:
        for t in texts:
            out.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    (CORPUS / "raw-debian.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    n = sum(len(t.split()) for t in texts)
    print(f"raw-debian.jsonl: {len(texts)} texts, {n} words")
    if args.combine:
        # shuffled (fixed seed): spacy pretrain reads the file in order, and the policy prose
        # should not all come before the software documentation in every epoch
        combined = base + texts
        random.Random(1616).shuffle(combined)
        with (CORPUS / "raw-r10.jsonl").open("w", encoding="utf8") as out:
            for t in combined:
                out.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
        nb = sum(len(t.split()) for t in base)
        print(f"raw-r10.jsonl: {len(base) + len(texts)} texts, {nb + n} words ({nb} from raw.jsonl)")


if __name__ == "__main__":
    main()
