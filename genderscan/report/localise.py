"""A report's reader-facing texts in another language (``--lang en``).

Messages, explanations, suggestions and effects of findings, category labels,
questions, measure names, recommendations, reasons and practice examples, and the names and facts of
themes come from the lexicon's translations (``lexicons/nl/translations/en.yml``, or a rule's own ``en:``
block). Ids, figures, statuses and everything quoted from the document stay
as they are, so the JSON of both languages differs only in those texts and
in ``language``.
"""

from __future__ import annotations

import copy

from .. import errors
from ..errors import ConfigError
from ..lexicon.schema import LANGUAGES, Lexicon


def localise(data: dict, lexicon: Lexicon, lang: str) -> dict:
    """A copy of the report dict *data* with its texts in *lang*."""
    if lang not in LANGUAGES:
        raise ConfigError(
            f"unknown report language '{lang}' (expected one of {', '.join(LANGUAGES)})", code=errors.BAD_OPTION
        )
    if lang == "nl":  # the texts are Dutch already: nothing below the top level changes
        return {**data, "language": lang}
    out = copy.deepcopy(data)
    out["language"] = lang
    rules = {r.id: r for r in lexicon.rules}
    categories = {c.id: c for c in lexicon.categories}
    questions = {q.id: q for q in lexicon.questions}
    measures = {m.id: m for m in lexicon.measures}
    for f in out["findings"]:
        rule = rules.get(f["rule_id"])
        if rule is not None:
            for key in ("message", "explanation", "suggestion"):
                f[key] = rule.text(key, lang)
            if f.get("unintended_effect"):
                f["unintended_effect"] = rule.text("unintended_effect", lang)
    for c in out["categories"]:
        if c["id"] in categories:
            c["label"] = categories[c["id"]].text("label", lang)
            c["unintended_effect"] = categories[c["id"]].text("unintended_effect", lang)
    for q in out["questions"]:
        if q["id"] in questions:
            q["question"] = questions[q["id"]].text("question", lang)
            q["guidance"] = questions[q["id"]].text("guidance", lang)
    for m in out["measures"]:
        if m["id"] in measures:
            m["name"] = measures[m["id"]].text("name", lang)
            m["recommendation"] = measures[m["id"]].text("recommendation", lang)
            if m.get("why"):
                m["why"] = measures[m["id"]].text("why", lang)
            texts = measures[m["id"]].practice_texts(lang)
            for practice, text in zip(m.get("practice") or [], texts, strict=False):
                practice["text"] = text
    themes = {t.id: t for t in lexicon.themes}
    for t in out.get("themes") or []:  # absent in reports from before schema 1.15
        if t["id"] in themes:
            t["name"] = themes[t["id"]].text("name", lang)
            t["fact"] = themes[t["id"]].text("fact", lang)
    return out
