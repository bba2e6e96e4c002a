"""Generic masculine: a person noun referred back to by hij / zijn / hem.

The antecedent (``de werkzoekende``, ``de klant``) must be singular and come
before the pronoun, in the same sentence or the one before it. No finding
when the text names a man there (``de heer``, ``vader``: then the pronoun is
right), when the pronoun is paired with a feminine one (``hij of zij``,
``zijn/haar``), when ``zijn`` is the verb rather than the possessive, or when
a neuter noun phrase (``het bedrijf en zijn``) stands closer to ``zijn``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon.keys import MALE
from ..nlp import lemma_of
from .matching import Hits

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
_PARTICIPLE = re.compile(r"^ge\w{3,}(?:[dt])$")


def is_possessive_zijn(tok: Token) -> bool:
    """Heuristic: ``zijn`` followed by what it possesses, not the verb."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ == "te":
        return False
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    word = nxt.lower_
    if not nxt.is_alpha or word in NOT_A_POSSESSED_WORD:
        return False
    if _PARTICIPLE.match(word) and not word.endswith("heid"):
        return False
    lemma = lemma_of(word)
    return not (word[-1] in "dt" and lemma != word and lemma.endswith("en"))


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


def pronoun_ok(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.lower_ == "zijn" and not is_possessive_zijn(tok):  # the verb, most often: decided by one word
        return False
    return not _paired_with_feminine(doc, i)


def anaphora_spans(
    hits: Hits, antecedent_key: str, pronoun_key: str, sent: Span, previous: Span | None, next_sentence: bool
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
    for p_start, p_end in hits.get(pronoun_key, sent):
        if not pronoun_ok(doc, p_start):
            continue
        for scope in scopes:
            antecedents = [a for a in hits.get(antecedent_key, scope) if a[1] <= p_start]
            if not antecedents:
                continue
            same = scope is sent
            a_start, a_end = antecedents[-1] if same else antecedents[0]
            if hits.any(MALE, scope) or hits.any(MALE, sent):
                break
            if doc[p_start].lower_ == "zijn" and _neuter_in_between(doc, a_end, p_start):
                break
            out.append((p_start, p_end, scope.start, p_start - a_start if same else 1000 + a_start))
            break
    return out
