"""Term constraints on a word's parse (``zorgen{VERB}``, ``zijn{Poss=Yes}``, ``x{dep=obj}``, ``x{head=y}``).

The syntax and its errors (lexicon/terms.py, coded loader errors), matching
with and without the constraint, ``--model blank`` (constraints not checked),
that only sentences where a constrained term matched and a rule asks for it
are parsed (``SyntaxModel.parsed_words``), and a user lexicon end to end.
The sentences are our own.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from genderscan.errors import LexiconError
from genderscan.lexicon import load_lexicon
from genderscan.lexicon.terms import (
    GAP_WORDS,
    Constraint,
    check_term,
    exact_sequences,
    parse_constraint,
    split_word,
    term_constraints,
    term_sequences,
)

OBJECT = "De gemeente vergoedt de buurtbus voor ouderen."  # buurtbus: obj of vergoedt
SHORTAGE = "Er is een tekort aan buurtbussen in het dorp."  # buurtbussen: nmod of tekort
DRIVE = "Vrijwilligers rijden de buurtbus door het dorp."  # buurtbus: obj of rijden
PASSIVE = "De buurtbus wordt door de gemeente vergoed."  # buurtbus: nsubj:pass
CARE_VERB = "Bewoners zorgen zelf voor een veilige buurt."  # zorgen: VERB
CARE_NOUN = "De zorgen over de buurtbus nemen toe."  # zorgen: NOUN (worries)


# -- the syntax ---------------------------------------------------------------------------------------------


def test_a_constraint_is_the_braces_after_a_word():
    assert split_word("zijn{Poss=Yes}") == ("zijn", "Poss=Yes")
    assert split_word("kinderopvang*{NOUN,dep=obj}") == ("kinderopvang*", "NOUN,dep=obj")
    assert split_word("re:^zorg(en|t)${VERB}") == ("re:^zorg(en|t)$", "VERB")
    # a regular expression's own braces start with a digit or a comma: never a constraint
    assert split_word("re:^a{2,3}b$") == ("re:^a{2,3}b$", None)
    assert split_word("re:^x{,3}") == ("re:^x{,3}", None)
    assert split_word("zijn") == ("zijn", None)


def test_parse_constraint_reads_every_kind_of_part():
    c = parse_constraint("NOUN|PROPN,Number=Plur,dep=nsubj|obj,head=vergoeden|Regelen")
    assert c.pos == {"NOUN", "PROPN"}
    assert c.feats == (("Number", frozenset({"Plur"})),)
    assert c.deps == {"nsubj", "obj"}
    # the head's values match its lemma or form: each value, lower-cased, and its simplemma lemma
    assert {"vergoeden", "regelen"} <= c.heads
    assert parse_constraint("Poss=Yes,PronType=Prs") == Constraint(
        feats=(("Poss", frozenset({"Yes"})), ("PronType", frozenset({"Prs"})))
    )
    assert parse_constraint("dep=nsubj:pass").deps == {"nsubj:pass"}
    assert parse_constraint("dep=root").deps == {"root"}


def test_the_term_matches_the_same_words_as_without_its_constraint():
    for term in ("zorgen{VERB}", "zorgen{VERB} .. voor", "kinderopvang*{dep=obj}", "re:^zorg(en|t)${VERB} de"):
        bare = term.replace("{VERB}", "").replace("{dep=obj}", "")
        assert term_sequences(term) == term_sequences(bare)
        assert term_sequences(term, lemma_only=True) == term_sequences(bare, lemma_only=True)
    assert exact_sequences("zijn{Poss=Yes}") == exact_sequences("zijn")


def test_term_constraints_give_one_entry_per_step():
    assert term_constraints("zorgen voor") is None
    assert term_constraints("re:^a{2}") is None
    verb = parse_constraint("VERB")
    assert term_constraints("zorgen{VERB} voor") == (verb, None)
    # a gap is GAP_WORDS optional steps, none of them constrained
    assert term_constraints("de .. zorgen{VERB}") == (None, *[None] * GAP_WORDS, verb)
    assert len(term_sequences("de .. zorgen{VERB}")[0]) == 2 + GAP_WORDS


@pytest.mark.parametrize(
    "term, fragment",
    [
        ("zorgen{Verb}", "unknown part of speech 'Verb'"),
        ("zorgen{VERB|}", "empty alternative"),
        ("zorgen{VERB,}", "part of the constraint is empty"),
        ("zorgen{VERB,NOUN}", "the part of speech is given twice; use | for alternatives"),
        ("opvang{dep=object}", "unknown relation 'dep=object'"),
        ("opvang{dep=obj:Pass}", "unknown relation 'dep=obj:Pass'"),
        ("opvang{dep=obj,dep=nsubj}", "'dep' is given twice"),
        ("opvang{dep=}", "part of the constraint is empty"),
        ("zijn{Possessive=Yes}", "unknown feature 'Possessive'"),
        ("zijn{Poss=yes}", "feature value 'yes' of Poss must start with a capital"),
        ("zijn{poss=Yes}", "unknown key 'poss'"),
        ("zijn{PRON, Poss=Yes}", "without spaces"),
        ("zijn {PRON}", "without spaces"),
        ("zijn{}", "without spaces"),
        ("vrouwen ..{NOUN} werk", "'..' cannot have a constraint"),
    ],
)
def test_bad_constraints_are_reported_with_the_term(term, fragment):
    problem = check_term(term)
    assert problem is not None and fragment in problem, problem
    assert term.split()[0] in problem


def test_good_constraints_pass_check_term():
    for term in (
        "zijn{PRON|DET,Poss=Yes}",
        "zorgen{VERB} .. voor",
        "re:^zorg(en|t)${VERB}",
        "x{head=zorgen,dep=obl:arg}",
    ):
        assert check_term(term) is None, term


# -- user lexicon files ---------------------------------------------------------------------------------------


def _rule(rule_id: str, patterns: str, unless: str = "", match=("", ""), no_match=("", "")) -> str:
    """One rule of a user lexicon file; *patterns* is YAML at the indent of a rule's keys."""
    examples = ""
    if any(match) or any(no_match):
        examples = f"""
    examples:
      match: [{match[0]}, {match[1]}]
      no_match: [{no_match[0]}, {no_match[1]}]"""
    else:
        examples = """
    examples:
      match: [Een zin., Nog een zin.]
      no_match: [Een andere zin., Nog een andere zin.]"""
    return (
        f"""
  - id: {rule_id}
    severity: low
    message: Een regel met een voorwaarde.
    explanation: Uitleg.
    suggestion: Iets anders.
    source: atria2020
"""
        + textwrap.indent(textwrap.dedent(patterns).strip("\n"), "    ")
        + (f"\n    unless: {unless}" if unless else "")
        + examples
        + "\n"
    )


def _lexicon_file(tmp_path: Path, *rules: str, name: str = "voorwaarden.yml") -> Path:
    path = tmp_path / name
    path.write_text("category: genderneutraal\nrules:" + "".join(rules), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "patterns, unless, where",
    [
        ('patterns:\n  - terms: ["buurtbus{dep=object}"]', "", "rule XC901"),
        ('patterns:\n  - near:\n      groups: [[vrijwilliger*], ["buurtbus{Obj}"]]', "", "rule XC901 near"),
        ("patterns:\n  - terms: [buurtbus]", '["tekort{noun}"]', "rule XC901"),
    ],
)
def test_a_bad_constraint_is_a_coded_lexicon_error_naming_file_rule_and_term(tmp_path, patterns, unless, where):
    bad = _lexicon_file(tmp_path, _rule("XC901", patterns, unless))
    with pytest.raises(LexiconError) as err:
        load_lexicon([bad])
    assert err.value.code == "GS-E205"
    message = err.value.message
    assert str(bad) in message and f"({where})" in message and "bad constraint in term" in message


# -- matching -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def constrained(tmp_path_factory):
    """A user lexicon with constraints in terms, a near group, unless and a gap term."""
    tmp = tmp_path_factory.mktemp("constraints")
    return _lexicon_file(
        tmp,
        _rule(
            "XC001",
            'patterns:\n  - terms: ["buurtbus{dep=obj}"]',
            match=(OBJECT, DRIVE),
            no_match=(SHORTAGE, PASSIVE),
        ),
        _rule(
            "XC002",
            'patterns:\n  - terms: ["buurtbus{head=vergoeden}"]',
            match=(OBJECT, PASSIVE),
            no_match=(SHORTAGE, DRIVE),
        ),
        _rule(
            "XC003",
            'patterns:\n  - terms: ["buurtbus{NOUN,dep=nsubj}"]',
            match=(PASSIVE, "De buurtbus rijdt elke dag door het dorp."),
            no_match=(OBJECT, SHORTAGE),
        ),
        _rule(
            "XC004",
            'patterns:\n  - terms: ["zorgen{VERB} .. voor"]',
            match=(CARE_VERB, "Bewoners zorgen in de zomer voor de planten."),
            no_match=(CARE_NOUN, "De zorgen van bewoners voor de toekomst nemen toe."),
        ),
        _rule(
            "XC005",
            'patterns:\n  - near:\n      groups: [[vrijwilliger*], ["buurtbus{dep=obj}"]]',
            match=(DRIVE, "Vrijwilligers van de wijk rijden op dinsdag de buurtbus."),
            no_match=("Vrijwilligers helpen bij de buurtbus.", "De buurtbus rijdt elke dag door het dorp."),
        ),
        _rule(
            "XC006",
            "patterns:\n  - terms: [buurtbus]",
            unless='["zorgen{NOUN}"]',
            match=("Bewoners zorgen voor de buurtbus in het dorp.", DRIVE),
            no_match=(CARE_NOUN, "De zorgen over de buurtbus in het dorp blijven."),
        ),
    )


@pytest.fixture(scope="module")
def analyzer_with(constrained):
    from genderscan import Analyzer

    return Analyzer(lexicon_paths=[constrained])


@pytest.fixture(scope="module")
def blank_with(constrained):
    from genderscan import Analyzer

    return Analyzer(lexicon_paths=[constrained], model="blank")


def _found(analyzer, text: str) -> set[str]:
    """The test rules that match *text*, each on its own (a report merges one sentence's findings into one claim)."""
    (findings,) = analyzer.findings_per_text([text], merge=False, second_opinion=False)
    return {f.rule_id for f in findings if f.rule_id.startswith("XC")}


def test_every_example_of_the_constrained_rules_holds(analyzer_with):
    from genderscan.analysis.examples import run_examples

    total, failures = run_examples(analyzer_with, {f"XC00{n}" for n in range(1, 7)})
    assert total == 24
    assert not failures, "\n".join(f.describe() for f in failures)


@pytest.mark.parametrize(
    "text, expected",
    [
        (OBJECT, {"XC001", "XC002", "XC006"}),
        (SHORTAGE, {"XC006"}),
        (PASSIVE, {"XC002", "XC003", "XC006"}),
        (DRIVE, {"XC001", "XC005", "XC006"}),
        (CARE_VERB, {"XC004"}),
        (CARE_NOUN, set()),
    ],
)
def test_a_constrained_term_matches_only_where_the_parse_agrees(analyzer_with, text, expected):
    assert _found(analyzer_with, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (OBJECT, {"XC001", "XC002", "XC003", "XC006"}),
        (SHORTAGE, {"XC001", "XC002", "XC003", "XC006"}),
        (PASSIVE, {"XC001", "XC002", "XC003", "XC006"}),
        (CARE_NOUN, {"XC001", "XC002", "XC003"}),  # unless zorgen{NOUN} holds without a parse, too
    ],
)
def test_with_model_blank_a_constraint_is_not_checked(blank_with, text, expected):
    """No syntax model: the term matches as if it had no constraint (as before constraints existed)."""
    assert blank_with.syntax is None
    assert _found(blank_with, text) == expected


def _doc(analyzer, text: str):
    from genderscan.syntax import attach

    return attach(analyzer.nlp(text), analyzer.syntax)


def _key(analyzer, rule_id: str) -> str:
    return next(r for r in analyzer.lexicon.rules if r.id == rule_id).keys.own


def test_matching_parses_nothing_and_get_parses_only_the_sentence_with_the_term(analyzer_with):
    from genderscan.analysis.matching import CheckedHits

    model = analyzer_with.syntax
    doc = _doc(analyzer_with, f"Vrijwilligers rijden op dinsdag. {OBJECT} Het dorp ligt aan de rivier.")
    second = list(doc.sents)[1]
    before = model.parsed_words
    hits = analyzer_with.compiled.hits(doc)
    assert isinstance(hits, CheckedHits)
    assert model.parsed_words == before, "matching itself parses nothing"
    key = _key(analyzer_with, "XC001")
    assert key in hits.by_key  # where there may be a hit: not yet checked
    assert hits.get(key) == [(second.start + 4, second.start + 5)]
    assert model.parsed_words - before == len(second)
    assert hits.get(key, second) and hits.any(key, second)
    assert model.parsed_words - before == len(second), "each sentence is parsed once"


def test_a_failed_constraint_drops_the_span_and_its_key(analyzer_with):
    doc = _doc(analyzer_with, SHORTAGE)
    hits = analyzer_with.compiled.hits(doc)
    key = _key(analyzer_with, "XC001")
    assert key in hits.by_key and hits.get(key) == [] and not hits.any(key, doc[:])
    assert key not in hits.keys()
    assert _key(analyzer_with, "XC006") in hits.keys()


def test_a_near_pattern_parses_only_where_its_other_groups_are_present(analyzer, tmp_path):
    """The constrained group's term stands in both sentences; only the one with a volunteer is parsed."""
    from genderscan import Analyzer

    near = 'patterns:\n  - near:\n      groups: [[vrijwilliger*], ["buurtbus{dep=obj}"]]'
    with_near = Analyzer(lexicon_paths=[_lexicon_file(tmp_path, _rule("XC201", near))])
    text = f"De buurtbus rijdt elke dag door het dorp. {DRIVE}"
    model = analyzer.syntax
    assert with_near.syntax is model
    before = model.parsed_words
    analyzer.analyse_text(text)
    without = model.parsed_words - before  # whatever the shipped rules parse here (nothing, today)
    before = model.parsed_words
    report = with_near.analyse_text(text)
    assert "XC201" in {f.rule_id for f in report.findings}
    assert model.parsed_words - before - without == len(with_near.nlp(DRIVE))


def test_a_span_that_an_unconstrained_term_matched_too_is_not_checked(tmp_path):
    from genderscan import Analyzer

    both = _lexicon_file(tmp_path, _rule("XC101", 'patterns:\n  - terms: [buurtbus, "buurtbus{dep=obj}"]'))
    analyzer = Analyzer(lexicon_paths=[both])
    doc = _doc(analyzer, SHORTAGE)
    before = analyzer.syntax.parsed_words
    hits = analyzer.compiled.hits(doc)
    assert hits.get(_key(analyzer, "XC101")) == [(5, 6)]
    assert analyzer.syntax.parsed_words == before


def test_without_constraints_hits_are_plain(analyzer, blank_with):
    from genderscan.analysis.matching import Hits

    # (no word of a constrained term of the shipped lexicon: "voor" is one, a particle of "voorgaan")
    plain = "De gemeente vergoedt de buurtbus."
    assert type(analyzer.compiled.hits(_doc(analyzer, plain))) is Hits
    assert type(blank_with.compiled.hits(_doc(blank_with, OBJECT))) is Hits


def test_the_spacy_matcher_reference_checks_constraints_alike(analyzer_with):
    """The reference compilation (spaCy's Matcher, lemma and lower alternatives) keeps the same spans."""
    from builders import DocMatcher

    from genderscan.analysis.matching import CompiledLexicon

    reference = CompiledLexicon(
        analyzer_with.lexicon, analyzer_with.nlp, lemma_only=False, plain_index=False, matcher=False
    )
    reference.matcher = DocMatcher(reference, analyzer_with.nlp.vocab)
    keys = [_key(analyzer_with, f"XC00{n}") for n in range(1, 7)]
    for text in (OBJECT, SHORTAGE, DRIVE, PASSIVE, CARE_VERB, CARE_NOUN):
        ours = analyzer_with.compiled.hits(_doc(analyzer_with, text))
        theirs = reference.hits(_doc(analyzer_with, text))
        assert [ours.get(k) for k in keys] == [theirs.get(k) for k in keys], text


def test_a_word_of_another_sense_under_its_lemma_matches_as_written():
    """ "langer" and "vroeger" have simplemma lemmas of another sense ("lang", "vroeg"): as term words they match
    their own form only; other comparatives still take the bare adjective ("sneller" also "snel")."""
    langer = {step.value for seq in term_sequences("niet langer", lemma_only=True) for step in seq[1:]}
    assert langer == {"langer"}
    assert {step.value for seq in term_sequences("vroeger") for step in seq} == {"vroeger"}
    assert "snel" in {step.value for seq in term_sequences("sneller") for step in seq}
