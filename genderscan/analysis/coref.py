"""What a pronoun refers back to, read from the parse of its sentence and the sentence before.

Two kinds of rule ask:

* generic masculine (:mod:`.anaphora`): is the antecedent of *hij / zijn / hem*
  a gender-neutral person-role noun (``de aanvrager``), or an institution
  (``het college … naar zijn oordeel``), a thing, a neuter noun (``het
  kind``), a plural or a man?
* near patterns whose group lists a pronoun (``["@vrouwen", hun, zij]``,
  :func:`.rules.near_spans`): does *zij / ze / hun / hen / haar* refer to
  women (``vrouwen``, ``moeders``, ``meisjes``), or to ``mantelzorgers`` or
  ``de gemeente``?

Only with a syntax model (:mod:`genderscan.syntax`): every function returns
None when the passage has none (``--model blank``), and the callers keep
their word-window rules. A sentence is parsed only when a pronoun in it is
asked about (and the sentence before it only when the antecedent may stand
there).

The candidates are the noun phrases before the pronoun in its sentence, then
those of the sentence before. Each is classed by the lexicon first (an
antecedent term of an anaphora rule is a *person*, ``male_terms`` a *man*,
:class:`~genderscan.lexicon.schema.Antecedents` women, institutions and
office holders), then by the parse (a plural, a neuter ``het``-noun, else a
thing). Agreement removes candidates the pronoun cannot refer to (*hij* not
to a plural, a woman or a neuter thing; *hun* only to a plural; *zij* with a
plural verb only to a plural), and so does the binding rule that *hem* is
not the subject of its own clause. Of what is left:

* masculine: ``X en zijn Y`` refers to X; *zijn* refers to a pronoun that is
  the subject of its clause (``Dit … maakt zijn beslissing``); *zijn* before
  what an institution or thing has (``oordeel``, ``besluit``) refers to an
  institution, office or thing of the sentence; else a person of the
  sentence wins: for *zijn* a person-role noun before an office holder (the
  subject of its clause, else the nearest: policy text names the institution
  as subject and the person as object, ``het college kan de belanghebbende
  op zijn verzoek …``), for *hij* and *hem* the nearest subject, else the
  nearest; else an earlier *hij* of the sentence; else, for *zijn*, a
  non-person subject of its clause; else the sentence before, its persons
  first.
* feminine and plural: a possessive refers to the subject of its clause;
  else the nearest subject of the sentence, else the nearest candidate;
  else the sentence before, its subject first.

Things (de-nouns not known as persons) are no candidates for *hij / zijn /
hem*: in policy text these pronouns rarely refer to one, and the parse
cannot tell a thing from a person noun the lexicon does not list.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon.keys import MALE
from ..lexicon.schema import Antecedents
from ..lexicon.terms import Regex, Word, term_sequences
from ..syntax import has_syntax, syntax_offset, token_syntax
from .matching import Hits

MASCULINE = frozenset({"hij", "hem", "zijn", "hijzelf", "hemzelf"})
FEMININE_OR_PLURAL = frozenset({"zij", "ze", "hun", "hen", "haar", "zijzelf", "haarzelf", "henzelf", "hunzelf"})
PRONOUNS = MASCULINE | FEMININE_OR_PLURAL
"""Third-person pronouns whose antecedent a rule may ask for."""
_NEUTER_PRONOUNS = frozenset({"het", "dit", "dat"})
_NEUTER_DETERMINERS = frozenset({"het", "dit", "dat", "ieder", "elk"})  # ieder lid, elk kind (iedere/elke: de-words)
_RELATIVE = frozenset({"die", "dat", "wie", "welke", "wat"})
_INDEFINITE_PERSONS = frozenset({"iemand", "iedereen", "eenieder", "niemand", "elkeen", "ieder"})
_COORDINATORS = frozenset({"en", "of"})
_NAMING = frozenset({"appos", "flat", "flat:name"})
_BOUND = frozenset({"obj", "iobj", "obl"})
"""Relations of a pronoun (hem, ze) that cannot refer to the subject of its own clause."""
_ANOTHER = frozenset(
    {"een", "één", "ander", "andere", "tweede", "nieuwe", "vorige", "vervangende", "volgende", "collega", "overige"}
)
"""Words before a noun that make it another person of the same kind as the one a pronoun may refer to."""
_USER_DATA_KEY = "genderscan.coref"

# kinds of candidate
PERSON = "person"
"""An antecedent term of an anaphora rule (a gender-neutral person-role noun)."""
MALE_PERSON = "male"
FEMALE = "female"
INSTITUTION = "institution"
OFFICE = "office"
"""An office holder (de burgemeester): a person to hij and hem, but no generic masculine."""
NEUTER = "neuter"
"""A het-noun or het/dit/dat: a thing, or a neuter person noun no anaphora rule lists (het kind and het lid are
listed for "hij": persons, with ``neuter`` set, whose "zijn" is the neuter possessive)."""
THING = "thing"
"""Any other noun: a de-noun not known as a person."""
MASCULINE_PRONOUN = "hij"
FEMININE_PRONOUN = "zij"


@dataclass(frozen=True)
class Mention:
    """A candidate antecedent: a noun phrase (its head word) or a pronoun, in a passage Doc."""

    i: int
    """The head word's index in the passage Doc."""
    kind: str
    plural: bool
    role: str
    """Its relation to its head, without subtype (nsubj, obj, obl, nmod …)."""
    clause: int
    """Passage index of the predicate of its clause (co-arguments share it)."""
    covers: tuple[int, ...]
    """The head word and its determiners (``iedere`` of ``iedere inwoner``)."""
    pronoun: bool = False
    """A personal or demonstrative pronoun (hij, zij, het, dit), not a noun."""
    neuter: bool = False
    """A het-word (``het college``, ``het kind``): no antecedent of *zij* or *haar*."""
    relative: bool = False
    """The subject of a relative clause: the noun the relative pronoun (die, dat) belongs to."""

    @property
    def subject(self) -> bool:
        return self.role == "nsubj"

    @property
    def personal(self) -> bool:
        return self.kind in (PERSON, MALE_PERSON, OFFICE)


class WordClass:
    """Single-word lexicon terms (term syntax) tested on a token's lower form and lemma."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        words: set[str] = set()
        patterns: list[str] = []
        for term in terms:
            for steps in term_sequences(term):
                step = steps[-1]  # a multi-word term is its head, the last word
                if isinstance(step, Word):
                    words.add(step.value)
                elif isinstance(step, Regex):
                    patterns.append(step.pattern)
        self.words = frozenset(words)
        self.regex = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    def __contains__(self, token: Token) -> bool:
        low = token.lower_
        if low in self.words or token.lemma_ in self.words:
            return True
        return self.regex is not None and self.regex.search(low) is not None


def het_person(tok: Token) -> bool:
    """A person noun that is a het-word (het lid, het kind, het jeugdlid): "zijn" after it is the neuter
    possessive, "hij" the masculine pronoun. By the word: the tagger calls "werkzoekende" neuter too."""
    return bool(_HET_PERSON.match(tok.lower_))


_HET_PERSON = re.compile(r"^\w*(?:lid|kind)$")


def article_paragraph(tok: Token) -> bool:
    """*tok* is "lid" as a paragraph of an article, not a member: "het tweede lid", "lid 2", "artikel 4, lid 1"."""
    if tok.lower_ != "lid":
        return False
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return bool(
        _ORDINAL.match(before)
        or _ARTICLE_NUMBER.match(after)
        or (before == "," and tok.i > 1 and doc[tok.i - 2].text.isdigit())
    )


_ORDINAL = re.compile(
    r"^(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\d+e|vorige|voorgaande)$"
)
_ARTICLE_NUMBER = re.compile(r"^\d+[a-z]?$")


@functools.lru_cache(maxsize=32)
def word_class(terms: tuple[str, ...]) -> WordClass:
    return WordClass(terms)


def _cache(doc: Doc) -> dict:
    cache = doc.user_data.get(_USER_DATA_KEY)
    if cache is None:
        cache = doc.user_data[_USER_DATA_KEY] = {}
    return cache


def _covered(hits: Hits, keys: list[str]) -> frozenset[int]:
    return frozenset(i for key in keys for s, e in hits.get(key) for i in range(s, e))


_READER_TITLES = frozenset({"mevrouw", "mevr", "mw"})
_OR = frozenset({",", "/", "of"})


def _salutation(doc: Doc, start: int, end: int) -> bool:
    """A man's title that "mevrouw" stands beside as its alternative, opening a letter to a reader of either sex
    ("Geachte heer, mevrouw", "Beste meneer/mevrouw", "Geachte mevrouw of heer"): it names no man. Not "de heer en
    mevrouw Jansen", two people."""
    after = doc[end : end + 2]
    before = doc[max(0, start - 2) : start]
    return (len(after) == 2 and after[0].lower_ in _OR and after[1].lower_.rstrip(".") in _READER_TITLES) or (
        len(before) == 2 and before[1].lower_ in _OR and before[0].lower_.rstrip(".") in _READER_TITLES
    )


def men_named(hits: Hits, doc: Doc, span: Span | None = None) -> list[tuple[int, int]]:
    """The words of *doc* (in *span*, if given) that name a man (``MALE``), but a salutation to either sex."""
    return [(s, e) for s, e in hits.get(MALE, span) if not _salutation(doc, s, e)]


def _antecedent_keys(hits: Hits) -> list[str]:
    """The keys of the antecedent terms of every anaphora rule (``ana:<id>:<n>:a``, lexicon/keys.py)."""
    return [key for key in hits.by_key if key.startswith("ana:") and key.endswith(":a")]


def _noun_right_after(x: Token) -> bool:
    """*x* (parsed) modifies the word right after it, a noun by its Alpino tag."""
    return x.head.i == x.i + 1 and x.head.tag_.startswith("N|")


def _acronym(token: Token) -> bool:
    text = token.text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _clause_of(x: Token) -> Token:
    """The predicate of the clause that *x* (a parsed token) stands in."""
    y = x.head
    seen = 0
    while y.head.i != y.i and seen < 50:
        if y.pos_ in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") or c.dep_ == "cop" for c in y.children):
            return y
        y = y.head
        seen += 1
    return y


def _controlling(clause: Token) -> Token:
    """The clause whose subject also does an xcomp's act ("laat hem vooraf keuren": "laat")."""
    for _ in range(5):
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause


def _binding_clauses(tok: Token, x: Token) -> frozenset[int]:
    """The clauses (Doc indices) whose subject or object the object pronoun *tok* (*x*: its parsed copy) cannot
    refer to: its own, and the one that controls it ("laat hem vooraf keuren"); none for "zijn" or a subject.
    "hem" is an object whatever the parse says ("…, brengt hem naar een lege kast" with "hem" read as subject)."""
    if tok.lower_ == "zijn" or not (x.dep_.split(":")[0] in _BOUND or tok.lower_ == "hem"):
        return frozenset()
    offset = syntax_offset(tok)
    own = _clause_of(x)
    return frozenset({own.i + offset, _controlling(own).i + offset})


def _binds(m: Mention, clauses: frozenset[int]) -> bool:
    """Mention *m* is the subject or an object of one of *clauses*."""
    return m.clause in clauses and m.role in ("nsubj", "obj", "iobj")


def _subject_of(clause: Token) -> Token | None:
    """The subject of a clause; a verb conjoined without one shares its first conjunct's."""
    for _ in range(5):
        subj = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
        if subj is not None:
            return subj
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _verb_number(subject: Token) -> str | None:
    """``Sing`` or ``Plur``: the number of the finite verb of the clause whose subject is *subject*."""
    head = subject.head
    for verb in (head, *(c for c in head.children if c.dep_.split(":")[0] in ("aux", "cop"))):
        feats = verb.morph
        if "Fin" in feats.get("VerbForm", []):
            numbers = feats.get("Number", [])
            if numbers:
                return numbers[0]
    return None


class Resolver:
    """Antecedents in one passage Doc (one per Doc, kept in its ``user_data``)."""

    def __init__(self, doc: Doc, hits: Hits, antecedents: Antecedents) -> None:
        self.doc = doc
        self.hits = hits
        self.female = word_class(antecedents.female)
        self.institutions = word_class(antecedents.institutions)
        self.offices = word_class(antecedents.offices)
        self.not_personal = word_class(antecedents.not_personal)
        self._persons = _covered(hits, _antecedent_keys(hits))
        self._men = frozenset(i for s, e in men_named(hits, doc) for i in range(s, e))
        self._mentions: dict[int, list[Mention]] = {}
        self._resolved: dict[int, Mention | None] = {}
        self._busy: set[int] = set()

    # ---- candidates

    def mentions(self, sent: Span) -> list[Mention]:
        """The candidate antecedents of *sent*, in order (parsed on first use)."""
        found = self._mentions.get(sent.start)
        if found is None:
            found = self._mentions[sent.start] = [m for tok in sent if (m := self._mention(tok)) is not None]
        return found

    def _mention(self, tok: Token) -> Mention | None:
        x = token_syntax(tok)
        if x is None:
            return None
        offset = syntax_offset(tok)
        low = tok.lower_
        role = x.dep_.split(":")[0]
        clause = _clause_of(x).i + offset
        person_hit = tok.i in self._persons and not article_paragraph(tok)
        if (
            low in _RELATIVE
            and x.dep_ != "det"
            and (x.head.dep_ == "acl:relcl" or ("PronType=Rel" in str(x.morph) and not person_hit))
        ):
            return None  # the noun it belongs to is a candidate already (not: "wie … zijn", a person itself)
        if x.dep_ in ("det", "amod") and not person_hit:
            return None
        if person_hit and x.dep_ == "det" and x.head.pos_ in ("NOUN", "PROPN"):
            return None  # iedere inwoner: the noun is the candidate (een ieder is one itself)
        if person_hit and x.dep_ == "amod" and self._plural_noun(x.head, offset) and not x.tag_.startswith("N|"):
            return None  # alleenstaande ouders: an adjective before a plural noun (not a noun by its Alpino tag:
            # "Als een inwoner schulden heeft, kan hij …" misparsed as an adjective of "schulden")
        head = x.head.i + offset
        if person_hit and x.dep_ == "amod" and x.tag_.startswith("WW|vd|prenom") and _noun_right_after(x):
            return None  # a participle before its noun: "het uitgenodigde bedrijf", "de gedetacheerde medewerker"
        if (
            person_hit
            and x.dep_ == "amod"
            and (head in self._persons or head in self._men or self.doc[head] in self.female)
        ):
            return None  # alleenstaande vader: the noun, a person itself, says who it is
        if x.pos_ == "PRON" or low in MASCULINE | FEMININE_OR_PLURAL | _NEUTER_PRONOUNS:
            if x.dep_ == "det" or x.dep_ == "nmod:poss" or "Poss=Yes" in str(x.morph):
                return None
            if low in ("hij", "hem", "hijzelf", "hemzelf"):
                return Mention(tok.i, MASCULINE_PRONOUN, False, role, clause, (tok.i,), pronoun=True)
            if low in ("zij", "ze", "hen", "zijzelf", "henzelf"):
                return Mention(tok.i, FEMININE_PRONOUN, low == "hen", role, clause, (tok.i,), pronoun=True)
            if low in _NEUTER_PRONOUNS and role in ("nsubj", "obj"):
                return Mention(tok.i, NEUTER, False, role, clause, (tok.i,), pronoun=True, neuter=True)
            if low in _INDEFINITE_PERSONS or person_hit:
                return Mention(tok.i, PERSON, False, role, clause, (tok.i,))
            return None
        if not (x.pos_ in ("NOUN", "PROPN") or person_hit):
            return None
        if x.dep_ in ("flat", "flat:name", "compound", "fixed", "appos") and not person_hit:
            return None  # part of a name, or a second name for the noun before it
        dets = [c for c in x.children if c.dep_ == "det"]
        covers = tuple(sorted({tok.i, *(c.i + offset for c in dets)}))
        plural = "Number=Plur" in str(x.morph) and not person_hit  # the rules list singular forms
        neuter = "Gender=Neut" in str(x.morph) or any(c.lower_ in _NEUTER_DETERMINERS for c in dets)
        kind = self._kind(tok, x, dets, offset, person_hit, plural, neuter)
        return Mention(tok.i, kind, plural, role, clause, covers, neuter=neuter)

    def _plural_noun(self, x: Token, offset: int) -> bool:
        """A plural noun by the parse whose word is inflected as a noun: its lemma differs (an infinitive,
        separable ones too, is its own lemma: "aanbieden")."""
        tok = self.doc[x.i + offset]
        return x.pos_ == "NOUN" and "Number=Plur" in str(x.morph) and tok.lemma_ != tok.lower_

    def _kind(
        self, tok: Token, x: Token, dets: list[Token], offset: int, person_hit: bool, plural: bool, neuter: bool
    ) -> str:
        doc = self.doc
        # "de klant, meneer Jansen,": a second name for the noun says who it is; so does "mannelijke" before it
        # ("de mannelijke kandidaat, omdat hij …"), as "vrouwelijke" makes a woman below; and a role in apposition
        # to a man named first is his ("De heer Smit, eigenaar van de zaak, …")
        if (
            tok.i in self._men
            or any(c.dep_ in (*_NAMING, "amod") and c.i + offset in self._men for c in x.children)
            or (x.dep_ == "appos" and x.head.i != x.i and x.head.i + offset in self._men)
        ):
            return MALE_PERSON
        if person_hit:
            return PERSON
        if tok in self.female or any(c.dep_ == "amod" and doc[c.i + offset] in self.female for c in x.children):
            return FEMALE
        if tok in self.offices:
            return OFFICE
        if tok in self.institutions or _acronym(tok):
            return INSTITUTION
        if neuter:
            return NEUTER
        if not plural and any(c.i + offset in self._persons for c in dets):
            return PERSON  # iedere ..., elke ...: the word the rule lists is the determiner
        return THING

    def _previous(self, sent: Span) -> Span | None:
        return self.doc[sent.start - 1].sent if sent.start > 0 else None

    def _subject_mention(self, clause: Token, offset: int) -> Mention | None:
        """The candidate that is the subject of *clause* (a relative pronoun: the noun it belongs to)."""
        subj = _subject_of(clause)
        if subj is None:
            return None
        i = subj.i + offset
        if self.doc[i].lower_ in _RELATIVE and subj.head.dep_ == "acl:relcl":
            i = subj.head.head.i + offset
            found = self._at(i)
            if found is None:
                return None
            return Mention(found.i, found.kind, found.plural, "nsubj", found.clause, found.covers, relative=True)
        return self._at(i)

    def _at(self, i: int) -> Mention | None:
        tok = self.doc[i]
        return next((m for m in self.mentions(tok.sent) if m.i == i), None)

    def _chase(self, m: Mention | None) -> Mention | None:
        """A pronoun candidate stands for what it refers to."""
        if m is None or m.kind not in (MASCULINE_PRONOUN, FEMININE_PRONOUN):
            return m
        return self.resolve(self.doc[m.i])

    # ---- resolution

    def resolve(self, tok: Token) -> Mention | None:
        """The antecedent of the pronoun *tok* (None: none found)."""
        if tok.i in self._resolved:
            return self._resolved[tok.i]
        if tok.i in self._busy:
            return None
        self._busy.add(tok.i)
        try:
            low = tok.lower_
            found = self._masculine(tok) if low in MASCULINE else self._feminine(tok)
        finally:
            self._busy.discard(tok.i)
        self._resolved[tok.i] = found
        return found

    def _masculine(self, tok: Token) -> Mention | None:
        x = token_syntax(tok)
        if x is None:
            return None
        offset = syntax_offset(tok)
        doc, sent = self.doc, tok.sent
        possessive = tok.lower_ == "zijn"

        def fits(m: Mention) -> bool:
            if m.i == tok.i or m.plural:
                return False
            if m.kind in (PERSON, MALE_PERSON, OFFICE, INSTITUTION, MASCULINE_PRONOUN):
                return True
            return possessive and m.kind == NEUTER

        same = [m for m in self.mentions(sent) if m.i < tok.i]
        # "X en zijn Y", "X of zijn Y": X
        if possessive and tok.i > sent.start and doc[tok.i - 1].lower_ in _COORDINATORS:
            before = [m for m in same if m.i < tok.i - 1 and not m.pronoun]
            if before and before[-1].i >= tok.i - 5 and not before[-1].plural and before[-1].kind != FEMALE:
                return self._chase(before[-1])
        own = _clause_of(x) if not possessive else _clause_of(x.head) if x.head.i != x.i else x
        if possessive:
            subj = self._subject_mention(own, offset)
            # "Dit neemt een besluit en maakt zijn beslissing bekend": the pronoun subject
            if subj is not None and subj.i < tok.i and subj.pronoun and not subj.relative and fits(subj):
                return self._chase(subj)
            owned = doc[x.head.i + offset] if x.head.i != x.i else None
            if owned is not None and owned in self.not_personal:
                for scope in (lambda: same, lambda: self._before(sent)):  # the sentence before only if need be
                    holders = [m for m in scope() if m.kind in (INSTITUTION, OFFICE, NEUTER) and fits(m)]
                    if holders:
                        return next((m for m in holders if m.subject), holders[-1])
        own_clause = own.i + offset
        # "de jobcoach maakt met hem een plan": not the jobcoach, nor the jobcoach named in the sentence before
        binding = _binding_clauses(tok, x)
        binders = {doc[m.i].lower_ for m in same if _binds(m, binding) and not m.pronoun}
        # … and "hij stelt samen met de consulent een plan op": a noun after a subject "hij" in its own clause is
        # not what "hij" refers to, nor that noun in the sentence before (an expert read found three reports
        # giving the inwoner's "hij" to the consulent)
        if not possessive and x.dep_.split(":")[0] == "nsubj" and tok.lower_ != "hem":
            binders |= {
                doc[m.i].lower_
                for m in self.mentions(sent)
                if m.i > tok.i
                and m.clause == own_clause
                and not m.pronoun
                and m.role in ("obj", "iobj", "obl")
                # "een andere klantmanager", "de tweede mentor" is another person of the same kind (hostile reviews)
                and not any(doc[j].lower_ in _ANOTHER for j in range(min(m.covers), m.i + 1))
            }
        # (for "zijn" a het-word person is no person: "Een ouder die … een kind …, kan bij zijn …": the parent)
        persons = [
            m
            for m in same
            if m.personal and fits(m) and not _binds(m, binding) and not (possessive and het_person(doc[m.i]))
        ]
        if persons:  # zijn: its clause's subject, else the nearest; hij and hem: the nearest subject first
            if possessive:  # a person before an office holder (de burgemeester … de bewoner … zijn woning)
                people = [m for m in persons if m.kind != OFFICE] or persons
                subj = self._subject_mention(own, offset)
                return next((m for m in people if subj is not None and m.i == subj.i), people[-1])
            # a man named in the sentence ("met meneer afgesproken dat hij …") is the likelier one: a
            # pronoun that may be his is no generic masculine
            men = [m for m in persons if m.kind == MALE_PERSON]
            if men:
                return men[-1]
            return next((m for m in reversed(persons) if m.subject), persons[-1])
        chained = [self._chase(m) for m in same if m.kind == MASCULINE_PRONOUN and m.clause != own_clause]
        chained = [m for m in chained if m is not None]
        if chained:
            return chained[-1]
        if possessive:
            subj = self._subject_mention(own, offset)
            if subj is not None and subj.i < tok.i and fits(subj):
                return self._chase(subj)
            # no person before it in the sentence: the nearest het-word, body or office there is what "zijn"
            # belongs to ("Ieder kind … heeft recht op een plek; zijn ouders …"), before the sentence before
            nearest = [m for m in same if fits(m) and not m.pronoun]
            if nearest:
                return nearest[-1]
        return self._first_fitting(
            self._before(sent), lambda m: fits(m) and doc[m.i].lower_ not in binders, persons_first=True
        )

    def mentions_before(self, tok: Token) -> list[Mention]:
        """The candidate antecedents before *tok*: in its sentence, then in the sentence before."""
        return [m for m in self.mentions(tok.sent) if m.i < tok.i] + self._before(tok.sent)

    def _before(self, sent: Span) -> list[Mention]:
        previous = self._previous(sent)
        return [] if previous is None else self.mentions(previous)

    def _first_fitting(self, mentions: list[Mention], fits, persons_first: bool = False) -> Mention | None:
        """In the sentence before: its first fitting subject, else its first fitting candidate
        (with *persons_first*, a person's subject, then any person, before those)."""
        fitting = [m for m in mentions if fits(m)]
        if not fitting:
            return None
        people = [m for m in fitting if m.personal] if persons_first else []
        order = [m for m in people if m.subject] + people + [m for m in fitting if m.subject] + fitting
        return self._chase(order[0])

    def _feminine(self, tok: Token) -> Mention | None:
        x = token_syntax(tok)
        if x is None:
            return None
        offset = syntax_offset(tok)
        low = tok.lower_
        possessive = low in ("hun", "haar") and (x.dep_ == "nmod:poss" or "Poss=Yes" in str(x.morph))
        number = _verb_number(x) if x.dep_.startswith("nsubj") else None  # zij moeten / zij moet
        plural_only = low in ("hun", "hen", "henzelf", "hunzelf") or number == "Plur"
        singular_only = low == "haar" or number == "Sing"

        def fits(m: Mention) -> bool:
            if m.i == tok.i or m.kind in (MALE_PERSON, MASCULINE_PRONOUN):
                return False
            if m.kind == FEMININE_PRONOUN:
                return True
            if m.plural:
                return not singular_only
            return not plural_only and not m.neuter

        sent = tok.sent
        same = [m for m in self.mentions(sent) if m.i < tok.i and fits(m)]
        own = _clause_of(x.head) if possessive and x.head.i != x.i else _clause_of(x)
        if possessive:
            subj = self._subject_mention(own, offset)
            if subj is not None and subj.i < tok.i and fits(subj):
                return self._chase(subj)
        own_clause = own.i + offset
        bound = not possessive and x.dep_.split(":")[0] in _BOUND
        free = [m for m in same if not (bound and _binds(m, frozenset({own_clause})))]
        if free:
            return self._chase(next((m for m in reversed(free) if m.subject), free[-1]))
        return self._first_fitting(self._before(sent), fits)


def resolver(doc: Doc, hits: Hits, antecedents: Antecedents) -> Resolver | None:
    """The passage's resolver, or None without a syntax model."""
    if not has_syntax(doc):
        return None
    cache = _cache(doc)
    found = cache.get("resolver")
    if found is None:
        found = cache["resolver"] = Resolver(doc, hits, antecedents)
    return found


def antecedent(hits: Hits, tok: Token, antecedents: Antecedents) -> Mention | None:
    """What the pronoun *tok* refers back to (None: nothing found, or no syntax model)."""
    r = resolver(tok.doc, hits, antecedents)
    return None if r is None else r.resolve(tok)


def bound_to(hits: Hits, tok: Token, i: int, antecedents: Antecedents) -> bool:
    """The object pronoun *tok* ("hem", not "zijn") stands in the clause whose subject or object is the noun at *i*
    (a relative clause's noun too): a pronoun cannot refer to its own clause's subject ("Een huurder die een
    aanhanger leent, moet hem schoon terugbrengen": "hem" is the trailer)."""
    found = resolver(tok.doc, hits, antecedents)
    x = token_syntax(tok)
    if found is None or x is None:
        return False
    mention = found._at(i)
    return mention is not None and _binds(mention, _binding_clauses(tok, x))


def body_before(hits: Hits, tok: Token, antecedents: Antecedents) -> bool:
    """Whether an organisation or an office is named before the pronoun *tok*, in its sentence or the one
    before ("Het college kan een schuld die een belanghebbende bij hem heeft, verrekenen"): when the parse
    finds no antecedent, the pronoun may refer to it. False without a syntax model."""
    r = resolver(tok.doc, hits, antecedents)
    if r is None:
        return False
    return any(m.kind in (INSTITUTION, OFFICE) for m in r.mentions_before(tok))


def refers_to_women(hits: Hits, tok: Token, antecedents: Antecedents) -> bool | None:
    """Whether the pronoun *tok* refers to a woman or women; None without a syntax model."""
    r = resolver(tok.doc, hits, antecedents)
    if r is None:
        return None
    found = r.resolve(tok)
    return found is not None and found.kind == FEMALE


def pronoun_in_span(doc: Doc, start: int, end: int) -> Token | None:
    """The pronoun a group term stands for: the term is the pronoun (``zij``) or ends in it (``in hen``)."""
    last = doc[end - 1]
    if last.lower_ in FEMININE_OR_PLURAL and end - start <= 2:
        return last
    return None


def counts_in_group(hits: Hits, doc: Doc, span: tuple[int, int], group_key: str, antecedents: Antecedents) -> bool:
    """Whether a pronoun term of a near group counts: it refers to women, or to a term of the group itself.

    True without a syntax model (the term counts as it stands) and for terms that are no pronoun.
    """
    pronoun = pronoun_in_span(doc, *span)
    if pronoun is None:
        return True
    r = resolver(doc, hits, antecedents)
    if r is None:
        return True
    found = r.resolve(pronoun)
    if found is None:
        return False
    return found.kind == FEMALE or any(s <= found.i < e for s, e in hits.get(group_key) if (s, e) != span)
