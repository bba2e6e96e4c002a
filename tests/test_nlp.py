"""The Dutch pipeline: blank nl + sentencizer + simplemma lemmas; a trained pipeline from disk."""

from __future__ import annotations

import pytest
import spacy

from genderscan import Analyzer
from genderscan.errors import ConfigError
from genderscan.nlp import LEMMATIZER, SENTENCIZER, _split_footnote_markers, get_pipeline


def test_default_pipeline_lemmas_and_sentences():
    nlp = get_pipeline()
    assert nlp is get_pipeline()  # built once per process
    assert nlp.pipe_names == [SENTENCIZER, LEMMATIZER]
    doc = nlp("De vrouwen werkten. Kinderen en kostwinners bleven thuis.")
    assert [t.lemma_ for t in doc if t.is_alpha] == [
        "de",
        "vrouw",
        "werken",
        "kind",
        "en",
        "kostwinner",
        "blijven",
        "thuis",
    ]
    assert len(list(doc.sents)) == 2


def test_everyday_words_that_spacy_knows_as_abbreviations_end_a_sentence():
    nlp = get_pipeline()
    doc = nlp("Wij betreuren dat. Het college zoekt een oplossing. Het kon. Zo ligt het voor de hand.")
    assert [s.text for s in doc.sents][:3] == ["Wij betreuren dat.", "Het college zoekt een oplossing.", "Het kon."]
    assert [t.text for t in doc][-2:] == ["hand", "."]
    # abbreviations before a number, a lower-case word or in a citation keep their full stop
    assert len(list(nlp("Het gaat om min. 20 uur per week en bijv. een cursus.").sents)) == 1
    assert len(list(nlp("Zie Hand. II 2023/24, nr. 12, en vol. 3 van de reeks.").sents)) == 1


def test_array_sentencizer_splits_exactly_like_spacys_sentencizer():
    import random

    reference = spacy.blank("nl")
    _split_footnote_markers(reference)
    reference.add_pipe("sentencizer")
    pieces = [
        "De",
        "gemeente",
        "helpt",
        "vrouwen",
        "en",
        "mannen",
        "3,5",
        "e.d.",
        "t.o.v.",
        "art.",
        "1.2",
        ".",
        "!",
        "?",
        "...",
        "?!",
        "。",
        "．",
        "‼",
        ",",
        ";",
        ":",
        "(",
        ")",
        '"',
        "'",
        "„",
        "”",
        "-",
        "–",
        "•",
        "¹",
        "werk.⁷",
        "zorg-",
        "\n",
        "\n\n",
        " ",
    ]
    rng = random.Random(20261124)
    texts = ["", ".", "!!", "Ja", "Zo. ", "(Echt?) Ja.", "„Klaar!” zei ze. Dan", "Eén...twee... drie"]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    ours = list(get_pipeline().pipe(texts))
    theirs = list(reference.pipe(texts))
    for text, a, b in zip(texts, ours, theirs, strict=True):
        assert [t.text for t in a] == [t.text for t in b]
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b], text
        assert [(s.start, s.end) for s in a.sents] == [(s.start, s.end) for s in b.sents], text


def test_passages_go_through_nlp_pipe_once(monkeypatch):
    analyzer = Analyzer()
    calls = []
    original = analyzer.nlp.pipe

    def spy(texts, **kwargs):
        texts = list(texts)
        calls.append(len(texts))
        return original(texts, **kwargs)

    monkeypatch.setattr(analyzer.nlp, "pipe", spy)
    monkeypatch.setattr(type(analyzer.nlp), "__call__", lambda *a, **k: pytest.fail("nlp() called per text"))
    analyzer.analyse_text("Een. Twee.\n\nDrie.\n\nVier.")
    assert calls == [3]


def test_unloadable_model_is_a_coded_error(tmp_path):
    with pytest.raises(ConfigError) as err:
        Analyzer(model=str(tmp_path / "no_such_model"))
    assert err.value.code == "GS-E301"
    en = spacy.blank("en")
    en.to_disk(tmp_path / "en_model")
    with pytest.raises(ConfigError) as err:
        Analyzer(model=str(tmp_path / "en_model"))
    assert "not Dutch" in err.value.message
    nl = spacy.blank("nl")
    nl.add_pipe("sentencizer")
    nl.to_disk(tmp_path / "nl_without_parser")
    with pytest.raises(ConfigError) as err:
        Analyzer(model=str(tmp_path / "nl_without_parser"))
    assert err.value.code == "GS-E301" and "no parser" in err.value.message and "--model blank" in err.value.message


def test_a_lexicon_pattern_on_a_set_aside_word_attribute_brings_the_attributes_back(tmp_path):
    """The default pipeline computes only the word attributes our matching reads; a
    user pattern on another one (LIKE_NUM) works, also for words seen before it."""
    import textwrap

    from genderscan.analysis.matching import CompiledLexicon
    from genderscan.lexicon import load_lexicon
    from genderscan.nlp import _blank

    nlp = _blank()  # a pipeline of its own: the cached one is shared by the other tests
    before = nlp("In 2025 werken 12 vrouwen bij de brandweer.")
    assert [t.is_alpha for t in before][:3] == [True, False, True] and before[-1].is_punct
    assert not nlp.vocab["12"].like_num  # set aside: nothing read it yet
    extra = tmp_path / "aantallen.yml"
    extra.write_text(
        textwrap.dedent("""\
        category: kostwinner
        label: Aantallen
        atria_question: aanname
        unintended_effect: Een effect.
        rules:
          - id: XX050
            severity: low
            message: Een aantal vrouwen.
            explanation: Uitleg.
            source: atria2020
            suggestion: Schrijf iets anders.
            patterns:
              - tokens: [{LIKE_NUM: true}, {LOWER: vrouwen}]
            examples:
              match: [Er werken 12 vrouwen., Er werken twaalf vrouwen.]
              no_match: [Er werken vrouwen., Er werken veel vrouwen.]
        """),
        encoding="utf-8",
    )
    compiled = CompiledLexicon(load_lexicon([extra]), nlp)
    # words already in the vocabulary got the attributes back, and so do new ones
    assert nlp.vocab["12"].like_num and nlp.vocab["12"].is_digit and nlp.vocab["12"].shape_ == "dd"
    doc = nlp("Er werken elf vrouwen op https://voorbeeld.nl/banen.")
    assert doc[2].like_num and doc[-2].like_url
    spans = compiled.hits(nlp("In 2025 werken 12 vrouwen bij de brandweer.")).get("rule:XX050")
    assert spans == [(3, 5)]
    assert compiled.hits(doc).get("rule:XX050") == [(2, 4)]


def test_tokens_are_spacys_own_with_the_letters_only_shortcut():
    """The default tokenizer answers "nothing to split" for a piece of letters only
    without asking its suffix and infix regexes; the tokens are spaCy's own."""
    import random
    import sys

    reference = spacy.blank("nl")
    _split_footnote_markers(reference)
    tokenizer = reference.tokenizer
    # the premise: no letter of Unicode, alone or between letters, is a suffix or an infix
    letters = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalpha()]
    assert len(letters) > 100_000
    assert not [
        c
        for c in letters
        if tokenizer.suffix_search(c)
        or tokenizer.suffix_search("km" + c)
        or tokenizer.suffix_search("AB" + c)
        or list(tokenizer.infix_finditer("ab" + c + "cd"))
    ]
    pieces = [
        "vrouwen",
        "Kinderopvang",
        "naïef",
        "café's",
        "Zo’n",
        "’s-Gravenhage",
        "zorg-",
        "en",
        "welzijnsberoepen",
        "5km",
        "10",
        "%",
        "€",
        "€10",
        "3,5",
        "6.21",
        "(Iv3)",
        "CO2-heffing",
        "vrouwen/mannen",
        "o.a.",
        "d.w.z.",
        "e-mail",
        "https://voorbeeld.nl/a?b=c",
        "info@gemeente.nl",
        "„",
        "”",
        "'",
        '"',
        "(",
        ")",
        "...",
        "–",
        "—",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "¹",
        "werk.⁷",
        "ÄÖÜ",
        "Ωmega",
        "ﬁnanciën",
        "x",
        "A",
        "BV.",
        "12:30",
        "-",
    ]
    rng = random.Random(1124)
    texts = [
        "".join(rng.choice(pieces) + rng.choice(["", "", " "]) for _ in range(rng.randint(1, 30))) for _ in range(3000)
    ]
    ours = get_pipeline().tokenizer
    for text in texts:
        assert [t.text for t in ours(text)] == [t.text for t in tokenizer(text)], text
    # spaCy serialises a tokenizer by its regexes' patterns: still possible
    again = spacy.blank("nl").tokenizer.from_bytes(ours.to_bytes())
    assert [t.text for t in again(texts[0])] == [t.text for t in ours(texts[0])]


def _full_tokenizer():
    """spaCy's own Dutch tokenizer with every special case, footnote markers a suffix: the reference."""
    from genderscan.nlp import dutch_exceptions

    reference = spacy.blank("nl")
    _split_footnote_markers(reference)
    reference.tokenizer.rules = dutch_exceptions()  # without everyday words that end a sentence ("dat.")
    return reference.tokenizer


def _fresh(tokenizer):
    """A new default tokenizer with the settings and vocabulary of *tokenizer*, no special case added."""
    from genderscan.nlp import DutchTokenizer, dutch_exceptions

    return DutchTokenizer(
        tokenizer.vocab,
        dutch_exceptions(),
        tokenizer.prefix_search,
        tokenizer.suffix_search,
        tokenizer.infix_finditer,
        tokenizer.token_match,
        tokenizer.url_match,
    )


def test_special_cases_added_when_needed_give_spacys_tokens():
    """The default tokenizer adds a special case ("bijv.", ":(") only when a text needs it:
    inside a chunk, or spelled by tokens across a space (":( (" is a match of ":((" that
    wins over ":("). Fresh tokenizers, texts full of special cases: spaCy's tokens."""
    import random

    from spacy.tokenizer import Tokenizer

    from genderscan.nlp import TOKENIZER, DutchTokenizer

    reference = _full_tokenizer()
    rules = sorted(reference.rules)
    rng = random.Random(1129)
    around = ["", "", "", " ", "(", ")", ".", ",", "'", '"', "x", "A", "5", "-", "/", ":", "’", ";", "¹", " (", ": "]

    def piece() -> str:
        rule = rng.choice(rules)
        if len(rule) > 1 and rng.random() < 0.3:  # a space inside it
            k = rng.randint(1, len(rule) - 1)
            rule = rule[:k] + " " + rule[k:]
        return rng.choice(around) + rule + rng.choice(around) + rng.choice(around)

    first = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}}).tokenizer
    assert isinstance(first, DutchTokenizer)

    def text() -> str:
        return rng.choice(["", " "]).join(piece() for _ in range(rng.randint(1, 6)))

    for _ in range(40):  # text by text
        tokenizer = _fresh(first)
        for _ in range(25):
            one = text()
            ours = [(t.text, t.whitespace_, t.norm_) for t in tokenizer(one)]
            assert ours == [(t.text, t.whitespace_, t.norm_) for t in reference(one)], one
        assert len(Tokenizer.rules.__get__(tokenizer)) < len(rules)
    for _ in range(20):  # a document's passages at once, as parse() gives them
        tokenizer = _fresh(first)
        passages = [text() for _ in range(rng.choice([5, 60]))]  # with and without the sets for long texts
        with tokenizer.prepared(passages):
            for one in passages:
                ours = [(t.text, t.whitespace_, t.norm_) for t in tokenizer(one)]
                assert ours == [(t.text, t.whitespace_, t.norm_) for t in reference(one)], one
    # the premise of looking across a space only where it is not between two letters
    plain = Tokenizer(
        tokenizer.vocab,
        None,
        tokenizer.prefix_search,
        tokenizer.suffix_search,
        tokenizer.infix_finditer,
        tokenizer.token_match,
        tokenizer.url_match,
    )
    for rule in rules:
        words = [t.text for t in plain(rule)]
        ends = [sum(map(len, words[: i + 1])) for i in range(len(words) - 1)]
        assert not [k for k in ends if rule[k - 1].isalpha() and rule[k].isalpha()], (rule, words)


def test_the_tokenizer_reads_serialises_and_pickles_with_every_special_case():
    import pickle

    from spacy.tokenizer import Tokenizer

    from genderscan.nlp import PREPARE_CHARS, _blank, parse

    reference = _full_tokenizer().rules
    nlp = _blank()
    tokenizer = nlp.tokenizer
    assert len(spacy.blank("nl").tokenizer.from_bytes(_fresh(tokenizer).to_bytes()).rules) == len(reference)
    assert _fresh(tokenizer).rules == reference
    assert len(pickle.loads(pickle.dumps(_fresh(tokenizer))).rules) == len(reference)
    # a document gets the special cases it needs, and once documents were long enough, all
    parse(nlp, ["Zie bijv. de nota.", "Dat is o.a. :( ( zo."])
    assert {"bijv.", "o.a.", ":(", ":(("} <= set(Tokenizer.rules.__get__(tokenizer)) and tokenizer._waiting
    parse(nlp, ["De vrouwen werken. " * (PREPARE_CHARS // 19 + 1)])
    assert not tokenizer._waiting


def test_a_passage_longer_than_spacy_s_default_limit_is_accepted():
    # spaCy's default (1,000,000) and our old 5,000,000 ended a 7 MB paragraph in GS-E000 (E088); the
    # pipeline is linear in the text and the file size limit bounds the input
    from genderscan.nlp import get_pipeline
    from genderscan.settings import DEFAULT_MAX_MB

    assert get_pipeline().max_length > DEFAULT_MAX_MB * 1024 * 1024
