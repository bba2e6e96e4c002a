"""What a sentence that names a measure does with it: commit to it, intend it, recommend it, lack it …

Only a commitment makes a measure present. A sentence that names
kinderopvang can say that the municipality pays for it (commitment), that it
will look into it (intent), that municipalities should arrange it (a guide's
recommendation), that there is too little of it (shortage), or use the word
in another sense (a sector to work in, a law's name, a budget line). The
kinds and their order are :data:`genderscan.model.EVIDENCE_KINDS`.

The cue words are lexicon data (``evidence_kinds`` in measures.yml, and a
measure's own ``other_senses``). The parse of the sentence, where there is
one (:mod:`genderscan.syntax`), decides three things word windows cannot:
whether the commitment verb governs the measure, whether a negation belongs
to that verb, and whether the sentence is an imperative (a guide's
"Regel kinderopvang voor …").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lemmas import lemma_of
from ..lexicon.keys import (
    AGREEMENT_SELF,
    MALE,
    NATIONAL_SELF,
    STANCE_NEGATION,
    evidence_key,
    other_group_key,
    other_sense_key,
    unless_key,
)
from ..lexicon.schema import Measure
from ..model import GENDERDATA, Passage
from ..syntax import heads_of, past_marker, syntax_offset, token_syntax
from .matching import Hits, ParsedDocument, ParsedPassage
from .municipality import municipality

COMMITMENT = "commitment"
OTHER_GROUP = "other_group"
TARGET_GROUP = "target_group"
WAITING = "waiting"
"""Cues of a waiting list or a full service (``waiting``): said right after a commitment, there is too little."""
WAITING_SOLVED = "waiting_solved"
"""Words that deny or solve a waiting list ("geen wachtlijst", "voorkomen", "weggewerkt")."""
INTENT = "intent"
RECOMMENDATION = "recommendation"
MENTION = "mention"
SHORTAGE = "shortage"
OTHER_SENSE = "other_sense"
NOT_DONE_KINDS = frozenset({INTENT, RECOMMENDATION, SHORTAGE, OTHER_SENSE})
"""Evidence kinds that say a measure is not done: only intended or advised, lacking, or another thing."""
REFUSAL = "refusal"
"""Cue key (no kind): a recommendation refused in a table row's status cell …"""
DEFERRAL = "deferral"
"""… or taken along to a later moment (intent) …"""
DECIDED = "decided"
"""… or decided, continued or contracted (commitment: "besloten", "voortzetting, structureel")."""
LABEL = "label"
"""Cue key (no kind): the measure as the name of a budget line ("post … onder de naam …")."""
SECTOR = "sector"
"""Cue key (no kind): a sector or trade to work in ("schoonmaak", "horeca") …"""
NEEDLESS = "needless"
"""Cue key (no kind): the measure judged not needed ("achten wij niet nodig", "ziet geen noodzaak om") …"""
NEEDLESS_NOT = "needless_not"
"""… unless what is judged not needed is a restriction of it ("geen noodzaak om de subsidie te verlagen")."""
SECTOR_CONTEXT = "sector_context"
"""… and the words that make a list of them one of sectors ("richtingen", "werk in", "leiden op voor")."""
DIRECTIONS = "directions"
"""Cue key (no kind): a list the text calls directions to choose ("werkrichtingen") …"""
DIRECTION_ITEMS = "direction_items"
"""… in which broad fields ("zorg", "administratie") are sectors too."""
_BUDGET_LINES = frozenset({"post", "posten", "begrotingspost", "budgetpost", "stelpost", "stelposten"})
_MONEY_WORDS = frozenset({"€", "euro", "eur"})


def _budget_line(sent: Span) -> bool:
    """*sent* names a budget line ("post") and no amount: the measure is the line's name, nothing set aside."""
    words = {t.lower_ for t in sent}
    return bool(words & _BUDGET_LINES) and not words & _MONEY_WORDS


def _names_line(hits: Hits, sent: Span, start: int) -> bool:
    """The measure's words follow "post" (at most one noun between, no preposition: "post voor kinderopvang"
    sets money aside for it): they are the line's name ("In de begroting is een post samenwerking
    vrouwenorganisaties opgenomen"), and the sentence does nothing with it but put it in the budget (no
    purpose, no other commitment verb: "… een post kinderopvang opgenomen; hieruit betalen wij de opvang")."""
    named = False
    for i in range(start - 1, max(sent.start, start - 3) - 1, -1):
        if sent.doc[i].lower_ in _BUDGET_LINES:
            named = True
            break
        if not sent.doc[i].is_alpha or sent.doc[i].lower_ in _PREPOSITIONS:
            return False
    if (
        not named
        or any(t.lower_ in _PURPOSE for t in sent)
        or hits.any(evidence_key(SHORTAGE), sent)
        or hits.any(evidence_key(INTENT), sent)
    ):
        return False  # ("De post nazorg staat als pro memorie in de begroting": a shortage, said so)
    return all(sent.doc[a:b].text.lower() in _BUDGET_VERBS for a, b in hits.get(evidence_key(COMMITMENT), sent))


_PREPOSITIONS = frozenset({"voor", "van", "aan", "met", "naar", "om", "tot", "bij", "op", "in"})
_PURPOSE = frozenset({"zodat", "om", "waarmee", "waaruit", "hieruit", "daaruit", "daarmee", "hiermee"})
# What puts a line in the budget, and nothing more.
_BUDGET_VERBS = frozenset(
    {"opgenomen", "opnemen", "op", "toegevoegd", "staat in de begroting", "staan in de begroting"}
)


# Passage kinds whose text commits to nothing: a heading names a topic.
_NOT_PROSE = {"heading", "toc", "running"}
_NEGATIONS = {"niet", "geen", "nooit", "nergens", "niets", "evenmin"}  # ("… voeren we evenmin uit": also not)
_SUBJECTS = {"nsubj", "nsubj:pass"}


def _line(token: Token) -> list[int]:
    """Indices of *token* and its heads up to the root."""
    return [t.i for t in (token, *heads_of(token))]


def _parsed(sent: Span, i: int) -> Token | None:
    return token_syntax(sent.doc[i])


# Separable particles of commitment verbs ("leggen … vast", "zetten … in"): the verb they belong to governs,
# when it is one of the verbs the particle cues name (not "blijft … open", said of something else).
_PARTICLES = frozenset({"vast", "in", "op", "uit", "af", "aan", "voort", "open", "toe"})
_PARTICLE_VERBS = frozenset(
    {
        "leggen",
        "zetten",
        "voeren",
        "nemen",
        "breiden",
        "splitsen",
        "stemmen",
        "richten",
        "stellen",
        "wijzen",
        # simplemma's lemma of "wijst" is the adjective "wijs"
        "wijs",
        "wijst",
    }
)


def _governs(verb: Token, term: Token) -> bool:
    """*verb* (a parsed token) is the term's head or an ancestor of it, or they share the clause head. A
    separable particle stands for its verb ("Wij leggen in de opdracht vast dat …": "vast" hangs from "leggen",
    whose clause holds the term)."""
    if (
        verb.lower_ in _PARTICLES
        and verb.dep_ in ("compound:prt", "advmod")
        and {verb.head.lemma_, lemma_of(verb.head.lower_), verb.head.lower_} & _PARTICLE_VERBS
    ):
        verb = verb.head
    term_line = _line(term)
    if verb.i in term_line:
        return True
    if _in_other_subclause(verb, term_line):
        return False
    verb_line = _line(verb)
    # "de kinderopvang wordt vergoed", "kinderopvang is geregeld": the verb and the term hang from one head
    return bool(set(term_line[:4]) & set(verb_line[:3]))


def _in_other_subclause(verb: Token, term_line: list[int]) -> bool:
    """*verb* stands in an adverbial clause with its own opener ("omdat", "zodat", "als") that does not hold the
    term (whose line, term first, is *term_line*) and whose subject is not the body: it says why or when, and
    does nothing to the term ("wij vragen om een vergoeding voor kinderopvang, omdat de toeslag vaak pas laat wordt
    toegekend"). With the body as its subject the clause can act on the term by a pronoun ("De kosten van
    kinderopvang staan als p.m. in de begroting, omdat wij ze … vergoeden")."""
    clause = _clause_head(verb)
    subjects = _subjects(clause)
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in clause.children)
        and clause.i not in term_line
        and bool(subjects)
        # a passive: what is done to its subject ("omdat de toeslag … wordt toegekend"); an active clause's
        # subject can be a partner who pays ("omdat UWV en gemeente samen de kosten betalen")
        and all(c.dep_ == "nsubj:pass" for c in subjects)
        and not _any_body(subjects)
    )


def _clause_head(token: Token) -> Token:
    """The verb (or root) of the clause *token* stands in."""
    for t in [token, *heads_of(token)]:
        # (a relative clause's head is its verb, whatever tag it got: "waarop die beelden het advies … sturen")
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i or t.dep_ == "acl:relcl":
            return t
    return token


def _semicolon_between(a: Token, b: Token) -> bool:
    """A ";" between *a* and *b*: another clause, whatever head the parser gave them ("lessen tussen 9.00 en 14.30
    uur; … telt niet als verzuim": the negation is the other clause's)."""
    lo, hi = sorted((a.i, b.i))
    return _items_apart(a.doc, (lo, lo), (hi, hi))


def _items_apart(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """A ";" between the word spans *a* and *b* (doc offsets, end exclusive): two items of a list or two clauses."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return any(t.text == ";" for t in doc[lo:hi])


# The auxiliaries of a perfect or passive ("heeft aanbevolen", "is toegezegd").
_PERFECT_AUXILIARIES = frozenset({"hebben", "zijn", "worden"})


def _related(cue: Token, term: Token) -> bool:
    """The cue belongs to the term's clause or a clause above it (not to another list item or clause)."""
    term_line = _line(term)
    if (
        cue.pos_ == "VERB"
        and cue.dep_ in ("obj", "xcomp")
        and {cue.head.lemma_, lemma_of(cue.head.lower_)} & _PERFECT_AUXILIARIES
    ):
        # a participle the parser hung as the object of its auxiliary ("Cluffelhuis heeft ook aanbevolen dat …",
        # with the "dat" clause on "heeft"): the auxiliary's clause is the cue's
        cue = cue.head
    return cue.i in term_line or term.i in _line(cue)[1:] or _clause_head(cue).i in term_line


def _cue(hits: Hits, key: str, sent: Span, term: Token | None, verbal: bool = False) -> bool:
    """A cue of *key* in *sent*; with a parse, one that belongs to the term's clause. *verbal*: not an
    infinitive used as a noun ("het verkennen van waarden" is no intent to explore), nor a capitalised word
    inside the sentence, which names something ("team Onderzoek", "project Verkennen")."""
    spans = hits.get(key, sent)
    if verbal:
        doc = sent.doc
        spans = [
            (a, b)
            for a, b in spans
            if (a == 0 or doc[a - 1].lower_ not in _NOMINAL)
            and not (
                a > sent.start
                and doc[a].text[:1].isupper()
                and not doc[a].text.isupper()  # a sentence in capitals ("WIJ ONDERZOEKEN OF …") names nothing
                and doc[a - 1].text not in _CELL_OPENERS
            )
            and not _goal_horizon(doc, sent, a, b)
            and not _striving_funded(doc, sent, a, b)
            and not _their_wish(doc, sent, a)
        ]
    if key == evidence_key(SHORTAGE):
        # a shortage cue said to be absent ("zonder wachttijd", "geen wachtlijst"): no shortage
        spans = [(a, b) for a, b in spans if a == 0 or sent.doc[a - 1].lower_ not in _ABSENT]
    if term is None or not spans:
        return bool(spans)
    for start, end in spans:
        if verbal and _apart(sent.doc, start, end, term):
            continue
        if key == evidence_key(SHORTAGE) and _part_of_elsewhere(sent.doc, start, end, term):
            continue
        for i in range(start, end):
            cue = token_syntax(sent.doc[i])
            if cue is not None and _particle_denied(cue):
                continue  # "houdt niet op bij de plaatsing", "houdt pas op wanneer …"
            if key == evidence_key(SHORTAGE) and cue is not None and cue.doc is term.doc and _people_listed(cue, term):
                continue
            if cue is not None and cue.doc is term.doc and _related(cue, term):
                return True
    return False


_ABSENT = frozenset({"zonder", "geen"})


_LISTED_PEOPLE = re.compile(r"^(?:kandidaten|kandidaat|personen|gezinnen|jongeren|aanmeldingen)$", re.IGNORECASE)


def _people_listed(cue: Token, term: Token) -> bool:
    """A waiting list that names where people are ("Ook van de kandidaten op de wachtlijst worden geslacht en leeftijd
    bijgehouden"): the list modifies a noun, and the measure's words are not its own ("ouders op de wachtlijst voor
    kinderopvang" waits for the measure)."""
    return (
        cue.lower_.startswith(("wachtlijst", "wachttijd"))
        and cue.dep_ == "nmod"
        and any(c.lower_ == "op" for c in cue.children)  # people "op de wachtlijst", not access "via een wachtlijst"
        and bool(_RESIDENTS.match(cue.head.text) or _LISTED_PEOPLE.match(cue.head.text))
        and term not in cue.subtree
    )


# A wish of the people the measure is for, not of the body: "iedere klant die dat wil", "wie dat wenst", "als de
# deelnemer dat wil" (the verb after "die/wie/als … dat/het").
_WISH_VERBS = frozenset({"wil", "willen", "wenst", "wensen", "wilt"})
_WISH_OPENERS = frozenset({"die", "wie", "als", "wanneer", "indien", "zolang"})


def _their_wish(doc, sent: Span, a: int) -> bool:
    """The intent cue at token *a* is the wish of the people a sentence offers something to ("krijgt iedere
    klant die dat wil twee jaar nazorg"): "wil" right after "dat" or "het", in a clause opened by "die", "wie",
    "als", "wanneer", "indien" or "zolang" at most four words before "dat"; or "willen" after "hoe", "wat", … and
    "zij" ("kiezen zelf hoe zij geholpen willen worden")."""
    if doc[a].lower_ not in _WISH_VERBS or a - 1 < sent.start:
        return False
    before = [t.lower_ for t in doc[max(sent.start, a - 6) : a]]
    if any(w in _ASKED_OPENERS for w in before) and any(w in _THEY for w in before):
        return True  # "kiezen zelf hoe zij geholpen willen worden": what they want, asked of them
    if doc[a - 1].lower_ not in ("dat", "het"):
        return False
    return any(doc[i].lower_ in _WISH_OPENERS for i in range(max(sent.start, a - 5), a - 1))


_ASKED_OPENERS = frozenset({"hoe", "wat", "welke", "welk", "waar", "wanneer"})
_THEY = frozenset({"zij", "ze", "hij", "u", "jij", "je"})


# A proposal, motion or decision put off ("Het college besluit het voorstel voor kinderopvang tijdens trajecten aan te
# houden"); not a place or payment kept ("De plek wordt aangehouden; de gemeente blijft de kosten vergoeden").
_POSTPONED = re.compile(
    r"\b(?:voorstel|motie|amendement|agendapunt|besluitvorming|raadsvoorstel)\b[^.;:]{0,80}?\b(?:aan\s+te\s+houden|"
    r"aangehouden)\b",
    re.IGNORECASE,
)


def _char_offset(sent: Span, start: int) -> int:
    """Where token *start* begins in *sent*'s text, for the regexes of this module that read the sentence."""
    return sent.doc[start].idx - sent.start_char


def _postponed(sent: Span, start: int) -> bool:
    """The measure (its word at token *start*) is in a proposal that is put off (``_POSTPONED``)."""
    at = _char_offset(sent, start)
    return any(m.start() <= at < m.end() for m in _POSTPONED.finditer(sent.text))


def _particle_denied(cue: Token) -> bool:
    """*cue* is a separable particle whose verb is negated or put off ("houdt niet op", "houdt pas op wanneer …")."""
    return cue.dep_ == "compound:prt" and any(c.lower_ in ("niet", "nooit", "pas") for c in cue.head.children)


def _apart(doc, start: int, end: int, term: Token) -> bool:
    """An intent cue and the measure in clauses set apart by ";" or "maar" ("… krijgt zes maanden nazorg; een
    uitbreiding is in voorbereiding", "De uitvoering is nog niet uitgewerkt, maar deelnemers krijgen …")."""
    i = term.i + syntax_offset(doc[start])  # the term in the passage's Doc (original.i = copy.i + offset)
    lo, hi = (end, i) if end <= i else (i + 1, start)
    return any(t.text == ";" or t.lower_ == "maar" for t in doc[lo:hi])


# The words of a shortage cue that says something is no part of an approach ("… maakt geen deel uit van de aanpak",
# "… is geen onderdeel van het aanbod"): it is said of its own subject only.
_PART_OF = frozenset({"deel", "onderdeel"})
_STANDS_FOR = frozenset({"het", "dit", "dat", "die", "deze"})


def _part_of_elsewhere(doc, start: int, end: int, term: Token) -> bool:
    """A "geen (onder)deel van" cue said of something other than the measure: the measure is not in the subject of
    the cue's verb ("We vergoeden kinderopvang; een taalcursus is geen onderdeel van het aanbod"), or, without that
    subject, stands across a ";" from it."""
    words = doc[start:end]
    if not any(t.lower_ in _PART_OF for t in words):
        return False
    verb = token_syntax(words[0])
    subjects = _subjects(verb) if verb is not None and verb.doc is term.doc else []
    if subjects:
        # a pronoun or a forward "het" stands for the measure ("Het maakt geen deel uit van onze aanpak om
        # kinderopvang te vergoeden", "Kinderopvang: dit maakt geen deel uit …")
        if any(s.lower_ in _STANDS_FOR for s in subjects):
            return False
        return not any(term in s.subtree for s in subjects)
    i = term.i + syntax_offset(words[0])
    lo, hi = (end, i) if end <= i else (i + 1, start)
    return any(t.text == ";" for t in doc[lo:hi])


# A time horizon ("op termijn") after a goal named in the sentence ("Het doel is dat beide partners op termijn
# economisch zelfstandig zijn", "een tweede hoofddoel: iedere volwassene moet op termijn …"): when the goal is to
# be reached, not an intent to act ("Op termijn willen wij …" keeps "willen").
_HORIZONS = frozenset({"op termijn"})
_GOAL = re.compile(r"^(?:\w*doel|doelen|doelstellingen?|\w*doelstelling)$", re.IGNORECASE)


# … only where the goal is an outcome stated outright ("Het doel is dat …", "Hoofddoel: …"), not an aim to act ("Het
# doel is om op termijn … te ontwikkelen", "… dat we op termijn …") nor one hedged or waiting on a condition
# ("mogelijk", "als daar draagvlak voor is", "zodra de middelen er zijn", "werken we volgend jaar uit")
_GOAL_OPENS = frozenset({"is", "was", ":"})
_HEDGES = frozenset(
    {
        "mogelijk",
        "misschien",
        "eventueel",
        "wellicht",
        "als",
        "zodra",
        "indien",
        "mits",
        "wanneer",
        "uit",
        "onderzoeken",
    }
)
_ACTORS = frozenset({"we", "wij", "gemeente", "college", "ons"})


# Striving with money set aside for it ("Wij streven ernaar …; hiervoor is € 40.000 gereserveerd") is funded, not
# only striven for.
_FUNDED = re.compile(r"€|\beuro\b|\bgereserveerd\b|\bbegroot\b|\bbeschikbaar gesteld\b", re.IGNORECASE)


def _striving_funded(doc, sent: Span, a: int, b: int) -> bool:
    return doc[a].lemma_ == "streven" and bool(_FUNDED.search(sent.text))


def _goal_horizon(doc, sent: Span, a: int, b: int) -> bool:
    if doc[a:b].text.lower() not in _HORIZONS:
        return False
    before = doc[sent.start : a]
    goal = next((t for t in before if _GOAL.match(t.lower_)), None)
    if goal is None or goal.i + 1 >= a:
        return False
    if doc[goal.i + 1].lower_ not in _GOAL_OPENS and ":" not in {t.text for t in doc[goal.i : a]}:
        return False  # "Het doel is dat …", "Hoofddoel: …", "… krijgt een tweede hoofddoel: iedere volwassene …"
    words = {t.lower_ for t in doc[sent.start : sent.end]}
    if words & _HEDGES or "om" in {t.lower_ for t in doc[goal.i : a]}:
        return False
    return not ({t.lower_ for t in doc[goal.i : sent.end]} & _ACTORS)


# "gesloten" or "sluit" of a place (closed) unless its subject is an agreement (concluded: a commitment).
_CLOSED = frozenset({"gesloten", "sluit", "sluiten", "sloot", "sloten", "afgesloten"})
_AGREEMENTS = (
    "overeenkomst",
    "convenant",
    "contract",
    "afspra",
    "akkoord",
    "pact",
    "verbond",
    "deal",
    "samenwerking",
    "verbintenis",
    "partnerschap",
    "coalitie",
    "verband",
    "relatie",
    "alliantie",
    "compromis",
    "vrede",
)
# A place closed and taken into another of the municipality's places: moved, not ended ("gesloten en
# ondergebracht bij het Werkplein"); not when it goes elsewhere or without its service ("verhuisd naar een andere
# gemeente", "overgedragen aan een stichting zonder subsidie", "opgenomen in de lijst met bezuinigingen").
_MOVED = frozenset(
    {"opgenomen", "ondergebracht", "verplaatst", "samengevoegd", "overgebracht", "verhuisd", "voortgezet"}
)
_NOT_MOVED = re.compile(r"\b(?:andere gemeente\w*|zonder|bezuiniging\w*|geen\b.{0,30}\bmeer|digita\w*)", re.IGNORECASE)


def _moved_within(verb: Token) -> bool:
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.lower_ in _MOVED):
        where = [c for c in conj.children if c.dep_ in ("obl", "obl:arg")]
        places = [w for c in where for w in c.subtree]
        if places and any(c.lower_ in ("in", "bij", "naar") for c in where for c in c.children if c.dep_ == "case"):
            if not _NOT_MOVED.search(verb.sent.text):
                return True
    return False


# Times a place is closed on, while it is open on others ("op vrijdag gesloten", "in de zomervakantie gesloten").
_CLOSED_ON = re.compile(
    r"^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w*|weekend|\w*vakantie|feestdag(?:en)?|avond|avonden"
    r"|ochtend|ochtenden|middag|middagen|zomer|kerst\w*)$"
)


def _closed(sent: Span, term: Token) -> bool:
    """A place or service closed, the term in what closed ("Het Werkpunt voor inwoners zonder uitkering … is in
    2025 gesloten"); not an agreement concluded ("Er is een overeenkomst gesloten over kinderopvang"), nor a
    place closed on some days ("op vrijdag gesloten")."""
    for t in sent:
        if t.lower_ not in _CLOSED:
            continue
        verb = token_syntax(t)
        if (
            verb is None
            or verb.doc is not term.doc
            or any(c.dep_ == "obj" and c.lower_ != "deuren" for c in verb.children)
        ):
            continue  # "sluit een convenant" concludes; "sluit per 1 maart (haar deuren)" closes
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects or any(a in w.lower_ for c in subjects for w in c.subtree for a in _AGREEMENTS):
            continue
        if any(_CLOSED_ON.match(w.lower_) for c in verb.children if c.dep_ in ("obl", "advmod") for w in c.subtree):
            continue  # closed on some days only
        if _moved_within(verb):
            continue  # closed and taken into another place ("gesloten en ondergebracht bij het Werkplein")
        # the measure's term is (in) the closed place itself, not in another clause of the sentence: in the
        # subject, or between the subject and the verb (the parser often hangs "voor inwoners …" on the verb)
        first = min(w.i for c in subjects for w in c.subtree)
        if any(term.i == w.i for c in subjects for w in c.subtree) or (
            first <= term.i < verb.i and not any(t.text in ";:" for t in verb.doc[term.i : verb.i])
        ):
            return True
    return False


# A determiner before an infinitive that makes it a noun ("het verkennen"); "dat"/"dit" are also the object of
# the verb ("…, dat onderzoeken wij in 2027").
_NOMINAL = frozenset({"het"})
# Marks after which a capitalised word opens a cell, a list item or a clause ("… | Onderzoeken of …").
_CELL_OPENERS = frozenset({"|", ":", ";", "-", "–", "—", "•", "▪", "·", "*", "(", '"', "'", "“", "‘", "„", "‚"})


# Numbers written as words that open the items of a list ("Eén: registreer …", "Twee: laat …").
_ENUMERATORS = frozenset(
    {"één", "eén", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"}
)


# What follows "laat" as an imperative in a numbered list: the people made to do it.
_LAAT_OBJECTS = frozenset({"de", "het", "alle", "iedere", "elke", "ieder", "elk", "uw", "jullie"})


# A question mark at the end, before a closing quote or a bracketed reference ("… ? (motie 12)"; the sentence
# splitter may leave its "(" on the question).
_ASKS = re.compile(r"\?\s*(?:\([^()]*\)|\()?\s*[\"'”’»]*\s*$")
# A leaflet's "Wist u dat …?" tells what is so.
_TELLS = re.compile(r"^\W*wist (?:u|je|jij) (?:al )?dat\b", re.IGNORECASE)


# Someone else who asks whether ("Het Werkpunt vraagt of inwoners zonder uitkering ook een traject kunnen
# krijgen", "Raadslid Bakker vroeg of …"); not the body asking its residents ("Wij vragen ouders of …").
_ASKS_WHETHER = re.compile(
    r"^(?!\W*(?:wij|we|de gemeente|het college|onze?)\b)[^.;:?]{0,80}?\b(?:vraagt|vragen|vroeg|vroegen|informeert"
    r"|informeerde)\b[^.;:?]{0,40}?\bof\b",
    re.IGNORECASE,
)


# The body asking another party to do something ("Wij vragen DUO en het ministerie om de monitor uit te
# splitsen", "Daarom verzoeken wij de minister om …"): what follows "om" is asked of them, not done. Not the body
# charging something ("Wij vragen een lage eigen bijdrage om de opvang betaalbaar te houden"), and not a college
# asking its council to agree ("Wij vragen u om in te stemmen met …": its proposal), nor asking about something
# ("Wij vragen bij de intake naar de zorgtaken om …").
_ASKS_OF = re.compile(
    r"\b(?:(?:wij|we|de gemeente|het college)\s+"
    r"(?:vragen|verzoeken|vroegen|verzochten|vraagt|verzoekt|vroeg|verzocht)"
    r"|(?:vragen|verzoeken|vroegen|verzochten)\s+(?:wij|we)"
    r"|(?:vraagt|verzoekt|vroeg|verzocht)\s+(?:de gemeente|het college))\b"
    r"(?!\s+(?:u|uw raad|de raad|de gemeenteraad|uw gemeenteraad|naar)\b)"
    r"(?![^.;:]{0,60}?\b(?:bijdrage|vergoeding|tarief|prijs|huur|borg|euro)\b)"
    r"[^.;:]{1,80}?\bom\b",
    re.IGNORECASE,
)


def _asked_of_others(sent: Span, start: int) -> bool:
    """The measure (its first word at token *start*) stands after the "om" of the body's request to another party
    (:data:`_ASKS_OF`)."""
    text = sent.text
    offset = _char_offset(sent, start)
    return any(
        m.end() <= offset and not _CLAUSE_BREAK.search(text, m.end(), offset) and not _ABOUT_WHAT.search(m.group(0))
        for m in _ASKS_OF.finditer(text)
    )


# A proposal made by someone other than the body, in the sentence's opening ("Letterbrug heeft in 2045 voorgesteld
# om …", "Twee fracties stelden voor een bijdrage in te voeren …", "De cliëntenraad deed het voorstel om …", "De
# fractie vroeg om …"): what
# another party proposes is no commitment of the body; not one the sentence says was taken over ("…, wat het college
# heeft overgenomen"), nor the body's own ("Het college stelt de raad voor …": the body itself, :data:`_BODY` at the
# opening, or one of its units anywhere in it, :data:`_OWN_UNIT`).
_PROPOSED = re.compile(
    r"^(?P<who>[^.;:,]{2,90}?)\s+(?:"
    r"(?:heeft|hebben)\b[^.;:]{0,40}?\bvoorgesteld"
    r"|(?:stelde|stelden|stelt|stellen)\b(?:\s+(?!u\b|de\s+raad\b|uw\s+raad\b)[^\s.;:,]+){0,4}?\s+voor"
    # … what is proposed, an "om"/"dat" clause or an infinitive ("stelden voor een bijdrage in te voeren"), not "voor"
    # as "for" ("stelt voor iedere werkzoekende een plan op")
    r"(?=\s+(?:om|dat)\b|[^.;:]*\bte\s+\w)"
    r"|(?:deed|deden|doet|doen)\s+(?:het|een)\s+voorstel"
    # … or asked for, in the past ("De fractie van X vroeg bij de beschouwingen om de kosten … te vergoeden")
    r"|(?:vroeg|vroegen|verzocht|verzochten)\b[^.;:]{0,60}?\s+om(?=\s)"
    r")\b",
    re.IGNORECASE,
)
_TAKEN_OVER = re.compile(
    r"(?<!niet\s)\b(?:overgenomen|overneemt|overnemen|aangenomen|ingestemd|stemt\s+in|stemde\s+in|besloten|vastgesteld|"
    r"uitgevoerd|ingevoerd|toegezegd)\b",
    re.IGNORECASE,
)

# An offer another party has made to do something ("De vrouwenvereniging heeft aangeboden gastvrouwen te leveren",
# "De bibliotheek bood aan om de lessen te geven"): made, not yet taken up, so no commitment; not one the sentence
# says was accepted (:data:`_TAKEN_OVER`), nor the body's own (its name or one of its units before the verb).
_OFFERED = re.compile(
    r"^(?P<who>.{2,160}?)\s+(?:"
    r"(?:heeft|hebben)\s+(?:[^\s.;:]+\s+){0,4}?aangeboden(?!\s+gekregen)\s+(?:om\s+)?(?:[^\s.;:]+\s+){0,12}?te\s+\w"
    r"|(?:bood|boden)\s+(?:[^\s.;:]+\s+){0,4}?aan\s+(?:om\s+)?(?:[^\s.;:]+\s+){0,12}?te\s+\w"
    r")",
    re.IGNORECASE,
)


def _offered_by_others(sent: Span, start: int) -> bool:
    """The measure (its first word at token *start*) stands in the clause of an offer made by another party than
    the body (:data:`_OFFERED`), which the sentence does not say was taken up; not an offer in a relative clause
    ("Partners die hebben aangeboden om mee te werken, krijgen …") nor one received ("aangeboden gekregen")."""
    text = sent.text.strip()
    m = _OFFERED.match(text)
    if m is None or _TAKEN_OVER.search(text):
        return False
    who = m.group("who")
    if _the_body(who) or who.split()[-1].lower() in _RELATIVE:
        return False
    # (an article's number before it, "7.6 Stichting …", is no clause break)
    number = _ITEM_NUMBER.match(text)
    return not _CLAUSE_BREAK.search(text, number.end() if number else 0, _offset_in_stripped(sent, start))


_RELATIVE = frozenset({"die", "dat", "welke", "wie", "wat"})
_ITEM_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?\s+")


# An opening that is no subject ("Sinds 1 maart stelt het Werkplein voor iedere partner een plan op": the subject
# follows the verb, and "stelt … op" draws up).
_OPENING_ADVERBIAL = re.compile(
    r"^(?:sinds|vanaf|per|in|op|met|samen|na|tot|voor|bij|daarom|daarnaast|ook|nu|dan|voortaan|inmiddels|sindsdien)\b",
    re.IGNORECASE,
)

# A part or organ of the municipality under another name ("De afdeling Werk en Inkomen", "Het Participatiebedrijf",
# "Ons college", "De gemeente Xdorp", "Het gemeentebestuur", "Wethouder Jansen"): its proposal is the body's own.
_OWN_UNIT = re.compile(
    r"\b(?:afdeling|participatiebedrijf|werkbedrijf|werkplein|sociale\s+dienst|gemeentebestuur|college|gemeente"
    r"|wethouder|burgemeester|b\s*&\s*w|ons|onze|wij|we)\b",
    re.IGNORECASE,
)


def _proposed_by_others(sent: Span, start: int) -> bool:
    """The measure (its first word at token *start*) is what another party than the body proposes, in the opening
    clause of *sent* (:data:`_PROPOSED`), and the sentence does not say it was taken over."""
    text = sent.text.strip()
    m = _PROPOSED.match(text)
    who = m.group("who") if m is not None else ""
    if m is None or _the_body(who) or _OPENING_ADVERBIAL.match(who) or _TAKEN_OVER.search(text):
        return False
    offset = _offset_in_stripped(sent, start)
    return m.end() <= offset and not _CLAUSE_BREAK.search(text, m.end(), offset)


def _the_body(who: str) -> bool:
    """*who*, a sentence's opening before a proposal or an offer, is the body itself or one of its units."""
    return bool(_BODY.match(who) or _OWN_UNIT.search(who))


def _offset_in_stripped(sent: Span, start: int) -> int:
    """The character offset of token *start* in ``sent.text.strip()``."""
    return _char_offset(sent, start) - (len(sent.text) - len(sent.text.lstrip()))


# A referral to the UWV, in the present ("verwijzen wij … door naar het UWV", "kunnen alleen bij het UWV terecht"):
# the people the measure is for are sent elsewhere.
_TO_UWV = re.compile(
    r"\b(?:(?:door)?verwijz\w*|(?:door)?verwezen|(?:door)?verwijst)\b[^.;:]{0,80}?\bnaar\s+het\s+uwv\b"
    r"|\balleen\b[^.;:]{0,30}?\bbij\s+het\s+uwv\b",
    re.IGNORECASE,
)
# … not denied or past in its clause ("verwijzen wij niet langer door", "Vroeger konden zij alleen bij het UWV
# terecht", "Tot 2023 verwezen wij …"; "worden doorverwezen" is present; "geen" only of the people referred, not
# "zolang het Rijk geen ruimte biedt").
_NOT_NOW = re.compile(
    r"\b(?:niet|nooit|verwees|konden|kon|vroeger|destijds|voorheen|tot\s+20\d\d)\b"
    r"|\bgeen\s+(?:inwoners|mensen|werkzoekenden|klanten|deelnemers|vrouwen|mannen)\b"
    r"|(?<!worden\s)(?<!wordt\s)(?<!worden\sdoor)(?<!wordt\sdoor)\bverwezen\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:]|,\s*(?:maar|terwijl|want)\b|\bmaar\b", re.IGNORECASE)


def _referred_to_uwv(sent: Span, start: int) -> bool:
    """The measure (its first word at token *start*) stands in the clause of a present referral to the UWV: what
    it offers is someone else's route (not in another clause: "…; wie een WW-uitkering heeft, verwijzen wij door
    naar het UWV")."""
    text = sent.text
    offset = _char_offset(sent, start)
    for m in _TO_UWV.finditer(text):
        lo, hi = sorted((offset, m.start()))
        if _CLAUSE_END.search(text, lo, hi):
            continue
        begin = max((b.end() for b in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        end = next((b.start() for b in _CLAUSE_END.finditer(text, m.end())), len(text))
        if not _NOT_NOW.search(text, begin, end):
            return True
    return False


_ABOUT_WHAT = re.compile(r"\bnaar\b", re.IGNORECASE)  # "vragen … naar de zorgtaken": asking about, not asking of


# Where the clause of the request ends and the body speaks again ("Wij vragen ouders om hun kind aan te melden, zodat
# wij de opvang kunnen vergoeden"; "…; daarna …").
_CLAUSE_BREAK = re.compile(
    r"[;:.]|\b(?:zodat|waarna|terwijl|waarmee)\b|,\s*(?:en|maar|dan)\s+(?:wij|we|de gemeente|het college)\b",
    re.IGNORECASE,
)


def _question(sent: Span) -> bool:
    """A sentence that asks (a council's question in a list of answers, a resident's in a guide, another party
    asking whether): it commits to nothing, whatever verb it asks about. Not "Wist u dat de gemeente …
    vergoedt?", which tells."""
    text = sent.text
    return (bool(_ASKS.search(text)) and not _TELLS.match(text)) or bool(_ASKS_WHETHER.match(text))


def _imperative(hits: Hits, sent: Span) -> bool:
    """A sentence that opens with the imperative of a commitment verb ("Regel kinderopvang voor …"):
    a guide instructing its reader. The parser, trained on newspapers and Wikipedia, reads most of
    these as nouns, so the word's form decides (``imperative`` cues, derived from the commitment verbs)."""
    words = [t for t in sent if any(c.isalpha() for c in t.text)]  # not a number, a bullet or a table's "|"
    if not words or _question(sent):
        return False
    first = words[0]
    if (
        first.lower_ in _ENUMERATORS
        and len(words) > 1
        and first.i + 1 < sent.end
        and sent.doc[first.i + 1].text in (":", ".", ")")
    ):
        # an item of a numbered list in words ("Twee: laat de consulenten … volgen"): its verb in lower case
        verb = words[1]
        if verb.lower_ == "laat" and verb.i + 1 < sent.end and sent.doc[verb.i + 1].lower_ in _LAAT_OBJECTS:
            return True  # "laat de klantmanagers … volgen" (not "laat in het traject", "laat ik …")
        return any(start == verb.i for start, _ in hits.get(evidence_key("imperative"), sent))
    if first.lower_ in _OPENERS and len(words) > 1:  # "Of bied ondersteuning bij …", "En zorg voor …"
        first = words[1]
    elif not first.text[:1].isupper():
        return False
    return any(start == first.i for start, _ in hits.get(evidence_key("imperative"), sent))


def _body_acts(hits: Hits, sent: Span) -> bool:
    """A commitment verb in a relative clause of *sent* whose actor is the municipality, its college or "wij"
    (with a parse): an instruction to residents about what the municipality does ("Maak gebruik van de
    kinderopvang die de gemeente betaalt") tells of a commitment."""
    for a, b in hits.get(evidence_key(COMMITMENT), sent):
        for i in range(a, b):
            verb = token_syntax(sent.doc[i])
            if verb is None or verb.dep_ != "acl:relcl":
                continue  # "Zorg dat de gemeente … betaalt" still instructs
            # in "die de gemeente betaalt" the parser may read "die" as the subject and the body as the object
            actors = _subjects(verb) + [c for c in verb.children if c.dep_ == "obj"]
            if _any_body(actors):
                return True
    return False


# Conjunctions that may open an instruction: "Of bied …", "En zorg …", "Maar betrek …" (not "Ook": "Ook zet de
# gemeente … in" is a statement).
_OPENERS = {"of", "en", "maar"}


def _in_law_name(sent: Span, start: int) -> bool:
    """The measure's words are part of a law's name: "de Wet arbeid en zorg", "Wet kinderopvang"."""
    return any(sent.doc[i].text == "Wet" for i in range(max(sent.start, start - 3), start))


def _verbal(t: Token) -> bool:
    """A verb by its part of speech, or by its Alpino tag where the part of speech is misread ("Het project uit de
    vorige periode bood zes maanden nazorg": "bood" as ADP with the tag WW|pv|verl|ev)."""
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("WW|")


def _finite_past(t: Token) -> bool:
    """A finite verb in the past. The Alpino tag decides where it names a finite form: the morphologizer at
    times gives a finite past a participle's features ("waarin deelnemers een coach hielden": WW|pv|verl|mv
    with VerbForm=Part) or a present a past's ("dan gelden de verplichtingen": WW|pv|tgw|mv)."""
    if "|pv|" in t.tag_:
        return "|pv|verl" in t.tag_
    return "Past" in t.morph.get("Tense", []) and "Fin" in t.morph.get("VerbForm", [])


def _past_only(verb: Token) -> bool:
    """Simple past without a present or future auxiliary: something that was done, not what is done; also
    a participle whose auxiliaries are all past ("was tot eind 2025 opgenomen in het contract", "werd
    vergoed", "hadden afgesproken")."""
    finite = "|pv|" in verb.tag_
    if not finite and ("Part" in verb.morph.get("VerbForm", []) or "Inf" in verb.morph.get("VerbForm", [])):
        # … and an infinitive under past modals only ("leerden hoe zij een eigen inkomen konden regelen")
        auxiliaries = _auxiliaries(verb)
        if not auxiliaries and _past_form_misread(verb):
            return True
        if not auxiliaries and verb.dep_ == "xcomp" and _past_only(verb.head):
            return True  # the complement of a past "bleef" ("bleef de trajectbegeleider nog zes maanden betrokken")
        return bool(auxiliaries) and all(_finite_past(c) for c in auxiliaries)
    if not _finite_past(verb):
        return False
    if verb.lower_.endswith("en") and _present_plural(verb.lower_):
        return False  # the infinitive's form ("sluiten"): a present plural the tagger at times reads as past
    return all(_finite_past(c) for c in _auxiliaries(verb))


# A long vowel of a closed syllable, written single in the open one ("stuur" -> "sturen", "loop" -> "lopen").
_LONG_VOWEL_STEM = re.compile(r"(\w*?)(aa|ee|oo|uu|oe|ie|eu|ui|ei|ij|ou)([^\Waeiouy])")


def _present_plural(form: str) -> bool:
    """*form* (ending in -en) is the infinitive, that is a present plural: simplemma gives it as its own lemma
    ("sluiten"), or gives the noun it is the plural of, with a long vowel ("sturen": "stuur", "lopen": "loop"). A strong
    past has another lemma ("boden": "bode", "gingen": "gaan"); a short vowel's plural doubles the consonant, so
    "stonden" ("stond") stays a past."""
    lemma = lemma_of(form)
    if lemma == form:
        return True
    stem = _LONG_VOWEL_STEM.fullmatch(lemma)
    if stem is None:
        return False
    head, vowel, tail = stem.groups()
    single = vowel[0] if vowel in ("aa", "ee", "oo", "uu") else vowel
    return form == f"{head}{single}{tail}en"


_OWN_CLAUSE = frozenset({"ROOT", "root", "acl:relcl", "ccomp", "advcl", "conj"})


def _past_form_misread(verb: Token) -> bool:
    """A finite past the tagger took for a participle: the head of a relative clause, or of another clause of
    its own (not the complement of "blijft betrokken") with a subject, no auxiliary, and a form that is neither
    the infinitive nor a present ("waarin werknemers na plaatsing een jobcoach hielden": WW|vd with
    VerbForm=Part; a relative clause has a finite verb)."""
    own = verb.dep_ == "acl:relcl" or (verb.dep_ in _OWN_CLAUSE and any(c.dep_ == "nsubj" for c in verb.children))
    if not own:
        return False
    form, lemma = verb.lower_, lemma_of(verb.lower_)
    if not lemma.endswith("en") or form == lemma:
        return False
    if any(form[i : i + 2] == "ge" and form[:i] == lemma[:i] and lemma[i : i + 2] != "ge" for i in range(5)):
        return False  # a participle's ge-, also after a particle ("uitgesplitst"); not the verb's own ("begeleidden")
    stem = lemma[:-2]
    if form in (stem, stem + "t", stem[:-1] + "t", stem[:-1]):
        return False  # a present ("houdt", "zorgt")
    # a weak past ("regelden", "werkte"), a strong one whose vowel changed ("hielden", "kregen"), or one in -cht
    # ("waarin een jobcoach deelnemers bezocht": without "ge-" also the participle's form, but a relative clause with
    # no auxiliary has a finite verb)
    return form.endswith(("de", "te", "den", "ten", "cht")) or form[:3] != lemma[:3]


# A target on a figure commits ("Hoofddoel: het aandeel deelnemers met een eigen inkomen stijgt naar 30 procent").
_TARGETS = frozenset(
    {"doel", "doelen", "hoofddoel", "doelstelling", "streefcijfer", "streefcijfers", "streefwaarde", "streven"}
)
_COUNTS = frozenset({"aantal", "aandeel", "percentage", "gebruik", "bereik", "instroom", "uitstroom"})
_CONTINUING = frozenset(
    {"voortzetten", "uitbreiden", "verlengen", "continueren", "handhaven", "behouden", "doorzetten"}
)


def _counted(term: Token) -> bool:
    """The measure is what a figure counts ("het aantal aanvragen voor kinderopvang", "Sinds 2019 is het aantal
    aanvragen … voor kinderopvangtoeslag gedaald"): a statistic."""
    for t in heads_of(term):  # a count word above it, up to its clause ("het aandeel vrouwen met een jobcoach")
        if t.lower_ in _COUNTS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            break
    head = _clause_head(term)
    if _counting_clause(head):  # "het aantal deelnemers dat kinderopvang krijgt"
        return True
    # the clause's subject is a count or holds one ("het aandeel vrouwen", parsed with "aandeel" under "vrouwen")
    return any(
        c.dep_ in _SUBJECTS and (c.lower_ in _COUNTS or any(g.lower_ in _COUNTS for g in c.children))
        for c in head.children
    )


_CHANGED = frozenset(
    {
        "gestegen",
        "toegenomen",
        "gegroeid",
        "gedaald",
        "afgenomen",
        "verminderd",
        "verdubbeld",
        "gehalveerd",
        "verdrievoudigd",
    }
)


def _figure_changed(sent: Span) -> bool:
    """A count word and a change it went through in one sentence ("Sinds 2023 is het aandeel moeders met een
    jobcoach na plaatsing toegenomen"): a figure, whatever the parse made of it."""
    words = {t.lower_ for t in sent}
    return bool(words & _COUNTS) and bool(words & _CHANGED)


# Words of a change in amount, for a sentence that has no count word ("Sindsdien gebruiken meer ouders
# kinderopvang", "Sindsdien stijgt het gebruik …"): a trend since then, not a practice.
_TREND = frozenset(
    {
        "meer",
        "minder",
        "stijgt",
        "stijgen",
        "steeg",
        "stegen",
        "daalt",
        "dalen",
        "daalde",
        "daalden",
        "groeit",
        "groeien",
    }
)


def _trend(sent: Span) -> bool:
    words = {t.lower_ for t in sent}
    return bool(words & (_CHANGED | _TREND))


def _counting_clause(verb: Token) -> bool:
    """A verb of a relative clause on a count word ("het aantal deelnemers dat kinderopvang krijgt, is
    verdubbeld"): what the figure counts, not what is done."""
    return verb.dep_ == "acl:relcl" and any(t.lower_ in _COUNTS for t in [verb.head, *heads_of(verb.head)[:2]])


def _continues(verb: Token) -> bool:
    """A verb that carries something on ("zetten … voort", "breiden … uit", "verlengen"): a pilot that ran,
    continued now, is a commitment."""
    if verb.dep_ == "compound:prt":
        verb, particle = verb.head, verb.lower_
    else:
        particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
    # the lemma, or the form itself ("zetten", which simplemma takes for the noun "zet")
    return any(particle + v in _CONTINUING for v in {lemma_of(verb.lower_), verb.lemma_, verb.lower_})


def _past_clause(term: Token, verb: Token) -> bool:
    """The measure stands in a clause of its own (not the main clause), whose verb is in the past only
    ("In 2023 hebben wij de pilot uitgevoerd, waarin het traject rekening hield met de zorg"): what the pilot
    did then, not what is done now."""
    head = _clause_head(term)
    # a clause of its own has a subject or an opener ("waarin", "die", "dat"): not a word the tagger took for a
    # past verb ("standaard twaalf maanden nazorg")
    clause = any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "expl") for c in head.children)
    # (a "verb" that is itself the subject or object of another is a noun the tagger misread: "Iedere volwassen
    # nieuwkomer … krijgt een eigen gesprek", with "nieuwkomer" a finite past)
    misread = head.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "nmod")
    return (
        head.i != verb.i
        and head.pos_ in ("VERB", "AUX")
        and head.head.i != head.i
        and clause
        and not misread
        and _past_only(head)
    )


# Verbs that, negated, keep what they govern: "Dat doel laten we niet los", "… stellen we niet ter discussie",
# "… geven we niet op", "… zeggen we niet op" (a verb with its particle, or a fixed phrase; not "nemen … op").
_LET_GO = frozenset({("laten", "los"), ("geven", "op"), ("zeggen", "op")})
_HOLDS_ON = re.compile(r"\bter discussie\b|\buit het oog\b|\bop het spel\b", re.IGNORECASE)


def _holds_on(verb: Token) -> bool:
    """A negated verb of letting go or of putting in question keeps its object ("laten we niet los")."""
    if any(c.dep_ == "compound:prt" and (lemma_of(verb.lower_), c.lower_) in _LET_GO for c in verb.children):
        return True
    return bool(_HOLDS_ON.search(verb.sent.text))


def _negated(verb: Token, own: range = range(0)) -> bool:
    """A negation on the verb, or on its object ("kan geen plaats regelen"), or on doing it as a rule ("bieden wij
    niet standaard aan", "niet automatisch"); not "niet alleen …", nor one of the measure's own words (*own*, token
    indices of the Doc: "inwoners die geen uitkering ontvangen"). A negated restriction or ending says the thing
    goes further ("is niet beperkt tot", "stopt niet na drie maanden"), and so does a limit ("niet langer dan zes
    maanden") or a burden refused ("vragen geen eigen bijdrage")."""
    if _lemma_in(verb, _RESTRICTS_OR_ENDS):
        return False
    return (
        any(
            c.lower_ in _NEGATIONS
            # a clause-final "niet" the parser takes for a separable particle ("kosten vergoedt de gemeente niet")
            and c.dep_ in ("advmod", "det", "obj", "amod", "compound:prt")
            and not _not_only(c)
            and not or_not(c)
            and not _limit(c)
            and c.i not in own
            for c in verb.children
        )
        or any(
            c.dep_ == "obj"
            and not _burden(c)
            and any(g.lower_ in _NEGATIONS and g.dep_ == "det" and g.i not in own for g in c.children)
            # (not a condition coordinated with the measure's own negated words: "die geen inburgeringsplicht en
            # geen uitkering hebben" describes the people)
            and not any(g.dep_ == "conj" and g.i in own for g in c.children)
            for c in verb.children
        )
        or any(_negated_manner(c, own) for c in verb.children)
        or any(_no_longer(c, own) for c in verb.children)
        or _but_not(verb, own)
    )


# Words of going on: negated, the thing stops ("niet meer aangeboden", "niet langer vergoed", "niet verder begeleid").
_GOING_ON = frozenset({"meer", "langer", "verder"})


def _no_longer(word: Token, own: range) -> bool:
    """*word*, an adverb of going on on a verb (:data:`_GOING_ON`), negated by its own "niet" or "nooit" ("worden
    na hun inburgering niet verder begeleid"): the parser hangs the negation on the adverb, not on the verb."""
    following = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
    return (
        word.dep_ == "advmod"
        and word.lower_ in _GOING_ON
        and following != "dan"  # "niet langer dan zes maanden": a limit, not a stop
        and any(g.lower_ in ("niet", "nooit") and g.dep_ == "advmod" and g.i not in own for g in word.children)
    )


def _but_not(verb: Token, own: range) -> bool:
    """*verb* has a verb of deciding or carrying out joined to it by "maar", negated and with no object of its
    own: the later clause takes back what the first said ("is in de commissie besproken, maar is niet
    vastgesteld", "werd toegezegd, maar nooit uitgevoerd"); not a clause that limits how it is done ("…, maar
    betalen niet de kosten van vakantieopvang", "maar wordt niet vooraf betaald")."""
    return any(
        c.dep_ == "conj"
        and _lemma_in(c, _CARRIED_OUT)
        and not any(g.dep_ == "obj" for g in c.children)
        and any(g.lower_ == "maar" and g.dep_ == "cc" for g in c.children)
        and any(g.lower_ in _NEGATIONS and g.dep_ == "advmod" and g.i not in own for g in c.children)
        for c in verb.children
    )


# Verbs of deciding or carrying out: negated after a "maar", what was said before them did not happen.
_CARRIED_OUT = frozenset(
    {
        "vaststellen",
        "uitvoeren",
        "invoeren",
        "realiseren",
        "besluiten",
        "beslissen",
        "doorgaan",
        "aannemen",
        "goedkeuren",
        "overnemen",
        "uitwerken",
    }
)


def _negated_manner(word: Token, own: range) -> bool:
    """*word*, a word of routine on a verb (:data:`_ROUTINE`), negated by a "niet" just before it ("niet
    standaard"), with no "maar" after it that says how it is done instead ("niet standaard, maar bij elke …")."""
    if word.dep_ not in ("xcomp", "advmod") or word.lower_ not in _ROUTINE:
        return False
    if any(t.lower_ == "maar" for t in word.doc[word.i + 1 : word.sent.end]):
        return False
    return any(
        g.lower_ == "niet" and g.dep_ == "advmod" and g.i == word.i - 1 and g.i not in own for g in word.children
    )


# Words that say a thing is done as a rule: not done so, it is done only now and then ("bieden wij niet standaard
# aan"); not words of time or measure ("niet eenmalig", "niet pas na", "niet later dan"), which say it is done.
_ROUTINE = frozenset(
    {"standaard", "automatisch", "structureel", "altijd", "vanzelf", "zomaar", "actief", "proactief", "stelselmatig"}
)


def or_not(negation: Token) -> bool:
    """ "… of niet": an alternative, not a negation ("vader of moeder, mantelzorger of niet")."""
    return negation.i > 0 and negation.doc[negation.i - 1].lower_ == "of"


def _not_only(negation: Token) -> bool:
    """ "niet alleen", "niet enkel": an inclusion, not a negation; "niet meer uitsluitend …, maar ook …" too, with
    the "ook" that says something is added (not "niet langer uitsluitend gratis, maar kost voortaan …")."""
    doc = negation.doc
    i = negation.i + 1
    if i < len(doc) and doc[i].lower_ in ("meer", "langer"):
        i += 1
        if not any(t.lower_ in ("ook", "tevens", "eveneens") for t in doc[i + 1 : negation.sent.end]):
            return False
    return i < len(doc) and doc[i].lower_ in _NOT_ONLY


# The subject of a power ("Het college kan … subsidie verstrekken", "Wij kunnen de kosten vergoeden"): the body
# that would act, not the people who may use what is offered ("Deelnemers kunnen gebruikmaken van …").
_BODY = re.compile(
    r"^(?:het\s+|de\s+|ons\s+|onze\s+)?(?:college|gemeenten?|wij|we|burgemeester|wethouders?|raad|werkbedrijf"
    r"|klantmanagers?|consulenten?|werkcoach(?:es)?|team)\b",
    re.IGNORECASE,
)
_POWER_MODALS = frozenset({"kunnen", "mogen"})


def _phrase(token: Token) -> str:
    """The words *token* heads ("de gemeente Den Haag"), as the regexes of this module read them."""
    return " ".join(w.text for w in token.subtree)


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of *verb*; a non-finite verb joined to another without auxiliaries of its own shares
    that verb's ("zouden vrouwen begeleiden en hen steunen", "werden geplaatst en begeleid")."""
    own = [c for c in verb.children if c.dep_.startswith("aux")]
    if own or verb.dep_ != "conj" or verb.head.i == verb.i or "|pv|" in verb.tag_:
        return own
    if not ({"Inf", "Part"} & set(verb.morph.get("VerbForm", []))):
        return own
    return [c for c in verb.head.children if c.dep_.startswith("aux")]


def _particle_of_past(token: Token) -> bool:
    """*token* is the separable particle of a verb in the simple past ("stelde … open", "zette … in")."""
    verb = token.head
    return (
        token.lower_ in _PARTICLES
        and token.dep_ in ("compound:prt", "advmod", "xcomp")
        and verb.i != token.i
        and verb.pos_ in ("VERB", "AUX")
        and _past_only(verb)
        # a form that is past whatever the tagger says: weak "stelde", "zetten"; strong "hield" (not a present
        # plural in -en the tagger took for a past: "Werkcoaches stemmen … af")
        and (verb.lower_.endswith(("de", "te", "den", "ten")) or not verb.lower_.endswith("en"))
    )


_AGREEING = frozenset({"tekenen", "ondertekenen", "afspreken", "spreken", "sluiten"})


def _agreed(verb: Token) -> bool:
    """*verb* signs, concludes or agrees an agreement the sentence names ("Twintig bedrijven tekenden het Banenpact en
    spraken af …"): an agreement reached is in force, also when told in the past."""
    if not _lemma_in(verb, _AGREEING):
        return False
    return any(stem in t.lower_ for t in verb.sent for stem in _AGREEMENTS)


_WOULD = frozenset({"zou", "zouden"})
_MUST = frozenset({"moeten"})


def _lemma_in_auxiliaries(verb: Token, lemmas: frozenset[str]) -> bool:
    return any(_lemma_in(c, lemmas) for c in verb.children if c.dep_.startswith("aux"))


# Verbs of arranging or paying for something that people do "zelf": not the body's facility.
_ARRANGING = frozenset({"regelen", "betalen", "bekostigen", "financieren", "organiseren", "zoeken", "aanvragen"})


# The people a facility is for, as the subject of arranging it "zelf" (not a team or partner that arranges it:
# "Het wijkteam regelt zelf kinderopvang" is a facility, a hostile review).
_RESIDENTS = re.compile(
    r"^(?:de\s+|het\s+|alle\s+|veel\s+|sommige\s+)?(?:ouders?|deelnemers?|deelneemsters?|inwoners?|u|wie|cliënten|cliënt"
    r"|klanten?|werkzoekenden?|inburgeraars?|cursist(?:en)?|statushouders?|nieuwkomers?|gezinnen|moeders|vaders|mensen"
    r"|bewoners|huishoudens?|aanvragers?)\b",
    re.IGNORECASE,
)


def _self_arranged(verb: Token) -> bool:
    """*verb* arranges or pays for something "zelf", with anyone but the body, its partners or an organisation as
    the subject ("Ouders regelen zelf de opvang", "Werkgevers betalen zelf …"), and no municipal money named: what
    people do on their own, not a facility."""
    if verb.dep_ == "conj" and not _subjects(verb) and _lemma_in(verb, _ARRANGING):
        # "Zij regelen zelf de opvang en betalen die ook": the same people (the parser may hang the second verb
        # from the first one's object)
        first = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
        if first.i != verb.i and _self_arranged(first):
            return True
    # "zelf" of the verb, also where the parser hangs it from a word of the clause right before what is arranged
    # ("regelen voor het gesprek zelf oppas": amod of "gesprek"); not "het gesprek zelf" closing its phrase ("regelt
    # kinderopvang voor het gesprek zelf en voor …", a hostile review), nor from another clause's verb
    selves = [
        c
        for c in verb.subtree
        if c.lower_ == "zelf"
        and (
            (
                c.dep_ == "advmod" and c.head.i == verb.i
            )  # (also of a verb the tagger took for a noun: "en betalen die ook zelf")
            or (_clause_head(c).i == verb.i and _before_object(c, verb))
        )
    ]
    if not _lemma_in(verb, _ARRANGING) or not selves:
        return False
    # anyone but the body or its partners who arranges it "zelf" does so on their own ("Zij regelen zelf …",
    # "Werkgevers betalen zelf …", "Mantelzorgers …"): a closed list of residents missed them (a hostile review)
    subjects = _subjects(verb) or [
        # the subject after the verb, right before "zelf", that the parser took for the object ("Opvang voor
        # kinderen regelt de deelnemer zelf")
        c
        for c in verb.children
        if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and verb.i < c.i == selves[0].i - 1
    ]
    if not subjects or _BODY_MONEY.search(verb.sent.text):
        return False  # (… "met subsidie van de gemeente": the body's facility after all)
    return not any(
        _BODY.match(_phrase(s)) or _PARTNER_ACTOR.match(_phrase(s)) or s.tag_.startswith("N|eigen") for s in subjects
    )


def _before_object(zelf: Token, verb: Token) -> bool:
    """*zelf* stands right before a content word of its clause, what the verb arranges ("zelf oppas", "zelf de
    opvang"), not before a conjunction, a preposition or the end of the sentence ("het gesprek zelf en …")."""
    nxt = zelf.doc[zelf.i + 1] if zelf.i + 1 < len(zelf.doc) else None
    if nxt is None or nxt.i >= verb.sent.end:
        return False
    # (a noun the tagger took for an adverb, "zelf oppas", but no adverb that goes with "zelf": "zelf ook")
    return nxt.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM") or (
        nxt.pos_ == "ADV" and nxt.is_alpha and nxt.lower_ not in _PLAIN_ADVERBS
    )


_PLAIN_ADVERBS = frozenset(
    {
        "ook",
        "niet",
        "wel",
        "al",
        "nog",
        "dan",
        "daarna",
        "eerst",
        "alleen",
        "meteen",
        "direct",
        "steeds",
        "altijd",
        "nooit",
        "vaak",
        "weer",
        "toch",
        "maar",
        "even",
        "er",
        "daar",
        "hier",
        "nu",
        "straks",
        "later",
    }
)


# Partners who arrange a facility on the body's behalf ("Het wijkteam regelt zelf kinderopvang")
_PARTNER_ACTOR = re.compile(
    r"^(?:het\s+|de\s+|onze\s+)?(?:\w*team|wijkteams?|partners?|uitvoerders?|\w*organisatie|\w*stichting"
    r"|\w*loket|jobcoach(?:es)?|schuldhulpverlen\w*|aanbieders?|\w*(?:huis|centrum|school|vereniging|werk|punt"
    r"|bureau|instelling|bibliotheek)|taalaanbieder\w*)\b",
    re.IGNORECASE,
)
# Municipal money named in the sentence ("met subsidie van de gemeente", "op kosten van de gemeente")
_BODY_MONEY = re.compile(
    r"\b(?:met|via)\s+(?:\w+\s+)?(?:subsidie|geld|middelen|bijdrage)\s+van\s+(?:de\s+gemeente|het\s+college|ons)\b"
    r"|\bop\s+kosten\s+van\s+(?:de\s+gemeente|het\s+college)\b|\b(?:betaald|vergoed|gefinancierd)\s+door\s+de\s+gemeente\b",
    re.IGNORECASE,
)


# Verbs of paying: with the people a facility is for as the subject, they pay it themselves.
_PAYING = frozenset({"betalen", "bekostigen"})


def _free_to_residents(verb: Token) -> bool:
    """The people a facility is for pay nothing for it, or not themselves ("Ouders betalen niets voor de
    kinderopvang", "Kinderopvang betalen deelnemers niet zelf"): it is free to them."""
    if not _lemma_in(verb, _PAYING) or not any(_RESIDENTS.match(_phrase(s)) for s in _subjects(verb)):
        return False
    words = [c.lower_ for c in verb.children]
    return "niets" in words or ("niet" in words and "zelf" in words)


# The body named as the one who makes the residents' share small ("Dankzij de vergoeding van de gemeente betalen
# gezinnen maar tien procent")
_THANKS_TO_BODY = re.compile(r"\bdankzij\b.{0,60}\b(?:gemeente|college)\b", re.IGNORECASE)


def _body_pays_too(hits: Hits, sent: Span, verb: Token) -> bool:
    """Another commitment cue of *sent* than *verb* whose clause has the body as its subject, not negated."""
    for cue in _cue_words(hits, sent):
        if cue is None or cue.i == verb.i:
            continue
        head = cue
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head  # "… voor haar rekening": up to the clause's verb ("neemt")
        if head.i != verb.i and _any_body(_subjects(head)) and not _negated(head):
            return True
    return False


def _residents_pay(verb: Token) -> bool:
    """*verb* pays, with the people it is for as the subject ("… betaalt het huishouden de eigen bijdrage voor
    kinderopvang", "Ouders betalen de opvang"): their own cost, not the body's facility."""
    if not _lemma_in(verb, _PAYING) or _THANKS_TO_BODY.search(verb.sent.text):
        return False
    subjects = _subjects(verb)
    if subjects:  # (not beside the body: the parser gives "De gemeente betaalt de ouders …" two subjects)
        return not _any_body(subjects) and any(_RESIDENTS.match(_phrase(s)) for s in subjects)
    # no subject in the parse: after an inverted verb the parser may take it for the object ("… en betaalt het
    # huishouden de eigen bijdrage"); the words right after the verb decide
    after = " ".join(t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 3])
    return bool(_RESIDENTS.match(after))


def _subject_holds(verb: Token, term: Token) -> bool:
    """*term* stands in a subject of *verb* ("Een eigen plan … is besproken")."""
    return any(c.dep_ in _SUBJECTS and term in c.subtree for c in verb.children)


# Passive participles that say the measure was talked about, not done (the measure as their subject).
_TALKED_ABOUT = frozenset({"besproken", "genoemd", "bediscussieerd"})
# Words between the parts of a cue that say nothing of who does what, or when.
_FUNCTION_WORDS = frozenset({"DET", "PUNCT", "CCONJ", "SCONJ", "PRON"})


def _hypothetical(verb: Token) -> bool:
    """*verb* is said with "zou"/"zouden", its own or that of the verb it is joined to: what someone would do
    (in an application, a variant, a scenario), not what is done ("Vrijwilligers zouden vrouwen begeleiden en hen
    steunen")."""
    joined = verb.dep_ == "conj" and (
        verb.lower_ == lemma_of(verb.lower_) or "Part" in verb.morph.get("VerbForm", [])
    )  # "zouden … begeleiden en … steunen"; not a finite verb of its own ("zou eerst …, maar biedt nu …")
    heads = [verb, verb.head] if joined else [verb]
    return any(c.dep_.startswith("aux") and c.lower_ in _WOULD for t in heads for c in t.children)


# What ends the reach of a "zou" before a cue: another clause.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "maar", "omdat", "want", "terwijl", "zodat", "dan", "en", "of"})


def _would_before(sent: Span, at: int) -> bool:
    """A "zou"/"zouden" earlier in the cue's clause, with no clause break between, and the cue an infinitive
    ("Deze module zou klantregisseurs leren voortgangscijfers te rapporteren"): hypothetical where the parser lost
    the link. Not a finite verb after a clause of its own ("Omdat ouders anders zouden afhaken vergoedt de
    gemeente …")."""
    cue = sent.doc[at].lower_
    if not (cue.endswith("en") and cue == lemma_of(cue)):
        return False
    doc = sent.doc
    for i in range(at - 1, sent.start - 1, -1):
        if doc[i].lower_ in _CLAUSE_BREAKS:
            return False
        if doc[i].lower_ in _WOULD:
            # … in a clause of its own that a subordinator opens: the cue after it is the main clause's ("Omdat
            # moeders anders zouden stoppen vergoeden wij …", "Ouders die … zouden moeten stoppen krijgen …")
            return not any(t.lower_ in _SUBORDINATORS for t in doc[sent.start : i])
    return False


_SUBORDINATORS = frozenset(
    {"omdat", "als", "wanneer", "indien", "zodra", "nadat", "voordat", "doordat", "waardoor", "terwijl", "die", "dat",
     "wie", "waarin", "waarbij", "waarmee", "opdat", "tenzij", "mits", "hoewel", "aangezien"}
)  # fmt: skip


def _subjects(verb: Token) -> list[Token]:
    """The subjects of *verb* and of its auxiliaries (the parser hangs "Het college kan …" from "kan")."""
    return [c for t in (verb, *_auxiliaries(verb)) for c in t.children if c.dep_ in _SUBJECTS]


def _any_body(tokens: list[Token]) -> bool:
    """Whether one of *tokens* (subjects, actors) heads a phrase that names the body that acts: the college, the
    municipality, "wij", its staff (_BODY)."""
    return any(_BODY.match(_phrase(t)) for t in tokens)


# A sentence that opens with the body and a modal of power ("Het college kan …", "De gemeente mag …"): what
# the body may do, whatever the parser makes of the verb further on.
_POWER_OPENING = re.compile(
    r"^(?:het college|het dagelijks bestuur|de gemeente|de burgemeester|burgemeester en wethouders|b&w|"
    r"de gemeenteraad|de raad)(?: van [A-Z][\w'-]+)?\s+(?:kan|kunnen|mag|mogen)\b",
    re.IGNORECASE,
)


def _opens_with_power(sent: Span) -> bool:
    return bool(_POWER_OPENING.match(sent.text.lstrip()))


def _names_only(cell: Span) -> bool:
    """A table cell that names a measure or act and says nothing of it: a label cell (:func:`_label_cell`) or one
    with no verb ("Kinderopvang", "Begeleiding na plaatsing")."""
    if _label_cell(cell):
        return True
    found = [token_syntax(t) for t in cell if not t.is_punct]
    return all(p is not None and p.pos_ not in ("VERB", "AUX") for p in found)


def _label_cell(cell: Span) -> bool:
    """A table cell that names an act without doing it ("Vrouwenorganisaties betrekken"): its only verb is
    the infinitive it ends with, after no pronoun (not "Wij betrekken …"; the parser cannot tell an infinitive
    from a plural finite verb there). Without a parse: not known, so no."""
    words = [t for t in cell if not t.is_punct]
    found = [token_syntax(t) for t in words]
    parsed = [p for p in found if p is not None]
    if len(words) < 2 or len(parsed) < len(found):
        return False
    # the last word may be tagged a noun ("betrekken" read as a nominalised infinitive)
    verbs = [i for i, p in enumerate(parsed[:-1]) if p.pos_ in ("VERB", "AUX")]
    return not verbs and words[-1].lower_.endswith("en") and parsed[0].pos_ != "PRON"


def _reaction_is_power(after: Span) -> bool:
    """The rest of a table row (*after*: from the cell after the label on) is one cell that only says what the
    body may do or that it agrees in principle ("| Het college kan organisaties uitnodigen … |", "| Het college
    kan zich vinden in deze aanbeveling. |"): one clause (one finite verb, when parsed), or any clause under a
    condition or reservation ("…, als daar behoefte aan is", "…, maar de beslissing ligt bij de raad"). Not
    when a second clause does it ("… en betrekt vanaf 2025 vrouwenorganisaties bij de uitvoering")."""
    cells = [c.strip() for c in after.text.split("|") if c.strip()]
    if len(cells) != 1 or not _POWER_OPENING.match(cells[0]):
        return False
    if _CONDITIONAL.search(cells[0]):
        return True
    parsed = [p for t in after if (p := token_syntax(t)) is not None]
    return sum(1 for p in parsed if p.pos_ in ("VERB", "AUX") and "Fin" in p.morph.get("VerbForm", [])) <= 1


def _last_cell(row: Span) -> Span | None:
    """The last non-empty cell of a table *row* ("… | reactie college |"), or None when it has one cell."""
    bars = [t.i for t in row if t.text == "|"]
    edges = [row.start - 1, *bars, row.end]
    cells = [(a + 1, b) for a, b in zip(edges, edges[1:], strict=False) if b > a + 1]
    if len(cells) < 2:
        return None
    a, b = cells[-1]
    return row.doc[a:b]


# Words that put a cell in the body's own voice, wherever they stand ("Vanaf 2026 vergoeden wij …", "Gemeente
# traint …", "… door de gemeente betaald"): such a row says what the body does, whatever its last cell adds.
_VOICED_ANYWHERE = frozenset({"wij", "we", "ons", "onze", "gemeente", "college", "werkbedrijf", "sociale", "dienst"})


def _names_measure(hits: Hits, span: Span, measure: Measure) -> bool:
    """*span* names the measure by one of its own terms ("de jobcoaching na plaatsing …"), not only by a word
    of its near patterns."""
    return hits.any(measure.rule.keys.own, span)


# Words that open a condition ("als de raad middelen beschikbaar stelt"): one list for a reaction's condition
# (_CONDITIONAL) and a row's conditioning cell (_NOT_OR_IF).
_CONDITIONS = ("als", "indien", "mits", "tenzij", "zodra")
# A condition or reservation in a reaction ("als de raad middelen beschikbaar stelt", "maar …").
_CONDITIONAL = re.compile(rf"\b(?:{'|'.join(_CONDITIONS)}|wanneer|maar|echter)\b", re.IGNORECASE)


# A reaction that only takes note ("| Ter kennisgeving aangenomen. |"): the college's way of not taking a
# recommendation on. Only as the whole reaction: "ter kennisgeving aangenomen; wel betrekken wij …" commits.
_NOTED_ONLY = re.compile(
    r"^[\s|]*(?:\w+\s+){0,3}?(?:ter|voor)\s+kennisgeving\s+(?:aangenomen|genomen)"
    r"(?:\s*[,;]?\s*zie\b[^|;]*)?[\s.]*(?:\|[^|]*)*$",
    re.IGNORECASE,
)


# Words for a power before a verb's "om … te" ("bevoegd om … te vergoeden", "de bevoegdheid om …").
_POWER_WORDS = frozenset({"bevoegd", "bevoegdheid"})
# Verbs of which a possibility is the subject when it is the body's own, used or not ("De mogelijkheid om … te
# vergoeden is niet gebruikt").
_USED = frozenset({"gebruiken", "benutten", "toepassen", "inzetten"})
_HAVING = frozenset({"hebben"})


def _lemma_in(token: Token, lemmas: frozenset[str]) -> bool:
    """*token*'s lemma, by simplemma or by the pipeline, is one of *lemmas*."""
    return lemma_of(token.lower_) in lemmas or token.lemma_ in lemmas


def _noun_before_om(verb: Token) -> Token | None:
    """The word right before the "om" of *verb*'s "om … te" clause ("de bevoegdheid om kinderopvang te
    vergoeden"), read from the words: the parser often hangs the clause from another verb."""
    sent = verb.sent
    for i in range(verb.i - 1, max(sent.start, verb.i - CLAUSE_REACH) - 1, -1):
        word = verb.doc[i]
        if word.lower_ == "om":
            return verb.doc[i - 1] if i > sent.start else None
        if word.text in _CLAUSE_ENDS:
            return None
    return None


def _body_holds_possibility(noun: Token) -> bool:
    """A possibility the body has, not one it offers or the people have: "De gemeente heeft de mogelijkheid
    om …", "De mogelijkheid om … is niet gebruikt"; not "Ouders hebben de mogelijkheid om …", "De gemeente
    creëert de mogelijkheid …", "Er is de mogelijkheid …"."""
    root = noun.sent.root
    if _lemma_in(root, _USED):
        return noun.i < root.i
    if _lemma_in(root, _HAVING) and noun.i > root.i:
        return _any_body([c for c in root.children if c.dep_ in _SUBJECTS])
    return False


def _power(verb: Token) -> bool:
    """*verb* is what the body may do, not what it does: a modal "kan"/"mag" over it, with the body as subject
    (a regulation's power, a possibility), or "bevoegd" or "bevoegdheid" above it or before its "om … te" ("… dat
    het college bevoegd is om … te vergoeden"), not with a duty beside it ("verplicht en bevoegd"); or a
    possibility the body holds ("De mogelijkheid om een traject te vergoeden is niet gebruikt")."""
    above = heads_of(verb)[:2]
    if any(t.lower_ in _POWER_WORDS for t in above) and not any(
        w.lower_ == "verplicht" for t in above for w in (t, *t.children)
    ):
        return True  # "bevoegd om … te vergoeden" (not "verplicht en bevoegd")
    noun = _noun_before_om(verb)
    if noun is not None and (
        noun.lower_ in _POWER_WORDS or (noun.lower_ == "mogelijkheid" and _body_holds_possibility(noun))
    ):
        return True
    if not any(_lemma_in(t, _POWER_MODALS) for t in _auxiliaries(verb)):
        return False
    subjects = _subjects(verb)
    if verb.dep_ == "conj":  # "Het college kan … en kan daartoe subsidie verstrekken": the first conjunct's subject
        subjects += [c for c in verb.sent.root.children if c.dep_ in _SUBJECTS]
    return _any_body(subjects) or _clause_opens_with_body(verb)


# The words that open a subordinate clause ("Artikel 6 bepaalt dat het college …").
_CLAUSE_OPENERS = frozenset({"dat", "zodat", "waarmee", "waarin", "waardoor", "als", "wanneer", "indien"})
CLAUSE_REACH = 25
"""Words before a verb searched for the opening of its subordinate clause."""


def _clause_opens_with_body(verb: Token) -> bool:
    """The subordinate clause *verb* closes opens with the body as its subject ("… bepaalt dat het college een
    voorziening … kan verstrekken"): read from the words, because in such a long clause the parser often hangs
    the subject from a noun in between."""
    sent = verb.sent
    for i in range(verb.i - 1, max(sent.start, verb.i - CLAUSE_REACH) - 1, -1):
        word = verb.doc[i]
        if word.text in _CLAUSE_ENDS or word.lower_ in _OTHER_CLAUSES:
            return False  # another sentence part, or a relative clause with a subject of its own ("welke ouders …")
        if word.lower_ in _CLAUSE_OPENERS:
            if _BODY.match(" ".join(t.text for t in verb.doc[i + 1 : verb.i])):
                return True
            if not any(t.text == "," for t in verb.doc[i + 1 : verb.i]):
                return False
            # an inserted clause ("dat het college, indien daartoe aanleiding bestaat, … kan vergoeden"): read on
    return False


_CLAUSE_ENDS = frozenset(";:.!?")
_OTHER_CLAUSES = frozenset({"welke", "die", "wie", "wat", "waar"})


NATIONAL_REFERENCES = 10
"""Times a document without a municipality of its own names the cabinet or government before it is national
policy (the national coalition agreement: 30; a municipal budget names "het Rijk" as often, but is its
municipality's own)."""
AGREEMENT_REFERENCES = 3
"""Times a coalition agreement names an agreement, one of them itself ("dit akkoord"): six coalition
agreements in eval 3 to 5 times; a budget names "het coalitieakkoord" as often, but never "dit akkoord"."""
# "dit akkoord", "ons coalitieakkoord": the words before a hit (the one before it is read with it)
_SELF_NAMED = re.compile(r"^(?:\S+\s+)?(?:dit|ons)\s")
ADVICE_DOCUMENT = "advice_document"
DESCRIPTION = "description"
# A document is an advice or guide (it commits to nothing itself) when it calls itself one this often.
ADVICE_SELF_REFERENCES = 2


# Self-references that name a kind of text only an advice or study is ("dit advies", "dit onderzoek"): a
# plan quotes a council's advice and a budget names a traffic study, so these count only when the
# document's title says it is one.
_STUDY_WORDS = ("advies", "adviezen", "rapport", "onderzoek", "verkenning", "evaluatie", "aanbeveling", "analyse")
# The title: the first passage of the document, and headings among the next (a subtitle).
_TITLE_PASSAGES = 3


def _opening(parsed: list[ParsedPassage]) -> list[Passage]:
    """The document's first _TITLE_PASSAGES passages with text: where its title and title block stand."""
    return [pp.passage for pp in parsed if pp.passage.text.strip()][:_TITLE_PASSAGES]


def _self_references(parsed: list[ParsedPassage]) -> tuple[list[str], list[str]]:
    """The words with which the document calls itself a guide, advice or study ("deze inspiratiegids",
    "dit advies"), outside quotation marks (those are someone else's words), and those of them that name
    a study, advice or evaluation ("dit rapport", "wij bevelen het college aan"), not a guide or brochure,
    which may be the municipality's own instruction.

    "dit advies", "dit onderzoek" and the like only count when the document's title (its first passages)
    says it is an advice, study or analysis: a plan that quotes a council's advice is none."""
    key = evidence_key(ADVICE_DOCUMENT)
    opening = _opening(parsed)
    title = " ".join(p.text.lower() for i, p in enumerate(opening) if i == 0 or p.kind == "heading")
    study_title = any(w in title for w in _STUDY_WORDS)
    found: list[str] = []
    studies: list[str] = []
    for pp in parsed:
        if key not in pp.hit_keys:
            continue
        for a, b in pp.hits.get(key):
            words = pp.doc[a:b].text.lower()
            names_study = any(w in words for w in _STUDY_WORDS)
            if _quoted(pp.passage.text, pp.doc[a].idx) or not (study_title or not names_study):
                continue
            found.append(words)
            if names_study or "bevelen" in words or "adviseren" in words:
                studies.append(words)
    return found, studies


_QUOTES = frozenset('"“”„«»')

# A title block that says the council or college adopted the document ("Vastgesteld door de gemeenteraad van
# Bezemerwaard op 15 april 2038"): an advice the body gives itself (a herindelingsadvies to the minister)
# states what it has decided, in its own voice.
_ADOPTED_BY_COUNCIL = re.compile(
    r"^\s*vastgesteld\s+(?:door|in)\s+(?:de\s+|het\s+)?(?:gemeenteraad|raad\b(?!\s+van\b)|college\b(?!\s+van\b)|"
    r"burgemeester en wethouders|"
    r"raadsvergadering|collegevergadering)",
    re.IGNORECASE,
)


# A title that says the document is the body's information for its residents ("Informatiegids voor nieuwe
# inwoners", "Wegwijzer zorg en welzijn", "Brochure minimaregelingen"): a guide that tells what the municipality
# offers, in its own voice, not an advice to others on what to do.
_RESIDENT_GUIDE_TITLE = re.compile(
    r"\b(?:informatiegids|inwonersgids|bewonersgids|welkomstgids|gemeentegids|wegwijzer|informatiefolder|folder"
    r"|brochure|infoboekje)\b|\bgids\s+voor\s+(?:nieuwe\s+)?(?:inwoners|bewoners|ouders|statushouders|nieuwkomers)\b",
    re.IGNORECASE,
)


# … not one for the professionals who make policy or carry it out ("Wegwijzer … voor gemeenten")
_FOR_PROFESSIONALS = re.compile(
    r"\bvoor\s+(?:de\s+)?(?:gemeenten|beleidsmakers|beleidsadviseurs|professionals|klantmanagers|consulenten"
    r"|ambtenaren|bestuurders|raadsleden|uitvoerders|werkgevers)\b",
    re.IGNORECASE,
)


def _resident_guide(parsed: list[ParsedPassage]) -> bool:
    opening = " ".join(p.text for p in _opening(parsed))
    return bool(_RESIDENT_GUIDE_TITLE.search(opening)) and not _FOR_PROFESSIONALS.search(opening)


def _adopted_by_council(parsed: list[ParsedPassage]) -> bool:
    return any(_ADOPTED_BY_COUNCIL.match(p.text) for p in _opening(parsed))  # a line of its own, not a nota it cites


def _quoted(text: str, at: int) -> bool:
    """Whether character *at* of *text* stands inside double quotation marks (an odd number of them before it)."""
    return sum(1 for c in text[:at] if c in _QUOTES) % 2 == 1


@dataclass(frozen=True)
class DocumentFacts:
    """What the whole document is, read once for all its measures and rules: the municipality it names as
    its own (another one's practice is an example), whether it is advice (it calls itself a guide, advice
    or study at least ADVICE_SELF_REFERENCES times: it commits to nothing), and the words with which it
    calls itself a study or advice when it does so that often (*study*: what it describes without its own
    voice is a finding, the genre cue of :mod:`.stance`)."""

    own: str | None
    advisory: bool
    study: str | None = None
    national: bool = False
    """National policy: no municipality of its own, and the cabinet or government named as its maker at
    least NATIONAL_REFERENCES times (``national_self``). The checklist is one for municipal policy."""
    agreement: bool = False
    """A coalition or council agreement: it names itself so at least AGREEMENT_REFERENCES times
    (``agreement_self``). It says what the coalition wants; the measures are for the uitvoeringsprogramma."""
    regions: frozenset[str] = frozenset()
    """Regions the document names at least OWN_REGION_REFERENCES times ("arbeidsmarktregio Lindeveste"): its
    own, where a region named once or twice ("In de regio Dravelo krijgt …") is someone else's example."""

    @classmethod
    def of(cls, parsed: list[ParsedPassage]) -> DocumentFacts:
        """Read once per :class:`~.matching.ParsedDocument` (rules and measures ask for them again and again:
        five reads of the budget's 277,000 characters were 0.05 s of CPU); a plain list is read each time."""
        known = parsed.__dict__.get("_facts") if isinstance(parsed, ParsedDocument) else None
        if isinstance(known, DocumentFacts):
            return known
        found, studies = _self_references(parsed)
        own = municipality(pp.passage for pp in parsed)
        makers = sum(len(pp.hits.get(NATIONAL_SELF)) for pp in parsed if NATIONAL_SELF in pp.hit_keys)
        named = [
            pp.doc[max(0, a - 1) : b].text.lower()
            for pp in parsed
            if AGREEMENT_SELF in pp.hit_keys
            for a, b in pp.hits.get(AGREEMENT_SELF)
        ]
        selves = len(named) if any(_SELF_NAMED.match(n) for n in named) else 0
        facts = cls(
            own,
            len(found) >= ADVICE_SELF_REFERENCES
            and not _adopted_by_council(parsed)
            and (bool(studies) or own is None or not _resident_guide(parsed)),
            studies[0] if len(studies) >= ADVICE_SELF_REFERENCES else None,
            own is None and makers >= NATIONAL_REFERENCES,
            selves >= AGREEMENT_REFERENCES,
            _own_regions(pp.passage.text for pp in parsed),
        )
        if isinstance(parsed, ParsedDocument):
            parsed.__dict__["_facts"] = facts
        return facts


_OTHER_MUNICIPALITY = re.compile(
    r"\b(?:buur)?gemeenten?\s+"
    # (not an organisation the municipality gives a task: "heeft de gemeente Bureau Zwaluwstaart opdracht gegeven")
    r"(?!(?:Bureau|Stichting|Vereniging|Werkbedrijf|Werkplein|Taalcentrum|Kredietbank|Team|Afdeling|Dienst)\b)"
    r"((?:'s-|'t\s)?[A-Z][\w-]+)"
)
# A region by its name ("regio Dravelo", "arbeidsmarktregio Lindeveste").
_REGION = re.compile(r"\b(?:[Aa]rbeidsmarkt|[Ww]oningmarkt|[Jj]eugdhulp|[Cc]entrum)?[Rr]egio\s+([A-Z][\w-]+)")
OWN_REGION_REFERENCES = 3


def _own_regions(texts: Iterable[str]) -> frozenset[str]:
    counts = Counter(m.group(1) for text in texts for m in _REGION.finditer(text))
    return frozenset(name for name, n in counts.items() if n >= OWN_REGION_REFERENCES)


# Elsewhere, unnamed: "in een buurgemeente", "andere gemeenten", "elders in het land".
_ELSEWHERE = re.compile(
    r"\b(?:buurgemeenten?|(?:vergelijkings|referentie)gemeenten?|andere (?:\w+)?gemeenten?|elders|buurregio(?:'s)?|"
    r"andere (?:arbeidsmarkt)?regio(?:'s)?)\b",
    re.IGNORECASE,
)
_PLACES = frozenset({"obl", "obl:arg", "advmod", "nmod"})
_OTHER_BODY = re.compile(
    r"^(?:de\s+|het\s+)?(?:provincies?|rijk|kabinet|ministers?|ministerie|staatssecretaris|coa|ind|duo|uwv|svb)\b",
    re.IGNORECASE,
)
_AGENT = re.compile(r"^door\s+", re.IGNORECASE)
# … acting for or with the municipality ("namens de gemeente", "in opdracht van het college", "samen met ons")
_FOR_US = re.compile(
    r"\b(?:namens|in opdracht van|op verzoek van|samen met|met)\s+(?:de\s+|het\s+)?(?:gemeente|college|ons|wij)\b",
    re.IGNORECASE,
)
# … unless the municipality acts with it ("De provincie en de gemeente financieren samen …")
_WITH_US = re.compile(r"\b(?:gemeente|wij|we|college)\b", re.IGNORECASE)
# National associations and knowledge institutes: what they offer, municipalities may use
_KNOWLEDGE_BODY = re.compile(r"^(?:de\s+|het\s+)?(?:divosa|vng|movisie|kis|atria|kennisplatform)\b", re.IGNORECASE)


# Words that make a phrase a comparison, not a place: "anders dan", "net als", "in vergelijking met".
_COMPARING = frozenset({"dan", "als", "zoals", "vergelijking", "tegenstelling", "vergeleken"})


def _comparison(phrase: Token) -> bool:
    """*phrase* (a dependent's head) is what something is compared with, not where it happens: a comparing
    word among its first words or the two before them."""
    first = min(t.i for t in phrase.subtree)
    doc = phrase.doc
    return any(doc[i].lower_ in _COMPARING for i in range(max(0, first - 2), min(first + 3, phrase.i + 1)))


def _we_act(heads: Iterable[Token]) -> bool:
    """The subject of one of *heads* (or of its auxiliary) names the municipality, its college or "wij"."""
    return any(_WITH_US.search(_phrase(s)) for head in heads for s in _subjects(head))


def _third_party(verb: Token, own: str | None, regions: frozenset[str] = frozenset()) -> bool:
    """The verb's subject is another municipality ("De gemeente Den Haag is een pilot gestart"), or
    its place is ("In buurgemeente Dijkhuizen werkt het klantteam samen met …", "Elders …"): an
    example of someone else's practice, not this document's commitment."""
    # the verb, its clause's head ("samen" of "werkt … samen") and the sentence's root (a relative clause
    # "…, die vrouwen helpt …" tells of the same elsewhere)
    heads = {t.i: t for t in (verb, _clause_head(verb), verb.sent.root)}
    # the subject may hang from the auxiliary ("De buurgemeente X heeft … gesloten": nsubj of "heeft")
    auxiliaries = [a for t in heads.values() for a in _auxiliaries(t)]
    own_clause = {t.i for t in (verb, _clause_head(verb))} | {
        a.i for t in (verb, _clause_head(verb)) for a in _auxiliaries(t)
    }
    for child in (c for head in [*heads.values(), *auxiliaries] for c in head.children):
        if child.dep_ in _SUBJECTS or child.dep_ in _PLACES or child.dep_ == "obl:agent" or _misread_place(child):
            text = _phrase(child)
            m = _OTHER_MUNICIPALITY.search(text)
            if m and (own is None or not own.startswith(m.group(1))):
                return True
            # a region named once or twice, not the document's own ("In de regio Dravelo krijgt …"), unless
            # the municipality itself acts there ("In de regio X vergoeden wij …")
            r = _REGION.search(text)
            if (
                r
                and r.group(1) not in regions
                and (own is None or not own.startswith(r.group(1)))
                and not _we_act(heads.values())
            ):
                return True
            # "in een buurgemeente", and "de buurgemeente" as the subject; not a comparison ("Anders dan de
            # vergelijkingsgemeenten vergoeden wij …", "Net als andere gemeenten regelen wij …")
            if _ELSEWHERE.search(text) and not _comparison(child):
                return True
            agent = child.dep_ == "obl:agent"  # "wordt door het UWV toegekend"
            if agent:
                text = _AGENT.sub("", text)
            other = _KNOWLEDGE_BODY.match(text) or (own is not None and _OTHER_BODY.match(text))
            if (
                (child.dep_ in _SUBJECTS or agent)
                and other
                and not _WITH_US.search(text)
                # the body of the verb's own clause ("Het UWV begeleidt …, en de gemeente zorgt voor nazorg": the
                # second clause is the municipality's), not acting for or with the municipality ("namens de
                # gemeente", "samen met de gemeente")
                and child.head.i in own_clause
                and not _FOR_US.search(verb.sent.text)
            ):
                # "…, waarin de provincie afspraken maakt", "Divosa biedt een training aan", "Jobcoaching wordt
                # door het UWV toegekend": in a municipality's document, a province, the state or a national
                # body (UWV and SVB among them) acts, not the municipality or its partner
                return True
    return False


def _misread_place(token: Token) -> bool:
    """A place phrase the parser took for a clause ("In de buurgemeente Ganzenveld werkt …": *Ganzenveld* as
    advcl, opening with the preposition)."""
    return token.dep_ == "advcl" and token.left_edge.dep_ == "case" and token.left_edge.pos_ == "ADP"


# The subject of a provision that enables something: a law or one of its articles ("Artikel 7 van de
# Participatiewet maakt het mogelijk om …"). What a law allows is no commitment of the document.
_LEGAL_SUBJECT = re.compile(r"^(?:het\s+|de\s+)?(?:artikel|wet\b|\w+wet\b|wetsvoorstel|wetswijziging)", re.IGNORECASE)


# An article of the document's own regulation that lays down a duty ("Artikel 7 bepaalt dat de uren … worden
# afgestemd op …"): an article named without a law, with a verb of obliging in the present and no modal ("zou
# moeten bepalen"), with no law and no draft ("concept") named in its sentence or the one before, the duty on
# the body or with no subject (passive). What it lays down is the regulation's commitment, unless the clause
# under it is a power ("kan", read by _power).
_OWN_ARTICLE = re.compile(
    r"^(?:het\s+)?artikel\s+\d+(?:[.:]\d+)*[a-z]?(?:\s*,?\s*(?:lid|onder)\s+\S+)*"
    # … of the body's own regulation ("Artikel 6 van de verordening", "… van onze Participatieverordening")
    r"(?:\s+van\s+(?:de|deze|onze)\s+(?!ontwerp|concept|model)(?:\w+)?verordening)?$",
    re.IGNORECASE,
)
_OBLIGING = frozenset({"bepalen", "regelen", "voorschrijven", "schrijven", "verplichten"})
_NAMES_A_LAW = re.compile(r"\w+wet\b|\bde wet\b|\bconcept", re.IGNORECASE)


def _legal_subject(verb: Token, passage: str = "") -> bool:
    """The subject of *verb*, or of the clause above it ("maakt het mogelijk om … te ondersteunen"), is a law
    (not an article of the document's own regulation that lays down a duty: _OWN_ARTICLE; *passage*: the text
    in which a law or draft would be named, the sentence and the one before it)."""
    for t in [verb, *heads_of(verb)[:2]]:
        for child in t.children:
            if child.dep_ not in _SUBJECTS:
                continue
            subject = _phrase(child)
            if not _LEGAL_SUBJECT.match(subject):
                continue
            if _OWN_ARTICLE.match(subject) and _obliging(t) and not _auxiliaries(t) and _own_duty(verb, passage):
                continue
            return True
    return False


# Verbs that lay a duty on someone: with municipalities at large as the ones obliged, a law or a draft speaks.
_LAYS_A_DUTY = frozenset({"verplichten", "opleggen", "opdragen", "dwingen"})


def _obliges_municipalities(verb: Token) -> bool:
    """*verb*, or a verb above it, lays a duty on municipalities at large ("Het voorstel verplicht gemeenten om …
    een traject aan te bieden", "De wet draagt gemeenten op …"): a law's or a draft's rule for every municipality,
    not what this one does. "gemeenten" with an article or a number of its own ("de vijf gemeenten") is a group
    the text names."""
    return any(
        _lemma_in(t, _LAYS_A_DUTY)
        # (not "verplichten gemeenten en werkgevers zich": they bind themselves, as parties to an agreement)
        and not any(w.lower_ == "zich" and w.head.dep_ != "acl:relcl" for w in t.subtree)
        and any(
            c.lower_ == "gemeenten" and not any(g.dep_ in ("det", "nummod", "conj") for g in c.children)
            for c in t.children
        )
        for t in [verb, *heads_of(verb)[:2]]
    )


def _own_duty(verb: Token, passage: str) -> bool:
    """What *verb* says is a duty of the document's own regulation: no law or draft named in *passage*, and the
    body as its agent, or no agent (a passive's subject is none)."""
    if _NAMES_A_LAW.search(passage or verb.sent.text):
        return False
    agents = [c for c in _subjects(verb) if c.dep_ == "nsubj"]
    if verb.lower_ in _RECEIVES:
        return True  # "… bepaalt dat iedere volwassene een eigen plan krijgt": a right the body gives
    return not agents or _any_body(agents) or _clause_opens_with_body(verb)


# A verb of receiving: its subject is who gets what the regulation lays down.
_RECEIVES = frozenset({"krijgt", "krijgen", "ontvangt", "ontvangen", "houdt", "houden", "behoudt", "behouden"})


def _with_sentence_before(sent: Span) -> str:
    """*sent*'s text with the sentence before it in its passage: where an article's law is named ("De
    Participatiewet regelt … Artikel 10 bepaalt dat …")."""
    before = sent.doc[sent.start - 1].sent.text if sent.start > 0 else ""
    return f"{before} {sent.text}"


def _obliging(verb: Token) -> bool:
    return _lemma_in(verb, _OBLIGING)


def _nominalised(verb: Token) -> bool:
    """*verb*, an infinitive, is used as a noun with an article of its own in a prepositional phrase ("nodig voor
    het volgen van een traject"): the act named as a purpose or condition. As a subject or object it can still
    be the body's ("Het vergoeden van kinderopvang blijft een taak van de gemeente"), and so can the means of
    what the sentence does ("We werken aan gelijkheid door het uitbreiden van het ouderschapsverlof")."""
    cases = [c for c in verb.children if c.dep_ == "case"]
    if not cases:
        return False
    if any(c.lower_ in _MEANS for c in cases):
        # the means of an act of ours, said without a modal ("Wij werken aan … door het uitbreiden van …"); not
        # what others could do or what might follow ("Werkgevers kunnen bijdragen door het aanbieden van …")
        head = verb.head
        modal = any(lemma_of(a.lower_) in _MODALS for a in _auxiliaries(head))
        return not (_we_act([head]) and not modal)
    return (
        verb.pos_ == "VERB"
        and verb.lower_.endswith("en")
        and any(c.dep_ == "det" and c.lower_ in _NOMINAL and c.i < verb.i for c in verb.children)
    )


_MEANS = frozenset({"door"})
"""The preposition of a nominalised infinitive that is the means of the sentence's act, not its purpose."""
_MODALS = frozenset({"kunnen", "zullen", "mogen", "moeten", "willen"})
"""Modals over that act that make it a possibility, not a deed ("kan stijgen door het vergoeden van …")."""


# A budget row: the measure named and amounts right after it ("nazorg na plaatsing 125 125 125").
BUDGET_ROW_REACH = 8
_AMOUNT = re.compile(r"^(?:€?\d{1,3}(?:[.,]\d{3})*(?:,\d+)?|€?\d+)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Amounts in one sentence from which it is a flattened table of figures, whose unit ("bedragen x € 1.000")
# may stand above it.
BUDGET_TABLE_AMOUNTS = 12
# A table of money: the sentence (a flattened budget table) names its currency or unit.
_MONEY = re.compile(r"€|\beuro\b|x\s*1[.,]?000\b|\bbedragen\b", re.IGNORECASE)


def _amount(text: str) -> bool:
    """An amount of money in a budget row: not a year (2024), not a number with a leading zero (070)."""
    return bool(_AMOUNT.match(text)) and not _YEAR.match(text) and not (len(text) > 1 and text[0] == "0")


def budget_row(sent: Span, end: int) -> bool:
    """The measure's words, ending at token *end*, are followed within a few tokens by two amounts in a
    row, at least one of them not zero, in a sentence that names money ("€", "x 1.000") or is a table of
    figures (a flattened budget table): money set aside for the measure, a commitment."""
    if not _MONEY.search(sent.text) and sum(1 for t in sent if _amount(t.text)) < BUDGET_TABLE_AMOUNTS:
        return False
    tokens = list(sent.doc[end : min(sent.end, end + BUDGET_ROW_REACH)])
    for a, b in zip(tokens, tokens[1:], strict=False):
        if _amount(a.text) and _amount(b.text) and (a.text.strip("€0,.") or b.text.strip("€0,.")):
            return True
    return False


# A cell of a table row that is an amount of money and nothing else ("110.000", "€ 95.000", "140.000 euro",
# "95.000,-", "EUR 95.000", "€ 1,5 mln", "95000"; not a year, not "12 deelnemers").
_MONEY_CELL = re.compile(
    r"^(?:€|eur(?:o)?)?\s*(?:\d{1,3}(?:[.\s]\d{3})+|\d{5,}|0|\d+(?:,\d+)?\s*(?:mln|miljoen|mld|miljard))"
    r"(?:,(?:\d{1,2}|-{1,2}))?\s*(?:euro|eur|€)?$|^€\s*\d+(?:,\d+)?$",
    re.IGNORECASE,
)


# A heading that says a table's figures are money ("Tabel 2 Lasten (bedragen x 1.000 euro)").
MONEY_HEADING = re.compile(r"\bbedragen\b|x\s*(?:€\s*)?1[.,]?000\b|€|\beuro\b|\blasten\b|\bkosten\b", re.IGNORECASE)
# … not a table of counts, of income, or of wishes that got no money ("Kerncijfers", "Prestatie-indicatoren",
# "(aantal)", "Baten", "Niet gehonoreerde wensen", "vaste lasten" of households)
_NOT_MONEY_HEADING = re.compile(
    r"\b(?:kerncijfers|indicator\w*|prestatie\w*|aantal\w*|bereik|deelnemers|baten|wens\w*|niet\s+gehonoreerd\w*"
    r"|vaste\s+lasten|ontzorg\w*)\b",
    re.IGNORECASE,
)


def money_table(section_path: tuple[str, ...] | None) -> bool:
    """The heading right above a table names money and not counts, income or refused wishes: its bare figures
    are amounts."""
    if not section_path:
        return False
    heading = str(section_path[-1])
    return bool(MONEY_HEADING.search(heading)) and not _NOT_MONEY_HEADING.search(heading)


# A row that counts people or cases, whatever its table ("Aantal deelnemers nazorg | 110 | 115").
_COUNTED_ROW = re.compile(r"\b(?:aantal\w*|deelnemers|klanten|huishoudens|personen|inwoners|bereik)\b", re.IGNORECASE)
# A cell that is a bare figure ("110", "1.650"): an amount in a table whose unit stands above it.
_PLAIN_FIGURE = re.compile(r"^\d{1,3}(?:\.\d{3})*$")


# A cell that says the money stops, was refused or spent, or is cut ("stopt", "afgewezen", "niet gestart",
# "uitgegeven in 2023", a row of "Bezuinigingen"). What the lexicon's shortage cues already say ("wordt
# geschrapt", "vervalt", "wachtlijst, onvoldoende middelen") keeps the row from funding before this is read.
_STOPS = re.compile(
    r"\b(?:stopt|gestopt|afgewezen|niet gestart|niet voortgezet|uitgegeven|bezuiniging\w*|ombuiging\w*|"
    r"taakstelling\w*)\b",
    re.IGNORECASE,
)


# A cost cell that says the measure is paid from what is there ("binnen budget", "uit bestaande middelen").
_WITHIN_BUDGET = re.compile(
    r"^(?:binnen|uit)\s+(?:het\s+|de\s+)?(?:bestaande?\s+|huidige?\s+|reguliere?\s+)?"
    r"(?:budget|budgetten|middelen|begroting|formatie)\W*$",
    re.IGNORECASE,
)


# A later cell of a row that denies or conditions what the row names ("Wordt niet uitgevoerd", "Als de
# provincie subsidie geeft"); not a budget table's remark that nothing changed ("geen wijziging", "niet
# gewijzigd") nor "als" inside a cell ("zelfde als 2026").
_NOT_OR_IF = re.compile(
    rf"^(?:{'|'.join(_CONDITIONS)})\b"
    r"|\b(?:niet|geen)\b(?!-)(?!\s+(?:gewijzigd|veranderd|wijziging|wijzigingen|mutatie|mutaties|verandering|"
    r"veranderingen|afwijking|afwijkingen|bijzonderheden)\b)",
    re.IGNORECASE,
)


_PRO_MEMORIE_CELL = re.compile(r"^p\.?\s?m\.?(?:\s*\(.*\))?$", re.IGNORECASE)
# A cell that names money ("€ 45.000 per jaar", "210 euro", "max. 350 per kind") or says how the cost is met
# ("gedekt uit bestaand budget", "openeinderegeling: de kosten worden volledig vergoed")
_MONEY_OR_COVER = re.compile(
    r"(?:€|\beur(?:o)?\b).*\d|\d.*(?:€|\beur(?:o)?\b)|\bper\s+(?:kind|maand|deelnemer|persoon|jaar)\b"
    r"|\b(?:gedekt|dekking|bestaande? budget|openeinde\w*|vergoed\w*|uit het \w*budget)",
    re.IGNORECASE,
)


def _cells_after(row: Span, end: int) -> list[str]:
    """The cells of a table *row* after the one that holds token *end* (the measure's words), stripped."""
    return [c.strip() for c in row.doc[end : row.end].text.split("|")[1:]]


def _pro_memorie_row(row: Span, end: int) -> bool:
    """A table row whose money for the measure named before token *end* is "p.m." (pro memorie), with no amount in
    another cell: nothing set aside yet. Not "p.m." after an amount ("€ 180 p.m.": per month), nor a row that has
    money in one column ("€ 45.000 per jaar", "210 euro") or its cover ("gedekt uit bestaand budget") and p.m. in
    another (two hostile reviews)."""
    cells = _cells_after(row, end)
    if not any(_PRO_MEMORIE_CELL.match(c) for c in cells):
        return False
    return not any(
        (_MONEY_CELL.match(c.lstrip("-−")) and any(d in "123456789" for d in c))
        or _MONEY_OR_COVER.search(c)
        or _WITHIN_BUDGET.match(c)
        for c in cells
    )


def _funded_row(hits: Hits, row: Span, end: int, money_table: bool = False) -> bool:
    """A table row (cells between " | ") that sets money aside for the measure named before token *end*: a
    later cell is an amount (not "p.m.", not zero) or says the cost is met from the existing budget
    ("binnen budget"), and no cell says the money is only intended or stops."""
    if hits.any(evidence_key(INTENT), row) or _STOPS.search(row.text):
        return False
    cells = _cells_after(row, end)
    if any(hits.any(evidence_key(k), row) for k in (REFUSAL, DEFERRAL, SHORTAGE)) or any(
        _NOT_OR_IF.search(c) for c in cells
    ):
        return False  # "| Niet overgenomen | 20.000 |", "| Wordt niet uitgevoerd | binnen budget |", "| Als … |"
    if any(_WITHIN_BUDGET.match(c) for c in cells):
        return True
    amounts = [c for c in cells if _MONEY_CELL.match(c.lstrip("-−"))]
    plain = [c for c in cells if _PLAIN_FIGURE.match(c) and not _YEAR.match(c)]
    label = row.doc[row.start : end].text
    if (
        money_table
        and not _COUNTED_ROW.search(label)
        and len(plain) >= 2
        and len(plain) + len(amounts) >= len([c for c in cells if c])
    ):
        # a row of bare figures under a heading of money ("Tabel … (bedragen x 1.000 euro)": "Nazorg na uitstroom |
        # 110 | 115 | 0"): they are its amounts; under "Kerncijfers" they count people
        amounts = [c for c in cells if _MONEY_CELL.match(c.lstrip("-−")) or _PLAIN_FIGURE.match(c)]
    if not amounts or any(c.startswith(("-", "−")) for c in amounts):
        return False  # "410.000 | 0 | -410.000" is a post that ends
    positive = [
        int(c.replace(".", "").replace(" ", ""))
        for c in amounts
        if any(d in "123456789" for d in c) and c.replace(".", "").replace(" ", "").isdigit()
    ]
    if all(any(d in "123456789" for d in c) for c in amounts):
        return True
    # a zero after two or more amounts that do not fall is another column ("Lasten 2026 | Lasten 2027 | Baten
    # 2027": 110 | 115 | 0); one amount that goes to zero, or falling ones, is a post that ends
    zero_last = not any(d in "123456789" for d in amounts[-1]) and all(
        any(d in "123456789" for d in c) for c in amounts[:-1]
    )
    return zero_last and len(positive) >= 2 and positive == sorted(positive)


def _topic(term: Token) -> bool:
    """The measure is what something is about ("kennis over nazorg", "informatie over kinderopvang"),
    not what is done or offered; also deeper down what a thing "gaat over" ("De training gaat over …, en over
    de manier waarop zij met beide partners afzonderlijk het gesprek voeren": what a course teaches)."""
    heads = heads_of(term)
    if any(_about(t) and not _arranged(t) for t in [term, *heads[:2]]):
        return True
    for n, t in enumerate(heads):
        if t.pos_ == "VERB" and t.lower_ in _ABOUT_VERBS:
            # "over" on a phrase between the verb and the measure, or on a phrase of a clause between them that
            # comes before it ("gaat over …, en over de manier waarop zij … voeren", however it is attached)
            return any(_about(a) or any(c.i < term.i and _about(c) for c in a.children) for a in heads[:n])
    return False


def _needed(term: Token) -> bool:
    """*term* is what is needed, under a "nodig" of its own clause ("Ouders … hebben kinderopvang nodig om …",
    "Daarvoor is kinderopvang nodig"): a need named, not met; not a need in a clause below the measure ("Wij
    vergoeden de kinderopvang die ouders nodig hebben")."""
    for t in [term, *heads_of(term, limit=4)]:
        if t.lower_ == "nodig":
            return True
        if t.dep_ in ("acl:relcl", "advcl", "ccomp", "xcomp", "conj", "parataxis"):
            return False
    return False


def _arranged(about: Token) -> bool:
    """The phrase with "over" that *about* heads says what an arrangement is about ("afspraken over werktijden"):
    arranged, not talked about; not under a negation ("afspraken over … zijn er niet")."""
    return about.head.lower_ in _ARRANGEMENTS and not any(t.lower_ in _NEGATIONS for t in about.sent)


def _about(token: Token) -> bool:
    """*token* heads a phrase with "over" ("over nazorg")."""
    return any(c.dep_ == "case" and c.lower_ == "over" for c in token.children)


# Arrangements about the measure: what they are about is arranged, not talked about ("Afspraken over trajecten en
# werktijden worden afgestemd op de zorg voor kinderen").
_ARRANGEMENTS = frozenset(
    {"afspraak", "afspraken", "overeenkomst", "overeenkomsten", "regels", "regeling", "convenant"}
)
# "De training gaat over …", "Het gesprek handelt over …": what follows "over" is a topic.
_ABOUT_VERBS = frozenset({"gaat", "gaan", "ging", "gingen", "handelt", "handelen"})


def evidence_kind(
    hits: Hits,
    sent: Span,
    start: int,
    measure: Measure,
    passage_kind: str = "paragraph",
    *,
    own: str | None = None,
    advisory: bool = False,
    end: int | None = None,
    regions: frozenset[str] = frozenset(),
    money_table: bool = False,
    national: bool = False,
    agreed: bool = False,
) -> str:
    """The kind of evidence *sent* is for *measure*, whose term starts at token *start* (and ends
    before *end*, when given: amounts right after it make a budget row; *money_table*: a heading above
    says the table's figures are money, "bedragen x 1.000 euro", so bare figures in a row are amounts).

    *own* is the municipality the document names (another one's practice is an example, not a
    commitment); in an *advisory* document a commitment is read as a recommendation. A commitment
    in a sentence that names only a group the checklist is not about (the measure's
    ``other_groups``: childcare paid for working parents) and none of its people (``target_group``
    cues: a trajectory, a benefit, every parent) is ``other_group``, unless the document is *national* policy and
    the measure's groups are its people there (``national_for_all``: parental leave in a cabinet's agreement)."""
    kind = _kind(hits, sent, start, measure, passage_kind, own, end, regions, money_table=money_table, agreed=agreed)
    if kind == INTENT and advisory:
        return MENTION  # a guide or study intends nothing itself: what it says someone wants, it describes
    if kind != COMMITMENT:
        return kind
    if advisory and not reported_practice(hits, sent, own):
        return RECOMMENDATION
    if (for_other_group(hits, sent, measure) and not (national and measure.national_for_all)) or (
        measure.both_sexes and women_only(hits, sent)
    ):
        return OTHER_GROUP
    if measure.partner_alone and _partner_acts_alone(sent, start, own):
        return MENTION  # "Vrouwencentrum Zeester organiseert een taalcafé": the partner's own work, not the body's
    return kind


# The body acting, asking or paying in a sentence about a partner: "wij", the municipality, its college, mayor and
# aldermen, board, services, departments, project, programme or desk, its staff, a referral, an order, a contract or
# agreement, a partnership, money in any compound ("participatiebudget", "armoedegelden"), an amount, or its
# participants ("begeleiden deelnemers").
_BODY_OR_FUNDS = re.compile(
    r"(?<!\w)(?:wij|we|ons|onze|de\s+gemeente(?!raad)|het\s+college|de\s+wethouder|burgemeester\s+en\s+wethouders|"
    r"b\s*&\s*w|het\s+dagelijks\s+bestuur|de\s+sociale\s+dienst|sociale\s+zaken|de\s+afdeling|"
    r"het\s+(?:project|programma|werkplein|werkbedrijf|loket|wijkteam)|\w*(?:bedrijf|servicepunt)\b|gemeentelijke?|"
    r"\w*(?:subsidie|subsidië|budget|gelden|middelen|bedrag|bijdrage|vergoed|financi|betaal|betaalt|betalen|opdracht|"
    r"overeenkomst|contract|convenant|afspra|afgesproken|partner|samenwerk|verwijz|verwezen|consulent|klantmanager|"
    r"regisseur|beleid|plan|aanbod)\w*|samen\s+met|namens|toegekend|verleend|euro|deelnemers|deelneemsters)"
    r"(?!\w)|€|\d{3,}|\d{1,3}(?:\.\d{3})+",
    re.IGNORECASE,
)
# The parts of a name or noun phrase a partner's term may stand in ("Vrouwencentrum De Lindeboom", "de vereniging
# Vrouwen van de Wereld"): up from them to the phrase's head.
_IN_PHRASE = frozenset({"flat", "flat:name", "compound", "appos", "nmod", "amod", "det", "case", "nummod", "fixed"})


def _partner_acts_alone(sent: Span, start: int, own: str | None = None) -> bool:
    """The partner the measure names (its term at *start*) is the active subject of *sent* ("Vrouwencentrum X
    organiseert een taalcafé"), and the sentence names no body, money, agreement or referral (``_BODY_OR_FUNDS``)
    nor the document's own municipality (*own*). Not a partner in a passive ("wordt uitgevoerd door …"), as an
    object ("B en W subsidiëren …"), or without a parse."""
    if _BODY_OR_FUNDS.search(sent.text) or (
        own is not None and re.search(rf"(?<!\w){re.escape(own)}(?!\w)", sent.text, re.IGNORECASE)
    ):
        return False
    x = token_syntax(sent.doc[start])
    for _ in range(6):
        if x is None or x.dep_ not in _IN_PHRASE or x.head.i == x.i:
            break
        x = x.head
    return x is not None and x.dep_ == "nsubj"


# Words for women as people (not in a name or an organisation: "de vrouwenorganisatie", "het Moedercentrum");
# words for men, and words that name both parents or everyone.
_WOMEN = frozenset(
    {"vrouw", "vrouwen", "moeder", "moeders", "dames", "deelneemster", "deelneemsters", "echtgenote", "echtgenotes"}
)
_WOMEN_ENDINGS = ("moeders", "moeder", "vrouwen")
_MEN = ("vader", "mannen", "mannelijke", "heren", "jongen", "echtgenoot")
_EVERYONE = frozenset(
    {"ouder", "ouders", "iedereen", "beide", "allebei", "gezinnen", "deelnemers", "deelnemer", "cursisten", "cursist"}
)


def women_only(hits: Hits, sent: Span) -> bool:
    """*sent* names women or mothers as the people concerned ("… voor moeders die een taalcursus volgen") and no
    men, fathers, parents or everyone: for a measure meant for both, the part that keeps care with her."""
    women = any(
        (t.lower_ in _WOMEN or t.lower_.endswith(_WOMEN_ENDINGS)) and (t.i == sent.start or not t.text[:1].isupper())
        for t in sent
    )
    if not women or hits.any(MALE, sent):
        return False
    return not any(t.lower_ in _EVERYONE or t.lower_.startswith(_MEN) for t in sent)


def own_commitment(hits: Hits, sent: Span, *, elsewhere: bool = False, own: str | None = None) -> bool:
    """*sent* says what the document's own body does: a commitment cue, and "we", the municipality or the
    college as the subject of its main clause ("We werken aan gendergelijkheid door het verlof uit te
    breiden"). Such a sentence is a measure, not a description of anyone's situation. Without a parse,
    the sentence opens with that subject. In a section *elsewhere* (over other municipalities) "de gemeente" is
    theirs ("De gemeente Dommelkamp vergoedt …", "In X … vergoedt de gemeente …"), so not that subject."""
    if not hits.any(evidence_key(COMMITMENT), sent):
        return False
    root = _parse_root(sent)
    if root is None:
        return bool(_BODY.match(sent.text.strip())) and not (elsewhere and _A_MUNICIPALITY.match(sent.text.strip()))
    subjects = _subjects(root)
    if elsewhere and not _CONTRASTED.search(sent.text):
        # (not the document's own municipality by name, nor "Anders dan de buurgemeenten vergoedt de gemeente …")
        subjects = [
            s for s in subjects if not _A_MUNICIPALITY.match(_phrase(s)) or (own and own.lower() in _phrase(s).lower())
        ]
    # (not a request: "wij vragen om een landelijke vergoeding …" asks someone else to do it)
    return _any_body(subjects) and not _past_only(root) and not _lemma_in(root, _ASKING)


def _parse_root(sent: Span) -> Token | None:
    """The root of *sent*'s parse, reached from its first word (the blank Doc's span knows none); None without a
    parse."""
    first = token_syntax(past_marker(sent[0]))
    return None if first is None else ([first, *heads_of(first)])[-1]


_A_MUNICIPALITY = re.compile(r"^(?:de\s+)?gemeenten?\b", re.IGNORECASE)
# A sentence that sets us against the others ("Anders dan de buurgemeenten …", "…; wij wel")
_CONTRASTED = re.compile(
    r"^\W*(?:anders\s+dan|in\s+tegenstelling\s+tot)\b|\b(?:wij|we|gemeente\s+\w+)\s+wel\b", re.IGNORECASE
)


# Verbs of asking someone else to act.
_ASKING = frozenset({"vragen", "verzoeken", "pleiten", "bepleiten", "oproepen", "aandringen"})
_WE = frozenset({"wij", "we"})


def we_act(hits: Hits, sent: Span, own: str | None = None) -> bool:
    """*sent* has a commitment cue and "wij"/"we" (or the document's own municipality by name) as the subject of
    one of its clauses, in the present ("Dit nemen wij over: vanaf 2027 vergoeden wij …"): under a heading over
    other municipalities, the document's own commitment."""
    if not hits.any(evidence_key(COMMITMENT), sent):
        return False
    cues = {c.i for c in _cue_words(hits, sent) if c is not None}
    for t in sent:
        p = token_syntax(t)
        if p is None or p.dep_ not in _SUBJECTS:
            continue
        if not (p.lower_ in _WE or (own is not None and _phrase(p) == own)):
            continue
        verb = p.head
        # only a main clause whose own verb (or its complement) is the cue, not negated, asked or explored: not
        # "…, waarmee we samenwerken", "…, zodat wij kunnen leren", "we bekijken of …", "terwijl X dat niet doet"
        # (a hostile review)
        if verb.dep_ not in _MAIN_CLAUSE or _past_only(verb) or _negated(verb):
            continue
        if _lemma_in(verb, _ASKING) or _lemma_in(verb, _EXPLORING):
            continue
        if verb.i in cues or any(c.i in cues for c in verb.children if c.dep_ in ("xcomp", "compound:prt", "obj")):
            return True
    return False


# Clauses of their own that state, not subordinate ones: the root, a clause joined to it, or after a ":"
_MAIN_CLAUSE = frozenset({"ROOT", "root", "conj", "parataxis"})
# Verbs of finding out or considering: "we bekijken of …" commits nothing
_EXPLORING = frozenset({"bekijken", "onderzoeken", "verkennen", "nagaan", "overwegen", "uitzoeken", "kijken", "leren"})


IN_FORCE = "in_force"
# The municipality as the one who acts: "de gemeente", "het college", "de gemeente Mergelhoeve".
_MUNICIPAL_ACTOR = re.compile(r"^(?:de\s+gemeente|het\s+college|de\s+wethouder)\b", re.IGNORECASE)


def reported_practice(hits: Hits, sent: Span, own: str | None = None) -> bool:
    """An advice or study that reports what the municipality already does ("De gemeente vergoedt sinds 2025
    de kosten van kinderopvang …"): an ``in_force`` cue, and the municipality (or the college, or the
    municipality the document names as its own) as a subject of the sentence. Such a sentence is the
    municipality's commitment, not the advice's recommendation."""
    if not hits.any(evidence_key(IN_FORCE), sent):
        return False
    subjects = [p for p in map(token_syntax, sent) if p is not None and p.dep_ in _SUBJECTS]
    if not subjects:  # no parse (or no subject in it): the sentence opens with the actor
        return bool(_MUNICIPAL_ACTOR.match(sent.text.strip()))
    for p in subjects:
        text = _phrase(p)
        if _MUNICIPAL_ACTOR.match(text) or (own is not None and text == own):
            return True
    return False


# Words that end the clause in which a negation leaves a group out, and the words after "niet" that
# make it inclusive ("niet alleen werkende ouders, maar ook klanten").
_EXCLUSION_BREAKS = frozenset({",", ";", ":", "maar", "want", "behalve"})
_NOT_ONLY = frozenset({"alleen", "enkel", "uitsluitend", "slechts"})
# Verbs and adjectives that restrict or end a thing: negated, it goes further ("is niet beperkt tot de ochtenden",
# "is niet afhankelijk van het aantal uren", "stopt niet na drie maanden", "worden niet aan hun lot overgelaten").
_RESTRICTS_OR_ENDS = frozenset(
    {
        "beperken",
        "beperkt",
        "afhankelijk",
        "vrijblijvend",
        "voorwaardelijk",
        "tijdelijk",
        "stoppen",
        "ophouden",
        "eindigen",
        "aflopen",
        "vervallen",
        "beëindigen",
        "afbouwen",
        "afschaffen",
        "schrappen",
        "overlaten",
    }
)
# What a client would pay or wait for: not asked, the service is freer ("Wij vragen geen eigen bijdrage"); a bare
# "bijdrage" is mostly the municipality's money ("levert geen bijdrage aan de kosten"), so only the client's own.
_BURDENS = frozenset({"ouderbijdrage", "wachttijd", "wachtlijst", "drempel", "voorwaarde", "voorwaarden"})


def _burden(obj: Token) -> bool:
    return _lemma_in(obj, _BURDENS) or (obj.lower_ == "bijdrage" and any(c.lower_ == "eigen" for c in obj.children))


# Comparatives that make "niet … dan" a limit, not a negation ("niet langer dan zes maanden", "niet meer dan € 500");
# not "niet eerder dan", which puts a start off.
_LIMITS = frozenset({"langer", "meer", "later", "minder", "vaker", "hoger", "lager"})
# Words of a quantity after the "dan" of a limit (not "niet meer dan incidenteel", "niet langer dan tot 1 januari")
_AMOUNT_WORDS = frozenset(
    {
        "€",
        "een",
        "één",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "twintig",
        "honderd",
        "duizend",
        "de",
        "het",
    }
)


def _limit(negation: Token) -> bool:
    """ "niet langer dan zes maanden", "niet meer dan € 500": a limit (the negation's next word a comparative,
    "dan" after it, then an amount)."""
    doc = negation.doc
    i = negation.i
    if not (i + 3 < len(doc) and doc[i + 1].lower_ in _LIMITS and doc[i + 2].lower_ == "dan"):
        return False
    amount = doc[i + 3]
    return amount.like_num or amount.lower_ in _AMOUNT_WORDS


def _excluded(sent: Span, start: int, hits: Hits) -> bool:
    """Whether the target-group word at token *start* is named to be left out: a negation before it in
    its clause ("…, niet voor ouders die in de bijstand zitten en een traject volgen"), but not "niet
    alleen …"."""
    doc = sent.doc
    for s, e in hits.get(STANCE_NEGATION, sent):
        if s >= start or (e < len(doc) and doc[e].lower_ in _NOT_ONLY):
            continue
        if not any(t.lower_ in _EXCLUSION_BREAKS for t in doc[e:start]):
            return True
    return False


def for_other_group(hits: Hits, sent: Span, measure: Measure) -> bool:
    """Whether *sent* names only a group the checklist is not about (the measure's ``other_groups``,
    and none of the ``target_group`` cues, or only ones it excludes: "alleen voor werkende ouders, niet
    voor ouders met een uitkering"): its commitment is ``other_group``."""
    others = hits.get(other_group_key(measure.id), sent)
    if not others:
        return False
    return all(
        _excluded(sent, s, hits) or _qualifies(sent, s, e, others)
        for s, e in hits.get(evidence_key(TARGET_GROUP), sent)
    )


# Target-group words that say how much someone earns: after a group the checklist is not about they say which
# of them ("werkende ouders met een inkomen tot 130 procent van het sociaal minimum"), where a word for a benefit
# or a trajectory ("werkende ouders met een uitkering") makes them people the checklist is about.
_INCOME = re.compile(r"inkomen|minim", re.IGNORECASE)
# How many words a noun phrase may run on after a group's words.
PHRASE_REACH = 10
_PHRASE_TAGS = frozenset({"ADP", "DET", "NOUN", "NUM", "ADJ", "PROPN"})
# Words that make the group after them the only one ("alleen aan ouders die al betaald werk hebben en een laag
# inkomen"), at most ONLY_REACH words before it; not "niet alleen".
_ONLY = re.compile(r"(?<!niet )\b(?:alleen|uitsluitend|enkel|slechts)\b[^,;:]*$", re.IGNORECASE)
ONLY_REACH = 4
_CLAUSE_TURNS = frozenset({",", ";", ":", "maar", "ook", "want"})


def _qualifies(sent: Span, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the income words at tokens [start, end) say which of an other group is meant: they stand in
    the group's own phrase (by the parse, through a relative clause; or, where the parser attached the phrase
    to the verb, with only prepositions, articles, nouns, numbers and adjectives between), or later in the
    clause of a group named as the only one ("alleen aan …")."""
    doc = sent.doc
    if not _INCOME.search(doc[start:end].text):
        return False
    for s, e in others:
        if s >= start:
            continue
        if _in_phrase_after(sent, e, start):
            return True
        only = _ONLY.search(doc[max(sent.start, s - ONLY_REACH) : s].text)
        if only and not any(t.lower_ in _CLAUSE_TURNS for t in doc[e:start]):
            return True
    token = _parsed(sent, start)
    if token is None:
        return False
    offset = syntax_offset(doc[start])
    heads = {i - offset for s, e in others for i in range(s, e)}
    # up to the first verb (but through a relative clause of the group) or coordination
    below = token
    for t in heads_of(token):
        if below.dep_ == "conj" or (t.pos_ in ("VERB", "AUX") and t.dep_ != "acl:relcl"):
            return False
        if t.i in heads:
            return True
        below = t
    return False


def _in_phrase_after(sent: Span, end: int, start: int) -> bool:
    """Token *start* stands in the prepositional phrases right after a group's words that end at *end*: only
    prepositions, articles, nouns, numbers and adjectives between (no verb, comma or "en"), whatever the
    parser attached them to."""
    if not 0 <= start - end <= PHRASE_REACH:
        return False
    parsed = [_parsed(sent, i) for i in range(end, start)]
    return all(p is not None and p.pos_ in _PHRASE_TAGS for p in parsed)


def _cell(sent: Span, start: int, end: int | None) -> Span | None:
    """The cell of a table row (a passage of cells between " | ") that holds the measure's words from token
    *start* (to *end*), or None outside a table or when the words cross a cell."""
    if "|" not in sent.text:
        return None
    bars = [t.i for t in sent if t.text == "|"]
    left = max((b for b in bars if b < start), default=sent.start - 1) + 1
    right = min((b for b in bars if b >= start), default=sent.end)
    if end is not None and end > right:
        return None
    return sent.doc[left:right]


def _kind(
    hits: Hits,
    sent: Span,
    start: int,
    measure: Measure,
    passage_kind: str,
    own: str | None,
    end: int | None,
    regions: frozenset[str] = frozenset(),
    *,
    money_table: bool = False,
    agreed: bool = False,
) -> str:
    """In a table row, the measure's own cell decides ("Bied nazorg" is a recommendation whatever the row's
    status cell says); a cell that only names it leaves the decision to the whole row ("Nazorg | wordt
    voortgezet", "Begeleiding na plaatsing | structureel | 110.000")."""
    cell = _cell(sent, start, end) if passage_kind == "table_cell" else None
    if cell is not None and len(cell) < len(sent):
        kind = _kind_in(
            hits, cell, start, measure, passage_kind, own, end, row=sent, regions=regions, money_table=money_table
        )
        after = sent.doc[cell.end + 1 : sent.end]
        if kind == RECOMMENDATION and len(after) and _commits_plainly(hits, after, own):
            # "Train klantmanagers … | Alle klantmanagers volgen de training | uitgevoerd": a table of
            # recommendations whose later cells say what is done
            return COMMITMENT
        if kind != OTHER_SENSE and _NOTED_ONLY.match(after.text):
            return SHORTAGE  # "Economische zelfstandigheid als doel | Ter kennisgeving aangenomen."
        if (
            kind in (COMMITMENT, MENTION)
            and _names_only(cell)
            and "|" not in after.text
            and _NONE_CELL.match(after.text)
        ):
            # "Kinderopvang | Geen eigen regeling; de consulent helpt bij de aanvraag van de toeslag": the row's
            # reaction says there is none, whatever help it names after that
            return SHORTAGE
        last = _last_cell(sent)
        if (
            kind in (COMMITMENT, MENTION)
            and last is not None
            and last.start > cell.start
            and _ENDED_STATUS.match(last.text)
            and not any(stem in cell.text.lower() for stem in _AGREEMENTS)
        ):
            return SHORTAGE  # "Pilot Volhouders, begeleiding na plaatsing | 0 | 0 | afgesloten 30 juni 2036"
        if kind == COMMITMENT and _reaction_is_power(after) and _label_cell(cell):
            # "Vrouwenorganisaties betrekken | Het college kan organisaties uitnodigen …": the row's label names
            # the act, its reaction only says the body may do it
            return MENTION
        if (
            kind == COMMITMENT
            and last is not None
            and last.start > cell.start
            and not any(t.lower_ in _VOICED_ANYWHERE for t in cell)
            and (last[0].lower_ in ("wij", "we") or _names_measure(hits, last, measure))
            and not _commits_plainly(hits, last, own)
            and not hits.any(evidence_key(COMMITMENT), last)
        ):
            # "Klantmanagers trainen | Wij overwegen dit bij het opleidingsplan", "Nazorg bieden | De jobcoaching is
            # in 2025 gestopt": a cell that names the act, not in the body's own voice, and a last cell, the row's
            # reaction or status, that says what became of it (not a team's name in a middle cell)
            for reaction in (SHORTAGE, REFUSAL, DEFERRAL, INTENT, RECOMMENDATION):
                found = [
                    (a, b)
                    for a, b in hits.get(evidence_key(reaction), last)
                    if not any(t.lower_ in _NEGATIONS for t in sent.doc[max(last.start, a - 2) : a])
                ]
                if found:
                    return {REFUSAL: SHORTAGE, DEFERRAL: INTENT}.get(reaction, reaction)
        if kind != MENTION:
            return kind
        if last is not None and last.start > cell.start and _decided_status(hits, sent, last, measure):
            # "Trajecten inwoners zonder uitkering | 115 | 115 | voortzetting, structureel": a cell that only names
            # the measure, and a status cell that says it was decided or goes on, whatever the figures between
            return COMMITMENT
        if _laid_down_row(hits, sent, cell):
            # "Twaalf maanden begeleiding na werkaanvaarding | begroting 2042 | 1 januari 2042": the instrument it is
            # laid down in, and the date it starts
            return COMMITMENT
        whole = _kind_in(
            hits, sent, start, measure, passage_kind, own, end, row=sent, regions=regions, money_table=money_table
        )
        if whole == MENTION and _running_row(hits, sent, cell, measure):
            # "Werkplein voor inwoners zonder uitkering | overgenomen | 1-4-2027", "Begeleiding na plaatsing | twaalf
            # maanden | Stichting Brugwachter | doorlopend tot eind 2029": a status cell that says it was taken
            # over or runs (only where the whole row reads as a plain mention: not a landfill's "nazorg")
            return COMMITMENT
        if whole == MENTION and agreed and _agreed_row(hits, sent, cell, measure):
            # "Tabel 4 Wat we afspreken" over "Nazorg | een jaar dezelfde coach na de eerste werkdag | Werkpunt": a
            # table of what was agreed, whose row opens with the measure and says in its later cells how it is done
            return COMMITMENT
        return whole
    return _kind_in(
        hits, sent, start, measure, passage_kind, own, end, row=sent, regions=regions, money_table=money_table
    )


# The heading right above a table (its caption, or the section heading over it) that says the table holds what was
# agreed or decided ("Tabel 3 Vastgestelde resultaatafspraken", "5.2 Wat we afspreken", "Besluit van de raad") …
_AGREED_HEADING = re.compile(
    r"\b(?:wat\s+we\s+afspreken|wat\s+wij\s+afspreken|(?:\w+)?afspraken|besluit|besloten|vastgesteld\w*|overeengekomen"
    # (also one agreement named and signed: "Tabel 3 Werkafspraak, ondertekend op 30 januari 2090")
    r"|vastgelegd|(?:\w+)?afspraak,?\s+(?:ondertekend|getekend))\b",
    re.IGNORECASE,
)
# … and not one of proposals, advice, open points, wishes, figures, results or what is not (yet) agreed
_NOT_AGREED_HEADING = re.compile(
    r"\b(?:niet|nog|geen|open|voorstel\w*|voorgesteld\w*|advie\w*|aanbevel\w*|wens\w*|ideeën|opties?|scenario\w*"
    r"|kerncijfers|cijfers|resultaten|realisatie|stand|monitor\w*|evaluatie\w*|vroeger\w*|oude|concept|ontwerp"
    r"|verken\w*|onderzoek\w*|indieners|motie\w*|amendement\w*)\b",
    re.IGNORECASE,
)


def agreed_table(section_path: tuple[str, ...] | None) -> bool:
    """The heading right above a passage (a table's caption, or the section heading over a table that has no
    caption of its own or a bare one) says what follows was agreed or decided, and none of the headings says it
    holds proposals, advice, open points, figures or what is not agreed."""
    if not section_path:
        return False
    near = [str(h) for h in section_path[-2:]]
    if any(_NOT_AGREED_HEADING.search(h) for h in near):
        return False
    if _AGREED_HEADING.search(near[-1]):
        return True
    return len(near) == 2 and bool(_CAPTION.match(near[-1])) and bool(_AGREED_HEADING.search(near[0]))


def _agreed_row(hits: Hits, row: Span, cell: Span, measure: Measure) -> bool:
    """A row of a table of what was agreed (:func:`agreed_table`) that opens with the measure's *cell* or with a
    short label before it ("Eigen inkomen | iedere deelnemer heeft na twee jaar een eigen inkomen …"), whose later
    cells say no "niet", "geen" or "nog", shortage, intent, refusal or deferral, nor leave it out or to be talked
    over (``_AGREED_ROW_DENIED``), and whose row names no draft or end, and one of
    which (or the measure's own) says in words how it is done; not a count of people nor the body's own staff,
    not a row of figures."""
    before = [c for c in row.doc[row.start : cell.start].text.split("|") if c.strip()]
    if len(before) > 1 or (before and _words(before[0]) > AGREED_LABEL_WORDS):
        return False
    after = row.doc[cell.end + 1 : row.end]
    if (len(after) and (_undone(hits, after) or _AGREED_ROW_DENIED.search(after.text))) or _NOT_IN_FORCE.search(
        row.text
    ):
        return False
    if _counts_or_staff(row, measure) or _FIGURES_ROW.match(row.text):
        return False
    if any(_COUNT_CELL.match(c.strip()) for c in row.text.split("|")):
        return False  # a target or count ("| 0 | 120 personen |", "| aantal plaatsingen | 0 extra |")
    described = [cell.text, *_cells_after(row, cell.start)]
    return any(_words(c) >= AGREED_ROW_WORDS for c in described)


# A cell that is a figure (not a year), a count of people or places, or names a count ("aantal plaatsingen").
_COUNT_CELL = re.compile(
    r"^(?:(?!(?:19|20)\d\d$)[-−]?\d[\d.,]*\s*(?:%|procent|extra|personen|deelnemers|huishoudens|plaatsingen|plekken|inwoners)?|aantal\b.*)$",
    re.IGNORECASE,
)
# A later cell that leaves it out or still to be talked over ("de rapportage blijft zoals nu, zonder uitsplitsing",
# "in overleg met de opvangorganisaties"); not "zonder" of what the measure takes away ("zonder wachtlijst").
_AGREED_ROW_DENIED = re.compile(
    r"\bzonder\s+(?!uitkering|bijstand|wachtlijst|wachttijd|eigen\s+bijdrage|kosten|voorselectie|onderscheid)|\bin\s+overleg\b"
    r"|\bblijft\s+zoals\b",
    re.IGNORECASE,
)
AGREED_LABEL_WORDS = 5
"""The label cell before the measure's cell in a row of a table of what was agreed has at most this many words …"""
AGREED_ROW_WORDS = 3
"""… and the measure's cell or a later one at least this many: a description of how it is done."""


def _words(text: str) -> int:
    """The words of *text* that hold a letter (not figures, bars or dashes)."""
    return sum(any(ch.isalpha() for ch in w) for w in text.split())


# A cell that names a binding instrument with its number, year or signature ("werkinstructie 14", "begroting
# 2042", "verordening 2040", "addendum 2 overeenkomst Zilvervloot, getekend 18 juli 2041", "collegebesluit 4 maart
# 2041"), and a cell that is a date.
_INSTRUMENT_CELL = re.compile(
    r"^(?:(?:gewijzigde?\s+)?(?:werkinstructie|verordening|beleidsregels?|begroting|collegebesluit|raadsbesluit|besluit"
    r"|werkproces|protocol)\b[^|]*?\b(?:\d+|20\d\d)\b|(?:addendum|overeenkomst|contract|convenant)\b[^|]*\b"
    r"(?:getekend|ondertekend)\b)",
    re.IGNORECASE,
)
_DATE_CELL = re.compile(
    r"^(?:(?:per|vanaf|sinds|met ingang van)\s+)?(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december)\s+20\d\d$|^\d{1,2}[-/]\d{1,2}[-/]20\d\d$",
    re.IGNORECASE,
)


# A row that says its instrument is a draft, not yet decided, or that the thing ends or was only applied for.
_NOT_IN_FORCE = re.compile(
    r"\b(?:concept|ontwerp|voorbehoud|voorlopig|aangevraagd|aanvraag|vervalt|vervallen|beëindigd|beëindiging|gestopt|stopt"
    r"|afgeschaft|ingetrokken|tot\s+en\s+met|t/m)\b",
    re.IGNORECASE,
)


def _laid_down_row(hits: Hits, row: Span, cell: Span) -> bool:
    """A table *row* whose later cells (after the measure's *cell*) name the binding instrument it is laid down
    in and the date it starts, and say no "niet", "geen" or "nog", nor a shortage, intent, refusal or deferral:
    a table of what has been changed ("Aanpassing | Vastgelegd in | Ingangsdatum")."""
    if not _settled_after(hits, row, cell):
        return False
    cells = [c for c in _cells_after(row, cell.start) if c]
    return any(_INSTRUMENT_CELL.match(c) for c in cells) and any(_DATE_CELL.match(c) for c in cells)


# A status cell that says what the row names was taken over or runs ("overgenomen", "doorlopend tot eind 2029", "loopt
# sinds maart", "in uitvoering"); not "niet overgenomen", which _undone catches.
_RUNNING_CELL = re.compile(
    r"^(?:overgenomen|doorlopend|lopend|loopt|in\s+uitvoering|ingevoerd|van\s+kracht)\b", re.IGNORECASE
)


# Words in a row that make it about something other than a measure in force: a tender, an objection or complaint,
# a motion or promise, an application, a risk, a lobby, an exploration, a promise to inform, a lack, a refusal.
_NOT_A_RUNNING_MEASURE = re.compile(
    r"\b(?:aanbesteding\w*|bezwaar\w*|klacht\w*|motie\w*|toezegging\w*|\w*aanvra(?:ag|gen)\w*|risico\w*|lobby\w*"
    r"|verkenning\w*|informeert|informeren|mist|missen|ontbreekt|weigering\w*|voorstel\w*|advies\w*)\b|\?",
    re.IGNORECASE,
)
# A status that is another's or waits on something: "overgenomen door Partou", "loopt via de VNG", "in uitvoering
# na goedkeuring", "doorlopend aandachtspunt", "loopt (gesprek met de wethouder)", "besluit in 2026".
_RUNNING_ELSEWHERE = re.compile(r"\b(?:door|via|na|aandachtspunt|besluit\w*|gunning)\b|\(", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"^(?:€\s*)?[-−]?[\d.,]+%?$")


def _running_row(hits: Hits, row: Span, cell: Span, measure: Measure) -> bool:
    """A table *row* that opens with the measure's *cell* and has a later cell that opens by saying it was taken
    over or runs, on its own ("overgenomen", "doorlopend tot eind 2029", not "overgenomen door …", "loopt via …");
    with no "niet", "geen" or "nog", shortage, intent, refusal, deferral or recommendation after the measure's cell,
    no draft or end, tender, objection, motion, application, risk or lack in the row, no bare figure (a count per
    sector: "Kinderopvang | 85 | loopt"); not a count of people nor the body's own staff (unless the measure is for
    staff). A hostile review of 69 rows showed each of these taken for a measure in force."""
    if not _settled_after(hits, row, cell):
        return False
    if row.doc[row.start : cell.start].text.strip(" |") or _NOT_A_RUNNING_MEASURE.search(row.text):
        return False  # the measure is not what the row is about ("Voormalige stortplaats | nazorg | doorlopend")
    if _counts_or_staff(row, measure):
        return False
    later = [c for c in _cells_after(row, cell.start) if c]
    if any(_BARE_FIGURE.match(c) for c in later):
        return False
    return any(_RUNNING_CELL.match(c) and not _RUNNING_ELSEWHERE.search(c) for c in later)


def _settled_after(hits: Hits, row: Span, cell: Span) -> bool:
    """The cells of a table *row* after the measure's *cell* exist and say no "niet", "geen" or "nog", shortage,
    intent, refusal, deferral or recommendation (:func:`_undone`), and the row names no draft or end."""
    after = row.doc[cell.end + 1 : row.end]
    return bool(len(after)) and not _undone(hits, after) and not _NOT_IN_FORCE.search(row.text)


def _counts_or_staff(row: Span, measure: Measure) -> bool:
    """The first cell of a table *row* counts people ("Aantal deelnemers nazorg") or names the body's own staff
    (unless the *measure*'s people are the staff, ``for_staff``: a training of klantmanagers)."""
    cells = [c.strip() for c in row.text.split("|") if c.strip()]
    return bool(cells) and bool(_COUNT_LABEL.match(cells[0]) or (not measure.for_staff and _STAFF.search(cells[0])))


def _undone(hits: Hits, cells: Span) -> bool:
    """Status *cells* of a table row that say "niet", "geen" or "nog", or name a shortage, intent, refusal,
    deferral or recommendation: what the row names is not done."""
    return any(t.lower_ in (*_NEGATIONS, "nog") for t in cells) or any(
        hits.any(evidence_key(k), cells) for k in (SHORTAGE, INTENT, REFUSAL, DEFERRAL, RECOMMENDATION)
    )


def _decided_status(hits: Hits, row: Span, last: Span, measure: Measure) -> bool:
    """The *last* cell of a table *row* opens with a decision ("besloten", "voortzetting, structureel",
    "overeenkomst getekend"), not one to end it or by another body, says no "niet", "geen" or "nog" and names no
    shortage, intent or refusal; the row counts no people and is no staff facility (unless the *measure*'s people
    are the staff, ``for_staff``: a training of klantmanagers), no cell holds "p.m." and its figures are not all
    zero: the row's status, not its money, says it is done."""
    if not any(a == last.start for a, _ in hits.get(evidence_key(DECIDED), last)):
        return False
    if _DECIDED_ELSEWHERE.search(last.text) or _undone(hits, last):
        return False
    if _counts_or_staff(row, measure):
        return False  # a count of people ("Aantal deelnemers nazorg | 110"), or the body's own staff
    cells = [c.strip() for c in row.text.split("|") if c.strip()]
    figures = [c for c in cells[1:-1] if re.fullmatch(r"(?:€\s*)?[-−]?[\d.,]+", c)]
    zero = bool(figures) and all(not any(d in "123456789" for d in c) for c in figures)
    return not zero and not any(_PRO_MEMORIE_CELL.match(c) for c in cells)


# A decision that ends the measure or is taken by another body ("besloten tot sluiting", "besloten door de
# provincie"); a first cell that counts people or names the body's own staff ("Aantal …", "personeel stadhuis").
_DECIDED_ELSEWHERE = re.compile(r"\bbesloten\s+(?:tot|door)\b", re.IGNORECASE)
_COUNT_LABEL = re.compile(r"aantal\b", re.IGNORECASE)
_STAFF = re.compile(r"\b(?:personeel|medewerkers|ambtenaren|stadhuis)\b", re.IGNORECASE)


# Openers of a clause that says when, not what: another sense named there ("… betaalt de opvang, ook voordat de
# toeslag van de Belastingdienst loopt") does not give the measure's own words that sense.
_TIME_CLAUSE = frozenset({"voordat", "totdat", "zolang", "nadat", "tot", "vóórdat"})


def _time_phrase(doc, i: int) -> bool:
    """ "tot" at token *i* opens a phrase of time, not a clause ("Tot die tijd kunnen ouders …")."""
    return (
        doc[i].lower_ == "tot" and i + 1 < len(doc) and doc[i + 1].lower_ in ("die", "dat", "deze", "dan", "nu", "en")
    )


def _outside_time_clause(sent: Span, spans: list[tuple[int, int]]) -> bool:
    """One of the cue *spans* stands outside a clause that says when (``_TIME_CLAUSE``)."""
    doc = sent.doc
    for a, _ in spans:
        i = a - 1
        while i >= sent.start and doc[i].text not in ",;:" and doc[i].lower_ not in _TIME_CLAUSE:
            i -= 1
        if i < sent.start or doc[i].lower_ not in _TIME_CLAUSE or _time_phrase(doc, i):
            return True
    return False


_POWERS = frozenset({"kan", "kunnen", "mag", "mogen"})
"""Before a refusal in the same cell, these make what the cell offers a power, not a decision ("Het college kan
extra aanbod inkopen; daar is geen aanleiding voor")."""


def _status_cue(hits: Hits, key: str, row: Span) -> bool:
    """A cue of *key* that is the status of a table *row*: in the first clause of its cell ("Niet overgenomen",
    "Wij nemen dit mee bij …"), or after a clause that only says what could be done. Not after a clause that
    does it ("De gemeente vergoedt de kinderopvang; een aparte regeling voor vaders nemen wij niet over")."""
    doc = row.doc
    for a, _ in hits.get(key, row):
        cell = max((t.i + 1 for t in doc[row.start : a] if t.text == "|"), default=row.start)
        before = doc[cell:a]
        if not any(t.text in ";:" for t in before) or any(t.lower_ in _POWERS for t in before):
            return True
    return False


# A sentence that opens by saying whose account it gives, someone other than the document's own body, or a
# study's finding ("Uit het onderzoek van Movisie blijkt dat in veel gemeenten …", in a sentence of one part).
# A sentence whose subject is not the body itself (for what others report).
_NOT_US = r"(?!\W*(?:wij|we|het\s+college|de\s+gemeente)\b)"
_REPORTED = re.compile(
    r"^\s*(?:volgens\s+(?!(?:ons|onze|mij|het\s+college|de\s+gemeente|de\s+wethouder|de\s+begroting|de\s+planning|"
    r"(?:de\s+)?afspraak|de\s+afspraken|de\s+wet|artikel|het\s+(?:contract|convenant|plan|besluit|"
    r"coalitieakkoord|akkoord|programma|beleid))\b)"
    r"|(?![^\n]*[;:])uit\s+(?:het|de|dit|deze|een)\s+(?:\w+\s+){0,5}?(?:onderzoek|evaluatie|studie|monitor|rapport|analyse|enquête|"
    r"peiling|interviews?)\b[^.;:]{0,80}?\bblijk(?:t|en)\b"
    # another party that points something out ("Talencentrum Brink wijst erop dat in Dommelstein een pilot loopt
    # waarin …"), not the body itself
    rf"|{_NOT_US}[^.;:]{{0,60}}?\b(?:wijst|wijzen|wees|wezen)\s+(?:erop|er\s+op)\s+dat\b"
    rf"|{_NOT_US}[^.;:]{{0,60}}?\b(?:merkt|merken|merkte|merkten)\s+op\s+dat\b)",
    re.IGNORECASE,
)


# The word of a "not needed" cue that holds what is judged: the purpose clause hangs from the noun ("geen
# noodzaak om …"); with "nodig" it is the verb's subject or object ("Verbreding … achten wij niet nodig").
_NEEDLESS_NOUNS = frozenset({"noodzaak", "reden"})
_NEEDLESS_VERBS = frozenset({"acht", "achten", "achtte", "achtten", "vindt", "vinden", "vond", "vonden"})
_JUDGED = frozenset({"nsubj", "nsubj:pass", "obj", "csubj", "ccomp", "xcomp"})


def _refused(hits: Hits, sent: Span, term: Token | None, start: int) -> bool:
    """A refusal in the measure's clause ("Het standaard voeren van een eigen gesprek … nemen wij niet over", "Het
    advies … is niet overgenomen", "Wij zien geen aanleiding om … te bieden"), unless what is refused is a
    restriction (``needless_not``: "geen aanleiding om de vergoeding voor kinderopvang te verlagen" keeps it)."""
    if (
        not _cue(hits, evidence_key(REFUSAL), sent, term)
        or hits.any(evidence_key(NEEDLESS_NOT), sent)
        or _RESTRICTING.search(sent.text)
    ):
        return False
    # not across a ";" or ":" ("Wij zien geen aanleiding voor extra beleid; de gemeente vergoedt de kinderopvang al")
    doc = sent.doc
    return any(
        not any(t.text in (";", ":") for t in doc[min(a, start) : max(b, start)])
        for a, b in hits.get(evidence_key(REFUSAL), sent)
    )


# What is refused is a restriction or a doubt, in the split forms the lexicon's ``needless_not`` terms miss ("Het
# voorstel om de nazorg af te schaffen nemen wij niet over", "geen aanleiding om te twijfelen aan …"): it stays.
_RESTRICTING = re.compile(
    r"\b(?:af|in|stop)\s+te\s+(?:schaffen|bouwen|perken|zetten)\b|\bte\s+(?:stoppen|beëindigen|schrappen|halveren|korten|"
    r"verlagen|beperken|verminderen|twijfelen)\b",
    re.IGNORECASE,
)


# What a training teaches ("De training gaat over gendersensitief werken: … gesprekken met beide partners", "Zij leren
# … werk en eigen inkomen met iedere inburgeraar te bespreken"): the measure named there is the training's subject, a
# commitment only of the training measure's.
TRAINING_MEASURE = "training_klantmanagers"
_TEACHES = re.compile(
    r"\b(?:training|trainingen|cursus|cursussen|scholing|workshop|workshops|leergang|module|modules)\s+"
    r"(?:gaat|gaan|ging|gingen)\s+over\b|\b(?:leren|leert|leerden|oefenen|oefent|oefenden|geoefend)\b",
    re.IGNORECASE,
)


def _taught(sent: Span, start: int) -> bool:
    """The measure (its word at token *start*) stands after what a training teaches, in that clause (not past a ";" or
    a next clause of what is given: "In de cursus leren deelnemers solliciteren en krijgen zij een eigen jobcoach")."""
    at = _char_offset(sent, start)
    return any(m.end() <= at and not _NEXT_CLAUSE.search(sent.text[m.end() : at]) for m in _TEACHES.finditer(sent.text))


_NEXT_CLAUSE = re.compile(
    r";|,\s*(?:en|maar|want|terwijl)\b|\ben\s+(?:\w+\s+)?(?:krijgen|krijgt|volgen|volgt|hebben|heeft|worden|wordt|zijn|is|bieden|biedt)\b",
    re.IGNORECASE,
)


# The caption of a table or figure ("Tabel 2 Besproken casussen naar geslacht en leerroute", "Figuur 3 laat …
# zien"): it names the document's own figures, it commits to nothing.
_CAPTION = re.compile(r"^\s*(?:tabel|figuur|grafiek|diagram)\s+\d+[a-z]?(?:\.\d+)*\b(?!\s*[|%])", re.IGNORECASE)


def _needless(hits: Hits, sent: Span, term: Token) -> bool:
    """The measure (parsed *term*) is what a ``needless`` cue judges not needed: under "noodzaak"/"reden" of the
    cue, or in the subject or object of its "achten"/"vinden"; and nothing on the way from the term up to that
    word restricts it (``needless_not``: what is not needed is then the restriction, "geen noodzaak om de
    subsidie aan vrouwenorganisaties te verlagen"). Not a measure in another clause of the sentence ("Wij zien
    geen reden om te wachten en bieden meteen kinderopvang aan")."""
    spans = hits.get(evidence_key(NEEDLESS), sent)
    if not spans:
        return False
    restricting = {i for a, b in hits.get(evidence_key(NEEDLESS_NOT), sent) for i in range(a, b)}
    chain = [term, *heads_of(term)]
    place = {t.i: n for n, t in enumerate(chain)}  # how far up the chain each head stands
    for a, b in spans:
        parsed = (token_syntax(sent.doc[i]) for i in range(a, b))
        words = [w for w in parsed if w is not None and w.doc is term.doc]
        judged: list[Token] = [w for w in words if w.lower_ in _NEEDLESS_NOUNS]
        judged += [
            c
            for w in words
            if w.lower_ in _NEEDLESS_VERBS
            for c in w.children
            if c.dep_ in _JUDGED and c.lower_ != "nodig"
        ]
        base = syntax_offset(sent.doc[a])
        for top in judged:
            if top.i in place and not any(t.i + base in restricting for t in chain[: place[top.i] + 1]):
                return True
    return False


# Words that join the items of a list ("zorg en welzijn, kinderopvang en de schoonmaak").
_LIST_GLUE = frozenset({",", "en", "of", "/", "de", "het"})
# Other items in the list, besides the measure's words, that must be sectors.
SECTOR_LIST_ITEMS = 2


def _in_sector_list(hits: Hits, sent: Span, start: int, end: int) -> bool:
    """The measure's words, tokens *start* to *end*, are an item of a list of sectors or trades to work in:
    at least SECTOR_LIST_ITEMS other items of the list (``sector`` cues, reached past commas, "en", "of" and
    articles, not past ", en", which opens a clause) are sectors, in a sentence that speaks of sectors or work
    in them (``sector_context``: "de richtingen …", "opleidingen voor …", "werk in …"). Kinderopvang among
    zorg, schoonmaak and horeca is a place to work, not a service to the people; "onderwijs en kinderopvang"
    or "vervoer, kinderopvang en werkkleding" paid for are services."""
    sectors = hits.get(evidence_key(SECTOR), sent)
    if any(b <= start for _, b in hits.get(evidence_key(DIRECTIONS), sent)):  # the list follows the word
        sectors = sorted([*sectors, *hits.get(evidence_key(DIRECTION_ITEMS), sent)])
    if not sectors or any(start < b and a < end for a, b in sectors):
        return False  # the measure's own words name sectors ("trajecten in de techniek en de logistiek")
    if not hits.any(evidence_key(SECTOR_CONTEXT), sent):
        return False
    doc = sent.doc

    def items(i: int, step: int) -> int:
        found = 0
        while sent.start <= i < sent.end:
            hit = next(((a, b) for a, b in sectors if a <= i < b), None)
            if hit is not None:
                found += 1
                i = (hit[0] - 1) if step < 0 else hit[1]
                continue
            word = doc[i].lower_
            if word not in _LIST_GLUE:
                break
            nxt = doc[i + step].lower_ if sent.start <= i + step < sent.end else ""
            if {word, nxt} == {",", "en"}:
                break  # ", en" opens a clause ("… in de zorg en het onderwijs, en kinderopvang wordt vergoed")
            i += step
        return found

    return items(start - 1, -1) + items(end, 1) >= SECTOR_LIST_ITEMS


def _verb_negated_inside(words: Span) -> bool:
    """The measure's own words are a verb with "niet" inside ("splitst … niet uit"): not "geen" before a
    noun, which is part of a group's name ("inwoners die geen uitkering ontvangen"), nor "niet alleen …, maar
    ook" ("beide partners: niet alleen de aanvrager, maar ook de partner krijgt een traject")."""
    if not any(t.lower_ == "niet" and not _not_only(t) and not or_not(t) and not _clock_limit(t) for t in words):
        return False
    return any((p := token_syntax(t)) is not None and p.pos_ == "VERB" for t in words)


_CLOCK = re.compile(r"^\d{1,2}(?:[.:]\d{2})?$")


def _clock_limit(negation: Token) -> bool:
    """ "niet voor 9.15 uur", "niet na 14.30 uur", "niet vóór half tien": a time limit on hours (a schedule around
    school or care), not a negation of the act."""
    doc = negation.doc
    i = negation.i
    if not (i + 2 < len(doc) and doc[i + 1].lower_ in ("voor", "vóór", "na", "later", "eerder")):
        return False
    j = i + 2 + (doc[i + 1].lower_ in ("later", "eerder") and doc[i + 2].lower_ == "dan")
    return j < len(doc) and (bool(_CLOCK.match(doc[j].text)) or doc[j].lower_ in ("half", "kwart"))


def _cue_words(hits: Hits, sent: Span) -> list[Token | None]:
    """The parsed tokens of the commitment cues in *sent*, one per word (None where a word has no parse)."""
    return [token_syntax(sent.doc[i]) for s, e in hits.get(evidence_key(COMMITMENT), sent) for i in range(s, e)]


def _verb_cue(hits: Hits, sent: Span) -> bool:
    """A commitment cue in *sent* that the parse reads as a verb (without a parse, any cue)."""
    return any(t is None or t.pos_ in ("VERB", "AUX") for t in _cue_words(hits, sent))


def _present_act(t: Token | None) -> bool:
    """A lexical verb, finite and in the present tense, by the parse ("vraagt"), done by one known body other than
    the writer: a third-person pronoun, a name or a definite noun as its subject ("De werkplaats vraagt", "Zij
    vraagt"), not employers in general or as a habit ("Werkgevers in de regio vragen vaak geen diploma": what the
    market does)."""
    if t is None or t.pos_ != "VERB" or "VerbForm=Fin" not in str(t.morph) or "Tense=Pres" not in str(t.morph):
        return False
    if any(c.lower_ in _HABIT for c in t.children):
        return False
    return any(
        (s.pos_ in ("PRON", "PROPN") and s.lower_ not in _OWN_PERSONS)
        or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in s.children)
        for s in _subjects(t)
    )


# Measures whose terms name what an employer does ("vraagt geen diploma", "knipt de taken op"): there the term's own
# verb is the act. Elsewhere a verb in the terms describes ("stopt wanneer … een baan heeft gevonden", "geen uitkering
# hebben", "vinden … plaats"), and read as an act it made mentions commitments in the read document sets.
_ACTS_IN_TERMS = frozenset({"werkgevers_inclusief", "genderdata"})
# Measures whose terms state who may use a scheme ("Een uitkering is geen voorwaarde", "ongeacht waar het inkomen
# vandaan komt", "ook zonder uitkering"): said in the present as the scheme's own rule of who may take part, they
# commit to it without a verb of doing (:func:`_eligibility_rule`).
NUGGERS = "nuggers"
WORK_CARE = "werk_zorg_combinatie"
DIVERSE = "divers_aanbod"
_RULES_IN_TERMS = frozenset({NUGGERS, WORK_CARE, DIVERSE, GENDERDATA})
# … and of a diverse offer, only the ways one may combine and switch between ("De vier manieren zijn te combineren en
# wisselen kan op elk moment"), not "Een breed aanbod van trajecten is belangrijk"
_SWITCH = re.compile(r"\b(?:combin\w*|wissel\w*|overstap\w*|switch\w*)\b", re.IGNORECASE)
# The words of a condition waived, which state a scheme's rule by themselves ("is geen voorwaarde", "is niet nodig",
# "maakt niet uit", "ongeacht"); not "zonder uitkering" or "geen uitkering hebben", which describe people ("Inwoners
# zonder uitkering kunnen zich melden voor informatie", "Er is een groep inwoners die geen uitkering heeft").
_CONDITION_WAIVED = re.compile(r"\b(?:voorwaarde|vereiste|nodig|uit|ongeacht|gebonden|gekoppeld)\b", re.IGNORECASE)
# The main verbs of such a rule: it is (no condition, not needed), does not matter, may or can be used or applied for,
# one qualifies, takes part or is admitted ("mag … winkelen", "komt in aanmerking", "doet volledig mee", "wordt
# toegelaten", "staat open").
_RULE_VERBS = frozenset({"zijn", "maken", "mogen", "kunnen", "komen", "doen", "worden", "staan", "gelden"})


_MODALS = frozenset({"mogen", "kunnen"})
# What a scheme may waive beside the benefit (:func:`_also_waived`).
_WAIVABLE = frozenset(
    {"voorwaarde", "voorwaarden", "eis", "eisen", "bijdrage", "kosten", "wachttijd", "wachtlijst", "inkomenstoets"}
)


def _also_waived(neg: Token) -> bool:
    """*neg* is the "geen" of a condition or cost a scheme waives ("geen eigen bijdrage", "geen wachttijd", "geen
    voorwaarden"): no denial of the rule beside it."""
    return neg.lower_ == "geen" and any(t.lower_ in _WAIVABLE for t in neg.doc[neg.i + 1 : neg.i + 3])


def _people_care(verb: Token) -> bool:
    """*verb* is "zorgen (voor)" in a relative clause on the people a scheme is for ("deelnemers die zorgen voor jonge
    kinderen", "iedere ouder die zorgt voor een familielid"): who they are, not what the body does."""
    return (
        verb.lower_ in ("zorgt", "zorgen", "zorgde", "zorgden")
        and verb.dep_ == "acl:relcl"
        and bool(
            _RESIDENTS.match(verb.head.text)
            or _RESIDENTS.match(verb.head.lemma_)
            or _LISTED_PEOPLE.match(verb.head.text)
            or verb.head.lower_.startswith("mantelzorger")
        )
    )


def _holds_for_people(verb: Token) -> bool:
    """*verb* is "gelden" with the people a scheme is for after "voor" ("Voor iedere deelnemer die zorgt voor kinderen
    geldt het volgende: …"): a rule for them."""
    return _lemma_in(verb, frozenset({"gelden"})) and any(
        c.dep_ == "obl"
        and any(g.lower_ == "voor" for g in c.children)
        and bool(_RESIDENTS.match(c.text) or _RESIDENTS.match(c.lemma_))
        for c in verb.children
    )


def _people_may(modal: Token) -> bool:
    """The subject of *modal* (or of the verb it governs, where the parser took it for that verb's object: "mag een
    deelnemer … minder uren werken") names the people a scheme is for, with or without an article ("een deelnemer
    met zorgtaken", "iedere ouder")."""
    verbs = [modal, *(c for c in modal.children if c.dep_ == "xcomp")]
    phrases = [_phrase(c) for v in verbs for c in v.children if c.dep_ in (*_SUBJECTS, "obj")]
    return any(_RESIDENTS.match(p) or _RESIDENTS.match(p.split(" ", 1)[-1]) for p in phrases)


def _eligibility_rule(root: Token, start: int, end: int, *, modal: bool = False) -> bool:
    """The sentence of *root* (its main verb, :func:`_main_verb`) states in the present who may take part (that verb,
    or its modal or copula, one of :data:`_RULE_VERBS`), with no negation of its clause outside the measure's own
    words (*start*, *end*: indices of the parsed copy): "Ieder huishouden … mag bij de kruidenier winkelen, ongeacht
    waar het inkomen vandaan komt", "Een uitkering is geen voorwaarde"; not "Inwoners zonder uitkering kunnen niet
    deelnemen", nor a count ("telt … inwoners zonder uitkering") or a past. *modal*: only what the people it is for
    may or can do ("In de schoolvakanties mag een deelnemer met zorgtaken minder uren werken"; not "De zorgvraag
    stijgt en steeds meer inwoners combineren werk en zorg", a description)."""
    verbs = [root, *(c for c in root.children if c.dep_ in ("aux", "cop", "aux:pass"))]
    if modal and not (any(_lemma_in(v, _MODALS) for v in verbs) and _people_may(root)) and not _holds_for_people(root):
        return False
    finite = [v for v in verbs if "VerbForm=Fin" in str(v.morph)]
    if not finite or any("Tense=Pres" not in str(v.morph) for v in finite):
        return False
    if not any(_lemma_in(v, _RULE_VERBS) for v in verbs):
        return False
    if _hypothetical(root) or any(c.dep_ == "expl" and c.lower_ == "er" for c in root.children):
        return False  # "Er is een groep inwoners die …": there is, not may
    # (nor the "geen" of a cost or condition waived beside it: "… is geen voorwaarde en er is geen eigen bijdrage")
    return not any(
        c.lower_ in _NEGATIONS and not start <= c.i < end and not _also_waived(c) for v in verbs for c in v.children
    )


_HABIT = frozenset({"vaak", "meestal", "soms", "doorgaans", "zelden", "veelal", "regelmatig", "vaker", "steeds"})
_DEFINITE = frozenset({"de", "het", "onze", "ons", "deze", "dit", "die", "dat"})
# (the body itself or its reader: its own acts are named by the commitment cues; "Voor de cursus vragen we geen
# diploma" is no employer's)
_OWN_PERSONS = frozenset({"we", "wij", "u", "je", "jij", "ik", "men"})


def _kind_in(
    hits: Hits,
    sent: Span,
    start: int,
    measure: Measure,
    passage_kind: str,
    own: str | None,
    end: int | None,
    *,
    row: Span,
    regions: frozenset[str] = frozenset(),
    money_table: bool = False,
) -> str:
    if passage_kind == "toc":
        return OTHER_SENSE
    if _outside_time_clause(sent, hits.get(other_sense_key(measure.id), sent)):
        return OTHER_SENSE
    if hits.any(unless_key(measure.rule.id), sent):
        return SHORTAGE if hits.any(evidence_key(SHORTAGE), sent) else OTHER_SENSE
    if (
        end is not None
        and passage_kind != "heading"
        and not hits.any(evidence_key(SHORTAGE), row)
        and (budget_row(row, end) or (passage_kind == "table_cell" and _funded_row(hits, row, end, money_table)))
        and not (passage_kind == "table_cell" and _imperative(hits, sent))  # "| Train klantmanagers … | 20.000 |"
    ):
        return COMMITMENT  # a row of a budget table (its taakveld in the row before is no other sense)
    if hits.any(evidence_key(OTHER_SENSE), sent):
        return OTHER_SENSE
    if (
        passage_kind == "table_cell"
        and not money_table
        and _FIGURES_ROW.match(row.text)
        and (not _verb_cue(hits, row) or not any(d in "123456789" for d in row.text.split("|", 1)[-1]))
    ):
        # "Oppas tijdens afspraken | 18": a row that counts what its label names (not "Kinderen opgevangen op de
        # leslocatie | 21 | 30", whose verb says what was done, unless its figures are all nought)
        return MENTION
    if _in_sector_list(hits, sent, start, start + 1 if end is None else end):
        return OTHER_SENSE  # "Het college houdt vast aan de richtingen zorg en welzijn, kinderopvang en schoonmaak."
    if _in_law_name(sent, start):
        return OTHER_SENSE
    if passage_kind in _NOT_PROSE:
        return MENTION
    if (
        hits.any(evidence_key(LABEL), sent) or (passage_kind != "table_cell" and _names_line(hits, sent, start))
    ) and _budget_line(sent):
        return OTHER_SENSE  # "In de begroting is een nieuwe post opgenomen onder de naam Kinderopvang en werk"
    if passage_kind == "table_cell" and _status_cue(hits, evidence_key(REFUSAL), row):
        return SHORTAGE  # "7 Afspraken werkgevers | Niet overgenomen"
    if passage_kind == "table_cell" and _status_cue(hits, evidence_key(DEFERRAL), row):
        return INTENT  # "5 Monitor naar geslacht | Wij nemen dit mee bij de vervanging van het systeem"
    if passage_kind == "table_cell" and end is not None and _pro_memorie_row(row, end):
        return SHORTAGE  # "Begeleiding na het examen | p.m. | - | project afgesloten": no money set aside
    term = _parsed(sent, start)  # None without a parse (--model blank): cues count anywhere in the sentence
    if _left_out_item(sent, start):
        return SHORTAGE
    if _asked_not_done(sent, start):
        return SHORTAGE
    if (
        _cue(hits, evidence_key(SHORTAGE), sent, term)
        or _not_there_yet(sent, start, end)
        or (term is not None and _closed(sent, term))
        or (term is not None and _needless(hits, sent, term))
        or _refused(hits, sent, term, start)
    ):
        return SHORTAGE
    if caption(sent):
        return MENTION  # "Tabel 2 Besproken casussen naar geslacht": the caption of the document's own figures
    if measure.id != TRAINING_MEASURE and _taught(sent, start):
        return MENTION  # "De training gaat over … het voeren van gesprekken met beide partners": what staff learn
    if _cue(hits, evidence_key(RECOMMENDATION), sent, term) or (_imperative(hits, sent) and not _body_acts(hits, sent)):
        return RECOMMENDATION
    if _cue(hits, evidence_key(INTENT), sent, term, verbal=True) or _postponed(sent, start):
        return INTENT
    if _cue(hits, evidence_key(DESCRIPTION), sent, term):
        return MENTION  # "Wij beschrijven twee manieren om …": the text describes, it does not do
    if _REPORTED.match(sent.text) and not own_commitment(hits, sent):
        return MENTION  # "Volgens de klantmanagers kiezen klanten die routes zelf": what others say is done
    if _asked_of_others(sent, start):
        return RECOMMENDATION  # "Wij vragen DUO om de landelijke monitor uit te splitsen naar geslacht"
    if _proposed_by_others(sent, start):
        return RECOMMENDATION  # "De school heeft voorgesteld om lessen onder schooltijd te geven"
    if _offered_by_others(sent, start):
        return RECOMMENDATION  # "De vrouwenvereniging heeft aangeboden gastvrouwen te leveren": offered, not agreed
    if _referred_to_uwv(sent, start):
        return SHORTAGE  # "Inwoners zonder uitkering verwijzen wij door naar het UWV": not done here
    if _question(sent):
        return MENTION  # "Kan het college de eigen bijdrage voor kinderopvang vergoeden …?": asked, not done
    if _HERE_TOO.search(sent.text):
        return MENTION  # "In Deventer kan iedere werknemer … terugkomen; wij onderzoeken of dat hier ook kan"
    if _HAS_BEEN.search(sent.text) and not _STILL.search(sent.text):
        return MENTION  # "Tijdens de proef, die in 2022 afliep, is er kosteloze kinderopvang geweest."
    # a cue inside the measure's own words ("aanbod" of "divers aanbod") commits to nothing
    terms = hits.get(measure.rule.keys.own, sent)
    verbs = [
        (a, b)
        for a, b in hits.get(evidence_key(COMMITMENT), sent)
        if not any(s <= a and b <= e for s, e in terms)
        # ("deelnemers die zorgen voor jonge kinderen": their care, not the body's provision)
        and not ((cue := token_syntax(sent.doc[a])) is not None and _people_care(cue))
    ]
    own_act = False
    if not verbs and term is not None and end is not None and measure.id in _ACTS_IN_TERMS:
        # the measure's own words open with the act, its finite verb in the present ("De werkplaats vraagt daarbij
        # geen vakdiploma", "Zij vraagt geen diploma"): that verb commits as a cue would, and is read like one below
        # (its "geen" is the measure's own)
        own_act = _present_act(_parsed(sent, start))
        if own_act:
            verbs = [(start, start + 1)]
    if not verbs and term is not None and end is not None:
        rule = _rule_of_scheme(sent, start, end, measure, passage_kind, own)
        if rule is not None:
            return _rule_kind(hits, sent, rule, own, regions)
    if not verbs:
        return MENTION
    if term is None:  # no parse: a commitment cue in the sentence is enough
        return COMMITMENT
    if _topic(term):
        return MENTION
    if _needed(term):
        return MENTION  # "Ouders in een traject hebben kinderopvang nodig": a need named, not met
    offset = syntax_offset(sent.doc[start])
    if end is not None and _verb_negated_inside(sent.doc[start:end]):
        return SHORTAGE  # "De monitor splitst de cijfers niet uit naar geslacht": the measure's own verb, negated
    # (in a table row, the cell that names the measure: "4 | … | Het college kan nazorg bieden. |")
    cell = _cell(sent, start, end)
    power_opening = _opens_with_power(sent) or (cell is not None and _opens_with_power(cell))
    kinds = []
    for v_start, v_end in verbs:
        if v_end - v_start > 1 and any(t.lower_ in _NEGATIONS for t in sent.doc[v_start:v_end]):
            # (not a cue in another item of a list run into one sentence: "…: a. de werktijden vallen tussen 9.00 en
            # 14.30 uur; b. de deelnemer wordt niet ingeroosterd in de avond": that "niet" is b.'s own)
            if not _items_apart(sent.doc, (v_start, v_end), (start, end if end is not None else start + 1)):
                kinds.append(SHORTAGE)  # "maakt met werkgevers geen afspraken": the cue itself is negated
            continue
        if _denied_noun(sent, v_start, v_end):
            kinds.append(SHORTAGE)  # "Met de vereniging is gesproken; afspraken zijn er niet.": the cue is denied
            continue
        if syntax_offset(sent.doc[v_start]) != offset:
            continue  # another piece of a very long sentence
        candidates = [_parsed(sent, i) for i in range(v_start, v_end)]
        verbs_here = [c for c in candidates if c is not None and c.pos_ in ("VERB", "AUX") and _governs(c, term)]
        if verbs_here:
            # "stelde de werkplaats ook open": the cue's verb decides, not the words its ".." spans (where the verb
            # is misread, "kunnen .. terugvallen" with "terugvallen" as a noun, every word of the cue still counts)
            candidates = list[Token | None](verbs_here)
        for verb in candidates:
            if verb is None:
                continue
            if verb.pos_ in _FUNCTION_WORDS:
                continue  # "stelde de … open": the cue's verb decides, not an article between its words
            if _nominalised(verb):
                continue  # "nodig voor het volgen van een traject": the act named, not done
            if verb.tag_.startswith("WW|od") and verb.dep_ == "amod":
                continue  # "helpende welzijn", "een ondersteunende rol": a present participle before a noun
            if not _governs(verb, term):
                continue
            # the measure's own words, as indices of the parsed copy (original.i = copy.i + offset)
            own_words = range(start - offset, (end if end is not None else start + 1) - offset)
            term_head = _clause_head(term)
            if _free_to_residents(verb) and not _ENDED_TRIAL.search(sent.text) and not _ENDED.search(sent.text):
                # "Ouders betalen niets voor de kinderopvang": the body pays (a hostile review)
                kinds.append(COMMITMENT)
            elif (
                # (a "geen" among the measure's own words, when its verb is the act: "vraagt geen diploma")
                (_negated(verb, own_words if own_act else range(0)) and not _holds_on(verb))
                # (a cue noun as the subject or the object of a negated verb: "Een doel voor het eigen inkomen van
                # iedere volwassene stellen we niet")
                or (
                    verb.pos_ == "NOUN"
                    and verb.dep_ in (*_SUBJECTS, "obj")
                    and _negated(verb.head, own_words)
                    and not _holds_on(verb.head)
                )
                or _negated(term, own_words)
                or (_negated(term_head, own_words) and not _semicolon_between(term, term_head))
            ):
                kinds.append(SHORTAGE)
            elif _hypothetical(verb) and _lemma_in_auxiliaries(verb, _MUST):
                kinds.append(RECOMMENDATION)  # "Gemeenten zouden de kinderopvang moeten vergoeden": what should be
            elif power_opening or _power(verb) or _hypothetical(verb) or _would_before(sent, v_start):
                kinds.append(MENTION)
            elif (
                _third_party(verb, own, regions)
                or _legal_subject(verb, _with_sentence_before(sent))
                or _obliges_municipalities(verb)
            ):
                kinds.append(MENTION)
            elif _verbal(verb) and ((_past_only(verb) and not _agreed(verb)) or _counting_clause(verb)):
                kinds.append(MENTION)
            elif (
                (verb.pos_ == "NOUN" and verb.dep_ == "acl:relcl")
                or (verb.pos_ in ("ADP", "ADJ") and not _verbal(verb))
            ) and _past_form_misread(verb):
                # a past the tagger took for a plural noun, heading a relative clause ("een proef waarin
                # klantregisseurs statushouders nog een halfjaar begeleidden"), or for a preposition ("Dit product
                # bood deelnemers … een vast aanspreekpunt")
                kinds.append(MENTION)
            elif _self_arranged(verb) or _residents_pay(verb):
                # "Deelnemers met jonge kinderen kunnen zelf opvang regelen", "… betaalt het huishouden de eigen
                # bijdrage voor kinderopvang": what people do or pay on their own, no facility; unless the body
                # pays the rest in a clause of its own ("…; de gemeente neemt de rest voor haar rekening")
                kinds.append(COMMITMENT if _body_pays_too(hits, sent, verb) else MENTION)
            elif verb.pos_ == "NOUN" and verb.dep_ in _SUBJECTS and verb.head.lower_ in _TALKED_ABOUT:
                kinds.append(MENTION)  # "Een vergoeding van de eigen bijdrage … is in het overleg besproken"
            elif verb.lower_ in _TALKED_ABOUT and any(
                c.dep_ == "conj" and c.tag_.startswith("WW|vd") and _negated(c) for c in verb.children
            ):
                # "… is besproken met het vrouwenhuis, maar niet toegezegd" (not "…, maar past niet binnen het
                # budget": a reason given, not a second act denied)
                kinds.append(SHORTAGE)
            elif (
                verb.lower_ in _TALKED_ABOUT
                and _auxiliaries(verb)
                and _subject_holds(verb, term)
                # "besproken en … geboden" (not "besproken, maar past niet binnen …")
                and not any(c.dep_ == "conj" and not any(g.lower_ == "maar" for g in c.children) for c in verb.children)
            ):
                kinds.append(MENTION)  # "Een eigen plan voor iedere volwassene is in de voorbereiding besproken"
            elif _particle_of_past(verb) and not _agreed(verb.head):
                kinds.append(MENTION)  # "Variant D stelde de werkplaats ook open voor …": the particle's verb is past
            elif (
                (verb.pos_ in ("ADP", "NUM", "NOUN") or verb.lower_ == "sindsdien")
                and verb.lower_ not in _TARGETS
                and (_counted(term) or _figure_changed(sent) or (verb.lower_ == "sindsdien" and _trend(sent)))
            ):
                # a date ("sinds 2019", "vanaf 2027") on a figure: "Sinds 2019 is het aantal aanvragen voor
                # kinderopvangtoeslag gedaald"
                kinds.append(MENTION)
            elif _past_clause(term, verb) and not _continues(verb):
                kinds.append(MENTION)  # "… de pilot uitgevoerd, waarin een traject rekening hield met de zorg"
            else:
                return COMMITMENT
    if not kinds and end is not None:
        # no cue of the sentence is the term's ("Vanaf 1 april kan iedere …")
        rule = _rule_of_scheme(sent, start, end, measure, passage_kind, own)
        if rule is not None:
            return _rule_kind(hits, sent, rule, own, regions)
    return kinds[0] if kinds else MENTION


def _rule_of_scheme(
    sent: Span, start: int, end: int, measure: Measure, passage_kind: str, own: str | None = None
) -> Token | None:
    """The main verb of *sent*, running text, when the sentence states a rule of the scheme for *measure*
    (:data:`_RULES_IN_TERMS`, :func:`_eligibility_rule`) with the measure's words from token *start* to *end*; else
    None."""
    if passage_kind not in ("paragraph", "list_item") or measure.id not in _RULES_IN_TERMS:
        return None
    words = sent.doc[start:end].text
    if (measure.id == NUGGERS and not _CONDITION_WAIVED.search(words)) or (
        measure.id == DIVERSE and not _SWITCH.search(words)
    ):
        return None
    # (a rule is the document's own: not one told of another place, "In Tilburg mag een deelnemer …"; nor one denied
    # anywhere in the sentence, "De drie routes zijn niet te combineren", "Voor ouders geldt geen aparte regeling";
    # nor an ability or a habit, "Ouders kunnen werk en zorg vaak moeilijk combineren", or a condition, "… beter
    # combineren als er meer kinderopvang is": a hostile review)
    place = _ELSEWHERE_OPENING.match(sent.text)
    if (place and place.group(1) != own) or any(
        t.lower_ in _NEGATIONS
        and not _clock_limit(t)
        # (a waived condition's own "niet"/"geen" is the rule: "is geen voorwaarde", "maakt niet uit"; so is another
        # condition or cost waived beside it: "… is geen voorwaarde en er is geen eigen bijdrage")
        and not (measure.id == NUGGERS and (start <= t.i < end or _also_waived(t)))
        # (nor another item's "niet", after a ";": "…; b. de deelnemer wordt niet ingeroosterd in de avond")
        and not _items_apart(sent.doc, (t.i, t.i + 1), (start, end))
        for t in sent
    ):
        return None
    if any(t.lower_ in _NOT_A_RULE for t in sent):
        return None
    term = _parsed(sent, start)
    if term is None:
        return None
    # the measure's words in the parsed copy
    doc, lo = term.doc, term.i
    hi = lo + end - start
    if measure.id == DIVERSE and not _kinds_of_help(doc, lo, hi):
        return None
    if measure.id == NUGGERS and not _waived_for_the_scheme(doc, lo, hi):
        return None
    root = _main_verb(sent, lo)
    if root is None:
        return None
    if measure.id == GENDERDATA:
        # figures by sex kept in the present passive, the measure's own participle the main verb ("Ook van de
        # kandidaten op de wachtlijst worden geslacht en leeftijd bijgehouden"); not "Het aantal deelnemers naar
        # geslacht is gestegen"
        kept = (
            # (the participle the root, or joined to a root the parser made of "geslacht": "worden geslacht en
            # leeftijd bijgehouden")
            any(
                t.lower_ in _RECORDED and (t.i == root.i or (t.head.i == root.i and t.dep_ == "conj"))
                for t in doc[lo:hi]
            )
            # (its "worden" wherever the parser hung it: on the subject, in "worden geslacht en leeftijd bijgehouden")
            and any(t.dep_ == "aux:pass" and t.lower_ in ("wordt", "worden") for t in root.subtree)
            # (kept by the body, not by another: "… worden bijgehouden door het CBS")
            and not any(c.dep_ == "obl:agent" and not _OWN_AGENT.search(_phrase(c)) for c in root.children)
            and not any(c.lower_ in _NEGATIONS for c in root.children)
        )
        return root if kept else None
    return root if _eligibility_rule(root, lo, hi, modal=measure.id == WORK_CARE) else None


_RECORDED = frozenset({"bijgehouden", "geregistreerd", "uitgesplitst", "vastgelegd", "gemeten", "gerapporteerd"})
_OWN_AGENT = re.compile(r"\b(?:gemeente|college|team|wij|we|ons|onze|consulent\w*|klantmanager\w*)\b", re.IGNORECASE)
# A sentence that opens with another place ("In Tilburg …", "In Almere zijn …"): an example, not the scheme's rule.
_ELSEWHERE_OPENING = re.compile(r"^\W*(?:[Ii]n|[Bb]ij)\s+([A-Z][a-z]+)\b(?!\s+(?:van|voor)\b)")
# Words of ability, habit, comparison or condition: a description, not a rule ("kunnen … vaak moeilijk combineren",
# "beter … als er meer kinderopvang is").
_NOT_A_RULE = frozenset(
    {"moeilijk", "lastig", "vaak", "soms", "zelden", "beter", "makkelijker", "moeilijker", "als", "indien", "wanneer",
     "zouden", "zou", "zodra", "mits", "maar", "voorstel", "goedkeuren", "goedkeuring"}
)  # fmt: skip
"""(… or a turn, a proposal or a condition of money or approval: "…, maar het traject is vol tot 2027", "…; dit is een
voorstel dat de raad nog moet goedkeuren", "…, zodra de raad daar geld voor vrijmaakt", a hostile review)"""
# What may be combined and switched between: kinds of help, work, learning or applying, named alone ("de vier
# manieren") or by such a noun ("soorten werk"), not kinds of something else ("soorten koffie", "vormen van
# kinderopvang", "manieren van aflossen").
_HELP_KINDS = re.compile(
    r"^(?:hulp|steun|ondersteuning|begeleiding|werk|leren|les|lessen|route|routes|traject|trajecten|aanbod|cursus|"
    r"cursussen|opleiding|opleidingen|coaching|aanvragen|contact|begeleiders?)$",
    re.IGNORECASE,
)


def _kinds_of_help(doc: Doc, start: int, end: int) -> bool:
    """The ways, forms or kinds of the measure's words (*start* to *end* of the parsed copy *doc*) are of help, work or
    learning: the noun after them (with or without "van") is one of :data:`_HELP_KINDS`, or none follows."""
    for t in doc[start:end]:
        if t.lower_ in (
            "manieren",
            "vormen",
            "soorten",
            "werksoorten",
            "onderdelen",
            "routes",
            "richtingen",
            "mogelijkheden",
        ):
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ == "van":
                nxt = doc[t.i + 2] if t.i + 2 < len(doc) else None
            # (the act of switching after them is no noun, whatever the tagger says: "twee onderdelen combineren")
            return (
                nxt is None
                or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "X")
                or bool(_HELP_KINDS.match(nxt.lower_))
                or bool(_SWITCH.fullmatch(nxt.lower_))
            )
    return False


# What a waived condition may be waived for, named after "voor" or "om … te": the scheme itself or taking part in it.
_SCHEME_WORDS = re.compile(
    r"^(?:regeling|regelingen|aanbod|traject|trajecten|route|routes|project|programma|cursus|cursussen|deelname|"
    r"begeleiding|opleiding|leerwerk\w*|werkroute\w*|aanmelding|inschrijving|deelnemen|meedoen|aanmelden)$",
    re.IGNORECASE,
)


def _waived_for_the_scheme(doc: Doc, start: int, end: int) -> bool:
    """A condition waived ("Een uitkering is geen voorwaarde …", from *start* to *end* of the parsed copy *doc*) for
    the document's own scheme: it names no purpose, or the purpose after "voor" or in "om … te" is the scheme or taking
    part in it; not "voor schuldhulp", "om vrijwilligerswerk te doen", "om ingeschreven te staan bij het UWV" (a
    hostile review)."""
    # (before the measure's words too: "Voor de gratis zwemles van de kinderen is een uitkering geen voorwaarde")
    around = [t for k, t in enumerate(doc) if not start <= k < end]
    purpose = None
    for k, t in enumerate(around[:-1]):
        if t.lower_ in ("voor", "om"):
            words = [w for w in around[k + 1 : k + 8] if w.pos_ in ("NOUN", "VERB", "PROPN")]
            purpose = words[0] if words else None
            break
    return purpose is None or bool(_SCHEME_WORDS.match(purpose.lower_))


def _main_verb(sent: Span, start: int) -> Token | None:
    """The verb of *sent*'s main clause: the parse's root, or where the parser made a noun the root ("Vanaf 1 april
    kan iedere deelnemer …" with "deelnemer" on top), the verb of the clause of the word at *start* (an index of
    the parsed copy)."""
    root = _parse_root(sent)
    if root is None or root.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in root.children):
        return root
    word = root.doc[start] if start < len(root.doc) else root
    head = _clause_head(word)
    while head.dep_ == "acl:relcl":
        head = _clause_head(head.head)
    return head if head.pos_ in ("VERB", "AUX") else root


def _rule_kind(hits: Hits, sent: Span, root: Token, own: str | None, regions: frozenset[str]) -> str:
    """A rule of the scheme (*root*: its main verb) commits, unless it is another place's, an example ("In de regio
    Kustmaas kunnen inburgeraars hun lesuren verdelen …"), or goes on from a sentence that means to look into the
    scheme or recommends it ("Wij onderzoeken of de regeling voor ieder huishouden kan gelden. Het maakt niet uit waar
    het inkomen vandaan komt.": the rule of a scheme still to be decided)."""
    if sent.start > 0:
        before = sent.doc[sent.start - 1].sent
        if hits.any(evidence_key(INTENT), before) or hits.any(evidence_key(RECOMMENDATION), before):
            return INTENT
    return MENTION if _third_party(root, own, regions) else COMMITMENT


# The lead of a list that says its items are left out ("De volgende punten zijn besproken, maar vallen buiten deze
# overeenkomst: - …; - …", "…, maar maken geen deel uit van de regeling:"); not one that turns to what is in ("…
# niet in de oude regeling, maar wel in deze:").
_LEFT_OUT_LEAD = re.compile(
    r"\b(?:vallen|valt)\s+(?:\w+\s+){0,2}?buiten\b|\bbuiten\s+(?:\w+\s+){0,3}?(?:vallen|valt)\b"
    r"|\b(?:maken|maakt)\s+(?:\w+\s+){0,2}?geen\s+(?:deel|onderdeel)\s+uit\b"
    r"|\b(?:zijn|is)\s+(?:\w+\s+){0,2}?geen\s+(?:deel|onderdeel)\s+van\b"
    r"|\bniet\s+(?:opgenomen|afgesproken|meegenomen|overgenomen|toegezegd|geregeld)\b",
    re.IGNORECASE,
)
# … unless, after its last cue, the lead turns to what is done ("… niet opgenomen, maar komen er vanaf 2026 in:", "Wat
# in het convenant niet afgesproken was, regelt de gemeente nu zelf:"), or the items were left out before and are
# new now ("die in het vorige plan niet geregeld waren:"): a hostile review
_LEAD_TURNS = re.compile(
    r"\b(?:wel|maar|nu|zelf|daarom|omdat|toegevoegd|nieuw|regelt|regelen|vergoedt|vergoeden|betaalt|betalen|loopt|lopen"
    r"|uitvoert|uitvoeren)\b|\bin\s+plaats\s+daarvan\b",
    re.IGNORECASE,
)
_LEAD_BEFORE = re.compile(r"\b(?:vorige|oude|eerdere)\b", re.IGNORECASE)
_LEAD_WAS = re.compile(r"\b(?:was|waren|stond|stonden)\b", re.IGNORECASE)


# Another place's practice, held up for this one ("…; wij onderzoeken of dat hier ook kan", "dat willen wij hier ook"):
# a hostile review
_HERE_TOO = re.compile(
    r"\bof\s+(?:dat|dit)\s+(?:hier|bij\s+ons)\b|\b(?:dat|dit)\s+(?:willen|gaan)\s+(?:wij|we)\s+(?:hier|bij\s+ons)\s+ook\b",
    re.IGNORECASE,
)
# What has been and is over ("… is er kosteloze kinderopvang geweest"), unless it goes on
# (only "er is … geweest", what existed: not "klanten die lang buiten beeld zijn geweest", a clause about people)
_HAS_BEEN = re.compile(
    r"\b(?:is|zijn|was|waren)\s+er\b[^.;]{0,60}\bgeweest\b|\ber\s+(?:is|zijn)\b[^.;]{0,60}\bgeweest\b", re.IGNORECASE
)
_STILL = re.compile(r"\b(?:blijft|blijven|wordt|worden|voortgezet|nog\s+steeds|nu|voortaan)\b", re.IGNORECASE)


# What the sentence ends by saying is not there yet ("…, maar afspraken over contracten zijn er nog niet.")
_NOT_THERE_YET = re.compile(r"\b(?:is|zijn)\s+er\s+nog\s+(?:niet|geen)\W*$", re.IGNORECASE)


# Asked or talked about by someone, but not done: "… is door de cliëntenraad gevraagd, maar niet ingepland", "…
# zijn besproken, maar nog niet toegezegd" (read from the words: the parse of such a long subject is often wrong).
_ASKED_NOT_DONE = re.compile(
    r"\b(?:is|zijn|werd|werden)\b[^.;:]{0,80}?\b(?:gevraagd|voorgesteld|besproken|aangevraagd|geadviseerd|aanbevolen"
    r"|bepleit|overwogen)\s*,?\s*maar\s+(?:\w+\s+){0,3}?(?:niet|nog\s+niet|nooit)\s+(?:\w+\s+){0,2}?"
    r"(?:ingepland|gepland|opgenomen|toegezegd|begroot|geregeld|afgesproken|uitgevoerd|overgenomen|ingevoerd)\b",
    re.IGNORECASE,
)


def _asked_not_done(sent: Span, start: int) -> bool:
    """The measure's words, before it, are the subject of a sentence that says they were asked for or talked about
    but not taken up (:data:`_ASKED_NOT_DONE`)."""
    found = _ASKED_NOT_DONE.search(sent.text)
    return found is not None and sent.doc[start].idx - sent.start_char < found.start()


def _not_there_yet(sent: Span, start: int, end: int | None) -> bool:
    """*sent* ends with :data:`_NOT_THERE_YET`, said of the term that runs from token *start* (to *end*) up to it: no
    ";", "," or "maar" between the term's end and the cue ("…, maar resultaten zijn er nog niet" is said of the
    results, a hostile review)."""
    found = _NOT_THERE_YET.search(sent.text)
    if found is None:
        return False
    last = sent.doc[(end if end is not None else start + 1) - 1]
    between = sent.text[last.idx + len(last.text) - sent.start_char : found.start()]
    return not re.search(r"[;,]|\bmaar\b", between)


# What a noun of agreement is said not to be, right after it ("afspraken zijn er (nog) niet", "… zijn nog niet
# gemaakt"); not "zijn er niet alleen met …"
_DENIED_AFTER = re.compile(
    r"^\s*(?:zijn|waren|is|was)\s+(?:er\s+)?(?:nog\s+)?(?:niet|geen)\b(?!\s+(?:alleen|enkel|slechts|voor|met|over)\b)",
    re.IGNORECASE,
)
_AGREEMENT_NOUNS = frozenset({"afspraak", "afspraken", "overeenkomst", "overeenkomsten", "toezegging", "toezeggingen"})


def _denied_noun(sent: Span, start: int, end: int) -> bool:
    """The commitment cue from token *start* to *end* is one noun of agreement that the words right after it deny
    (:data:`_DENIED_AFTER`): what was talked about is not agreed."""
    if end - start != 1 or sent.doc[start].lower_ not in _AGREEMENT_NOUNS:
        return False
    cue = sent.doc[start]
    return _DENIED_AFTER.match(sent.text[cue.idx + len(cue.text) - sent.start_char :]) is not None


def _left_out_item(sent: Span, start: int) -> bool:
    """The measure's term (at token *start*) is an item of a list after a colon whose lead says the items are left out
    (:data:`_LEFT_OUT_LEAD`), and does not turn after that (:data:`_LEAD_TURNS`) or speak of the past (:data:`_LEAD_WAS`
    after it, :data:`_LEAD_BEFORE` anywhere)."""
    colon = next((t.i for t in sent.doc[sent.start : start] if t.text == ":"), None)
    if colon is None:
        return False
    lead = sent.doc[sent.start : colon].text
    cues = list(_LEFT_OUT_LEAD.finditer(lead))
    return (
        bool(cues)
        and not _LEAD_TURNS.search(lead, cues[-1].end())
        and not _LEAD_WAS.search(lead, cues[-1].end())
        and not _LEAD_BEFORE.search(lead)
    )


def _commits_plainly(hits: Hits, sent: Span, own: str | None = None) -> bool:
    """A sentence that commits to something, with no cue of another kind (*own*: the document's
    municipality, whose name is no other party)."""
    if (
        not hits.any(evidence_key(COMMITMENT), sent)
        or _imperative(hits, sent)
        or _opens_with_power(sent)
        or _question(sent)
    ):
        return False
    if _POSTPONED.search(sent.text):
        return False  # "Het college besluit het voorstel aan te houden …"
    if _ENDED_TRIAL.search(sent.text):
        return False  # "De pilot Volhouders, waarin …, is op 30 juni afgesloten."
    others = (OTHER_SENSE, SHORTAGE, RECOMMENDATION, INTENT)
    if any(hits.any(evidence_key(k), sent) for k in others) or hits.any(STANCE_NEGATION, sent):
        return False
    parsed = [v for v in _cue_words(hits, sent) if v is not None]
    if not parsed:  # no parse (--model blank): the cue is enough
        return True
    # with a parse, the commitment is the document's own and current: not what a law allows
    # ("Artikel 7 … maakt het mogelijk om …"), nor what another municipality does, nor what was done in the past
    return any(
        not _legal_subject(v)
        and not _obliges_municipalities(v)
        and not _third_party(v, own)
        # "Het college kan de begeleiding voortzetten": a power, not a commitment (a noun of the cue: its clause's)
        and not _power(v)
        and not _power(_clause_head(v))
        and not _self_arranged(v)  # "Ouders regelen zelf de opvang": what people do on their own
        and not _residents_pay(v)
        # "Een vergoeding … is in de vergadering besproken": talked about, not done
        and _clause_head(v).lower_ not in _TALKED_ABOUT
        and not (v.pos_ in ("VERB", "AUX") and _past_only(v))
        and not _hypothetical(v)
        for v in parsed
    )


# A trial that was closed ("De pilot …, waarin deelnemers een coach hielden, is op 30 juni afgesloten"): ended; an
# agreement closed is concluded (_AGREEMENTS), a pilot is not one.
_ENDED_TRIAL = re.compile(
    r"\b(?:pilot|proef|proeftuin|experiment|project)\b[^.;:]*\b(?:is|zijn|werd|werden)\b[^.;:]*\b(?:afgesloten|beëindigd|"
    r"stopgezet|gestopt)\b",
    re.IGNORECASE,
)
# A table row's status cell that says its item ended ("Pilot Volhouders … | 0 | 0 | afgesloten 30 juni 2036"), for an
# item that is no agreement ("Convenant werkgevers | afgesloten" is concluded).
_NONE_CELL = re.compile(
    r"^\s*(?>nee|n\.?v\.?t\.?|geen\s+(?:eigen\s+)?(?:regeling|aanbod|voorziening|budget|middelen|beleid|afspraken?|inzet)"
    r"|(?:niet|nog\s+niet)\s+(?:geregeld|voorzien|aanwezig|beschikbaar))\s*(?:[.;,:]|$)",
    re.IGNORECASE,
)
"""A row's last cell, its reaction, that opens with a clause saying the measure is not there ("Geen eigen regeling;
…", "Nee", "n.v.t.", "Niet geregeld"); not "Geen wachtlijst" or "Geen eigen bijdrage", which say something of an
offer that is there, nor "n.v.t. voor ouders met een baan", which limits it."""
_ENDED_STATUS = re.compile(r"^\s*(?:afgesloten|beëindigd|stopgezet|gestopt|afgeschaft|vervallen)\b", re.IGNORECASE)


# A sentence that says something was ended or is not there ("… is per 2024 afgeschaft", "… is er geen opvang
# beschikbaar"): after a section's commitment, it undoes the section's commitment to its measure.
_ENDED = re.compile(
    r"\b(?:afgeschaft|stopgezet|niet (?:langer|meer) beschikbaar|geen\b[^.;]{0,60}\bbeschikbaar)\b", re.IGNORECASE
)


# A heading that says its section holds what is not done ("Wat (nog) niet in dit voorstel zit", "Wat we niet
# doen", "Buiten de reikwijdte", "Niet opgenomen", "Afgevallen varianten", "Niet toegekende onderdelen"): nothing
# under it commits.
_NOT_DONE_HEADING = re.compile(
    # (not past a "maar": "Niet beloven maar doen")
    r"\b(?:niet|geen)\b(?:(?!\bmaar\b).){0,40}\b(?:voorstel|plan|nota|programma|akkoord|begroting|doen|opgenomen|gekozen"
    r"|uitgevoerd)\b"
    r"|\bniet in (?:deze|dit|de) (?:aanpak|notitie)\b"
    r"|\bbuiten\b.{0,20}\b(?:reikwijdte|bestek|(?:dit|deze) (?:voorstel|plan|nota|notitie|programma|beleid|kader))\b"
    r"|\bafgewezen\b"
    # "6 Niet toegekende onderdelen" of a subsidy decision (not "… niet wordt voortgezet": a section on why a
    # pilot ends can describe what replaces it)
    r"|\bniet\s+(?:toegekende?|gehonoreerde?|overgenomen|gesubsidieerde?)\b"
    # "Wat het college niet overneemt", "Wat wij nog niet beloven", "Modules die niet doorgaan" (not "wel en niet
    # beloven", "niet doorgaan met de oude norm", "Niet beloven maar doen"; not "Wat niet verandert", what goes on)
    r"|(?<!wel en )\bniet\s+(?:overneemt|overnemen|honoreert|honoreren|beloven|belooft|beloofd|toezeggen|toegezegd"
    r"|doorgaan|doorgaat|doorgegaan)\b(?!\s+(?:met|maar)\b)"
    # "8 Wat niet in de verlenging komt", "Wat niet in dit plan zit" (not "Wat wel en niet …")
    r"|(?<!wel en )\bwat\s+(?:\w+\s+)?niet\s+in\s+(?:de|het|dit|deze)\s+\w+\s+(?:komt|zit|valt|staat)\b"
    # "5 Afgevallen varianten", "Verworpen alternatieven"; not "Verworpen moties", "Afgevallen deelnemers"
    r"|\b(?:afgevallen|verworpen)\s+(?:\w+\s+)?(?:varianten|variant|alternatieven|scenario'?s|opties|modellen)\b"
    r"|\bwat doen (?:we|wij) (?:\(nog\) |nog )?niet\W*$"  # "Wat doen we (nog) niet?"
    # "Wat nog niet is besloten", "Acties die wij niet of later uitvoeren", "Wat niet of nog niet gebeurt", "Wat
    # (nog) niet is geregeld" (not "Wat wel en niet is besloten")
    r"|(?<!wel en )\bniet\b(?:(?!\bmaar\b).){0,20}\b(?:besloten|beslist|uitvoeren|uitvoert)\b"
    # (not a condition, "Als kinderopvang niet is geregeld", nor the past, "Wat eerder niet geregeld was", nor a
    # heading that goes on to what is done about it, "… en wat we nu doen")
    r"|^(?![\W\d_]*(?:als|wanneer|indien)\b)(?!.*\b(?:eerder|was|waren)\b)(?!.*\ben\s+wat\b)"
    r".*(?<!wel en )\bniet\b(?:(?!\bmaar\b).){0,20}\b(?:gebeurt|gebeurd|gebeuren|geregeld|gedaan|gerealiseerd|ingevoerd"
    r"|gestart|vastgesteld|afgesproken)\b"
    # "Toezeggingen die nog openstaan", "Wat nog openstaat", "Openstaande acties": promised, not yet done
    # (not what is still open to requests: "Regelingen die nog open staan voor nieuwe aanvragen")
    r"|\bnog\s+(?:openstaan|openstaat|open\s+staan|open\s+staat)\b(?!\s+voor\s+(?!\d|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|volgend|besluitvorming|behandeling|besluit|bespreking|uitvoering|later)\b))|^[\W\d_]*(?:\d+(?:\.\d+)*\s+)?openstaande\s+(?:toezeggingen|acties|afspraken|punten)\b",
    re.IGNORECASE,
)


# A heading that says its section holds what the document itself leaves out ("6 Wat dit plan niet regelt", "4.7 Wat
# deze afspraak niet regelt", "Wat we nog niet regelen", "8 Wat de regeling niet omvat", "Wat niet onder deze afspraak
# valt", "Wat regelt dit plan niet?"); not what another body or law leaves open ("Wat het Rijk niet regelt", "Wat de
# landelijke regeling niet dekt", which heads what the municipality adds: a hostile review), nor "wel en niet".
_DOCUMENT = (
    r"(?:dit|deze|het|de)\s+(?:plan|afspraak|afspraken|overeenkomst|regeling|notitie|nota|hoofdstuk|artikel|programma"
    r"|protocol|leidraad|convenant|pas|begroting|voorstel|aanpak|route|werkwijze|paragraaf|besluit|verordening)"
)
_LEFT_OUT_HEADING = re.compile(
    rf"^[\W\d_]*wat\s+(?:{_DOCUMENT}|we|wij)\s+(?:nog\s+)?niet\s+(?:regelt|regelen|omvat|omvatten|bevat|bevatten|dekt"
    rf"|dekken)\W*$|^[\W\d_]*wat\s+(?:nog\s+)?niet\s+(?:onder|in)\s+{_DOCUMENT}\s+(?:valt|vallen)\W*$"
    rf"|^[\W\d_]*wat\s+(?:regelt|omvat|bevat)\s+{_DOCUMENT}\s+(?:nog\s+)?niet\W*$",
    re.IGNORECASE,
)


# "Wat we niet oppakken", "Wat het college (nog) niet aanbiedt": the body as the one who does not act; not when the
# heading goes on to what is done ("… maar wel vergoeden", "Wat we niet starten maar voortzetten", "… en wat we wel
# doen").
_NOT_DONE_BY_US = re.compile(
    r"\bwat\s+(?:we|wij|het\s+college|de\s+gemeente)\s+(?:(?:(?!wel\b)\w+\s+of\s+)?(?:\(nog\)\s+|nog\s+)?niet\s+(?:meer\s+)?"
    r"(?:oppakken|oppakt|aanpakken|aanpakt|aanbieden|aanbiedt|financieren|financiert|vergoeden|vergoedt|inzetten|inzet"
    r"|starten|start|regelen|regelt|uitwerken|uitwerkt)"
    # … or what it divests, winds down or stops ("Wat we afstoten of niet oppakken", "Wat de gemeente afbouwt")
    r"|(?:afstoten|afstoot|afbouwen|afbouwt|beëindigen|beëindigt|schrappen|schrapt|stoppen|stopt)(?:\s+of\b|\W*$))"
    # (only a turn to what is done ends it: "maar wel", "en wat wel", "maar voortzetten"; not "hoe graag we het
    # ook wel zouden willen", "maar overlaten aan partners")
    r"(?!.*\b(?:maar\s+(?:\w+\s+)?wel|(?:en|of)\s+wat|in\s+plaats\s+daarvan|maar\s+(?:\w+\s+)?(?:voortzetten"
    r"|voortzet|doen|doet|bieden|biedt|aanbieden|vergoeden|vergoedt|financieren|financiert|regelen|regelt|uitbreiden"
    r"|behouden|houden))\b)",
    re.IGNORECASE,
)
# … a heading that names what is done too ("Wat wij nieuw doen en wat wij beëindigen", "Wat we houden en wat we
# afstoten"): its sections hold both
_ALSO_DONE = re.compile(
    r"\ben\s+wat\b|[,;]\s*wat\b|\bwat\s+(?:we|wij|het\s+college|de\s+gemeente)\s+(?:\w+\s+)?(?:doen|doet|houden|houdt|"
    r"voortzetten|voortzet|behouden|behoudt|blijven|blijft|starten|start)\s+(?:en|of)\b",
    re.IGNORECASE,
)


# A sentence that turns from what is not done to what is ("Wel vergoeden we …", "In plaats daarvan bieden we …"):
# under a heading of what is not done, it can commit.
_CONTRAST = re.compile(r"^\W*(?:wel|in\s+plaats\s+daarvan|daarentegen|wat\s+we\s+wel)\b", re.IGNORECASE)
# … also further on ("…; in plaats daarvan betaalt zij …", "De opvang blijft wel bestaan: …")
_TURN = re.compile(
    r"[;:,]\s*(?:maar\s+)?(?:wel|in\s+plaats\s+daarvan|daarentegen)\b"
    r"|\bblij(?:ft|ven)\s+(?:\w+\s+){0,2}?(?:wel\s+)?(?:bestaan|doorgaan|gehandhaafd|behouden)\b",
    re.IGNORECASE,
)


# A sentence that says its item was carried out ("De training is in 2023 ingevoerd", "… is inmiddels gerealiseerd"):
# under a heading of what is open or not done, the item is done after all.
# (not agreed, which is no deed: "… is inmiddels afgesproken"; nor "nog niet" inside)
_COMPLETED = re.compile(
    r"\b(?:is|zijn)\s+(?:(?!nog\b|niet\b)\w+\s+){0,3}?(?:inmiddels|al|in\s+\d{4}|per\s+\d{1,2}\s+\w+\s+\d{4}"
    r"|per\s+\d{4})\s+(?:ingevoerd|gerealiseerd|gestart|geregeld)\b",
    re.IGNORECASE,
)
# … and then stopped after all ("… is in 2023 ingevoerd en eind 2024 stopgezet")
_STOPPED_LATER = re.compile(
    r"\b(?:stopgezet|gestopt|beëindigd|afgeschaft|afgebouwd|geschrapt|teruggedraaid|vervallen)\b", re.IGNORECASE
)


def _completed(sentence: str) -> bool:
    """*sentence* says its item was carried out (:data:`_COMPLETED`), and not stopped again after that."""
    found = _COMPLETED.search(sentence)
    return found is not None and not _STOPPED_LATER.search(sentence, found.end())


# A heading that says its section holds what is still to be found out or decided ("Wat we nog willen uitzoeken", "Wat
# nog moet worden uitgezocht", "Verkenningen", "Wat open blijft"): what its section commits to is intended, not done.
_INTENT_HEADING = re.compile(
    r"\b(?:willen|wil|gaan|nog)\b.{0,25}\b(?:uitzoeken|onderzoeken|verkennen|bekijken|uit te zoeken|te onderzoeken)\b"
    # "Wat nog moet worden uitgezocht"; not "Ons aanbod nog eens bekeken"
    r"|\bnog\s+(?:moet|moeten|dient|dienen)\b.{0,20}\b(?:uitgezocht|onderzocht|verkend|bekeken)\b"
    r"|\bwat (?:verkennen|onderzoeken|bekijken) (?:wij|we)\b|^[\W\d_]*(?:\d+(?:\.\d+)*\s+)?verkenning(?:en)?\b"
    # … or what is left open or undecided, as the whole heading ("5.3 Wat open blijft", "7.2 Wat nog niet is besloten",
    # "Open punten", "Nog te besluiten"; not "Wat open blijft tijdens de verbouwing", "Wat vorig jaar nog niet geregeld
    # was" or "Open punten …, nu opgelost": a hostile review)
    r"|\bwat\s+(?:nog\s+)?open\s+(?:blijft|staat|ligt)\W*$"
    r"|\bnog\s+niet\s+(?:is\s+|zijn\s+)?(?:besloten|beslist|geregeld|vastgesteld|afgesproken)\W*$"
    r"|\bnog\s+te\s+(?:besluiten|beslissen|regelen|bepalen)\W*$"
    r"|^[\W\d_]*(?:\d+(?:\.\d+)*\s+)?open\s+(?:punten|vragen|eindjes)\W*$",
    re.IGNORECASE,
)


# A heading over the municipality's or the organisation's own staff ("9 Eigen medewerkers", "Personeel en
# organisatie", "Paragraaf bedrijfsvoering"): a facility there is for its employees, not for residents.
_OWN_STAFF_HEADING = re.compile(
    r"^[\W\d_]*(?:paragraaf\s+|hoofdstuk\s+|portefeuille\s+)?(?:[\w-]+\s+(?:van|voor)\s+)?(?:de\s+)?(?:eigen\s+(?:medewerkers|"
    r"personeel|organisatie)|personeelsbeleid|personeel(?:\s+en\s+organisatie)?|bedrijfsvoering|hr-?beleid"
    # the staff of a named organisation ("6 Personeel van het netbedrijf", "Personeel van de uitvoerder")
    r"|personeel\s+van\s+(?:het|de)\s+[\w-]+)\W*$",
    re.IGNORECASE,
)
# … and a heading over the organisation with its staff or its money ("5 Medewerkers en organisatie", "Portefeuille
# financiën en bedrijfsvoering", "3 Financiën en organisatie"), which also holds the budget of what residents get:
# there only a paragraph that names the staff (_STAFF) is about the staff
_MIXED_STAFF_HEADING = re.compile(
    r"^[\W\d_]*(?:paragraaf\s+|hoofdstuk\s+|portefeuille\s+)?(?:medewerkers\s+en\s+(?:organisatie|opleiding|opleidingen"
    r"|scholing|ontwikkeling|training)|organisatie\s+en\s+"
    r"(?:medewerkers|personeel)|(?:financiën|middelen)\s+en\s+(?:bedrijfsvoering|organisatie)|bedrijfsvoering\s+en\s+"
    r"(?:financiën|organisatie))\W*$",
    re.IGNORECASE,
)
# … and one that names the own staff beside something else ("5 Dienstverlening aan inwoners en eigen personeel")
_NAMES_OWN_STAFF = re.compile(r"\beigen\s+(?:personeel|medewerkers)\b", re.IGNORECASE)
_STAFF = re.compile(
    r"\b(?:medewerkers?|personeel|personeelsleden|ambtenaren|collega's|wie bij (?:ons|de gemeente) werkt)\b",
    re.IGNORECASE,
)
# The same by its words, for a heading of staff words only in another order ("7 Medewerkers en bedrijfsvoering"); a
# heading that joins them with the organisation or its money ("Personeel, organisatie en middelen") can be about the
# staff who do the work (a hostile review), so only the patterns above read those
_STAFF_WORDS = frozenset(
    {"medewerkers", "personeel", "personeelsbeleid", "personeelszaken", "bedrijfsvoering", "hr-beleid", "hrm"}
)
_HEADING_JOINERS = frozenset({"en", "de", "het", "onze", "eigen", "&"})
_HEADING_OPENING = re.compile(r"^[\W\d_]*(?:(?:paragraaf|hoofdstuk|portefeuille)\s+)?", re.IGNORECASE)


def _staff_words_only(heading: str) -> bool:
    """Whether *heading* is made only of words of the staff (:data:`_STAFF_WORDS`) and their joiners."""
    words = [
        w for w in re.findall(r"[\w'-]+|&", _HEADING_OPENING.sub("", heading).lower()) if w not in _HEADING_JOINERS
    ]
    return bool(words) and all(w in _STAFF_WORDS for w in words)


# A heading over the college's own reaction to an advice or evaluation ("6 Reactie van het college",
# "Standpunt van het college", "Bestuurlijke reactie"): there the advisory document speaks with the college's voice.
_REACTION_HEADING = re.compile(
    r"\b(?:reactie|standpunt|antwoord|besluit)\s+van\s+(?:het\s+)?(?:college|gemeente|wethouder|burgemeester)\b|"
    r"\bcollegereactie\b|\bbestuurlijke\s+reactie\b",
    re.IGNORECASE,
)


def reaction_section(section_path: tuple[str, ...] | None) -> bool:
    """Whether a heading above a passage says it holds the college's reaction (in an advice, the college's own
    commitments)."""
    return any(_REACTION_HEADING.search(str(h)) for h in section_path or ())


def own_staff_section(section_path: tuple[str, ...] | None, paragraph: str = "") -> bool:
    """Whether a heading above a passage (its section path) is about the body's own staff: the whole heading
    ("9 Eigen medewerkers", "Paragraaf bedrijfsvoering", "Scholing van eigen medewerkers"), not a heading
    that only names staff ("Personeel en organisatie bij werkgevers in de regio"); under a heading over the
    organisation and its staff or money, only a *paragraph* that names the staff."""
    headings = [str(h).strip() for h in section_path or ()]
    if any(_OWN_STAFF_HEADING.match(h) or _staff_words_only(h) for h in headings):
        return True
    return bool(_STAFF.search(paragraph)) and any(
        _MIXED_STAFF_HEADING.match(h) or _NAMES_OWN_STAFF.search(h) for h in headings
    )


def intent_section(section_path: tuple[str, ...] | None) -> bool:
    """Whether the heading right above a passage says its section holds what is still to be found out (not a
    title further up: "Uitvoeringsprogramma na de verkenning Werk en Zorg" commits)."""
    return bool(section_path and _INTENT_HEADING.search(str(section_path[-1])))


# A heading over other municipalities' practice, and only that ("6 Andere gemeenten", "Voorbeelden uit andere
# gemeenten", "Wat doen andere gemeenten?", "Leren van buurgemeenten", "Elders in het land"): what its section tells
# is theirs. Not working with them ("Samenwerking met buurgemeenten", "Gezamenlijke inkoop met vijf andere
# gemeenten": the municipality's own), a comparison ("Anders dan andere gemeenten"), "Elders in de gemeente".
_ELSEWHERE_HEADING = re.compile(
    r"\b(?:andere|omliggende|naburige)\s+(?:\w+\s+)?gemeenten\b|\b(?:buur|vergelijkings|referentie|regio|zuster)gemeenten\b"
    r"|^[\W\d_]*(?:\d+(?:\.\d+)*\s+)?elders\s+in\s+(?:het\s+land|nederland|de\s+regio)\b",
    re.IGNORECASE,
)
# … and about what they do: a comparison, examples, lessons ("Vergelijking met andere gemeenten", "Wat doen
# andere gemeenten?"), or the bare name ("6 Andere gemeenten", "Buurgemeenten in de regio"); not "Nieuwe inwoners
# uit andere gemeenten" or "Verhuizing naar andere gemeenten"
_THEIR_PRACTICE = re.compile(
    r"\b(?:vergelijk\w*|voorbeeld\w*|ervaring\w*|lessen|leren|benchmark\w*|praktijk\w*|inspiratie|wat\s+doen"
    r"|hoe\s+doen|aanpak\s+van|werkwijze\s+van|elders)\b"
    # … or the municipalities that do something ("Buurgemeenten die de aanpak toepassen")
    r"|\b\w*gemeenten\s+die\b"
    # … with the municipalities as the ones who do it ("Wat andere gemeenten doen", "Hoe buurgemeenten het doen")
    r"|\b(?:wat|hoe)\s+(?:\w+\s+){0,2}\w*gemeenten\s+(?:het\s+)?doen\b",
    re.IGNORECASE,
)
_BARE_ELSEWHERE = re.compile(
    r"^[\W\d_]*(?:\d+(?:\.\d+)*\s+)?(?:andere|omliggende|naburige)?\s*(?:\w+)?gemeenten(?:\s+in\s+de\s+regio)?\W*$",
    re.IGNORECASE,
)
# … not working with them or adding our own ("Samenwerking met buurgemeenten", "Gezamenlijke inkoop met vijf
# andere gemeenten", "Andere gemeenten en wij")
_WITH_THEM = re.compile(
    r"\b(?:samen\w*|gezamenlijk\w*|inkoop|afspraken|regionale?|en\s+(?:wij|ons|onze))\b", re.IGNORECASE
)
# (not their own use, "Buurgemeenten die de aanpak toepassen", nor what we lack, "… en wij nog niet")
_OURS_TOO = re.compile(
    r"\b(?:overnemen|overneemt|overgenomen|kiezen|kiest|gekozen|keuze)\b|\ben\s+(?:wat\s+)?(?:wij|we)\b"
    r"(?!\s+(?:nog\s+)?(?:niet|nooit|geen)\b)",
    re.IGNORECASE,
)
_COMPARING_HEADING = re.compile(r"\b(?:dan|als|zoals)\s+(?:\w+\s+)?(?:andere|buur)", re.IGNORECASE)


# A heading over a study's method ("2 Opzet van de analyse", "Onderzoeksopzet", "Werkwijze van het onderzoek"; not a
# bare "Methode", which a plan uses for its own way of working): what
# its section says was split, counted or asked ("De cijfers zijn uitgesplitst naar geslacht, leeftijd …") is how the
# document's own figures were made, no policy (not "Opzet van de pilot", which sets up what is done).
_METHOD_HEADING = re.compile(
    r"^[\W\d_]*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:opzet|werkwijze|aanpak|methode)\s+van\s+(?:het|de|dit|deze)\s+(?:\w+)?"
    r"(?:onderzoek|analyse|peiling|enquête|evaluatie|scan|studie|meting)|onderzoeksopzet|onderzoeksmethode|"
    r"(?:methode|methoden)\s+van\s+(?:het\s+)?onderzoek)\W*$",
    re.IGNORECASE,
)


# A glossary's heading, its numbering aside ("Bijlage Begrippen", "Artikel 1 Begripsbepalingen", "2. Definities",
# "Bijlage B Begrippen en afkortingen"): what stands under it defines words, it does nothing.
_GLOSSARY_HEADING = re.compile(
    r"^[\W\d_]*(?:(?:bijlage|artikel|hoofdstuk|deel|paragraaf)(?:\s+[\w.]*\d[\w.]*|\s+[ivxlcdm]+\b|\s+[a-z]\b)?\W*)?"
    r"(?:lijst\s+van\s+|verklarende\s+)?(?:begrippen(?:lijst)?|begripsbepalingen?|begripsomschrijvingen?|definities"
    r"|woordenlijst|afkortingen(?:lijst)?)(?:\s+en\s+(?:afkortingen|begrippen|definities))?\W*$",
    re.IGNORECASE,
)


# An entry of a glossary: a short term and a colon, dash or "=" before its definition ("Kinderopvangtoeslag: een
# bijdrage …", "a. nazorg – begeleiding na …"), or a definition in words ("Onder nazorg wordt verstaan …").
_ENTRY = re.compile(
    r"^\W*(?:[a-z]{1,3}[.)]\s*)?[^\s:=–—.;]+(?:\s+[^\s:=–—.;]+){0,3}\s*(?::|=|\s[–—-]\s)\s*\S"
    r"|\bwordt\s+(?:hier\s+|in\s+\w+\s+\w+\s+)?verstaan\s+onder\b|\bverstaan\s+we\s+onder\b",
    re.IGNORECASE,
)


def glossary_section(section_path: tuple[str, ...] | None) -> bool:
    """Whether a heading above a passage is a glossary's (``_GLOSSARY_HEADING``)."""
    return any(len(str(h)) <= 60 and _GLOSSARY_HEADING.match(str(h)) for h in section_path or ())


def glossary_entry(section_path: tuple[str, ...] | None, sentence: str) -> bool:
    """*sentence* is an entry of a glossary (:data:`_ENTRY` under :func:`glossary_section`): it defines the measure's
    words ("Kinderopvangtoeslag: een bijdrage van het Rijk …"), it commits to nothing. Running text under such a
    heading ("In dit plan spreken partijen af: …", "Wij vergoeden vanaf 1 januari …") is read as anywhere else."""
    return glossary_section(section_path) and _ENTRY.search(sentence) is not None


def method_section(section_path: tuple[str, ...] | None) -> bool:
    """Whether the heading right above a passage says its section tells how a study was done (``_METHOD_HEADING``)."""
    return section_path is not None and len(section_path) > 0 and bool(_METHOD_HEADING.match(str(section_path[-1])))


def elsewhere_section(section_path: tuple[str, ...] | None) -> bool:
    """Whether the heading right above a passage says its section tells of other municipalities."""
    if not section_path:
        return False
    heading = str(section_path[-1])
    if not _ELSEWHERE_HEADING.search(heading) or _COMPARING_HEADING.search(heading):
        return False
    if _OURS_TOO.search(heading):
        return False  # "Hoe buurgemeenten het doen en wat wij overnemen": the section also holds our own choices
    about = _THEIR_PRACTICE.search(heading)
    bare = _BARE_ELSEWHERE.match(heading)
    return bool(about or bare) and not (_WITH_THEM.search(heading) and not about)


def not_done_section(section_path: tuple[str, ...] | None, sentence: str = "") -> bool:
    """Whether a heading above a passage (its section path) says the section holds what is not done; under rejected
    variants not a heading that also names the choice ("Afgevallen varianten en keuze"), nor a *sentence* that
    chooses ("Wij kiezen daarom voor variant B: …")."""
    if any(
        (_NOT_DONE_BY_US.search(str(h)) and not _ALSO_DONE.search(str(h))) or _LEFT_OUT_HEADING.search(str(h))
        for h in section_path or ()
    ):
        # (a sentence there may turn to what is done, or say the item was carried out; not under rejected
        # variants or open items, whose sentences tell what was dropped or is still to come: a hostile review)
        return not (_CONTRAST.match(sentence) or _TURN.search(sentence) or _completed(sentence))
    for h in section_path or ():
        found = _NOT_DONE_HEADING.search(str(h))
        if found is None:
            continue
        if _REJECTED_OPTIONS.search(found.group(0)) and (_CHOICE.search(str(h)) or _CHOICE.search(sentence)):
            continue
        if _OPEN_ITEMS.search(found.group(0)) and _completed(sentence):
            continue  # an open item carried out after all ("… is in 2025 ingevoerd")
        return True
    return False


_OPEN_ITEMS = re.compile(r"\bopen\s*sta|\bopenstaande\b", re.IGNORECASE)
_REJECTED_OPTIONS = re.compile(r"\b(?:afgevallen|verworpen)\b", re.IGNORECASE)
_CHOICE = re.compile(
    r"\b(?:keuze|gekozen|kiezen|kiest|koos|kozen|voorkeursvariant|voorkeursscenario|voorkeur)\b", re.IGNORECASE
)


# A higher government or national body a municipality lobbies ("het Rijk", "de minister", "Den Haag").
_HIGHER = (
    r"(?:het\s+)?(?:rijk|kabinet|ministerie|parlement)\b|de\s+(?:minister|staatssecretaris|rijksoverheid|provincie"
    r"|tweede\s+kamer|landelijke\s+overheid|wetgever)\b|den\s+haag\b"
)
# A heading over recommendations ("6 Aanbevelingen", "Aanbevelingen voor de volgende periode"): what its
# section lists ("… de monitor voortaan uit te splitsen naar geslacht;") is asked, not done.
# ("4 Conclusies en aanbevelingen" too: its conclusions report, its recommendations ask)
# A lobby's asks of a higher body ("4.2 Onze vragen aan het Rijk", "Wat wij vragen van het Rijk"): asked of
# others, not done. Not questions from someone ("Vragen van de provincie", answered below).
# A tender's wishes ("5 Wensen en gunningscriteria", "Gunningscriteria", a bare "Wensen") are what a bidder may
# offer for points, not what is bought; not the wishes of someone ("3 Wensen van deelnemers": what they want,
# and then what the plan does about it).
_RECOMMENDATIONS_HEADING = re.compile(
    r"^[\W\d_]*(?:\d+(?:\.\d+)*\s+)?(?:(?:(?:conclusies?|bevindingen|analyse)\s+en\s+)?aanbeveling(?:en)?\b|"
    r"wensen(?:\s+en\s+gunningscriteria)?\W*$|gunningscriteria\b|"
    # … or the proposals or advice of others ("3 Voorstellen van de indieners", "Advies van de adviesraad")
    r"(?:voorstel(?:len)?|advie(?:s|zen))\s+(?:van|door)\s+(?:de\s+)?(?:indieners|initiatiefnemers|fracties?|werkgroep"
    r"|adviesraad|cliëntenraad|rekenkamer)\b|"
    r"(?:onze\s+|wat\s+(?:wij|we)\s+)?(?:vragen|verzoeken|wensen|oproep(?:en)?|lobbypunten)\s+(?:aan|richting|voor)\s+"
    rf"(?:{_HIGHER})|wat\s+(?:wij|we)\s+(?:van|aan)\s+(?:{_HIGHER})\s+(?:vragen|verzoeken)\b"
    rf"|wat\s+(?:wij|we)\s+(?:vragen|verzoeken)\s+van\s+(?:{_HIGHER})|wat\s+(?:wij|we)\s+(?:{_HIGHER})\s+(?:vragen|verzoeken)\b)",
    re.IGNORECASE,
)
# … unless it reports what became of them ("Aanbevelingen van de rekenkamer: stand van zaken")
_FOLLOW_UP = re.compile(
    r"\b(?:stand van zaken|opvolging|voortgang|uitvoering|reactie|wat (?:is|wordt) er)", re.IGNORECASE
)


def recommendations_section(section_path: tuple[str, ...] | None) -> bool:
    """Whether the heading right above a passage says its section holds recommendations (not what became of
    them)."""
    if not section_path:
        return False
    heading = str(section_path[-1])
    return bool(_RECOMMENDATIONS_HEADING.search(heading)) and not _FOLLOW_UP.search(heading)


# How many list items back a request's opening line may stand ("verzoekt het college:" and five items).
REQUEST_ITEMS = 12
# A line that ends with one of these, or opens with a number or bullet, is an item of a list.
_ITEM_END = (";", ",")
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}[.)]?|[a-z][.)]|[-•*–])\s")


def requested_item(parsed: list[ParsedPassage], i: int) -> bool:
    """Whether passage *i* is an item of a list that a line ending in a colon asks of someone ("verzoekt
    het college:", "De adviesraad adviseert:", "roept het college op:"): the items are requests, not
    commitments. The items between may be list items, lines ending in ";" or "," or numbered lines."""
    if not _item(parsed[i]):
        return False
    for j in range(i - 1, max(-1, i - 1 - REQUEST_ITEMS), -1):
        pp = parsed[j]
        text = pp.passage.text.strip()
        if pp.passage.kind == "heading":
            return False
        if text.endswith(":"):
            return _asks(pp)
        if not _item(pp):
            return False
    return False


# A decision that lists what it decides in the same paragraph ("Het college besluit: 1. …; 2. dat …"), and the
# numbers or letters that open its items.
_DECISION_OPENER = re.compile(r"\b(?:besluit|besluiten|heeft\s+besloten|hebben\s+besloten)\s*:", re.IGNORECASE)
_ENUMERATED = re.compile(r"^\s*(?:\d{1,2}|[a-h])[.)]\s")
_ENUMERATOR_END = re.compile(r"(?:^|\s)(?:\d{1,2}|[a-h])[.)]\s*$")


def decided_item(pp: ParsedPassage, index: int) -> bool:
    """Sentence *index* of *pp* is an item of a decision listed in the same paragraph ("Besluit. Het college
    besluit: 1. het dashboard vast te stellen; 2. dat het dashboard … apart het aantal vrouwen en het aantal mannen
    laat zien"): a number or letter opens it (the sentencizer often leaves "2." at the end of the sentence
    before), and so the sentences between it and the decision."""
    sents = pp.sentences()
    if not 0 < index < len(sents):
        return False
    if not (_ENUMERATED.match(sents[index].text) or _ENUMERATOR_END.search(sents[index - 1].text)):
        return False
    for j in range(index - 1, -1, -1):
        text = sents[j].text
        if _DECISION_OPENER.search(text):
            return True
        if not (_ENUMERATED.match(text) or _ENUMERATOR_END.search(text)):
            return False
    return False


# A paragraph headed by a run-in "Voorstel." of a record of decisions: what it proposes is decided (or not) in the
# "Besluit." paragraph after it.
_PROPOSAL_LABEL = re.compile(r"^\s*voorstel\s*[.:]\s", re.IGNORECASE)


def proposal_paragraph(pp: ParsedPassage) -> bool:
    """Whether *pp* is the proposal of a decision ("Voorstel. Kosteloze opvang bieden voor de kinderen …")."""
    return bool(_PROPOSAL_LABEL.match(pp.passage.text))


# The decision after a proposal that takes it as it is ("Besluit. Het overleg stemt in.", "Besluit. Conform
# voorstel.", "Besluit. Het college neemt het voorstel over."), in its first sentence.
_DECISION_LABEL = re.compile(r"^\s*besluit\s*[.:]\s", re.IGNORECASE)
_AGREES = re.compile(
    r"\b(?:stemt|stemmen)\s+(?:er\s+)?(?:mee\s+)?in\b|\bneemt\s+het\s+voorstel\s+(?:over|aan)\b|\bgaat\s+akkoord\b|"
    r"\bconform\b",
    re.IGNORECASE,
)


def proposal_adopted(parsed: list[ParsedPassage], index: int) -> Span | None:
    """The first sentence of the "Besluit." paragraph right after proposal paragraph *index* when it takes the
    proposal as it is ("Voorstel. Alle klantregisseurs volgen de scholing … / Besluit. Het overleg stemt in."),
    with no negation or change in it ("stemt niet in", "stemt in met een kleinere groep")."""
    after = next((pp for pp in parsed[index + 1 : index + 3] if pp.passage.text.strip()), None)
    if after is None or after.passage.kind != "paragraph" or not _DECISION_LABEL.match(after.passage.text):
        return None
    sents = after.sentences()
    first = sents[1] if len(sents) > 1 and len(sents[0]) <= 3 else sents[0]  # "Besluit." may stand as a sentence
    if _AGREES.search(first.text) and not _NOT_AS_IT_IS.search(after.passage.text):
        return first
    return None


# A decision that changes, puts off or conditions the proposal ("stemt in met een kleinere groep", "… aan te
# houden", "onder voorbehoud", "stemt in met het voorstel om dit eerst te onderzoeken"), anywhere in its paragraph.
_NOT_AS_IT_IS = re.compile(
    r"\b(?:niet|geen|behalve|uitgezonderd|met uitzondering|met een|voorbehoud|aangehouden|aan te houden|aanhouden|"
    r"uitgesteld|uit te stellen|onderzoeken|onderzocht|eerst|later|verkennen|heroverwegen|mits|tenzij)\b",
    re.IGNORECASE,
)


# How many words before the colon the request may end ("verzoekt het college:", "draagt het college op:").
REQUEST_REACH = 4
# A decision or the body's own account before the colon: the items are what it does ("Het college besluit:",
# "Wij hebben besloten:", "Wat wij met de aanbevelingen doen:").
_DECIDES = re.compile(r"\b(?:besluit|besluiten|besloot|besloten|doen|doet|deden|gedaan|organiseren|voeren)\b", re.I)


def _asks(pp: ParsedPassage) -> bool:
    """The line ending in a colon asks the items of someone: a request or advice word among its last words
    (the motion's "verzoekt het college:"), and no decision of the body's own in that sentence."""
    sents = list(pp.doc.sents)
    last = sents[-1] if sents else None
    if last is None or _DECIDES.search(last.text):
        return False
    end = last.end - 1  # the colon
    return any(e >= end - REQUEST_REACH for _, e in pp.hits.get(evidence_key(RECOMMENDATION), last))


def _item(pp: ParsedPassage) -> bool:
    text = pp.passage.text.strip()
    return pp.passage.kind == "list_item" or text.endswith(_ITEM_END) or bool(_ITEM_START.match(text))


def section_commitment(
    parsed: list[ParsedPassage], heading: int, own: str | None = None, measure: Measure | None = None
) -> tuple[ParsedPassage, Span] | None:
    """The first sentence that commits to something in the section under the heading ``parsed[heading]``.

    A section titled after a measure ("4.5 Nazorg") commits to the measure
    when its text commits to anything, also where its sentences do not repeat
    the measure's name ("Na plaatsing blijft de jobcoach een jaar beschikbaar").
    The first sentence with a cue of any kind decides: a section that opens by
    exploring, lacking or recommending the measure ("We onderzoeken of …") does not
    commit to it through a later sentence about something else; and a shortage further
    on ("… is per 2024 afgeschaft", "geen opvang beschikbaar") undoes the commitment."""
    found: tuple[ParsedPassage, Span] | None = None
    for pp in parsed[heading + 1 :]:
        if pp.passage.kind in _NOT_PROSE:
            if pp.passage.kind == "heading":
                break
            continue
        for sent in pp.doc.sents:
            verdict = _first_cue(pp, sent, found is None, own, measure)
            if verdict is False:
                return None
            if verdict is True:
                found = pp, sent
    return found


def caption(sent: Span) -> bool:
    """Whether *sent* is the caption of a table or figure (``_CAPTION``)."""
    return bool(_CAPTION.match(sent.text))


def caption_commitment(parsed: list[ParsedPassage], index: int, own: str | None = None) -> Span | None:
    """The first row of the table under the caption ``parsed[index]`` that commits plainly ("Tabel 3 Afspraken na
    plaatsing" over "Vast aanspreekpunt voor de werkgever | één contactpersoon | ingevoerd per 1 maart 2037"): the
    caption names the measure, the table's rows commit to it. Rows
    of figures alone commit to nothing ("Tabel 2 Casussen naar geslacht" over "B1-route | 14 | 19 | 33"), nor does the
    header row."""
    for n, pp in enumerate(parsed[index + 1 :]):
        if pp.passage.kind != "table_cell":
            return None
        if n == 0:
            continue  # the header row ("Afspraak | Inhoud | Stand") names columns
        for row in pp.doc.sents:
            if not _FIGURES_ROW.match(row.text) and _commits_plainly(pp.hits, row, own):
                return row
    return None


# A row of figures: a label and numbers only ("Gestart met een traject | 148 | 231"); its verb counts, it commits to
# nothing.
_FIGURES_ROW = re.compile(r"^[^|]*(?:\|[\s\d.,%€+\-–—/]*)+$")


def _denies_doing(sent: Span) -> bool:
    """The main verb of *sent* is one of doing, taking up or carrying on, and negated ("Die is niet in de agenda
    opgenomen", "Dat gebeurt niet"); not a negated quality or need ("Dat is geen luxe", "… is niet minder
    belangrijk", "Daarvoor is geen nieuw beleid nodig", "Dit is niet alleen een zaak van moeders") nor a negated
    ending ("Die stopt niet bij de eerste werkdag": it goes on). Without a parse, any negation (a hostile review)."""
    root = _parse_root(sent)
    return root is None or (_lemma_in(root, _DOING) and _negated(root))


# Verbs of doing, taking up, carrying out or carrying on, and of standing in a plan ("Die staat niet in het plan")
_DOING = frozenset(
    {
        "opnemen", "gebeuren", "komen", "doorgaan", "uitvoeren", "regelen", "bieden", "aanbieden", "overnemen",
        "vergoeden", "financieren", "invoeren", "starten", "betalen", "inzetten", "organiseren", "doen", "krijgen",
        "geven", "voortzetten", "realiseren", "oppakken", "honoreren", "toekennen", "verstrekken", "verlengen",
        "staan", "staat", "zitten",  # ("staat": simplemma reads the noun)
    }
)  # fmt: skip


# A sentence that opens by pointing back to what was just said ("Die is niet …", "Dat gebeurt niet").
_POINTS_BACK = re.compile(r"^\W*(?:die|dit|dat|deze|daarvoor|daar)\b", re.IGNORECASE)


_ENDING = frozenset({"eindigen", "stoppen", "ophouden", "aflopen"})


def _help_ends(sent: Span) -> bool:
    """The sentence's main verb says that something ends ("Het traject eindigt zodra …", "De begeleiding stopt bij
    de plaatsing"), not negated ("stopt niet"): under a heading named after a measure, the help it names ends, and
    a cue in its clause of time ("zodra … heeft getekend") commits to nothing."""
    root = _parse_root(sent)
    return (
        root is not None
        and root.pos_ == "VERB"
        and _lemma_in(root, _ENDING)
        and not any(c.lower_ in _NEGATIONS for c in root.children)
    )


def _first_cue(
    pp: ParsedPassage, sent: Span, looking: bool, own: str | None, measure: Measure | None = None
) -> bool | None:
    """One sentence of a section named after a measure: True when it is the section's commitment
    (*looking*: none found yet), False when it ends the search (an intent, shortage or recommendation
    first, or the measure in another sense: "vergoed via de kinderopvangtoeslag"; or, after the
    commitment, a sentence that says the measure was ended), else None."""
    if looking:
        if measure is not None and (
            pp.hits.any(other_sense_key(measure.id), sent) or pp.hits.any(unless_key(measure.rule.id), sent)
        ):
            return False  # (… or what the measure's own words rule out: "een eenmalig adviesgesprek")
        if proposal_paragraph(pp):
            return None  # "Voorstel. Kosteloze opvang bieden …": the "Besluit." paragraph after it decides
        if any(_self_arranged(v) for v in _cue_words(pp.hits, sent) if v is not None):
            return False  # "Is er opvang?" answered by "Ouders regelen zelf opvang": no facility
        if _help_ends(sent):
            return False  # "3.3 Na de plaatsing / Het traject eindigt zodra … heeft getekend": no help after it
        if _commits_plainly(pp.hits, sent, own):
            return True
        others = (evidence_key(k) for k in (OTHER_SENSE, SHORTAGE, RECOMMENDATION, INTENT))
        # (… or a negation of what came before: "Kinderopvang. Een vergoeding … is besproken. Die is niet in de
        # agenda opgenomen."; not the measure's own "geen": "inwoners die geen uitkering hebben")
        negated = pp.hits.any(STANCE_NEGATION, sent) and bool(_POINTS_BACK.match(sent.text)) and _denies_doing(sent)
        return False if negated or any(pp.hits.any(k, sent) for k in others) else None
    return False if _ENDED.search(sent.text) else None


# The opening of a sentence that commits to what the sentence before it described ("… tussen 9.00 en 14.30
# uur, zodat … Dit is vastgelegd in de opdracht aan Taalkracht.").
_LAID_DOWN = re.compile(
    r"^\s*(?:dit|dat|deze\s+(?:afspraak|afspraken|werkwijze|aanpak)|die\s+(?:afspraak|afspraken))\s+"
    r"(?:(?:is|zijn|wordt|worden)\s+(?:\w+\s+){0,4}?(?:vastgelegd|afgesproken|geregeld|opgenomen|vastgesteld|"
    r"overeengekomen)\b|(?:staat|staan)\s+(?:\w+\s+){0,2}?in\s+(?:de|het)\s+(?:\w+)?(?:opdracht|contract|overeenkomst|"
    r"convenant|subsidiebeschikking)\b)",
    re.IGNORECASE,
)


LAID_DOWN_REACH = 2
"""Sentences after a description in which "Dit is vastgelegd …" may follow (the arrangement can take two)."""


def laid_down_after(pp: ParsedPassage, index: int, own: str | None) -> Span | None:
    """A sentence of the next LAID_DOWN_REACH of *pp* after sentence *index* that lays down or funds what was
    described ("Dit is vastgelegd in het contract met …", "De gemeente verstrekt hiervoor subsidie"): a plain
    commitment of the document, naming no law."""
    sents = pp.sentences()
    name = _subject_name(sents[index])
    for after in sents[index + 1 : index + 1 + LAID_DOWN_REACH]:
        if name and _funded_by_us(after, name, own):
            # the organisation or programme the sentence before described, funded by name ("Het Kamillehuis is
            # een inloop voor vrouwen … Het college heeft het Kamillehuis een subsidie verleend …"), with the
            # municipality as the one who funds: not a fund, nor the organisation asking or paying (two reviews)
            funds = _FUNDING.search(after.text) or _GRANT.search(after.text)
        else:
            funds = _FOR_THIS.search(after.text) and _FUNDING.search(after.text)
        if (_LAID_DOWN.match(after.text) or funds) and not _NAMES_A_LAW.search(after.text):
            return after if _commits_plainly(pp.hits, after, own) else None
    return None


# A scheme's opening statement of whom it is for ("De regeling geldt voor ieder huishouden …", "De pas is voor ieder
# huishouden …"): the sentences right after it that say on what terms ("Het maakt niet uit waar het inkomen vandaan
# komt", "Een uitkering is niet nodig") state the scheme, as it does.
_SCHEME_FOR_ALL = re.compile(
    r"\b(?:de|deze|onze)\s+(?:regeling|pas|kortingspas|stadspas|aanbod|route|fonds|hulp)\s+(?:geldt|is|staat\s+open)"
    r"\s+voor\s+(?:ieder|iedere|elk|elke|alle)\b",
    re.IGNORECASE,
)
_IT_DOES_NOT_MATTER = re.compile(r"\bmaakt\s+(?:het\s+)?niet\s+uit\b")
"""("Het maakt niet uit waar het inkomen vandaan komt" says no condition, it denies none.)"""
SCHEME_REACH = 2
"""How many sentences after a scheme's opening statement say its terms."""


def scheme_terms(pp: ParsedPassage, index: int, own: str | None) -> Span | None:
    """The sentence within SCHEME_REACH before sentence *index* of *pp* that opens a scheme for everyone
    (:data:`_SCHEME_FOR_ALL`) and commits plainly, when sentence *index* says on what terms."""
    sents = pp.sentences()
    words = _IT_DOES_NOT_MATTER.sub(" ", sents[index].text.lower()).split()
    if any(w.strip(".,;:") in (*_NEGATIONS, "buiten", "zelf") for w in words):
        return None  # "Inwoners zonder uitkering vallen er niet onder", "Kinderopvang regelen zij zelf"
    for before in reversed(sents[max(0, index - SCHEME_REACH) : index]):
        if _SCHEME_FOR_ALL.search(before.text):
            return before if _commits_plainly(pp.hits, before, own) else None
    return None


# A sentence that funds or arranges what the one before described ("De gemeente verstrekt hiervoor een
# meerjarige subsidie").
_FOR_THIS = re.compile(r"\b(?:hiervoor|daarvoor|hiertoe|daartoe)\b", re.IGNORECASE)
# … with a verb of giving money, not of receiving it ("de gemeente … ontvangt daarvoor een uitkering")
_FUNDING = re.compile(
    r"\b(?:verstrek\w*|betaal\w*|financier\w*|subsidieer\w*|subsidiëren|reserveer\w*|investeer\w*|uitgetrokken)\b",
    re.IGNORECASE,
)


# … or that grants it a subsidy by its name
_GRANT = re.compile(r"\bsubsidie\w*\b", re.IGNORECASE)


def signed_with_named(pp: ParsedPassage, index: int) -> Span | None:
    """A sentence of *pp* within LAID_DOWN_REACH of sentence *index* (before or after it) that reports an
    agreement signed with the organisation sentence *index* describes by its name ("De samenwerkingsovereenkomst
    met Stichting Varenkamp is op 1 maart ondertekend. Varenkamp is een organisatie van en voor vrouwen …"): the
    description says what the organisation is, the other sentence what the body agreed with it."""
    sents = pp.sentences()
    # the subject's capitalised words, its name's other words too ("Stichting Duizendschoon is een …": the parser
    # may make either the subject); the parser may read an unknown name as a noun: then the other sentence must
    # have it capitalised inside it, where only a name is
    names: set[str] = set()
    last = ""  # the name's last word ("Rozenperk" of "Vrouwenvereniging Het Rozenperk"), which the other must hold
    for t in sents[index]:
        p = token_syntax(t)
        if p is None or p.dep_ not in _SUBJECTS or p.pos_ == "PRON":
            continue
        words = [w for w in p.subtree if len(w.text) >= 3 and w.text[0].isupper() and w.i <= p.i + 3]
        names |= {w.text for w in words}
        last = max(words, key=lambda w: w.i).text if words else last
    names -= _NOT_A_NAME
    # (an organisation of and for women and men is no women's organisation)
    if not names or _MIXED.search(sents[index].text):
        return None
    # … or the kind of body the description calls it ("… is een vereniging van en voor vrouwen. De gemeente heeft
    # een subsidieovereenkomst met de vereniging getekend"), after it only
    described = _DESCRIBED_AS.search(sents[index].text) is not None
    after = sents[index + 1 : index + 1 + LAID_DOWN_REACH + 1]
    near = [*sents[max(0, index - LAID_DOWN_REACH) : index], *after]
    doc = sents[index].doc
    for other in near:
        # the name's last word, not followed by another capitalised word ("De Pauw" is not "De Pauw Boys")
        found = [t for t in other if t.text in names and t.i > other.start]
        # (nor preceded by one where the description gave a name of more words: "Vooruit" of "Mannen Vooruit" for
        # "Stichting Vrouwen Vooruit"; a short form may stand for a longer name: "Kleurrijk Kwartier")
        named = (last in names and last in {t.text for t in found}) and not any(
            (t.i + 1 < other.end and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].text not in names)
            or (
                len(names) > 1
                and t.i - 1 > other.start
                and doc[t.i - 1].text[:1].isupper()
                and doc[t.i - 1].text not in names | _NOT_A_NAME
            )
            for t in found
        )
        # … or the kind of body the description called it, with no other name or body after it ("met de
        # vereniging", not "met de stichting Humanitas" or "de vereniging voor vaders")
        if not named and not (described and other.start > sents[index].start and _KIND_AGAIN.search(other.text)):
            continue
        if _NOT_SIGNED.search(other.text) or _NOT_GRANTED.search(other.text) or _OTHER_FUNDER.search(other.text):
            continue
        if _SIGNED_AGREEMENT.search(other.text) and _SIGNED_BY_US.search(other.text):
            return other
        if _GRANTED.search(other.text):
            return other
    return None


# Capitalised words that open a sentence or name no organisation.
_NOT_A_NAME = frozenset({"De", "Het", "Een", "Deze", "Die", "Dit", "Dat", "Zij", "Wij", "Stichting", "Vereniging"})
# A description that calls the organisation a kind of body ("… is een vereniging van en voor vrouwen"): a sentence
# after it may name it by any kind of body (``_KIND_AGAIN``: "met de stichting").
_DESCRIBED_AS = re.compile(
    r"\b(?:is|zijn)\s+een\s+(?:vereniging|stichting|organisatie|zelforganisatie|coöperatie|netwerk|collectief)\b",
    re.IGNORECASE,
)
# A subsidy granted or continued ("De subsidie aan Het Kantwerk wordt voortgezet; de beschikking is verleend", "De
# gemeente verstrekt de stichting een subsidie").
_GRANTED = re.compile(
    r"\bsubsidie\w*\b[^.;]{0,80}?\b(?:verleend|toegekend|voortgezet|verstrekt|verlengd)\b"
    r"|\bbeschikking\b[^.;]{0,60}?\bverleend\b"
    r"|\b(?:verstrekt|verstrekken|verleent|verlenen|kent|kennen)\b[^.;]{0,60}?\bsubsidie",
    re.IGNORECASE,
)
# The organisation named again by a kind of body, with no other name or body after it ("met de stichting", "de
# vereniging voor 2027"; not "de stichting Humanitas", "de vereniging voor vaders", "de organisatie achter …").
_KIND_AGAIN = re.compile(
    r"(?i:\b(?:de|het|deze|die)\s+(?:vereniging|stichting|organisatie|zelforganisatie|coöperatie|netwerk|collectief))"
    r"\b(?!\s+(?:[A-Z]|(?i:van|achter|uit)\b|(?i:voor)\s+(?!\d)))"
)
# An organisation of and for both sexes.
_MIXED = re.compile(r"\b(?:vrouwen en mannen|mannen en vrouwen)\b", re.IGNORECASE)
# … not one refused, ended or still to be decided ("wordt niet voortgezet", "kan worden verlengd")
# (nor one told as past, hoped for or under a condition: "werd in 2019 voor het laatst verleend", "mits …",
# "onder voorbehoud", "hoopt dat de subsidie wordt voortgezet")
_NOT_GRANTED = re.compile(
    r"\b(?:niet|geen|zou|zouden|wil|willen|kan|kunnen|moet|moeten|mits|indien|als)\b[^.;]{0,60}?"
    r"\b(?:verleend|toegekend|voortgezet|verstrekt|verlengd)\b|\b(?:stopt|beëindigd|ingetrokken|afgewezen)\b"
    r"|\b(?:werd|werden|had|hadden|was|waren|vorige|destijds|vroeger|voorheen|laatst|voorwaarde|mits|voorbehoud|"
    r"voorlopig|hoopt|hopen|hoop)\b",
    re.IGNORECASE,
)
# … by a funder other than the body ("De provincie verleent …", "het fonds")
_OTHER_FUNDER = re.compile(
    r"\b(?:provincie|rijk|ministerie|\w*fonds|europese|eu|\w*corporatie|uwv|moskee|kerk|bank)\b", re.IGNORECASE
)


# Agreements that bind no one to the organisation's work: a lease, an employment, sale or confidentiality contract.
_NOT_AN_AGREEMENT = r"(?!(?:huur|arbeids|koop|pacht|lease|geheimhoudings)overeenkomst)"
# An agreement signed ("de samenwerkingsovereenkomst … is ondertekend", "hebben … een convenant gesloten").
_SIGNED_AGREEMENT = re.compile(
    rf"\b{_NOT_AN_AGREEMENT}\w*(?:overeenkomst|convenant|"
    r"samenwerkingsafspraken)\b[^.;]{0,120}?\b(?:ondertekend|getekend|gesloten|aangegaan)\b"
    # (… or the verb first: "tekende de wethouder de samenwerkingsovereenkomst met het collectief")
    r"|\b(?:tekende|tekenden|ondertekende|ondertekenden|sloot|sloten|tekent|tekenen|ondertekent|sluit|sluiten)\b"
    rf"[^.;]{{0,80}}?\b{_NOT_AN_AGREEMENT}\w*(?:overeenkomst|convenant)\b",
    re.IGNORECASE,
)
# … not one still to be signed, or not signed ("zal … worden ondertekend zodra", "is nog niet getekend")
_NOT_SIGNED = re.compile(
    r"\b(?:niet|nog|zodra|zou|zouden|willen|wil|kan|kunnen|moet|moeten|zal|zullen|binnenkort)\b[^.;]{0,100}?"
    r"\b(?:ondertekend|getekend|gesloten|aangegaan)\b"
    r"|\b(?:opgezegd|beëindigd|ontbonden|verlopen|afgelopen|ingetrokken)\b",
    re.IGNORECASE,
)
# … signed by the body or for it ("door de drie wethouders", "namens het college", "hebben wij … getekend")
_SIGNED_BY_US = re.compile(r"\b(?:gemeenten?|college|wethouders?|burgemeester|wij|we|namens|ons|onze)\b", re.IGNORECASE)


def _subject_name(sent: Span) -> set[str]:
    """The words of the name that is the subject of *sent* (proper nouns in the parse: "Het Kamillehuis is …",
    "Vrouwencentrum De Pauw is …"), or none."""
    names = set()
    for t in sent:
        p = token_syntax(t)
        if p is None or p.pos_ != "PROPN" or len(t.text) < 3:
            continue
        if p.dep_ in _SUBJECTS or (p.dep_ in ("flat", "appos") and p.head.dep_ in _SUBJECTS):
            names.add(t.text)
    return names


def _funded_by_us(sent: Span, names: set[str], own: str | None) -> bool:
    """A word of *names* stands in *sent*, whose first subject is the municipality ("Het college heeft het
    Kamillehuis een subsidie verleend", "Wij financieren De Pauw"; not "Het Oranjefonds financiert …", "Het
    bestuur van het Lindehuis vraagt subsidie aan", "Het Kamillehuis ontvangt …")."""
    first = next((t for t in sent if (p := token_syntax(t)) is not None and p.dep_ in _SUBJECTS), None)
    # the municipality, its college or "wij" (the words of _WITH_US), or its own name, as the whole subject word
    if first is None or not (_WITH_US.fullmatch(first.lower_) or (own is not None and first.lower_ == own.lower())):
        return False
    return any(t.text in names and t.i != first.i for t in sent)


# A run-in heading: a paragraph that opens with a few words and a full stop or colon, then its text
# ("Kinderopvang. Inburgeraars met kinderen ... De gemeente regelt de plaats en betaalt de kosten.").
RUN_IN_WORDS = 6


def run_in_heading(pp: ParsedPassage, sent: Span) -> bool:
    """Whether *sent* is the run-in heading of its paragraph: its first sentence, at most RUN_IN_WORDS
    words ending in "." or ":", no verb (with a parse), and more text after it."""
    sents = pp.sentences()
    if pp.passage.kind != "paragraph" or len(sents) < 2 or sents[0].start != sent.start:
        return False
    words = [t for t in sent if not t.is_punct]
    if not words or len(words) > RUN_IN_WORDS or sent[-1].text not in (".", ":"):
        return False
    parsed = [token_syntax(t) for t in words]
    return not any(p is not None and p.pos_ in ("VERB", "AUX") for p in parsed)


def run_in_commitment(pp: ParsedPassage, own: str | None = None, measure: Measure | None = None) -> Span | None:
    """The commitment of a paragraph under a run-in heading that names a measure, read as a section
    of its own (:func:`section_commitment`): its first sentence with a cue decides."""
    found = None
    for sent in pp.sentences()[1:]:
        verdict = _first_cue(pp, sent, found is None, own, measure)
        if verdict is False:
            return None
        if verdict is True:
            found = sent
    return found
