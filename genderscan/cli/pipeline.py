"""``genderscan pipeline info|parse``: the Dutch pipeline that tags and parses, for lexicon authors and debugging.

``info`` says which pipeline ``--model`` gives (components, folder, size, training
data, licence, held-out accuracy). ``parse`` shows how it reads a text: words,
sentences and lemmas from genderscan's own pipeline (the ones lexicon terms
match), part of speech, Alpino tag, morphology and dependencies from the
trained one, exactly as a rule that asks for a sentence's syntax sees them.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .. import errors
from ..errors import ConfigError, GenderscanError, InputError
from ..safetext import printable
from . import options as o
from ._util import EXIT_ERROR, console, report_error

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..model import Document, Location
    from ..syntax import SyntaxModel

pipeline_app = typer.Typer(
    help="The Dutch spaCy pipeline that tags and parses: what it is (info) and how it reads a text (parse).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


INFO_FORMATS = ("text", "json")
PARSE_FORMATS = ("table", "conllu")


LEMMAS = "simplemma, on every word (the lemmas lexicon terms match)"
ON_DEMAND = (
    "only on the sentences that rules ask about (a possessive zijn, the antecedent of hij, "
    "a term with a syntax constraint)"
)
# meta.json "performance" key -> (label, shown as a percentage rather than points)
SCORES = (
    ("pos_acc", "upos", "UPOS", True),
    ("tag_acc", "xpos", "XPOS", True),
    ("morph_acc", "morph", "morph", True),
    ("dep_uas", "uas", "UAS", False),
    ("dep_las", "las", "LAS", False),
    ("sents_f", "sents_f", "sentence F", False),
)


def _fail(exc: GenderscanError, debug: bool) -> typer.Exit:
    report_error(exc, debug)
    return typer.Exit(EXIT_ERROR)


# pipeline info ------------------------------------------------------------------------------------------


def _folder(model: SyntaxModel) -> Path | None:
    spec = Path(model.spec)
    if spec.is_dir():
        return spec.resolve()
    path = getattr(model.nlp(), "path", None)  # an installed package: spaCy knows where it loaded it from
    return Path(path).resolve() if path else None


def _size(folder: Path | None) -> int | None:
    if folder is None:
        return None
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def info_data(model: SyntaxModel | None) -> dict[str, Any]:
    """What ``pipeline info --format json`` prints: the pipeline *model* (None: ``--model blank``)."""
    from ..nlp import get_pipeline
    from ..syntax import pipeline_info

    own = get_pipeline().pipe_names
    info = pipeline_info(model, own)
    data: dict[str, Any] = {
        "name": info.name,
        "version": info.version,
        "trained": model is not None,
        "components": list(info.components),
        "genderscan_components": ["tokenizer", *own],
        "trained_components": [] if model is None else list(model.components()),
        "lemmas": LEMMAS,
    }
    if model is None:
        data["syntax"] = "none: rules that ask for syntax use word windows, and pipeline parse cannot run"
        return data
    meta = model.meta
    folder = _folder(model)
    performance = meta.get("performance") or {}
    data.update(
        shipped=model.shipped,
        description=meta.get("description") or None,
        folder=None if folder is None else str(folder),
        size_bytes=_size(folder),
        license=meta.get("license") or None,
        license_files=sorted(p.name for p in folder.glob("LICENSE*")) if folder is not None else [],
        training_data=[dict(s) for s in meta.get("sources") or ()],
        heldout={"file": meta.get("heldout")} | {key: performance.get(name) for name, key, _, _ in SCORES},
        syntax=ON_DEMAND,
    )
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB ({size:,} bytes)"


def _score(value: Any, percent: bool) -> str:
    if not isinstance(value, (int, float)):
        return "-"
    value = value * 100 if value <= 1 else value  # spaCy 3 stores fractions
    return f"{value:.1f}%" if percent else f"{value:.1f}"


def info_text(data: dict[str, Any]) -> str:
    own = ", ".join(data["genderscan_components"])
    if not data["trained"]:
        return "\n".join(
            [
                f"{data['name']}: no trained pipeline (spaCy {data['version']}); nothing is tagged or parsed",
                f"components:    {own} (genderscan's own: words, sentences, lemmas)",
                f"lemmas:        {data['lemmas']}",
                f"syntax:        {data['syntax']}",
            ]
        )
    lines = [f"{data['name']} {data['version']}"]
    if data.get("description"):
        lines.append(f"  {data['description']}")
    trained = ", ".join(data["trained_components"])
    lines += [
        f"components:    {own} (genderscan's own: words, sentences, lemmas)",
        f"               then {trained} (trained: tags and parses)",
        f"folder:        {data['folder'] or '(unknown)'}",
        f"size:          {_megabytes(data['size_bytes']) if data['size_bytes'] is not None else '(unknown)'} on disk",
        f"runs:          lemmas from {data['lemmas']}; tagging and parsing {data['syntax']}",
        f"licence:       {data['license'] or '(not stated in its meta.json)'}"
        + (f"; {', '.join(data['license_files'])} beside it" if data["license_files"] else ""),
        "training data:" + ("" if data["training_data"] else " (not stated in its meta.json)"),
    ]
    for source in data["training_data"]:
        parts = [str(source.get("name", "?"))]
        if source.get("author"):
            parts[0] += f" ({source['author']})"
        parts += [str(source[k]) for k in ("license", "url") if source.get(k)]
        lines.append("  - " + ", ".join(parts))
    heldout = data["heldout"]
    scores = "  ".join(f"{label} {_score(heldout[key], percent)}" for _, key, label, percent in SCORES)
    where = heldout["file"] or "its meta.json does not name the evaluation data"
    lines += [f"held-out accuracy ({where}):", f"  {scores}"]
    if data.get("shipped"):
        lines.append(
            "  sentence F is the parser's; genderscan splits sentences by its own rules. "
            "Cross-validated figures and the training protocol: training/README.md"
        )
    return "\n".join(lines)


@pipeline_app.command("info")
def info_cmd(
    model: o.Model = None,
    fmt: Annotated[
        str,
        o.choice_option("--format", "-f", choices=INFO_FORMATS, help="text (default) or json.", show_default=False),
    ] = "text",
    config: o.ConfigFile = None,
    debug: o.Debug = False,
) -> None:
    """The pipeline --model gives: components, folder, size, training data, licence and held-out accuracy."""
    from ..syntax import syntax_model

    try:
        o.choice("--format", fmt, INFO_FORMATS)
        data = info_data(syntax_model(o.resolve(config, model=model).model))
    except GenderscanError as exc:
        raise _fail(exc, debug) from None
    print(json.dumps(data, ensure_ascii=False, indent=2) if fmt == "json" else info_text(data))


# pipeline parse -----------------------------------------------------------------------------------------

STDIN = "<stdin>"


def _looks_like_a_file(source: str) -> bool:
    """One word ending in a suffix genderscan reads (``nota.docx``): a file name that does not exist, not text."""
    from ..ingest import READERS

    return not any(c.isspace() for c in source) and Path(source).suffix.lower() in READERS


def _read_stdin(max_mb: float) -> str:
    from ..ingest.text import decode

    stream = getattr(sys.stdin, "buffer", None)
    limit = int(max_mb * 1024 * 1024)
    data = stream.read(limit + 1) if stream is not None else sys.stdin.read(limit + 1).encode("utf-8")
    if len(data) > limit:
        raise InputError(f"{STDIN}: over the size limit of {max_mb:g} MB (--max-size)", code=errors.FILE_TOO_LARGE)
    return decode(Path(STDIN), data)


def read_source(source: str, *, max_mb: float, pdf_engine: str, ocr: bool) -> Document:
    """*source* as a Document: ``-`` is stdin, an existing path a file (any format genderscan reads), else the text."""
    from ..ingest import document_from_text, read_document

    if source == "-":
        document = document_from_text(_read_stdin(max_mb), STDIN)
    else:
        try:  # "" would be "." (the working directory)
            is_path = bool(source.strip()) and Path(source).exists()
        except (OSError, ValueError):  # a name too long for the file system, a NUL byte: text
            is_path = False
        if is_path:
            return read_document(source, pdf_engine=pdf_engine, max_mb=max_mb, ocr=ocr)
        if _looks_like_a_file(source):
            raise InputError(
                f"{source}: file not found (to parse it as text, give it on stdin with -)", code=errors.FILE_NOT_FOUND
            )
        document = document_from_text(source)
    if not document.passages:
        raise InputError(f"{document.path}: no text to parse", code=errors.EMPTY_DOCUMENT)
    return document


@dataclass(frozen=True)
class Row:
    """One word of a parsed sentence; ``head`` is 1-based within its :class:`Unit`, 0 for the root."""

    id: int
    form: str
    lemma: str
    upos: str
    tag: str
    morph: str
    head: int
    dep: str
    space_after: bool


@dataclass(frozen=True)
class Unit:
    """What the parser saw as one sentence: a sentence, or a piece of a very long one (see syntax.MAX_PARSE_WORDS)."""

    number: int
    """1-based number of the sentence in the document."""
    part: int
    parts: int
    text: str
    location: Location
    rows: tuple[Row, ...]

    @property
    def sent_id(self) -> str:
        return str(self.number) if self.parts == 1 else f"{self.number}.{self.part}"


def _units(sent: Span, number: int, location: Location) -> Iterator[Unit]:
    from ..syntax import syntax_offset, token_syntax

    pieces: dict[int, list[Row]] = {}
    for token in sent:
        parsed = token_syntax(token)
        if parsed is None:  # attach() was given a model: cannot happen
            raise ConfigError("no trained pipeline to parse with", code=errors.BAD_OPTION)
        start = syntax_offset(token)
        rows = pieces.setdefault(start, [])
        head = 0 if parsed.head.i == parsed.i else parsed.head.i + 1
        rows.append(
            Row(
                id=len(rows) + 1,
                form=token.text,
                lemma=token.lemma_,
                upos=parsed.pos_,
                tag=parsed.tag_,
                morph=str(parsed.morph),
                head=head,
                dep=parsed.dep_.lower(),  # as a term's {dep=…} constraint compares it: spaCy's ROOT is root
                space_after=bool(token.whitespace_),
            )
        )
    doc = sent.doc
    for part, (start, rows) in enumerate(pieces.items(), start=1):
        text = doc[start : start + len(rows)].text
        yield Unit(number, part, len(pieces), text, location, tuple(rows))


def parse_units(document: Document, model: SyntaxModel) -> Iterator[Unit]:
    """Every sentence of *document*, split and lemmatised by genderscan, tagged and parsed by *model*."""
    from ..nlp import get_pipeline
    from ..syntax import attach

    nlp = get_pipeline()
    number = 0
    docs = nlp.pipe(p.text for p in document.passages)
    for passage, doc in zip(document.passages, docs, strict=True):
        attach(doc, model)
        for sent in doc.sents:
            number += 1
            yield from _units(sent, number, passage.location)


def _field(value: str) -> str:
    """A CoNLL-U field: ``_`` when empty, no tab or line break."""
    value = re.sub(r"[\t\r\n]", " ", value)
    return value if value.strip() else "_"


def conllu(units: Iterator[Unit]) -> Iterator[str]:
    """CoNLL-U lines: ``# sent_id``, ``# text``, ten tab-separated columns per word, a blank line per sentence."""
    for unit in units:
        yield f"# sent_id = {unit.sent_id}"
        if unit.parts > 1:
            yield f"# genderscan = part {unit.part} of {unit.parts} of sentence {unit.number}, parsed separately"
        yield f"# text = {' '.join(unit.text.split())}"
        last = len(unit.rows)
        for r in unit.rows:
            misc = "_" if r.space_after or r.id == last else "SpaceAfter=No"
            dep = "root" if r.head == 0 else r.dep  # the parser's label on its root is ROOT: always root here
            cols = (str(r.id), r.form, r.lemma, r.upos, r.tag, r.morph, str(r.head), dep, "_", misc)
            yield "\t".join(_field(c) for c in cols)
        yield ""


def print_tables(units: Iterator[Unit], document: Document, model: SyntaxModel) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console()
    source = "text" if document.path == "<text>" else document.path
    out.print(Text(printable(f"{source}: parsed by {model.name} {model.version}; lemmas by simplemma")))
    for unit in units:
        part = f", part {unit.part} of {unit.parts}" if unit.parts > 1 else ""
        title = Text(printable(f"sentence {unit.number}{part} ({unit.location.label()}): {unit.text}"))
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        for name in ("#", "word", "lemma", "UPOS", "Alpino tag", "morphology", "head", "relation"):
            table.add_column(name, overflow="fold", justify="right" if name in ("#", "head") else "left")
        words = {r.id: r.form for r in unit.rows}
        for r in unit.rows:
            head = "0" if r.head == 0 else f"{r.head} {words[r.head]}"
            cells = (str(r.id), r.form, r.lemma, r.upos, r.tag, r.morph, head, r.dep)
            table.add_row(*(Text(printable(c)) for c in cells))  # Text: no markup in words such as "[/]"
        out.print(table)


@pipeline_app.command("parse")
def parse_cmd(
    source: Annotated[
        str,
        typer.Argument(
            help="Text to parse, a file (any format genderscan reads) or - for stdin. An existing path is a file; "
            "so is one word ending in a document suffix (nota.docx), which is an error when it does not exist.",
            metavar="TEXT|FILE",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        str,
        o.choice_option(
            "--format",
            "-f",
            choices=PARSE_FORMATS,
            help="table (default: one per sentence) or conllu (CoNLL-U).",
            show_default=False,
        ),
    ] = "table",
    model: o.Model = None,
    pdf_engine: o.PdfEngine = None,
    ocr: o.Ocr = False,
    max_size: o.MaxSize = None,
    config: o.ConfigFile = None,
    debug: o.Debug = False,
) -> None:
    """Every word with its lemma (simplemma's, the one lexicon terms match), UPOS, Alpino tag, morphology, head and
    relation, as a term's {UPOS,Feat=Value,dep=…,head=…} constraint sees them: look before you write a rule."""
    from ..syntax import syntax_model

    try:
        o.choice("--format", fmt, PARSE_FORMATS)
        options = o.resolve(config, model=model, pdf_engine=pdf_engine, ocr=ocr, max_mb=max_size)
        syntax = syntax_model(options.model)
        if syntax is None:
            raise ConfigError(
                "pipeline parse needs a trained pipeline, and --model blank has none "
                "(leave out --model for genderscan's own, or name an installed Dutch pipeline)",
                code=errors.BAD_OPTION,
            )
        document = read_source(source, max_mb=options.max_mb, pdf_engine=options.pdf_engine, ocr=options.ocr)
        units = list(parse_units(document, syntax))
    except GenderscanError as exc:
        raise _fail(exc, debug) from None
    if fmt == "conllu":
        sys.stdout.write("".join(line + "\n" for line in conllu(iter(units))))
    else:
        print_tables(iter(units), document, syntax)
