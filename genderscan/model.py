"""Immutable results that flow from ingest to the report formatters.

Every class is a frozen dataclass; ``to_dict()`` gives the JSON wire form
described by ``genderscan/schemas/report.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1.16"

STANCES = ("assertion", "critical", "quoted")
SEVERITIES = ("low", "medium", "high")
GENDERDATA = "genderdata"
"""The measure "gegevens uitgesplitst naar geslacht" (a stable id of DESIGN.md): where it is missing, a report
quotes the document's figures that count households (``household_counts``)."""
WORDING = frozenset({"generiek_mannelijk"})
"""Categories that are a habit of wording rather than an assumption about roles: reported per sentence,
counted apart from the assumptions in a report's summary, chart and what-now list, and no reason to
set a sentence aside as evidence of a measure ("Wie zijn schuldregeling afrondt, krijgt …")."""
QUESTION_STATUSES = ("beantwoord", "deels", "niet aangetroffen", "niet van toepassing")
"""The last for every question on a text that is no policy (a reporting rule, a template, a list of decisions)."""
MEASURE_STATUSES = ("present", "missing", "not_applicable")
EVIDENCE_KINDS = ("commitment", "other_group", "intent", "recommendation", "mention", "shortage", "other_sense")
"""What a sentence that names a measure does with it, from strongest to weakest; only a commitment
makes the measure present. ``other_group``: a commitment only for people the checklist is not about
(childcare paid for working parents, not for parents in a trajectory or on a benefit)."""
PASSAGE_KINDS = ("paragraph", "heading", "list_item", "table_cell", "footnote", "toc", "running")
NON_CONTENT_KINDS = ("toc", "running")
"""Passage kinds that are no part of the text: table-of-contents lines (and the ToC's title) and
running headers, footers and page numbers. They are kept, so that the reading order stays whole,
but give no findings and no evidence."""


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _unit(value: float, digits: int) -> float:
    """*value* as a share in [0, 1] rounded to *digits*, whatever the arithmetic that made it (NaN is 0):
    the schema allows nothing else, and a consumer validating the JSON would reject the report."""
    x = float(value)
    return round(min(1.0, max(0.0, x)), digits) if x == x else 0.0


class _Serialisable:
    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True)
class Location(_Serialisable):
    """Where a passage or finding sits in its source document."""

    file: str
    """Path of the document as it was given."""
    paragraph: int
    """1-based index of the passage in the document (blocks for TXT/MD, body blocks for DOCX, paragraphs for PDF)."""
    page: int | None = None
    """1-based physical page (PDF only)."""
    section: str | None = None
    """Title of the heading the passage sits under (the last of ``section_path``), if known."""
    char_start: int | None = None
    """Offset of the match within the passage text (findings only)."""
    char_end: int | None = None
    """End offset (exclusive) of the match within the passage text (findings only)."""
    page_label: str | None = None
    """The printed page label where the PDF defines one (``iii``, ``B-4``), else None."""
    section_path: tuple[str, ...] = ()
    """Titles of the headings the passage sits under, outermost first (a heading's own path ends
    with itself); empty before the first heading and in a document without headings."""
    section_paragraph: int | None = None
    """1-based number of the passage within its section, the heading not counted (findings and
    evidence only): the paragraph a reader counts from the heading."""
    sentence: int | None = None
    """1-based number of the matched sentence within its passage (findings and ``delegated`` evidence only)."""
    article: str | None = None
    """Under an article's heading (a law, a verordening): the article ("9", "9a"); findings and evidence only."""
    member: str | None = None
    """… the member (lid) the result stands in ("3"), where the text numbers them …"""
    item: str | None = None
    """… and the item (onderdeel: "b") within it."""

    def label(self) -> str:
        """Short human form: ``p. 3, alinea 12, § 3 Werk › 3.2 Partners`` or ``alinea 12``."""
        if self.page is not None:
            printed = f" (blz. {self.page_label})" if self.page_label and self.page_label != str(self.page) else ""
            where = f"p. {self.page}{printed}, alinea {self.paragraph}"
        else:
            where = f"alinea {self.paragraph}"
        path = section_label(self.section_path)
        return f"{where}, {path}" if path else where


def verdict_sections(report: dict[str, Any]) -> tuple[tuple[str, ...], ...] | None:
    """From a report's JSON form: the heading paths of its social sections, in reading order, when
    the document has other sections too; None when the measures, questions and gender-blindness
    are about the whole document (one domain, or no social one)."""
    sections = (report.get("mentions") or {}).get("sections") or []
    social = [s for s in sections if s["domain"] != "other"]
    # back matter (references, a colophon) is no other policy: alone beside the social sections, the verdicts
    # are about the whole document's policy text
    policy = [s for s in sections if not s.get("back_matter")]
    if not social or len(social) == len(policy):
        return None
    return tuple(tuple(s["path"]) for s in social)


SECTION_PARTS = 2
"""Headings of a section path a location label shows: the innermost two."""


DECISIONS = "decisions"

MAX_SOCIAL_ITEMS = 6
"""Decisions about social policy a record of decisions names at most (``social_items``); a report that lists this
many says they may be the first ones only."""

BUDGET_LINES = "budget_lines"
TEMPLATE = "template"
"""What a text that is no policy text is (``DomainGuess.non_policy_kind``): a record of decisions, a regulation
or chart of accounts about budget lines, or a template to fill in."""


NOTE_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
"""Superscript digits: a footnote's mark, which a heading ends with ("PILOT … IN DEN HAAG³⁹") and a sentence
after one starts with ("⁴³ Een tip is …") in text taken from a PDF or a Word file."""


def heading_text(heading: str) -> str:
    """A heading as a report names it: without a footnote's mark at its end ("… IN DEN HAAG³⁹")."""
    return heading.rstrip(NOTE_MARKS + " ") or heading


def section_label(path: tuple[str, ...] | list[str]) -> str:
    """``§ 3 Werk › 3.2 Partners``: the last SECTION_PARTS headings of *path* (without a footnote's mark at
    their end), '' for none."""
    if not path:
        return ""
    shown = " › ".join(heading_text(h) for h in path[-SECTION_PARTS:])
    return f"§ {'… › ' if len(path) > SECTION_PARTS else ''}{shown}"


@dataclass(frozen=True)
class Passage(_Serialisable):
    """One paragraph, heading, list item or table cell of text."""

    text: str
    """Normalised text (whitespace collapsed, line-end hyphens joined)."""
    location: Location
    """Where it came from (no char offsets)."""
    kind: str = "paragraph"
    """One of PASSAGE_KINDS."""
    suppress: tuple[tuple[str, str], ...] = ()
    """In-document suppressions: (rule id or category, reason), from a Word comment "genderscan: negeer ID reden"."""
    marker: str | None = None
    """A list item's own number or letter, taken off its text ("3.", "b)"), where the reader knows it: an article's
    member or item (``analysis.places.article_places``)."""

    @property
    def is_content(self) -> bool:
        """False for a table-of-contents line and a running header or footer (NON_CONTENT_KINDS)."""
        return self.kind not in NON_CONTENT_KINDS


@dataclass(frozen=True)
class Section:
    """A run of passages under one heading path: the heading (if any) and the text up to the next heading.

    A subsection is a Section of its own; its ``path`` starts with its parent's.
    """

    path: tuple[str, ...]
    """Heading titles, outermost first; ``()`` for the text before the first heading."""
    start: int
    """Index of its first passage in ``Document.passages`` (the heading, if it has one)."""
    end: int
    """Index just past its last passage."""

    @property
    def title(self) -> str | None:
        """The section's own heading, None for the text before the first heading."""
        return self.path[-1] if self.path else None

    @property
    def level(self) -> int:
        """1 for a top-level section, 2 for a subsection …; 0 for the text before the first heading."""
        return len(self.path)

    def within(self, path: tuple[str, ...]) -> bool:
        """True when this section is *path* or lies below it."""
        return self.path[: len(path)] == path


@dataclass(frozen=True)
class Document(_Serialisable):
    """A document read from disk, as an ordered tuple of passages."""

    path: str
    """Path as given."""
    format: str
    """Reader that produced it: pdf, docx, txt, md."""
    passages: tuple[Passage, ...]
    """Passages in reading order."""
    sha256: str
    """Content hash of the file bytes."""
    pages: int | None = None
    """Number of pages (PDF only)."""
    pages_without_text: tuple[int, ...] = ()
    """Physical page numbers (1-based) that have no text layer (PDF only)."""
    ocr_pages: tuple[int, ...] = ()
    """Pages whose text was read by OCR (``--ocr``)."""
    title: str | None = None
    """The title in the file's metadata (PDF info, DOCX core or ODT meta properties, HTML
    ``<title>``), None when it has none."""

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.passages)

    def sections(self) -> tuple[Section, ...]:
        """The document's sections in reading order: each heading starts one, and so does the
        text before the first heading (path ``()``). A document without headings is one section."""
        out: list[Section] = []
        start = 0
        for i, p in enumerate(self.passages):
            if i and (p.kind == "heading" or p.location.section_path != self.passages[start].location.section_path):
                out.append(Section(self.passages[start].location.section_path, start, i))
                start = i
        if self.passages:
            out.append(Section(self.passages[start].location.section_path, start, len(self.passages)))
        return tuple(out)


@dataclass(frozen=True)
class Finding(_Serialisable):
    """A stereotype rule matched in a sentence."""

    rule_id: str
    """Stable id of the lexicon rule."""
    category: str
    """One of the ten stereotype categories of DESIGN.md."""
    stance: str
    """assertion, critical or quoted."""
    severity: str
    """low, medium or high."""
    message: str
    """What was found."""
    explanation: str
    """Why it matters."""
    suggestion: str
    """What to write or do instead."""
    source: str
    """Key into lexicons/sources.yml."""
    matched_text: str
    """The words that matched."""
    sentence: str
    """The sentence the match occurs in."""
    location: Location
    """Passage location plus the char offsets of the match in the passage."""
    fingerprint: str
    """Stable hash (rule, sentence, occurrence) that survives edits elsewhere."""
    sentence_span: tuple[int, int] = (0, 0)
    """Offsets of the matched text within ``sentence``."""
    stance_cue: str | None = None
    """The cue that made the stance critical or quoted, if any."""
    atria_question: str = "aanname"
    """Atria question 1 (``aanname``: an assumption) or 2 (``uitvoering``: a measure or process)."""
    unintended_effect: str | None = None
    """The rule's own possible unintended effect (Atria question 3); None: the category's."""
    also: tuple[str, ...] = ()
    """The other categories the same claim touches: the findings of several rules in one sentence
    are one finding (generic masculine wording stays a finding of its own)."""

    def categories(self) -> tuple[str, ...]:
        """The category and those in ``also``."""
        return (self.category, *self.also)


@dataclass(frozen=True)
class Evidence(_Serialisable):
    """A quoted sentence supporting an answer or a present measure."""

    text: str
    """The sentence."""
    location: Location
    """Where it is."""
    terms: tuple[str, ...] = ()
    """The terms that made it evidence."""
    kind: str | None = None
    """Measures only: what the sentence does with the measure, one of EVIDENCE_KINDS; only a
    ``commitment`` makes the measure present. None for the evidence of a question."""


@dataclass(frozen=True)
class ThemeLead(_Serialisable):
    """A theme that reaches women and men differently (mantelzorg, single parents, domestic violence) that the
    document names, never together with women, men or gender: where to ask for figures and effects by sex."""

    id: str
    """The theme's id in the lexicon (``themes`` in lexicon.yml)."""
    name: str
    fact: str
    """Why it reaches women and men differently, from *source*."""
    source: str
    """Key of the source in ``sources``."""
    evidence: tuple[Evidence, ...]
    """The first sentences that name it (at most two)."""


@dataclass(frozen=True)
class QuestionAnswer(_Serialisable):
    """An EIGE gender-analysis question answered from the document."""

    id: str
    """Stable question id."""
    question: str
    """The question text."""
    status: str
    """beantwoord, deels or niet aangetroffen; niet van toepassing on a text that is no policy."""
    evidence: tuple[Evidence, ...]
    """Supporting sentences (at most a handful)."""
    guidance: str
    """What a good answer would contain."""


@dataclass(frozen=True)
class MeasureCheck(_Serialisable):
    """Whether a measure from the Atria checklist is in the document."""

    id: str
    """Stable measure id."""
    name: str
    """Short Dutch name."""
    status: str
    """present, missing or not_applicable."""
    evidence: tuple[Evidence, ...]
    """Sentences that show the measure (present only)."""
    recommendation: str
    """What to do when it is missing."""
    source: str
    """Key into lexicons/sources.yml."""
    intended: bool = False
    """Missing, but the document states an intent ("we onderzoeken of …"): shown as voorgenomen."""
    partial: bool = False
    """Missing, but the document commits to it for another group only (``other_group`` evidence):
    shown as deels."""
    why: str = ""
    """Why the measure matters (from the lexicon; empty when a user lexicon gives none)."""
    practice: tuple[Practice, ...] = ()
    """One or two examples of the measure in practice, each with its source."""


@dataclass(frozen=True)
class Practice(_Serialisable):
    """An example from practice of a measure: what someone did, and where it is described."""

    text: str
    """What was done, in a sentence or two."""
    source: str
    """Key into lexicons/sources.yml."""


@dataclass(frozen=True)
class MentionStats(_Serialisable):
    """How often the document refers to gender at all."""

    words: int
    """Number of words in the document, or in the sections the verdicts cover (``sections``)."""
    gender_mentions: int
    """Number of gender references."""
    per_1000_words: float
    """Gender references per 1,000 words (rounded to 2 decimals)."""
    threshold: float
    """Below this rate the document counts as gender-blind."""
    terms: dict[str, int] = field(default_factory=dict)
    """Counts per referring word (lower case), sorted by term."""
    parts: dict[str, dict[str, float]] | None = None
    """Per part of the document (``analyse``, ``maatregelen``) by its headings:
    words, gender_mentions, per_1000_words; None when the headings do not allow the split."""
    sections: tuple[SectionMentions, ...] = ()
    """Per section of the document (the sections of ``domains[]``), with its domain. The figures
    above cover the sections the verdicts are about: in a document with social and other sections,
    the social ones; else the whole document."""


@dataclass(frozen=True)
class SectionMentions(_Serialisable):
    """Gender references in one section of the document."""

    path: tuple[str, ...]
    """Heading path of the section, outermost first; ``()`` for the text before the first heading."""
    domain: str
    """The section's policy domain."""
    words: int
    """Words in the section (with its subsections)."""
    gender_mentions: int
    """Gender references in it."""
    per_1000_words: float
    """Gender references per 1,000 words."""
    example: str | None = None
    """The first sentence of the section with a gender reference (at most EXAMPLE_CHARS characters), so that a
    reader sees what a section outside the verdict says about women and men; None without one."""
    back_matter: bool = False
    """References, a colophon or the like (``back_matter`` headings): outside the verdict, and no other policy."""


@dataclass(frozen=True)
class DomainGuess(_Serialisable):
    """The policy domain that decides which measures apply."""

    id: str
    """participatie, inburgering, armoede or other."""
    confidence: float
    """0..1, share of domain-term hits that point to this domain."""
    terms: tuple[str, ...]
    """The most frequent terms it relied on."""
    overridden: bool = False
    """True when set by the user rather than detected."""
    non_policy: bool = False
    """True for a text that is no policy (a record of decisions, a regulation about budget lines): the
    verdicts on gender-blindness and the EIGE questions say nothing about policy there."""
    non_policy_kind: str | None = None
    """For a text that is no policy: ``decisions`` (a record of decisions), ``budget_lines`` (a regulation
    or chart of accounts about budget lines) or ``template`` (a form to fill in); None otherwise."""
    money_sections: tuple[tuple[str, ...], ...] = ()
    """Heading paths of sections outside the verdict's sections that the measures still read: the finance and
    execution chapters after the social chapter of a document over more areas, whose tables carry the social
    measures' money (schema 1.13)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "confidence", _unit(self.confidence, 2))


@dataclass(frozen=True)
class DomainShare(_Serialisable):
    """One policy domain of a document (``domains[]``): how much of it, and where."""

    id: str
    """participatie, inburgering, armoede or other."""
    share: float
    """Words of its sections / words of the document (0..1, 3 decimals)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "share", _unit(self.share, 3))

    sections: tuple[tuple[str, ...], ...]
    """Heading paths of its sections, outermost heading first, in reading order (a section's
    subsections are not listed again); ``()`` is the text before the first heading."""


@dataclass(frozen=True)
class CategorySummary(_Serialisable):
    """A stereotype category with its Atria question, effect and counts in this document."""

    id: str
    """Stable category id."""
    label: str
    """Dutch label."""
    atria_question: str
    """aanname (Atria question 1) or uitvoering (question 2)."""
    unintended_effect: str
    """Possible unintended effect (Atria question 3)."""
    assertions: int
    """Findings with stance assertion."""
    critical: int
    """Findings with stance critical."""
    quoted: int
    """Findings with stance quoted."""
    wording: bool = False
    """About wording (:data:`WORDING`), not an assumption: its assertions are counted apart (schema 1.16)."""


@dataclass(frozen=True)
class PipelineInfo(_Serialisable):
    """Which spaCy pipeline produced a report (``pipeline`` in the JSON)."""

    name: str
    """``nl_genderscan`` (the shipped pipeline), the name of another trained pipeline, or ``blank``."""
    version: str
    """The pipeline's version (for ``blank``: spaCy's)."""
    components: tuple[str, ...]
    """Every component that may have run, in order: genderscan's own (tokens, sentences, lemmas),
    then the trained ones, which run only on the sentences a rule asks about."""

    def label(self) -> str:
        """``nl_genderscan 1.0.0``: the form the reports print."""
        return f"{self.name} {self.version}"


@dataclass(frozen=True)
class Vetoed(_Serialisable):
    """A rule's assertion the trained second opinion set aside: it gave the category less than its
    veto threshold in that sentence (:func:`genderscan.analysis.second_opinion.veto`)."""

    rule_id: str
    category: str
    sentence: str
    location: Location
    probability: float
    """The second opinion's probability for the category in the sentence."""


@dataclass(frozen=True)
class SecondOpinion(_Serialisable):
    """What the trained second opinion did in a document (``second_opinion`` in the JSON)."""

    model: str
    """The model's name and version (``second_opinion 1.0.0``)."""
    vetoed: tuple[Vetoed, ...] = ()
    """The rules' assertions it set aside, in document order."""


@dataclass(frozen=True)
class DocumentReport(_Serialisable):
    """Everything genderscan found about one document."""

    schema_version: str
    """Version of the JSON wire format."""
    genderscan_version: str
    """Version of the tool that made it."""
    lexicon_version: str
    """Content hash of the lexicon that was used."""
    pipeline: PipelineInfo
    """The spaCy pipeline that produced it."""
    document: dict[str, Any]
    """path, format, sha256, pages, words, passages."""
    domain: DomainGuess
    """Detected or given policy domain: the main social domain, or other when there is none."""
    gender_blind: bool
    """True when the document hardly refers to gender."""
    mentions: MentionStats
    """Gender-reference statistics."""
    findings: tuple[Finding, ...]
    """Stereotype findings in document order (all stances)."""
    questions: tuple[QuestionAnswer, ...]
    """EIGE questions with status and evidence."""
    measures: tuple[MeasureCheck, ...]
    """Atria checklist of measures."""
    categories: tuple[CategorySummary, ...] = ()
    """Every category of the lexicon, with counts in this document."""
    sources: dict[str, str] = field(default_factory=dict)
    """Citations of the sources referred to, by key."""
    suppressions: tuple[dict, ...] = ()
    """In-document suppressions: paragraph, rule (id or category), reason, and how many findings they suppressed."""
    language: str = "nl"
    """Language of the reader-facing texts (messages, explanations, names): nl, or en after localise()."""
    domains: tuple[DomainShare, ...] = ()
    """Every domain of the document with its share and sections, largest first. When it has a
    social domain and other sections too, the measures, questions and gender-blindness cover
    the social sections only (:meth:`verdict_sections`)."""
    delegated: tuple[Evidence, ...] = ()
    """Sentences that say another organisation makes or carries out the social policy the verdict
    covers (a samenwerkingsovereenkomst, a gemeenschappelijke regeling): the missing measures are then
    also that organisation's to take up."""
    household_counts: tuple[Evidence, ...] = ()
    """Short passages of the part the verdict covers that count households (an indicator "Aantal uitkeringen aan
    huishoudens"), when the document keeps no figures by sex: where to ask for them. No verdict depends on it."""
    social_items: tuple[Evidence, ...] = ()
    """In a record of decisions (``domain_detail.non_policy_kind`` "decisions"): up to six of its agenda items that
    name a checklist domain's terms, each by its own line ("5.b.6 … beleidsplan Schuldhulpverlening"): the
    decisions whose policy documents to scan (``analysis.domains.social_items``). No verdict depends on it."""
    themes: tuple[ThemeLead, ...] = ()
    """Themes that reach women and men differently which the document names without women, men or gender
    (``analysis.themes``): leads, no verdict depends on them."""
    second_opinion: SecondOpinion | None = None
    """What the trained second opinion did; None when it did not read the document (``--model blank``,
    or the model is not installed)."""

    def assertions(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.stance == "assertion")

    def verdict_sections(self) -> tuple[tuple[str, ...], ...] | None:
        """Heading paths of the sections the measures, questions and gender-blindness are about;
        None when they are about the whole document."""
        return verdict_sections({"mentions": {"sections": [s.to_dict() for s in self.mentions.sections]}})

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["domain"] = self.domain.id
        data["domain_detail"] = self.domain.to_dict()
        data["domains"] = data.pop("domains")
        return data
