"""Matching behaviour the lexicon relies on: compounds, inflection, clause and
sentence limits, stance (assertion / critical / quoted), positive action and
the generic masculine. Sentences are written for these tests."""

from __future__ import annotations

import pytest


def _findings(analyzer, text: str):
    return analyzer.findings_per_text([text], second_opinion=False)[0]


def _categories(analyzer, text: str, stance: str = "assertion") -> set[str]:
    return {f.category for f in _findings(analyzer, text) if f.stance == stance}


@pytest.mark.parametrize(
    "text, category",
    [
        ("Het aanbod bestaat vooral uit typische vrouwenberoepen.", "beroepssegregatie"),
        ("Voor de mannen zijn er trajecten in mannenberoepen.", "beroepssegregatie"),
        ("Het gaat om banen in vrouwensectoren als de thuiszorg.", "beroepssegregatie"),
        ("Het werk in de vrouwensector betaalt slecht, maar past bij deze groep.", "beroepssegregatie"),
        ("Vrouwen hebben de zorgtaken en kunnen daarom minder uren werken.", "zorgrol"),
        ("Het kostwinnerschap van de man staat voorop.", "kostwinner"),
        ("In een kostwinnersgezin werkt één partner.", "kostwinner"),
        ("Alle afspraken lopen via de hoofdaanvrager.", "huishoudniveau"),
        ("We gaan uit van het anderhalfverdienersmodel.", "deeltijdnorm"),
        ("De kostwinners krijgen als eerste een gesprek.", "kostwinner"),
    ],
)
def test_compounds_and_inflection(analyzer, text, category):
    assert category in _categories(analyzer, text)


def test_near_tolerates_words_between_but_not_a_sentence_boundary(analyzer):
    within = "Meestal is de man, zo zegt het team, de hoofdverdiener."
    assert "kostwinner" in _categories(analyzer, within)
    across = "Meestal zoekt de man in deze gezinnen zelf werk. De hoofdverdiener staat in de tabel in bijlage 2."
    assert "KW002" not in {f.rule_id for f in _findings(analyzer, across)}


def test_near_reaches_from_a_question_into_the_sentence_that_answers_it(analyzer):
    """A question and what follows from it say one thing ("Is uw man werkloos? Dan …"); a statement before
    does not join, and neither does a question after."""
    asked = "Is uw man zijn baan kwijt? Het Werkplein helpt hem, zodat er weer brood op de plank komt voor het gezin."
    assert "kostwinner" in _categories(analyzer, asked)
    told = "Uw man is zijn baan kwijt. Het Werkplein helpt, zodat er weer brood op de plank komt voor het gezin."
    assert "kostwinner" not in _categories(analyzer, told)
    after = "Het Werkplein helpt, zodat er weer brood op de plank komt voor het gezin. Is uw man zijn baan kwijt?"
    assert "kostwinner" not in _categories(analyzer, after)


def test_near_does_not_cross_a_semicolon(analyzer):
    one_clause = "Moeders van jonge kinderen zijn minder flexibel, zegt het team."
    assert "KR010" in {f.rule_id for f in _findings(analyzer, one_clause)}
    two_clauses = "Moeders van jonge kinderen krijgen opvang; werkgevers die minder flexibel zijn, spreken we aan."
    assert "KR010" not in {f.rule_id for f in _findings(analyzer, two_clauses)}


@pytest.mark.parametrize(
    "text",
    [
        "We gaan niet langer uit van de man als kostwinner van het gezin.",
        "We willen af van het beeld dat de man de kostwinner is.",
        "Moeders worden ten onrechte als moeilijk bemiddelbaar gezien.",
        "Het project wil de traditionele rolverdeling waarin moeders voor de kinderen zorgen doorbreken.",
        "We willen tegengaan dat vrouwen alleen naar de zorgsector worden toegeleid.",
        "Het stereotype dat vrouwen niet willen werken, houdt geen stand.",
        "De aanname dat de kostwinner voorrang krijgt, is losgelaten.",
        "Uit de genderscan bleek dat alle afspraken via de hoofdaanvrager liepen.",
        "Het is een misvatting dat moeders minder inzetbaar zijn.",
    ],
)
def test_critical_cues_give_no_assertion(analyzer, text):
    found = _findings(analyzer, text)
    assert found, "the sentence should still be recognised as a mention"
    assert all(f.stance == "critical" and f.stance_cue for f in found), [(f.rule_id, f.stance) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Op de bijeenkomst zei een werkgever: “Een kostwinner heeft meer recht op een baan.”",
        "De nota noemde het beleid 'genderneutraal' en dat bleef onbesproken.",
        "De werkgroep las het rapport Vrouwen als kostwinner in de twintigste eeuw, en besprak het.",
    ],
)
def test_quotations_and_cited_titles_are_quoted(analyzer, text):
    found = _findings(analyzer, text)
    assert found and {f.stance for f in found} == {"quoted"}, [(f.rule_id, f.stance) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Vrouwen worden actief uitgenodigd voor technische opleidingen in ons leerbedrijf.",
        "Alle deelnemers krijgen gratis kinderopvang tijdens hun traject.",
        "Gratis kinderopvang voor alle deelnemers maakt het voor moeders mogelijk om voor de kinderen te zorgen en toch een opleiding te volgen.",
        "Iedere partner krijgt een eigen uitnodiging, ook als de hoofdaanvrager al een traject volgt.",
        # the household as one unit countered: each partner or adult on their own
        "Post over het traject ging tot nu toe naar de hoofdaanvrager; sinds maart krijgen beide partners elk een"
        " eigen brief.",
        "Omdat uitnodigingen via de man de vrouw vaak niet bereikten, spreken wij beide partners nu afzonderlijk.",
        "Bereiken we vrouwen alleen via hun man? Nee, iedere volwassene in het huishouden krijgt zelf bericht.",
    ],
)
def test_positive_action_is_no_assertion(analyzer, text):
    assert not _categories(analyzer, text)


def test_each_partner_denied_is_no_positive_action(analyzer):
    """ "niet afzonderlijk": the household stays the unit."""
    text = "Het gesprek vindt plaats met het gezin als geheel; beide partners worden niet afzonderlijk gesproken."
    assert "huishoudniveau" in _categories(analyzer, text)


@pytest.mark.parametrize(
    "text, category",
    [
        # a turn ("toch", "maar") between the individual approach and the claim: the claim stands
        (
            "Beide partners krijgen een eigen brief; toch loopt al het overleg over het plan via de hoofdaanvrager.",
            "huishoudniveau",
        ),
        # … and an individual approach counters household claims only, not a breadwinner's priority
        (
            "Iedere volwassene krijgt een brief, en bij echtparen richten we de bemiddeling eerst op de man, omdat hij de"
            " beste kans op werk heeft.",
            "kostwinner",
        ),
    ],
)
def test_each_partner_served_counters_only_a_household_claim_in_its_clause(analyzer, text, category):
    assert category in _categories(analyzer, text)


def test_heading_with_scan_findings_makes_its_section_critical(analyzer):
    text = (
        "2. Lessen uit de genderscan\n\nVrouwen werden vooral toegeleid naar de zorgsector.\n\n"
        "3. Onze aanpak\n\nVrouwen worden vooral toegeleid naar de zorgsector."
    )
    report = analyzer.analyse_text(text)
    stances = [(f.location.section, f.stance) for f in report.findings if f.rule_id == "BS004"]
    assert stances == [("2. Lessen uit de genderscan", "critical"), ("3. Onze aanpak", "assertion")]


def test_list_after_an_intro_with_a_cue_is_critical(analyzer):
    text = (
        "De genderscan liet het volgende zien:\n\n- Alle post ging naar de hoofdaanvrager.\n- Moeders waren moeilijk bemiddelbaar volgens het team.\n\n"
        "Het team vindt alleenstaande moeders moeilijk bemiddelbaar."
    )
    report = analyzer.analyse_text(text)
    got = [(f.rule_id, f.stance) for f in report.findings if f.rule_id in ("HH003", "KR001")]
    assert got == [("HH003", "critical"), ("KR001", "critical"), ("KR001", "assertion")]


class TestGenericMasculine:
    @pytest.mark.parametrize(
        "text",
        [
            "De werkzoekende stuurt zijn cv naar de klantmanager.",
            "De aanvrager levert de stukken aan. Daarna krijgt hij een afspraak.",
            "Als de inwoner bezwaar heeft, kan hij een formulier invullen.",
            "De cliënt bespreekt met de consulent wat hem helpt.",
        ],
    )
    def test_found(self, analyzer, text):
        found = [f for f in _findings(analyzer, text) if f.category == "generiek_mannelijk"]
        assert found and found[0].stance == "assertion"
        assert found[0].matched_text.lower() in ("hij", "zijn", "hem")
        assert all(w in found[0].suggestion for w in ("die", "diens", "hun"))

    @pytest.mark.parametrize(
        "text",
        [
            "De werkzoekende stuurt zijn of haar cv naar de klantmanager.",
            "De werkzoekende stuurt zijn/haar cv naar de klantmanager.",
            "Als de inwoner bezwaar heeft, kan hij of zij een formulier invullen.",
            "De werkzoekende moet bereid zijn om te verhuizen.",
            "De klanten zijn tevreden over hun klantmanager.",
            "De werkzoekende, de heer Bakker, stuurt zijn cv naar de klantmanager.",
            "De klant schrijft zich in bij het bedrijf en zijn uitzendbureau.",
            "De aanvrager levert de stukken aan. Het college neemt een besluit. Daarna volgt hij de cursus.",
            "Werkzoekenden sturen hun cv naar de klantmanager.",
        ],
    )
    def test_not_found(self, analyzer, text):
        assert not [f for f in _findings(analyzer, text) if f.category == "generiek_mannelijk"]

    def test_context_spans_both_sentences(self, analyzer):
        text = "De aanvrager levert de stukken aan. Daarna krijgt hij een afspraak."
        f = next(f for f in _findings(analyzer, text) if f.category == "generiek_mannelijk")
        assert f.sentence == text
        assert f.sentence[f.sentence_span[0] : f.sentence_span[1]] == "hij"
        assert text[f.location.char_start : f.location.char_end] == "hij"

    def test_huishoudniveau_and_generic_masculine_together(self, analyzer):
        text = "De aanvrager en zijn partner ontvangen een brief."
        assert {"huishoudniveau", "generiek_mannelijk"} <= _categories(analyzer, text)


def test_every_generic_masculine_rule_offers_die_diens_hun(lexicon):
    for rule in lexicon.category("generiek_mannelijk").rules:
        assert all(w in rule.suggestion for w in ("die", "diens", "hun")), rule.id
        # pronouns only: an antecedent and its pronoun, or the second opinion read where a pronoun is (GM900)
        assert all(p.kind == "anaphora" or getattr(p, "pronoun", False) for p in rule.patterns), rule.id


def test_speedups_match_exactly_like_the_plain_spacy_matcher(analyzer):
    """One LEMMA spec per word and the lookup index for plain sequences find
    the same spans as spaCy's Matcher on lemma-or-lower patterns (every text of the sentence file, and every
    third example sentence of each rule, at least two per rule: the plain Matcher is slow, and `genderscan lexicon
    test` runs all examples through the fast one)."""
    import json
    from pathlib import Path

    from genderscan.analysis.matching import CompiledLexicon

    assert analyzer.compiled._plain is not None and analyzer.compiled._lemma_only
    from builders import DocMatcher

    plain = CompiledLexicon(analyzer.lexicon, analyzer.nlp, lemma_only=False, plain_index=False, matcher=False)
    plain.matcher = DocMatcher(plain, analyzer.nlp.vocab)
    lines = (Path(__file__).parent / "data" / "sentences-nl.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    texts += [ex for r in analyzer.lexicon.rules for ex in (r.examples_match + r.examples_no_match)[::3]]
    found = 0
    for doc in analyzer.nlp.pipe(texts):
        reference = plain.hits(doc).by_key
        assert analyzer.compiled.hits(doc).by_key == reference, doc.text
        found += len(reference)
    assert found > len(texts)  # the check compares real matches, not empty ones


def test_a_policy_heading_with_a_critical_word_does_not_hide_its_section(analyzer):
    text = "3. Armoede bestrijden\n\nVrouwen worden vooral toegeleid naar de zorgsector."
    stances = [f.stance for f in analyzer.analyse_text(text).findings if f.rule_id == "BS004"]
    assert stances == ["assertion"]


def test_grouped_regex_check_finds_exactly_the_regexes_that_match(analyzer):
    """The first- and last-character groups of the matcher's regexes give the same answer as trying every regex."""
    import json
    import re
    from pathlib import Path

    from genderscan.analysis.sequences import _alternation, _RegexGroups, _shape

    regexes = [rx for rx, _ in analyzer.compiled._plain._root.rx]
    odd = (
        r"^a?bc",
        r"^k|^v",
        r"^(?:x|y)z",
        r"^de$",
        r"(?i)^q",
        r"^(?i:q)r",
        r"^[^a]b",
        r"^\w+x$",
        r"^a*$",
        r"^(?=a)\w",
    )
    odd += (
        r"(?m)^y",
        r"^(a|b?)c?$",
        r"(c)a",
        r"(x)\1",
        r"(ab)\1$",
        r"(?:en|s)?$",
        r"x\Z",
        r"(?<=a)b$",
        r"^[a-f]{2}(?!x)$",
        r"^[0-9]",
    )
    odd += (r"^a\n?$", r"^(?:ab){1,3}$", r"^(?:a|b)*$", r"^\Ade\Z")
    regexes += [re.compile(p) for p in odd]
    groups = _RegexGroups(regexes)
    # side by side, "\1" would mean the first pattern's group: such a part is tried regex by regex
    assert _alternation([re.compile("(c)a"), re.compile(r"(x)\1")]) is None
    first = {p: _shape(re.compile(p)).first for p in (r"^kostwinner", r"^a?bc", r"^k|^v", r"^(kiezen|kiest)$", r"^\d")}
    assert first == {
        r"^kostwinner": {"k"},
        r"^a?bc": {"a", "b"},
        r"^k|^v": {"k", "v"},
        r"^(kiezen|kiest)$": {"k"},
        r"^\d": None,
    }
    last = {p: _shape(re.compile(p)).last for p in (r"beroep(?:en|s|'s|e)?$", r"(?:en|s)?$", r"bijstand")}
    assert last == {r"beroep(?:en|s|'s|e)?$": {"p", "n", "s", "e"}, r"(?:en|s)?$": None, r"bijstand": None}
    spelled = {
        p: _shape(re.compile(p)).words for p in (r"^(kiezen|kiest)$", r"^(?:ab){1,2}c?$", r"^\d$", r"^a+$", r"^ab")
    }
    assert spelled == {
        r"^(kiezen|kiest)$": {"kiezen", "kiest"},
        r"^(?:ab){1,2}c?$": {"ab", "abc", "abab", "ababc"},
        r"^\d$": None,
        r"^a+$": None,
        r"^ab": None,
    }
    lines = (Path(__file__).parent / "data" / "sentences-nl.jsonl").read_text(encoding="utf-8").splitlines()
    words = {w.lower() for line in lines for w in re.findall(r"\w+", json.loads(line)["text"])}
    words |= {"", "bc", "abc", "v", "vrouwenberoepen", "kostwinnerschap", "xz", "de", "q", "qr", "werken", "'s"}
    words |= {
        "a\n",
        "de\n",
        "ababab",
        "abababab",
        "ba",
        "kiest\n",
        "beroep\n",
        "ab\n",
        "ab",
        "abab",
        "xx",
        "ca",
        "aaaa",
        "ad",
        "fa",
        "fx",
        "x",
        "\ny",
        "bb",
        "0",
        "٣",
        "aw",
        "zwx",
    }
    for word in sorted(words):
        assert groups.matching(word) == [k for k, rx in enumerate(regexes) if rx.search(word)], word


def test_trie_walk_gives_every_way_a_sequence_matches_also_through_runs_of_gaps():
    """The trie's walk (gap nodes entered at a token walked once, gates on the next token, walks into runs of
    gaps only when a word that goes on from them is near) gives each sequence's matches as often as there are
    ways to match it, as following every step of every sequence does; a run of gaps costs steps in proportion
    to its length, not 2 to its length."""
    import functools
    import re
    import time
    from collections import Counter

    from genderscan.analysis.sequences import PlainSequences
    from genderscan.lexicon.terms import REGEX_MAX_WORD, Gap, Regex, Word
    from genderscan.nlp import get_pipeline

    nlp = get_pipeline()
    text = (
        "De man is de kostwinner van het gezin, en de vrouw zorgt thuis voor de kinderen van het gezin. "
        "Het gezin heeft één kostwinner; de kostwinnersrol is van de man en niet van de vrouw van het gezin."
    )
    doc = nlp(text)
    gap = Gap()
    sequences = {
        "twee": (Word("LOWER", "de"), gap, gap, Word("LOWER", "kostwinner")),
        "vier": (Word("LOWER", "de"), gap, gap, gap, gap, Regex("^kostwinner")),
        "rx": (Regex("^(de|het)$"), gap, gap, gap, Regex("^(gezin|vrouw)$")),
        "lemma": (Word("LEMMA", "zijn"), gap, Word("LOWER", "van"), gap, gap, Word("ORTH", "man")),
        "tien": (Word("LOWER", "de"), *[gap] * 10, Word("LOWER", "gezin")),
        "rxtien": (Regex("^[a-z]+$"), *[gap] * 10, Regex("^(gezin|man)$"), gap, Regex(r"^\W$")),
        "nooit": (Regex("^(de|het|van)$"), *[gap] * 24, Word("LOWER", "nergens")),
        # a word that ends a sequence and starts runs of gaps, a regex known by its first letters after
        # them, and words just inside and just beyond the reach of the gaps (a walk starts only near one)
        "van": (Word("LOWER", "van"),),
        "vanrx": (Word("LOWER", "van"), gap, gap, Regex("^(ge|vr)")),
        "vanman": (Word("LOWER", "van"), gap, Word("LEMMA", "de"), gap, gap, Word("ORTH", "man")),
        "heeftrol": (Word("LOWER", "heeft"), gap, gap, Word("LOWER", "rol"), Word("LOWER", "kostwinnersrol")),
        "kostwinner": (Word("LOWER", "kostwinner"), gap, gap, Word("LOWER", "gezin")),
        "éénkostwinner": (Word("LOWER", "één"), gap, Word("LOWER", "kostwinner")),
    }
    trie = PlainSequences()
    for key, steps in sequences.items():
        assert trie.add(key, steps)
    trie.prepare()

    @functools.cache
    def ends(key, k, i):  # the ends of the ways sequence *key* matches from its step k at token i, and how many
        steps = sequences[key]
        if k == len(steps):
            return Counter([i])
        step, found = steps[k], Counter()
        if isinstance(step, Gap):
            found += ends(key, k + 1, i)
            if i < len(doc) and not doc[i].is_punct:
                found += ends(key, k + 1, i + 1)
        elif i < len(doc):
            token = doc[i]
            if isinstance(step, Regex):
                fits = len(token.lower_) <= REGEX_MAX_WORD and re.search(step.pattern, token.lower_) is not None
            else:
                fits = {"LEMMA": token.lemma_, "LOWER": token.lower_, "ORTH": token.text}[step.attr] == step.value
            if fits:
                found += ends(key, k + 1, i + 1)
        return found

    expected = sorted(
        (key, start, end)
        for key in sequences
        for start in range(len(doc))
        for end, ways in ends(key, 0, start).items()
        for _ in range(ways)
    )
    started = time.perf_counter()
    found = trie.matches(doc)
    assert time.perf_counter() - started < 1.0  # "nooit": 2**24 ways from each start, one step each before
    assert sorted(found) == expected
    assert len(found) > len(set(found))  # runs of gaps give one span in more than one way: kept, as before


def test_terms_compile_to_typed_steps_and_to_the_same_spacy_patterns():
    from genderscan.lexicon.terms import (
        Gap,
        Regex,
        Word,
        compound_sequences,
        exact_sequences,
        matcher_pattern,
        term_sequences,
    )

    assert term_sequences("kostwinner*") == [(Regex("^kostwinner"),)]
    assert term_sequences("*beroep") == [(Regex("beroep(?:en|s|'s|e)?$"),)]
    assert term_sequences("vrouwen", lemma_only=True) == [(Word("LEMMA", "vrouw"),), (Word("LEMMA", "vrouwen"),)]
    assert term_sequences("Vrouw")[-1] == (Word("LOWER", "vrouw"),)
    assert exact_sequences("de re:^klant") == [(Word("LOWER", "de"), Regex("^klant"))]
    gap = term_sequences("willen .. niet", lemma_only=True)
    assert gap == [(Word("LEMMA", "willen"), Gap(), Gap(), Gap(), Word("LEMMA", "niet"))]
    assert matcher_pattern(gap[0]) == [{"LEMMA": "willen"}] + [{"IS_PUNCT": False, "OP": "?"}] * 3 + [{"LEMMA": "niet"}]
    assert matcher_pattern(compound_sequences(("vrouwen",), ("werk",))[0]) == [
        {"LOWER": {"REGEX": "^(?:vrouwen)-?(?:werk)(?:en|s|'s|e|n)?$"}}
    ]


def test_the_shipped_lexicon_is_matched_by_the_trie_alone(analyzer):
    """Only raw tokens patterns of user lexicons go to spaCy's Matcher."""
    assert len(analyzer.compiled.matcher) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Het huishouden wordt bij het werkbedrijf als één klant ingeschreven.",
        "Klachten over de uitkering worden geregistreerd op naam van het huishouden.",
        "Partners zijn bij het klanttevredenheidsonderzoek niet apart bevraagd.",
        "De uitnodiging voor de voorlichting gaat ter attentie van de aanvrager naar het woonadres.",
    ],
)
def test_the_household_registered_reported_or_written_to_as_one_unit(analyzer, text):
    found = {f.category for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.stance == "assertion"}
    assert found == {"huishoudniveau"}


def test_help_given_first_to_whoever_is_in_practice_the_man_takes_men_as_likelier_candidates(analyzer):
    text = "Bij twee partners begint de jobcoach bij degene met de meeste werkervaring, in de praktijk de man."
    found = {f.category for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.stance == "assertion"}
    assert found == {"kansrijkheid"}
    # with a breadwinner named in the sentence, that is the claim
    earner = "We begeleiden eerst degene die het gezinsinkomen moet verdienen, in de praktijk de man."
    found = {
        f.category for f in analyzer.findings_per_text([earner], second_opinion=False)[0] if f.stance == "assertion"
    }
    assert found == {"kostwinner"}


@pytest.mark.parametrize(
    "text, category",
    [
        ("Bij te weinig plekken in de leerwerkroute gaat de hoofdaanvrager voor.", "kansrijkheid"),
        ("De eerste twintig werkervaringsplekken gaan naar hoofdaanvragers van een uitkering.", "kansrijkheid"),
        ("Wij begeleiden de hoofdaanvrager; de partner wordt pas uitgenodigd als er nog ruimte is.", "kansrijkheid"),
        (
            "Iedereen krijgt bij ons hetzelfde traject, dus aparte aandacht voor vrouwen is niet nodig.",
            "genderneutraal",
        ),
    ],
)
def test_priority_for_the_main_applicant_and_no_separate_attention(analyzer, text, category):
    found = {f.category for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.stance == "assertion"}
    assert category in found and "huishoudniveau" not in found


def test_women_left_out_is_the_consequence_of_the_reason_the_sentence_gives(analyzer):
    def claims(text):
        return {
            f.category for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.stance == "assertion"
        }

    # a reason read by a rule of its own: that is the claim
    assert "kansrijkheid" not in claims(
        "Omdat vrouwen van hun leeftijd meestal geen werk zoeken, worden zij niet uitgenodigd voor de banenmarkt."
    )
    # no reason given: being left out is the claim
    assert claims("Vrouwen komen bij de leerwerkbanen niet in aanmerking.") == {"kansrijkheid"}


@pytest.mark.parametrize(
    "text, category, gone",
    [
        # a division of roles ascribed to a community is the culturalising claim
        ("Bij Turkse gezinnen werkt de man en zorgt de vrouw voor het huishouden, dus daar stemmen wij het aanbod op af.",
         "culturalisering", "kostwinner"),
        # a sector for women because they would rather stay home is the motive claim
        ("Vrouwen in de bijstand blijven liever thuis; voor hen zoeken we daarom werk in de thuiszorg, dat past het best.",
         "motivatie", "beroepssegregatie"),
    ],
)  # fmt: skip
def test_a_consequence_gives_way_to_the_reason_the_sentence_gives(analyzer, text, category, gone):
    found = {f.category for f in analyzer.findings_per_text([text])[0] if f.stance == "assertion"}
    assert category in found and gone not in found


@pytest.mark.parametrize(
    "text",
    [
        "De extra middelen gaan naar hoofdaanvragers én hun partners, ieder voor een eigen traject.",
        "Werkervaringsplekken worden toegekend aan hoofdaanvragers en partners op volgorde van aanmelding.",
    ],
)
def test_both_partners_named_together_get_no_priority_finding(analyzer, text):
    found = {f.rule_id for f in analyzer.findings_per_text([text], second_opinion=False)[0] if f.stance == "assertion"}
    assert "KR004" not in found


def test_the_head_of_the_family_as_its_one_contact_is_the_household_claim(analyzer):
    text = "Het gesprek over werk en inkomen voert de consulent met het gezinshoofd."
    found = {f.category for f in analyzer.findings_per_text([text])[0] if f.stance == "assertion"}
    assert "huishoudniveau" in found and "kostwinner" not in found


def test_the_verb_zijn_before_women_is_no_partner_of_his(analyzer):
    """ "zijn vrouwen" as "are women" is no household framing; "zijn vrouw" as "his wife" is."""
    verb = "Onder de bewoners met schulden zijn vrouwen in de meerderheid."
    (found,) = analyzer.findings_per_text([verb], second_opinion=False)
    assert not [f for f in found if f.rule_id == "HH001"]
    (found,) = analyzer.findings_per_text(["De bewoner en zijn vrouw krijgen elk een brief."], second_opinion=False)
    assert [f for f in found if f.rule_id == "HH001"]


def test_a_zone_is_no_son(analyzer):
    """simplemma's lemma of "zonen" (sons) is "zone": the form is matched, so a park called "Groene Zone" names no
    man in the gender count."""
    r = analyzer.analyse_text("In de Groene Zone komen nieuwe wandelpaden. Zijn zonen werken in de haven.")
    assert r.to_dict()["mentions"]["gender_mentions"] == 1


@pytest.mark.parametrize(
    "text",
    [
        # the partner as the applicant's appendage in the next clause
        "De beschikking gaat naar de aanvrager; zijn partner krijgt een afschrift als hij daarom vraagt.",
        # no own login, no client of her own, no signature apart
        "Het gezin heeft één account op het klantportaal; de partner krijgt geen eigen inlog.",
        "Echtgenotes worden in het registratiesysteem niet als aparte cliënt aangemaakt.",
        # reached or enrolled through the father or husband
        "De aanmelding voor de zomerschool loopt via de vader van het gezin.",
    ],
)
def test_household_framing_in_a_second_clause_or_through_the_man(analyzer, text):
    assert "huishoudniveau" in _categories(analyzer, text)


def test_the_documents_own_template_speaks_for_it_and_its_imperative_is_its_own_voice(analyzer):
    template = "Keuzetekst bij de intake: 'Mevrouw heeft nu geen arbeidswens, zoals veel moeders met kleine kinderen.'"
    assert "motivatie" in _categories(analyzer, template)
    told = "Voor de persvoorlichter: moeders in de bijstand kiezen er vaak bewust voor om niet te werken; benadruk dat."
    assert "motivatie" in _categories(analyzer, told)
    reported = "De onderzoekers benadrukken dat moeders er bewust voor kiezen om niet te werken, maar dat klopt niet."
    assert "motivatie" not in _categories(analyzer, reported)


@pytest.mark.parametrize(
    "text",
    [
        # another subject owns "zijn partner" after the semicolon
        "De aanvrager krijgt binnen zes weken bericht; de jobcoach en zijn partner in de regio zoeken een werkplek.",
        # either parent
        "De aanmelding voor de zomerschool loopt via de vader of de moeder, wie het gezag heeft.",
    ],
)
def test_no_household_framing_where_the_partner_is_someone_elses_or_either_parent_enrols(analyzer, text):
    assert "huishoudniveau" not in _categories(analyzer, text)


def test_a_template_no_longer_used_is_not_the_documents_own_voice(analyzer):
    dropped = "Modeltekst die wij niet meer gebruiken: 'Uw man verdient het inkomen, dus u hoeft niet te solliciteren.'"
    assert not _categories(analyzer, dropped)


def test_a_tables_header_row_names_columns_and_claims_nothing(analyzer):
    header = "Route | Vrouwen | Mannen | Uitstroom naar werk"
    as_header = f"Uitstroom\n\nTabel 5 Uitstroom\n{header}\nZorg | 12 | 3 | 4\n"
    assert not [f for f in analyzer.analyse_text(as_header).findings if f.stance == "assertion"]
    # the same words as a later row are read as a row
    as_row = f"Uitstroom\n\nTabel 5 Uitstroom\nKolom | Toelichting\n{header}\nZorg | 12 | 3 | 4\n"
    assert [f for f in analyzer.analyse_text(as_row).findings if f.stance == "assertion"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Klantmanagers kijken bij het aanbod bewust niet naar geslacht.", True),
        # an employer's hiring without regard to sex is equal treatment, not a service blind to gender
        ("De bedrijven in het pact richten de werving van personeel in zonder onderscheid naar geslacht.", False),
    ],
)
def test_hiring_without_regard_to_sex_is_no_gender_blind_service(analyzer, text, found):
    assert ("genderneutraal" in _categories(analyzer, text)) is found


def test_a_first_row_with_a_claim_or_a_yes_is_data_not_a_header(analyzer):
    text = "Stellingen\n\nTabel 1 Stellingen uit de intake\nDe man is de kostwinner | Ja\nDe vrouw zorgt voor de kinderen | Ja\n"
    assert [f for f in analyzer.analyse_text(text).findings if f.stance == "assertion"]


def test_a_role_said_of_someone_after_als_is_no_antecedent(analyzer):
    """ "werkt als klantmanager" says what someone is: "zijn" after it is that person's, not a generic role's."""
    said_of = "Na de zomer begint hij als klantmanager in de wijk; zijn contract loopt een jaar."
    assert "generiek_mannelijk" not in _categories(analyzer, said_of)
    role = "De klantmanager in de wijk krijgt een vast contract; zijn caseload wordt kleiner."
    assert "generiek_mannelijk" in _categories(analyzer, role)
    # the conjunction opens a condition: its subject is the role ("Als de klant …, kan hij …")
    condition = "Als de klant het niet eens is met het besluit, kan hij binnen zes weken bezwaar maken."
    assert "generiek_mannelijk" in _categories(analyzer, condition)
    # a role that opens its clause is said of whoever holds it: a generic role (a hostile review)
    opening = "Als wijkconsulent is hij het eerste aanspreekpunt voor de bewoners van de flat."
    assert "generiek_mannelijk" in _categories(analyzer, opening)
    # … and a predicate of becoming, however the parser hangs it, is no antecedent
    becoming = "Na de opleiding wil hij buschauffeur worden; zijn proefrit is in mei."
    assert "generiek_mannelijk" not in _categories(analyzer, becoming)


@pytest.mark.parametrize(
    "text",
    [
        "De conciërge van de sporthal sluit na zijn laatste ronde de kleedkamers af.",
        "Iedere verkeersbrigadier krijgt voor zijn dienst een nieuw hesje.",
        "De initiatiefnemer verantwoordt na afloop hoe hij het budget heeft besteed.",
        "Een standplaatshouder die zijn plek niet gebruikt, verliest na drie weken zijn vergunning.",
    ],
)
def test_generic_he_of_functionaries_and_other_roles(analyzer, text):
    assert "generiek_mannelijk" in _categories(analyzer, text)


def test_a_view_said_or_assumed_by_no_one_named_is_reported_not_held(analyzer):
    reported = "Er wordt wel aangenomen dat Afghaanse vrouwen niet willen werken."
    assert not _categories(analyzer, reported)
    # a work rule in the passive applies the assumption itself
    rule = "Noemt een vrouw geen werkwens, dan wordt aangenomen dat zij niet wil werken en sluiten we het dossier."
    assert "motivatie" in _categories(analyzer, rule)


def test_men_going_first_for_paid_places_or_courses_is_priority_by_sex(analyzer):
    assert "kansrijkheid" in _categories(
        analyzer, "Voor de betaalde werkplekken in de groenploeg gaan de mannelijke deelnemers voor."
    )
    assert "kansrijkheid" in _categories(analyzer, "Voor de cursus heftruckrijden selecteren we eerst de mannen.")
    assert not _categories(analyzer, "Voor de betaalde werkplekken gaan deelnemers met de langste uitkeringsduur voor.")


def test_family_care_taken_for_granted_for_a_group_by_origin_leaves_childcare_out(analyzer):
    stated = "Bij Poolse ouders passen de oma's op, dus kinderopvang hoeven we met hen niet te bespreken."
    assert "culturalisering" in _categories(analyzer, stated)
    asked = "Bij Poolse ouders vragen we naar kinderopvang, ook als de oma's nu oppassen."
    assert "culturalisering" not in _categories(analyzer, asked)


def test_a_womens_roster_that_ends_when_school_is_out_puts_the_care_with_them(analyzer):
    assert "zorgrol" in _categories(
        analyzer, "Het rooster van de moeders eindigt om 14.30 uur, want dan gaan de scholen uit."
    )
    assert "zorgrol" not in _categories(
        analyzer, "Het rooster van het team eindigt om 14.30 uur, want dan gaan de scholen uit."
    )


def test_not_long_is_no_longer_an_end_to_a_practice(analyzer):
    """An exception for a practice that ended ("niet langer") must not take "niet lang" (not for long): the
    preference for a boy stands when the reason says a girl does not keep it up for long."""
    text = "Voor de leerplaats bij de smederij nemen we bij gelijke geschiktheid liever een jongen; een meisje houdt het daar niet lang vol."
    assert "kansrijkheid" in _categories(analyzer, text)
    ended = "Voor de leerplaats bij de smederij nemen we bij gelijke geschiktheid niet langer liever een jongen."
    assert "kansrijkheid" not in _categories(analyzer, ended)


@pytest.mark.parametrize(
    ("rule", "text", "found"),
    [
        # KR020: women, or a group of women, not hired, put forward or invited for work
        ("KR020", "Moeders met een baby nemen we voor de nachtdienst niet aan; die zijn toch te vaak afwezig.", True),
        ("KR020", "Oudere vrouwen stellen we niet voor bij de werkgevers in de logistiek.", True),
        ("KR020", "Kandidates die de vereiste diploma's missen, nodigen we niet uit voor een gesprek.", False),
        ("KR020", "Vrouwen die al een baan hebben, nodigen we niet uit voor de banenmarkt.", False),
        ("KR020", "De buurtvrouwen stellen zich niet voor bij de nieuwe bewoners.", False),
        ("KR020", "Zwangere sollicitantes worden bij ons niet aangenomen voor de nachtdienst.", True),
        ("KR020", "Wij stellen moeders niet voor als vrachtwagenchauffeur.", True),
        # the women turn an offer down; a legal requirement; a sanction on employers who do it
        ("KR020", "Vrouwen nemen de plek in de avondploeg meestal niet aan: te laat op de dag.", False),
        ("KR020", "Kandidates zonder geldig EHBO-certificaat nemen we niet aan; dat is een wettelijke eis.", False),
        ("KR020", "Werkgevers die moeders niet aannemen, krijgen een boete.", False),
        # a finding of research, a complaint heard, women already in paid work
        ("KR020", "Uit een praktijktest bleek dat schoonmaakbedrijven oudere vrouwen niet aannamen.", False),
        ("KR020", "Vrouwen die al een vaste baan hebben, stellen we niet voor bij werkgevers.", False),
        # KW018: more pay for men named by their family alone, or a rate beside the others' rate
        ("KW018", "Heftruckchauffeurs die vader zijn, krijgen in december een extra bedrag voor het gezin.", True),
        ("KW018", "De kerstbonus van 50 euro geldt alleen voor mannelijke kassamedewerkers met een gezin.", True),
        ("KW018", "Standwerkers: € 14 per uur voor vaders, € 10 per uur voor de andere standwerkers.", True),
        ("KW018", "De nachttoeslag is voor getrouwde bezorgers wat hoger: zij hebben monden te voeden.", True),
        # a statistic, both sexes, women
        ("KW018", "Vaders verdienen volgens het CBS gemiddeld meer per uur dan de andere werknemers.", False),
        ("KW018", "Getrouwde vrouwen en mannen krijgen dezelfde nachttoeslag van 20 euro.", False),
        # a fee, not pay; marital status without sex or a reason; equal amounts
        (
            "KW018",
            "Voor vaders met kinderen onder de zes is de fietscursus gratis; de overige deelnemers betalen 15 euro.",
            False,
        ),
        ("KW018", "Gehuwde medewerkers krijgen een hogere reiskostenvergoeding dan ongehuwde collega's.", False),
        ("KW018", "De wintertoeslag is even hoog voor alleenstaande vaders als voor alleenstaande moeders.", False),
        # fifty-eighth session
        # a group of women said not to be drawn to a task, shift or job, and the decision drawn from it
        (
            "MO022",
            "Voor de vroege dienst in de bakkerij vragen we geen vrouwen; die tijden trekken hen gewoon niet.",
            True,
        ),
        (
            "MO022",
            "Vrouwelijke lassers bieden we geen promotie aan, want aan meer verantwoordelijkheid hebben zij geen behoefte.",
            True,
        ),
        (
            "MO022",
            "Moeders komen liever als toeschouwer dan als trainer naar de club, dus de trainerscursus werven we bij vaders.",
            True,
        ),
        (
            "MO022",
            "Voor de vacature van kraanmachinist vragen we geen vrouwen; hoog in een cabine zitten is niet wat zij zoeken.",
            True,
        ),
        (
            "MO022",
            "Vrouwen solliciteren niet op de baan in de gieterij; hitte en herrie zijn voor hen geen aantrekkelijk werk.",
            True,
        ),
        # … not a need they lack for something else, or one woman's own case
        (
            "MO022",
            "De vrouwelijke stratenmakers hebben geen behoefte aan een roze helm; ze willen een helm die past, net als in de werkplaats.",
            False,
        ),
        ("MO022", "Een startlening trekt haar niet: mevrouw Ozturk begint haar naaiatelier met eigen geld.", False),
        # the applicant's wife's details handed in by him
        (
            "HH024",
            "Een schipper die de havenkorting aanvraagt, vult op het formulier ook het inkomen van zijn vrouw in.",
            True,
        ),
        # a pay raised for married men, the pay named; not something else raised
        ("KW018", "De ploegentoelage wordt met een vijfde verhoogd voor gehuwde mannelijke stukadoors.", True),
        # … or a higher or extra pay for men named by the wife and children at home
        ("KW018", "Bezorgers met een vrouw en kinderen thuis krijgen 10 euro per rit extra op hun vergoeding.", True),
        ("KW018", "De kersttoelage is 200 euro voor gehuwde schilders en 100 euro voor alle andere schilders.", True),
        ("KW018", "De vaders van de hockeyclub hebben het hek rond het veld verhoogd.", False),
        ("KW018", "Vaders krijgen per kind een uitnodiging voor de ouderavond.", False),
        # an origin as the reason in other words; not a place or a shop named by its origin
        (
            "CU013",
            "Ghanese deelneemsters zetten we in het naaiatelier, want stof bewerken past bij waar zij vandaan komen.",
            True,
        ),
        (
            "CU013",
            "De Turkse bakker zit van oudsher aan het plein; daarom komen de fietsenrekken aan de overkant.",
            False,
        ),
        ("CU013", "Door hun achtergrond als lasser plaatsen we de Syrische nieuwkomers in de metaalploeg.", False),
    ],
)
def test_frames_of_this_session(analyzer, rule, text, found):
    # one finding per claim: another rule of the same claim may carry the category (``also``)
    category = _CATEGORY[rule[:2]]
    (findings,) = analyzer.findings_per_text([text], second_opinion=False)
    asserted = {c for f in findings if f.stance == "assertion" for c in f.categories()}
    assert (category in asserted) is found, asserted


_CATEGORY = {
    "BS": "beroepssegregatie",
    "CU": "culturalisering",
    "DT": "deeltijdnorm",
    "GM": "generiek_mannelijk",
    "GN": "genderneutraal",
    "HH": "huishoudniveau",
    "KR": "kansrijkheid",
    "KW": "kostwinner",
    "MO": "motivatie",
    "ZR": "zorgrol",
}


@pytest.mark.parametrize(
    "text",
    [
        "Kinderen die van huis uit Pools spreken, krijgen op school extra taallessen.",
        "De nieuwe woningen voor Bulgaarse arbeidsmigranten zijn gebouwd voor vier personen.",
        "Syrische statushouders krijgen bij de intake de vraag welk vak zij van huis uit kennen.",
    ],
)
def test_an_origin_and_van_huis_uit_without_a_placement_is_no_culturalising_claim(analyzer, text):
    (findings,) = analyzer.findings_per_text([text])
    assert "CU013" not in {f.rule_id for f in findings}


@pytest.mark.parametrize(
    "text, category, found",
    [
        # an origin named by an adjective no list holds, a knack said to come with it, and a placement
        ("Estlandse metselaars hebben het voegen gewoon meegekregen; daarom zetten we hen op de gevels.", "CU", True),
        ("Maltese koks hebben het kruiden in hun vingers, dus zij krijgen bij ons de sauzen.", "CU", True),
        # … not a trade or a kind of work by an adjective of the same ending ("-ische", "-lijkse")
        ("Technische vaklieden hebben het in hun vingers; daarom zetten we hen op de machines.", "CU", False),
        # "letten op" is a verb, no people of an origin
        ("De vrijwilligers letten op de kinderen; zij zijn het gewend om dat samen te doen.", "CU", False),
        # mothers or women with children granted room the others do not get
        ("Werkneemsters met kinderen krijgen vrij op de sportdag van school; de anderen werken door.", "ZR", True),
        ("Voor moeders geldt een reistijd van hooguit twintig minuten; voor andere werkzoekenden een uur.", "ZR", True),
        (
            "Werkneemsters met kinderen krijgen vrij op de sportdag van school; voor de vaders geldt hetzelfde.",
            "ZR",
            False,
        ),
        # men paid more because the family lives on their pay
        ("Vaders krijgen een hogere eindejaarsuitkering, want van hun loon leeft het gezin.", "KW", True),
        # … also with the reason put as a conditional
        ("Mannen krijgen een hogere toeslag, omdat zij anders hun gezin niet zouden kunnen onderhouden.", "KW", True),
        ("Vaders krijgen een hogere eindejaarsuitkering als zij langer dan tien jaar in dienst zijn.", "KW", False),
        # a woman's own matter settled with or signed by her husband
        ("Bij ziekte van een getrouwde verkoopster belt de afdeling eerst haar man.", "HH", True),
        (
            "De aanvraag van een gehuwde vrouw wordt pas verwerkt als haar man het formulier heeft ondertekend.",
            "HH",
            True,
        ),
        ("De uitnodiging voor het gesprek richten we aan beide echtelieden, met de man als aanspreekpunt.", "HH", True),
        # the income or papers of his wife that a man in a role fills in or brings
        (
            "Een nieuwe glazenwasser zet bij de start het inkomen van zijn partner op het loonheffingsformulier.",
            "HH",
            True,
        ),
        ("Controleer of de aanvrager de jaaropgave van zijn vrouw heeft meegenomen naar het gesprek.", "HH", True),
        ("Elke aanvrager vult zijn of haar eigen inkomen in; de partner doet dat apart.", "HH", False),
    ],
)
def test_frames_of_the_seventieth_session(analyzer, text, category, found):
    (findings,) = analyzer.findings_per_text([text])
    asserted = {c for f in findings if f.stance == "assertion" for c in f.categories()}
    assert (_CATEGORY[category] in asserted) is found, asserted


def test_women_said_not_to_want_it_and_the_men_served_first_is_their_lack_of_will(analyzer):
    text = "Vrouwelijke deelnemers hebben weinig behoefte aan een stage; we bieden die daarom eerst aan de mannen aan."
    (findings,) = analyzer.findings_per_text([text])
    asserted = {c for f in findings if f.stance == "assertion" for c in f.categories()}
    assert asserted == {"motivatie"}


def test_a_proposal_stopped_in_the_same_sentence_is_no_assertion(analyzer):
    text = (
        "Een afdelingshoofd wilde de verlofaanvraag van getrouwde medewerksters laten meetekenen door hun man; "
        "de ondernemingsraad heeft dat tegengehouden."
    )
    (findings,) = analyzer.findings_per_text([text])
    assert findings and all(f.stance != "assertion" for f in findings)


@pytest.mark.parametrize(
    "text, rule",
    [
        # an adjective of origin by its form names people only before a noun of people
        (
            "Het Deense model van leerwerkplekken zit inmiddels ingebakken in ons beleid; daarom starten we op de werkvloer.",
            "CU013",
        ),
        (
            "Door de Europese regels voor aanbesteding zijn wij gewend om elk contract openbaar te maken; dus duurt het langer.",
            "CU013",
        ),
        # one man's knack is no group's
        (
            "Trainer Kofi Mensah heeft de Ghanese dansen van jongs af in zijn vingers; daarom geeft hij de les in de wijk.",
            "CU013",
        ),
        # the same room for the fathers
        ("Moeders mogen bij een ziek kind direct naar huis; de vaders mogen dat evenzeer.", "ZR040"),
        ("Moeders mogen bij een ziek kind direct naar huis; vaders mogen dat ook.", "ZR040"),
        # a higher pay for men denied
        (
            "Wij geven vaders geen hogere toelage omdat het gezin van hun loon zou leven; de toelage is voor iedereen gelijk.",
            "KW020",
        ),
    ],
)
def test_hostile_cases_of_the_seventieth_session_stay_quiet(analyzer, text, rule):
    (findings,) = analyzer.findings_per_text([text])
    assert not any(f.rule_id == rule and f.stance == "assertion" for f in findings)


def test_a_proposal_turned_down_by_a_body_in_the_passive_is_no_assertion(analyzer):
    text = "Het voorstel om moeders met jonge kinderen vrij te stellen van de sollicitatieplicht is door de raad afgewezen."
    # (the rules' reading; the second opinion's own reading of the sentence may still assert a care role)
    (findings,) = analyzer.findings_per_text([text], second_opinion=False)
    assert findings and not any(f.stance == "assertion" for f in findings)


def test_mothers_exempted_and_the_men_not_is_a_care_role(analyzer):
    text = "Voor moeders geldt een vrijstelling van de weekenddiensten; de mannen draaien alle diensten."
    (findings,) = analyzer.findings_per_text([text])
    assert "zorgrol" in {c for f in findings if f.stance == "assertion" for c in f.categories()}


@pytest.mark.parametrize(
    "text",
    [
        # a practice just told, undone in the next sentence: put in her own name, opened to every parent, the priority
        # lapsing, the norm proposed to be struck by the body
        "De coach van de kwekerij wilde de betalingsregeling van een medewerkster via haar man laten lopen. "
        "Zij maakte bezwaar en de regeling loopt nu op haar eigen naam.",
        "Tot vorig jaar mochten alleen moeders hun dienst ruilen als een kind ziek was. "
        "De regeling geldt nu voor iedere ouder.",
        "In de vorige begroting kregen jonge mannen voorrang bij de loonkostensubsidie. Die voorrang vervalt.",
        "De begroting telt banen van twaalf uur als passend voor vrouwen. Het college stelt voor die norm te schrappen.",
    ],
)
def test_a_practice_undone_in_the_next_sentence_is_no_assertion(analyzer, text):
    (findings,) = analyzer.findings_per_text([text], second_opinion=False)
    assert findings and not any(f.stance == "assertion" for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "Vrouwen werken bij ons in deeltijd, want ze zorgen voor de kinderen. Het rooster is aangepast aan de schooltijden.",
        # (a roster changed to put the practice in place, a lapse under a condition, a proposal by others: a hostile
        # review)
        "Vanaf januari mogen moeders op woensdag thuiswerken; vaders niet. Het rooster is aangepast.",
        "Getrouwde mannen krijgen een toeslag, omdat zij het gezin onderhouden. Die toeslag vervalt bij echtscheiding.",
        "Getrouwde mannen krijgen een toeslag, omdat zij het gezin onderhouden. De oppositie stelt voor die toeslag te "
        "schrappen.",
    ],
)
def test_a_practice_kept_or_only_questioned_still_asserts(analyzer, text):
    (findings,) = analyzer.findings_per_text([text])
    assert any(f.stance == "assertion" for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "Doel programma 3: 40 moeders uit de bijstand helpen aan een baan van tien uur; voor vaders is het doel een volle baan.",
        "Doel: 25 vrouwen vinden een baantje van een paar uur naast de zorg voor het gezin.",
    ],
)
def test_a_count_under_the_plans_own_target_label_is_no_statistic(analyzer, text):
    (findings,) = analyzer.findings_per_text([text])
    assert "deeltijdnorm" in {c for f in findings if f.stance == "assertion" for c in f.categories()}


@pytest.mark.parametrize(
    "text, categories",
    [
        # the man of a household as its contact, with a woman or the family in the sentence
        ("Bij een huurachterstand van een gezin belt de consulent eerst de vader.", {"huishoudniveau"}),
        ("De uitnodiging voor de buurtmaaltijd sturen we per huishouden naar de man.", {"huishoudniveau"}),
        # … with her community as the reason, both are claimed
        (
            "Bij Koerdische deelneemsters bespreken we het rooster eerst met de echtgenoot, in die gemeenschap beslist "
            "hij daarover.",
            {"huishoudniveau", "culturalisering"},
        ),
        # each adult on their own, or both parents: none
        ("Bij een huurachterstand van een gezin belt de consulent beide ouders, ieder afzonderlijk.", set()),
        ("Het gesprek over de omgangsregeling voert de gezinscoach met de vader en de moeder.", set()),
    ],
)
def test_the_man_as_the_households_contact(analyzer, text, categories):
    (findings,) = analyzer.findings_per_text([text])
    asserted = {c for f in findings if f.stance == "assertion" for c in (f.category, *f.also)}
    assert asserted == categories


@pytest.mark.parametrize(
    "text, categories",
    [
        # scarce paid work handed out first to family men or to whoever "supports a family": who gets the chance
        # (kansrijkheid) for the breadwinner's reason (kostwinner), one claim
        (
            "De extra weekenddiensten in de bakkerij gaan eerst naar de vaders in de ploeg; zij moeten thuis de huur "
            "betalen.",
            {"kansrijkheid", "kostwinner"},
        ),
        (
            "Het verlengde contract houden we voor Sander, die als vader van twee een gezin te onderhouden heeft.",
            {"kansrijkheid", "kostwinner"},
        ),
        # by a fixed ground for all, or told as ended: none
        ("De extra weekenddiensten verdelen we op dienstjaren, ook onder de vaders in de ploeg.", set()),
        ("Vroeger gingen de extra weekenddiensten eerst naar de getrouwde mannen; dat is afgeschaft.", set()),
        # the same for all, so nothing separate or adapted for the bodies or needs that fall outside
        (
            "Iedere vrijwilliger draagt hetzelfde jack in maat XL; kleinere maten schaffen we apart niet aan.",
            {"genderneutraal"},
        ),
        (
            "De regels van het leerbedrijf zijn voor alle leerlingen gelijk, dus een aparte rustruimte voor zwangere "
            "leerlingen komt er niet.",
            {"genderneutraal"},
        ),
        # a separate way offered beside the common one, or no body or sex in the sentence: none
        (
            "Iedere vrijwilliger draagt hetzelfde jack; wie een kleinere maat nodig heeft, kan die apart bestellen.",
            set(),
        ),
        (
            "De parkeertarieven zijn voor alle bezoekers gelijk; een aparte regeling voor bedrijven is niet nodig.",
            set(),
        ),
        # … also a shared room, or none there or needed for that reason
        (
            "Voor alle vrijwilligers geldt hetzelfde; ook de vrouwelijke leden kleden zich om in de gezamenlijke "
            "ruimte van de loods.",
            {"genderneutraal"},
        ),
        (
            "Het buurthuis is voor iedereen op dezelfde manier ingericht; een plek om te kolven is er daarom niet.",
            {"genderneutraal"},
        ),
        (
            "Het buurthuis is voor iedereen op dezelfde manier ingericht; wie een plek om te kolven nodig heeft, kan "
            "die desgewenst krijgen.",
            set(),
        ),
    ],
)
def test_scarce_work_for_the_family_man_and_sameness_as_the_reason_for_nothing_separate(analyzer, text, categories):
    (findings,) = analyzer.findings_per_text([text])
    asserted = {c for f in findings if f.stance == "assertion" for c in f.categories()}
    assert asserted == categories


@pytest.mark.parametrize(
    "text, categories",
    [
        # one paid or leading place handed to a man as such: who gets the chance
        ("De betaalde functie van beheerder van de speeltuin gaat naar een mannelijke vrijwilliger.", {"kansrijkheid"}),
        ("De leiding van de snoeiploeg geven we aan een van onze ervaren heren.", {"kansrijkheid"}),
        ("Voor de coördinatie van de voedseltuin denken we aan een man; die houdt het langer vol.", {"kansrijkheid"}),
        # open to both, or a named person appointed: none
        ("De leiding van de snoeiploeg staat open voor iedere vrijwilliger, man of vrouw.", set()),
        ("De coördinatie van de voedseltuin is aan Karel Mol gegeven.", set()),
        ("De coördinatie van de buurtmoestuin gaat naar een man én een vrouw.", set()),
        ("De teamleiding gaat naar een mannelijke collega, die als enige reageerde.", set()),
        # a function as a purpose, not a post
        ("Bij de functie van de speeltuin denken we aan de vaders in de buurt.", set()),
        # the man's work and chances talked over first in a couple: the breadwinner's priority
        ("Bespreek bij gehuwden eerst de werkervaring van de man.", {"kostwinner"}),
        ("We vragen eerst naar de werkervaring van beide partners.", set()),
        # the first effort aimed at whoever earns most, in practice the man: who is seen as the better chance
        (
            "De eerste stap richt zich op de partner die het meest verdient; in de praktijk is dat de man.",
            {"kansrijkheid"},
        ),
        # a preference for whoever brings in the family income: both
        (
            "Bij het verdelen van de stageplekken gaat de voorkeur uit naar wie voor het gezinsinkomen zorgt.",
            {"kansrijkheid", "kostwinner"},
        ),
    ],
)
def test_a_place_given_to_a_man_and_the_man_first_in_a_couple(analyzer, text, categories):
    (findings,) = analyzer.findings_per_text([text])
    asserted = {c for f in findings if f.stance == "assertion" for c in f.categories()}
    assert asserted == categories


@pytest.mark.parametrize(
    "text, categories",
    [
        # a scarce means of work handed to men, fathers or boys only or first
        ("De twee betaalde vakantiebanen bij de kinderboerderij gaan eerst naar de jongens.", {"kansrijkheid"}),
        ("Het sollicitatiebudget van 500 euro kennen we alleen toe aan mannelijke werkzoekenden.", {"kansrijkheid"}),
        # … not both sexes, men's health, a parenting course, one man who is himself the worker, or "niet alleen"
        ("De betaalde vakantiebanen gaan naar jongens en meisjes die zich het eerst melden.", set()),
        ("De voorlichting over hartziekten is gericht op mannen boven de zestig.", set()),
        ("De cursus is gericht op vaders die meer betrokken willen zijn bij de opvoeding.", set()),
        ("De vergoeding voor de stageplek gaat naar de jongen die de stage loopt.", set()),
        ("Het sollicitatiebudget gaat niet alleen naar mannen.", set()),
        # mail, money or a form of a child or the family to the father
        ("Het lesgeld voor de zwemles maken we over van de bankrekening van de vader.", {"huishoudniveau"}),
        ("Brieven over de schoolresultaten sturen we naar het adres van de vader.", {"huishoudniveau"}),
        # … not the father who is himself the applicant, nor the man in the street
        ("De beslissing over zijn aanvraag sturen we naar de vader, omdat hij de aanvrager is.", set()),
        ("De folder over de huurtoeslag moet ook voor de man in de straat te begrijpen zijn.", set()),
    ],
)
def test_work_means_to_men_and_family_papers_to_the_father(analyzer, text, categories):
    (findings,) = analyzer.findings_per_text([text])
    asserted = {c for f in findings if f.stance == "assertion" for c in f.categories()}
    assert asserted == categories
