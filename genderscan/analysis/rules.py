"""Where a rule matches: in a sentence, in a document, and as evidence of a measure.

The one place that turns a rule's hits (read by the keys the rule carries,
``Rule.keys``) into matches. Both the stereotype analyser
(:mod:`.stereotypes`) and the measures checklist (:mod:`.measures`) use it;
measures match as rules (``Measure.rule``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..lexicon.keys import CLAUSE_SEMICOLON, GENDER, MASCULINE, about_key, evidence_key
from ..lexicon.schema import AnaphoraPattern, Lexicon, Measure, ModelPattern, NearPattern, Rule
from ..model import EVIDENCE_KINDS, Evidence
from .anaphora import INDEFINITE, anaphora_spans, model_pronoun_span
from .commitments import (
    COMMITMENT,
    INTENT,
    MENTION,
    OTHER_GROUP,
    OTHER_SENSE,
    RECOMMENDATION,
    SHORTAGE,
    TARGET_GROUP,
    WAITING,
    WAITING_SOLVED,
    DocumentFacts,
    agreed_table,
    caption,
    caption_commitment,
    decided_item,
    elsewhere_section,
    evidence_kind,
    for_other_group,
    glossary_entry,
    intent_section,
    laid_down_after,
    method_section,
    money_table,
    not_done_section,
    or_not,
    own_commitment,
    own_staff_section,
    proposal_adopted,
    proposal_paragraph,
    reaction_section,
    recommendations_section,
    reported_practice,
    requested_item,
    run_in_commitment,
    run_in_heading,
    scheme_terms,
    section_commitment,
    signed_with_named,
    we_act,
)
from .coref import counts_in_group, pronoun_in_span
from .evidence import Excluded, claims_in_passage, evidence, in_excluded
from .matching import Hits, ParsedPassage, passages_with
from .second_opinion import model_span

NUGGERS = "nuggers"
"""The measure whose scheme's terms (who may use it, whatever the source of income) follow its opening
(:func:`~genderscan.analysis.commitments.scheme_terms`)."""


@dataclass(frozen=True)
class Match:
    """Where a rule matched: token span, the context it is reported in, and extras for stance."""

    start: int
    end: int
    context_start: int
    distance: int = 0
    """Anaphora only: rank of the antecedent (lower wins when rules share a pronoun); 0 otherwise."""
    head: int | None = None
    """Start of the term a negation must precede and a measure's evidence kind is read at (a near pattern's
    ``head`` group)."""
    asked: bool = False
    """A near pattern that starts in a question right before the sentence and ends in it: its stance is the
    sentence's, which says what follows from the question."""


def near_spans(
    hits: Hits, pattern: NearPattern, group_keys: Sequence[str], sent: Span
) -> list[tuple[int, int, int | None]]:
    """``(start, end, head start)`` where a term of every group occurs, chained.

    Starting from each occurrence of the first group, every following group
    contributes its occurrence closest to the terms chosen so far; the match
    fails when that occurrence lies more than ``window`` tokens away, or when
    a semicolon separates the terms (another clause) unless the pattern is
    ``across_clauses``. *group_keys* are the keys of the pattern's groups.
    """
    per_group = [hits.get(key, sent) for key in group_keys]
    if not all(per_group):
        return []
    out = _chained(hits, pattern, per_group, sent)
    doc = sent.doc
    if any(pronoun_in_span(doc, *span) is not None for match in out for span in match[3]):
        # a pronoun term (zij, hun) stands for what it refers to: with a parse it counts only for women
        # or for a term of its own group ("mantelzorgers … hun zorgtaak" is no match of "@vrouwen, hun")
        per_group = [
            [span for span in spans if counts_in_group(hits, doc, span, key, pattern.antecedents)]
            for key, spans in zip(group_keys, per_group, strict=True)
        ]
        out = _chained(hits, pattern, per_group, sent) if all(per_group) else []
    return [(start, end, head) for start, end, head, _ in out]


def _chained(
    hits: Hits, pattern: NearPattern, per_group: list[list[tuple[int, int]]], sent: Span
) -> list[tuple[int, int, int | None, list[tuple[int, int]]]]:
    """:func:`near_spans` on the spans of each group: ``(start, end, head start, the chosen spans)``."""
    window, head = pattern.window, pattern.head
    # Only spans that start within the window of a chosen one can be chosen: each group's spans sorted
    # by start and looked up by bisection, so a sentence with a term a thousand times (a text without
    # full stops is one sentence) costs n log n, not n² (a 470 KB one-sentence text took over 5 minutes).
    groups = [sorted(spans) for spans in per_group[1:]]
    starts = [[s for s, _ in spans] for spans in groups]
    semicolons = [] if pattern.across_clauses else sorted(s for s, _ in hits.get(CLAUSE_SEMICOLON, sent))
    out = []
    for anchor in per_group[0]:
        chosen = [anchor]
        low = high = anchor[0]
        for spans, keys in zip(groups, starts, strict=True):
            near = spans[bisect_left(keys, low - window) : bisect_right(keys, high + window)]
            # (distance to the nearest term chosen so far, span) of the closest free span of this group
            best = min(((_distance(s, chosen), s) for s in near if s not in chosen), default=None)
            if best is None or best[0] > window:
                break
            chosen.append(best[1])
            low, high = min(low, best[1][0]), max(high, best[1][0])
        else:
            if pattern.pairs and not _paired(chosen, pattern.pairs):
                continue
            start, end = min(s for s, _ in chosen), max(e for _, e in chosen)
            if bisect_left(semicolons, start) == bisect_left(semicolons, end):  # no semicolon in [start, end)
                out.append((start, end, None if head is None else chosen[head][0], chosen))
    return out


def _paired(chosen: list[tuple[int, int]], pairs: tuple[tuple[int, int], ...]) -> bool:
    """Whether no term of one pair stands between the two terms of another ("vrouwen … zorg, mannen …
    bouw" pairs; "vrouwen … techniek …, mannen … zorg" does not: the sectors belong to the other group)."""
    spans = [sorted((chosen[a][0], chosen[b][0])) for a, b in pairs]
    return all(
        not (lo < other < hi)
        for i, (lo, hi) in enumerate(spans)
        for j, pair in enumerate(pairs)
        if j != i
        for other in (chosen[pair[0]][0], chosen[pair[1]][0])
    )


def _distance(span: tuple[int, int], chosen: list[tuple[int, int]]) -> int:
    return min(abs(span[0] - c[0]) for c in chosen)


def asked_before(sent: Span, previous: Span | None) -> bool:
    """*previous* is a question right before *sent*, which answers or goes on from it ("Is uw man zijn baan
    kwijt? Stuur hem naar het Werkplein, zodat er weer brood op de plank komt"; "Zorgt u voor kinderen? Dan
    plant …"): the two say one thing, as a condition and what follows from it."""
    return previous is not None and previous.end == sent.start and previous.text.rstrip().endswith("?")


def _across(
    hits: Hits,
    pattern: NearPattern,
    group_keys: tuple[str, ...],
    previous: Span,
    sent: Span,
    present: set[str] | None,
    earlier: set[str],
    *,
    asked: bool = False,
) -> list[Match]:
    """The matches of a near *pattern* that start in *previous* and end in *sent*, where the two sentences' keys
    (*present* and *earlier*) hold every group."""
    if not all(k in (present or set()) | earlier for k in group_keys):
        return []
    joined = sent.doc[previous.start : sent.end]
    return [
        Match(s, e, previous.start, head=h, asked=asked)
        for s, e, h in near_spans(hits, pattern, group_keys, joined)
        if s < sent.start < e
    ]


def rule_matches(
    hits: Hits,
    rule: Rule,
    sent: Span,
    previous: Span | None = None,
    present: set[str] | None = None,
    asked: set[str] | None = None,
    before: set[str] | None = None,
) -> list[Match]:
    """Every match of *rule* in *sent*, earliest first.

    The context is the sentence, or starts at the sentence before it for a
    pronoun whose antecedent stands there. *present*, when given, holds the
    keys with a hit in *sent* (:attr:`ParsedPassage.sentence_keys`): a near
    pattern missing one of its groups there is not looked at. *asked*, when
    given, holds the keys of a question right before *sent* (:func:`asked_before`):
    a near pattern may then start in the question and end in *sent*. *before*, when given, holds the keys of the
    sentence right before *sent* in its paragraph: a near pattern marked ``previous_sentence`` may start there.
    """
    keys = rule.keys
    own = keys.own
    found = [Match(s, e, sent.start) for s, e in hits.get(own, sent)] if present is None or own in present else []
    for n, pattern in enumerate(rule.patterns):
        if isinstance(pattern, NearPattern):
            group_keys = keys.near[n]
            if asked is not None and previous is not None:
                found.extend(_across(hits, pattern, group_keys, previous, sent, present, asked, asked=True))
            if pattern.previous_sentence and before is not None and previous is not None and asked is None:
                # each sentence holds a term of the first two groups: the split runs over both ("…: de mannen.
                # …: de vrouwen."), not a whole list in the first and a word of the last group in the next
                if all(any(hits.get(k, part) for k in group_keys[:2]) for part in (previous, sent)):
                    found.extend(_across(hits, pattern, group_keys, previous, sent, present, before))
            if present is not None and not all(k in present for k in group_keys):
                continue
            found.extend(Match(s, e, sent.start, head=h) for s, e, h in near_spans(hits, pattern, group_keys, sent))
        elif isinstance(pattern, AnaphoraPattern):
            antecedent, pronoun = keys.anaphora[n]
            spans = anaphora_spans(hits, antecedent, pronoun, sent, previous, pattern.next_sentence, pattern)
            found.extend(Match(s, e, c, distance=d) for s, e, c, d in spans)
        elif isinstance(pattern, ModelPattern) and pattern.pronoun:
            if present is not None and MASCULINE not in present:
                continue
            span = model_pronoun_span(
                hits, sent, rule.category, pattern.threshold, pattern.antecedents, pattern.role_threshold
            )
            if span is not None:
                found.append(Match(span[0], span[1], sent.start))
        elif isinstance(pattern, ModelPattern):
            if present is not None and GENDER not in present:
                continue
            span = model_span(hits, sent, rule.category, pattern.threshold)
            if span is not None:
                found.append(Match(span[0], span[1], sent.start))
    return sorted(set(found), key=lambda m: (m.start, m.end, m.context_start, m.distance))


def document_matches(parsed: list[ParsedPassage], rule: Rule) -> bool:
    """Whether *rule* matches in any sentence of the document."""
    keys = rule.keys.triggers
    return any(
        rule_matches(pp.hits, rule, sent) for pp in passages_with(parsed, keys) for _, sent in pp.sentences_with(keys)
    )


def document_allows(parsed: list[ParsedPassage], rule: Rule, lexicon: Lexicon, present: dict[str, bool]) -> bool:
    """A rule's document conditions: none of its ``when_missing`` measures is
    present (ontheffing *without* kinderopvang), and its ``also_near`` pattern
    matches somewhere (vrijwilligerswerk for women *while* men get
    loonkostensubsidie). *present* caches measure presence for the document."""
    if rule.when_missing:
        measures = {m.id: m for m in lexicon.measures}
        for mid in rule.when_missing:
            if mid not in present:
                present[mid] = commits(measure_evidence(parsed, measures[mid], {}, lexicon.stance.negation_window))
        if any(present[mid] for mid in rule.when_missing):
            return False
    return rule.also is None or document_matches(parsed, rule.also)


# Cells of a table row read for one measure: a row of hundreds of cells must not cost a read per cell.
ROW_CELLS_READ = 4


def _one_per_cell(pp: ParsedPassage, sent: Span, found: list[Match]) -> list[Match]:
    """The first match in each cell of a table row (cells between "|"), at most ROW_CELLS_READ cells."""
    text, base = pp.passage.text, sent.start_char
    cells: dict[int, Match] = {}
    for m in found:
        cell = text.count("|", base, pp.doc[m.start].idx)
        if cell not in cells:
            cells[cell] = m
            if len(cells) == ROW_CELLS_READ:
                break
    return list(cells.values())


def measure_evidence(
    parsed: list[ParsedPassage],
    measure: Measure,
    exclude: Excluded,
    negation_window: int,
    *,
    facts: DocumentFacts | None = None,
) -> list[Evidence]:
    """Sentences that name *measure*, each with its kind (:mod:`.commitments`), commitments first.

    A sentence counts when the measure's terms or near patterns match, the
    sentence is not itself stereotyped, and, with ``requires_gender``, it
    refers to gender. A negation just before the match ("geen
    kinderopvang"), an ``unless`` term or a shortage cue make it a
    ``shortage`` (or ``other_sense``); only a ``commitment`` makes the measure
    present (:func:`commits`). *facts*: what the whole document is (read from *parsed* when not
    given; give them when *parsed* is only the part the verdict covers, or for many measures).
    """
    rule = measure.rule
    keys = rule.keys.triggers
    out = []
    index = {id(pp): i for i, pp in enumerate(parsed)}
    facts = facts or DocumentFacts.of(parsed)
    for pp in passages_with(parsed, keys):
        skip = exclude.get(pp.passage.location.paragraph, [])
        advisory = _advisory(facts, pp)
        money = money_table(pp.passage.location.section_path)  # the heading above a table of figures
        agreed = pp.passage.kind == "table_cell" and agreed_table(_table_path(parsed, index[id(pp)]))
        for i, sent in pp.sentences_with(keys):
            if in_excluded(sent, skip):
                continue
            found = rule_matches(pp.hits, rule, sent)
            if not found and measure.topic_nearby:
                found = topic_nearby(pp, measure, i)
            gender = pp.hits.get(GENDER, sent)
            if not found or (measure.requires_gender and not gender):
                continue
            free = [m for m in found if not _negated_match(pp.hits, sent, m, negation_window)]
            if free:
                # in a table row each cell that names the measure is read ("Train klantmanagers | Alle
                # klantmanagers volgen de training"): a commitment in any of them counts
                cells = _one_per_cell(pp, sent, free) if pp.passage.kind == "table_cell" else free[:1]
                kinds = [_kind_at(pp, sent, m, measure, facts, advisory, money, agreed) for m in cells]
                if kinds == [OTHER_SENSE] and pp.passage.kind != "table_cell":
                    # the first naming is an item of a list of sectors; a later one may be the service ("De
                    # studierichtingen zijn zorg en kinderopvang; ouders krijgen een vergoeding voor kinderopvang")
                    kinds += [
                        _kind_at(pp, sent, m, measure, facts, advisory, money, agreed)
                        for m in free[1:]
                        if m.start >= free[0].end
                    ]
                kind = COMMITMENT if COMMITMENT in kinds else kinds[0]
            else:
                kind = SHORTAGE
            terms = sorted({pp.doc[m.start : m.end].text.lower() for m in (free or found)})
            # "… een jobcoach beschikbaar. Door de grote vraag staan 27 mensen op een wachtlijst."
            ended = _ended_before(pp, i) if kind == COMMITMENT and pp.passage.kind == "paragraph" else None
            if ended is not None:  # "De urenpremie vervalt. Dat is een premie voor wie … hun uren uitbreiden."
                both = f"{ended.text.strip()} {sent.text.strip()}"
                out.append(evidence(both, pp.passage.location, terms, SHORTAGE))
                continue
            waiting = _waiting_after(pp, i, measure) if kind == COMMITMENT and pp.passage.kind != "table_cell" else None
            if waiting is not None:
                both = f"{sent.text.strip()} {waiting.text.strip()}"
                out.append(evidence(both, pp.passage.location, terms, SHORTAGE))
                continue
            if kind != OTHER_SENSE and not_done_section(pp.passage.location.section_path, sent.text):
                # under "Wat (nog) niet in dit voorstel zit" a named measure is one the document does not take
                out.append(evidence(sent.text.strip(), pp.passage.location, terms, SHORTAGE))
                continue
            # what the municipality already does ("vergoedt sinds 2024 al") commits under any heading; under
            # recommendations, so does what it does in its own voice (a college that adopts them). Read only
            # under those headings: both need the sentence's parse.
            path = pp.passage.location.section_path
            if kind in (COMMITMENT, OTHER_GROUP, INTENT) and _for_staff_only(pp, sent, measure):
                kind = OTHER_SENSE  # under "Eigen medewerkers" a facility is for the staff, not for residents
            if (
                kind == COMMITMENT
                and measure.void_with
                and claims_in_passage(pp.passage.text, skip) & set(measure.void_with)
            ):
                # "Het Werkbedrijf biedt een divers palet … De instroom in de bouw is gericht op de mannen"
                kind = MENTION
            if kind in (COMMITMENT, RECOMMENDATION, INTENT) and free and proposal_paragraph(pp):
                # (not a proposal to find out first: "Voorstel. Onderzoeken of … / Besluit. Conform.")
                intends = pp.hits.any(evidence_key(INTENT), sent)
                adopted = None if intends else proposal_adopted(parsed, index[id(pp)])
                if adopted is not None:  # "Voorstel. Alle klantregisseurs volgen … / Besluit. Het overleg stemt in."
                    both = f"{sent.text.strip()} {adopted.text.strip()}"
                    out.append(evidence(both, pp.passage.location, terms, COMMITMENT))
                    continue
                if kind == COMMITMENT:
                    kind = INTENT  # "Voorstel. Kosteloze opvang bieden …": the "Besluit." after it decides
            if kind == COMMITMENT and intent_section(path) and not reported_practice(pp.hits, sent, facts.own):
                kind = INTENT  # under "Wat we nog willen uitzoeken" a measure is explored, not taken
            if (
                kind in (COMMITMENT, OTHER_GROUP)
                and elsewhere_section(path)
                and not own_commitment(pp.hits, sent, elsewhere=True, own=facts.own)
                and not we_act(pp.hits, sent, facts.own)
            ):
                kind = MENTION  # under "Andere gemeenten" a practice is theirs ("Ook heeft Dommelkamp afspraken …")
            if kind != OTHER_SENSE and glossary_entry(path, sent.text):
                kind = OTHER_SENSE  # under "Begrippen" an entry defines the measure's words
            if kind in (COMMITMENT, OTHER_GROUP) and method_section(path):
                kind = MENTION  # under "Opzet van de analyse" the figures split by sex are the study's own
            if (
                (
                    (kind in (COMMITMENT, OTHER_GROUP, INTENT) and recommendations_section(path))
                    or (kind in (COMMITMENT, OTHER_GROUP, INTENT, MENTION) and requested_item(parsed, index[id(pp)]))
                )
                and not reported_practice(pp.hits, sent, facts.own)
                and not own_commitment(pp.hits, sent)
            ):
                # under "Aanbevelingen", or in the list a motion asks of the college ("verzoekt het college:"),
                # the measure is asked of someone, not done (unless the municipality already does it:
                # "De gemeente vergoedt sinds 2025 …")
                out.append(evidence(sent.text.strip(), pp.passage.location, terms, RECOMMENDATION))
                continue
            # a run-in heading names a topic: it neither recommends ("Werk en zorg samen." is no imperative)
            # nor commits ("Economische zelfstandigheid als doel."); the paragraph after it decides
            if kind not in (SHORTAGE, OTHER_SENSE) and free and not advisory and run_in_heading(pp, sent):
                commit = run_in_commitment(pp, facts.own, measure)
                if commit is not None:  # "Kinderopvang. … De gemeente regelt de plaats en betaalt de kosten."
                    committed = OTHER_GROUP if for_other_group(pp.hits, commit, measure) else COMMITMENT
                    if intent_section(path) and not reported_practice(pp.hits, commit, facts.own):
                        committed = INTENT  # "Wat nog moet worden uitgezocht" / "Nazorg. Een jobcoach blijft …"
                    out.append(evidence(commit.text.strip(), pp.passage.location, terms, committed))
                    continue
                kind = MENTION
            if (
                kind == MENTION
                and free
                and decided_item(pp, i)
                and not any(pp.hits.any(evidence_key(k), sent) for k in (INTENT, SHORTAGE, RECOMMENDATION))
            ):  # … unless the item itself puts off, refuses or asks ("2. het besluit over nazorg uit te stellen")
                kind = COMMITMENT  # "Het college besluit: 1. …; 2. dat het dashboard … apart het aantal vrouwen …"
            if kind == MENTION and free and pp.passage.kind == "heading":
                below = section_commitment(parsed, index[id(pp)], facts.own, measure)
                if below is not None and exclude.get(below[0].passage.location.paragraph):
                    # the paragraph that commits also holds a stereotype ("… geldt het volgende. Omdat moeders de
                    # zorg hebben, bieden wij hun …"): what the section commits to is that, not the measure
                    below = None
                if below is not None:  # the section named after the measure commits to it
                    inner, commit = below
                    section_kind = RECOMMENDATION if _advisory(facts, inner) else COMMITMENT
                    if section_kind == COMMITMENT and for_other_group(inner.hits, commit, measure):
                        section_kind = OTHER_GROUP
                    if _for_staff_only(inner, commit, measure):
                        section_kind = OTHER_SENSE
                    out.append(evidence(commit.text.strip(), inner.passage.location, terms, section_kind))
                    continue
            if kind == MENTION and free and not advisory and pp.passage.kind == "paragraph" and caption(sent):
                row = caption_commitment(parsed, index[id(pp)], facts.own)
                if row is not None:  # "Tabel 3 Afspraken na plaatsing" over "… | ingevoerd per 1 maart 2037"
                    out.append(
                        evidence(f"{sent.text.strip()} {row.text.strip()}", pp.passage.location, terms, COMMITMENT)
                    )
                    continue
            if kind == MENTION and free and not advisory and pp.passage.kind == "paragraph":
                signed = signed_with_named(pp, i)
                if signed is not None:  # "De overeenkomst met Stichting Varenkamp is ondertekend. Varenkamp is een …"
                    both = f"{sent.text.strip()} {signed.text.strip()}"
                    out.append(evidence(both, pp.passage.location, terms, COMMITMENT))
                    continue
            if kind == MENTION and free and not advisory and pp.passage.kind == "paragraph" and measure.id == NUGGERS:
                opening = scheme_terms(pp, i, facts.own)
                if opening is not None:  # "De regeling geldt voor ieder huishouden … Het maakt niet uit waar …"
                    both = f"{opening.text.strip()} {sent.text.strip()}"
                    out.append(evidence(both, pp.passage.location, terms, COMMITMENT))
                    continue
            if kind == MENTION and free and not pp.hits.any(evidence_key(COMMITMENT), sent) and not advisory:
                laid = laid_down_after(pp, i, facts.own)
                if laid is not None:  # "… tussen 9.00 en 14.30 uur, zodat … Dit is vastgelegd in de opdracht aan …"
                    both = f"{sent.text.strip()} {laid.text.strip()}"
                    out.append(evidence(both, pp.passage.location, terms, COMMITMENT))
                    continue
            out.append(evidence(sent.text.strip(), pp.passage.location, terms, kind))
    rank = {k: i for i, k in enumerate(EVIDENCE_KINDS)}
    seen: set[tuple[str, int]] = set()
    unique = []
    for e in sorted(out, key=lambda e: rank[e.kind or MENTION]):  # a section's sentence can be reached twice
        if (e.text, e.location.paragraph) not in seen:
            seen.add((e.text, e.location.paragraph))
            unique.append(e)
    return unique


def _table_path(parsed: list[ParsedPassage], i: int) -> tuple[str, ...]:
    """The headings over the table row ``parsed[i]``: its section path, and the table's caption when the passage
    just before the table is one ("Tabel 4 Wat we afspreken")."""
    path = tuple(parsed[i].passage.location.section_path or ())
    j = i
    while j > 0 and parsed[j - 1].passage.kind == "table_cell":
        j -= 1
    if j > 0 and parsed[j - 1].passage.location.section_path == parsed[i].passage.location.section_path:
        text = parsed[j - 1].passage.text.strip()
        if _CAPTION_LINE.match(text):
            return (*path, text)
    return path


# The caption of a table ("Tabel 4 Wat we afspreken"), as a passage of its own.
_CAPTION_LINE = re.compile(r"^\s*tabel\s+\d+[a-z]?(?:\.\d+)*\b(?!\s*[|%])", re.IGNORECASE)


def _kind_at(
    pp: ParsedPassage,
    sent: Span,
    m: Match,
    measure: Measure,
    facts: DocumentFacts,
    advisory: bool,
    money: bool,
    agreed: bool = False,
) -> str:
    """The evidence kind of the measure's match *m* in *sent* (:func:`.commitments.evidence_kind`); *money*: the
    passage stands under a heading of a table of figures."""
    return evidence_kind(
        pp.hits,
        sent,
        m.start if m.head is None else m.head,
        measure,
        pp.passage.kind,
        own=facts.own,
        advisory=advisory,
        end=m.end,
        regions=facts.regions,
        money_table=money,
        national=facts.national,
        agreed=agreed,
    )


BACK_REFERENCE = frozenset(
    {"die", "deze", "daarin", "hierin", "daar", "daarbij", "hierbij", "zij", "ze", "onderwerp", "thema", "inhoud"}
)
"""A sentence that opens with one of these goes on about what the sentence before it named ("… volgen de
training Open Blik. Die gaat over …", "… volgen een training van twee dagdelen. Onderwerp is …"), or about those
who follow it ("Alle klantmanagers volgen een training. Zij leren eigen aannames over vrouwen en mannen
herkennen.")."""
BACK_REFERENCE_REACH = 4
"""… as does one that names the measure's own word (its first near group) among its first words ("In de
training leren zij …")."""
DEMONSTRATIVES = frozenset({"deze", "die", "dit", "dat", "dezelfde"})
"""Before the measure's own word, these name again what the sentence before introduced ("… volgen deze
leergang")."""
TOPIC_NEGATIONS = frozenset({"niet", "geen", "zonder", "niets"})
"""A sentence that says what the thing is about, with one of these before the topic word, denies it ("Die
training gaat niet over gender")."""


# Words that name what a waiting list is for or where ("De wachtlijst voor sociale huurwoningen …", "De
# wachtlijst bij de woningcorporatie …"), and what may follow them without naming something else: the people
# waiting and the service's own words ("Voor ouders in een traject geldt een wachtlijst", "voor een plek").
_FOR = frozenset({"voor", "bij"})
_SKIP = frozenset({"de", "het", "een", "alle", "deze", "die", "dit", "onze", "hun", "zijn", "haar", "nieuwe", "eerste"})
_WAITING_FOR = frozenset(
    {
        "ouders",
        "ouder",
        "deelnemers",
        "deelnemer",
        "inwoners",
        "mensen",
        "kinderen",
        "gezinnen",
        "nieuwkomers",
        "statushouders",
        "werkzoekenden",
        "werknemers",
        "vrouwen",
        "mannen",
        "moeders",
        "vaders",
        "cliënten",
        "klanten",
        "opvang",
        "plek",
        "plekken",
        "plaats",
        "plaatsen",
        "begeleiding",
        "coach",
        "coaches",
        "jobcoach",
        "jobcoaches",
        "traject",
        "trajecten",
        "training",
        "cursus",
        "regeling",
        "ondersteuning",
        "groep",
        "groepen",
        "locatie",
        "locaties",
        "wachtlijst",
        "wachtlijsten",
    }
)
# Negations before a word that solves a waiting list ("niet te voorkomen", "is niet korter geworden").
_UNSOLVED = frozenset({"niet", "geen", "nauwelijks", "nooit"})


def _names_other(sent: Span) -> bool:
    """*sent* says what or where its waiting list is for, and that is something else: after "voor" or "bij",
    the first word past articles is neither the people waiting nor the service's own words (a sentence that
    names the measure itself is read before this)."""
    doc = sent.doc
    for t in sent:
        if t.lower_ not in _FOR:
            continue
        nxt = next((w for w in doc[t.i + 1 : sent.end] if w.lower_ not in _SKIP and not w.is_punct), None)
        if nxt is not None and nxt.lower_ not in _WAITING_FOR:
            return True
    return False


# A sentence that says what the scheme of the sentence before was ("De urenpremie vervalt. Dat is een premie voor
# …"): it defines, and the sentence before decides. Only a scheme named as such, in a sentence of one clause (not
# "Dat is een grote stap: voortaan vergoedt …", not "…; voortaan vergoedt de gemeente …").
_DEFINES_BACK = re.compile(
    r"^\W*(?:dat|dit|die|deze|het)\s+(?:is|was|zijn|waren|betreft|betrof)\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]*(?:regeling|regelingen|premie|vergoeding|voorziening|pilot|project|subsidie|toeslag|tegemoetkoming|fonds"
    r"|potje|pot|aanbod|traject|programma|maatregel)\b[^;:]*$",
    re.IGNORECASE,
)
# … and what ended is no barrier to the measure (an "eigen risico", a waiting time: its end helps) and is not said to
# go on ("vervalt niet").
_BARRIER = re.compile(
    r"\b(?:eigen\s+(?:risico|bijdrage)|wachttijd|wachtlijst|drempel|korting|boete|verplichting|voorwaarde|eis|toets)\b"
    r"|\b(?:niet|geen)\b",
    re.IGNORECASE,
)


def _ended_before(pp: ParsedPassage, index: int) -> Span | None:
    """The sentence before sentence *index* of *pp* when that one ends a scheme (a ``shortage`` cue, no commitment,
    no barrier or negation: :data:`_BARRIER`) and sentence *index* only says what the scheme was
    (:data:`_DEFINES_BACK`)."""
    sents = pp.sentences()
    if index == 0 or not _DEFINES_BACK.match(sents[index].text.strip()):
        return None
    before = sents[index - 1]
    if _BARRIER.search(before.text):
        return None
    if pp.hits.any(evidence_key(SHORTAGE), before) and not pp.hits.any(evidence_key(COMMITMENT), before):
        return before
    return None


def _waiting_after(pp: ParsedPassage, index: int, measure: Measure) -> Span | None:
    """The sentence after sentence *index* of *pp* when it says there is a waiting list or a full service
    (``waiting``) for what the sentence before offers: it commits to nothing itself, neither denies nor solves
    the waiting (``waiting_solved``: "geen wachtlijst", "weggewerkt"), and either names the *measure* ("Voor de
    kinderopvang geldt een wachtlijst") or names nothing else it is for ("Door de grote vraag staan 27 mensen
    op een wachtlijst"; not "De wachtlijst voor sociale huurwoningen …")."""
    sents = pp.sentences()
    if index + 1 >= len(sents):
        return None
    after = sents[index + 1]
    hits, doc = pp.hits, pp.doc
    if not hits.any(evidence_key(WAITING), after) or hits.any(evidence_key(COMMITMENT), after):
        return None
    for a, _ in hits.get(evidence_key(WAITING_SOLVED), after):
        if not any(t.lower_ in _UNSOLVED for t in doc[max(after.start, a - 3) : a]):
            return None  # "Er is geen wachtlijst", "… is inmiddels weggewerkt"; not "niet te voorkomen"
    if any(hits.any(k, after) for k in measure.rule.keys.triggers):
        return after
    # about the service or its people ("27 nieuwkomers staan op een wachtlijst", "De groepen zitten vol"), not
    # about something else that is full ("De agenda van de klantmanagers is volgeboekt")
    if any(t.lower_ in _WAITING_FOR for t in after) and not _names_other(after):
        return after
    return None


def topic_nearby(pp: ParsedPassage, measure: Measure, index: int) -> list[Match]:
    """The matches in sentence *index* of *pp* of a near pattern of *measure* (three groups or more) whose
    last group, what the measure is about, stands in a sentence next to it that belongs to the same thing
    and says what it is about (``topic_nearby``): the next sentence, when it refers back ("Alle
    klantmanagers volgen de training Open Blik. In die training leren zij aannames over vrouwen en mannen
    herkennen."), or the sentence before, when this one names its thing again ("… een leergang over
    onbewuste aannames ontwikkeld. Alle consulenten volgen deze leergang.")."""
    sents = pp.sentences()
    sent, hits, rule = sents[index], pp.hits, measure.rule
    about = about_key(measure.id)
    out: list[Match] = []
    for n, pattern in enumerate(rule.patterns):
        if not isinstance(pattern, NearPattern) or len(pattern.groups) < 3:
            continue
        group_keys = rule.keys.near[n]
        lead, topic = group_keys[0], group_keys[-1]
        head = pattern.head if pattern.head is not None and pattern.head < len(pattern.groups) - 1 else None
        spans = near_spans(hits, replace(pattern, groups=pattern.groups[:-1], head=head), group_keys[:-1], sent)
        if not spans:
            continue
        beside = []
        if index + 1 < len(sents) and _refers_back(hits, sents[index + 1], lead):
            beside.append(sents[index + 1])
        if index > 0 and _names_again(hits, sent, sents[index - 1], lead):
            beside.append(sents[index - 1])
        if any(_about(hits, s, topic, about) for s in beside):
            out.extend(Match(s, e, sent.start, head=h) for s, e, h in spans)
    return out


# Words before the thing's name that make it another one ("Een aanvullende training over gender …" after "… een
# training motiverende gespreksvoering gevolgd"): what that one is about says nothing of the first.
_ANOTHER = frozenset({"aanvullende", "andere", "nieuwe", "tweede", "extra", "volgende", "vervolgtraining"})


def _refers_back(hits: Hits, sent: Span, lead: str) -> bool:
    words = [t for t in sent if not (t.is_punct or t.is_space)][:BACK_REFERENCE_REACH]
    if not words:
        return False
    if any(t.lower_ in _ANOTHER for t in words):
        return False
    if words[0].lower_ in BACK_REFERENCE:
        return True
    doc = sent.doc
    # (a thing named with "een" is a new one: "… een training in het nieuwe meldsysteem. Een training over eigen
    # aannames is besproken, maar niet begroot.")
    return any(s <= words[-1].i and (s == 0 or doc[s - 1].lower_ not in INDEFINITE) for s, _ in hits.get(lead, sent))


def _names_again(hits: Hits, sent: Span, before: Span, lead: str) -> bool:
    """*sent* names again, after a demonstrative, the thing *before* introduced: the same word ("… een
    leergang … Alle consulenten volgen deze leergang"; not "deze opleiding tot jobcoach" after a training)."""
    doc = sent.doc
    introduced = {doc[s].lemma_.lower() for s, _ in hits.get(lead, before)}
    return any(
        s > sent.start and doc[s - 1].lower_ in DEMONSTRATIVES and doc[s].lemma_.lower() in introduced
        for s, _ in hits.get(lead, sent)
    )


def _about(hits: Hits, sent: Span, topic: str, cues: str) -> bool:
    """*sent* says that its thing is about the *topic*: a word of what it is about (the *cues* key: "gaat
    over", "leren") before a topic word, with no negation between them ("Die training gaat niet over
    gender")."""
    doc = sent.doc
    about = [s for s, _ in hits.get(cues, sent)]
    for s, _ in hits.get(topic, sent):
        for a in (a for a in about if a < s):
            if not any(t.lower_ in TOPIC_NEGATIONS for t in doc[a:s]):
                return True
    return False


def _advisory(facts: DocumentFacts, pp: ParsedPassage) -> bool:
    """*pp* speaks in the voice of an advice or study, whose measures are recommended, not taken; not under the
    college's reaction to it, which is the college's own voice."""
    return facts.advisory and not reaction_section(pp.passage.location.section_path)


def _for_staff_only(pp: ParsedPassage, sent: Span, measure: Measure) -> bool:
    """A sentence under a heading about the body's own staff that names none of the checklist's people: a
    facility for the staff (not for a measure whose people are the staff, ``for_staff``)."""
    return (
        not measure.for_staff
        and own_staff_section(pp.passage.location.section_path, pp.passage.text)
        and not pp.hits.any(evidence_key(TARGET_GROUP), sent)
    )


def _negated_match(hits: Hits, sent: Span, m: Match, window: int) -> bool:
    """A negation just before the match or before its head ("geen kinderopvang"); one inside the match is
    part of the measure's own words ("inwoners die geen uitkering ontvangen")."""
    found = hits.negation_before(sent, m.start, window)
    if (
        found is not None
        and not _costs_nothing(sent.doc, found[0])
        and not _parallel(sent.doc, found[0], m.start)
        and not _either_way(sent.doc, found[0])
    ):
        return True
    if m.head is None:
        return False
    found = hits.negation_before(sent, m.head, window)
    return found is not None and not m.start <= found[0] < m.end and not _costs_nothing(sent.doc, found[0])


_NEGATION_WORDS = frozenset({"geen", "niet", "zonder"})
_JOINS = frozenset({"en", "of", ",", "noch"})


def _parallel(doc, i: int, start: int) -> bool:
    """The negation at *i* opens a condition coordinated with the match, whose own words open with a negation too
    ("nieuwkomers die geen inburgeringsplicht en geen uitkering hebben"): the people's description, not the measure
    denied."""
    between = doc[i + 1 : start]
    return (
        doc[start].lower_ in _NEGATION_WORDS
        and 1 <= len(between) <= 4
        and between[-1].lower_ in _JOINS
        and not any(t.lower_ in _NEGATION_WORDS for t in between)
    )


def _either_way(doc, i: int) -> bool:
    """The negation at *i* is the "niet" of "… of niet", an alternative ("of zij nu inburgeringsplichtig zijn of
    niet"), not a denial (:func:`commitments.or_not`)."""
    return doc[i].lower_ == "niet" and or_not(doc[i])


# Paying or costing nothing for it ("U betaalt niets voor de kinderopvang", "De opvang kost ouders niets"): free, not
# absent (a hostile review)
_PAY_OR_COST = frozenset({"betaalt", "betalen", "betaal", "kost", "kosten"})


def _costs_nothing(doc, i: int) -> bool:
    """The negation at *i* is "niets" right after a verb of paying or costing (perhaps with its object between)."""
    return doc[i].lower_ == "niets" and any(doc[k].lower_ in _PAY_OR_COST for k in range(max(0, i - 2), i))


def commits(evidence_items: Sequence[Evidence]) -> bool:
    """Whether any of *evidence_items* is a commitment: the measure is present."""
    return any(e.kind == "commitment" for e in evidence_items)
