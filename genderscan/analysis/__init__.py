"""Analysers: stereotypes (matcher + stance), EIGE questions, measures, mentions, domain."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.language import Language

from .. import __version__
from ..lexicon.keys import INCOME_SUPPORT, JOBSEEKERS
from ..lexicon.schema import DOMAINS, Lexicon
from ..model import (
    BUDGET_LINES,
    DECISIONS,
    SCHEMA_VERSION,
    TEMPLATE,
    WORDING,
    CategorySummary,
    Document,
    DocumentReport,
    DomainGuess,
    Finding,
    PipelineInfo,
    SecondOpinion,
    Vetoed,
)
from ..progress import Progress
from ..syntax import SyntaxModel
from .commitments import NOT_DONE_KINDS, DocumentFacts, own_staff_section
from .domains import DomainMap, map_domains, social_items
from .evidence import evidence, stereotyped_sentences
from .matching import CompiledLexicon, ParsedDocument, ParsedPassage
from .measures import BY_SEX_QUESTIONS, GENDERDATA, check_measures, delegated, household_counts
from .mentions import count_mentions, passage_words, section_mentions
from .municipality import municipality
from .passages import parse_passages
from .places import (
    article_places,
    budget_title,
    document_title,
    place_evidence,
    place_findings,
    place_measures,
    place_questions,
    section_paragraphs,
)
from .questions import answer_questions
from .second_opinion import model_label
from .stereotypes import find_stereotypes
from .themes import theme_leads


def parse_document(
    document: Document,
    nlp: Language,
    compiled: CompiledLexicon,
    syntax: SyntaxModel | None = None,
    progress: Progress | None = None,
) -> ParsedDocument:
    """Run the pipeline over all passages in one stream (``nlp.pipe``) and match the lexicon.

    The Docs stay in memory up to a bound of tokens; a pass that asks for a dropped one
    gets it made again, the same (:mod:`.passages`).

    With a *syntax* model, the rules can ask for the parse of a sentence
    (:func:`genderscan.syntax.token_syntax`); it is made when first asked for.

    Table-of-contents lines and running headers and footers (``Passage.is_content`` False) are
    parsed as empty text: no words, sentences or hits, so no findings and no evidence, while the
    parsed passages stay aligned with ``document.passages``. *progress* hears of each passage parsed."""
    return parse_passages(document, nlp, compiled, syntax, progress=progress)


def analyse_document(
    document: Document,
    nlp: Language,
    compiled: CompiledLexicon,
    *,
    pipeline: PipelineInfo,
    domain: str | None = None,
    syntax: SyntaxModel | None = None,
    progress: Progress | None = None,
) -> DocumentReport:
    """Turn a Document into a DocumentReport. *domain* overrides detection; *syntax* parses where rules ask;
    *progress* hears of each passage parsed (:mod:`genderscan.progress`)."""
    lexicon = compiled.lexicon
    parsed = parse_document(document, nlp, compiled, syntax, progress)
    words = [passage_words(pp) for pp in parsed]
    domains, scoped = scope(parsed, lexicon, words, domain)
    guess = domains.guess
    if domains.support:  # the sections whose tables the measures read beside the verdict's own
        guess = replace(guess, money_sections=domains.money_sections())
    read = evidence_scope(parsed, domains)  # the scope and its money chapters
    mentions = replace(
        # gender-blindness over the words the measures read too: a finance chapter's tables count as the
        # social policy's text, as they did when that chapter was part of the scope
        count_mentions(read, lexicon),
        sections=section_mentions(
            parsed, [(p.path, p.domain, p.passages) for p in domains.parts], words, domains.back_matter
        ),
    )
    waived: Counter = Counter()
    vetoed: list[Vetoed] = []
    findings = find_stereotypes(parsed, lexicon, waived, vetoed=vetoed)
    label = model_label() if syntax is not None else None
    exclude = stereotyped_sentences(findings)
    facts = DocumentFacts.of(parsed)  # what the whole document is: its own municipality, whether it is advice
    measures = check_measures(measure_scope(read, domains), lexicon, guess.id, exclude, parsed, facts=facts)
    elsewhere = [] if facts.advisory else delegated(scoped, lexicon, guess.id)
    # a sentence the check of figures by sex read as not done, intended or advised answers no question about them
    undone = frozenset(e.text for m in measures if m.id == GENDERDATA for e in m.evidence if e.kind in NOT_DONE_KINDS)
    # the EIGE questions read the chapters that frame the document too (a foreword can hold its gender analysis)
    question_scope = domains.question_scope
    asked = scoped if question_scope is None else ParsedDocument(parsed[i] for i in question_scope)
    questions = answer_questions(
        asked,
        lexicon,
        exclude,
        in_scope(findings, asked, question_scope),
        undone=dict.fromkeys(BY_SEX_QUESTIONS, undone),
    )
    # indicators that count households, where the document has no figures by sex: genderdata missing, and the
    # EIGE questions about figures and indicators by sex not answered (a row "…, waarvan vrouwen" answers them)
    households = (
        household_counts(scoped)
        if any(m.id == GENDERDATA and m.status == "missing" for m in measures)
        and not facts.advisory
        and not any(q.id in BY_SEX_QUESTIONS and q.status == "beantwoord" for q in questions)
        else []
    )
    # a record of decisions: the decisions about social policy, whose policy documents are the ones to scan
    if guess.non_policy:  # no policy text, nothing to find: every question is not applicable, not unanswered,
        # and not answered either (an expert read of a decision list found its headline "EIGE-vragen: niet van
        # toepassing" above one answered by a councillor's "de heer" and a heading's "Mobiliteit")
        questions = [replace(q, status="niet van toepassing", evidence=()) for q in questions]
    decisions = (
        [evidence(item.text, item.passage.passage.location, item.terms) for item in social_items(parsed, lexicon)]
        if guess.non_policy_kind == DECISIONS
        else []
    )
    # themes that reach women and men differently, named without them (mantelzorg, single parents): leads for the
    # whole text, also outside the verdict's sections; none in a template or a rule about budget lines, which
    # name them as lines to fill in ("Mantelzorg", "vergoeding van kinderopvang alleenstaande ouders")
    # (quoted from the verdict's sections first, where there are some)
    first = frozenset(domains.scope) if domains.scope is not None else None
    leads = [] if guess.non_policy_kind in (TEMPLATE, BUDGET_LINES) else theme_leads(parsed, lexicon, first)
    numbers = section_paragraphs(document)
    articles = article_places(document)
    title = document_title(document)
    return DocumentReport(
        schema_version=SCHEMA_VERSION,
        genderscan_version=__version__,
        lexicon_version=lexicon.version,
        pipeline=pipeline,
        document={
            "path": document.path,
            "title": title,
            "format": document.format,
            "sha256": document.sha256,
            "pages": document.pages,
            "pages_without_text": list(document.pages_without_text),
            "ocr_pages": list(document.ocr_pages),
            "passages": len(document.passages),
            "words": domains.words,
            # a guide or study names municipalities as its examples, not as its author
            "municipality": municipality(document.passages, title_page=facts.advisory),
            "advisory": facts.advisory,
            "national": facts.national,
            "agreement": facts.agreement,
            # a budget names lines and main policy, not every measure: one it lacks may stand in a policy plan
            "budget": not (facts.advisory or facts.national or facts.agreement)
            and budget_title(title, lexicon.budget_titles),
        },
        domain=guess,
        # no verdict on a text that is no policy (a reporting rule, a template, a list of decisions): the report says
        # so, and the JSON does not count it among the gender-blind policies
        gender_blind=not guess.non_policy and mentions.per_1000_words < lexicon.gender_blind_threshold,
        mentions=mentions,
        findings=tuple(place_findings(findings, numbers, articles)),
        questions=tuple(place_questions(questions, numbers, articles)),
        measures=tuple(place_measures(measures, numbers, articles)),
        delegated=place_evidence(elsewhere, numbers, articles),
        household_counts=place_evidence(households, numbers, articles),
        social_items=place_evidence(decisions, numbers, articles),
        themes=tuple(replace(t, evidence=place_evidence(t.evidence, numbers, articles)) for t in leads),
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
            lexicon,
            [f.source for f in findings]
            + [s for m in measures for s in (m.source, *(p.source for p in m.practice))]
            + [q.source for q in lexicon.questions]
            + [t.source for t in leads],
        ),
        domains=domains.shares(),
        second_opinion=None
        if label is None
        else SecondOpinion(label, tuple(place_findings(vetoed, numbers, articles))),
    )


def scope(
    parsed: list[ParsedPassage], lexicon: Lexicon, words: list[int], domain: str | None = None
) -> tuple[DomainMap, ParsedDocument]:
    """The domains of the document's sections (*domain*: ``--domain``, one for the whole document) and
    the passages the verdicts (measures, questions, gender-blindness) cover: the social sections of a
    document that has other sections too, else the whole document. *words*: per passage."""
    forced = None
    if domain is not None:
        if domain not in DOMAINS:
            raise ValueError(f"unknown domain {domain!r}")
        forced = DomainGuess(domain, 1.0, (), overridden=True)
    domains = map_domains(parsed, lexicon, words, forced)
    if domains.scope is None:
        return domains, parsed if isinstance(parsed, ParsedDocument) else ParsedDocument(parsed)
    return domains, ParsedDocument(parsed[i] for i in domains.scope)


def evidence_scope(parsed: list[ParsedPassage], domains: DomainMap) -> ParsedDocument:
    """The passages the measures read: the verdict's scope and the money chapters beside it
    (:attr:`~genderscan.analysis.domains.DomainMap.support`)."""
    passages = domains.evidence_scope
    if passages is None:
        return parsed if isinstance(parsed, ParsedDocument) else ParsedDocument(parsed)
    return ParsedDocument(parsed[i] for i in passages)


def measure_scope(read: ParsedDocument, domains: DomainMap) -> ParsedDocument:
    """The passages of *read* (:func:`evidence_scope`) the measures take commitments from: of the money chapters
    beside the verdict's scope only their table rows, which carry the social measures' money, and prose that names
    the checklist's people (:func:`_names_its_people`), unless it is about the staff of the body or a partner
    (:func:`~genderscan.analysis.commitments.own_staff_section`: "6 Personeel van het netbedrijf"); their other prose
    is every programme's or another area's ("Alle Wmo-consulenten volgen een training", in a chapter on care after the
    one on work)."""
    if not domains.support:
        return read
    prose = frozenset(domains.support)
    return ParsedDocument(
        pp
        for i, pp in zip(domains.evidence_scope or (), read, strict=True)
        if i not in prose
        or pp.passage.kind == "table_cell"
        or (_names_its_people(pp) and not own_staff_section(pp.passage.location.section_path, pp.passage.text))
    )


def _names_its_people(pp: ParsedPassage) -> bool:
    """A passage that names income support or the people the checklist is for ("voor ouders met een
    bijstandsuitkering", "werkzoekenden"): prose of a later chapter about the social policy's own people (a
    hostile review: "Het Werkplein regelt kinderopvang voor ouders met een bijstandsuitkering" under "Uitvoering")."""
    return INCOME_SUPPORT in pp.hit_keys or JOBSEEKERS in pp.hit_keys


def in_scope(findings: list[Finding], scoped: list[ParsedPassage], scope: tuple[int, ...] | None) -> list[Finding]:
    """The findings in the passages a verdict covers (all of them when it covers the whole document)."""
    if scope is None:
        return findings
    where = {(pp.passage.location.paragraph, pp.passage.location.section_path) for pp in scoped}
    return [f for f in findings if (f.location.paragraph, f.location.section_path) in where]


def summarise_categories(lexicon: Lexicon, findings: list[Finding]) -> tuple[CategorySummary, ...]:
    def count(cat: str, stance: str) -> int:
        return sum(1 for f in findings if cat in f.categories() and f.stance == stance)

    return tuple(
        CategorySummary(
            c.id,
            c.label,
            c.atria_question,
            c.unintended_effect,
            count(c.id, "assertion"),
            count(c.id, "critical"),
            count(c.id, "quoted"),
            c.id in WORDING,
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
