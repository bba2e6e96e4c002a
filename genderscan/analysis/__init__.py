"""Analysers: stereotypes (matcher + stance), EIGE questions, measures, mentions, domain."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language

from .. import __version__
from ..lexicon.schema import DOMAINS, Lexicon
from ..model import SCHEMA_VERSION, CategorySummary, Document, DocumentReport, DomainGuess, Finding, PipelineInfo
from ..nlp import parse
from ..syntax import SyntaxModel, attach
from .domains import detect_domain
from .evidence import stereotyped_sentences
from .matching import CompiledLexicon, ParsedDocument, ParsedPassage
from .measures import check_measures
from .mentions import count_mentions
from .municipality import municipality
from .questions import answer_questions
from .stereotypes import find_stereotypes


def parse_document(
    document: Document, nlp: Language, compiled: CompiledLexicon, syntax: SyntaxModel | None = None
) -> ParsedDocument:
    """Run the pipeline over all passages at once (``nlp.pipe``) and match the lexicon.

    With a *syntax* model, the rules can ask for the parse of a sentence
    (:func:`genderscan.syntax.token_syntax`); it is made when first asked for.

    Table-of-contents lines and running headers and footers (``Passage.is_content`` False) are
    parsed as empty text: no words, sentences or hits, so no findings and no evidence, while the
    parsed passages stay aligned with ``document.passages``."""
    docs = parse(nlp, (p.text if p.is_content else "" for p in document.passages))
    return ParsedDocument(
        ParsedPassage(p, attach(d, syntax), compiled.hits(d)) for p, d in zip(document.passages, docs, strict=True)
    )


def analyse_document(
    document: Document,
    nlp: Language,
    compiled: CompiledLexicon,
    *,
    pipeline: PipelineInfo,
    domain: str | None = None,
    syntax: SyntaxModel | None = None,
) -> DocumentReport:
    """Turn a Document into a DocumentReport. *domain* overrides detection; *syntax* parses where rules ask."""
    lexicon = compiled.lexicon
    parsed = parse_document(document, nlp, compiled, syntax)
    mentions = count_mentions(parsed, lexicon)
    if domain is not None:
        if domain not in DOMAINS:
            raise ValueError(f"unknown domain {domain!r}")
        guess = DomainGuess(domain, 1.0, (), overridden=True)
    else:
        guess = detect_domain(parsed, lexicon, mentions.words)
    waived: Counter = Counter()
    findings = find_stereotypes(parsed, lexicon, waived)
    exclude = stereotyped_sentences(findings)
    measures = check_measures(parsed, lexicon, guess.id, exclude)
    return DocumentReport(
        schema_version=SCHEMA_VERSION,
        genderscan_version=__version__,
        lexicon_version=lexicon.version,
        pipeline=pipeline,
        document={
            "path": document.path,
            "format": document.format,
            "sha256": document.sha256,
            "pages": document.pages,
            "pages_without_text": list(document.pages_without_text),
            "ocr_pages": list(document.ocr_pages),
            "passages": len(document.passages),
            "words": mentions.words,
            "municipality": municipality(document.passages),
        },
        domain=guess,
        gender_blind=mentions.per_1000_words < lexicon.gender_blind_threshold,
        mentions=mentions,
        findings=tuple(findings),
        questions=tuple(answer_questions(parsed, lexicon, exclude, findings)),
        measures=tuple(measures),
        categories=summarise_categories(lexicon, findings),
        suppressions=tuple(
            {
                "paragraph": p.location.paragraph,
                "rule": rule,
                "reason": reason,
                "suppressed": waived[(p.location.paragraph, rule)],
            }
            for p in document.passages
            for rule, reason in p.suppress
        ),
        sources=cited_sources(
            lexicon, [f.source for f in findings] + [m.source for m in measures] + [q.source for q in lexicon.questions]
        ),
    )


def summarise_categories(lexicon: Lexicon, findings: list[Finding]) -> tuple[CategorySummary, ...]:
    def count(cat: str, stance: str) -> int:
        return sum(1 for f in findings if f.category == cat and f.stance == stance)

    return tuple(
        CategorySummary(
            c.id,
            c.label,
            c.atria_question,
            c.unintended_effect,
            count(c.id, "assertion"),
            count(c.id, "critical"),
            count(c.id, "quoted"),
        )
        for c in lexicon.categories
    )


def cited_sources(lexicon: Lexicon, keys: list[str]) -> dict[str, str]:
    """``key -> "Author (year). Title. Publisher."`` for each key used, sorted."""
    out = {}
    for key in sorted(set(keys)):
        src = lexicon.sources[key]
        head = src.get("author") or src.get("publisher", "")
        year = f" ({src['year']})" if "year" in src else ""
        parts = [f"{head}{year}".strip(), src["title"]]
        if src.get("publisher") and src.get("author"):
            parts.append(src["publisher"])
        if src.get("url"):
            parts.append(src["url"])
        out[key] = ". ".join(p for p in parts if p) + "."
    return out
