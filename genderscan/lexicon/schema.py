"""Validated lexicon entries (frozen): rules and their typed patterns, categories, questions, measures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from .keys import RuleKeys

CATEGORIES = (
    "kostwinner",
    "zorgrol",
    "beroepssegregatie",
    "kansrijkheid",
    "deeltijdnorm",
    "motivatie",
    "culturalisering",
    "huishoudniveau",
    "genderneutraal",
    "generiek_mannelijk",
)
MEASURES = (
    "kinderopvang",
    "werk_zorg_combinatie",
    "genderdata",
    "divers_aanbod",
    "training_klantmanagers",
    "vrouwenorganisaties",
    "nuggers",
    "economische_zelfstandigheid",
    "individuele_benadering",
    "werkgevers_inclusief",
    "nazorg",
)
DOMAINS = ("participatie", "inburgering", "armoede", "other")
ATRIA_QUESTIONS = ("aanname", "uitvoering")
PATTERN_KINDS = ("terms", "tokens", "compound", "near", "anaphora", "model")
DEFAULT_PRONOUNS = ("hij", "hem", "zijn", "hijzelf")


@dataclass(frozen=True)
class TermsPattern:
    """Any of the terms (term syntax: :mod:`genderscan.lexicon.terms`)."""

    terms: tuple[str, ...]
    kind: ClassVar[str] = "terms"


@dataclass(frozen=True)
class CompoundPattern:
    """A Dutch compound in one word: a prefix, an optional hyphen, a head, a plural ending."""

    prefixes: tuple[str, ...]
    heads: tuple[str, ...]
    kind: ClassVar[str] = "compound"


@dataclass(frozen=True)
class Theme:
    """A theme that reaches women and men differently in practice, though a text may name neither (``themes`` in
    lexicon.yml): mantelzorg, single parents, domestic violence. Where a document names it and never with women,
    men or gender, the report quotes it as a place to ask for figures and effects by sex: a lead, not a verdict."""

    id: str
    name: str
    terms: tuple[str, ...]
    fact: str
    """Why it reaches women and men differently, in a sentence, from its source."""
    source: str
    en: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """English name and fact for --lang en."""

    def text(self, name: str, lang: str = "nl") -> str | None:
        return _localised(self, name, lang)


@dataclass(frozen=True)
class Antecedents:
    """Word classes that say what a pronoun refers back to (``antecedents`` in lexicon.yml).

    Read only with a parse (:mod:`genderscan.analysis.coref`); ``--model
    blank`` keeps the word-window rules.
    """

    female: tuple[str, ...] = ()
    """Nouns naming a woman or women: a pronoun (zij, hun …) that refers to one counts as women in a group."""
    institutions: tuple[str, ...] = ()
    """Organisations and bodies: hij/zijn/hem that refer to one are no generic masculine."""
    offices: tuple[str, ...] = ()
    """Office holders (burgemeester, minister): referred to as persons, but no generic masculine."""
    not_personal: tuple[str, ...] = ()
    """What an institution or a thing has, not a person (oordeel, bekendmaking): *zijn* before one of
    these refers to an institution or thing of its sentence when there is one."""
    person_acts: tuple[str, ...] = ()
    """Verbs whose doer is a person (melden, waarschuwen, aftekenen): a noun of a role's form that no rule lists
    and that does one of these, brought in by een/elke/iedere, is someone in a role (the second opinion's generic
    masculine, without a reading)."""


NO_ANTECEDENTS = Antecedents()


@dataclass(frozen=True)
class NearPattern:
    """A term of every group within *window* tokens of each other, in one sentence."""

    groups: tuple[tuple[str, ...], ...]
    window: int = 10
    head: int | None = None
    """The group whose term a negation must precede, and, in a measure, whose role in the sentence decides the
    evidence kind (None: the start of the match)."""
    across_clauses: bool = False
    """True: the terms may stand on both sides of a semicolon."""
    pairs: tuple[tuple[int, int], ...] = ()
    """Groups that belong together (``[[0, 1], [2, 3]]``: women with the women's sector, men with the
    men's): the terms of one pair must not have a term of another pair between them."""
    previous_sentence: bool = False
    """True: the match may also begin in the sentence right before, in the same paragraph, and end in this one,
    with a term of the first two groups in each (a list split by sex over two sentences: "Tafels sjouwen: de
    mannen. Koffie schenken: de vrouwen.")."""
    antecedents: Antecedents = field(default=NO_ANTECEDENTS, compare=False)
    """The lexicon's antecedent classes: a pronoun in a group counts only for what it refers to."""
    kind: ClassVar[str] = "near"


# The compounds of an anaphora pattern's antecedent words, added by the loader (loader._with_compounds) as one
# regex term: letters before one of the words, a first part that does not name a man ("herenspeler",
# "jongensleerling"), the singular only. One alternation per pattern, not a regex per word: a regex without a
# literal first letter is tried on every new word of a document.
_COMPOUND = "re:^(?!(?:heren|jongens|mannen|vaders?|opa|broeder|zoon))\\w+(?:{})$"
_COMPOUND_HEADS = re.compile(re.escape(_COMPOUND).replace(re.escape("{}"), r"([\w|]+)") + "$")


def compound_term(words: list[str] | tuple[str, ...]) -> str:
    """The term that matches the compounds of *words* (``buurtbewoner`` for ``bewoner``)."""
    return _COMPOUND.format("|".join(words))


def compound_heads(term: str) -> tuple[str, ...]:
    """The words whose compounds *term* matches, if it is such a term (else empty)."""
    m = _COMPOUND_HEADS.match(term)
    return tuple(m.group(1).split("|")) if m else ()


@dataclass(frozen=True)
class AnaphoraPattern:
    """A person noun referred back to by a masculine pronoun (generic masculine)."""

    antecedent: tuple[str, ...]
    pronoun: tuple[str, ...]
    next_sentence: bool
    organisation: tuple[str, ...] = ()
    """Terms that make the antecedent an organisation (an applicant for a subsidy) when they stand in
    its sentence or the one before: then the pronoun is no generic masculine."""
    antecedents: Antecedents = field(default=NO_ANTECEDENTS, compare=False)
    """The lexicon's antecedent classes (institutions, …), set by the loader."""
    kind: ClassVar[str] = "anaphora"


@dataclass(frozen=True)
class TokensPattern:
    """A raw spaCy Matcher token pattern (user lexicons); the only pattern spaCy's Matcher takes as is."""

    tokens: tuple[dict[str, Any], ...]
    kind: ClassVar[str] = "tokens"


@dataclass(frozen=True)
class ModelPattern:
    """The trained second opinion (``models/second_opinion``, :mod:`genderscan.analysis.second_opinion`)
    gives the rule's category at least *threshold* for a sentence with a gender term, six words or more
    and closing punctuation, read alone and with the next sentence; the match runs from the first
    gender term to the end of the sentence.

    With *pronoun* (generic masculine): the sentence is read where it has a masculine pronoun (hij, hem,
    a possessive zijn) that refers back to a noun the parse cannot class, a role no rule lists ("Als een
    plukker zijn dienst wil ruilen, meldt hij dat …"), not a person, an institution, an office, a man or a
    woman; the match is that pronoun (:func:`genderscan.analysis.anaphora.model_pronoun_span`)."""

    threshold: float
    pronoun: bool = False
    role_threshold: float | None = None
    """With *pronoun*: the lower bar where the noun after "een/elke/iedere" before the pronoun has the form of a
    person's role (an agent noun: "voeger", "machinist", "coureur"); None: *threshold* everywhere."""
    antecedents: Antecedents = field(default=NO_ANTECEDENTS, compare=False)
    """The lexicon's antecedent classes, set by the loader (used with *pronoun*)."""
    kind: ClassVar[str] = "model"


Pattern: TypeAlias = TermsPattern | CompoundPattern | NearPattern | AnaphoraPattern | TokensPattern | ModelPattern
"""One way a rule can match."""


LANGUAGES = ("nl", "en")
# The fields that carry text a reader sees, per kind of entry: what a translation provides.
TRANSLATED = {
    "rule": ("message", "explanation", "suggestion", "unintended_effect"),
    "category": ("label", "unintended_effect"),
    "question": ("question", "guidance"),
    "measure": ("name", "recommendation", "why"),
}


def _localised(entry, name: str, lang: str) -> str | None:
    if lang != "nl":
        found = dict(entry.en).get(name)
        if found:
            return found
    return getattr(entry, name)


@dataclass(frozen=True)
class Rule:
    """A stereotype rule of one category."""

    id: str
    category: str
    severity: str
    message: str
    explanation: str
    suggestion: str
    source: str
    patterns: tuple[Pattern, ...]
    unless: tuple[str, ...]
    examples_match: tuple[str, ...]
    examples_no_match: tuple[str, ...]
    file: str
    negatable: bool = True
    vetoable: bool = True
    """False: the trained second opinion may not set the rule's assertions aside (a frame written after the
    classifier's training data, whose kind of sentence it has not learnt: ``vetoable: false`` in the lexicon)."""
    alone: bool = False
    """True: a frame of last resort; its assertion is dropped from a sentence where a rule without this flag
    asserts (the more specific rule names the claim)."""
    gives_way_to: tuple[str, ...] = ()
    """Categories whose rules name the claim better: the rule's assertion is dropped from a sentence where a
    rule of one of them asserts (priority for men reasoned by the family's income is kostwinner's claim)."""
    """False when the rule's own pattern holds the negation ("geen onderscheid")."""
    atria_question: str | None = None
    """Overrides the category's Atria question (``uitvoering`` for a process)."""
    unintended_effect: str | None = None
    """The rule's own possible unintended effect (Atria question 3)."""
    when_missing: tuple[str, ...] = ()
    """Measure ids: the rule fires only in a document without any of them."""
    also_near: NearPattern | None = None
    """A near pattern that must match somewhere else in the document too."""
    en: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """English texts (message, explanation, suggestion, unintended_effect) for --lang en."""
    keys: RuleKeys = field(init=False, repr=False, compare=False)
    """The rule's match keys, built with the rule."""
    also: Rule | None = field(init=False, repr=False, compare=False)
    """The ``also_near`` condition as a rule of its own (compiled like any rule), or None."""

    def text(self, name: str, lang: str = "nl") -> str | None:
        """A text field in *lang* (Dutch, the field itself, when there is no translation)."""
        return _localised(self, name, lang)

    def __post_init__(self) -> None:
        shape = [
            (
                "model:pronoun" if isinstance(p, ModelPattern) and p.pronoun else p.kind,
                len(p.groups) if isinstance(p, NearPattern) else 0,
            )
            for p in self.patterns
        ]
        object.__setattr__(self, "keys", RuleKeys.of(self.id, shape))
        also = None
        if self.also_near is not None:
            also = Rule(
                f"{self.id}-also",
                self.category,
                self.severity,
                "",
                "",
                "",
                self.source,
                (self.also_near,),
                (),
                (),
                (),
                self.file,
            )
        object.__setattr__(self, "also", also)


@dataclass(frozen=True)
class Category:
    """A stereotype category file: its Atria question, effect and rules."""

    id: str
    label: str
    atria_question: str
    unintended_effect: str
    rules: tuple[Rule, ...]
    file: str
    en: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """English label and unintended_effect."""

    def text(self, name: str, lang: str = "nl") -> str | None:
        return _localised(self, name, lang)


@dataclass(frozen=True)
class Question:
    """An EIGE gender-analysis question and the evidence that answers it."""

    id: str
    question: str
    guidance: str
    source: str
    topic: tuple[str, ...]
    requires_gender: bool
    answered_at: int
    from_critical: bool = False
    """A sentence that names a stereotype critically also answers this question."""
    describes: bool = False
    """The question asks for a description (of women's and men's situation): a sentence in which the
    municipality or "we" commit to a measure describes nothing and does not answer it."""
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    en: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """English question and guidance."""

    def text(self, name: str, lang: str = "nl") -> str | None:
        return _localised(self, name, lang)


@dataclass(frozen=True)
class Measure:
    """A measure of the Atria checklist and how to recognise it."""

    id: str
    name: str
    terms: tuple[str, ...]
    requires_gender: bool
    domains: tuple[str, ...]
    recommendation: str
    source: str
    near: tuple[NearPattern, ...] = ()
    """Extra near patterns, as for rules."""
    unless: tuple[str, ...] = ()
    """Terms that disqualify a sentence (kinderopvang named as a sector to work in)."""
    other_senses: tuple[str, ...] = ()
    """Terms that show the measure's words are used in another sense here (nazorg of a landfill):
    such a sentence is evidence of kind ``other_sense``."""
    other_groups: tuple[str, ...] = ()
    """Groups a commitment can be only for who are not the checklist's people (werkende ouders):
    a commitment that names one of them and none of the ``target_group`` cues is ``other_group``."""
    national_for_all: bool = False
    """In national policy (a cabinet's agreement) the ``other_groups`` are the measure's people too: the state's
    leave schemes for working parents are how every parent, a client moving into work included, combines work
    and care; a municipality's scheme for its working residents is not its clients' measure."""
    both_sexes: bool = False
    """The measure is for fathers and mothers alike (childcare, combining work and care): a commitment whose
    sentence names only mothers or women is one for part of its people (``other_group``), the pattern in which
    care stays with her."""
    for_staff: bool = False
    """The measure is about the body's own staff (training of klantmanagers): under a heading about its own
    employees it is taken there, where another measure is a facility for the staff only."""
    topic_nearby: tuple[str, ...] = ()
    """Words that say what a thing is about ("gaat over", "leren"): with them, the last group of the measure's
    near patterns (what it is about: a training's gender topic) may stand in the sentence next to the one
    that names the rest, when one of the two refers back to the other and says so with one of these words
    (:func:`genderscan.analysis.rules.topic_nearby`)."""
    partner_alone: bool = False
    """The measure names a partner (women's organisations): what the partner does on its own, as the active subject
    ("Vrouwencentrum X organiseert een taalcafé"), with no word of the body acting, paying or asking for it, is a
    mention of the partner, not the body's commitment (:func:`genderscan.analysis.commitments.evidence_kind`)."""
    void_with: tuple[str, ...] = ()
    """Categories of stereotype that undo a commitment in the same passage: a diverse offer whose paragraph
    sends men to building and women to care is no diverse offer (the evidence is then a ``mention``)."""
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    why: str = ""
    """Why the measure matters, for the reader of a report that lacks it."""
    practice: tuple[tuple[str, str], ...] = ()
    """Examples from practice: (text, source key), one or two."""
    en: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """English name, recommendation and why; the practice texts as ``practice.1``, ``practice.2``."""
    rule: Rule = field(init=False, repr=False, compare=False)
    """The detection patterns as a rule, built with the measure: measures match like stereotype rules do."""

    def text(self, name: str, lang: str = "nl") -> str | None:
        return _localised(self, name, lang)

    def practice_texts(self, lang: str = "nl") -> tuple[str, ...]:
        """The texts of :attr:`practice` in *lang* (Dutch where a translation lacks one)."""
        english = dict(self.en) if lang != "nl" else {}
        return tuple(english.get(f"practice.{i}") or text for i, (text, _) in enumerate(self.practice, 1))

    def __post_init__(self) -> None:
        patterns: tuple[Pattern, ...] = (TermsPattern(self.terms), *self.near)
        rule = Rule(
            id=f"M-{self.id}",
            category="",
            severity="low",
            message=self.name,
            explanation="",
            suggestion="",
            source=self.source,
            patterns=patterns,
            unless=self.unless,
            examples_match=(),
            examples_no_match=(),
            file="",
        )
        object.__setattr__(self, "rule", rule)


@dataclass(frozen=True)
class StanceCues:
    """Cues that turn a match into a critical or quoted mention."""

    critical: tuple[str, ...]
    negations: tuple[str, ...]
    negation_window: int
    quote_pairs: tuple[tuple[str, str], ...]
    positive_action: tuple[str, ...] = ()
    each_person: tuple[str, ...] = ()
    """Each partner or adult served on their own ("beide partners afzonderlijk"): counters a household claim in
    its sentence, unless a turn ("maar", "toch") stands between; not counted for ``genre_density``."""
    title_cues: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    """Cues of a heading or list intro that reports findings of a scan or evaluation."""
    following: tuple[str, ...] = ()
    """Rejections that look back at the sentences before them ("dat beeld klopt niet")."""
    scoped: tuple[str, ...] = ()
    """Rejections that hold only in their own clause: the match stands after or before the cue with no
    clause break between ("breekt met het denken in mannenberoepen", not "breekt met X: voortaan …")."""
    definitions: tuple[str, ...] = ()
    """Cues of a term defined ("Onder kostwinner wordt verstaan:"), scoped like ``scoped``: the defined
    stereotype term is not asserted; a pronoun in a definition still is generic masculine."""
    past: tuple[str, ...] = ()
    """Openings of a sentence that place what follows in the past ("Vroeger", "In de oude werkwijze"): a
    practice described as it was, not as the document holds it."""
    contrast: tuple[str, ...] = ()
    """Words that open a next sentence turning back on the one before ("Maar …")."""
    contrast_adverbs: tuple[str, ...] = ()
    contrast_subjects: tuple[str, ...] = ()
    """What a next sentence with a contrast adverb must be about to turn back on a claim: evidence ("onderzoek",
    "cijfers") or the claim itself ("dat beeld", "die keuze")."""
    """Adverbs that turn a next sentence back on the one before from inside its first clause ("Nader
    onderzoek wijst echter op …")."""
    frames: tuple[str, ...] = ()
    """Nouns that name a premise ("het uitgangspunt dat"), judged later in the same sentence."""
    conditional_openers: tuple[str, ...] = ()
    """Words that open a clause of supposition or reported claim ("dat", "als") …"""
    conditional_modals: tuple[str, ...] = ()
    """… and the modal that makes it one ("zou", "zouden")."""
    expectation_verbs: tuple[str, ...] = ()
    """Past forms of verbs of expecting ("verwachtten"): "wij verwachtten dat … zouden" is the future seen
    from then, not a supposition."""
    addressees: tuple[str, ...] = ()
    """Words of a question put to someone ("u", "je"): it sets up a process, it does not leave a claim open."""
    reported_text: tuple[str, ...] = ()
    """Verbs that give another text's words ("stond", "schreef"): a generic pronoun after one, in a sentence
    that judges, is that text's wording, not the document's own."""
    form_labels: tuple[str, ...] = ()
    """Labels of a form's or script's items ("Vraag 7:"): a question that opens with one is put to someone."""
    verifying: tuple[str, ...] = ()
    """Openings of a question that asks whether a claim is true ("klopt het dat"): open even after a form
    label ("Vraag 4: Klopt het dat …?" in a council's questions)."""
    attribution: tuple[str, ...] = ()
    own_voice: tuple[str, ...] = ()
    own_plan: tuple[str, ...] = ()
    """The plan naming itself ("het project", "deze agenda"): as the subject of an attribution ("Het project
    gaat ervan uit dat …") it is the document's own premise; elsewhere not its voice."""
    targets: tuple[str, ...] = ()
    """Labels of the plan's own figures ("Resultaat 2.4:", "Indicator 2027:", "Perceel A:"): opening a
    sentence, they make its counts of women and men a target or a result of the plan, no measured fact."""
    adoption: tuple[str, ...] = ()
    endorsement: tuple[str, ...] = ()
    """A reported view endorsed ("De raad sloot zich daarbij aan", "De wethouder beaamt dit")."""
    affirmation: tuple[str, ...] = ()
    """A reported view said to be right in the same breath ("…, en dat klopt"): also an adoption cue."""
    endorsers: tuple[str, ...] = ()
    """Who speaks for the document's side when endorsing, besides its own voice ("de raad", "de dienst")."""
    statistic: tuple[str, ...] = ()
    quantifier: tuple[str, ...] = ()
    genre_density: float = 0.0
    """Critical cues per 1,000 words from which a document is critical throughout (0: never)."""
    speech_verbs: tuple[str, ...] = ()
    """Verbs that give a quotation its speaker ("'…,' zegt de wethouder", "aldus de coach")."""
    staff_speakers: tuple[str, ...] = ()
    """Speakers who speak for the policy ("wethouder", "klantmanager*", "R" of an interview): their
    quoted words are read like the document's own; a trailing * takes any word that starts so, a leading *
    any word that ends so (the head of a compound: "*coach")."""
    own_channels: tuple[str, ...] = ()
    """The text's own channels and teaching material as a bare speaker label ("Webcare:", "Dia 7:", "Praatplaat 15, op
    het werk:", "Brief T-05:"): the label's first word, with nothing but a number or code after it before a comma; not
    with a complement ("Bericht van een bewoner:", "Pitch van deelnemer Sanne:")."""
    outside_speakers: tuple[str, ...] = ()
    """Words that make a speaker an outsider whatever the role (a volunteer, a researcher, a party, a church)."""


@dataclass(frozen=True)
class Lexicon:
    """Everything loaded from the lexicon files, validated."""

    version: str
    language: str
    sources: dict[str, dict[str, str]]
    categories: tuple[Category, ...]
    stance: StanceCues
    questions: tuple[Question, ...]
    measures: tuple[Measure, ...]
    domains: dict[str, tuple[str, ...]]
    gender_terms: tuple[str, ...]
    gender_blind_threshold: float
    files: tuple[str, ...] = field(default=())

    male_terms: tuple[str, ...] = field(default=())
    antecedents: Antecedents = field(default=NO_ANTECEDENTS)
    """What pronouns refer back to: women, institutions, what persons do not have."""
    section_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    delegation: tuple[str, ...] = ()
    """Cue terms of a sentence that says another organisation makes or carries out the social policy
    (``delegation`` in lexicon.yml: a samenwerkingsovereenkomst, a gemeenschappelijke regeling)."""
    delegation_ended: tuple[str, ...] = ()
    """Cue terms of a sentence that ends or denies that part ("opgezegd", "voert … zelf uit")."""
    national_self: tuple[str, ...] = ()
    """Words with which national policy names its maker ("het kabinet", "de regering")."""
    agreement_self: tuple[str, ...] = ()
    """Words with which a coalition or council agreement names itself ("dit akkoord", "coalitieakkoord")."""
    budget_titles: tuple[str, ...] = ()
    """Word endings that make a title one of the budget cycle ("Programmabegroting 2027", "Kadernota")."""
    budget_lines: tuple[str, ...] = ()
    """Cue terms of a sentence that sorts money into budget lines (``budget_lines`` in lexicon.yml):
    its domain terms name a budget line, not a policy (analysis/domains.py)."""
    decision_items: tuple[str, ...] = ()
    """Cue terms of a decision formula ("Besluit:", "de raad te informeren over", ``decision_items`` in
    lexicon.yml): a record of decisions names the subjects of documents decided on elsewhere."""
    template_prompts: tuple[str, ...] = ()
    """Cue terms of a template's prompt to its writer ("Beschrijf hier de argumenten", ``template_prompts`` in
    lexicon.yml): a text full of them is a form to fill in, not a policy."""
    domain_headings: tuple[str, ...] = ()
    """Terms that, in a heading, name a social policy area ("Sociaal domein", "Werk en inkomen",
    ``domain_headings`` in lexicon.yml): the section under it is judged with a lower bar."""
    other_headings: tuple[str, ...] = ()
    """Terms that, in a heading, name a policy area without a checklist here ("Veiligheid", "Jeugd en gezin",
    ``other_headings`` in lexicon.yml): a section under it too short to decide by its words is not social."""
    income_support: tuple[str, ...] = ()
    """Words of income support ("bijstand", "uitkering", "Participatiewet", ``income_support`` in lexicon.yml):
    a document titled after its domain that repeats one term of it is social policy when it names several."""
    jobseekers: tuple[str, ...] = ()
    """Words for the people participation policy serves ("werkzoekenden", ``jobseekers`` in lexicon.yml): with
    the words of income support, a text decided as participation names them, or it is about jobs only."""
    back_matter: tuple[str, ...] = ()
    """Headings of a document's back matter ("Bronnen", "Literatuur", "Colofon", ``back_matter`` in
    lexicon.yml), compared with the whole heading: the sections under them are no policy text."""
    other_social: tuple[str, ...] = ()
    """Terms of social policy areas without a checklist here (care and welfare, youth, health:
    ``other_social`` in lexicon.yml): a section mostly about them is not judged as participation,
    integration or poverty policy because it names poverty once (analysis/domains.py)."""
    domain_senses: tuple[str, ...] = ()
    """Phrases in which a domain word means something else ("met bijstand van een adviesbureau", "ambtelijke
    bijstand", ``domain_senses`` in lexicon.yml): a domain or income-support word inside one is not counted."""
    title_precedence: tuple[str, ...] = ()
    """Domain ids that a title naming several domains is about ("Uitvoeringsplan participatie statushouders":
    inburgering; ``title_precedence`` in lexicon.yml)."""
    title_other_people: tuple[str, ...] = ()
    """People of the other domains ("werkzoekenden", ``title_other_people`` in lexicon.yml): a title that names
    them beside the people of a ``title_precedence`` domain names both groups, and the text decides."""
    themes: tuple[Theme, ...] = ()
    """Themes that reach women and men differently (``themes`` in lexicon.yml): leads for the report."""
    evidence_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Cue terms per kind of measure evidence (commitment, intent, recommendation, shortage,
    other_sense), and of the context they are read in (description, advice_document, target_group),
    from ``evidence_kinds`` in measures.yml."""

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(r for c in self.categories for r in c.rules)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)
