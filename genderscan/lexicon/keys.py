"""Match keys: the names under which the compiled lexicon files each hit.

This module is the one place that spells them. A rule's keys are built once,
with the rule (:class:`RuleKeys`, ``Rule.keys``); everything that looks up
a rule's hits reads them from there.

* ``rule:<id>``: the rule's own terms (terms, compound and tokens patterns);
  measures compile like rules, as ``rule:M-<measure id>``;
* ``near:<id>:<pattern>:<group>``: a term group of a near pattern;
* ``ana:<id>:<pattern>:a`` and ``…:p``: antecedent and pronoun of an anaphora pattern;
* ``unless:<id>``: terms that cancel the rule in a sentence;
* ``question:<id>``, ``domain:<id>``, ``section:<kind>``, ``evidence:<kind>``, ``other:<measure id>``,
  and the fixed keys below.

Term keys (:func:`term_key`, :func:`pattern_key`) name one distinct term in
the matcher, shared by every purpose that uses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GENDER = "gender"
MALE = "male"
MASCULINE = "masculine"
"""hij, hem, zijn (any reading) and their -zelf forms: where a model pattern with ``pronoun`` reads."""
CLAUSE_SEMICOLON = "clause:semicolon"
"""A semicolon: near patterns do not reach across it (another clause)."""
STANCE_CRITICAL = "stance:critical"
STANCE_NEGATION = "stance:negation"
STANCE_CONTEXT = "stance:context"
STANCE_POSITIVE = "stance:positive"
STANCE_EACH = "stance:each_person"
"""A cue of each partner or adult served on their own (``each_person`` in stance.yml)."""
STANCE_FOLLOWING = "stance:following"
"""A rejection that looks back, in one of the next sentences ("dat beeld klopt niet")."""
STANCE_SCOPED = "stance:scoped"
"""A rejection that holds only for the clause it stands in ("breekt met", "komt niet doordat")."""
STANCE_DEFINITION = "stance:definition"
"""A term defined ("Onder kostwinner wordt … verstaan"), scoped like STANCE_SCOPED."""
STANCE_FRAME = "stance:frame"
"""A clause that names a premise ("het uitgangspunt dat"), judged later in the same sentence."""
STANCE_PAST = "stance:past"
"""A sentence that opens in the past ("Vroeger …", "In de oude werkwijze …"): it describes an old practice."""
STANCE_ATTRIBUTION = "stance:attribution"
"""Reported speech or belief of others ("klantmanagers geven aan dat")."""
STANCE_OWN = "stance:own"
"""The document's own voice near an attribution ("volgens het college", "wij zien")."""
STANCE_OWN_PLAN = "stance:own_plan"
"""The plan itself as the subject of an attribution ("Het project gaat ervan uit dat …")."""
STANCE_TARGET = "stance:target"
"""A label that opens a sentence with the plan's own figures ("Resultaat 2.4:")."""
STANCE_ADOPTION = "stance:adoption"
"""The text draws a consequence from what it reports ("daarom"): it adopts the view."""
STANCE_ENDORSEMENT = "stance:endorsement"
"""A reported view endorsed ("… sloot zich daarbij aan", "beaamt dit")."""
STANCE_AFFIRMATION = "stance:affirmation"
"""A reported view said to be right in the same breath ("…, en dat klopt")."""
STANCE_ENDORSER = "stance:endorser"
"""Who speaks for the document's side when it endorses ("de raad", "de dienst")."""
STANCE_STATISTIC = "stance:statistic"
"""A measured quantity (a percentage, "7 op de 10"): a statement of fact."""
STANCE_QUANTIFIER = "stance:quantifier"
"""A quantifier ("de meeste", "gemiddeld"): a fact when a statistic stands next to it."""
DELEGATION = "delegation"
"""A cue of a sentence that says another organisation makes or carries out the policy (``delegation``)."""
DELEGATION_ENDED = "delegation_ended"
"""A cue that a sentence ends or denies another organisation's part (``delegation_ended``)."""
NATIONAL_SELF = "national_self"
"""A word with which national policy names its maker ("het kabinet", ``national_self``)."""
AGREEMENT_SELF = "agreement_self"
"""A word with which a coalition agreement names itself ("dit akkoord", ``agreement_self``)."""
BUDGET_LINE = "budget_line"
"""A cue of a sentence that sorts money into budget lines (``budget_lines`` in lexicon.yml)."""
DECISION_ITEM = "decision_item"
"""A cue of a decision formula in a record of decisions (``decision_items`` in lexicon.yml)."""
TEMPLATE_PROMPT = "template_prompt"
"""A cue of a template's prompt to its writer (``template_prompts`` in lexicon.yml)."""
DOMAIN_HEADING = "domain_heading"
"""A heading term that names a social policy area (``domain_headings`` in lexicon.yml)."""
INCOME_SUPPORT = "income_support"
"""A word of income support (``income_support`` in lexicon.yml)."""
JOBSEEKERS = "jobseekers"
"""A word for the people participation policy serves (``jobseekers`` in lexicon.yml)."""
OTHER_HEADING = "other_heading"
"""A heading term that names a policy area without a checklist here (``other_headings`` in lexicon.yml)."""
OTHER_SOCIAL = "other_social"
"""A term of a social policy area without a checklist here: care, welfare, youth (``other_social``)."""
TITLE_OTHER_PEOPLE = "title_other_people"
"""People of another domain named in a title beside newcomers ("werkzoekenden", ``title_other_people``)."""
DOMAIN_SENSE = "domain_sense"
"""A phrase in which a domain word means something else ("met bijstand van", ``domain_senses``)."""


def evidence_key(kind: str) -> str:
    """Cue terms of a kind of measure evidence (``evidence:intent``)."""
    return f"evidence:{kind}"


def other_sense_key(measure_id: str) -> str:
    """Terms that show a measure's words in another sense (``other:nazorg``)."""
    return f"other:{measure_id}"


def about_key(measure_id: str) -> str:
    """Words that say what a measure's thing is about ("gaat over", "leren"), for ``topic_nearby``
    (``about:training_klantmanagers``)."""
    return f"about:{measure_id}"


def other_group_key(measure_id: str) -> str:
    """Groups a commitment to a measure can be only for, who are not the checklist's people
    (``group:kinderopvang``: werkende ouders)."""
    return f"group:{measure_id}"


def theme_key(theme_id: str) -> str:
    """Words of a theme that reaches women and men differently (``themes`` in lexicon.yml: ``theme:mantelzorg``)."""
    return f"theme:{theme_id}"


def rule_key(rule_id: str) -> str:
    return f"rule:{rule_id}"


def unless_key(rule_id: str) -> str:
    return f"unless:{rule_id}"


def near_key(rule_id: str, pattern: int, group: int) -> str:
    return f"near:{rule_id}:{pattern}:{group}"


ANAPHORA_PREFIX = "ana:"
"""The start of every anaphora pattern's keys."""


def anaphora_keys(rule_id: str, pattern: int) -> tuple[str, str]:
    """(antecedent key, pronoun key) of the anaphora pattern *pattern* of a rule."""
    return f"{ANAPHORA_PREFIX}{rule_id}:{pattern}:a", f"{ANAPHORA_PREFIX}{rule_id}:{pattern}:p"


def question_key(question_id: str) -> str:
    return f"question:{question_id}"


def domain_key(domain: str) -> str:
    return f"domain:{domain}"


def section_key(kind: str) -> str:
    return f"section:{kind}"


def term_key(term: str, *, exact: bool = False) -> str:
    """The matcher's name of one distinct term (exact: plain words match their lower-cased form only)."""
    return ("x|" if exact else "t|") + term


def pattern_key(kind: str, spec: object) -> str:
    """The matcher's name of a compound (``c``) or raw token (``p``) pattern, by its spec."""
    return f"{kind}|{spec}"


@dataclass(frozen=True)
class RuleKeys:
    """Every key of one rule, built once with the rule."""

    own: str
    """``rule:<id>``: hits of the rule's terms, compound and tokens patterns."""
    unless: str
    """``unless:<id>``: terms that cancel a match in its sentence."""
    near: tuple[tuple[str, ...], ...]
    """Per pattern of the rule: the keys of its term groups if it is a near pattern, else ()."""
    anaphora: tuple[tuple[str, ...], ...]
    """Per pattern of the rule: (antecedent key, pronoun key) if it is an anaphora pattern, else ()."""
    needed: tuple[frozenset[str], ...]
    """The ways the rule can match, as sets of keys that must all have a hit in the sentence:
    its own terms; every group of one of its near patterns; the pronoun of an anaphora pattern."""
    triggers: tuple[str, ...]
    """Keys of which at least one must have a hit for the rule to match at all: the first of each way."""

    @classmethod
    def of(cls, rule_id: str, patterns: Sequence[tuple[str, int]]) -> RuleKeys:
        """The keys of rule *rule_id*, from its patterns' (kind, number of near groups)."""
        own = rule_key(rule_id)
        near: list[tuple[str, ...]] = []
        anaphora: list[tuple[str, ...]] = []
        ways: list[tuple[str, ...]] = [(own,)]
        for n, (kind, groups) in enumerate(patterns):
            near.append(tuple(near_key(rule_id, n, g) for g in range(groups)) if kind == "near" else ())
            anaphora.append(anaphora_keys(rule_id, n) if kind == "anaphora" else ())
            if kind == "near":
                ways.append(near[-1])
            elif kind == "anaphora":
                ways.append((anaphora[-1][1],))
            elif kind == "model":
                ways.append((GENDER,))
            elif kind == "model:pronoun":
                ways.append((MASCULINE,))
        return cls(
            own=own,
            unless=unless_key(rule_id),
            near=tuple(near),
            anaphora=tuple(anaphora),
            needed=tuple(frozenset(way) for way in ways),
            triggers=tuple(way[0] for way in ways),
        )
