"""Stereotype findings: rule matches per sentence, with stance and fingerprint."""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Span

from ..lexicon.keys import (
    GENDER,
    STANCE_ADOPTION,
    STANCE_ATTRIBUTION,
    STANCE_CONTEXT,
    STANCE_CRITICAL,
    STANCE_POSITIVE,
    STANCE_STATISTIC,
)
from ..lexicon.schema import Lexicon, NearPattern, Rule
from ..model import Finding, Vetoed
from ..resources import lexicon_dir
from ..syntax import token_syntax
from .commitments import DocumentFacts
from .matching import ParsedPassage
from .rules import asked_before, document_allows, rule_matches
from .second_opinion import prepare, reads_another, veto
from .stance import Discourse, classify, endorsed, on_staff_ground, quote_ranges


def fingerprint(rule_id: str, sentence: str, occurrence: int) -> str:
    norm = " ".join(sentence.lower().split())
    return hashlib.sha256(f"{rule_id}\0{norm}\0{occurrence}".encode()).hexdigest()[:16]


class ContextCues:
    """Stance that passages inherit from what introduces them.

    * Under a heading with a report cue ("Lessen uit de genderscan",
      "Bevindingen", "Valkuilen", "Vooroordelen", "Wat we horen"), every
      passage of its section, also of its subsections (the passage's
      ``section_path``), else until the next heading. Only report cues: a
      heading such as "Armoede bestrijden" carries a critical cue but
      introduces policy, not findings.
    * After a paragraph that ends with a colon and carries such a cue ("De
      genderscan liet het volgende zien:"), the list items that follow it.
    """

    def __init__(self) -> None:
        self.section: str | None = None
        self.intro: str | None = None
        self.headings: dict[str, str | None] = {}  # heading text -> its report cue

    @staticmethod
    def _cue(pp: ParsedPassage, keys: tuple[str, ...] = (STANCE_CRITICAL, STANCE_CONTEXT)) -> str | None:
        for key in keys:
            spans = pp.hits.get(key) if key in pp.hit_keys else None
            if spans:
                s, e = spans[0]
                return pp.doc[s:e].text
        return None

    def update(self, pp: ParsedPassage) -> str | None:
        """The inherited cue for *pp* (None: judge its sentences on their own)."""
        kind = pp.passage.kind
        if kind == "heading":
            self.section = self._cue(pp, (STANCE_CONTEXT,)) and pp.passage.text
            self.headings[" ".join(pp.passage.text.split())] = self.section
            self.intro = None
            return None
        section = self.section or self._from_path(pp)
        if kind == "list_item":
            return self.intro or section
        self.intro = pp.passage.text if pp.passage.text.rstrip().endswith(":") and self._cue(pp) else None
        return section

    def _from_path(self, pp: ParsedPassage) -> str | None:
        """The report cue of a heading above the passage (its section path, nearest first)."""
        for heading in reversed(pp.passage.location.section_path or ()):
            cue = self.headings.get(" ".join(str(heading).split()))
            if cue:
                return cue
        return None


# How far a rejection that looks back reaches: the rest of a paragraph ("… Deze aannames kunnen ertoe
# leiden …" at its end), the next one or two sentences across a paragraph break.
PARAGRAPH_REACH = 5
NEXT_REACH = 2
# A document needs this many words before its density of critical cues says anything about its genre.
GENRE_MIN_WORDS = 1000


def _from_model(rule: Rule) -> bool:
    return any(p.kind == "model" for p in rule.patterns)


def _builtin(rule: Rule) -> bool:
    """A rule of the shipped lexicon: the second opinion was tuned against those. A lexicon author's
    own rules say what their author wants found."""
    return _shipped_file(rule.file)


@functools.cache
def _shipped_file(file: str) -> bool:
    return Path(file).resolve().is_relative_to(lexicon_dir().resolve())


def _names_it(rule: Rule) -> bool:
    """A rule whose patterns are all words that name the stereotype itself (kostwinnersmodel,
    gezinshoofd, hoofd van het huishouden). The second opinion sets aside such a rule's assertion only
    in a sentence with a gender term: "het hoofd van het huishouden" in a sentence without one is
    gendered by the words themselves, which the classifier, trained on sentences about women and
    men, does not read as such (it set aside the example nota's "Brieven … aan het hoofd van het
    huishouden"). Until it was trained on texts that use these words for and against (tune-h), it
    could not tell "Het kostwinnersmodel blijft het uitgangspunt" from "… is achterhaald" at all."""
    return all(p.kind in ("terms", "compound") for p in rule.patterns)


def genre_cue(parsed: list[ParsedPassage], lexicon: Lexicon) -> str | None:
    """The most frequent critical cue of a document that is critical or gender-sensitive throughout
    (``genre_density`` critical and positive-action cues per 1,000 words), else None."""
    density = lexicon.stance.genre_density
    if not density:
        return None
    words = 0
    cues: Counter[str] = Counter()
    for pp in parsed:
        words += pp.non_punct
        for key in (STANCE_CRITICAL, STANCE_POSITIVE):
            if key not in pp.hit_keys:  # no Doc made again for a passage without
                continue
            for s, e in pp.hits.get(key):
                cues[pp.doc[s:e].text.lower()] += 1
    if words < GENRE_MIN_WORDS or sum(cues.values()) * 1000 < density * words:
        return None
    return cues.most_common(1)[0][0]


HEADER_CELL_WORDS = 5
"""The most words in a cell of a table's header row (its column names)."""


def header_row(parsed: list[ParsedPassage], p: int) -> bool:
    """Whether ``parsed[p]`` is the first row of a table with more rows, each of its cells a short label: the
    table's header."""
    pp = parsed[p]
    if pp.passage.kind != "table_cell" or (p > 0 and parsed[p - 1].passage.kind == "table_cell"):
        return False
    if p + 1 >= len(parsed) or parsed[p + 1].passage.kind != "table_cell":
        return False
    cells = pp.passage.text.split("|")
    return (
        len(cells) > 1
        and all(len(c.split()) <= HEADER_CELL_WORDS for c in cells)
        and not any(_ROW_OF_DATA.search(c) for c in cells)
    )


# A cell that makes a first row data, not column names: a yes or no, a verb of a claim ("| De man is de kostwinner | Ja
# |", "| Moeder zorgt, vader verdient | Toelichting |")
_ROW_OF_DATA = re.compile(
    r"^\s*(?:ja|nee|x|✓|✗)\s*$|\b(?:is|zijn|wordt|worden|heeft|hebben|zorgt|zorgen|verdient|verdienen|werkt|werken|"
    r"moet|moeten|kan|kunnen|blijft|blijven|gaat|gaan)\b",
    re.IGNORECASE,
)


def _after(parsed: list[ParsedPassage], p: int, si: int) -> tuple:
    """The sentences after sentence *si* that may still be about it: the rest of its paragraph (at most
    PARAGRAPH_REACH sentences), or, at the paragraph's end, up to NEXT_REACH sentences of the next
    passage when that continues the text (not a heading: a heading starts another section)."""
    pp = parsed[p]
    sents = pp.sentences()
    after = [(pp.hits, s) for s in sents[si + 1 : si + 1 + PARAGRAPH_REACH]]
    if len(after) < NEXT_REACH and p + 1 < len(parsed) and parsed[p + 1].passage.kind in ("paragraph", "list_item"):
        nxt = parsed[p + 1]
        after += [(nxt.hits, s) for s in nxt.sentences()[: NEXT_REACH - len(after)]]
    return tuple(after)


def find_stereotypes(
    parsed: list[ParsedPassage],
    lexicon: Lexicon,
    suppressed: Counter | None = None,
    *,
    merge: bool = True,
    vetoed: list[Vetoed] | None = None,
    second_opinion: bool = True,
    vetoes: bool = True,
) -> list[Finding]:
    """One finding per claim (:func:`merge_claims`, after :func:`_model_adds_only`; with ``merge=False`` one per
    rule per sentence, as the lexicon's example sentences are checked), in document order.

    With *second_opinion* the trained second opinion sets aside the assertions it is sure a sentence
    does not make (:func:`~genderscan.analysis.second_opinion.veto`; they go to *vetoed*), and its
    rules (``model`` patterns) take part; without it the rules decide alone. ``vetoes=False`` keeps
    its rules and leaves the other rules' assertions alone (the lexicon's examples are checked so).

    A pronoun claimed by several anaphora rules (``de klantmanager bespreekt
    met de klant zijn …``) goes to the rule whose antecedent ranks first
    (see :func:`~genderscan.analysis.anaphora.anaphora_spans`). Passages
    under a heading or list intro that reports a scan's findings inherit
    its cue (:class:`ContextCues`).
    """
    if second_opinion:
        prepare(parsed)
    findings: list[Finding] = []
    seen: Counter[tuple[str, str]] = Counter()
    context_cues = ContextCues()
    # a document critical throughout, or an advice, guide or study about policy (an evaluation report):
    # what it describes without its own voice is a finding or a quotation, not its assumption
    genre = genre_cue(parsed, lexicon) or DocumentFacts.of(parsed).study
    has_measure: dict[str, bool] = {}  # measure id -> has evidence, looked up once per document
    rules = [
        r
        for r in lexicon.rules
        if (second_opinion or not _from_model(r)) and document_allows(parsed, r, lexicon, has_measure)
    ]
    # the rules whose assertions the second opinion may set aside (veto() spares generic masculine), and
    # those of them it sets aside only in a sentence with a gender term
    vetoable = {r.id for r in rules if _builtin(r) and r.vetoable} if second_opinion and vetoes else set()
    from_model = {r.id for r in rules if _from_model(r)}
    named = {r.id for r in rules if r.id in vetoable and _names_it(r)}
    yielding = {r.id: r for r in rules if r.alone or r.gives_way_to} if merge else {}
    needed = [r.keys.needed for r in rules]
    # the rules with a pattern that may start in the sentence before
    spans_previous = {
        i for i, r in enumerate(rules) if any(isinstance(p, NearPattern) and p.previous_sentence for p in r.patterns)
    }
    by_trigger: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for k in rule.keys.triggers:
            by_trigger.setdefault(k, []).append(i)
    # … and their triggers alone, looked up in the sentence before
    by_trigger_before = {
        k: kept for k, found in by_trigger.items() if (kept := [i for i in found if i in spans_previous])
    }
    for p, pp in enumerate(parsed):
        inherited = context_cues.update(pp)
        # Only rules with a hit for a key every match of theirs needs can match in this
        # passage, and within it only in the sentences that have all the keys of one
        # way to match (its terms, every group of a near pattern, a pronoun).
        if not any(k in by_trigger for k in pp.hit_keys):
            continue
        quotes = quote_ranges(pp.passage.text, lexicon.stance.quote_pairs, lexicon.stance.title_cues)
        sents = pp.sentences()
        for si, sent in enumerate(sents):
            present = pp.sentence_keys[si]
            previous = sents[si - 1] if si else None
            # a question right before: a frame may start in it and end here
            asked = pp.sentence_keys[si - 1] if si and asked_before(sent, previous) else None
            reach = present | asked if asked is not None else present
            # the sentence right before, for a pattern that may start there (a list split over two sentences)
            before = (
                pp.sentence_keys[si - 1]
                if by_trigger_before and si and previous is not None and previous.end == sent.start
                else None
            )
            found_here = {i for k in reach if k in by_trigger for i in by_trigger[k]}
            if before is not None:
                found_here |= {i for k in before if k in by_trigger_before for i in by_trigger_before[k]}
            if not found_here:
                continue
            per_rule = [
                (rules[i], rule_matches(pp.hits, rules[i], sent, previous, present, asked, before))
                for i in sorted(found_here)
                if any(
                    keys <= reach or (before is not None and i in spans_previous and keys <= reach | before)
                    for keys in needed[i]
                )
            ]
            # a rule its own unless cancels here takes no match from another rule (below)
            per_rule = [
                (rule, [m for m in found if not pp.hits.any(rule.keys.unless, pp.doc[m.context_start : sent.end])])
                for rule, found in per_rule
            ]
            nearest: dict[int, tuple[int, str]] = {}
            # this sentence's findings; the categories its rules assert; whether a rule (not a frame) read it
            first, claimed, read = len(findings), set(), False
            # assertions set aside where the second opinion reads another category: they stand when
            # nothing else of the sentence is asserted (the model reads a stereotype there too)
            doubted: list[tuple[Vetoed, Rule, Span, tuple[int, int, int], str, str | None]] = []
            for rule, found in per_rule:
                for m in found:
                    if m.distance and (m.start not in nearest or m.distance < nearest[m.start][0]):
                        nearest[m.start] = (m.distance, rule.id)
            for rule, found in per_rule:
                found = [m for m in found if not m.distance or nearest[m.start][1] == rule.id]
                if not found:
                    continue
                # a match within the sentence before one that starts in the question before it
                m = next((x for x in found if not x.asked), found[0])
                start, end = m.start, m.end
                context = pp.doc[m.context_start : sent.end]
                waived = [s for s in pp.passage.suppress if s[0] in (rule.id, rule.category)]
                if waived:
                    if suppressed is not None:
                        suppressed[(pp.passage.location.paragraph, waived[0][0])] += 1
                    continue
                discourse = Discourse(
                    after=_after(parsed, p, si),
                    statistic_near=_statistic_near(parsed, p),
                    genre=genre,
                )
                # a frame that starts in the question before takes its stance from the sentence that answers it
                # ("Een paar uur bijverdienen? Moeders kunnen zich melden …" asserts; the question alone asks)
                # (read at the frame's last word, which stands in the answer)
                said, at = (pp.doc[sent.start : sent.end], max(sent.start, end - 1)) if m.asked else (context, start)
                stance, cue = classify(
                    said,
                    at,
                    end,
                    pp.hits,
                    quotes,
                    lexicon.stance,
                    head=m.head if m.head is None or m.head >= at else None,
                    negatable=rule.negatable,
                    discourse=discourse,
                    household=rule.category == "huishoudniveau",
                )
                if stance == "assertion" and inherited:
                    stance, cue = "critical", inherited
                if stance == "assertion" and (
                    pp.passage.kind == "heading" or in_title(pp.doc, sent, start) or header_row(parsed, p)
                ):
                    # a heading names a topic, a law's title names a law and a table's header row names its columns
                    # ("Route | Vrouwen | Mannen | Uitstroom naar werk"): none claims anything
                    continue
                if not rule.alone and rule.category not in _OWN_CLAIM:
                    # a rule (the second opinion's too) read this sentence, whatever it found, and names the claim
                    # it asserts, even one the second opinion then sets aside: a frame of last resort does not step
                    # in for it (generic masculine is wording)
                    read = True
                    if stance == "assertion":
                        claimed.add(rule.category)
                if (
                    stance == "assertion"
                    and rule.id in vetoable
                    and (rule.id not in named or pp.hits.any(GENDER, sent))
                    # a report that it or a next sentence endorses is the document's own: the second opinion reads
                    # the sentence alone and takes it for someone else's words
                    # (or that it adopts in the same sentence: "Een collega zei dat …, en dat is ook zo")
                    # (and so is its own staff's view in the middle of the sentence: "… zijn volgens de consulenten …")
                    and not (
                        pp.hits.any(STANCE_ATTRIBUTION, sent)
                        and (
                            endorsed(sent, pp.hits, discourse)
                            or _called_true(pp, sent)
                            or on_staff_ground(sent, pp.hits)
                        )
                    )
                    and (chance := veto(sent, rule.category)) is not None
                ):
                    set_aside = Vetoed(rule.id, rule.category, sent.text.strip(), pp.passage.location, round(chance, 3))
                    if reads_another(sent, rule.category):
                        # made into a finding only if it stands, so that one set aside numbers nothing
                        doubted.append((set_aside, rule, context, (start, end, si + 1), stance, cue))
                    elif vetoed is not None:
                        vetoed.append(set_aside)
                    continue
                if rule.id in from_model and stance != "assertion":
                    # the second opinion adds assertions the rules miss; its reading of a sentence that rejects,
                    # reports or quotes a view adds nothing an adviser can use ("Het getrainde tweede oordeel leest
                    # hier een zorgrol" beside a statistic an expert guide cites)
                    continue
                findings.append(_found(pp, rule, lexicon, context, (start, end, si + 1), stance, cue, seen))
            if doubted:
                if any(f.stance == "assertion" and f.category not in _OWN_CLAIM for f in findings[first:]):
                    if vetoed is not None:
                        vetoed.extend(d[0] for d in doubted)
                else:
                    findings.extend(_found(pp, r, lexicon, c, w, st, cu, seen) for _, r, c, w, st, cu in doubted)
            if yielding and read:  # frames of last resort give way in this sentence (claimed implies read)
                findings[first:] = drop_last_resort(findings[first:], yielding, claimed, read)
    findings = share_stance(findings)
    if not merge:  # one finding per rule per sentence (the lexicon's examples test every rule, the model's too)
        return findings
    return merge_claims(_model_adds_only(findings, from_model) if from_model else findings)


def _found(
    pp: ParsedPassage,
    rule: Rule,
    lexicon: Lexicon,
    context: Span,
    where: tuple[int, int, int],
    stance: str,
    cue: str | None,
    seen: Counter[tuple[str, str]],
) -> Finding:
    """The finding of *rule* in *context* (from the match to the end of its sentence), numbered by how
    often the rule found the same sentence before (*seen*)."""
    # the Doc's text is the passage text: slicing it is Span.text without a Token per word
    raw = pp.passage.text[context.start_char : context.end_char]
    sentence = raw.strip()
    seen[(rule.id, sentence)] += 1
    offset = context.start_char + (len(raw) - len(raw.lstrip()))
    return _finding(pp, rule, lexicon, where, sentence, offset, stance, cue, seen[(rule.id, sentence)])


def _model_adds_only(findings: list[Finding], from_model: set[str]) -> list[Finding]:
    """The second opinion adds what the rules miss: its assertion of a category that a rule asserts in the same
    sentence (after the sentence's stance is shared) goes. An expert read found "… pas aan bod als het jongste
    kind naar school gaat, omdat de moeder dan de handen vrij heeft" twice: as a process the rule names and as
    the model's assumption."""

    def claim(f: Finding) -> tuple:
        return (f.location.file, f.location.paragraph, f.location.sentence, f.category)

    ruled = {claim(f) for f in findings if f.stance == "assertion" and f.rule_id not in from_model}
    return [f for f in findings if not (f.rule_id in from_model and f.stance == "assertion" and claim(f) in ruled)]


# A claim and the category of the reason given for it, where the claim stands beside its reason: a lack of will
# to work ascribed to an origin says both what women want and why (in the read sets 20 such sentences against
# 3); a man's say or a breadwinner's split ascribed to an origin is the culturalising claim alone (4 against 10;
# 3 against 7 in the sets up to 70), and so is priority for men reasoned by the family's income the breadwinner's
# (8 against 12).
_CLAIM_AND_REASON = frozenset({("motivatie", "culturalisering")})


def drop_last_resort(
    findings: list[Finding], yielding: dict[str, Rule], claimed: set[str], read: bool
) -> list[Finding]:
    """The findings of one sentence, where the rules of the lexicon asserted the *claimed* categories (also
    when the second opinion then set an assertion aside): a frame of last resort (``alone``: women and
    men given different routes) gives way to any of them, and to a rule that *read* the sentence as
    critical or quoted ("de hoofdaanvrager gaat niet langer voor"), and is dropped; a rule with ``gives_way_to``
    takes the first of those categories that is claimed (priority for men reasoned by the family's income is
    the breadwinner's claim; the process it sets up stays a claim of its own). Where that category is only the
    reason given for the claim (``_CLAIM_AND_REASON``), the claim's own category stays among the others it
    touches: "Syrische moeders kiezen gezien hun achtergrond voor het gezin" says what they want and why. Generic
    masculine wording claims nothing."""
    out: list[Finding] = []
    # a claim gives way only to a category that stands: one the second opinion set aside names nothing here ("…
    # willen doorgaans niet werken": motivatie does not become a culturalisering the model reads nowhere)
    standing = {f.category for f in findings if f.stance == "assertion"}
    for f in findings:
        rule = yielding.get(f.rule_id)
        if rule is None or f.stance != "assertion":
            out.append(f)
        elif rule.alone and read:
            continue
        elif taken := [c for c in rule.gives_way_to if c in claimed and c in standing]:
            own = (f.category,) if (f.category, taken[0]) in _CLAIM_AND_REASON else ()
            kept = (*own, *(c for c in f.also if c not in (taken[0], f.category)))
            out.append(replace(f, category=taken[0], also=kept))
        else:
            out.append(f)
    return out


def _holds(text: str, cue: str | None) -> bool:
    """*cue* occurs in *text* as whole words."""
    return bool(cue) and re.search(rf"(?<!\w){re.escape(cue or '')}(?!\w)", text, re.IGNORECASE) is not None


def share_stance(findings: list[Finding]) -> list[Finding]:
    """A match that starts inside another rule's critical or quoted match in the same sentence is part
    of that claim and takes its stance ("geen voorrang meer aan de hoofdaanvrager": the negation
    belongs to both). Not when the critical cue is a word of the match itself: a rule whose pattern
    holds its own negation ("nog niet toe aan werk") says what it says with it. A pronoun keeps its
    own stance (generic masculine is a matter of wording)."""
    out = list(findings)
    for i, f in enumerate(findings):
        start = f.location.char_start
        if f.stance != "assertion" or f.category in _OWN_CLAIM or start is None:
            continue
        for g in findings:
            g0, g1 = g.location.char_start, g.location.char_end
            if (
                g.stance != "assertion"
                and g0 is not None
                and g1 is not None
                and g0 <= start < g1
                and g.sentence == f.sentence
                and g.location.file == f.location.file
                and g.location.paragraph == f.location.paragraph
                and not (g.stance == "critical" and _holds(f.matched_text, g.stance_cue))
            ):
                out[i] = replace(f, stance=g.stance, stance_cue=g.stance_cue)
                break
    return out


def _statistic_near(parsed: list[ParsedPassage], p: int) -> bool:
    """A statistic in passage *p* or in the passage before it (a list of figures)."""
    return any(
        parsed[i].hits.get(STANCE_STATISTIC) for i in (p - 1, p) if i >= 0 and parsed[i].passage.kind != "heading"
    )


# Words that open the title of a law or regulation: "Wet gelijke behandeling van mannen en vrouwen".
TITLE_WORDS = {"Wet", "Besluit", "Regeling", "Verdrag", "Richtlijn", "Verordening", "Algemene"}
TITLE_REACH = 10
# Words that end a title and start a clause of the sentence ("… het Besluit bijstandverlening
# zelfstandigen moet aantonen dat zijn …").
_CLAUSE_WORDS = {
    "dat",
    "die",
    "wie",
    "welke",
    "waarin",
    "omdat",
    "als",
    "indien",
    "wanneer",
    "om",
    "te",
    "moet",
    "moeten",
    "kan",
    "kunnen",
    "mag",
    "mogen",
    "zal",
    "zullen",
    "wordt",
    "worden",
    "is",
    "zijn",
    "was",
    "heeft",
    "hebben",
    "doet",
    "doen",
}


def in_title(doc, sent, start: int) -> bool:
    """The match sits inside a law's title: a capitalised title word a few words before it, followed by
    a lower-case word ("Wet gelijke …", "Besluit inzake …"), with nothing but words in between."""
    titled = doc[sent.start].text in TITLE_WORDS  # "Wet van 1 maart 1980, houdende regelen inzake …"
    for i in range(start - 1, max(sent.start, start - TITLE_REACH) - 1, -1):
        token = doc[i]
        if (token.is_punct and token.text not in ("-", "'")) or token.lower_ in _CLAUSE_WORDS:
            return False
        if titled and token.lower_ in ("houdende", "inzake"):
            return True
        parsed = token_syntax(token)  # with a parse, any verb ends the title ("… zelfstandigen levert …")
        if parsed is not None and parsed.pos_ in ("VERB", "AUX") and i > sent.start:
            return False
        if token.text in TITLE_WORDS and i + 1 < len(doc) and doc[i + 1].text[:1].islower():
            return True
    return False


# generic masculine is a matter of wording, not of content: a sentence can make a claim and word it
# with "zijn" as well, and both are reported
_OWN_CLAIM = {"generiek_mannelijk"}
_SEVERITY = {"high": 0, "medium": 1, "low": 2}


# Adoption cues that take a reported view over or call it true ("Een collega zei dat …, en dat is ook zo"): the
# document's own view then, not a report the second opinion may take for someone else's words. (Not every
# adoption cue: "… signaleert dat …, en zet daarom in op zonen" acts against the view.)
_CALLED_TRUE = re.compile(
    r"^(?:dat is ook zo|en dat klopt|dat klopt ook|en terecht"
    r"|(?:neemt|nemen|nam|namen)\s+(?:dat|dit|die|deze|het)\s+(?:advies\s+|voorstel\s+|aanbeveling\s+)?over)$"
)


def _called_true(pp: ParsedPassage, sent: Span) -> bool:
    """An adoption cue that takes the reported view over or calls it true ("…, en het bedrijf neemt dat advies
    over", "…, en dat is ook zo")."""
    return any(_CALLED_TRUE.match(pp.doc[a:b].text.lower()) for a, b in pp.hits.get(STANCE_ADOPTION, sent))


def merge_claims(findings: list[Finding]) -> list[Finding]:
    """One finding per claim: the findings of one stance in one sentence become one, the rule with
    the highest severity (then the first match), with the other categories they touch in ``also``.
    An assumption (Atria question 1) and a process the sentence sets up (question 2, with its own
    unintended effect) are two claims."""
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(findings):
        own = f.category in _OWN_CLAIM
        key = (f.location.file, f.location.paragraph, f.sentence, f.stance, f.atria_question, f.category if own else "")
        groups.setdefault(key, []).append(i)
    keep: dict[int, Finding] = {}
    for members in groups.values():
        best = min(members, key=lambda i: (_SEVERITY.get(findings[i].severity, 3), i))
        also: list[str] = []
        for i in members:
            c = findings[i].category
            if c != findings[best].category and c not in also:
                also.append(c)
        keep[best] = replace(findings[best], also=tuple(also)) if also else findings[best]
    return [keep[i] for i in sorted(keep)]


def _finding(
    pp: ParsedPassage,
    rule: Rule,
    lexicon: Lexicon,
    where: tuple[int, int, int],
    sentence: str,
    offset: int,
    stance: str,
    cue: str | None,
    occurrence: int,
) -> Finding:
    """*where*: the match's token start and end in the passage, and the 1-based number of its sentence."""
    start, end, number = where
    span = pp.doc[start:end]
    loc = pp.passage.location
    location = replace(loc, char_start=span.start_char, char_end=span.end_char, sentence=number)
    return Finding(
        rule_id=rule.id,
        category=rule.category,
        stance=stance,
        severity=rule.severity,
        message=rule.message,
        explanation=rule.explanation,
        suggestion=rule.suggestion,
        source=rule.source,
        matched_text=pp.passage.text[span.start_char : span.end_char],
        sentence=sentence,
        location=location,
        fingerprint=fingerprint(rule.id, sentence, occurrence),
        sentence_span=(span.start_char - offset, span.end_char - offset),
        stance_cue=cue,
        atria_question=_atria_question(lexicon, rule),
        unintended_effect=rule.unintended_effect,
    )


def _atria_question(lexicon: Lexicon, rule: Rule) -> str:
    """The rule's own Atria question, else its category's (every rule of a lexicon has one)."""
    category = lexicon.category(rule.category)
    if rule.atria_question or category is None:
        return rule.atria_question or ""
    return category.atria_question
