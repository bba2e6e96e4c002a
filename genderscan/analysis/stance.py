"""Stance of a match: does the document rely on the stereotype, reject it, or quote it?

* ``quoted``: most of the match lies inside quotation marks (a quote, a cited
  title or a scare-quoted term), or in a title after a cue such as ``getiteld``;
  not when the quotation is the speech of someone who speaks for the policy
  (:func:`staff_speech`: "Klantmanager: 'Bij een stel begin ik met meneer.'"),
  or a letter the body sends, greeting a resident (:func:`_own_letter`: "Brief
  bij de afvalpas: 'Geachte heer, u en uw echtgenote …'"), which are read like
  the document's own words;
* ``critical``: the sentence carries a rejection or framing cue
  (``niet langer uitgaan van``, ``het beeld dat``, ``doorbreken`` …), a
  positive-action cue (a measure that counters the stereotype: ``gratis
  kinderopvang``, ``actief werven``; not for a pronoun), a scoped rejection
  stands in the match's own clause (``breekt met``, ``komt niet doordat``,
  ``…, zo luidde het idee``: no ``;``, ``:``, "maar" or "want" between, and no
  view adopted after it), or a negation stands just before the match, in its
  clause; not before a match that is a pronoun (``het niet verrichten van
  zijn arbeid``, ``dat hij niet …``): that negation belongs to the clause,
  and the pronoun is as generic as without it;
* ``critical`` from the discourse around the sentence (:func:`discourse_stance`;
  not for a pronoun, whose wording is the document's own whoever speaks);
* ``assertion``: otherwise.

The cues are data, in ``lexicons/nl/stance.yml``.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..lemmas import lemma_of
from ..lexicon.keys import (
    GENDER,
    STANCE_ADOPTION,
    STANCE_AFFIRMATION,
    STANCE_ATTRIBUTION,
    STANCE_CRITICAL,
    STANCE_DEFINITION,
    STANCE_EACH,
    STANCE_ENDORSEMENT,
    STANCE_ENDORSER,
    STANCE_FOLLOWING,
    STANCE_FRAME,
    STANCE_NEGATION,
    STANCE_OWN,
    STANCE_OWN_PLAN,
    STANCE_PAST,
    STANCE_POSITIVE,
    STANCE_QUANTIFIER,
    STANCE_SCOPED,
    STANCE_STATISTIC,
    STANCE_TARGET,
)
from ..lexicon.schema import StanceCues
from ..syntax import heads_of, token_syntax
from .coref import PRONOUNS
from .matching import Hits, Spans

# Straight single quotes double as apostrophes (auto's, 's avonds): a quote
# opens after a non-letter and closes before one, within one short stretch; a
# comma may stand before the closing mark ("'…,' zegt de coach"). Inside it, an
# apostrophe between letters ("'collega's die kostwinner zijn'") or of "'s"/"'t"
# ("'we bellen 's avonds'") closes nothing.
_SINGLE_QUOTED = re.compile(r"(?<!\w)'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)|(?<=\s)'[st](?=\s)){1,160}?(?<=[\w.!?,])'(?!\w)")


def title_ranges(text: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Cited titles: after a cue (``getiteld``, ``het rapport``), a capitalised stretch up to , . ; : ( or line end."""
    if not cues:
        return []
    return [m.span(1) for m in _title_pattern(cues).finditer(text)]


@functools.lru_cache(maxsize=16)
def _title_pattern(cues: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{alternatives}))\s*:?\s+(?=[A-ZÀ-Ý])([^,.;:()\n]{{3,150}})")


def quote_ranges(
    text: str, pairs: tuple[tuple[str, str], ...], title_cues: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Character ranges enclosed by a balanced pair of quotation marks, or cited as a title."""
    ranges = [m.span() for m in _SINGLE_QUOTED.finditer(text)] + title_ranges(text, title_cues)
    for opening, closing in pairs:
        pos = 0
        while True:
            start = text.find(opening, pos)
            if start < 0:
                break
            if _elision(text, start):  # "‘s avonds", "‘t": an apostrophe, no opening mark
                pos = start + 1
                continue
            end = text.find(closing, start + 1)
            while end >= 0 and _apostrophe(text, end):  # "baby’s", "auto’s": no closing mark either
                end = text.find(closing, end + 1)
            if end < 0:
                break
            ranges.append((start, end + 1))
            pos = end + 1
    return ranges


def _elision(text: str, i: int) -> bool:
    """A curly mark at *i* that is the apostrophe of "’s" or "’t" (typed as ‘ or ’ by a word processor)."""
    return text[i] in "‘’" and text[i + 1 : i + 3] in ("s ", "t ")


def _apostrophe(text: str, i: int) -> bool:
    """A curly closing mark at *i* inside a word: the apostrophe of a plural or genitive ("baby’s")."""
    return text[i] == "’" and i > 0 and text[i - 1].isalpha() and text[i + 1 : i + 2].isalpha()


# A quotation is speech from this many words on (shorter: a quoted phrase or term) …
SPEECH_MIN_WORDS = 5
# … and its speaker's name before a colon has at most this many words ("Wethouder De Vries:", "Spreeklijn bij
# vragen over de wachtlijst:", "Op de flyer voor ouders staat:").
SPEAKER_MAX_WORDS = 6
# The speech verb stands within this many words after the closing mark ("…,' zegt de coach").
SPEECH_VERB_REACH = 2
_LABEL = r"(?:^|[.!?\n\]])\s*([^.!?\n:'\"‘’“”„«»\]]{1,%d}?)\s*:\s*$"
"""A label before a colon, at the start of a sentence or after a bracketed stage direction; its longest length is
filled in below."""
_SPEAKER = re.compile(_LABEL % 60)
"""A speaker's name or role before a colon ("[Beeld: een vrouw achter de kassa] Voice-over: '…'")."""
FORM_LABEL_MAX_CHARS = 120
_FORM_LABEL = re.compile(r"(?:^|[.!?\n\]])\s*((?:[^.!?\n:'\"‘’“”„«»\]]|'[^'\n:]{1,60}'|‘[^’\n:]{1,60}’)+?)\s*:\s*$")
"""A longer label before a colon: an item of one of the text's own forms, with its field named after a comma, in
brackets or in quotation marks ("Aanvraag winkelsubsidie X, vraag 4 (bezoekers naar geslacht): '…'", "…, vraag
'deelnemers naar geslacht': '…'"), at most FORM_LABEL_MAX_CHARS long."""
_SOMEONE_ELSES_ANSWER = re.compile(
    r"\b(?:antwoord|ingevuld|ingediend|opgesteld|geschreven)\s+(?:van|door)\b|\bzoals ingediend\b|\bvan een\b",
    re.IGNORECASE,
)
"""A form label that gives the answer to someone ("antwoord van een ouder", "ingevuld door een moeder")."""
_ANSWER_OF = re.compile(
    r"(?:^|,\s*)antwoord\s+(?:van\s+(?!een\b|enkele\b|sommige\b)((?:[\w'-]+\s+){0,5}?[\w'-]+)\s+op\s+"
    r"(?:de\s+|het\s+|een\s+)?(?:\w+\s+)?(?:\w*vra(?:ag|gen)(?!lijst)\w*|aanbesteding\w*)"
    # (not a survey's or a questionnaire's, whose answers are the public's; unnamed, only a tender's or the council's)
    r"|op\s+(?:de\s+|het\s+|een\s+)?(?:schriftelijke\s+)?(?:aanbesteding\w*|offerteaanvraag\w*|raadsvra\w+|vragen\s+van\s+de\s+raad))\b",
    re.IGNORECASE,
)
"""A label that names the answer to questions put to someone, and who answers ("antwoord van Rompvorm op vragen van
de gemeente …", "Antwoord van het college op schriftelijke vragen"; group 1, or none: "Antwoord op de aanbesteding van
de gemeente X, vraag 12")."""
_ANSWERING_BODY = re.compile(
    r"(?:het\s+college|de\s+gemeente|(?:de\s+)?(?:wethouder|burgemeester)\b.*|b\s*(?:en|&)\s*w|het\s+bestuur|de\s+directie)$",
    re.IGNORECASE,
)
"""A named answerer who speaks for the body: the college, the municipality, an alderman or the mayor, the board."""
_PUT_BY_THE_BODY = re.compile(
    r"\b(?:aanbesteding\w*|offerte\w*|inschrijving\w*|vragen\s+van\s+(?:de\s+gemeente|het\s+college))\b", re.IGNORECASE
)
"""… or any answerer to a tender's questions or to questions the body put (a firm's answer, "antwoord van X op vragen
van de gemeente over de loonkloof"); not a resident, a client, an expert or a minister answering others (a hostile
review)."""
_SPEAKER_WORD = re.compile(r"\w+(?:-\w+)*")
"""A word of a speaker's name or role, hyphenated ones whole ("voice-over")."""


def _answer_of_the_body(label: str, cues: StanceCues) -> bool:
    """The *label* gives the answer a body or a firm gave to questions put to it ("Antwoord van het college op
    schriftelijke vragen", "Aanbesteding scholenbouw, antwoord van Boograam op vraag 11"): its own words, what it holds;
    not one given by a resident, a client, an expert or an outsider (``outside_speakers``, hyphenated parts too)."""
    answer = _ANSWER_OF.search(label)
    if answer is None:
        return False
    answerer = answer.group(1)
    if answerer is None:
        return True
    if not (_ANSWERING_BODY.match(answerer) or _PUT_BY_THE_BODY.search(label)):
        return False
    return not any(
        _term_matches(part.lower(), t)
        for w in _SPEAKER_WORD.findall(answerer)
        for part in (w, *w.split("-"))
        for t in cues.outside_speakers
    )


def staff_speech(text: str, q0: int, q1: int, cues: StanceCues) -> bool:
    """The quotation at [q0, q1) of *text* is a clause spoken by someone who speaks for the policy: the
    speaker is named before a colon or after a speech verb just after the closing mark, and is one of
    ``staff_speakers`` (officials, practitioners, the organisation's own scripts), not an outsider
    (``outside_speakers``)."""
    if not cues.staff_speakers or q1 - q0 < 2 or text[q0].isalnum():  # a cited title has no marks
        return False
    if len(text[q0 + 1 : q1 - 1].split()) < SPEECH_MIN_WORDS:
        return False
    colon = _SPEAKER.search(text[:q0])
    firsts = _first_words(cues.speech_verbs)
    after = _SPEAKER_WORD.findall(text[q1 : q1 + 80])
    spoken = next((i for i, w in enumerate(after[:SPEECH_VERB_REACH]) if w.lower() in firsts), None)
    # a letter, unless a speech verb after it gives it to its writer ("'Geachte heer, …,' schreef een inspreker")
    if spoken is None and _own_letter(text, q0, q1, cues):
        return True
    form = _FORM_LABEL.search(text[:q0])
    form_label = form.group(1) if form and len(form.group(1)) <= FORM_LABEL_MAX_CHARS else None
    closed = not text[q1:].strip(" .,;!\n")  # the passage does not go on to judge the quotation
    if (
        (colon is None or len(colon.group(1).split()) > SPEAKER_MAX_WORDS)
        and form_label
        and ("," in form_label or _sent_to_body(form_label))
        and not _SOMEONE_ELSES_ANSWER.search(form_label)
        and closed
        and _own_channel(form_label, text[q1:], cues, text)
    ):
        # the answer written in one of its own forms or accounts, its field named after the comma, or an account
        # sent to the body ("Evaluatie zeepkistenrace Stichting X voor de gemeente Y"); not an answer someone gave
        # ("antwoord van een ouder", "ingevuld door een moeder"), nor one the passage goes on to judge
        return True
    if form_label and closed and _answer_of_the_body(form_label, cues):
        return True
    if colon and len(colon.group(1).split()) <= SPEAKER_MAX_WORDS:
        label = colon.group(1)
        tail = _SPEAKER_WORD.findall(label.rsplit(",", 1)[-1]) if "," in label else []
        if tail and tail[0].lower() == "een":
            return _staff(tail, cues, text)  # "Evaluatie 2024, een deelnemer:": the participant speaks, not the text
        if _own_channel(label, text[q1:], cues, text):
            return True
        if any(w.lower() in firsts for w in tail):
            return _staff(tail, cues, text)  # "Radiospot, een vader vertelt:": the father speaks, not the spot
        return _staff(_SPEAKER_WORD.findall(label), cues, text)
    if spoken is not None:
        return _staff(after[spoken + 1 : spoken + 1 + SPEAKER_MAX_WORDS], cues, text)
    # no speaker named: a quotation that is the whole passage is the text's own line (a post, a slogan, a model
    # sentence, a speech printed whole), unless it asks ("'Vrouwen willen toch niet werken?'") or tells of something
    # heard ("'… Dat hoorde ik vroeger vaak.'"); not one that the passage goes on to give to someone or comment on
    # ("'…' – deelnemer focusgroep", "'…': die zin is in de evaluatie afgekeurd")
    return not text[:q0].strip() and not text[q1:].strip(" .,;!\n") and not _asked_or_heard(text[q0:q1])


# A letter's salutation ("Geachte heer,", "Beste ouders,") and the words of its addressee that make it a letter
# to the body, not from it ("Geachte wethouder,", "Geachte leden van de raad,").
_SALUTATION = re.compile(r"^(?:geachte|beste)\s+((?:[\w/-]+\s+){0,4}[\w/-]+)", re.IGNORECASE)
_TO_THE_BODY = frozenset(
    {
        "wethouder",
        "wethouders",
        "burgemeester",
        "college",
        "raad",
        "raadsleden",
        "raadslid",
        "gemeenteraad",
        "redactie",
        "commissie",
        "voorzitter",
        "ombudsman",
        "ombudsvrouw",
        "directie",
        "gemeente",
        "griffier",
        "bestuur",
        "minister",
        "staatssecretaris",
        "statenleden",
        "ambtenaar",
        "ambtenaren",
        "medewerker",
        "medewerkers",
        "klantmanager",
        "consulent",
        "afdeling",
        "werkplein",
        "team",
        "aanwezigen",
    }
)
# Before the quotation, a letter written to the body or someone's own ("Een ondernemer schreef ons:", "Mevrouw De
# Graaf las haar brief voor:", "In de e-mail van de familie Demir staat:"): a writer, a named sender or a possessive.
_WRITTEN_BY = re.compile(
    r"\b(?:schreef|schreven|schrijft|stuurde|stuurden|stuurt|mailde|mailden|las|lazen|ontvingen|kregen|"
    r"mevrouw|meneer|familie|haar|zijn|hun|van\s+(?:de\s+)?(?:familie|heer|mevrouw|een|bewoner|inwoner))\b",
    re.IGNORECASE,
)
# A label that gives a letter to someone else ("Ingezonden brief:", "Lezersbrief —").
_SENT_IN = re.compile(r"\b(?:ingezonden|lezers\w*|bezwaar\w*|klacht\w*|reactie\w*)\b", re.IGNORECASE)


def _own_letter(text: str, q0: int, q1: int, cues: StanceCues) -> bool:
    """The quotation at [q0, q1) opens with a salutation to a resident or client ("'Geachte heer, u en uw
    echtgenote …'"): a letter the body sends, read like its own words, unless it is addressed to the body
    ("'Geachte wethouder, …'", or to its staff) or the words before it in its sentence give it to someone else
    (an old or a sent-in letter, a writer, a named sender or a possessive, a speaker who is an outsider: "In de oude
    uitnodiging stond:", "Ingezonden brief:", "Een ondernemer schreef ons:"; the addressees after "aan" do not
    count: "Brief aan alle bewoners:"). :func:`staff_speech` asks this only when no speech verb follows it."""
    salutation = _SALUTATION.match(text[q0 + 1 : q1])
    if salutation is None:
        return False
    if any(w.lower() in _TO_THE_BODY for w in _SPEAKER_WORD.findall(salutation.group(1))):
        return False
    start = max(text.rfind(stop, 0, q0) for stop in (". ", "! ", "? ", "\n")) + 1
    before = re.split(r"\baan\b", text[start:q0], maxsplit=1, flags=re.IGNORECASE)[0]
    if _OTHERS_WORD.search(before) or _SENT_IN.search(before) or _WRITTEN_BY.search(before):
        return False
    words = [w.lower() for w in _SPEAKER_WORD.findall(before)]
    return not any(_term_matches(w, t) for w in words for t in cues.outside_speakers)


_HEARD = re.compile(r"\b(?:hoor|hoorde|hoorden|gehoord|te horen)\b", re.IGNORECASE)
# Words after a channel's name that give the line to someone else ("Bericht van een bewoner:", "Reactie op onze post:")
_COMPLEMENTS = frozenset(
    {"van", "door", "uit", "op", "over", "namens", "aan", "voor", "een", "de", "het", "ingezonden"}
)
CHANNEL_CODE_WORDS = 3
"""The most words (a number, a code, a short name) after a channel's name in its label ("Oefening 10 — Lees")."""
# … and a passage that goes on to have the line discussed ("Dia 7: '…' Klopt dit? Bespreek.") or rejects it ("'…' Die
# conclusie delen wij niet.")
_DISCUSSED = re.compile(
    r"\?|\bbespreek\w*|\bbespreken\b|\beens of oneens\b|\bvraag de groep\b"
    r"|\b(?:delen|deelt|onderschrijven|onderschrijft)\s+(?:wij|we|het college|de gemeente)\s+niet\b"
    r"|\bniet\s+(?:mee\s+)?eens\b|\bklopt\s+niet\b|\bten\s+onrechte\b|\bonjuist\b|\bwijzen\s+(?:wij|we)\s+af\b"
    r"|\bonaanvaardbaar\b|\bkeur\w*\s+(?:\w+\s+)?af\b|\bniet\s+goedgekeurd\b|\bin\s+strijd\s+met\b|\bstrookt\s+niet\b"
    r"|\bpast\s+niet\s+bij\b|\bdiscriminatie\b|\bstereotiep\w*|\baangesproken\b|\bwat\s+niet\s+mag\b|\btot\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _asked_or_heard(quotation: str) -> bool:
    """The *quotation* (with its marks) is a question, or tells of something heard."""
    inner = quotation[1:-1].rstrip(" '\"‘’“”„«»")
    return inner.endswith("?") or bool(_HEARD.search(quotation))


CHANNEL_NAME_WORDS = 3
"""A channel word may be followed by a name of at most this many capitalised words ("Jaarverslag Zwembad De Plons")."""


def _own_channel(label: str, after: str, cues: StanceCues, text: str = "") -> bool:
    """The speaker *label* before a colon is one of the text's own channels (``own_channels``) by itself, with at most
    a number or code before any comma ("Dia 7", "Brief T-05", "Praatplaat 15, op het werk") or the capitalised name
    of the organisation whose account it is ("Jaarverslag Zwembad De Plons"), no complement and no
    outsider, and the passage does not go on (*after* the quotation) to ask about it or have it discussed."""
    words = _SPEAKER_WORD.findall(label.split(",", 1)[0])
    if len(words) > 2 and words[0].lower() == "uit" and words[1].lower() in ("de", "het", "onze"):
        words = words[2:]  # "Uit de brief aan nieuwe leden"
    if not words:
        return False

    # a letter of the body's own, also a compound named after whom it is sent to ("Bewonersbrief", "Ledenbrief"),
    # and addressed to someone ("Brief aan nieuwe leden"): not "Brief van een bewoner"
    def channel(w: str) -> bool:
        return any(_term_matches(w.lower(), t) for t in cues.own_channels)

    # (after one word that qualifies it, judged with the rest: "Sociaal jaarverslag Rugzakhuis, onderdeel personeel";
    # not a letter: "Ingezonden brief", "oude brief")
    qualifier = []
    if (
        len(words) > 1
        and not channel(words[0])
        and not _LETTER.search(words[0])
        and not _SENT_IN.search(words[0])
        and channel(words[1])
        and not _LETTER.search(words[1])
    ):
        qualifier, words = words[:1], words[1:]
    letter = _LETTER.search(words[0]) is not None
    if not letter and not any(_term_matches(words[0].lower(), t) for t in cues.own_channels):
        return False
    rest = [w.lower() for w in words[1:]]
    if not letter:
        # an account sent to the body, named after its addressee ("Personeelsoverzicht Vishandel X voor de gemeente",
        # "Marktverslag aan de raad van Y"): the sender's own words, the addressee no complement
        cut = _addressed_to_body(rest)
        words, rest = words[: 1 + cut], rest[:cut]
    if (
        not letter
        and "," not in label
        and 0 < len(rest) <= CHANNEL_NAME_WORDS
        and all(w[:1].isupper() for w in words[1:])
    ):
        # the account of a named organisation ("Subsidieverantwoording Radioclub Dipoolkring:"): its own words
        rest = []
    addressed = letter and bool(rest) and rest[0] == "aan"
    # (a letter's addressees, "aan alle vrijwilligers", do not speak: only a sender "van …" would)
    judged = [] if addressed else words[1:] if letter else words
    judged = [*qualifier, *judged]
    k = next((i for i, w in enumerate(rest) if w in ("van", "op", "in")), None)
    if k is not None:
        # "Vraag 5 van de leidraad", "Vraag 4 op het aanvraagformulier": an item of another of the text's own channels
        tail = [w for w in rest[k + 1 :] if w not in ("de", "het", "onze", "ons")]
        if len(tail) == 1 and any(_term_matches(tail[0], c) for c in cues.own_channels):
            rest = rest[:k]
    if addressed:
        rest = rest[1:3]  # (its addressees: "aan nieuwe leden", "aan de buurtouders")
        if any(w in _COMPLEMENTS - {"de", "het", "een"} for w in rest):
            return False
    elif len(rest) > CHANNEL_CODE_WORDS or any(w in _COMPLEMENTS for w in rest):
        return False
    if any(_term_matches(w.lower(), t) for w in judged for t in cues.outside_speakers):
        return False
    # … nor one in the words after those judged above, after a comma too ("…, samengesteld door onderzoeksbureau X",
    # "…, oude versie", "…, zoals in 2012 ingediend"); not a form's field named in it (``_FIELD_NAMED``)
    everything = _SPEAKER_WORD.findall(_FIELD_NAMED.sub(" ", label))
    if any(_term_matches(w.lower(), t) for w in everything[len(words) :] for t in cues.outside_speakers):
        return False
    if _dated_old(everything, text):
        return False  # an old account ("Werkplan 2009 …"): a text the policy may no longer use, as for a speaker
    return not _DISCUSSED.search(after)


_LETTER = re.compile(r"^(?:\w+)?(?:brief|brieven|mail|nieuwsbrief)$", re.IGNORECASE)


_FIELD_NAMED = re.compile(
    r"\b(?:vraag|veld|item|rubriek)\s*\d*[a-z]?\s*\([^()]*\)|'[^']*'|‘[^’]*’|\"[^\"]*\"", re.IGNORECASE
)
"""A form's field named in brackets after its number, or in quotation marks ("vraag 5 (aantal vrijwilligers)"): what is
asked, not who answers (a status in brackets, "(concept, niet vastgesteld)", stays)."""


def _sent_to_body(label: str) -> bool:
    """The speaker's *label* names the body as its addressee ("… voor de gemeente", "… aan de raad van Y")."""
    words = [w.lower() for w in _SPEAKER_WORD.findall(label)]
    return _addressed_to_body(words) < len(words)


def _addressed_to_body(rest: list[str]) -> int:
    """Where a trailing addressee that is the body itself begins in the lower-cased label words *rest* after a
    channel's name ("voor de gemeente", "aan de raad van Rusvelde", "voor de gemeente Oppelbeek"), or len(rest)
    when there is none."""
    for i, w in enumerate(rest):
        if w not in ("voor", "aan"):
            continue
        j = i + 1 + (i + 1 < len(rest) and rest[i + 1] in ("de", "het"))
        if j < len(rest) and rest[j] in _TO_THE_BODY and len(rest) - j <= 3:
            tail = rest[j + 1 :]
            if not tail or tail[0] == "van" or len(tail) <= 2 and tail[0] not in _COMPLEMENTS:
                return i
    return len(rest)


@functools.lru_cache(maxsize=4)
def _first_words(verbs: tuple[str, ...]) -> frozenset[str]:
    """The first word of each speech verb ("legt" of "legt uit"), once per lexicon."""
    return frozenset(v.split()[0] for v in verbs)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
OLD_TEXT_YEARS = 5
"""A speaker's or channel's year this many years or more before the text's own year makes it an old text."""
FUTURE_TEXT_YEARS = 10
"""A text whose most frequent year lies more than this many years after this year is set in its own time."""


def _dated_old(words: list[str], text: str) -> bool:
    """The speaker's or channel's *words* date it as an old text: its latest year is ``OLD_TEXT_YEARS`` or more
    before the text's own year (:func:`_text_year`). "Folder uit 2011" is old; this year's "Jaarverslag", or one of
    2088 in a text of 2088, is not. The verdict depends on the year it is run in, as an adviser's reading would."""
    years = [int(w) for w in words if _YEAR.match(w)]
    return bool(years) and max(years) <= _text_year(text) - OLD_TEXT_YEARS


@functools.lru_cache(maxsize=8)
def _text_year(text: str) -> int:
    """The year a text is of: this year, or the text's most frequent year (the latest of equals) when that lies more
    than ``FUTURE_TEXT_YEARS`` ahead."""
    counts = Counter(int(m.group()) for m in _ANY_YEAR.finditer(text))
    own = max(counts, key=lambda y: (counts[y], y)) if counts else 0
    this = datetime.date.today().year
    # a text of our time, whose most frequent year may be a plan's end ("tot 2031"), is of this year; a text set far
    # ahead of it (a scenario of 2088) of its own
    return own if own > this + FUTURE_TEXT_YEARS else this


def _staff(words: list[str], cues: StanceCues, text: str = "") -> bool:
    """The speaker's *words* name a staff role (the term, a word it begins: ``klantmanager*``, or, as a Dutch
    compound names its head last, a word it ends: ``*coach`` for "wijkcoach") and no outsider (a volunteer, a
    researcher, a party or a church, an old text: ``outside_speakers``; a year among them, "Folder uit 2019", dates
    a text the policy may no longer use)."""
    lower = [w.lower() for w in words]
    if any(_term_matches(w, t) for w in lower for t in cues.outside_speakers) or _dated_old(lower, text):
        return False
    return any(_term_matches(w, t) for w in lower for t in cues.staff_speakers)


def _term_matches(word: str, term: str) -> bool:
    """*word* is *term*, begins with it (``term*``) or ends in it or its plural (``*term``)."""
    if term.endswith("*"):
        return word.startswith(term[:-1])
    if term.startswith("*"):
        return any(word.endswith(term[1:] + plural) for plural in ("", "s", "es", "en", "n"))
    return word == term


def _mostly_quoted(doc, start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation holding more than half of the match's words ("vrouwen 'te ver van de arbeidsmarkt'")."""
    if not quotes:
        return None
    words = [t for t in doc[start:end] if not t.is_punct]
    for q0, q1 in quotes:
        inside = sum(1 for t in words if q0 <= t.idx and t.idx + len(t) <= q1)
        if words and inside * 2 > len(words):
            return q0, q1
    return None


# Words right before a quotation that make it a name or status the policy itself gives: a status ("krijgt de
# status 'niet bemiddelbaar'"), a mark it counts ("het kenmerk 'vrouw, ouder dan 50'"), a project it starts
# ("start 'Moeders aan de Slag'"), a class it records someone in ("markeer je als 'niet bemiddelbaar'"). Not
# "label" or "etiket", words of those who criticise one ("het label 'moeilijk bemiddelbaar' werd op vrouwen
# geplakt").
_NAMING = re.compile(
    r"(?:\b(?:status|categorie|code|project|programma|pilot|cursus|werkwijze|heet|heten|groep|doelgroep|regeling|"
    r"module|traject|indicator|kenmerk)"
    r"|\b(?:markeer|markeert|markeren|gemarkeerd|registreer|registreert|registreren|geregistreerd|noteer|noteert|"
    r"noteren|genoteerd|aanmerken|aangemerkt|merk|merkt|merken|classificeer|classificeert|geclassificeerd|codeer|codeert|gecodeerd)"
    r"(?:\s+\w+){0,4}\s+als"
    r"|(?<!\bde )(?<!\bbij )\b(?:start|starten|startte|startten))\s*:?\s*$",
    re.IGNORECASE,
)


def _own_name(text: str, q0: int, q1: int, sent_start: int = 0) -> bool:
    """The quotation from *q0* to *q1* is a name or label the policy gives, not someone else's words: a naming
    word before it, or a colon right after it that says what it stands for ("de groep 'kansrijke
    werkzoekenden': mannen tot 40 jaar"); not when the sentence gives it to someone else before it ("De
    ombudsman kritiseert de doelgroep '…':", *sent_start*: where the sentence begins)."""
    if text[q0 : q0 + 1] not in "'\"‘“„«" or _OTHERS_WORD.search(text[sent_start:q0]):
        return False
    if _NO_LONGER_OURS.search(text[sent_start:q0]):
        return False  # words the text no longer uses ("schrijven wij niet meer 'de klant en zijn gezin':")
    if text[q0 + 1 : q1 - 1].strip().lower() in PRONOUNS and not _WE.search(text[sent_start:q0]):
        # the word itself, talked about ("niet 'hij': de helft van onze bellers is vrouw"); not the document's
        # own convention ("In deze nota noemen wij de werkzoekende 'hij': dat leest makkelijker")
        return False
    if _NAMING.search(text[max(0, q0 - 30) : q0]):
        return True
    # a label, not a quoted sentence commented on after the colon ("'Wij vinden … gaat': die zin …")
    return text[q1 : q1 + 2].lstrip().startswith(":") and len(text[q0:q1].split()) <= LABEL_WORDS


# Right before a quotation: the text says it no longer writes or uses these words ("niet meer 'de klant en zijn
# vrouw'", "nooit meer over 'de kostwinner'").
# (a verb of writing, naming or using before it, as a main clause's verb comes before "niet meer": not "Moeders die niet
# meer werken heten '…'", a hostile review)
_NO_LONGER_OURS = re.compile(
    r"\b(?:schrijven|schrijft|gebruiken|gebruikt|noemen|noemt|spreken|spreekt|hanteren|hanteert|zeggen|zegt|praten"
    r"|praat|hebben\s+het|heeft\s+het)\b(?:\s+[\w-]+){0,4}?\s+(?:niet|nooit)\s+(?:meer|langer)(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)


_WE = re.compile(r"\b(?:wij|we|ons|onze)\b", re.IGNORECASE)
"""The document speaking for itself before a quoted word."""


# Words before a quotation that give it to someone else: a speaker, a critic, a report ("spreekt van",
# "kritiseert", "had het over", "de ombudsman").
_OTHERS_WORD = re.compile(
    r"\b(?:spreekt|spreken|sprak|spraken|had het|hadden het|hebben het|heeft het|kritiseert|bekritiseert|hekelt|"
    r"vertelt|vertelde|zegt|zei|noemt|noemde|aldus|volgens|rapport|ombudsman|rekenkamer|critici|cliëntenraad|"
    r"adviesraad|deelnemer|deelneemster|buurgemeente)\b",
    re.IGNORECASE,
)
LABEL_WORDS = 5
"""The most words a quoted label defined after a colon has."""


# A quotation in which a match begins is a claim from two words on ("'meest kansrijke'"), unless it names the
# group ("Bij ons is het 'de vrouwen' die …"): a label the text itself uses. From this many words on it is a
# claim whatever it names ("'wij behandelen iedereen gelijk'").
QUOTED_CLAIM_WORDS = 3


def _opens_in_quote(
    doc, start: int, quotes: list[tuple[int, int]], groups: Sequence[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """The quotation of two words or more (QUOTED_CLAIM_WORDS when it names women or men: *groups*) in which the
    match begins: the claim itself stands between quotation
    marks ("die zin 'wij behandelen iedereen gelijk' uit de nota halen"), the rest of the match is comment on it."""
    at = doc[start].idx
    for q0, q1 in quotes:
        inner = doc.text[q0 + 1 : q1].lstrip()
        if not q0 <= at < q1 or inner[:1].isupper():
            continue  # a capitalised one is a name or title ("de banenbeurs 'Vaders aan het werk'")
        names_group = any(q0 <= doc[s].idx < q1 for s, _ in groups)
        if len(inner.split()) >= (QUOTED_CLAIM_WORDS if names_group else 2):
            return q0, q1
    return None


# How many words before an attribution its subject may stand ("wij zien dit als", "het college vindt dat").
OWN_VOICE_REACH = 3


@dataclass(frozen=True)
class Discourse:
    """What around a sentence bears on the stance of a match in it.

    * ``after``: the next sentences (the rest of the paragraph, or at its end
      the first one or two of the next passage), each with the hits of its passage;
    * ``statistic_near``: a statistic stands in the passage or the passage before;
    * ``genre``: a cue of the document when it is critical throughout (None: it is not).
    """

    after: tuple[tuple[Hits, Span], ...] = ()
    statistic_near: bool = False
    genre: str | None = None


# A consequence drawn in one of this many next sentences adopts what the sentence reports.
ADOPTION_REACH = 2
# How far before the match a conditional clause may open ("Dat vrouwen minder geschikt zouden zijn").
CONDITIONAL_REACH = 4


# How far before "dat" the document's own past verb may stand ("wij verwachtten dat …").
FUTURE_IN_PAST_REACH = 3


def _future_in_past(sent: Span, opener: Token, hits: Hits, cues: StanceCues) -> bool:
    """ "dat … zou(den)" after the document's own past verb of expecting (``expectation_verbs``: "De
    plaatsen gingen naar wie wij verwachtten dat het snelst zou uitstromen"): the future seen from then,
    not a supposition; after denying or doubting ("wij betwijfelden dat …") it stays one."""
    if opener.lower_ != "dat":
        return False
    before = sent.doc[max(sent.start, opener.i - FUTURE_IN_PAST_REACH) : opener.i]
    own = any(before.start <= s < opener.i for s, _ in hits.get(STANCE_OWN, sent))
    return own and any(t.lower_ in cues.expectation_verbs for t in before)


FORM_LABEL_REACH = 4
"""How many words a form label and its number take before the colon ("Vraag 7a:", "Stap 3 (intake):")."""


def _quotes_a_text(sent: Span, pronoun: int, cues: StanceCues) -> bool:
    """A verb that gives another text's words ("stond", "schreef", "luidde") stands before the *pronoun*."""
    return any(t.lower_ in cues.reported_text for t in sent.doc[sent.start : pronoun])


def _form_item(words: list, cues: StanceCues) -> bool:
    """*words* open with a numbered label of a form's item and a colon ("Vraag 7:", "Stap 3a:"), perhaps after the
    form's name ("Aanvraagformulier — vraag 3:", "Gespreksleidraad, vraag 2:", "Intakevraag 5, alleen voor
    moeders:"); an unnumbered "Vraag:" may put a question up for discussion."""
    for k in range(min(len(words) - 2, FORM_LEAD + 1)):
        label = words[k].lower_
        if (label in cues.form_labels or (label.endswith("vraag") and k == 0)) and re.fullmatch(
            r"\d+[a-z]?|\d+(\.\d+)+|[a-z]", words[k + 1].lower_
        ):
            if any(t.text == ":" for t in words[k + 2 : k + FORM_LABEL_REACH]):
                return True
            # … with the form it is on ("Vraag 4 op het aanvraagformulier:", "Vraag 2 van de intakelijst:")
            rest = words[k + 2 : k + 2 + FORM_ON_REACH]
            colon = next((i for i, t in enumerate(rest) if t.text == ":"), None)
            return (
                colon is not None
                and colon >= 2
                and rest[0].lower_ in ("op", "in", "van")
                and any(_term_matches(rest[colon - 1].lower_, c) for c in cues.own_channels)
                and not any(_term_matches(t.lower_, o) for t in rest[1 : colon - 1] for o in cues.outside_speakers)
            )
    return False


FORM_ON_REACH = 5
"""How many words after a form item's number may name the form it is on, up to the colon."""


FORM_LEAD = 4
"""Words of a form's name that may stand before its item's label ("Aanvraagformulier — vraag 3:")."""


def _verifies(words: list, cues: StanceCues) -> bool:
    """The question asks whether a claim is true ("Vraag 4: Klopt het dat …?", a council's question), not
    what a form wants to know."""
    if words[0].lower_ != "vraag":
        return False
    text = " " + " ".join(t.lower_ for t in words) + " "
    return any(f" {q} " in text for q in cues.verifying)


def _open_question(sent: Span, start: int, cues: StanceCues, hits: Hits | None = None) -> str | None:
    """A question (not one put to someone: "Is uw vrouw ook aanwezig?"), or a conditional clause
    holding the match: the cue, else None. With *hits*, "dat … zouden" after the document's own past
    verb is the future in the past, no supposition."""
    words = [t for t in sent if not t.is_space]
    if words and words[-1].text == "?":
        if _form_item(words, cues) and not _verifies(words, cues):
            return None  # an item of a form or script ("Vraag 7: Wat is het beroep van de kostwinner?")
        return None if any(t.lower_ in cues.addressees for t in words) else "?"
    opener = next(
        (
            t
            for t in sent.doc[max(sent.start, start - CONDITIONAL_REACH) : start]
            if t.lower_ in cues.conditional_openers
        ),
        None,
    )
    if opener is None or (hits is not None and _future_in_past(sent, opener, hits, cues)):
        return None
    for t in sent.doc[start : sent.end]:
        if t.lower_ in cues.conditional_modals:
            return sent.doc[opener.i : t.i + 1].text
        if t.is_punct and t.text in ",;:":
            break
    return None


def _text(sent: Span, span: tuple[int, int]) -> str:
    return sent.doc[span[0] : span[1]].text


def _own_voice(sent: Span, hits: Hits, cue: tuple[int, int], end: int) -> bool:
    """The document itself is the subject of the attribution ("wij vinden dat", "volgens het college"; the
    plan naming itself, ``own_plan``: "Het project gaat ervan uit dat"), or speaks after the match (endorsing
    it: "…, dat past bij haar en dat respecteren we"; not with a negation there)."""
    a, b = cue
    volgens = sent.doc[a].lower_ == "volgens"
    # after the match, only a voice that says no "niet" or "geen" after it: "…; in het convenant spreken we af
    # dat dit geen rol speelt" rejects the view it follows (a negation inside the view itself does not count)
    after = max(end, b)
    negations = [n for n, _ in hits.get(STANCE_NEGATION, sent)]
    for s, _ in hits.get(STANCE_OWN, sent):
        if a - OWN_VOICE_REACH <= s < a or (volgens and b <= s < b + OWN_VOICE_REACH):
            return True
        if (
            a < s <= a + 2
            and s < b
            and sent.doc[s].lower_ in ("we", "wij")
            and sent.doc[a].lower_ in _HOLDING
            and not any(s < n < b for n in negations)
        ):
            return True  # inverted, inside the cue: "… zien we als een extraatje", "Daarom vinden wij dat …"
        if s >= after and not any(n > s for n in negations) and not _contrast_between(sent, after, s):
            return True
    # the plan as the whole subject: it opens the sentence and the cue follows it ("Het project gaat ervan uit
    # dat"), not a phrase ending in it ("Een evaluatie van het project stelt dat", "Critici van het plan …")
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    # after a linking adverb at most ("Ook dit plan gaat ervan uit dat …")
    first = {w.i for w in words[:1]} | {w.i for w in words[1:2] if words[0].lower_ in _LINKING}
    return any(s in first and e == a for s, e in hits.get(STANCE_OWN_PLAN, sent))


# Words that turn a sentence against what came before: the text's own voice after one answers the view it
# reports, it does not endorse it ("Werkgevers zeiden dat …, maar toen we vrouwen voordroegen, …").
_CONTRAST = frozenset({"maar", "echter", "terwijl", "toch"})
# … unless the words right after it agree ("…, maar ook wij zien dat", "maar wij begrijpen dat wel")
_AGREEING = frozenset(
    {"ook", "wel", "begrijpen", "begrijp", "snappen", "herkennen", "herken", "delen", "deel", "onderschrijven", "eens"}
)
AGREEING_REACH = 4


def _contrast_between(sent: Span, a: int, b: int) -> bool:
    """A contrast word stands between token *a* and token *b* of *sent*, with no agreeing word in the
    AGREEING_REACH words after it."""
    doc = sent.doc
    return any(
        t.lower_ in _CONTRAST and not any(u.lower_ in _AGREEING for u in doc[t.i + 1 : t.i + 1 + AGREEING_REACH])
        for t in doc[a:b]
    )


# Verbs of holding a view, whose inverted "we" speaks for the text (not "hoorden we", what others said)
_HOLDING = frozenset({"zien", "zie", "vinden", "vind", "beschouwen", "beschouw", "achten", "acht"})


# Adverbs that may open a sentence before its subject without changing whose words it has.
_LINKING = frozenset({"ook", "bovendien", "daarnaast", "verder", "tevens", "eveneens"})


def discourse_stance(
    sent: Span, start: int, end: int, hits: Hits, cues: StanceCues, discourse: Discourse
) -> tuple[str, str] | None:
    """``("critical", cue)`` when the discourse around *sent* says the document does not hold the claim.

    In order: a premise named and judged in the sentence itself ("Het
    uitgangspunt dat …, past niet bij de wet"); a rejection later in the
    sentence ("…, is een vooroordeel", "…, benadeelt vrouwen"); a rejection in one of the
    next sentences of the paragraph ("Dat beeld klopt
    niet") or a next sentence that opens with a contrast ("Maar voor andere
    …"); reported speech or belief of others ("klantmanagers geven aan dat"),
    unless the document speaks itself ("wij vinden dat") or draws a
    consequence ("daarom", in the sentence or the next two: then it adopts the
    view); a statement of fact (a statistic, or a quantifier next to one); and
    in a document that is critical throughout, any sentence in which the
    document neither speaks itself nor draws a consequence. An assumption in
    a question or a conditional clause ("Dat vrouwen minder geschikt zouden
    zijn …") is left open.
    """
    frames = [e for s, e in hits.get(STANCE_FRAME, sent) if s < start]
    if frames:
        # the judgement follows the premise: after the match, or after the comma that closes the
        # premise's clause ("Het uitgangspunt dat de man … en de vrouw …, sluit niet meer aan")
        comma = next((t.i for t in sent.doc[frames[0] : sent.end] if t.text == ","), None)
        after = end if comma is None else min(end, comma)
        judged = [c for key in (STANCE_NEGATION, STANCE_FOLLOWING) for c in hits.get(key, sent) if c[0] >= after]
        if judged:
            return "critical", _text(sent, judged[0])
    # a rejection later in the same sentence ("Een beleid dat geen onderscheid maakt, pakt ongelijk uit"),
    # also inside a long match once a comma has closed the clause it judges ("Wie vrouwen als kansarm
    # bestempelt, zorgt er zelf voor dat ze geen kans krijgen")
    later = [
        c
        for c in hits.get(STANCE_FOLLOWING, sent)
        if c[0] >= end or (c[0] > start and any(t.text == "," for t in sent.doc[start : c[0]]))
    ]
    if later:
        return "critical", _text(sent, later[0])
    open_cue = _open_question(sent, start, cues, hits)
    if open_cue:
        return "critical", open_cue
    stopped = (
        _discontinued(sent, start, end, hits) or _corrected(sent, start, end, hits) or _fails(sent, start, end, hits)
    )
    if stopped:
        return "critical", stopped
    for h, s in discourse.after:
        found = [c for c in h.get(STANCE_FOLLOWING, s) if not _own_request(s, c[0])]
        if found and not _endorses(h, s, first_clause=True):  # "Die opvatting delen wij." names it to endorse it
            return "critical", _text(s, found[0])
    if discourse.after and not _adopts(*discourse.after[0]):
        undone = _undoes_before(discourse.after[0][1]) or _changed_since(sent, start, discourse.after[0][1])
        if undone is not None:
            return "critical", undone
    if discourse.after:
        turn = _turns_back(*discourse.after[0], cues)
        if turn is not None:
            return "critical", turn.text
    near = discourse.after[:ADOPTION_REACH]
    adopted = (
        _adopts(hits, sent)
        or any(_adopts(h, s) for h, s in near)
        or endorsed(sent, hits, discourse)
        or _affirmed(hits, sent, end)
    )
    if adopted:
        return None
    denied = _not_every(sent, start, end, hits)
    if denied:
        return "critical", denied
    essential = any(t.lower_ in _ESSENTIALISING for t in sent)
    for cue in hits.get(STANCE_ATTRIBUTION, sent):
        if essential and sent.doc[cue[0]].lower_ in _OBSERVING:
            continue  # "Opvallend is dat vrouwen van nature …": the document's own explanation, not a finding
        if cue[0] > sent.start and sent.doc[cue[0] - 1].lower_ == "te" and sent.doc[cue[0]].lower_ not in _CLAIMING:
            # "… om te laten zien dat ze iets doen", "is geslaagd te noemen", "hoeft niet te vragen": an infinitive,
            # nobody reports anything (not "het is te makkelijk om te zeggen dat …", which speaks of a claim)
            continue
        if _staff_ground(sent, cue):
            continue
        if not _own_voice(sent, hits, cue, end):
            return "critical", _text(sent, cue)
    # a fact the document itself acts on ("we richten ons eerst op de man, omdat hij in de meeste
    # gevallen de kostwinner is") is its assumption, not a statement of fact
    acting = _acting(sent, hits) or _target_label(sent, hits)
    statistic = [h for h in hits.get(STANCE_STATISTIC, sent) if not _allotted(sent, h)]
    if statistic and not acting:
        return "critical", _text(sent, statistic[0])
    quantifier = hits.get(STANCE_QUANTIFIER, sent)
    if quantifier and discourse.statistic_near and not acting:
        return "critical", _text(sent, quantifier[0])
    if discourse.genre and not hits.any(STANCE_OWN, sent):
        return "critical", discourse.genre
    return None


# The organisation's own staff and the employers it works with, named after "volgens"
_OWN_STAFF = frozenset(
    "klantmanager klantmanagers consulent consulenten medewerker medewerkers professional professionals werkgever "
    "werkgevers".split()
)
# … as some of them, one of them or those interviewed: views observed in others
_SOME_OF_THEM = frozenset(
    "sommige enkele veel meerdere diverse verschillende geïnterviewde ondervraagde andere aantal een één".split()
)


def _staff_ground(sent: Span, cue: tuple[int, int]) -> bool:
    """The attribution is "volgens de klantmanagers" (the text's own staff or its employers, all of them) in the middle
    of the sentence ("… hebben zich volgens de klantmanagers neergelegd bij …"): the ground the text builds on, not a
    view it reports; a rejection after it still makes the claim critical. In the read sentence sets 27 sentences with
    "volgens <staff>" and no rejection were labelled assertions; the 15 criticals rejected the view, or named some or
    one of the staff or those interviewed. At the head of the sentence it stays a report ("Volgens de consulenten
    is …")."""
    doc = sent.doc
    start, end = cue
    if start == sent.start or doc[start].lower_ != "volgens" or doc[end - 1].lower_ not in _OWN_STAFF:
        return False
    return not any(t.lower_ in _SOME_OF_THEM for t in doc[start:end])


def on_staff_ground(sent: Span, hits: Hits) -> bool:
    """The sentence reports its own staff's view in its middle (:func:`_staff_ground`): the text's own ground, which
    the second opinion, reading the sentence alone, would take for someone else's words."""
    return any(_staff_ground(sent, cue) for cue in hits.get(STANCE_ATTRIBUTION, sent))


def _own_request(sent: Span, at: int) -> bool:
    """Whether a later sentence puts its own request or proposal before the rejection at *at* ("Een medewerkster
    vroeg om dezelfde toelage; de directie wees dat verzoek af", "Een amendement om ook de vrouw uit te nodigen
    werd weggestemd"): what it turns down is that request, not the claim before it, which stands."""
    before = []
    relative = False  # in a relative clause set off by commas (", die eerder om meer vrouwen vroeg,"): what that
    # clause says of the body is no request of the sentence's own
    for t in sent.doc[sent.start : at]:
        if t.lower_ == "dat" and t.i > sent.start and t.nbor(-1).lower_ in _SHOWING:
            break  # "liet zien dat 41 van deze moeders wel wilden werken": what a finding showed, no request
        if not relative:
            before.append(t.lower_)
        if t.text == ",":
            relative = t.i + 1 < sent.end and t.nbor(1).lower_ in _RELATIVE
    return any(w in _REQUESTING for w in before) or any(
        w == "een" and nxt in _PROPOSALS for w, nxt in zip(before, before[1:], strict=False)
    )


_RELATIVE = frozenset({"die", "dat", "wie", "welke"})
# Words before the "dat" of what a finding showed ("liet zien dat", "bleek dat", "toonde aan dat")
_SHOWING = frozenset({"zien", "bleek", "bleken", "blijkt", "blijken", "aan", "uit"})


# Verbs by which someone asks for or proposes something, and the nouns of a proposal.
_REQUESTING = frozenset(
    {
        "vroeg",
        "vroegen",
        "wilde",
        "wilden",
        "stelde",
        "stelden",
        "diende",
        "dienden",
        "pleitte",
        "pleitten",
        "verzocht",
        "verzochten",
        "bepleitte",
        "bepleitten",
        "opperde",
        "opperden",
    }
)
_PROPOSALS = frozenset({"voorstel", "amendement", "motie", "verzoek", "tegenvoorstel", "initiatiefvoorstel"})


# "niet meer", "niet langer", "nooit meer": said by the document of its own practice, the practice has ended.
_NO_LONGER = re.compile(r"\b(?:niet|nooit)\s+(?:meer|langer)\b(?!\s+dan\b)", re.IGNORECASE)
# Words that open another clause in the middle of a sentence: the match after one is no part of the practice.
_SUBCLAUSE = frozenset({"omdat", "want", "dat", "als", "wanneer", "zodat", "doordat", "terwijl", "maar"})
# How many words may open the sentence before its subject, the document's own voice ("Voortaan benaderen wij").
DISCONTINUED_REACH = 2


def _discontinued(sent: Span, start: int, end: int, hits: Hits) -> str | None:
    """The document says it no longer does what the match describes: its own voice opens the sentence as the
    subject ("We benaderen vrouwen niet meer via hun man", "De gemeente nodigt … niet langer uit"), and "niet
    meer" or "niet langer" stands in the match's clause, the sentence's first, before its end; not what others
    no longer want ("Vrouwen willen niet meer werken"), nor a reason in a later clause ("Wij nodigen de partner
    niet meer uit, omdat de man de kostwinner is"). The cue, else None."""
    doc = sent.doc
    # the clause of the match: from the sentence's start, or from "dat" after the document's own decision ("Wij
    # besloten dat we vrouwen … niet meer vrijstellen")
    begin = sent.start
    for t in doc[sent.start : start]:
        if t.lower_ == "dat" and any(begin <= s < t.i for s, _ in hits.get(STANCE_OWN, sent)):
            begin = t.i + 1
    words = [t for t in doc[begin:end] if not (t.is_punct or t.is_space)]
    opening = {t.i for t in words[:DISCONTINUED_REACH]}
    if not any(s in opening and doc[s].lower_ not in _POSSESSIVES for s, _ in hits.get(STANCE_OWN, sent)):
        return None
    clause = doc[begin:end]
    if any(t.text in ",;:" or t.lower_ in _SUBCLAUSE for t in clause):
        return None  # the match in a later clause ("…niet meer uit, omdat de man de kostwinner is")
    found = _NO_LONGER.search(clause.text)
    return found.group(0) if found else None


# Verbs, as their form with a separable particle before it ("schaft … af" → "afschaft"), with which a text
# ends, strikes or rejects what their object names: "Het college schaft de voorrangsregel voor de
# hoofdaanvrager af", "De raad wijst het anderhalfverdienersmodel af", "Het werkbedrijf stopt met …". Forms,
# not lemmas: the lemmatiser makes "schaften" of "schaft".
_ENDING_VERBS = re.compile(
    r"^(?:af(?:ge)?scha[f]|schrap|geschrapt|af(?:ge)?w[ie]|verw[eo]rp|beëindig|weerleg|los(?:ge)?la|losliet"
    r"|terug(?:ge)?draai|in(?:ge)?tr[eo]k|op(?:ge)?he[fv]|ophief|af(?:ge)?bouw|(?:ge)?stop|op(?:ge)?houd|ophield"
    r"|af(?:ge)?stap)"
)
# ... and, of what the sentence before said ("Wij vragen het college die zin te schrappen", "pas dat aan"), the
# verbs that change a text or a practice.
_CHANGING_VERBS = re.compile(
    _ENDING_VERBS.pattern
    + r"|^(?:aan(?:ge)?pas|wijzig|gewijzigd|herschr[ie]|corrige|herzie|verander|vervang|verwijder)"
)
# Nouns for a rule, a practice, a model or a view, and for a text's words: what ending or striking rejects.
_PRACTICE = re.compile(
    r"(?:regel|regels|regeling|regelingen|voorrang|werkwijze|werkwijzen|praktijk|praktijken|model|modellen|uitgangspunt"
    r"|norm|normen|vrijstelling|ontheffing|onderscheid"
    r"|benadering|indeling|verdeling|volgorde|gewoonte|traditie|aanname|aannames|beeld|idee|gedachte|opvatting|zin"
    r"|zinnen|passage|tekst|formulering|term|woord|categorie|indicator|aanpak|route|routering)$"
)
_EVERY = frozenset({"elke", "iedere", "ieder", "elk"})

# Words with which a next sentence says the practice has changed since ("Vanaf nu …", "… krijgt voortaan …",
# "In de nieuwe werkwijze …", "… is per 1 maart vervallen", "die scripts zijn herschreven").
_SINCE = re.compile(
    r"\b(?:voortaan|vanaf nu|met ingang van|nieuwe werkwijze|nieuwe aanpak|vervolgfase"
    r"|(?:sinds|vanaf)\s+(?:dit|vorig)\s+(?:jaar|kwartaal|seizoen)"
    r"|herschreven|aangepast|vervallen|afgeschaft|losgelaten|rechtgezet|gecorrigeerd)\b",
    re.IGNORECASE,
)
_DATED = re.compile(
    r"\bper\s+(?:1|\d{1,2})\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december)\b",
    re.IGNORECASE,
)


def _changed_since(sent: Span, start: int, first: Span) -> str | None:
    """The claim is a practice told of the past (the finite verb of its clause in the past tense; passive, done by
    the body or its staff, or pointed back at by the next sentence: "Vrouwen werden in de pilot vooral naar zorg
    en schoonmaak geleid", "De wachtlijst werd gesorteerd met de hoofdaanvrager vooraan"), and the next sentence
    says the practice has changed since ("In de vervolgfase …", "Vanaf nu …", "Deze volgorde is per 1 maart
    vervallen"), not that it still holds ("Dat blijft zo"). What people did ("Moeders zorgden voor de kinderen")
    is no practice. Needs the parse; the change's words, else None."""
    found = _SINCE.search(first.text) or _DATED.search(first.text)
    if found is None:
        return None
    token = token_syntax(sent.doc[start])
    if token is None:
        return None
    # the finite verb of the claim's clause, or its auxiliary ("hebben … bereikt", "werd … gesorteerd")
    head = (
        token
        if token.pos_ in ("VERB", "AUX")
        else next((a for a in heads_of(token) if a.pos_ in ("VERB", "AUX")), None)
    )
    if head is None:
        return None
    helpers = [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")]
    # the tense of the finite verb: the auxiliary or copula when there is one ("Vrouwen zijn van nature zorgzamer"
    # is present, whatever the tagger makes of "zorgzamer")
    # (the Alpino tag decides where it names a finite form: the morphologizer at times gives a past a present's
    # features, "Eerder benaderden wij …": WW|pv|verl|mv with Tense=Pres)
    finite = [v for v in [*helpers, head] if "Fin" in v.morph.get("VerbForm", []) or "|pv|" in v.tag_]
    if not finite:
        return None
    tag = finite[0].tag_
    if not ("|pv|verl" in tag if "|pv|" in tag else "Past" in finite[0].morph.get("Tense", [])):
        return None
    # a practice (passive, or done by the body or its staff), not what people did ("Moeders zorgden voor de
    # kinderen"), unless the next sentence points back at it ("Deze volgorde is per 1 maart vervallen")
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in head.children)
    subjects = [c for t in [head, *helpers] for c in t.children if c.dep_ == "nsubj"]
    done_by_us = any(_PRACTITIONERS.search(" ".join(w.lower_ for w in c.subtree)) for c in subjects)
    # (not the "dit" of the change's own "Sinds dit jaar")
    pointing = any(t.lower_ in _BACK and not found.start() <= t.idx - first.start_char < found.end() for t in first[:4])
    # (… or a thing was held or kept so, not people said to be so, and the next sentence opens with the change, made
    # by the body for each person: "De opslag stond altijd op naam van de man … Voortaan registreren we wie de auto
    # brengt."; not "Vrouwen pasten beter in de zorg. Voortaan wijzen wij hen …", nor "… Voortaan leggen wij dat ook
    # vast", which adds to it: a hostile review)
    ours_now = (
        found.start() - first.start_char <= 2
        and _PRACTITIONERS.search(first.text.lower()) is not None
        and _EACH_PERSON.search(first.text) is not None
        and bool(subjects)
        and all(c.pos_ in ("NOUN", "PROPN") and not _PERSONS.search(c.lower_) for c in subjects)
    )
    if not (passive or done_by_us or pointing or ours_now):
        return None
    if _STILL.search(first.text):
        return None  # "Dat blijft zo, maar voortaan …": the claim still holds
    return found.group(0)


# A change made for each person on their own ("wie de auto brengt", "iedere volwassene", "beide partners").
_EACH_PERSON = re.compile(r"\b(?:wie|ieder|iedere|elk|elke|beide|allebei|zelf|eigen|ongeacht)\b", re.IGNORECASE)
# People named as the subject of a claim (the claim is about them, not about a thing kept in a man's name).
_PERSONS = re.compile(
    r"(?:vrouw|man|mannen|moeder|vader|ouder|dame|heer|heren|meisje|jongen|partner|echtgeno|gezin|klant|deelnemer"
    r"|bewoner|inwoner|medewerker|werknemer|kandidat|cursist|sters?$|ers?$)"
)


# Who carries out a practice: the document's voice, the body and its staff.
_PRACTITIONERS = re.compile(
    r"\b(?:wij|we|gemeente|college|team|dienst|afdeling|werkbedrijf|werkplein|klantmanagers?|consulenten?|coach\w*"
    r"|medewerkers?|professionals?|regisseurs?|uitvoering|organisatie)\b"
)
# A next sentence that says the claim still holds.
_STILL = re.compile(r"\b(?:blijft zo|blijft dat zo|nog steeds|nog altijd|is nog zo|geldt nog)\b", re.IGNORECASE)


# Attribution cues that report what the document itself observes ("Opvallend is dat …", "… valt op dat …"), and
# the words with which a sentence explains a group by its nature or as self-evident: then the observation is the
# document's own claim.
_OBSERVING = frozenset({"opvallend", "valt", "viel"})
# Verbs of saying or supposing: after "te" they still speak of a claim ("om te zeggen dat", "te veronderstellen dat").
_CLAIMING = frozenset(
    {
        "zeggen",
        "stellen",
        "beweren",
        "roepen",
        "denken",
        "veronderstellen",
        "aannemen",
        "concluderen",
        "menen",
        "vinden",
    }
)
_ESSENTIALISING = frozenset({"eenmaal", "nature", "logisch", "immers"})


# A practice said not to work: an infinitive clause as the subject of "werkt niet" ("Vrouwen bereiken via hun man
# werkt niet"), or of "werkt averechts".
_FAILING = frozenset({"werkt", "werken", "werkte", "helpt", "hielp", "lukt", "lukte"})


def _fails(sent: Span, start: int, end: int, hits: Hits) -> str | None:
    """The match stands in an infinitive clause that is the subject of "werkt niet" or "werkt averechts": the
    practice it names is said to fail ("Vrouwen bereiken via hun man werkt niet: de informatie komt niet aan").
    Read from the words (the parser often takes the infinitive for the main verb): an infinitive between the
    match and "werkt", no punctuation or clause opener between. Needs the tagger; the words, else
    None."""
    doc = sent.doc
    anchor = next((s for s, _ in hits.get(GENDER, sent) if start <= s < end), start)
    for i in range(anchor + 1, sent.end - 1):
        if doc[i].lower_ not in _FAILING or doc[i + 1].lower_ not in ("niet", "averechts"):
            continue
        if end > i + 2 and any(not t.is_punct for t in doc[i + 2 : end]):
            return None  # the claim goes on past "werkt niet" ("…, want een moeder hoort bij haar kinderen")
        between = doc[anchor:i]
        if any(t.is_punct or t.lower_ in _SUBCLAUSE or t.lower_ in _THEN for t in between):
            return None
        for t in between:
            x = token_syntax(t)
            # (a verb in -en right before "werkt" is an infinitive, whatever the tagger says: two finite verbs
            # cannot follow each other there)
            right_before = t.i == i - 1 and t.lower_.endswith("en") and not hits.any(GENDER, doc[t.i : t.i + 1])
            if x is not None and (
                (x.pos_ == "VERB" and "Inf" in x.morph.get("VerbForm", []))
                or (right_before and x.pos_ in ("VERB", "NOUN"))  # "sturen" read as the plural of "stuur"
            ):
                return doc[i : i + 2].text
        return None
    return None


def _not_every(sent: Span, start: int, end: int, hits: Hits) -> str | None:
    """ "niet elke" or "niet iedere" right before the match's first gender term (an adjective may stand
    between): the claim is denied of the group as a whole ("Niet elke vrouw uit een islamitisch gezin heeft een
    traditionele rolverdeling"). Only the group it qualifies: not a claim in another clause ("Niet elke vrouw
    wil werken; de meeste moeders kiezen …"). The cue, else None."""
    doc = sent.doc
    anchor = next((s for s, _ in hits.get(GENDER, sent) if start <= s < end), None)
    if anchor is None or any(t.lower_ in _OPENING for t in doc[anchor:end]):
        return None  # the match runs on into another clause
    for every in range(anchor - 1, max(sent.start, anchor - 3) - 1, -1):
        if doc[every].lower_ in _EVERY:
            if every > sent.start and doc[every - 1].lower_ == "niet":
                return doc[every - 1 : every + 1].text
            return None
        if not doc[every].is_alpha:
            return None
    return None


# A text's words: what changing (not only ending) a claim's wording rejects.
_TEXT_NOUNS = re.compile(r"(?:zin|zinnen|passage|tekst|formulering|term|woord|woorden|alinea|paragraaf)$")
# Words with which a next sentence adapts to what was said rather than rejecting it.
_TO_IT = frozenset({"hierop", "daarop", "hiernaar", "daarnaar", "hieraan", "daaraan", "daarom", "dus", "hierom"})
_THEN = frozenset({"zodra", "nadat", "indien", "wanneer", "als", "tenzij", "totdat", "voordat"})
# Words that point back at what the sentence before said, as the changed object or its determiner.
_BACK = frozenset({"dat", "dit", "die", "deze", "zo'n", "zulke", "daarmee", "hiermee"})
_OBJECTS = frozenset({"obj", "obj:pass", "nsubj:pass"})
_NEGATING = frozenset({"niet", "geen", "nooit"})


def _verb_form(verb: Token) -> str:
    """*verb*'s form with its separable particle before it ("schaft … af" → "afschaft", "af te schaffen" →
    "afschaffen")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    return (particles[0] if particles else "") + verb.lower_


def _unnegated(verb: Token) -> bool:
    return not any(c.lower_ in _NEGATING for c in verb.children if c.dep_ in ("advmod", "det"))


def _corrected(sent: Span, start: int, end: int, hits: Hits) -> str | None:
    """The match stands in the object of a verb that ends or rejects it, not negated: "Het college schaft de
    voorrangsregel voor de hoofdaanvrager af", "Het werkbedrijf stopt met het automatisch aanbieden van …
    aan moslima's". Not the subject of such a verb ("Moeders stoppen met werken" says what mothers do).
    What ends is a rule, a practice, a model, a view or a text's words (``_PRACTICE``): ending a trajectory or
    support for women is the claim itself ("Wij stoppen het traject van de vrouw zodra …"). The match is read
    from its first gender term; a rule whose match holds the verb reads the ending itself as the claim, and a
    match in a clause of its own is no object. Needs the parse; the verb, else None."""
    anchor = next((s for s, _ in hits.get(GENDER, sent) if start <= s < end), start)
    token = token_syntax(sent.doc[anchor])
    if token is None:
        return None
    child = token
    offset = token.i - anchor  # the parsed copy's indices against the passage's
    for verb in _ancestors_to_clause(token):
        if verb.pos_ in ("VERB", "AUX") and _ENDING_VERBS.match(_verb_form(verb)) and _unnegated(verb):
            at = verb.i - offset
            if start <= at < end:
                return None  # the rule reads the ending itself as the claim ("stopt de begeleiding van de vrouw")
            between = sent.doc[min(at, anchor) + 1 : max(at, anchor)]
            # ("dat" may open the content of what ends: "schaft de regel af dat de partner pas na …")
            if any((t.lower_ in _SUBCLAUSE and t.lower_ != "dat") or t.lower_ in _THEN for t in between):
                return None  # the match in a clause of its own ("stoppen het traject … zodra haar man werk heeft")
            what: Token | None = None
            if child.dep_ in _OBJECTS or (
                child.dep_ in ("obl", "obl:arg")
                and any(c.lower_ in ("met", "van") for c in child.children if c.dep_ == "case")
            ):
                what = child
            elif child.dep_ == "ccomp":  # the content of the object, put after the verb ("de regel af dat …")
                what = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
            # what ends is a rule, a practice or a view; ending a trajectory or support for women is the claim
            if what is None or not _PRACTICE.search(what.lower_) or _proposed(verb):
                return None
            # the whole claim inside what ends (with its content clause): not a reason or a relative clause
            # after it that states the claim ("… stopt met de techniekroute voor vrouwen, want vrouwen …")
            inside = {t.i - offset for t in child.subtree} | {t.i - offset for t in what.subtree}
            claim = [i for i in range(start, end) if not sent.doc[i].is_punct]
            if not all(i in inside for i in claim) or any(sent.doc[i].lower_ in _OPENING for i in claim):
                return None
            return verb.text
        child = verb
    return None


# Words that open a clause of its own inside a match: a claim that goes on past one is more than what ends.
_OPENING = frozenset({"want", "omdat", "die", "wie", "welke", "zodat", "doordat", "aangezien", ":", ";"})
# Nouns for what is only put forward: ending it is itself proposed ("het voorstel om de regel te schrappen").
_PROPOSALS = frozenset({"voorstel", "verzoek", "motie", "amendement", "idee", "plan", "wens", "suggestie"})


def _proposed(verb: Token) -> bool:
    """The ending verb hangs from a proposal, or from another ending or a negation above it ("De raad verwierp
    het voorstel om de regel te schrappen"): the end is not decided."""
    for above in heads_of(verb)[:4]:
        if above.lower_ in _PROPOSALS or (above.pos_ == "VERB" and _ENDING_VERBS.match(_verb_form(above))):
            return True
        if not _unnegated(above):
            return True
    return False


def _ancestors_to_clause(token: Token) -> list[Token]:
    """*token*'s heads up to the head of its clause: through nouns, prepositions and infinitives, not past a
    finite verb's subject relation ("Moeders die stoppen …": the verb's subject is no object)."""
    out: list[Token] = []
    while token.head.i != token.i and len(out) < 12:
        if token.dep_ in ("nsubj", "csubj", "acl:relcl", "parataxis", "conj") and out:
            # a relative clause that says what the rule or practice is ("regelingen die het kostwinnersmodel
            # belonen") belongs to it; one about the people does not ("vrouwen die liever …")
            if not (token.dep_ == "acl:relcl" and _PRACTICE.search(token.head.lower_)):
                break
        token = token.head
        out.append(token)
    return out


def _undoes_before(first: Span) -> str | None:
    """The next sentence changes or strikes what the sentence before said, pointing back at it: "Wij vragen
    het college die zin te schrappen.", "Dat sluit vrouwelijke aanvragers uit; pas dat aan." Needs the parse;
    the verb, else None."""
    for word in first:
        verb = token_syntax(word)
        if verb is None:
            return None
        if verb.pos_ not in ("VERB", "AUX") or not _CHANGING_VERBS.match(_verb_form(verb)) or not _unnegated(verb):
            continue
        if any(t.lower_ in _TO_IT for t in first):
            return None  # adapting to what was said ("Hierop passen we deze aanpak aan") adopts it
        if any(t.lower_ in ("maar", "echter", "toch") for t in first):
            return None  # a change proposed and turned down ("… voorgesteld die regel af te schaffen, maar …")
        ending = bool(_ENDING_VERBS.match(_verb_form(verb)))
        for obj in (c for c in verb.children if c.dep_ in _OBJECTS):
            # "dat", or "die zin" ("deze werkwijze" only for a verb that ends it: "deze aanpak aanpassen" keeps
            # it); not "die uren" ("Daarom passen wij die uren aan" acts on it)
            nouns = _PRACTICE if ending else _TEXT_NOUNS
            pointing = any(d.lower_ in _BACK for d in obj.children if d.dep_ == "det") and nouns.search(obj.lower_)
            if obj.lower_ in _BACK or pointing:
                return verb.text
    return None


# Possessives of the document's voice before what it counts ("ons bestand", "onze inwoners"): the figures are
# facts about its files or its town, not its choice ("onze keuze", "ons beleid" remain its own).
_POSSESSIVES = frozenset({"ons", "onze"})
_COUNTED = frozenset(
    {
        "bestand",
        "klantenbestand",
        "caseload",
        "klanten",
        "cliënten",
        "deelnemers",
        "inwoners",
        "gemeente",
        "stad",
        "regio",
        "wijk",
        "wijken",
        "dorp",
        "dorpen",
        "bevolking",
        "doelgroep",
        "cijfers",
        "monitor",
        "registratie",
    }
)


# Words with which a sentence explains or generalises beside its figure ("omdat zij voor de kinderen zorgen",
# "moeders kiezen nu eenmaal …"): the document's own claim, whatever the possessive.
_EXPLAINING = frozenset({"omdat", "want", "doordat", "eenmaal", "doorgaans", "nature", "immers", "daarom"})


def _acting(sent: Span, hits: Hits) -> bool:
    """The document's own voice acts in *sent* ("we richten ons eerst op de man"): not only a possessive
    before what it counts ("Het percentage vrouwen in ons bestand …" is a fact about its files), unless the
    sentence explains or generalises beside its figure."""
    doc = sent.doc
    if any(t.lower_ in _EXPLAINING for t in sent):
        return hits.any(STANCE_OWN, sent)
    return any(
        not (e - s == 1 and doc[s].lower_ in _POSSESSIVES and e < sent.end and doc[e].lower_ in _COUNTED)
        for s, e in hits.get(STANCE_OWN, sent)
    )


# How many words a contrast adverb ("echter") may stand into the next sentence's first clause.
CONTRAST_REACH = 8


def _turns_back(hits: Hits, first: Span, cues: StanceCues) -> Token | None:
    """The word with which the next sentence *first* turns back on the one before: a contrast that opens
    it ("Maar voor andere …"), or a contrast adverb in its first clause after evidence or the claim itself
    as its subject (``contrast_subjects``: "Nader onderzoek wijst echter op …", "Die keuze wordt echter
    bepaald door …"), naming no women or men ("Mannen krijgen echter …" sets one group against the other;
    "Wij bieden hun echter …" acts on the claim)."""
    words = [t for t in first if not t.is_punct]
    if words and words[0].lower_ in cues.contrast:
        return words[0]
    for t in first[: CONTRAST_REACH + 1]:
        if t.text in ",;:":
            return None
        if t.lower_ in cues.contrast_adverbs:
            before = first.doc[first.start : t.i]
            about = any(w.lower_ in cues.contrast_subjects or w.lemma_ in cues.contrast_subjects for w in before)
            named = any(s < t.i for s, _ in hits.get(GENDER, first))
            return t if about and not named else None
    return None


# Before a count of women or men, these give them a share ("opleiding … voor 40 vrouwen", "plaatsen
# bestemd voor twintig mannen"): what the plan allots, not a measured fact.
ALLOTTING = frozenset({"voor"})


# A rate a rule sets, by its noun in the sentence ("De avondtoeslag is voor vaders 25 procent", "een vrijlating van 15
# procent van de inkomsten"): a percentage of pay or income, not of people.
_RATE = re.compile(
    r"(?:toeslag|toelage|vrijlating|korting|commissie|opslag|premie|bonus|gratificatie|vergoeding|tarief|bijdrage|gage|honorarium"
    r"|eindejaarsuitkering|winstuitkering|jubileumuitkering)$"
)
# A source that reports a figure: the percentage beside an allowance is then its figure, no rate the text sets (not
# "volgens" or "blijkt" alone: "volgens de directie hebben zij die het hardst nodig" gives a reason, a hostile review).
_REPORTED = frozenset({"meldt", "melden", "meldde", "meldden", "rapporteert", "becijferde"})
_SOURCE = re.compile(r"(?:monitor|analyse|onderzoek|enquête|peiling|rapport)$")
_OF_MONEY = frozenset(
    {"inkomsten", "inkomen", "loon", "salaris", "omzet", "bedrag", "uitkering", "verdiensten", "opbrengst", "prijs"}
    | {"basisloon", "uurloon", "maandloon", "jaarloon", "brutoloon", "cao-loon", "basissalaris", "maandsalaris"}
)


def _rate(sent: Span, hit: tuple[int, int]) -> bool:
    """A percentage (``procent``, "%") that a rule sets as a rate: a rate noun in the sentence (:data:`_RATE`), and
    after it "voor" (whom it is given to) or nothing of people ("van de inkomsten", not "van de vrouwen")."""
    doc = sent.doc
    s, e = hit
    if not (doc[e - 1].lower_ == "procent" or doc[e - 1].text.endswith("%")):
        return False
    if not any(_RATE.search(t.lower_) for t in sent):
        return False
    if any(t.lower_ in _REPORTED or _SOURCE.search(t.lower_) for t in sent):
        return False  # a rise a source reports ("Volgens de loonmonitor werd de toelage … verhoogd") is a figure
    after = [t.lower_ for t in doc[e : min(sent.end, e + 3)]]
    if after[:1] == ["van"]:
        return len(after) > 1 and (after[1] in _OF_MONEY or (len(after) > 2 and after[2] in _OF_MONEY))
    return True


def _allotted(sent: Span, hit: tuple[int, int]) -> bool:
    """A statistic that is a count of a group (a number and a noun) after an allotting word ("opleiding …
    voor 40 vrouwen", "doet hetzelfde voor vijftig mannen in de bouw"), not followed by the clause's own
    subject (:data:`NEW_PHRASE`); or a rate a rule sets (:func:`_rate`)."""
    doc = sent.doc
    s, e = hit
    if _rate(sent, hit):
        return True
    if not (e - s == 2 and s > sent.start and doc[s - 1].lower_ in ALLOTTING and doc[e - 1].is_alpha):
        return False
    return not (e < sent.end and doc[e].lower_ in NEW_PHRASE)


# After "voor 40 vrouwen" these open the clause's own subject ("… blijkt dat voor 40 vrouwen de zorg zwaarder
# weegt"): "voor" is "for them", said of a fact, not a share the plan gives.
NEW_PHRASE = frozenset({"de", "het", "een", "hun", "die", "dat"})


# How many words may stand before a target label at the opening of its sentence (a bullet, a number).
TARGET_REACH = 2


def _target_label(sent: Span, hits: Hits) -> bool:
    """A label of the plan's own figures opens *sent* ("Resultaat 2.4: …"), with no source in brackets
    right after it ("Indicator 2023 (CBS): …")."""
    doc = sent.doc
    for s, e in hits.get(STANCE_TARGET, sent):
        opening = max((t.i + 1 for t in doc[sent.start : s] if t.text == "("), default=sent.start)
        if sum(1 for t in doc[opening:s] if not (t.is_punct or t.is_space)) > TARGET_REACH:
            continue  # at the opening of the sentence, or of a bracket ("… (doel 2027: 60% van de gezinnen)")
        if any(t.text == "(" for t in doc[e : min(sent.end, e + 2)]):
            continue
        return True
    return False


# Paid work named just before "niet vanzelfsprekend" / "geen vanzelfsprekendheid": the sentence says work is not
# natural for a group (the claim), it does not reject a stereotype ("Zorg door de moeder is niet vanzelfsprekend").
_WORK = frozenset(
    {"werk", "werken", "werkende", "werkend", "baan", "arbeid", "buitenshuis", "betaald", "betaalde", "arbeidsdeelname"}
)
_NOT_NATURAL = re.compile(r"^(?:niet|geen)\s+vanzelfsprekend", re.IGNORECASE)
WORK_REACH = 8


def _work_not_natural(sent: Span, spans: Spans) -> Spans:
    """The critical cue *spans* without a "niet vanzelfsprekend" said of paid work named in the WORK_REACH words
    before it ("werken buitenshuis is voor hen niet vanzelfsprekend")."""
    doc = sent.doc
    return [
        (a, b)
        for a, b in spans
        if not (
            _NOT_NATURAL.match(doc[a:b].text)
            and any(t.lower_ in _WORK for t in doc[max(sent.start, a - WORK_REACH) : a])
        )
    ]


# How many words before a positive-action cue a negation denies it ("heeft geen eigen inkomen"; not five: "past niet
# bij het doel van economische zelfstandigheid" rejects a model, it does not deny the goal) …
POSITIVE_NEGATION_REACH = 4
# … and before an adoption cue ("De raad ziet het niet als een succes dat …").
ADOPTION_NEGATION_REACH = 2
_DENIALS = frozenset({"niet", "geen"})
# What a sentence says someone seldom has or little wants is no measure either ("zelden een eigen inkomen", "weinig
# behoefte aan een eigen inkomen"; not "zonder" or "nooit":
# "vrouwen zonder eigen inkomen helpen we aan werk", "mag nooit zonder eigen inkomen komen te zitten" counter it, a
# hostile review).
_LACKS = _DENIALS | {"zelden", "nauwelijks", "weinig"}
# A denial does not reach across these to the cue after them.
_DENIAL_BREAKS = frozenset({",", ";", ":", "maar", "wel"})
# How many words after a positive-action cue, in its clause, a negation still denies it ("een volledig eigen inkomen
# is voor hen niet haalbaar").
POSITIVE_DENIAL_AFTER = 5
# Whose the cue is, the nearest of these before it in its clause: the household's or the man's own income is no
# measure for a woman ("zodat het gezin zo snel mogelijk weer een eigen inkomen heeft", "hoe u als man weer met
# een eigen inkomen voor uw gezin kunt zorgen") …
_NOT_HERS = frozenset(
    {"gezin", "gezinnen", "huishouden", "huishoudens", "hij", "man", "mannen", "meneer", "vader", "vaders", "zijn"}
)
# … unless a person of her own stands nearer ("een gezin staat sterker als beide ouders een eigen inkomen hebben").
_OWNERS = frozenset(
    {
        "vrouw",
        "vrouwen",
        "moeder",
        "moeders",
        "mevrouw",
        "ouders",
        "partner",
        "partners",
        "volwassene",
        "volwassenen",
        "iedereen",
        "ieder",
        "iedere",
        "elke",
        "beide",
        "beiden",
        "haar",
        "zij",
        "ze",
    }
)
OWNER_REACH = 6
_ONLY = frozenset({"alleen", "enkel", "slechts", "uitsluitend"})
_INCOME_CUE = re.compile(r"inkomen|zelfstandig", re.IGNORECASE)


def _undenied(
    sent: Span,
    spans: Sequence[tuple[int, int]],
    reach: int,
    clause: bool = False,
    denials: frozenset[str] = _DENIALS,
) -> list[tuple[int, int]]:
    """The cue *spans* of *sent* that no "niet" or "geen" (or another of *denials*) in the *reach* words before
    them denies (with *clause*: only one in the cue's own clause, no "," ";" ":" "maar" or "wel" between the denial
    and the cue), nor one inside a cue with a gap ("beide partners worden niet afzonderlijk gesproken")."""
    doc = sent.doc
    out = []
    for a, b in spans:
        before = list(doc[max(sent.start, a - reach) : a])
        at = max((i for i, t in enumerate(before) if t.lower_ in denials), default=None)
        if at is not None and not (clause and any(t.lower_ in _DENIAL_BREAKS for t in before[at + 1 :])):
            continue
        if any(t.lower_ in denials for t in doc[a + 1 : b - 1]):
            continue
        out.append((a, b))
    return out


def _positive(hits: Hits, sent: Span) -> list[tuple[int, int]]:
    """Positive-action cues in *sent* that the sentence does not deny or withhold: not denied just before them
    in their clause ("geen", "niet", "zonder", "zelden") or just after ("… is voor hen niet haalbaar"), not asked
    about ("of de vrouw een eigen inkomen krijgt, volgen we niet") and not the household's or the man's own
    ("zodat het gezin weer een eigen inkomen heeft", "zijn eigen inkomen"). What the sentence says women lack or
    need not have is no measure that counters a stereotype."""
    doc = sent.doc
    out = []
    for a, b in _undenied(sent, hits.get(STANCE_POSITIVE, sent), POSITIVE_NEGATION_REACH, True, _LACKS):
        clause_start = a
        while clause_start > sent.start and doc[clause_start - 1].text not in ",;:":
            clause_start -= 1
        if doc[clause_start].lower_ == "of":  # "of X een eigen inkomen heeft": an open question
            continue
        after = list(doc[b : min(sent.end, b + POSITIVE_DENIAL_AFTER)])
        upto = next((i for i, t in enumerate(after) if t.text in ",;:" or t.lower_ == "maar"), len(after))
        # (not "niet alleen … maar": "is niet alleen iets voor de kostwinner, maar voor beide partners")
        if any(
            t.lower_ in _DENIALS and not (i + 1 < len(after) and after[i + 1].lower_ in _ONLY)
            for i, t in enumerate(after[:upto])
        ):
            continue
        owner = next(
            (
                t.lower_
                for t in reversed(doc[max(clause_start, a - OWNER_REACH) : a])
                if t.lower_ in _NOT_HERS or t.lower_ in _OWNERS
            ),
            None,
        )
        if owner in _NOT_HERS and _INCOME_CUE.search(doc[a:b].text):
            continue  # (only an income: "het huishouden kreeg een apart gesprek met de vrouw" is hers)
        if _MEN_EXCLUDED.search(doc[b : sent.end].text):
            continue  # (kept from the men: "regelt gratis kinderopvang voor medewerksters; voor mannen is die …")
        out.append((a, b))
    return out


# A provision said, after its cue, not to be for the men ("…; voor mannen is die regeling niet bedoeld", "… vaders
# vallen erbuiten"): one kept for women is the split itself, no positive action.
_MEN_EXCLUDED = re.compile(
    r"\b(?:voor|aan)\s+(?:de\s+)?(?:mannen|vaders|jongens|mannelijke\s+\w+)\s+(?:is|zijn|geldt|gelden|bestaat|bestaan)\b"
    r"[^.;]{0,40}?\bniet\b"
    r"|\b(?:mannen|vaders|jongens)\b[^.;]{0,30}?\b(?:vallen|valt)\s+(?:er\s*)?buiten\b",
    re.IGNORECASE,
)


# Words that turn a clause against the one before ("Beide partners hebben een eigen klantmanager; toch richten we
# ons eerst op de man"): an individual approach on one side says nothing of the claim on the other. Not a semicolon
# alone: "…; daarom spreken we beide partners afzonderlijk" is the counter.
_TURNS = frozenset({"maar", "toch", "echter", "doch"})


def _each_person(hits: Hits, sent: Span, start: int, end: int) -> list[tuple[int, int]]:
    """Cues of each partner or adult served on their own (``each_person``), undenied, with no turn ("maar",
    "toch", "echter") between them and the match [start, end): they counter a household claim only where
    the sentence does not turn against them."""
    doc = sent.doc
    out = []
    for a, b in _undenied(sent, hits.get(STANCE_EACH, sent), POSITIVE_NEGATION_REACH, clause=True):
        between = doc[b:start] if b <= start else doc[end:a] if a >= end else doc[0:0]
        if not any(t.lower_ in _TURNS for t in between):
            out.append((a, b))
    return out


def _adopts(hits: Hits, sent: Span) -> bool:
    """An adoption cue in *sent* that no "niet" or "geen" just before it denies."""
    return bool(_undenied(sent, hits.get(STANCE_ADOPTION, sent), ADOPTION_NEGATION_REACH))


# What an endorsement may take as its object: what was said before ("beaamt dit", "onderschrijft dat.") or
# nothing at all ("De raad stemt in."), not something new ("onderschrijft het belang van …", "beaamt dat er
# meer onderzoek nodig is").
_BACK = frozenset({"dit", "dat", "die", "deze"})
_VIEWS = frozenset(
    {"opvatting", "mening", "visie", "standpunt", "beeld", "analyse", "conclusie", "constatering", "signaal"}
)
# Negations after an endorsement in its clause ("Het college beaamt dit niet", "… onderschreef dat nooit").
_DENIED_AFTER = frozenset({"niet", "geen", "nooit", "geenszins", "allerminst"})
_CLAUSE_END = frozenset(",;:.!?")
_NEXT_CLAUSE = frozenset({"en", "maar", "want", "omdat", "zodat", "terwijl"})


# Adverbs that may stand between an endorser and the cue, or after the cue's object ("Het college beaamt dit
# ook", "De wethouder beaamt dit volmondig").
_ENDORSING_ADVERBS = frozenset(
    {
        "ook",
        "eveneens",
        "volmondig",
        "volledig",
        "geheel",
        "helemaal",
        "zeker",
        "graag",
        "nu",
        "dan",
        "daarom",
    }
)
# … and after the object only ("beaamt dit van harte")
_AFTER_OBJECT = _ENDORSING_ADVERBS | {"van", "harte"}
# Particles of Dutch surnames ("Van den Berg", "De Vries", "ter Horst").
_NAME_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "te", "het", "in", "'t"})
# Before an endorser these make it part of another phrase ("De oppositie in de raad", "Als de raad dit …").
_NOT_A_SUBJECT = frozenset({"in", "van", "bij", "uit", "als", "indien", "wanneer", "of", "namens"})
_CLAUSE_OPENERS = frozenset({",", ";", ":", "en", "maar", "ook"})


def _speaks(doc, sent: Span, s: int, e: int, a: int) -> bool:
    """The voice or endorser at tokens [s, e) is the subject of the cue at *a*: right before it (or an adverb
    between), opening its clause, not inside a phrase of another subject ("De oppositie in de raad beaamt dit",
    "De raad van Almere beaamt dit") or a condition ("Als de raad dit onderschrijft")."""
    between = doc[e:a]
    if len(between) and between[0].lower_ in _NOT_A_SUBJECT and between[0].text[:1].islower():
        return False  # "De raad van Almere", "De wethouder van Zwolle": another body's
    if len(between) > 4 or any(
        not (t.lower_ in _ENDORSING_ADVERBS or t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES) for t in between
    ):
        return False  # an adverb or a name between ("Wethouder Van den Berg beaamt dit", "de commissie Sociaal Domein")
    if len(between) > 1 and not any(t.text[:1].isupper() for t in between):
        return False
    if s > sent.start and doc[s - 1].lower_ in ("de", "het"):  # "De wethouder": the voice term without its article
        s -= 1
    if s == sent.start:
        return True
    before = doc[s - 1]
    if before.lower_ in _NOT_A_SUBJECT:
        return False
    return before.text in _CLAUSE_OPENERS or before.lower_ in _CLAUSE_OPENERS


def _endorses(hits: Hits, sent: Span, first_clause: bool = False, explicit: bool = False) -> bool:
    """*sent* endorses what was reported: an endorsement cue whose subject is the document's own voice or one
    who speaks for its side (``endorsers``: "de raad", "de dienst"), whose object refers back to what was said
    ("dit", "die opvatting", "Dat onderschrijven wij", or none), with no negation in its clause. *first_clause*:
    in a next sentence, the cue stands in its first clause (not "De wethouder antwoordde dat …, en de commissie
    sloot zich daarbij aan", which endorses the answer). *explicit*: the object must be there (a sentence of
    the next paragraph)."""
    doc = sent.doc
    speakers = [(s, e) for key in (STANCE_OWN, STANCE_ENDORSER) for s, e in hits.get(key, sent)]
    for a, b in _undenied(sent, hits.get(STANCE_ENDORSEMENT, sent), ADOPTION_NEGATION_REACH):
        before = [t for t in doc[sent.start : a] if not t.is_punct]
        # "Dat onderschrijven wij.", "Die opvatting delen wij.": the object opens the sentence, the voice follows
        fronted = any(s == b for s, _ in speakers) and (
            doc[a].lower_ in _BACK  # the cue holds the object ("Die opvatting delen wij")
            or (
                len(before) in (1, 2) and before[0].lower_ in _BACK and (len(before) == 1 or before[1].lower_ in _VIEWS)
            )
        )
        if not fronted and not any(_speaks(doc, sent, s, e, a) for s, e in speakers):
            continue
        if (
            first_clause
            and not fronted
            and any(t.text in _CLAUSE_END or t.lower_ in _NEXT_CLAUSE or t.lower_ == "dat" for t in doc[sent.start : a])
        ):
            continue
        rest = []
        for t in doc[b : sent.end]:
            if t.text in _CLAUSE_END or t.lower_ in _NEXT_CLAUSE:
                break
            rest.append(t)
        if any(t.lower_ in _DENIED_AFTER for t in rest):
            continue
        if fronted:
            rest = [t for t in rest if not any(s <= t.i < e for s, e in speakers)]
        if rest and rest[0].lower_ == "met":  # "stemt in met deze conclusie"
            rest = rest[1:]
        rest = [t for t in rest if t.lower_ not in _AFTER_OBJECT]
        if explicit and not fronted and not (rest and rest[0].lower_ in _BACK):
            continue
        if rest and not (rest[0].lower_ in _BACK and (len(rest) == 1 or rest[1].lower_ in _VIEWS)):
            continue
        return True
    return False


# Verbs of belief among the critical cues ("menen … dat", "denken … dat"): a view the text reports, which it
# may still take over in the same sentence.
_BELIEF = frozenset({"menen", "denken"})
# Words before an affirmation, in its clause, that ask or doubt what it affirms ("vroeg zich af of dat dat
# klopt", "de vakbond betwist dat dat klopt", "niemand heeft kunnen aantonen dat dat klopt").
_DOUBTING = frozenset(
    {"of", "betwist", "betwisten", "betwistte", "vroeg", "vroegen", "vraagt", "vraag", "afvragen", "aantonen"}
    | {"aangetoond", "weet", "wist", "weten", "twijfel", "twijfelt", "twijfelde", "onduidelijk", "onbekend"}
    | {"niemand", "nergens", "niet", "geen", "nooit", "ontkent", "ontkende", "bestrijdt", "bestreed"}
)
# Words that end the clause of an affirmation.
_AFFIRMATION_ENDS = frozenset(".;!")
# Words before an affirmation that the text's own side says it through: at most this many words between
# that speaker and the affirmation ("de voorzitter zei dat dat wel klopt", "de voorzitter sloot de discussie
# met de opmerking dat dat wel klopt").
AFFIRMATION_SPEAKER_REACH = 10


def _affirmed(hits: Hits, sent: Span, after: int) -> bool:
    """A view is said to be right after token *after*, at the end of its clause (``affirmation``): in the
    text's own words ("…, en dat klopt.") or by one who speaks for its side ("…, en de voorzitter zei dat dat
    wel klopt."; not "een ander commissielid", not "de voorzitter van de cliëntenraad"), with nothing that asks
    or doubts before it in its clause."""
    doc = sent.doc
    for a, b in hits.get(STANCE_AFFIRMATION, sent):
        if a < after:
            continue
        rest = [t for t in doc[b : sent.end] if not t.is_space]
        if rest and rest[0].text not in _AFFIRMATION_ENDS:
            continue  # "…, en terecht maken vrouwenorganisaties zich zorgen", "dat is ook zo, maar …"
        clause = []
        for t in reversed(doc[after:a]):
            if t.text in (",", ";", ":"):
                break
            clause.append(t)
        if any(t.lower_ in _DOUBTING for t in clause):
            continue
        if doc[a].lower_ == "dat" and a + 1 < sent.end and doc[a + 1].lower_ == "dat":
            # someone says "dat dat klopt": only one who speaks for the text's side makes it the text's
            speakers = [
                (s, e)
                for key in (STANCE_OWN, STANCE_ENDORSER)
                for s, e in hits.get(key, sent)
                if after <= s and e <= a and a - e <= AFFIRMATION_SPEAKER_REACH
            ]
            if not any(e >= sent.end or doc[e].lower_ != "van" for _, e in speakers):
                continue
            if any(t.text in (",", ";", ":") for s, _ in speakers for t in doc[s:a]):
                continue
        return True
    return False


def _unendorsed(hits: Hits, sent: Span, critical: Spans) -> Spans:
    """The critical cues of *sent*, without a belief reported and then said to be right later in the sentence
    (:func:`_affirmed`, "Een commissielid meende dat …, en de voorzitter zei dat dat wel klopt.") or endorsed
    by the text's side ("…, en de commissie sloot zich daarbij aan"): then the text holds the view it
    reported. (Not a decision taken on it: "…, waarop het team besloot een training te volgen" may counter
    the view.)"""
    doc = sent.doc
    beliefs = [(a, b) for a, b in critical if lemma_of(doc[a].lower_) in _BELIEF]
    if not beliefs:
        return critical  # (most sentences: no endorsement is looked for)
    endorsed_at = [a for a, _ in hits.get(STANCE_ENDORSEMENT, sent)] if _endorses(hits, sent) else []
    return [
        (a, b)
        for a, b in critical
        if (a, b) not in beliefs or not (_affirmed(hits, sent, b) or any(x >= b for x in endorsed_at))
    ]


def endorsed(sent: Span, hits: Hits, discourse: Discourse) -> bool:
    """*sent* reports a view that it, or one of the next sentences (within ADOPTION_REACH), endorses: the claim
    is the document's, which a reader of the sentence alone cannot see. A next sentence in its own paragraph,
    or the first of the next paragraph when it names what it endorses ("Het college beaamt dit.")."""
    if _endorses(hits, sent):
        return True
    ends_paragraph = bool(discourse.after) and discourse.after[0][1].doc is not sent.doc
    for h, s in discourse.after[:ADOPTION_REACH]:
        if s.doc is sent.doc and _endorses(h, s, first_clause=True):
            return True
        # the reply paragraph right after the claim ("Dat onderschrijven wij."), not after something else said
        if (
            ends_paragraph
            and s.doc is not sent.doc
            and _first_of_passage(s)
            and _endorses(h, s, first_clause=True, explicit=True)
        ):
            return True
    return False


def _first_of_passage(s: Span) -> bool:
    return s.start == 0 or all(t.is_space for t in s.doc[: s.start])


# A negation does not reach across these: it belongs to the clause before ("… geen prioriteit; zij …").
_CLAUSE_BREAKS = frozenset(";:")
# A scoped rejection does not reach across these either, nor across a clause that turns or gives a reason
# ("… komt niet doordat …, maar doordat vrouwen van nature …", "Wij willen niet dat …, want …").
_SCOPE_BREAKS = frozenset(";:.!?")
_SCOPE_WORDS = frozenset({"maar", "want", "daarom", "dus", "echter", "voortaan", "terwijl"})


def _scope_break(tokens) -> bool:
    """Whether a clause break or a turning word stands among *tokens* (a scoped cue does not reach across)."""
    return any(t.text in _SCOPE_BREAKS or t.lower_ in _SCOPE_WORDS for t in tokens)


def _scoped(doc, hits: Hits, sent: Span, start: int, end: int, key: str = STANCE_SCOPED) -> tuple[int, int] | None:
    """A scoped rejection in the match's own clause: before it ("breekt met …") or after it ("…, zo luidde
    het idee"), with no clause break between cue and match."""
    # a consequence the text draws (not one it denies: "en we koppelen haar daarom niet aan herkomst")
    adopted = [
        a for a, b in hits.get(STANCE_ADOPTION, sent) if not any(t.lower_ in ("niet", "geen") for t in doc[b : b + 2])
    ]
    for s, e in hits.get(key, sent):
        if any(a >= e for a in adopted):
            continue  # the text takes the view over after all ("…, zo luidde het advies, dat wij overnemen")
        if doc[e - 1].lower_ == "dat" and doc[s].lower_ in _ADVERBIAL and s >= end:
            continue  # "zonder/in plaats van … dat" scopes over what follows it ("…, zonder aan te nemen dat mannen …")
        if doc[s:e].text.lower() == _DENIED and _INEQUALITY.search(sent.text):
            continue  # "… kan er van ongelijke behandeling geen sprake zijn": denying inequality is the neutral claim
        if doc[s:e].text.lower() in _UNTESTED and start < s and _opens_with_reason(doc, sent, s):
            continue  # "Omdat … voor iedereen hetzelfde waren, is niet onderzocht of …": the text's own excuse
        if key == STANCE_DEFINITION and doc[s].text == ":" and end > s:
            continue  # a glossary colon ("Hoofdaanvrager: de persoon …") spares the term, not its definition
        # a cue inside a long match (the second opinion's runs to the sentence's end) counts only in the
        # clause the match opens with ("… hetzelfde behandeld, dus van ongelijkheid kan geen sprake zijn")
        between = doc[e:start] if e <= start else doc[end:s] if s >= end else doc[start:s]
        # what follows the cue up to the match's first word, or inside it: a reason there is a clause of its own
        after = list(doc[e : start + 1]) if e <= start else list(doc[e:end]) if s < end else []
        after = [t for t in after if not (t.i == sent.end - 1 and t.is_punct)]  # not the sentence's full stop
        if key == STANCE_DEFINITION:
            # a colon is what separates a term from its definition ("Kostwinnersmodel: een gezinsmodel …
            # (begrippenlijst)", "Begrippenlijst: kostwinner, …")
            between = [t for t in between if t.text != ":"]
            after = [t for t in after if t.text != ":"]
        if not _scope_break(between) and not _scope_break(after) and not any(t.lower_ in _REASONS for t in after):
            return s, e
    return None


# A question left untested: a rejection when the sentence opens with what was not tested ("Of … door hun cultuur
# komt, is nooit onderzocht"), the text's own choice when it opens with its reason for not testing ("Omdat de
# trajecten voor iedereen gelijk waren, is niet onderzocht of …").
_UNTESTED = frozenset({"niet onderzocht", "nooit onderzocht", "nooit nagegaan"})  # the cues of stance.yml
# … and the words of an equality claim in that reason
_EQUAL = frozenset(
    {"iedereen", "hetzelfde", "dezelfde", "gelijk", "gelijke", "neutraal", "sekseneutraal", "genderneutraal", "samen"}
)


def _opens_with_reason(doc, sent: Span, before: int) -> bool:
    """The sentence (or its part after a short label such as "Conclusie 4:") opens with a reason that claims
    equality ("Omdat de trajecten voor iedereen hetzelfde waren, …"; not "Omdat het budget op was, …"), before
    *before*."""
    words = [t for t in doc[sent.start : before] if not t.is_space]
    for k, t in enumerate(words[:4]):
        if t.text == ":":
            words = words[k + 1 :]
            break
    return bool(words) and words[0].lower_ in _REASON_OPENERS and any(t.lower_ in _EQUAL for t in words)


# Openers of an adverbial phrase cue ("zonder aan te nemen dat", "in plaats van te veronderstellen dat"): it
# sets aside what follows it, not the subject before it (unlike "Woorden als gezinshoofd suggereren dat …").
_ADVERBIAL = frozenset({"zonder", "in"})
# "geen sprake" of inequality ("van ongelijke behandeling … kan geen sprake zijn") denies harm: that is the
# neutral claim itself, not a rejection of it.
_DENIED = "geen sprake"
_INEQUALITY = re.compile(r"\b(?:ongelijk\w*|benadel\w*|discrimin\w*|achterstel\w*)", re.IGNORECASE)
# A reason given after a rejection is a clause of its own: the rejection does not reach a match in it or
# running into it ("Het verzoek … wordt verworpen, aangezien het beleid voor iedereen gelijk is"). Before the
# cue, the same words belong to the subject that is rejected ("Het voorstel om …, omdat dat vrouwenwerk zou
# zijn, is verworpen").
_REASONS = frozenset({"aangezien", "omdat", "doordat", "zodat"})
# … of which these can open a sentence with its reason (:func:`_opens_with_reason`)
_REASON_OPENERS = _REASONS - {"zodat"}


# How many words may stand before an opening in the past ("En vroeger …", "Maar in het verleden …").
PAST_REACH = 2


# Words that carry a past practice into the present ("Tot vorig jaar en ook nu nog …", "… die nog steeds geldt").
_CARRIED_ON = re.compile(r"\b(?:nog steeds|nog altijd|ook nu|ook dit jaar|tot op heden)\b", re.IGNORECASE)


def _past(doc, hits: Hits, sent: Span, start: int) -> tuple[int, int] | None:
    """An opening in the past ("Vroeger kregen vrouwen standaard …") before the match, in its clause; not one the
    sentence carries into the present (:data:`_CARRIED_ON`)."""
    for s, e in hits.get(STANCE_PAST, sent):
        if e > start:
            continue
        if sum(1 for t in doc[sent.start : s] if not (t.is_punct or t.is_space)) > PAST_REACH:
            continue
        if not _scope_break(doc[e:start]):
            return None if _CARRIED_ON.search(sent.text) else (s, e)
    return None


def _negation(doc, hits: Hits, sent: Span, start: int, window: int) -> tuple[int, int] | None:
    """A negation at most *window* tokens before token *start*, in the same clause: not across "want", which
    gives the reason for what was negated ("… organiseren we niet meer, want moeders …"), unlike "niet omdat …"."""
    found = hits.negation_before(sent, start, window)
    if found and any(t.text in _CLAUSE_BREAKS or t.lower_ == "want" for t in doc[found[1] : start]):
        return None
    if found and _in_condition(doc, sent, found, start):
        return None
    if found and _withheld(doc, sent, found, start):
        return None
    return found


_CONDITIONS = frozenset({"als", "wanneer", "indien", "zodra", "mocht"})
_OWN_NEGATIONS = frozenset({"niet", "geen", "nooit", "niets", "niemand"})


def _in_condition(doc, sent: Span, negation: tuple[int, int], start: int) -> bool:
    """The negation stands in a clause of condition that opens the sentence and closes with a comma before the match
    ("Spreekt een klant geen Nederlands, bespreek …", "Als een klant geen Nederlands spreekt, …"): it negates the
    condition, not the claim. The condition opens with a finite verb (by its parse) or a conjunction of condition."""
    comma = next((t.i for t in doc[negation[1] : start] if t.text == ","), None)
    if comma is None:
        return False
    if any(t.lower_ in _OWN_NEGATIONS for t in doc[comma : sent.end]):
        return False  # the claim's clause has a negation of its own ("…, dan bespreken wij het niet met haar man")
    first = doc[sent.start]
    if first.lower_ in _CONDITIONS:
        return True
    parsed = token_syntax(first)
    return parsed is not None and "|pv|" in parsed.tag_ and parsed.lower_ not in ("is", "zijn", "wordt", "worden")


# Verbs of giving, offering or scheduling: "niet" with one of them, right before the group the match opens with, is
# the act of leaving that group out ("Avonddiensten geven we niet aan vrouwen met kinderen; zij moeten …"), not a
# rejection of the claim; "niet alleen aan", "niet per se" still reject, and so does not asking ("Wij vragen niet aan
# moeders om …").
_GIVING = frozenset(
    {"geven", "geeft", "gaven", "gaf", "bieden", "biedt", "boden", "bood", "roosteren", "roostert", "plannen", "plant"}
)
_TO_GROUP = frozenset({"aan", "voor", "de", "het", "onze", "alle"})


def _withheld(doc, sent: Span, negation: tuple[int, int], start: int) -> bool:
    """The negation "niet" at *negation* leaves out the group the match opens with at *start*: "aan" or "voor" (and
    perhaps an article) between them, and a verb of giving (:data:`_GIVING`) at most three words before it."""
    between = doc[negation[1] : start]
    if doc[negation[0]].lower_ != "niet" or any(t.lower_ not in _TO_GROUP for t in between):
        return False
    if not any(t.lower_ in ("aan", "voor") for t in between):
        return False  # "geeft geen voorrang aan de man", "niet voorrang": the priority itself is denied
    return any(t.lower_ in _GIVING for t in doc[max(sent.start, negation[0] - 3) : negation[0]])


def classify(
    sent: Span,
    start: int,
    end: int,
    hits: Hits,
    quotes: list[tuple[int, int]],
    cues: StanceCues,
    *,
    head: int | None = None,
    negatable: bool = True,
    discourse: Discourse | None = None,
    household: bool = False,
) -> tuple[str, str | None]:
    """Return (stance, cue text) for the token span [start, end) in *sent*.

    A negation counts before the match, or before *head* (the stereotype
    term of a near pattern) when given; not at all when the rule is not
    *negatable* (its own pattern contains the negation: "geen onderscheid"). A *household* claim is also
    countered by each partner served on their own in its clause (:func:`_each_person`).
    """
    doc = sent.doc
    quote = _mostly_quoted(doc, start, end, quotes)
    if quote is None and head is not None:
        quote = _mostly_quoted(doc, head, head + 1, quotes)
    if quote is None:
        quote = _opens_in_quote(doc, start, quotes, hits.get(GENDER, sent))
    if (
        quote is not None
        and not staff_speech(doc.text, quote[0], quote[1], cues)
        and not _own_name(doc.text, *quote, sent.start_char)
    ):
        return "quoted", doc.text[quote[0] : quote[1]]
    pronoun = end - start == 1 and doc[start].lower_ in PRONOUNS
    # a pronoun's generic masculine is the text's own wording: a critical cue or a measure elsewhere in the
    # sentence judges a claim, not the wording ("… wordt door zijn leidinggevende niet benadeeld", "Het klopt
    # niet dat de cliënt zijn rechten kent"), unless the sentence gives another text's words before the
    # pronoun ("In de oude brief stond ten onrechte dat de klant zijn cv …": that text's wording, judged)
    if pronoun:
        critical = hits.get(STANCE_CRITICAL, sent) if _quotes_a_text(sent, start, cues) else []
    else:
        critical = (
            _work_not_natural(sent, _unendorsed(hits, sent, hits.get(STANCE_CRITICAL, sent)))
            or _positive(hits, sent)
            or (_each_person(hits, sent, start, end) if household else [])
        )
    if critical:
        s, e = critical[0]
        return "critical", doc[s:e].text
    first = start if head is None else min(start, head)
    # a defined term is not asserted; a pronoun in a definition is still the text's own wording, and so is a
    # definition that gives the term a sex ("Definitie: een kostwinner is de man die …")
    gendered = bool(hits.get(GENDER, sent))
    scoped = _scoped(doc, hits, sent, first, end) or (
        None if pronoun or gendered else _scoped(doc, hits, sent, first, end, STANCE_DEFINITION)
    )
    if scoped:
        return "critical", doc[scoped[0] : scoped[1]].text
    past = None if pronoun else _past(doc, hits, sent, start if head is None else min(start, head))
    if past:
        return "critical", doc[past[0] : past[1]].text
    negation = negatable and (
        (not pronoun and _negation(doc, hits, sent, start, cues.negation_window))
        or (head is not None and _negation(doc, hits, sent, head, cues.negation_window))
    )
    if negation:
        return "critical", doc[negation[0] : negation[1]].text
    if discourse is not None and not pronoun:
        first = start if head is None else min(start, head)
        found = discourse_stance(sent, first, end, hits, cues, discourse)
        if found is not None:
            return found
    return "assertion", None
