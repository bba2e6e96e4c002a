"""Syntax on demand: a trained Dutch pipeline tags and parses only the sentences a rule asks about.

genderscan's own pipeline (:mod:`genderscan.nlp`) splits every passage into
words and sentences and gives every word its simplemma lemma; the lexicon
matches on that. Part of speech, morphology and dependencies come from a
trained pipeline, and only for the sentences where a rule needs them (a
possessive *zijn*, the antecedent of *hij*, a term with a constraint such as
``{Poss=Yes}``): :func:`sentence_syntax` parses such a sentence the first time
it is asked for and keeps the result on the passage's Doc. A long budget with
a few dozen such sentences parses a few dozen sentences.

The default is genderscan's own pipeline ``nl_genderscan``, trained on the UD
Dutch treebanks (``training/``, CC BY-SA 4.0) and shipped in the package;
``--model NAME|PATH`` takes any installed Dutch spaCy pipeline with a parser,
and ``--model blank`` works without one (rules then fall back to word
windows). Tokens, sentences and lemmas stay genderscan's own in every case,
so a rule matches the same words whichever model parses.
"""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, HEAD, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import errors
from .errors import ConfigError
from .model import PipelineInfo
from .resources import data_dir

SHIPPED = "nl_genderscan"
"""Name of the pipeline genderscan ships (``lang_name`` in spaCy's terms)."""
BLANK = "blank"
"""``--model blank``: no trained pipeline; rules that need syntax use word windows."""
# Components that do not tag or parse: genderscan sets sentences and lemmas itself.
_NOT_NEEDED = frozenset(
    {
        "lemmatizer",
        "trainable_lemmatizer",
        "ner",
        "entity_ruler",
        "entity_linker",
        "span_ruler",
        "spancat",
        "senter",
        "sentencizer",
        "textcat",
        "textcat_multilabel",
    }
)
# A sentence longer than this is parsed in pieces of this many words (PDF tables can make one
# "sentence" of thousands of words; the parser's cost and the value of its parse both suffer).
MAX_PARSE_WORDS = 150
_USER_DATA_KEY = "genderscan.syntax"
_PARSE_PREFIX = f"{_USER_DATA_KEY}:"
_KEPT_KEY = "genderscan.syntax.kept"
_SENT_STARTS_KEY = "genderscan.sentence_starts"
# What the tagger, morphologizer and parser set on a parsed copy (with its words, all that it holds).
_PARSE_ATTRS = [TAG, POS, MORPH, HEAD, DEP, SENT_START]
_NO_TENSOR = numpy.zeros((0,), dtype="float32")
NO_TOKENIZER = "genderscan.no_tokenizer.v1"
"""A tokenizer for pipelines that read Docs made from genderscan's own tokens."""


def shipped_path() -> Path:
    """Folder of the shipped pipeline (``models/nl_genderscan``; in a wheel ``genderscan/_data/models/…``)."""
    return data_dir("models") / SHIPPED


@spacy.registry.tokenizers(NO_TOKENIZER)
def _no_tokenizer():
    """A tokenizer that is never used: genderscan builds each sentence's Doc from its own tokens.

    Loading a pipeline with it (and without the saved tokenizer) skips
    building spaCy's Dutch tokenizer exceptions, which is most of the
    pipeline's load time.
    """

    def create(nlp: Language):
        def tokenize(text: str) -> Doc:
            return Doc(nlp.vocab, words=text.split())

        return tokenize

    return create


class SyntaxModel:
    """A trained pipeline's tagging and parsing components, loaded on first use."""

    def __init__(self, spec: str | Path, meta: dict[str, Any], *, shipped: bool = False) -> None:
        self.spec = str(spec)
        self.meta = meta
        self.shipped = shipped
        self._nlp: Language | None = None
        self.parsed_words = 0
        """Words tagged and parsed so far (the benchmarks and tests read it)."""

    @property
    def name(self) -> str:
        return f"{self.meta.get('lang', 'nl')}_{self.meta.get('name', 'pipeline')}"

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "0"))

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def nlp(self) -> Language:
        """The loaded pipeline (loaded the first time; a coded GS-E301 error when it cannot load)."""
        if self._nlp is None:
            self._nlp = _load(self.spec)
        return self._nlp

    def components(self) -> tuple[str, ...]:
        """The components that run on a parsed sentence, in order."""
        if self._nlp is not None:
            return tuple(self._nlp.pipe_names)
        return tuple(n for n in self.meta.get("pipeline", ()) if n not in _NOT_NEEDED)

    def parse_words(self, words: list[str], spaces: list[bool]) -> Doc:
        """Tag and parse one sentence given as words: a Doc in the model's vocabulary."""
        nlp = self.nlp()
        starts: list[bool | int | None] = [True, *([False] * (len(words) - 1))]  # one sentence: the parser keeps it
        doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
        for _, component in nlp.pipeline:
            doc = component(doc)
        # the tagger and parser are done with tok2vec's output: dropped, it is a third of the copy's memory
        doc.tensor = _NO_TENSOR
        self.parsed_words += len(words)
        return doc


LOAD_ERRORS = (OSError, ValueError, ImportError, KeyError)
"""What ``spacy.load`` raises for a pipeline that is missing, damaged or of another version."""


def load_without_tokenizer(spec: str | Path, exclude: Iterable[str] = ()) -> Language:
    """``spacy.load`` of a pipeline that reads Docs made from genderscan's own tokens: without its saved
    tokenizer (:data:`NO_TOKENIZER`), whose Dutch exceptions are most of the load time. Raises LOAD_ERRORS."""
    return spacy.load(
        spec, exclude=["tokenizer", *exclude], config={"nlp": {"tokenizer": {"@tokenizers": NO_TOKENIZER}}}
    )


def load_error(exc: BaseException) -> str:
    """The first line of *exc*'s message, at most 160 characters, for a one-line GS-E301."""
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


def _load(spec: str) -> Language:
    try:
        nlp = load_without_tokenizer(spec, _NOT_NEEDED)
    except LOAD_ERRORS as exc:
        raise ConfigError(
            f"cannot load spaCy pipeline '{spec}': {load_error(exc)}", code=errors.MODEL_NOT_LOADABLE
        ) from exc
    if nlp.lang != "nl":
        raise ConfigError(
            f"spaCy pipeline '{spec}' is for language '{nlp.lang}', not Dutch (nl)", code=errors.MODEL_NOT_LOADABLE
        )
    names = set(nlp.pipe_names)
    if "parser" not in names or not names & {"morphologizer", "tagger"}:
        raise ConfigError(
            f"spaCy pipeline '{spec}' has no parser and tagger or morphologizer "
            f"(components: {', '.join(nlp.pipe_names) or 'none'}); use --model blank to work without syntax",
            code=errors.MODEL_NOT_LOADABLE,
        )
    return nlp


@functools.lru_cache(maxsize=4)
def syntax_model(spec: str | None = None) -> SyntaxModel | None:
    """The syntax model for ``--model`` *spec*: None = the shipped pipeline, ``blank`` = none (returns None).

    The shipped pipeline loads lazily (its meta is read now); any other
    pipeline loads now, so that a name that does not load is an error before
    the first document.
    """
    if spec == BLANK:
        return None
    if spec is None:
        path = shipped_path()
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"genderscan's Dutch pipeline is missing or damaged at {path} ({type(exc).__name__}); "
                "reinstall genderscan, rebuild it with 'make pipeline', or use --model blank",
                code=errors.MODEL_NOT_LOADABLE,
            ) from exc
        return SyntaxModel(path, meta, shipped=True)
    model = SyntaxModel(spec, {})
    model.meta = dict(model.nlp().meta)
    return model


def pipeline_info(model: SyntaxModel | None, bulk: Iterable[str]) -> PipelineInfo:
    """The report's ``pipeline``: the syntax model's name and version, and every component that ran.

    *bulk* are genderscan's own components (sentences, lemmas). With ``--model
    blank`` the name is ``blank`` and the version spaCy's.
    """
    if model is None:
        return PipelineInfo(BLANK, spacy.about.__version__, ("tokenizer", *bulk))
    return PipelineInfo(model.name, model.version, ("tokenizer", *bulk, *model.components()))


def attach(doc: Doc, model: SyntaxModel | None) -> Doc:
    """Let the rules ask for the syntax of *doc*'s sentences (see :func:`sentence_syntax`)."""
    if model is not None:
        doc.user_data[_USER_DATA_KEY] = model
    return doc


# A clause's or a list item's number or bullet before its sentence ("6.5", "b.", "(c)", "2)", "•"): parsed with
# it, the number became the root and the sentence's own verb hung from it ("6.5 Voor iedere deelnemer … geldt …").
_LABEL = r"(?:\d{1,3}|[a-zA-Z])"  # an item's number or letter, as in "2)" or "(b)"
_MARKER = re.compile(rf"(?:\d+(?:\.\d+)+\.?|[a-zA-Z]\.|[ivxIVX]+\.|[-–•▪·*►]|[(\[]?{_LABEL}[)\]])")
_MARKER_PARTS = re.compile(rf"(?:{_LABEL}|[ivxIVX]+)")


def _marker(sent: Span) -> int:
    """How many words at the start of *sent* are its number or bullet (0 when none, or when little follows)."""
    words = [t.text for t in sent[:4]]
    n = 0
    if words and _MARKER.fullmatch(words[0]):
        n = 1
    elif len(words) >= 3 and words[0] in ("(", "[") and _MARKER_PARTS.fullmatch(words[1]) and words[2] in (")", "]"):
        n = 3  # "( b )"
    elif len(words) >= 2 and re.fullmatch(_LABEL, words[0]) and words[1] in (")", "]"):
        n = 2  # "1 )"
    return n if len(sent) >= n + 3 else 0


def _piece(sent: Span, i: int) -> tuple[int, int]:
    """Start and end (doc offsets) of the part of *sent* that is parsed for the word at *i*: its leading number
    or bullet apart from the rest."""
    lead = _marker(sent)
    if lead and i < sent.start + lead:
        return sent.start, sent.start + lead
    first = sent.start + lead
    if sent.end - first <= MAX_PARSE_WORDS:
        return first, sent.end
    start = first + (i - first) // MAX_PARSE_WORDS * MAX_PARSE_WORDS
    return start, min(start + MAX_PARSE_WORDS, sent.end)


def _sentence(token: Token) -> tuple[int, int]:
    """Start and end of *token*'s sentence, like ``token.sent`` but without its walk to the sentence's
    edges (as long as the sentence: a text without full stops is one sentence of 100,000 words, and a
    rule asking for a thousand of its words took minutes). The starts are found once per Doc."""
    doc = token.doc
    starts = doc.user_data.get(_SENT_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_SENT_STARTS_KEY] = [sent.start for sent in doc.sents]
    at = bisect_right(starts, token.i)
    return starts[at - 1], starts[at] if at < len(starts) else len(doc)


def _parsed(doc: Doc, start: int, end: int) -> Doc | None:
    model = doc.user_data.get(_USER_DATA_KEY)
    if model is None:
        return None
    key = f"{_PARSE_PREFIX}{start}"
    parsed = doc.user_data.get(key)
    if parsed is None:
        span = doc[start:end]
        words = [t.text for t in span]
        spaces = [bool(t.whitespace_) for t in span]
        if spaces:
            spaces[-1] = False
        kept = doc.user_data.get(_KEPT_KEY, {}).pop(key, None)
        if kept is not None:  # parsed before, in a Doc of this passage that was dropped (see parses)
            parsed = Doc(model.nlp().vocab, words=words, spaces=spaces).from_array(_PARSE_ATTRS, kept)
        else:
            parsed = model.parse_words(words, spaces)
        doc.user_data[key] = parsed
    return parsed


def sentence_syntax(sent: Span) -> Doc | None:
    """The parsed copy of *sent* from its first word after a leading number or bullet, if any (word *k* of the copy
    is that word's *k*-th successor in *sent*), or None without a syntax model.

    Sentences longer than :data:`MAX_PARSE_WORDS` give the parse of their first piece; use
    :func:`token_syntax` to reach any word.
    """
    start, end = _piece(sent, sent.start + _marker(sent))
    return _parsed(sent.doc, start, end)


def token_syntax(token: Token) -> Token | None:
    """*token* as tagged and parsed in its sentence (``pos_``, ``morph``, ``dep_``, ``head``), or None.

    The returned token lives in the parsed copy: its ``head`` and ``children``
    are tokens of the copy, whose ``i`` minus :func:`syntax_offset` is the
    offset in the passage's Doc.
    """
    doc = token.doc
    if _USER_DATA_KEY not in doc.user_data:
        return None
    start, end = _piece(doc[slice(*_sentence(token))], token.i)
    parsed = _parsed(doc, start, end)
    return None if parsed is None else parsed[token.i - start]


def past_marker(token: Token) -> Token:
    """*token*, or where it is part of its sentence's leading number or bullet, the first word after it (whose parse
    holds the sentence)."""
    start, end = _sentence(token)
    lead = _marker(token.doc[start:end])
    return token.doc[start + lead] if token.i < start + lead else token


def heads_of(token: Token, limit: int = 40) -> list[Token]:
    """The heads of a parsed *token* up to the root of its sentence, nearest first (at most *limit*)."""
    out: list[Token] = []
    while token.head.i != token.i and len(out) < limit:
        token = token.head
        out.append(token)
    return out


def syntax_offset(token: Token) -> int:
    """Offset of the parsed copy that holds *token* within its passage Doc: ``original.i = copy.i + offset``."""
    return _piece(token.doc[slice(*_sentence(token))], token.i)[0]


def has_syntax(doc: Doc) -> bool:
    return _USER_DATA_KEY in doc.user_data


def parses(doc: Doc) -> dict[str, numpy.ndarray]:
    """The sentences of *doc* the trained pipeline parsed, as compact arrays of what it set (tags,
    morphology, heads, dependencies: about 60 bytes a word, where the parsed copy takes 270), to hand
    to :func:`restore` on a new Doc of the same text: a passage's Doc that was dropped to save
    memory and is made again (``analysis/passages.py``) has no sentence parsed twice."""
    found = dict(doc.user_data.get(_KEPT_KEY, {}))
    for key, value in doc.user_data.items():
        if isinstance(key, str) and key.startswith(_PARSE_PREFIX):
            found[key] = value.to_array(_PARSE_ATTRS)
    return found


def restore(doc: Doc, kept: dict[str, numpy.ndarray]) -> Doc:
    """Hand the parses of :func:`parses` to *doc*, a new Doc of the same text; a parsed copy is
    made again from its array when a rule first asks for it."""
    if kept:
        doc.user_data[_KEPT_KEY] = kept
    return doc
