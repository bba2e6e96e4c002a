"""The library entry point; the CLI is a thin layer over it."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from pathlib import Path

from .config import Config
from .errors import ConfigError
from .lexicon import Lexicon, load_lexicon
from .model import DocumentReport
from .profile import Profile, build_profile, known_ids, switched_off
from .progress import Progress
from .settings import Options

# Young-generation collections per allocations while a document is analysed.
# Python's default (700) made the collector walk the growing heap of a long
# document over and over: 25-30% of the analysis time, for almost no cyclic
# garbage (benchmarks/ingest.py, issue 5).
GC_THRESHOLD = 50_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often inside the block; the previous thresholds come back after it."""
    old = gc.get_threshold()
    if not gc.isenabled() or old[0] == 0 or old[0] >= GC_THRESHOLD:  # off, or already rare: leave it alone
        yield
        return
    gc.set_threshold(GC_THRESHOLD, max(old[1], 20), max(old[2], 100))
    try:
        yield
    finally:
        gc.set_threshold(*old)


class Analyzer:
    """Holds the pipeline, the compiled lexicon and the profile; analyse many documents with one.

    Settings come from keyword arguments, from *config* (a loaded
    ``genderscan.toml``, :func:`genderscan.config.load`) or from *options*
    (already resolved, as a batch worker gets them): arguments win over the
    file, lists (lexicon files, disabled rules) add up. Every report it makes
    has the configuration's severities and per-file ignores applied
    (:class:`~genderscan.profile.Profile`).
    """

    def __init__(
        self,
        *,
        model: str | None = None,
        lexicon_paths: Iterable[str | Path] = (),
        domain: str | None = None,
        disable: Iterable[str] = (),
        pdf_engine: str | None = None,
        max_mb: float | None = None,
        ocr: bool = False,
        config: Config | str | Path | None = None,
        options: Options | None = None,
    ) -> None:
        from .analysis.matching import CompiledLexicon
        from .nlp import get_pipeline
        from .syntax import pipeline_info, syntax_model

        if isinstance(config, (str, Path)):
            from .config import load

            config = load(Path(config))
        given = {
            "model": model,
            "lexicon_paths": _listed(lexicon_paths),
            "domain": domain,
            "disable": _listed(disable),
            "pdf_engine": pdf_engine,
            "max_mb": max_mb,
            "ocr": ocr,
        }
        self.options = opts = options if options is not None else Options.resolve(config, **given)
        if opts.ocr:
            from .ingest.ocr import tesseract

            tesseract()  # fail at once, with the install hint, not after the first document
        self.lexicon, self.profile = prepare(opts)
        self.nlp = get_pipeline()
        self.syntax = syntax_model(opts.model)
        if self.syntax is not None:
            from .analysis.second_opinion import model_label

            model_label()  # a damaged second opinion fails now, like the pipeline's meta, not per document
        self.pipeline = pipeline_info(self.syntax, self.nlp.pipe_names)
        self.compiled = CompiledLexicon.cached(self.lexicon, self.nlp)

    # Read-only views of the options, for callers of the first API.
    domain = property(lambda self: self.options.domain)
    pdf_engine = property(lambda self: self.options.pdf_engine)
    max_mb = property(lambda self: self.options.max_mb)
    ocr = property(lambda self: self.options.ocr)

    def analyse(self, path: str | Path, *, name: str | None = None, progress: Progress | None = None) -> DocumentReport:
        """Read and analyse one document; raises a coded InputError for bad files.

        *name* is the path per-file ignores are matched against, when the
        document was copied elsewhere first (a batch on a cluster). *progress* is called with the pages
        of a PDF read and the passages analysed (:mod:`genderscan.progress`)."""
        from .analysis import analyse_document
        from .ingest import read_document

        opts = self.options
        with fewer_collections():
            document = read_document(
                path, pdf_engine=opts.pdf_engine, max_mb=opts.max_mb, ocr=opts.ocr, progress=progress
            )
            report = analyse_document(
                document,
                self.nlp,
                self.compiled,
                pipeline=self.pipeline,
                domain=opts.domain,
                syntax=self.syntax,
                progress=progress,
            )
        return self.profile.apply(report, name)

    def analyse_text(self, text: str, name: str = "<text>") -> DocumentReport:
        """Analyse a string as a plain-text document (paragraphs split on blank lines)."""
        from .analysis import analyse_document
        from .ingest import document_from_text

        with fewer_collections():
            report = analyse_document(
                document_from_text(text, name),
                self.nlp,
                self.compiled,
                pipeline=self.pipeline,
                domain=self.domain,
                syntax=self.syntax,
            )
        return self.profile.apply(report)

    def findings_per_text(
        self, texts: list[str], *, merge: bool = True, second_opinion: bool = True, vetoes: bool = True
    ) -> list[list]:
        """Stereotype findings for each text, every text analysed as its own one-passage document.

        All texts go through one ``nlp.pipe`` stream; each is then judged on
        its own, so document conditions (a missing measure) and inherited
        stance never leak from one text to the next. *second_opinion* and *vetoes*: see
        :func:`~genderscan.analysis.stereotypes.find_stereotypes`.
        """
        from .analysis import parse_document
        from .analysis.second_opinion import prepare
        from .analysis.stereotypes import find_stereotypes
        from .ingest.text import numbered_heading
        from .model import Document, Location, Passage

        # a numbered heading ("Artikel 9. Ontheffing wegens zorgtaken") is read as one: it names a topic
        lines = [" ".join(t.split()) for t in texts]
        passages = tuple(
            Passage(t, Location(file="<eval>", paragraph=i), kind="heading" if numbered_heading(t) else "paragraph")
            for i, t in enumerate(lines, 1)
        )
        document = Document(path="<eval>", format="txt", passages=passages, sha256="")
        with fewer_collections():
            parsed = parse_document(document, self.nlp, self.compiled, self.syntax)
            if second_opinion:
                prepare(parsed)  # every text's sentences in one stream, not one stream per text
            return [
                find_stereotypes([pp], self.lexicon, merge=merge, second_opinion=second_opinion, vetoes=vetoes)
                for pp in parsed
            ]


def _in_config(opts: Options, exc: ConfigError) -> ConfigError:
    """*exc* with the configuration file it is about in front."""
    return ConfigError(f"{opts.source}: {exc.message}" if opts.source else exc.message, code=exc.code)


def _load(opts: Options) -> Lexicon:
    """The lexicon with ``disable`` and everything outside ``enable`` switched off."""
    source = f"--disable or 'disable' in {opts.source}" if opts.source else "--disable"
    if not opts.enable:
        return load_lexicon(opts.lexicon_paths, disable=opts.disable, disable_source=source)
    try:
        off = switched_off(opts.enable, load_lexicon(opts.lexicon_paths))
    except ConfigError as exc:
        raise _in_config(opts, exc) from exc
    disable = [*opts.disable, *(o for o in off if o not in opts.disable)]
    return load_lexicon(opts.lexicon_paths, disable=disable, disable_source=source)


def _listed(items: Iterable[str | Path] | str | Path) -> list[str | Path]:
    """One id or path given where a list is expected is a list of one, not of its letters."""
    return [items] if isinstance(items, (str, Path)) else list(items)


def prepare(opts: Options) -> tuple[Lexicon, Profile]:
    """The lexicon and profile of *opts*: every lexicon, id and configuration error shows here,
    before any document is read (a batch calls it before its workers start)."""
    lexicon = _load(opts)
    return lexicon, _profile(opts, lexicon)


def _profile(opts: Options, lexicon: Lexicon) -> Profile:
    """The severities and ignores of *opts*, their ids checked against the whole lexicon."""
    if not opts.severity and not opts.ignore:
        return Profile({})
    named = {rid for rid, _ in opts.severity} | {i for _, ids in opts.ignore for i in ids if i != "*"}
    full = lexicon if named <= known_ids(lexicon) else load_lexicon(opts.lexicon_paths)  # a switched-off id is fine
    try:
        return build_profile(opts.severity, opts.ignore, full, opts.base)
    except ConfigError as exc:
        raise _in_config(opts, exc) from exc


def analyse(
    path: str | Path,
    *,
    model: str | None = None,
    lexicon_paths: Iterable[str | Path] = (),
    domain: str | None = None,
    config: Config | None = None,
) -> DocumentReport:
    """Analyse one document with a fresh :class:`Analyzer` (the pipeline itself is cached)."""
    return Analyzer(model=model, lexicon_paths=lexicon_paths, domain=domain, config=config).analyse(path)
