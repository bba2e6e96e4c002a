"""The Atria checklist: which measures the document has, lacks, or need not have."""

from __future__ import annotations

import re

from ..lexicon.keys import DELEGATION, DELEGATION_ENDED, STANCE_NEGATION, domain_key
from ..lexicon.schema import Lexicon
from ..model import GENDERDATA, NOTE_MARKS, Evidence, MeasureCheck, Practice
from .commitments import DocumentFacts
from .evidence import MAX_EVIDENCE, Excluded, evidence
from .matching import ParsedPassage, passages_with
from .rules import commits, measure_evidence

__all__ = [
    "BY_SEX_QUESTIONS",
    "GENDERDATA",
    "check_measures",
    "commits",
    "delegated",
    "household_counts",
    "measure_evidence",
]


def check_measures(
    parsed: list[ParsedPassage],
    lexicon: Lexicon,
    domain: str,
    exclude: Excluded,
    document: list[ParsedPassage] | None = None,
    facts: DocumentFacts | None = None,
) -> list[MeasureCheck]:
    """A measure is not_applicable outside its domains, present with a commitment, else missing
    (partial: committed to for another group only; intended: the document means to).

    The evidence lists every kind, commitments first, so the report shows why
    a measure that the document names is still missing (only intended,
    recommended, lacking, or named in another sense). *document*: all of the document's passages,
    when *parsed* is only the part the verdict covers (what the document is, is read from all of it);
    *facts*: that reading, when the caller has it already."""
    facts = facts or DocumentFacts.of(parsed if document is None else document)
    checks = []
    for m in lexicon.measures:
        intended = partial = False
        if domain not in m.domains:
            status, evidence = "not_applicable", []
        else:
            evidence = measure_evidence(parsed, m, exclude, lexicon.stance.negation_window, facts=facts)
            status = "present" if commits(evidence) else "missing"
            intended = status == "missing" and any(e.kind == "intent" for e in evidence)
            partial = status == "missing" and any(e.kind == "other_group" for e in evidence)
        checks.append(
            MeasureCheck(
                m.id,
                m.name,
                status,
                tuple(evidence[:MAX_EVIDENCE]),
                m.recommendation,
                m.source,
                intended=intended,
                partial=partial,
                why=m.why,
                practice=tuple(Practice(text, source) for text, source in m.practice),
            )
        )
    return checks


MAX_DELEGATED = 3
"""Sentences about another organisation's part in the policy the report cites at most."""


def delegated(parsed: list[ParsedPassage], lexicon: Lexicon, domain: str) -> list[Evidence]:
    """Sentences of *parsed* (the part the verdict covers) that say another organisation makes or
    carries out its social policy (``delegation`` cues: a samenwerkingsovereenkomst with another
    municipality for the Participatiewet, a gemeenschappelijke regeling for debt counselling), with
    a checklist-domain term in the sentence or the one before it: the missing measures are then also
    that organisation's to take up. Not a sentence that ends or denies it (``delegation_ended``: "heeft
    de overeenkomst opgezegd", "voert de bijstand voortaan zelf uit"), nor one with a negation in the
    cue's clause ("niet langer belegd bij"). None outside the checklist domains."""
    if not any(domain in m.domains for m in lexicon.measures):
        return []
    domain_keys = [domain_key(d) for d in lexicon.domains]
    out: list[Evidence] = []
    for pp in passages_with(parsed, [DELEGATION]):
        if pp.passage.kind not in ("paragraph", "list_item", "table_cell") or not any(
            k in pp.hit_keys for k in domain_keys
        ):
            continue
        previous = None
        for number, sent in enumerate(pp.sentences(), 1):
            cues = pp.hits.get(DELEGATION, sent)
            # the social policy named in the sentence, or in the one before it ("… voor de Participatiewet.
            # Dit betekent dat Leidschendam-Voorburg … de uitvoering hiervan verzorgt.")
            about = any(pp.hits.any(k, s) for k in domain_keys for s in (sent, previous) if s is not None)
            if cues and about and not pp.hits.any(DELEGATION_ENDED, sent) and not _denied(pp, sent, cues):
                terms = sorted({pp.doc[s:e].text.lower() for s, e in cues})
                out.append(evidence(sent.text.strip(), pp.passage.location, terms, sentence=number))
                if len(out) == MAX_DELEGATED:
                    return out
            previous = sent
    return out


def _denied(pp: ParsedPassage, sent, cues: list[tuple[int, int]]) -> bool:
    """A negation in the clause of the first cue ("… is niet langer belegd bij de gemeenschappelijke
    regeling"), not in another clause of the sentence ("…; een eigen sociale dienst hebben wij niet meer")."""
    start, end = cues[0]
    for s, _ in pp.hits.get(STANCE_NEGATION, sent):
        lo, hi = (s, start) if s < start else (end, s)
        if not any(t.text in (";", ":") for t in pp.doc[lo:hi]):
            return True
    return False


BY_SEX_QUESTIONS = frozenset({"genderdata", "monitoring"})
"""EIGE questions (questions.yml) about figures and indicators by sex: answered, they leave no household count to
point at."""
MAX_HOUSEHOLD_COUNTS = 3
"""Indicators that count households the report cites at most."""
HOUSEHOLD_COUNT_WORDS = 30
"""A passage (a table row, an indicator line) of at most this many words: an indicator, not an argument."""
# An indicator: it opens with a count ("Aantal", "Het percentage", "Aandeel") of households, at most three words
# between ("Aantal uitkeringen aan huishoudens"); not "Een aantal huishoudens" ("some"), nor a percentage of a
# norm said of households ("120% van het minimum voor alle huishoudens").
_HOUSEHOLD_COUNT = re.compile(
    r"^(?:het |de )?(?:aantal|percentage|aandeel)\b(?:\W+\w+){0,3}?\W+huishoudens\b", re.IGNORECASE
)
# A legend's or list's debris around a quoted piece: a bullet before, an item number or a note mark after.
_DEBRIS = re.compile(rf"^[-–•*\s]+|(?:\s+\d{{1,2}}[.)]|\s*[{NOTE_MARKS}]+|\s*\*+)?[\s.;:,]*$")


_COUNT_KINDS = {"table_cell": 0, "list_item": 0, "heading": 1, "paragraph": 1}
"""Passages an indicator stands in, tables and lists first."""
_BY_SEX = re.compile(r"\b(?:vrouw\w*|man|mann\w*|geslacht\w*|sekse\w*|gender\w*|moeders?|vaders?)\b", re.IGNORECASE)
_PIECES = re.compile(r"\s(?:\*+|\||[-–•])\s|(?<=[.;])\s+(?=[A-Z*-])")


def household_counts(parsed: list[ParsedPassage]) -> list[Evidence]:
    """Short passages of *parsed* (the part the verdict covers: indicator tables, result lines) that count
    households ("Aantal uitkeringen aan huishoudens op grond van de Participatiewet", "Percentage huishoudens
    met een laag inkomen"): such an indicator cannot show what a policy does for women and for men, the
    concrete place to ask for figures by sex (an expert's read of a budget). At most MAX_HOUSEHOLD_COUNTS,
    each text once. A fact about the document, not a verdict: no finding and no measure depends on it."""
    found: list[tuple[int, int, Evidence]] = []
    seen: set[str] = set()
    for order, pp in enumerate(parsed):
        rank = _COUNT_KINDS.get(pp.passage.kind)
        if rank is None:
            continue
        # a table row's cells and a legend's starred items are read one by one
        for piece in _PIECES.split(" ".join(pp.passage.text.split())):
            text = _DEBRIS.sub("", piece.strip(" *|"))
            # the same indicator with other figures ("Aantal huishoudens met schulden: 412" and ": 398") once
            key = re.sub(r"[\W\d_]+", " ", text.lower()).strip()
            if len(text.split()) > HOUSEHOLD_COUNT_WORDS or key in seen or not _HOUSEHOLD_COUNT.search(text):
                continue
            if _BY_SEX.search(text):
                continue  # "Aantal huishoudens, naar geslacht van de aanvrager": it counts by sex already
            seen.add(key)
            found.append((rank, order, evidence(text, pp.passage.location, ["huishoudens"])))
    # an indicator table's rows before a sentence that happens to open with a count
    return [e for _, _, e in sorted(found, key=lambda x: (x[0], x[1]))[:MAX_HOUSEHOLD_COUNTS]]
