"""Generic masculine: a person noun referred back to by hij / zijn / hem.

The antecedent (``de werkzoekende``, ``de klant``) must be singular and come
before the pronoun, in the same sentence or the one before it. No finding
when the text names a man there (``de heer``, ``vader``: then the pronoun is
right), when the pronoun is paired with a feminine one (``hij of zij``,
``zijn/haar``), or when ``zijn`` is the verb rather than the possessive.

With a syntax model (the default pipeline) the parse decides the rest:
*zijn* is the possessive when the parser says so and the next word does not
rule it out (``zijn verkregen``, ``zijn er``); the pronoun's antecedent
(:mod:`.coref`) must be the rule's person noun, not an institution (``het
college … naar zijn oordeel``), a thing, a neuter noun (``ieder lid … zijn``),
a plural or a man. Nor is one person who told something ("Een deelnemer
vertelde dat hij …"). An antecedent that the text shows to be an organisation
(the pattern's ``organisation`` terms in its sentence or the one before:
``subsidie``, ``stichting``) gives no finding either. With ``--model blank``
word windows decide: the nearest antecedent before the pronoun, unless a
neuter noun phrase (``het bedrijf en zijn``) stands closer to ``zijn``.
"""

from __future__ import annotations

import re

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..lexicon.keys import ANAPHORA_PREFIX, MASCULINE
from ..lexicon.schema import AnaphoraPattern, Antecedents
from ..nlp import lemma_of
from ..syntax import has_syntax, syntax_offset, token_syntax
from .coref import (
    NEUTER,
    PERSON,
    THING,
    Mention,
    WordClass,
    antecedent,
    article_paragraph,
    body_before,
    bound_to,
    het_person,
    men_named,
    word_class,
)
from .matching import Hits
from .second_opinion import probabilities

FEMININE = {"zij", "ze", "haar", "hen", "zijzelf"}
PAIRING = {"of", "/", "en", "dan", "wel"}
NEUTER_DETERMINERS = {"het", "dit", "elk", "ieder", "welk"}
COORDINATION = {"en", "of", ","}
# Words after which ``zijn`` is the verb: function words, and adjectives that
# follow the verb "zijn" in policy texts (bereid zijn, verplicht zijn …).
NOT_A_POSSESSED_WORD = {
    "er",
    "niet",
    "geen",
    "ook",
    "al",
    "nog",
    "wel",
    "dan",
    "nu",
    "daar",
    "hier",
    "daarom",
    "zo",
    "dus",
    "de",
    "het",
    "een",
    "die",
    "dat",
    "dit",
    "deze",
    "wie",
    "wat",
    "om",
    "te",
    "en",
    "of",
    "maar",
    "als",
    "in",
    "op",
    "aan",
    "bij",
    "voor",
    "met",
    "van",
    "uit",
    "tot",
    "naar",
    "over",
    "door",
    "onder",
    "na",
    "erg",
    "zeer",
    "heel",
    "vaak",
    "altijd",
    "soms",
    "meestal",
    "nooit",
    "echter",
    "immers",
    # "zijn wij bereikbaar", "zijn zij verplicht": a personal pronoun after it is the subject of the verb
    "wij",
    "we",
    "zij",
    "ze",
    "u",
    "jullie",
    "hij",
    "wellicht",
    "bereid",
    "verplicht",
    "welkom",
    "tevreden",
    "blij",
    "bekend",
    "beschikbaar",
    "afhankelijk",
    "verantwoordelijk",
    "actief",
    "nodig",
    "mogelijk",
    "moeilijk",
    "belangrijk",
    "duidelijk",
    "zelf",
    "zelfstandig",
    "werkzaam",
    "woonachtig",
    "ingeschreven",
    "aangewezen",
    "gehouden",
    "gebonden",
    "gerechtigd",
    "bevoegd",
    "voldoende",
    "gemotiveerd",
    "geweest",
    "gebleken",
    "gebleven",
    "geworden",
    "staat",
    "gericht",
    "in staat",
    "toegestaan",
    "uitgesloten",
    "vrijgesteld",
    "geschikt",
    "ongeschikt",
}
# Nouns for a partner or a household: after "en zijn" or "of zijn" it is the possessive, also where the parse
# tags the noun as an adjective ("de klant en zijn echtgenote samen": ADJ, head "samen"); not after a subject
# ("De inwoner en de consulent zijn partner bij …": the verb).
PARTNER_WORDS = frozenset({"partner", "echtgenote", "echtgenoot", "vrouw", "gezin", "huishouden", "werkgever"})
# After these, ``zijn`` is the verb: "te zijn", "er zijn", "ze zijn verkregen", "negen van hen zijn moeders".
VERB_BEFORE = frozenset({"te", "er", "we", "wij", "jullie", "ze", "zij", "hen"})
# Before these, ``zijn`` is the possessive ("van zijn", "naar zijn oordeel"), whatever the parse says.
PREPOSITIONS = frozenset(
    "aan bij binnen buiten door in jegens krachtens langs met na naar namens om omtrent onder ondanks op over "
    "per sinds tegen tijdens tot tussen uit van vanwege via volgens voor wegens zonder".split()
)
_PARTICIPLE = re.compile(r"^ge\w{3,}(?:[dt])$")


def _possessive_by_words(tok: Token) -> bool:
    """Heuristic: ``zijn`` followed by what it possesses, not the verb."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in VERB_BEFORE:
        return False
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    word = nxt.lower_
    # a word that opens with a letter: hyphenated ones too ("zijn VCA-diploma", "zijn Bbz-uitkering"), not a
    # figure ("In 2024 zijn 5 aanvragen ingediend")
    if not nxt.text[:1].isalpha() or word in NOT_A_POSSESSED_WORD:
        return False
    if _PARTICIPLE.match(word) and not word.endswith("heid"):
        return False
    lemma = lemma_of(word)
    return not (word[-1] in "dt" and lemma != word and lemma.endswith("en"))


# Finite modals that need an infinitive: when the clause has no other bare infinitive, "zijn" is it
# ("De klant moet bereid zijn passende arbeid te aanvaarden").
MODALS = frozenset("moet moeten kan kunnen mag mogen zal zullen wil willen hoeft hoeven".split())
_CLAUSE_END = frozenset(",;:.!?")
SUPERLATIVE_IDIOMS = frozenset("minst meest vroegst laatst hoogst snelst langst vaakst".split())
# Predicates of "zijn" that the parse may not read as adjectives.
PREDICATES = frozenset("bereid verplicht welkom aanwezig beschikbaar gerechtigd bevoegd gehouden staat".split())
# Words that open another clause: the modal before one belongs to another verb.
_SUBORDINATORS = frozenset("dat die wat om of omdat als wanneer zodat waarbij waarin waardoor indien terwijl".split())


def _finite_before(tok: Token) -> bool:
    """The word before *tok* is a finite verb by its Alpino tag (``WW|pv``): a clause has one, so ``zijn`` right
    after it is no second finite verb ("Wie het erf betreedt, zet zijn laarzen …"; a modal's infinitive "zijn"
    is followed by a participle or an adjective, which the caller's word test has ruled out)."""
    x = token_syntax(tok.doc[tok.i - 1])
    return x is not None and x.tag_.startswith("WW|pv") and tok.doc[tok.i - 1].lower_ != "zijn"


def _modal_infinitive(tok: Token) -> bool:
    """``zijn`` is the infinitive a finite modal earlier in its clause needs: no other bare infinitive
    (one not after "te") stands in the clause after it."""
    doc = tok.doc
    if tok.i == 0:
        return False
    before = doc[tok.i - 1]
    parsed = token_syntax(before)
    if not (
        (parsed is not None and parsed.pos_ == "ADJ") or _PARTICIPLE.match(before.lower_) or before.lower_ in PREDICATES
    ):
        return False  # "bereid zijn", "aanwezig zijn", "gebleken zijn": a predicate stands right before the verb
    i = tok.i - 1
    while i >= 0 and doc[i].text not in _CLAUSE_END and doc[i].lower_ not in _SUBORDINATORS:
        if doc[i].lower_ in MODALS:
            break
        if _bare_infinitive(doc, i):  # the modal has its infinitive before "zijn" ("kan besluiten zijn …")
            return False
        if doc[i].is_sent_start:
            return False
        i -= 1
    else:
        return False
    if i < 0 or doc[i].lower_ not in MODALS:
        return False
    j = tok.i + 1
    while j < len(doc) and doc[j].text not in _CLAUSE_END and doc[j].lower_ not in _SUBORDINATORS:
        if _bare_infinitive(doc, j):
            return False
        j += 1
    return True


def _bare_infinitive(doc: Doc, j: int) -> bool:
    """Token *j* is an infinitive not after "te" (the parse, where there is one, agrees it is a verb)."""
    word = doc[j].lower_
    if not word.endswith("en") or (j > 0 and doc[j - 1].lower_ == "te"):
        return False
    x = token_syntax(doc[j])
    if x is not None and x.tag_.startswith("WW|inf"):
        # also where simplemma takes it for a plural noun ("overleggen": "overleg"); not a noun ("het indienen")
        return not x.tag_.startswith("WW|inf|nom")
    return word == lemma_of(word) and (x is None or x.pos_ in ("VERB", "AUX"))


def is_possessive_zijn(tok: Token) -> bool:
    """``zijn`` the possessive, not the verb.

    A preposition before it (``van zijn``, ``naar zijn``) makes it the
    possessive. Otherwise, with a parse: the parser's reading (the relation
    ``nmod:poss`` or ``aux``/``cop``; else the tag, PRON/DET or
    ``Poss=Yes``), except that a next word that cannot be possessed (``zijn
    er``, ``zijn verkregen``, ``zijn bereid``) or a word before it that only
    the verb follows (``te zijn``, ``ze zijn``) makes it the verb. Without a
    parse those words decide alone.

    The tagger overrules the parser in two cases: right after the verb that
    closes every subordinate clause opened since the last punctuation,
    ``zijn`` is the main clause's verb (:func:`_after_a_closing_verb`); and
    where its clause has another finite verb and the next word can be
    possessed, it is the possessive (:func:`_finite_verb_besides`), unless
    tagger and parser both read it as the verb.
    """
    doc = tok.doc
    if token_syntax(tok) is not None and (tok.i + 1 >= len(doc) or not doc[tok.i + 1].text[:1].isalpha()):
        return False  # nothing it could possess follows ("… die daar zijn.", a line cut off after it)
    if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].lower_ == "op" and doc[tok.i + 1].lower_ in SUPERLATIVE_IDIOMS:
        return False  # "op zijn minst", "op zijn vroegst": an adverb, no pronoun
    if tok.i > 0 and doc[tok.i - 1].lower_ in PREPOSITIONS:
        return True
    if _sex_predicate(tok):
        return False  # "3 van de 5 bestuurders zijn vrouw.": the verb with a bare sex noun as the predicate
    if _modal_infinitive(tok):
        return False
    by_words = _possessive_by_words(tok)
    x = token_syntax(tok)
    if x is None:
        return by_words
    if by_words and doc[tok.i + 1].lower_ in PARTNER_WORDS and tok.i > 0 and doc[tok.i - 1].lower_ in COORDINATION:
        return True  # "de klant en zijn echtgenote samen": whatever the parse made of "echtgenote"
    if _after_a_closing_verb(tok):
        return False
    if by_words and "-" in doc[tok.i + 1].text and not _nominal(doc[tok.i + 1]):
        by_words = False  # "zijn AVG-proof", "zijn energie-neutraal": a hyphenated adjective, not "zijn VCA-diploma"
    if by_words and tok.i > 0 and _finite_before(tok):
        return True  # right after its clause's finite verb, whatever the parse says: "Wie …, zet zijn laarzen …"
    if by_words and _lexical_verb_before(tok):
        return True  # "De consulent laat bij aankomst altijd zijn legitimatiebewijs zien"
    # (not where the tagger and the parser agree it is the verb: "Bij de klant zijn huisbezoeken vaker nodig dan …")
    agreed_verb = x.tag_.startswith("WW|") and x.dep_.split(":")[0] in ("aux", "cop")
    if by_words and not agreed_verb and _nominal(doc[tok.i + 1]) and _finite_verb_besides(tok):
        return True  # the clause has its finite verb already: "… moet jaarlijks zijn aangifte overleggen"
    if x.dep_ == "nmod:poss":  # the relation wins over the tag when they disagree …
        # … unless what it would possess is a predicative adjective or an adverb by its Alpino tag ("…, die zijn
        # direct inzetbaar"): the verb (the tag, not UPOS, which calls many nouns ADJ: "zijn echtgenote")
        # ("mantelzorger" tagged a comparative ADJ|vrij|comp is a noun after all: only the base degree counts)
        parsed = not x.head.tag_.startswith(("ADJ|vrij|basis", "BW")) or x.head.i < x.i
    elif x.dep_.split(":")[0] in ("aux", "cop") or x.dep_ == "ROOT":
        parsed = False
    else:
        parsed = x.pos_ in ("PRON", "DET") or "Poss=Yes" in str(x.morph)
    return parsed and by_words


SEX_NOUNS = frozenset({"vrouw", "man", "vrouwelijk", "mannelijk"})


def _sex_predicate(tok: Token) -> bool:
    """``zijn`` between a plural noun or a number and a bare "vrouw" or "man" that closes the clause: the verb
    with the sex as its predicate ("4 van de 7 stemmers zijn vrouw.", "Hoeveel deelnemers zijn man?"), not the
    possessive of "de klant en zijn vrouw", "belt hij zijn vrouw." or "verzorgt al jaren zijn vrouw." (a coordination,
    a pronoun or the clause's own finite verb before it)."""
    doc = tok.doc
    if not 0 < tok.i < len(doc) - 1 or doc[tok.i + 1].lower_ not in SEX_NOUNS:
        return False
    if tok.i + 2 < len(doc) and doc[tok.i + 2].text not in _CLAUSE_END:
        return False
    before = doc[tok.i - 1]
    parsed = token_syntax(before)
    # (not after the clause's own finite verb: "Een mantelzorger verzorgt al jaren zijn vrouw.")
    return (before.like_num or (parsed is not None and "|mv|" in f"{parsed.tag_}|")) and not _finite_verb_besides(tok)


# Words that open a clause of their own (with punctuation, they bound the clause of a word).
_SUBORDINATE_OPENERS = _SUBORDINATORS | frozenset(
    "wie welke waar nadat zodra voordat totdat tenzij mits hoewel ofschoon doordat aangezien naarmate zoals hoeveel"
    " sinds toen zolang alsof hetgeen".split()
)
_CLAUSE_OPENERS = _SUBORDINATE_OPENERS | frozenset("en maar want dus".split())
_CLAUSE_BOUNDARY = _CLAUSE_END | frozenset("()[]–—")
# waarover, waarin, waarmee …: a relative clause opens there
_WAAR_PREPOSITION = re.compile(
    r"^waar(?:aan|bij|binnen|buiten|door|in|langs|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)$"
)


# Alpino tags of a word that cannot follow a possessive: an adverb, a preposition, a predicative adjective, a
# participle, a finite verb, a personal pronoun, an article, a conjunction.
_NOT_NOMINAL_TAGS = ("BW", "VZ", "ADJ|vrij", "WW|vd", "WW|od", "WW|pv", "VNW|pers", "LID", "VG")
# Quantifiers that open a noun phrase of their own ("zijn alle voorwaarden vervuld"): never after a possessive.
_QUANTIFIERS = frozenset("alle enkele meerdere sommige geen elke iedere beide vele weinig".split())


def _nominal(tok: Token) -> bool:
    """The word after ``zijn`` may be of a class a possessive goes with, by its Alpino tag (not an adverb, a
    predicative adjective, a participle …)."""
    x = token_syntax(tok)
    return x is not None and tok.lower_ not in _QUANTIFIERS and not x.tag_.startswith(_NOT_NOMINAL_TAGS)


def _finite(tok: Token) -> bool:
    """A finite verb by the tagger (``WW|pv``); not a past participle it took for a past tense ("zijn veertig
    deelnemers geloot": ``WW|pv|verl``)."""
    x = token_syntax(tok)
    if x is None or not x.tag_.startswith("WW|pv"):
        return False
    return not (x.tag_.startswith("WW|pv|verl") and _PARTICIPLE.match(tok.lower_))


def _clause(tok: Token) -> tuple[int, int, bool]:
    """(start, end, subordinate) of the clause of *tok*: between punctuation and the words that open a clause;
    *subordinate* when a subordinator or relative word opens it, or it opens the sentence with a finite verb
    (an inverted condition: "Kan de aanvrager niet komen …")."""
    doc = tok.doc
    lo = tok.i
    while (
        lo > 0
        and doc[lo - 1].text not in _CLAUSE_BOUNDARY
        and doc[lo - 1].lower_ not in _CLAUSE_OPENERS
        and not _WAAR_PREPOSITION.match(doc[lo - 1].lower_)
    ):
        if doc[lo].is_sent_start:
            break
        lo -= 1
    opener = doc[lo - 1].lower_ if lo > 0 and not doc[lo].is_sent_start else ""
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].text not in _CLAUSE_BOUNDARY and doc[hi].lower_ not in _CLAUSE_OPENERS:
        if doc[hi].is_sent_start:
            break
        hi += 1
    opens_sentence = lo == 0 or bool(doc[lo].is_sent_start)
    subordinate = (
        (opener in _SUBORDINATE_OPENERS and not _demonstrative(doc, lo - 1))
        or bool(_WAAR_PREPOSITION.match(opener))
        or (opens_sentence and _finite(doc[lo]))
    )
    return lo, hi, subordinate


def _demonstrative(doc: Doc, at: int) -> bool:
    """ "die" or "dat" at *at* after a boundary is the demonstrative subject of a main clause ("…; die brengt zijn
    vrouw mee"), not a relative pronoun."""
    return (
        at >= 0
        and doc[at].lower_ in ("die", "dat")
        and (at == 0 or bool(doc[at].is_sent_start) or doc[at - 1].text in _CLAUSE_BOUNDARY)
    )


def _after_a_closing_verb(tok: Token) -> bool:
    """``zijn`` right after the verb that closes a subordinate clause without a comma opens the main clause:
    the verb ("Kosten die de deelnemer maakt zijn vergoedbaar", "Mocht de huurder vertrekken zijn …"). Not
    before a "te" infinitive in the clause ("… die probeert zijn weg te vinden")."""
    doc = tok.doc
    if tok.i == 0:
        return False
    before = token_syntax(doc[tok.i - 1])
    # a finite verb, an infinitive or a participle in a verb cluster ("belanghebbende", WW|od, and
    # "uitkeringsgerechtigde", WW|vd|prenom, are persons; "het indienen", WW|inf|nom, a noun)
    if before is None or not before.tag_.startswith(("WW|pv", "WW|inf|vrij", "WW|vd|vrij")):
        return False
    lo, hi, subordinate = _clause(doc[tok.i - 1])
    # "of" also joins two words ("man of vrouw"): only the other openers say the verb closes a clause
    if not subordinate or (lo > 0 and doc[lo - 1].lower_ == "of"):
        return False
    if any(doc[j].lower_ == "te" for j in range(tok.i + 1, hi)):
        return False
    # every subordinate clause opened since the last punctuation has its finite verb, and no more: "zijn" is
    # the main clause's verb. One verb more is the main clause's own ("Een klant die schulden heeft moet zijn
    # …"); one fewer leaves an outer clause open ("Indien een persoon … waarbij subsidie wordt verleend zijn
    # woonplaats verplaatst").
    start = tok.i - 1
    while start > 0 and doc[start - 1].text not in _CLAUSE_BOUNDARY and not doc[start].is_sent_start:
        start -= 1
    opened = sum(
        1
        for j in range(start, tok.i)
        if (doc[j].lower_ in _SUBORDINATE_OPENERS and doc[j].lower_ != "of" and not _demonstrative(doc, j))
        or _WAAR_PREPOSITION.match(doc[j].lower_)
    )
    finite = sum(_finite(doc[j]) or _verb_after_relative(doc, j) for j in range(start, tok.i))
    if _finite(doc[start]):
        if start == tok.i - 1 and start > 0 and doc[start - 1].text == ",":
            return False  # the main clause's verb after a clause put first: "Wie het erf betreedt, zet zijn laarzen"
        opened += 1  # an inverted condition ("Kan de aanvrager niet komen zijn …")
        return finite >= opened  # (an infinitive tagged finite)
    return finite == opened


def _verb_after_relative(doc: Doc, j: int) -> bool:
    """A present-tense verb right after a subject relative "die" that the tagger took for a noun ("Een klant die
    verhuist meldt zijn …": "verhuist" is N|soort|ev, its lemma "verhuizen")."""
    word = doc[j].lower_
    if j == 0 or doc[j - 1].lower_ != "die" or not word.endswith("t") or _finite(doc[j]):
        return False
    lemma = lemma_of(word)
    return lemma != word and lemma.endswith("en")


# Finite verbs after which a bare "zijn" may still be a verb of the clause (a copula, an auxiliary, a raising verb).
_NOT_LEXICAL = frozenset("zijn worden hebben blijken lijken schijnen blijven".split())


def _lexical_verb_before(tok: Token) -> bool:
    """A main clause whose finite verb, a lexical one (not a modal, an auxiliary or a raising verb), stands before
    ``zijn`` with no "te" between: that clause has its verb, so ``zijn`` before a word it can possess is the
    possessive even where both tagger and parser took it for the verb and its noun for an adjective ("De consulent
    laat bij aankomst altijd zijn legitimatiebewijs zien")."""
    doc = tok.doc
    lo, _, subordinate = _clause(tok)
    if subordinate:
        return False
    for j in range(tok.i - 1, lo - 1, -1):
        word = doc[j].lower_
        if word == "te":
            return False
        if _finite(doc[j]):
            return word not in MODALS and lemma_of(word) not in _NOT_LEXICAL and word not in _NOT_LEXICAL
    return False


def _finite_verb_besides(tok: Token) -> bool:
    """Another word of the clause of ``zijn`` (between punctuation and words that open a clause) is a finite
    verb by the tagger, so ``zijn`` is not the clause's verb: "Een ondernemer … moet jaarlijks zijn aangifte
    overleggen", "… heeft zijn VCA-diploma al", "… dat zijn gegevens zorgvuldig worden behandeld". The
    parser reads such a ``zijn`` as the auxiliary when it does not know the word after it; the tagger's
    finite verbs (``WW|pv``) stand elsewhere and hold more often."""
    doc = tok.doc
    lo, hi, subordinate = _clause(tok)
    # a subordinate clause ends in its verb: a finite verb before "zijn" in one closed it, and "zijn" opens the
    # main clause ("De stukken die de klant heeft ingediend zijn afgewezen")
    if subordinate:
        lo = tok.i + 1
    finite = [j for j in range(lo, hi) if j != tok.i and doc[j].lower_ != "zijn" and _finite(doc[j])]
    if any(doc[j].lower_ not in MODALS for j in finite):
        return True
    # a modal needs an infinitive: another one in the clause (not a modal; not a noun, "het indienen", which
    # _bare_infinitive leaves out), or else "zijn" is it ("moet bereid zijn …", "zal bereikbaar moeten zijn")
    return bool(finite) and any(
        _bare_infinitive(doc, j) and doc[j].lower_ not in MODALS for j in range(lo, hi) if j != tok.i
    )


def _paired_with_feminine(doc: Doc, i: int) -> bool:
    """``hij of zij``, ``zijn/haar``, ``zij of hij`` …"""
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    return (len(after) == 2 and after[0] in PAIRING and after[1] in FEMININE) or (
        len(before) == 2 and before[1] in PAIRING and before[0] in FEMININE
    )


def _neuter_in_between(doc: Doc, antecedent_end: int, pronoun: int) -> bool:
    """A neuter noun coordinated with ``zijn`` (``het bedrijf en zijn``, ``het kind met zijn``)."""
    if pronoun == 0 or doc[pronoun - 1].lower_ not in COORDINATION:
        return False
    lo = max(antecedent_end, pronoun - 5)
    return any(doc[j].lower_ in NEUTER_DETERMINERS for j in range(lo, pronoun - 1))


# A person introduced with "een" who told something, in the past tense, is one known person, not a role:
# "Een deelnemer vertelde dat hij …", "Een klantmanager gaf toe dat hij …" (an interview or evaluation).
REPORTING_PAST = frozenset(
    "vertelde zei gaf erkende verklaarde antwoordde benadrukte legde merkte meldde schreef stelde vond liet".split()
)
INDEFINITE = frozenset({"een", "één"})
CONDITIONAL = frozenset({"als", "indien", "wanneer", "zodra", "tenzij", "mits"})


def _reported_speaker(doc: Doc, a_start: int, a_end: int, p_start: int) -> bool:
    """Whether the antecedent at [a_start, a_end) is someone who told something (past tense, "dat" or a
    quote after the verb) and the pronoun at *p_start* is in what was told."""
    # (or "het": "Het lid van de adviesraad gaf aan dat hij …", one member in the minutes)
    if a_start == 0 or doc[a_start - 1].lower_ not in (*INDEFINITE, "het") or p_start <= a_end:
        return False
    sent = doc[a_start].sent
    if any(t.lower_ in CONDITIONAL for t in doc[sent.start : a_start]):
        return False  # "Als een klant zei dat hij …": any client, a rule
    between = doc[a_end:p_start]
    verb = next((k for k, t in enumerate(between) if t.lower_ in REPORTING_PAST), None)
    if verb is None or any(t.text in ".!?;" for t in between):
        return False
    return any(t.lower_ == "dat" or t.is_quote for t in between[verb + 1 :])


def _one_known_person(doc: Doc, a_start: int, a_end: int, p_start: int) -> bool:
    """Whether the antecedent is one person the text knows: named right after the noun ("klantmanager
    Peter de Boer … hij", "onze klant Ahmed … hij", "onze jobcoach, Mark de Boer, … hij", "Rol klant: meneer
    Ezeanya"), said to be a man ("de klant is een vader die …"), said of a
    "hij" before it ("Hij is onze eerste leerling … heeft hij"), or someone who told something
    (:func:`_reported_speaker`)."""
    if a_end < len(doc) and (_name(doc, a_end) or _apposed_name(doc, a_end) or _titled_name(doc, a_end)):
        return True
    if _apposed_after_phrase(doc, a_end):
        return True  # "De secretaris van de adviesraad, Jan de Wit, zegt dat hij …"
    if _apposed_to_a_name(doc, a_start, a_end):
        return True  # "Meneer Juvan, jobcoach, begeleidde zijn honderdste deelnemer"
    if _predicate_of_a_man(doc[a_end - 1]):
        return True  # "Meneer Junaedi is hoofdoperator; hij haalde zijn certificaat …"
    if _male_record(doc, a_end):
        return True  # "Deelnemer (man, 33) … Hij gaf aan": a record of one man (not "(man of vrouw)")
    if _named_between(doc, a_end, p_start):
        return True  # "Docent van module 6 is Reinier Tjallema; hij werkte …": the named person is nearer
    said = [t.lower_ for t in doc[a_end : a_end + 3]]
    joined = doc[a_end + 3].lower_ if a_end + 3 < len(doc) else ""
    if (
        len(said) == 3
        and said[0] in PREDICATING
        and said[1] in ("een", "de")
        and said[2] in _MEN
        and joined
        not in (
            "of",
            "en",
        )
    ):  # (not "de klant is een man of een vrouw")
        return True  # "de klant is een vader die minder wil werken … Help hem …"
    sent = doc[a_start].sent
    if sent.end - sent.start > 2 and doc[sent.start].lower_ == "hij" and doc[sent.start + 1].lower_ in PREDICATING:
        return True
    if _told_of_one(doc, a_start, a_end, p_start):
        return True
    return _reported_speaker(doc, a_start, a_end, p_start)


def _told_of_one(doc: Doc, a_start: int, a_end: int, p_start: int) -> bool:
    """A member or a child in a past-tense account (minutes, an incident): one member or child, not a rule for
    anyone. "Het lid" with a past tense in its sentence ("Het lid deelde mee dat hij …"); "een lid", "een kind"
    when its own verb is past ("Vorige week raakte een jeugdlid gewond; hij …", "Een kind werd … geplaatst").
    Not after "elk", "ieder": every member."""
    if not het_person(doc[a_end - 1]) or (a_start > 0 and doc[a_start - 1].lower_ in _EVERY):
        return False
    if a_start > 0 and doc[a_start - 1].lower_ in ("het", "dit", "dat"):
        first = doc[a_start].sent.start
        return any(_past(doc[k]) for k in range(first, max(p_start, doc[p_start].sent.end)))
    x = token_syntax(doc[a_end - 1])
    if x is None:
        return False
    verb = x.head
    offset = a_end - 1 - x.i
    return _past(doc[verb.i + offset]) or any(
        c.dep_.split(":")[0] in ("aux", "cop") and _past(doc[c.i + offset]) for c in verb.children
    )


def _past(tok: Token) -> bool:
    """A finite verb in the past tense by its Alpino tag."""
    x = token_syntax(tok)
    return x is not None and x.tag_.startswith("WW|pv|verl")


# How many words an apposed name may have ("Mark de Boer", "Fatima el Amrani").
NAME_WORDS = 4


def _name(doc: Doc, i: int) -> bool:
    """A name: a capital and then small letters (not an acronym such as AOW), not opening a sentence."""
    tok = doc[i]
    # (a hyphenated first name too: "Gerrit-Jan")
    alpha = tok.is_alpha or all(part.isalpha() for part in tok.text.split("-"))
    return alpha and tok.text[:1].isupper() and tok.text[1:2].islower() and not tok.is_sent_start


def _apposed_after_phrase(doc: Doc, i: int) -> bool:
    """A name between commas after the noun's own short phrase ("de secretaris van de adviesraad, Jan de Wit,")."""
    if i >= len(doc) or doc[i].lower_ not in ("van", "bij"):
        return False
    return any(doc[j].text == "," and _apposed_name(doc, j) for j in range(i + 1, min(len(doc), i + 5)))


def _apposed_name(doc: Doc, i: int) -> bool:
    """A name between commas right after the noun ("onze nieuwe jobcoach, Mark de Boer, begint …")."""
    if doc[i].text != "," or i + 1 >= len(doc) or not _name(doc, i + 1):
        return False
    tail = doc[i + 2 : min(len(doc), i + 2 + NAME_WORDS)]
    return any(t.text == "," for t in tail)


# Forms of address before a man's or woman's name ("meneer Juvan", "de heer Kuipers", "dhr. Smit")
_HONORIFICS = frozenset({"meneer", "mevrouw", "heer", "dhr", "mr", "mevr", "mw"})
# Titles of degree or office before a name ("dr. Jeffreys", "ir. De Wit"): one known person, whatever the sex.
_DEGREES = frozenset({"dr", "drs", "ir", "ing", "prof", "mr"})


def _word(tok: Token) -> str:
    """*tok* in lower case without the full stop of an abbreviation ("Dhr." -> "dhr", "dr." -> "dr"): the tokenizer
    keeps such a stop on its word."""
    return tok.lower_[:-1] if tok.lower_.endswith(".") and len(tok.lower_) > 1 else tok.lower_


# Words that may stand before a role noun apposed to a name ("Meneer Jamnik, de bedrijfsleider, …")
_APPOSED_DETERMINERS = frozenset({"de", "het", "onze", "ons", "hun", "een"})


def _apposed_adjective(tok: Token) -> bool:
    """A lower-case prenominal adjective by its Alpino tag ("nieuwe", "vaste")."""
    x = token_syntax(tok)
    return tok.text.islower() and x is not None and x.tag_.startswith("ADJ|prenom")


def _apposed_to_a_name(doc: Doc, a_start: int, a_end: int) -> bool:
    """The role noun stands between commas right after a person's name, with a title or as a first and last name
    ("Meneer Juvan, jobcoach, begeleidde …", "Peter Smit, onze consulent, …"): it says what that person does."""
    k = a_start - 1
    while k >= 0 and (doc[k].lower_ in _APPOSED_DETERMINERS or _apposed_adjective(doc[k])):
        k -= 1  # (also an adjective: "De heer Bos, onze nieuwe consulent, …", a hostile review)
    end = a_end  # the apposition may go on a few words ("Meneer Spiteri, teeltleider tomaten, neemt …")
    while end < min(len(doc), a_end + 4) and doc[end].text != "," and _apposition_word(doc[end]):
        end += 1
    if k < 2 or doc[k].text != "," or end >= len(doc) or doc[end].text != ",":
        return False
    last = doc[k - 1]
    if not (last.is_alpha and last.text[:1].isupper() and last.text[1:2].islower()):
        return False
    before = doc[k - 2]
    return _word(before) in _HONORIFICS or (
        before.is_alpha and before.text[:1].isupper() and before.text[1:2].islower() and before.lower_ not in STOP_WORDS
    )  # (not a place after a preposition: "In Hoorn, de consulent, …")


def _predicate_of_a_man(tok: Token) -> bool:
    """The role noun is what a named man, a man or "hij" is (the noun with a copula, by the parse): "Meneer Scicluna is
    de langst zittende operator", "Mijn vader was metselaar", "… dat hij in Eritrea elektricien was"."""
    x = token_syntax(tok)
    if x is None or not any(c.dep_ == "cop" for c in x.children):
        return False
    subjects = [c for c in x.children if c.dep_.startswith("nsubj")]
    return any(
        c.pos_ == "PROPN" or c.lower_ in _MEN or c.lower_ == "hij" or any(g.pos_ == "PROPN" for g in c.children)
        for c in subjects
    )


def _apposition_word(tok) -> bool:
    """A word that may go on in an apposition after its role noun ("teeltleider tomaten", "consulent bij de
    gemeente"): a lower-case word, not a pronoun nor a conjunction that joins a second person ("de klant en zijn
    partner")."""
    return (
        (tok.is_alpha and tok.text.islower() and tok.lower_ not in _PRONOUNS and tok.lower_ not in ("en", "of"))
        or tok.like_num
        or tok.text.isdigit()  # ("vrijwilliger sinds 2019")
    )


# Nouns for a man, said of the antecedent ("de klant is een vader"): the pronoun is his.
_MEN = frozenset({"man", "vader", "meneer", "heer", "jongen", "zoon", "opa", "grootvader", "echtgenoot", "broer"})


def _male_record(doc: Doc, at: int) -> bool:
    """A record of one man right after the role noun, perhaps after its number: "Deelnemer (man, 33)",
    "Kandidaat 0730 (m, 38)"; not "(man of vrouw)", nor "(m/v)" of a vacancy."""
    if at < len(doc) and any(c.isdigit() for c in doc[at].text) and doc[at].text != "(":
        at += 1  # the record's number ("Kandidaat 0730")
    return (
        at + 2 < len(doc)
        and doc[at].text == "("
        and (doc[at + 1].lower_ in _MEN or doc[at + 1].lower_ == "m")
        and doc[at + 2].text in (",", ")")
        and not (doc[at + 2].text == ")" and doc[at + 1].lower_ == "m")  # "(m)" of a vacancy's "m/v" cut short
    )


# Titles and roles that may stand between a comma or colon and a name ("Rol klant: meneer Ezeanya", "de
# indiener, raadslid Lieuwe Wijma"): a place ("woonachtig in Wendam") or a document word ("zie Bijlage 2") is none.
_TITLES = _HONORIFICS | _DEGREES | frozenset(
    {
        "de", "raadslid", "wethouder", "burgemeester", "docent", "collega",
        "teamleider", "klantmanager", "consulent", "jobcoach", "werkcoach", "mentor", "buurtcoach", "coördinator",
        "voorzitter", "inspreker", "fractievoorzitter", "directeur", "medewerker",
    }
)  # fmt: skip
_PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "zijn", "hun", "die", "dat", "wij", "u"})


def _titled_name(doc: Doc, i: int) -> bool:
    """A name after a colon or comma, with a title or role before it or as a first and last name ("Rol klant:
    meneer Ezeanya", "de indiener, raadslid Lieuwe Wijma, …", "Docent: Wibout Kerkdijk")."""
    if doc[i].text not in (":", ","):
        return False
    j = i + 1
    while j < min(len(doc), i + 3) and _word(doc[j]) in _TITLES:
        j += 1
    if j >= len(doc) or doc[j].lower_ in _PRONOUNS or not _name(doc, j):
        return False
    return j > i + 1 or (j + 1 < len(doc) and _name(doc, j + 1))  # a title, or a first and a last name


def _named_between(doc: Doc, a_end: int, p_start: int) -> bool:
    """A person named between the antecedent and the pronoun, by a title and a name ("teamleider Roel
    Teunissen; hij") or by a first and last name said to be someone ("Uw klantmanager is Pepijn Wassenberg. U
    bereikt hem …"): the pronoun refers to the nearer, named person. Not two capitalised words alone, which are
    as often an organisation ("bij Werkplein Zuid")."""
    for k in range(a_end, p_start - 1):
        before = doc[k - 1] if k > 0 else None
        predicated = before is not None and before.lower_ in PREDICATING
        if _name(doc, k + 1):
            # where the name says who the role is: right after it, or after ":", ";", "," or "is" (not an object
            # or a prepositional phrase: "De klant legt wethouder De Vries zijn vraag voor", "met mevrouw Bakker")
            said = (
                k == a_end
                or (k == a_end + 1 and doc[a_end].lower_ == "de")  # "Handhaver de heer Kuipers …"
                or predicated
                or (before is not None and before.text in (":", ";", ","))
            )
            if said and _word(doc[k]) in _TITLES and _word(doc[k]) not in ("de", "mevrouw", "mevr", "mw"):
                return True
            if _name(doc, k) and (predicated or (before is not None and before.text == ":")):
                return True
        # a first name and a last name with a particle ("De klantmanager is Pieter de Boer; hij belt u")
        elif predicated and _name(doc, k) and _surname_after(doc, k + 1, p_start):
            return True
    return False


# Particles of Dutch surnames ("de Boer", "van der Veen", "el Amrani").
_PARTICLES = frozenset({"de", "van", "der", "den", "ter", "ten", "el", "al", "le", "la", "du", "op", "in", "'t"})


def _surname_after(doc: Doc, i: int, limit: int) -> bool:
    """One to three surname particles at *i*, then a capitalised name, before *limit*."""
    j = i
    while j < limit and j < i + 3 and doc[j].lower_ in _PARTICLES:
        j += 1
    return i < j < limit and _name(doc, j)


PREDICATING = frozenset({"is", "was", "werd", "wordt", "heet", "heette", "blijft", "bleef"})


def pronoun_ok(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.lower_ == "zijn" and not is_possessive_zijn(tok):  # the verb, most often
        return False
    return not _paired_with_feminine(doc, i)


def _organisation(doc: Doc, sent: Span, terms: tuple[str, ...]) -> bool:
    """Whether one of *terms* stands in *sent* or the sentence before it."""
    if not terms:
        return False
    cues = word_class(terms)
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(tok in cues for tok in doc[start : sent.end])


def anaphora_spans(
    hits: Hits,
    antecedent_key: str,
    pronoun_key: str,
    sent: Span,
    previous: Span | None,
    next_sentence: bool,
    pattern: AnaphoraPattern | None = None,
) -> list[tuple[int, int, int, int]]:
    """``(pronoun start, pronoun end, context start, rank)`` for each generic pronoun in *sent*.

    When several rules claim one pronoun the caller keeps the lowest *rank*:
    in the same sentence the nearest antecedent (rank = distance); in the
    sentence before, the first one, usually its subject (rank 1000 + start).
    """
    doc = sent.doc
    out: list[tuple[int, int, int, int]] = []
    scopes = [sent] + ([previous] if previous is not None and next_sentence else [])
    if not any(hits.get(antecedent_key, scope) for scope in scopes):
        return out  # no person noun to refer back to: the pronouns need no look
    organisation = pattern.organisation if pattern is not None else ()
    for p_start, p_end in hits.get(pronoun_key, sent):
        if not pronoun_ok(doc, p_start):
            continue
        if _nearest_named(doc, hits, scopes, p_start):
            continue
        if pattern is not None and has_syntax(doc):
            resolved = antecedent(hits, doc[p_start], pattern.antecedents)
            if resolved is not None and any(_predicative(doc, i) for i in resolved.covers):
                resolved = None  # "… werkt als chauffeur; zijn …": a role said of someone, the words decide
            if resolved is not None:
                found = _resolved_span(hits, antecedent_key, resolved, sent, scopes, (p_start, p_end), organisation)
                if found is not None:
                    out.append(found)
                continue
            # the parse found no antecedent at all (a misparse: "De uitkeringsgerechtigde" read as a verb):
            # the word window decides, with its own checks for men, neuter nouns and organisations, unless
            # a body or an office is named before the pronoun (it may be what the pronoun refers to)
            if body_before(hits, doc[p_start], pattern.antecedents):
                continue
        for scope in scopes:
            same = scope is sent
            antecedents = [
                a
                for a in hits.get(antecedent_key, scope)
                if a[1] <= p_start
                and not _modifier(doc[a[0]])
                and not article_paragraph(doc[a[0]])
                and not _predicative(doc, a[0])
                # "Een huurder die een aanhanger leent, moet hem terugbrengen": "hem" is not its own clause's subject
                and not (same and pattern is not None and bound_to(hits, doc[p_start], a[0], pattern.antecedents))
            ]
            if not antecedents:
                continue
            a_start, a_end = antecedents[-1] if same else antecedents[0]
            if men_named(hits, doc, scope) or men_named(hits, doc, sent):
                break
            if doc[p_start].lower_ == "zijn" and _neuter_in_between(doc, a_end, p_start):
                break
            if _organisation(doc, doc[a_start].sent, organisation) or _one_known_person(doc, a_start, a_end, p_start):
                break
            out.append((p_start, p_end, scope.start, p_start - a_start if same else 1000 + a_start))
            break
    return out


def _nearest_named(doc: Doc, hits: Hits, scopes: list[Span], p_start: int) -> bool:
    """The person noun nearest before the pronoun (of any generic-masculine rule's antecedents) is named right
    after it ("… is senior klantmanager Jochem Heddema. Hij plant …", "teamleider Roel Teunissen; hij
    rapporteert", "Uw collega Wubbo Rietkerk … Wie neemt zijn klanten over?"): the pronoun is that person's,
    whichever noun the parse or the word window would give it."""
    before = [
        a
        for key, spans in hits.by_key.items()
        if key.startswith(ANAPHORA_PREFIX) and key.endswith(":a")
        for a in spans
        if a[1] <= p_start and any(scope.start <= a[0] < scope.end for scope in scopes)
    ]
    if not before:
        return False
    _, a_end = max(before)
    return a_end < p_start and _name(doc, a_end)


# Words that may stand between "als" and the role it predicates ("als ervaren chauffeur"; not "een": "als een
# inwoner …" opens a condition more often than the parse tells).
_PREDICATE_FILLERS = frozenset({"ervaren", "nieuwe", "vaste", "eerste"})


def _predicative(doc: Doc, i: int) -> bool:
    """The person noun at *i* says what someone is or becomes, no one to refer back to: after "als" ("werkt als
    chauffeur", "sinds maart als monteur"), or a predicate of becoming ("wil chauffeur worden")."""
    x = token_syntax(doc[i])
    if x is not None and x.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False  # (the noun decides, not its article: "Als de cliënt …")
    k = i - 1
    while k >= 0 and i - k <= 3 and doc[k].lower_ in _PREDICATE_FILLERS:
        k -= 1
    if k >= 0 and doc[k].lower_ == "als":
        # the role, not the subject of a condition ("Als een werkzoekende een gezin heeft, …"); not a role that
        # opens its clause, said of whoever the clause is about ("Als klantmanager is hij …", "Als huurder heeft
        # hij …": a hostile review)
        opens = k == doc[i].sent.start or doc[k - 1].is_punct or doc[k - 1].lower_ in _CLAUSE_JOINERS
        if opens:
            # … unless the clause's subject is someone else the role is said of ("Als aandeelhouder bepaalt de
            # gemeente mee over zijn koers"), or a man or a named person is already in view, whom the clause goes
            # on about ("Jan werkt bij de gemeente. Als klantmanager is hij …": a later hostile review)
            verb = x.head if x is not None else None
            if verb is not None and any(c.dep_.startswith("nsubj") and c.pos_ != "PRON" for c in verb.children):
                return True
            return _person_in_view(doc, k, doc[i].lower_)
        return x is None or not x.dep_.startswith("nsubj")
    # "wil chauffeur worden", "blijft voorzitter" (not "is": "De doelgroep is de werkzoekende inwoner die …" names
    # a role, and the parser takes "het niet eens is" for a copula); the parser may hang the noun from the verb
    # ("wil chauffeur worden": chauffeur xcomp of worden)
    # (the parse's Doc holds no lemmas: the word's own lemma decides)
    return x is not None and (
        any(c.dep_ == "cop" and lemma_of(c.lower_) in _BECOMING for c in x.children)
        or (x.dep_ == "xcomp" and lemma_of(x.head.lower_) in _BECOMING and x.head.i == x.i + 1)
    )


_CLAUSE_JOINERS = frozenset({"en", "maar", "want", "of", "dus"})


# Roles a resident takes on (not a staff role): after a man just named, "Als vrijwilliger helpt hij" is about him
_RESIDENT_ROLES = frozenset(
    {"vrijwilliger", "mantelzorger", "ouder", "aanvrager", "deelnemer", "bewoner", "huurder", "klant", "lid", "oppas",
     "buurtouder", "gastouder", "pleegouder", "cliënt", "inwoner", "kandidaat", "ondernemer", "ouderejaars"}
)  # fmt: skip


# Word ends that name a place, an office or an organisation rather than a person
_ORGANISATION = re.compile(
    r"(?:plein|huis|punt|bedrijf|centrum|loket|team|dienst|raad|bank|school|stichting|werk|wijk|stad|dorp|gemeente"
    r"|park|veld|straat|weg|kade|haven|hof|lab|net|groep)$|^(?:Oost|West|Noord|Zuid|Midden|Centrum)$",
    re.IGNORECASE,
)


def _person_in_view(doc: Doc, k: int, role: str = "") -> bool:
    """A named person in the sentence before *k*, or in the sentence before it: a capitalised word the parse reads
    as a name, as the subject and without an article (also opening its sentence: "Ahmed is 45."), not one that
    names a place or an office; or a man (a noun for one) when the *role* is one a resident takes on."""
    sent = doc[k].sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for j in range(start, k):
        tok = doc[j]
        if tok.lower_ in _MEN and lemma_of(role) in _RESIDENT_ROLES:
            return True  # "Een vader meldt zich aan. Als vrijwilliger helpt hij …": the man just named
        # (not a man named as someone else, "De vader komt mee. Als jeugdverpleegkundige betrekt hij …", nor a
        # place or an office, "Werkplein Oost opent in juni": a later hostile review)
        if not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:2].islower()) or _ORGANISATION.search(tok.text):
            continue
        if j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and _ORGANISATION.search(doc[j + 1].text):
            continue  # "Werkplein Oost", "Stichting Noord"
        x = token_syntax(tok)
        if x is None:
            continue
        # a name as the subject, without an article ("Jan werkt …", not "De Wet werk en bijstand geldt")
        named = x.pos_ == "PROPN" or x.tag_.startswith("N|eigen") or _name(doc, j)
        if named and x.dep_.startswith("nsubj") and not any(c.dep_ == "det" for c in x.children):
            if j == 0 or doc[j - 1].lower_ not in ("de", "het", "een"):
                return True
    return False


_BECOMING = frozenset({"worden", "blijven", "heten"})


def _modifier(tok: Token) -> bool:
    """A person word the parse reads as an adjective before its noun ("Alleenstaande moeders …"): the noun
    is what the sentence is about, not the word the rule lists. Only right before it: a misparse
    ("De uitkeringsgerechtigde geeft wijzigingen …" read as an adjective of "wijzigingen") is still the person."""
    x = token_syntax(tok)
    return (
        x is not None
        and x.dep_ == "amod"
        and x.head.i == x.i + 1
        and x.head.pos_ in ("NOUN", "PROPN")
        and not x.tag_.startswith("N|")  # a noun by its Alpino tag ("een inwoner schulden heeft": a misparse)
    )


# (not "uw", "je": a letter's "uw klantmanager … hij" is anyone in the role the reader has; "mijn klantmanager" is
# the writer's own)
_POSSESSIVES = frozenset({"zijn", "haar", "hun", "mijn"})


def _possessed(doc: Doc, i: int) -> bool:
    """The person noun at *i* belongs to someone a possessive right before it names ("zijn klantmanager", "haar eigen
    consulent", "mijn klantmanager"): a particular person's, not anyone in the role."""
    j = i - 1
    while j >= 0 and j >= i - 2 and doc[j].lower_ in ("eigen", "vaste", "nieuwe", "vorige"):
        j -= 1
    return j >= 0 and doc[j].lower_ in _POSSESSIVES


def _resolved_span(
    hits: Hits,
    antecedent_key: str,
    resolved: Mention | None,
    sent: Span,
    scopes: list[Span],
    pronoun: tuple[int, int],
    organisation: tuple[str, ...],
) -> tuple[int, int, int, int] | None:
    """The match for a pronoun whose antecedent the parse gave: only a person noun of this rule counts."""
    if resolved is None or resolved.kind != PERSON:
        return None
    doc = sent.doc
    p_start, p_end = pronoun
    if doc[p_start].lower_ == "zijn" and het_person(doc[resolved.i]):
        return None  # "ieder lid … zijn stem": the neuter possessive of a het-word person (het lid, het kind)
    if _possessed(doc, resolved.i):
        return None  # "Meneer Fois heeft een gesprek met zijn klantmanager; zijn dossier …": someone's own one
    for scope in scopes:
        for a_start, a_end in hits.get(antecedent_key, scope):
            if not any(a_start <= i < a_end for i in resolved.covers) or a_start > p_start:
                continue
            if _organisation(doc, scope, organisation) or _one_known_person(doc, a_start, a_end, p_start):
                return None
            same = scope is sent
            return (p_start, p_end, scope.start, p_start - a_start if same else 1000 + a_start)
    return None


# A sentence about anyone in a role, the shape the second opinion is asked about for a possessive "zijn" (a "hij"
# or "hem" is asked about wherever it stands: policy prose rarely has one; laws have it for listed persons)
_GENERIC_SHAPE = re.compile(
    r"^(?:een|elke|iedere|ieder|wie|degene|als|wanneer|indien|zodra|voordat|nadat|zolang|mocht|wil|heeft|is)$"
)


def model_pronoun_span(
    hits: Hits,
    sent: Span,
    category: str,
    threshold: float,
    antecedents: Antecedents,
    role_threshold: float | None = None,
) -> tuple[int, int] | None:
    """The first masculine pronoun of *sent* that refers back to a noun no rule lists (a role: "Als een
    plukker zijn dienst wil ruilen, meldt hij dat …"), as ``(start, end)``, when the second opinion gives
    *category* at least *threshold* for the sentence; None otherwise, and always without a parse.

    Cheap tests come first, so that a long document pays for few readings: a "hij" or "hem", or a "zijn"
    that the words make possessive in a sentence shaped like a rule for anyone (``_GENERIC_SHAPE`` opening it
    or its condition). Then the second opinion's reading, then the parse: the pronoun must be no verb, not
    paired with a feminine one, and act (:func:`_acts`); no man may be named in the sentence or the one before,
    no name or "Naam (72)" may stand before it; "een/elke/iedere/wie" must stand before it, not before a
    passive's subject (:func:`_handled_before`); and its antecedent must be none the parse can class, or a
    thing (a het-word thing for "zijn"): a person a rule lists is that rule's to judge, and an institution,
    an office, a man or a woman is no generic masculine. With *role_threshold*, a reading from that bar on
    does where the noun after "een/elke/iedere" has the form of a role (:func:`_role_form_before`); and a role of
    that form that reports, warns or signs (:func:`_acting_before`) needs no reading at all."""
    doc = sent.doc
    if not has_syntax(doc):
        return None
    spans = hits.get(MASCULINE, sent)
    if not spans:
        return None
    shaped = _GENERIC_SHAPE.match(doc[sent.start].lower_) or any(
        doc[i].lower_ in ("elke", "iedere", "ieder", "wie", "degene") or _role_at(doc, i, sent.end) is not None
        for i in range(sent.start, sent.end)
    )
    candidates = [
        doc[s]
        for s, _ in spans
        if doc[s].lower_ != "zijn"
        or (shaped and (_possessive_by_words(doc[s]) or (s > sent.start and doc[s - 1].lower_ in PREPOSITIONS)))
    ]
    if not candidates:
        return None
    reading = probabilities(sent).get(category, 0.0)
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    reach = previous.start if previous is not None else sent.start  # (the role may stand in the sentence before)
    bar = threshold if role_threshold is None else role_threshold  # (the loader keeps it at most threshold)
    # below the bar, only a noun of a role's form that does what only a person does needs no reading (not any noun
    # that "meldt" or "vraagt": a hostile review found banks, churches, chatbots, drones, dogs and invoices doing so)
    acting = set()
    if reading < bar:
        acts = word_class(antecedents.person_acts)
        acting = {
            tok.i
            for tok in candidates
            if _role_form_before(doc, reach, tok.i) and _acting_before(doc, sent.start, tok.i, acts)
        }
        if not acting:
            return None
    if men_named(hits, doc, sent) or (previous is not None and men_named(hits, doc, previous)):
        return None
    for tok in candidates:
        if (
            not _anyone_before(doc, reach, tok.i)
            or _named_before(doc, sent.start, tok.i)
            or _aged_name(doc, reach, tok.i)
        ):
            continue
        if not pronoun_ok(doc, tok.i) or not _acts(tok) or _handled_before(doc, reach, tok.i):
            continue
        if reading < threshold and not _role_form_before(doc, reach, tok.i):
            continue
        if reading < bar and tok.i not in acting:
            continue
        m = antecedent(hits, tok, antecedents)
        if m is None or m.kind == THING or (m.kind == NEUTER and not m.pronoun and not het_person(doc[m.i])):
            return tok.i, tok.i + 1
    return None


def _acts(tok: Token) -> bool:
    """A possessive "zijn", a "hij" that is the subject of an active verb, or a "hem" after a preposition ("komt
    bij hem langs"): a thing is more often what is handled ("sturen we hem terug", "wordt hij geleegd") than a
    role is."""
    if tok.lower_ == "zijn":
        return True
    x = token_syntax(tok)
    if x is None:
        return False
    if tok.lower_ in ("hem", "hemzelf"):
        return x.dep_.split(":")[0] in ("obl", "nmod")
    # (not the subject of a passive the parse calls active: "…, waarna hij binnen twee dagen wordt geleegd")
    return x.dep_ == "nsubj" and not any(c.dep_ == "aux:pass" for c in x.head.children)


def _handled_before(doc: Doc, start: int, end: int) -> bool:
    """A noun after "een/elke/iedere" before the pronoun is the subject of a passive ("Een boom die ziek is,
    wordt gekapt als hij …", "Een verkeersdrempel … wordt verlaagd zodra hij …"): a thing someone deals with."""
    for i in range(start, end):
        if doc[i].lower_ not in _ANYONE:
            continue
        x = token_syntax(doc[i])
        # (not a passive with an object, a misparse of an active verb: "Als een glazenwasser een ladder gebruikt")
        if (
            x is not None
            and x.dep_ == "det"
            and x.head.dep_ == "nsubj:pass"
            and not any(c.dep_ == "obj" for c in x.head.head.children)
        ):
            return True
    return False


def _anyone_before(doc: Doc, start: int, end: int) -> bool:
    """Anyone in a role before the pronoun: "een", "elke", "iedere" or "ieder" before a word, or "wie" or
    "degene", or a role's noun that a relative clause or "nieuwe" makes anyone's (:func:`_role_at`). A definite thing
    ("De startboei is losgeraakt; hij wordt …") is no role of anyone's."""
    return any(
        (doc[i].lower_ in _ANYONE and i + 1 < end and doc[i + 1].is_alpha)
        or doc[i].lower_ in ("wie", "degene")
        or _role_at(doc, i, end) is not None
        for i in range(start, end)
    )


def _role_at(doc: Doc, i: int, end: int) -> int | None:
    """The index of a noun of a role's form (``_ROLE_FORM``, no thing of that form) that anyone in the role is,
    before token *end*, or None: "De ovenschuiver die de laatste dienst draait, …" ("de", the noun and "die" right
    after it: whoever does what the clause says), or "de nieuwe ovenschuiver" (whoever starts in the role). A
    writer of instructions names trades that no list holds. Not "De dakdekker, die …": a clause after a comma tells
    more of one person."""
    if doc[i].lower_ != "de" or i + 2 >= end:
        return None
    noun = doc[i + 1].lower_
    if doc[i + 2].lower_ == "die" and _ROLE_FORM.match(noun) and not _thing_form(noun):
        return i + 1
    later = doc[i + 2].lower_
    if noun == "nieuwe" and _ROLE_FORM.match(later) and not _thing_form(later):
        return i + 2
    return None


# A noun in the form of a person's role: an agent noun ("voeger", "bestuurder", "coureur", "machinist", "solist",
# "handelaar", "aspirant"); not one of the things and measures of that form a text names after "een/elke"
# ("computer", "container", "meter", "filter", "jaar").
_ROLE_FORM = re.compile(r"^[a-zà-ÿ-]{3,}(?:[^aeiou]er|eur|ier|ist|aar|ant|icus|arts)$")
"""(Also a technicus or a tandarts; not -wacht, which is also a group or a service, "een buurtwacht", "een
huisartsenwacht", nor -kundige, also an adjective, "een geneeskundige verklaring": a hostile review.)"""
_THING_FORMS = frozenset(
    {
        "computer",
        "ficus",
        "trekker",
        "gieter",
        "boiler",
        "heater",
        "sproeier",
        "container",
        "printer",
        "scooter",
        "trailer",
        "poster",
        "sticker",
        "router",
        "meter",
        "liter",
        "filter",
        "ladder",
        "kater",
        "poeder",
        "folder",
        "flyer",
        "kalender",
        "formulier",
        "papier",
        "dossier",
        "register",
        "nummer",
        "kamer",
        "zomer",
        "winter",
        "oever",
        "oktober",
        "september",
        "november",
        "december",
        "hamer",
        "emmer",
        "kelder",
        "zolder",
        "cluster",
        "scanner",
        "monitor",
        "parkeerplaats",
        "restaurant",
        "jaar",
        "paar",
        "haar",
        "gevaar",
        "deur",
        "kleur",
        "geur",
        "scheur",
        "keur",
        "humeur",
        "interieur",
        # (devices that report or warn by themselves: "Elke pomp die uitvalt, meldt zich bij zijn beheerder")
        "pomp",
        "sensor",
        "robot",
        "camera",
        "machine",
        "installatie",
        "lift",
        "ketel",
        "app",
        "melder",
        "alarm",
        "systeem",
    }
)


def _introduced(doc: Doc, start: int, end: int) -> Token | None:
    """The noun right after the first "een/elke/iedere/ieder" from token *start* up to token *end*, or the first
    role's noun that is anyone's (:func:`_role_at`): the one who is introduced ("Als een zeilmaker een scheur vindt,
    meldt hij …", "Pas als de nieuwe zeilmaker zijn proef heeft gedaan, …")."""
    for i in range(start, end):
        if doc[i].lower_ in _ANYONE and i + 1 < end:
            return doc[i + 1]
        role = _role_at(doc, i, end)
        if role is not None:
            return doc[role]
    return None


def _thing_form(word: str) -> bool:
    return any(word.endswith(t) for t in _THING_FORMS)


def _role_form_before(doc: Doc, start: int, end: int) -> bool:
    """The noun introduced before token *end* (:func:`_introduced`) has the form of a person's role
    (``_ROLE_FORM``), also as the last part of a compound ("dijkwachter"), and is no thing of that form
    (``_THING_FORMS``)."""
    noun = _introduced(doc, start, end)
    return noun is not None and bool(_ROLE_FORM.match(noun.lower_)) and not _thing_form(noun.lower_)


def _acting_before(doc: Doc, start: int, end: int, acts: WordClass) -> bool:
    """The noun introduced before token *end* (:func:`_introduced`) does what only a person does (*acts*: "Een
    sluiswachter die ijsgang ziet, waarschuwt zijn ploegleider", "Een schutter … roept 'stop'"): it is the subject
    of such a verb, of a verb joined to it by "en/maar", or of its own relative clause. Not a device that reports by
    itself (``_THING_FORMS``); the caller also asks for a role's form, as bodies, animals and papers "melden" and
    "vragen" too."""
    noun = _introduced(doc, start, end)
    if noun is None:
        return False
    x = token_syntax(noun)
    if x is None or x.pos_ != "NOUN" or "Number=Plur" in str(x.morph) or _thing_form(noun.lower_):
        return False
    offset = syntax_offset(noun)
    verbs = []
    if x.dep_ == "nsubj":
        verbs.append(x.head)
        verbs.extend(c for c in x.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    elif x.dep_.lower() == "root":  # (a misparse: the noun the root, its verbs joined to it)
        verbs.extend(c for c in x.children if c.dep_ == "conj" and c.pos_ == "VERB")
    # "Een schutter die … ziet, …": the relative clause's verb, with "die" its subject
    verbs.extend(
        c
        for c in x.children
        if c.dep_ == "acl:relcl" and any(r.dep_ == "nsubj" and r.lower_ in ("die", "dat") for r in c.children)
    )
    return any(doc[v.i + offset] in acts for v in verbs if 0 <= v.i + offset < len(doc))


_EVERY = frozenset({"elk", "elke", "iedere", "ieder"})
_ANYONE = INDEFINITE | {"elke", "iedere", "ieder"}  # ("elk" stands before het-words: "elk lid … zijn")


def _aged_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word with an age after it, "Halbe (72) kookt …", "Halbe (72, gepensioneerd)": one person
    (not "gemaal Meermin (36 uur)")."""
    return any(
        doc[i].text[:1].isupper()
        and doc[i + 1].text == "("
        and doc[i + 2].text.isdigit()
        and doc[i + 3].text in (")", ",")
        for i in range(start, end - 3)
    )


def _named_before(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word between the first word of a sentence and a pronoun: a name the pronoun may be of."""
    return any(_name(doc, i) for i in range(start + 1, end))
