"""The library entry point; the CLI is a thin layer over it."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import errors
from .errors import ConfigError
from .lexicon import DOMAINS, Lexicon, load_lexicon
from .model import DocumentReport

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
    """Holds the pipeline and the compiled lexicon; analyse many documents with one."""

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
    ) -> None:
        from .analysis.matching import CompiledLexicon
        from .ingest.pdf import ENGINES
        from .nlp import DEFAULT_PIPELINE, get_pipeline, pipeline_name

        if pdf_engine is not None and pdf_engine not in ENGINES:
            raise ConfigError(
                f"unknown PDF engine '{pdf_engine}' (expected one of {', '.join(ENGINES)})", code=errors.BAD_OPTION
            )
        self.pdf_engine = pdf_engine
        if max_mb is not None and max_mb <= 0:
            raise ConfigError(f"--max-size must be positive, got {max_mb:g}", code=errors.BAD_OPTION)
        self.max_mb = max_mb
        self.ocr = ocr
        if ocr:
            from .ingest.ocr import tesseract

            tesseract()  # fail at once, with the install hint, not after the first document
        if domain is not None and domain not in DOMAINS:
            raise ConfigError(
                f"unknown domain '{domain}' (expected one of {', '.join(DOMAINS)})", code=errors.BAD_OPTION
            )
        self.lexicon: Lexicon = load_lexicon(lexicon_paths, disable=disable)
        self.nlp = get_pipeline(model)
        self.pipeline = pipeline_name(self.nlp) if model else DEFAULT_PIPELINE
        self.compiled = CompiledLexicon(self.lexicon, self.nlp)
        self.domain = domain

    def analyse(self, path: str | Path) -> DocumentReport:
        """Read and analyse one document; raises a coded InputError for bad files."""
        from .analysis import analyse_document
        from .ingest import DEFAULT_MAX_MB, read_document

        with fewer_collections():
            document = read_document(
                path, pdf_engine=self.pdf_engine, max_mb=self.max_mb or DEFAULT_MAX_MB, ocr=self.ocr
            )
            return analyse_document(document, self.nlp, self.compiled, pipeline=self.pipeline, domain=self.domain)

    def analyse_text(self, text: str, name: str = "<text>") -> DocumentReport:
        """Analyse a string as a plain-text document (paragraphs split on blank lines)."""
        from .analysis import analyse_document
        from .ingest import document_from_text

        with fewer_collections():
            return analyse_document(
                document_from_text(text, name), self.nlp, self.compiled, pipeline=self.pipeline, domain=self.domain
            )

    def findings_per_text(self, texts: list[str]) -> list[list]:
        """Stereotype findings for each text, every text analysed as its own one-passage document.

        All texts go through one ``nlp.pipe`` stream; each is then judged on
        its own, so document conditions (a missing measure) and inherited
        stance never leak from one text to the next.
        """
        from .analysis import parse_document
        from .analysis.stereotypes import find_stereotypes
        from .model import Document, Location, Passage

        passages = tuple(
            Passage(" ".join(t.split()), Location(file="<eval>", paragraph=i)) for i, t in enumerate(texts, 1)
        )
        document = Document(path="<eval>", format="txt", passages=passages, sha256="")
        with fewer_collections():
            return [find_stereotypes([pp], self.lexicon) for pp in parse_document(document, self.nlp, self.compiled)]


def analyse(
    path: str | Path, *, model: str | None = None, lexicon_paths: Iterable[str | Path] = (), domain: str | None = None
) -> DocumentReport:
    """Analyse one document with a fresh :class:`Analyzer` (the pipeline itself is cached)."""
    return Analyzer(model=model, lexicon_paths=lexicon_paths, domain=domain).analyse(path)
