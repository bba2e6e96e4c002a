"""The Dutch spaCy pipeline, built once per process.

Default: ``spacy.blank("nl")`` + a sentencizer + :func:`simplemma_lemmatizer`
(simplemma's Dutch lemmas on ``token.lemma_``, lower-cased). A trained
pipeline (``nl_core_news_sm`` or a directory saved with ``nlp.to_disk``) is
used instead when named with ``--model``; a sentencizer is added when it has
no sentence boundaries of its own.
"""

from __future__ import annotations

import functools
from typing import Iterable

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from . import errors
from .errors import ConfigError
from .lemmas import lemma_of

LEMMATIZER = "simplemma_lemmatizer"
DEFAULT_PIPELINE = "blank:nl+simplemma"


# lower-cased word hash -> its lemma (text); the hash of a string is the same in every vocabulary
_LEMMAS: dict[int, str] = {}


@Language.component(LEMMATIZER)
def simplemma_lemmatizer(doc: Doc) -> Doc:
    """Set ``token.lemma_`` from simplemma (Dutch), lower-cased.

    Works on attribute arrays (``to_array``/``from_array``) rather than Token
    objects, which cost more than the lemma lookup itself.
    """
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    lemmas = []
    for h in doc.to_array(LOWER).tolist():
        text = _LEMMAS.get(h)
        if text is None:
            if len(_LEMMAS) > 500_000:
                _LEMMAS.clear()
            text = _LEMMAS[h] = lemma_of(strings[h])
        lemmas.append(strings.add(text))
    doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
    return doc


# Footnote markers set in superscript ("gezien.⁷") are split off, so the full
# stop before them still ends the sentence and the word stays matchable.
SUPERSCRIPT_SUFFIX = r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+"


def _split_footnote_markers(nlp: Language) -> None:
    suffixes = list(nlp.Defaults.suffixes or []) + [SUPERSCRIPT_SUFFIX]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def _blank() -> Language:
    nlp = spacy.blank("nl")
    _split_footnote_markers(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(LEMMATIZER)
    nlp.max_length = 5_000_000
    return nlp


def _trained(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError) as exc:
        first = str(exc).splitlines()[0][:160]
        raise ConfigError(f"cannot load spaCy pipeline '{name}': {first}", code=errors.MODEL_NOT_LOADABLE) from exc
    if nlp.lang != "nl":
        raise ConfigError(f"spaCy pipeline '{name}' is for language '{nlp.lang}', not Dutch (nl)", code=errors.MODEL_NOT_LOADABLE)
    if not {"parser", "senter", "sentencizer"} & set(nlp.pipe_names):
        nlp.add_pipe("sentencizer", first=True)
    if "lemmatizer" not in nlp.pipe_names and "trainable_lemmatizer" not in nlp.pipe_names:
        nlp.add_pipe(LEMMATIZER)
    return nlp


@functools.lru_cache(maxsize=4)
def get_pipeline(model: str | None = None) -> Language:
    """The pipeline for *model* (None: the blank Dutch default), built once."""
    return _trained(model) if model else _blank()


def pipeline_name(nlp: Language) -> str:
    """``lang_name-version`` of a loaded trained pipeline, e.g. ``nl_core_news_sm-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'nl')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> list[Doc]:
    """Run all passage texts through ``nlp.pipe`` in one stream."""
    return list(nlp.pipe(texts, batch_size=batch_size))
