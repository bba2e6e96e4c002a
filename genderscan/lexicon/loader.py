"""Load and validate the YAML lexicon (``lexicons/nl``) plus user files."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import errors
from ..errors import LexiconError
from ..model import SEVERITIES
from ..resources import lexicon_dir
from .cache import cached
from .checker import Checker
from .regexcheck import check_regex, token_regexes
from .schema import (
    ATRIA_QUESTIONS,
    CATEGORIES,
    DEFAULT_PRONOUNS,
    DOMAINS,
    MEASURES,
    PATTERN_KINDS,
    TRANSLATED,
    AnaphoraPattern,
    Antecedents,
    Category,
    CompoundPattern,
    Lexicon,
    Measure,
    ModelPattern,
    NearPattern,
    Pattern,
    Question,
    Rule,
    StanceCues,
    TermsPattern,
    Theme,
    TokensPattern,
    compound_term,
)
from .yamlread import read_yaml

MIN_EXAMPLES = 2


def load_lexicon(
    extra: Iterable[str | Path] = (),
    language: str = "nl",
    disable: Iterable[str] = (),
    disable_source: str = "--disable",
    *,
    cache: bool = True,
) -> Lexicon:
    """Load the shipped lexicon for *language*, then the user's files in *extra*.

    A user file adds rules to a category or replaces a built-in rule with the
    same id; its ``disable`` list, like *disable*, switches rules or whole
    categories off. Unknown ids in a disable list are coded errors, naming
    *disable_source* (where *disable* came from) or the file.

    With *cache* (the default), an unchanged lexicon is read from the per-user
    cache of :mod:`genderscan.lexicon.cache` instead of being parsed and
    checked again; the result is the same.
    """
    extra, disable = list(extra), list(disable)
    if not cache:
        return _load(extra, language, disable, disable_source)
    base = lexicon_dir(language)
    files = [*sorted(base.rglob("*.yml")), *extra_files(extra)]
    return cached(lambda: _load(extra, language, disable, disable_source), files, disable, disable_source)


def _load(extra: list[str | Path], language: str, disable: list[str], disable_source: str) -> Lexicon:
    base = lexicon_dir(language)
    files: list[Path] = []

    def read(path: Path) -> Any:
        files.append(path)
        return read_yaml(path)

    meta = Checker(str(base / "lexicon.yml"), read(base / "lexicon.yml"))
    sources = _sources(base / "sources.yml", read(base / "sources.yml"))
    sets = _term_sets(meta)
    categories: dict[str, Category] = {}
    for path in sorted((base / "stereotypes").glob("*.yml")):
        cat = _category(path, expand_sets(read(path), sets, path), sources, builtin=True)
        if cat is None:
            continue
        if cat.id in categories:
            old = categories[cat.id]
            cat = replace(old, rules=old.rules + cat.rules)
        categories[cat.id] = cat
    _check_unique_ids([r for c in categories.values() for r in c.rules])
    switched_off = [(item, disable_source) for item in disable]
    user_rules: list[Rule] = []
    for path in extra_files(extra):
        data = expand_sets(read(path), sets, path)
        cat = _category(path, data, sources, builtin=False)
        switched_off += [(item, str(path)) for item in Checker(str(path), data).texts("disable")]
        if cat is None:
            continue
        user_rules.extend(cat.rules)
        _check_unique_ids(user_rules)
        categories[cat.id] = _merge(categories.get(cat.id), cat, path)
    questions = _questions(base / "questions.yml", read(base / "questions.yml"), sources)
    measures_file = base / "measures.yml"
    measures, evidence_cues = _measures(measures_file, expand_sets(read(measures_file), sets, measures_file), sources)
    ordered = tuple(categories[c] for c in CATEGORIES if c in categories)
    english = base / "translations" / "en.yml"
    if english.is_file():
        parts = {
            "categories": {c.id for c in ordered},
            "rules": {r.id for c in ordered for r in c.rules},
            "questions": {q.id for q in questions},
            "measures": {m.id for m in measures},
        }
        en = _translate(parts, english, read(english))

        def pick(section: str, entry: Category | Rule | Question | Measure) -> tuple[tuple[str, str], ...]:
            return entry.en or en.get((section, entry.id), ())

        ordered = tuple(
            replace(c, en=pick("categories", c), rules=tuple(replace(r, en=pick("rules", r)) for r in c.rules))
            for c in ordered
        )
        questions = tuple(replace(q, en=pick("questions", q)) for q in questions)
        measures = tuple(replace(m, en=pick("measures", m)) for m in measures)
    antecedents = _antecedents(meta)
    stance = _stance(base / "stance.yml", read(base / "stance.yml"))
    # the digest covers every file read, so it is taken after the last read
    return Lexicon(
        version=f"{meta.text('version')}+{_digest(files, disable)}",
        language=meta.text("language"),
        sources=sources,
        categories=_with_compounds(
            tuple(
                replace(c, rules=tuple(_with_antecedents(r, antecedents) for r in c.rules))
                for c in _disable(ordered, switched_off)
            )
        ),
        stance=stance,
        questions=questions,
        measures=measures,
        domains=_domains(meta),
        gender_terms=meta.texts("gender_terms", minimum=1, terms=True),
        gender_blind_threshold=meta.number("gender_blind_threshold", 1.0),
        male_terms=meta.texts("male_terms", minimum=1, terms=True),
        antecedents=antecedents,
        section_kinds=_section_kinds(meta),
        delegation=meta.texts("delegation", terms=True),
        delegation_ended=meta.texts("delegation_ended", terms=True),
        national_self=meta.texts("national_self", terms=True),
        agreement_self=meta.texts("agreement_self", terms=True),
        budget_titles=tuple(t.lower() for t in meta.texts("budget_titles")),
        budget_lines=meta.texts("budget_lines", terms=True),
        decision_items=meta.texts("decision_items", terms=True),
        template_prompts=meta.texts("template_prompts", terms=True),
        domain_headings=meta.texts("domain_headings", terms=True),
        other_headings=meta.texts("other_headings", terms=True),
        income_support=meta.texts("income_support", terms=True),
        jobseekers=meta.texts("jobseekers", terms=True),
        other_social=meta.texts("other_social", terms=True),
        domain_senses=meta.texts("domain_senses", terms=True),
        title_precedence=_title_precedence(meta),
        title_other_people=meta.texts("title_other_people", terms=True),
        back_matter=tuple(t.lower() for t in meta.texts("back_matter")),
        themes=_themes(meta, sources),
        evidence_cues=evidence_cues,
        files=tuple(str(f) for f in files),
    )


def _title_precedence(meta: Checker) -> tuple[str, ...]:
    """``title_precedence`` in lexicon.yml: domain ids, each one of ``domains``."""
    found = meta.texts("title_precedence")
    unknown = [d for d in found if d not in (meta.data.get("domains") or {})]
    if unknown:
        meta.fail(f"unknown domain id(s) in title_precedence: {', '.join(unknown)}")
    return found


def _themes(meta: Checker, sources: dict) -> tuple[Theme, ...]:
    """``themes`` in lexicon.yml: per theme id its name, terms, fact, source and an optional ``en:`` block."""
    if "themes" not in meta.data:
        return ()
    c = meta.sub("themes")
    out = []
    for theme_id in c.data:
        t = c.sub(theme_id, f"theme {theme_id}")
        t.only("name", "terms", "fact", "source", "en")
        en: tuple[tuple[str, str], ...] = ()
        if "en" in t.data:
            e = t.sub("en", f"theme {theme_id} en")
            e.only("name", "fact")
            en = tuple((k, e.text(k)) for k in ("name", "fact") if k in e.data)
        out.append(
            Theme(
                id=str(theme_id),
                name=t.text("name"),
                terms=t.texts("terms", minimum=1, terms=True),
                fact=t.text("fact"),
                source=_source(t, sources),
                en=en,
            )
        )
    return tuple(out)


SECTION_KINDS = ("analyse", "maatregelen")
ANTECEDENT_CLASSES = ("female", "institutions", "offices", "not_personal", "person_acts")


def _antecedents(meta: Checker) -> Antecedents:
    """``antecedents`` in lexicon.yml: word classes that say what a pronoun refers back to."""
    if "antecedents" not in meta.data:
        return Antecedents()
    c = meta.sub("antecedents")
    c.only(*ANTECEDENT_CLASSES)
    return Antecedents(**{k: c.texts(k, terms=True) for k in ANTECEDENT_CLASSES})


# A Dutch compound names what its last part names: a "buurtbewoner" and a "hoofdhuurder" are a bewoner and a
# huurder, an "ervaringsdeskundige" a deskundige. A person noun of an anaphora pattern therefore also matches the
# compounds that end in it, when it is long enough not to end other words by chance ("ouder" ends "houder",
# "melder" ends "rookmelder", "iemand" ends "niemand"; "persoon" ends "rechtspersoon", an organisation; "speler",
# "kiezer" and "sporter" end "mediaspeler", "zenderkiezer" and "transporter"; "huurder" ends "verhuurder", mostly a
# corporation; "trainer" ends "hometrainer", so its rule lists the compounds it means itself). A first part that
# names a man ("herenspeler", "jongensleerling") makes no generic person.
COMPOUND_HEAD_MIN_LETTERS = 6

NOT_COMPOUND_HEADS = frozenset(
    {
        "iemand", "iedereen", "eenieder", "niemand", "elkeen", "degene", "persoon", "melder", "burger", "beller",
        "speler", "kiezer", "sporter", "huurder", "trainer",
    }
)  # fmt: skip


def _with_compounds(categories: tuple[Category, ...]) -> tuple[Category, ...]:
    """Every anaphora pattern with a compound of each plain word of its antecedents that heads compounds (in the
    singular only: ``re:^\\w+bewoner$``; the plain word's lemma takes its plural, which a "*word" term would take too);
    not where another rule lists such a compound itself ("arbeidsgehandicapte" is GM002's, so GM005's
    "gehandicapte" does not take it over)."""
    listed: dict[str, set[str]] = {}
    for c in categories:
        for r in c.rules:
            for p in r.patterns:
                if isinstance(p, AnaphoraPattern):
                    for term in p.antecedent:
                        listed.setdefault(term.lstrip("*"), set()).add(r.id)

    def heads(rule_id: str, term: str) -> bool:
        if len(term) < COMPOUND_HEAD_MIN_LETTERS or not term.isalpha() or term in NOT_COMPOUND_HEADS:
            return False
        return not any(w != term and w.endswith(term) and ids - {rule_id} for w, ids in listed.items())

    def expand(rule: Rule) -> Rule:
        if not any(isinstance(p, AnaphoraPattern) for p in rule.patterns):
            return rule
        patterns = tuple(
            replace(p, antecedent=(*p.antecedent, compound_term(words)))
            if isinstance(p, AnaphoraPattern) and (words := [t for t in p.antecedent if heads(rule.id, t)])
            else p
            for p in rule.patterns
        )
        return replace(rule, patterns=patterns)

    return tuple(replace(c, rules=tuple(expand(r) for r in c.rules)) for c in categories)


def _with_antecedents(rule: Rule, antecedents: Antecedents) -> Rule:
    """*rule* with the lexicon's antecedent classes in its anaphora and near patterns."""

    def put(p: Pattern) -> Pattern:
        return replace(p, antecedents=antecedents) if isinstance(p, (AnaphoraPattern, NearPattern, ModelPattern)) else p

    if (
        not any(isinstance(p, (AnaphoraPattern, NearPattern, ModelPattern)) for p in rule.patterns)
        and rule.also_near is None
    ):
        return rule
    also = None if rule.also_near is None else replace(rule.also_near, antecedents=antecedents)
    return replace(rule, patterns=tuple(put(p) for p in rule.patterns), also_near=also)


def _section_kinds(meta: Checker) -> dict[str, tuple[str, ...]]:
    if "section_kinds" not in meta.data:
        return {}
    c = meta.sub("section_kinds")
    c.only(*SECTION_KINDS)
    return {k: c.texts(k, minimum=1, terms=True) for k in SECTION_KINDS if k in c.data}


def _term_sets(meta: Checker) -> dict[str, tuple[str, ...]]:
    """Named term lists (``term_sets`` in lexicon.yml), used in rules as ``"@name"``."""
    c = meta.sub("term_sets")
    return {str(name): c.texts(name, minimum=1, terms=True) for name in c.data}


def expand_sets(data: Any, sets: dict[str, tuple[str, ...]], path: Path) -> Any:
    """Replace each ``"@name"`` item of a list by the terms of that set, recursively."""
    if isinstance(data, dict):
        return {k: expand_sets(v, sets, path) for k, v in data.items()}
    if isinstance(data, list):
        out: list[Any] = []
        for item in data:
            if isinstance(item, str) and item.startswith("@"):
                if item[1:] not in sets:
                    raise LexiconError(
                        f"{path}: unknown term set '{item}' (defined: {', '.join('@' + s for s in sets)})",
                        code=errors.LEXICON_SCHEMA,
                    )
                out.extend(sets[item[1:]])
            else:
                out.append(expand_sets(item, sets, path))
        return out
    return data


def _merge(old: Category | None, new: Category, path: Path) -> Category:
    """*new*'s rules added to *old*; a rule with an existing id replaces it in place."""
    if old is None:
        if not (new.label and new.atria_question and new.unintended_effect):
            raise LexiconError(
                f"{path}: a new category needs label, atria_question and unintended_effect", code=errors.LEXICON_SCHEMA
            )
        return new
    replacing = {r.id: r for r in new.rules}
    rules = tuple(replacing.pop(r.id, r) for r in old.rules) + tuple(r for r in new.rules if r.id in replacing)
    return replace(
        old,
        label=new.label or old.label,
        atria_question=new.atria_question or old.atria_question,
        unintended_effect=new.unintended_effect or old.unintended_effect,
        rules=rules,
    )


def _disable(categories: tuple[Category, ...], items: list[tuple[str, str]]) -> tuple[Category, ...]:
    """Drop disabled categories and rules; an id that names neither is an error."""
    cat_ids = {c.id for c in categories}
    rule_ids = {r.id for c in categories for r in c.rules}
    for item, where in items:
        if item not in cat_ids and item not in rule_ids:
            raise LexiconError(
                f"{where}: cannot disable '{item}': no such rule id or category", code=errors.LEXICON_UNKNOWN_ID
            )
    off = {item for item, _ in items}
    kept = []
    for c in categories:
        if c.id in off:
            continue
        kept.append(replace(c, rules=tuple(r for r in c.rules if r.id not in off)))
    return tuple(c for c in kept if c.rules)


def extra_files(extra: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for item in extra:
        p = Path(item)
        if p.is_dir():
            try:  # glob says nothing of a folder it may not list: it finds no file
                names = sorted(e.name for e in os.scandir(p))
            except OSError as exc:
                raise LexiconError(f"{p}: cannot read: {exc.strerror or exc}", code=errors.LEXICON_UNREADABLE) from exc
            out.extend([p / n for n in names if n.endswith(".yml")] + [p / n for n in names if n.endswith(".yaml")])
        elif p.is_file():
            out.append(p)
        else:
            raise LexiconError(f"{p}: lexicon file not found", code=errors.LEXICON_NOT_FOUND)
    return out


def _digest(files: list[Path], disable: Iterable[str]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    for item in sorted(disable):
        h.update(b"disable\0" + item.encode() + b"\0")
    return h.hexdigest()[:8]


def _sources(path: Path, data: Any) -> dict[str, dict[str, str]]:
    top = Checker(str(path), data)
    out = {}
    for key, entry in top.data.items():
        c = Checker(str(path), entry, f"source {key}")
        c.only("title", "author", "year", "publisher", "url")
        out[str(key)] = {k: str(v) for k, v in sorted(entry.items())}
        c.text("title")
    return out


def _source(c: Checker, sources: dict) -> str:
    key = c.text("source")
    if key not in sources:
        c.fail(f"unknown source '{key}' (not in sources.yml)", code=errors.LEXICON_UNKNOWN_SOURCE)
    return key


def _category(path: Path, data: Any, sources: dict, builtin: bool) -> Category | None:
    """A category file. User files may leave out label etc. (adding to a category) or hold only ``disable``."""
    c = Checker(str(path), data)
    c.only("category", "label", "atria_question", "unintended_effect", "rules", "disable")
    if builtin and "disable" in c.data:
        c.fail("'disable' belongs in a user's lexicon file, not in the shipped lexicon")
    if not builtin and "category" not in c.data and "rules" not in c.data:
        if "disable" not in c.data:
            c.fail("a lexicon file needs 'category' and 'rules', or 'disable'")
        return None
    cat_id = c.choice("category", CATEGORIES)
    rules_data = c.data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        c.fail("'rules' must be a non-empty list")
    rules = tuple(_rule(path, cat_id, r, sources, i) for i, r in enumerate(rules_data, 1))
    optional = not builtin
    return Category(
        id=cat_id,
        label=c.text("label") if not (optional and "label" not in c.data) else "",
        atria_question=c.choice("atria_question", ATRIA_QUESTIONS)
        if not (optional and "atria_question" not in c.data)
        else "",
        unintended_effect=c.text("unintended_effect") if not (optional and "unintended_effect" not in c.data) else "",
        rules=rules,
        file=str(path),
    )


def _english(c: Checker, kind: str) -> tuple[tuple[str, str], ...]:
    """An ``en:`` block: the English of an entry's reader-facing texts (a measure's practice
    examples as a list of texts, in the order of the lexicon's)."""
    if kind != "measure":
        c.only(*TRANSLATED[kind])
        return tuple((k, c.text(k)) for k in TRANSLATED[kind] if k in c.data)
    c.only(*TRANSLATED[kind], "practice")
    texts = tuple((k, c.text(k)) for k in TRANSLATED[kind] if k in c.data)
    return texts + tuple((f"practice.{i}", t) for i, t in enumerate(c.texts("practice"), 1))


def _translate(lexicon_parts: dict, path: Path, data: Any) -> dict:
    """Attach ``translations/en.yml`` to categories, rules, questions and measures (an entry's
    own ``en:`` block wins). An id the lexicon does not have is an error: it is a typo."""
    top = Checker(str(path), data)
    top.only("language", "categories", "rules", "questions", "measures")
    out = {}
    for section, kind in (
        ("categories", "category"),
        ("rules", "rule"),
        ("questions", "question"),
        ("measures", "measure"),
    ):
        known = lexicon_parts[section]
        sub = top.sub(section)
        for entry_id in sub.data:
            if str(entry_id) not in known:
                sub.fail(f"'{entry_id}' is not a {kind} id of the lexicon", code=errors.LEXICON_UNKNOWN_ID)
            out[(section, str(entry_id))] = _english(sub.sub(entry_id), kind)
    return out


def _rule(path: Path, category: str, data: Any, sources: dict, index: int) -> Rule:
    rid = data.get("id") if isinstance(data, dict) else None
    c = Checker(str(path), data, f"rule {rid or '#' + str(index)}")
    c.only(
        "id",
        "severity",
        "message",
        "explanation",
        "suggestion",
        "source",
        "patterns",
        "unless",
        "negatable",
        "vetoable",
        "alone",
        "gives_way_to",
        "examples",
        "atria_question",
        "unintended_effect",
        "when_missing",
        "also_near",
        "en",
    )
    when_missing = c.texts("when_missing")
    gives_way_to = _categories(c, "gives_way_to")

    unknown = [m for m in when_missing if m not in MEASURES]
    if unknown:
        c.fail(f"unknown measure id(s) in when_missing: {', '.join(unknown)}; expected one of {', '.join(MEASURES)}")
    rule_id = c.text("id")
    patterns = c.data.get("patterns")
    if not isinstance(patterns, list) or not patterns:
        c.fail("'patterns' must be a non-empty list")
    examples = c.sub("examples")
    examples.only("match", "no_match")
    return Rule(
        id=rule_id,
        category=category,
        severity=c.choice("severity", SEVERITIES),
        message=c.text("message"),
        explanation=c.text("explanation"),
        suggestion=c.text("suggestion"),
        source=_source(c, sources),
        patterns=tuple(_pattern(c, p) for p in patterns),
        unless=c.texts("unless", terms=True),
        examples_match=examples.texts("match", minimum=MIN_EXAMPLES),
        examples_no_match=examples.texts("no_match", minimum=MIN_EXAMPLES),
        file=str(path),
        negatable=c.flag("negatable", True),
        vetoable=c.flag("vetoable", True),
        alone=c.flag("alone", False),
        gives_way_to=gives_way_to,
        atria_question=c.choice("atria_question", ATRIA_QUESTIONS) if "atria_question" in c.data else None,
        unintended_effect=c.text("unintended_effect") if "unintended_effect" in c.data else None,
        when_missing=when_missing,
        also_near=_near(c.sub("also_near")) if "also_near" in c.data else None,
        en=_english(c.sub("en"), "rule") if "en" in c.data else (),
    )


def _pattern(rule: Checker, data: Any) -> Pattern:
    if not isinstance(data, dict) or len(data) != 1:
        rule.fail("each pattern must be a mapping with exactly one of: " + ", ".join(PATTERN_KINDS))
    kind, spec = next(iter(data.items()))
    if kind == "terms":
        return TermsPattern(Checker(rule.file, {"terms": spec}, rule.where).texts("terms", minimum=1, terms=True))
    if kind == "compound":
        c = Checker(rule.file, spec, f"{rule.where} compound")
        c.only("prefix", "head")
        return CompoundPattern(c.texts("prefix", minimum=1), c.texts("head", minimum=1))
    if kind == "near":
        return _near(Checker(rule.file, spec, f"{rule.where} near"))
    if kind == "anaphora":
        c = Checker(rule.file, spec, f"{rule.where} anaphora")
        c.only("antecedent", "pronoun", "next_sentence", "organisation")
        pronouns = c.texts("pronoun", terms=True) or DEFAULT_PRONOUNS
        return AnaphoraPattern(
            c.texts("antecedent", minimum=1, terms=True),
            pronouns,
            c.flag("next_sentence", True),
            organisation=c.texts("organisation", terms=True),
        )
    if kind == "tokens":
        _check_tokens(rule, spec)
        return TokensPattern(tuple(spec))
    if kind == "model":
        c = Checker(rule.file, {} if spec is None else spec, f"{rule.where} model")
        c.only("threshold", "pronoun", "role_threshold")
        threshold = c.number("threshold", 0.9)
        if not 0 < threshold < 1:
            c.fail("'threshold' must be a probability between 0 and 1")
        pronoun = c.flag("pronoun", False)
        role = None
        if "role_threshold" in c.data:
            role = c.number("role_threshold", threshold)
            if not pronoun or not 0 < role <= threshold:
                c.fail("'role_threshold' needs 'pronoun: true' and a probability above 0, at most 'threshold'")
        return ModelPattern(float(threshold), pronoun, None if role is None else float(role))
    rule.fail(f"unknown pattern kind '{kind}'; expected one of {', '.join(PATTERN_KINDS)}")
    raise AssertionError  # unreachable


def _near(c: Checker) -> NearPattern:
    c.only("groups", "window", "head", "across_clauses", "pairs", "previous_sentence")
    groups = c.data.get("groups")
    if not isinstance(groups, list) or len(groups) < 2:
        c.fail("'groups' needs at least two lists of terms")
    checked = []
    for g in groups:
        checked.append(Checker(c.file, {"g": g}, c.where).texts("g", minimum=1, terms=True))
    head = c.data.get("head")
    if head is not None and (isinstance(head, bool) or not isinstance(head, int) or not 0 <= head < len(groups)):
        c.fail(f"'head' must be the index (0-{len(groups) - 1}) of a group")
    return NearPattern(
        tuple(checked),
        int(c.number("window", 10)),
        head,
        c.flag("across_clauses", False),
        _pairs(c, len(groups)),
        previous_sentence=c.flag("previous_sentence", False),
    )


def _pairs(c: Checker, count: int) -> tuple[tuple[int, int], ...]:
    """``pairs``: lists of two group indexes, each group in one pair at most."""
    data = c.data.get("pairs", [])
    ok = isinstance(data, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(i, int) and not isinstance(i, bool) for i in p)
        for p in data
    )
    flat = [i for p in data for i in p] if ok else []
    if data and count < 4:
        c.fail(f"'pairs' needs two pairs of groups, so at least four groups; this pattern has {count}")
    if not ok or len(data) == 1 or len(set(flat)) != len(flat) or any(not 0 <= i < count for i in flat):
        c.fail(f"'pairs' must be two or more pairs of distinct group indexes (0-{count - 1}), e.g. [[0, 1], [2, 3]]")
    return tuple((p[0], p[1]) for p in data)


def _check_tokens(rule: Checker, spec: Any) -> None:
    if not isinstance(spec, list) or not spec:
        rule.fail("'tokens' must be a non-empty list of token specs", code=errors.LEXICON_BAD_PATTERN)
    from spacy.matcher import Matcher  # imported here: the CLI must start without spaCy
    from spacy.vocab import Vocab

    try:
        Matcher(Vocab(), validate=True).add("check", [spec])
    except Exception as exc:  # spaCy raises ValueError/MatchPatternError
        first = str(exc).strip().splitlines()[0][:200]
        rule.fail(f"invalid token pattern: {first}", code=errors.LEXICON_BAD_PATTERN)
    for pattern in token_regexes(spec):
        risk = check_regex(pattern)
        if risk:
            rule.fail(f"regular expression '{pattern}' refused: {risk}", code=errors.LEXICON_BAD_PATTERN)


def _check_unique_ids(rules: list[Rule]) -> None:
    seen: dict[str, str] = {}
    for r in rules:
        if r.id in seen:
            raise LexiconError(
                f"{r.file} (rule {r.id}): duplicate rule id, already defined in {seen[r.id]}",
                code=errors.LEXICON_DUPLICATE_ID,
            )
        seen[r.id] = r.file


def _stance(path: Path, data: Any) -> StanceCues:
    c = Checker(str(path), data)
    c.only(
        "critical",
        "positive_action",
        "each_person",
        "context",
        "negations",
        "negation_window",
        "quotes",
        "title_cues",
        "following",
        "scoped",
        "definitions",
        "past",
        "contrast",
        "contrast_adverbs",
        "contrast_subjects",
        "frames",
        "conditional_openers",
        "conditional_modals",
        "expectation_verbs",
        "addressees",
        "form_labels",
        "verifying",
        "reported_text",
        "attribution",
        "own_voice",
        "own_plan",
        "targets",
        "adoption",
        "endorsement",
        "affirmation",
        "endorsers",
        "statistic",
        "quantifier",
        "genre_density",
        "speech_verbs",
        "staff_speakers",
        "own_channels",
        "outside_speakers",
    )
    quotes = c.data.get("quotes", [])
    if not isinstance(quotes, list) or not all(isinstance(q, str) and len(q) == 2 for q in quotes):
        c.fail("'quotes' must be a list of two-character texts (opening and closing mark)")
    return StanceCues(
        critical=c.texts("critical", minimum=1, terms=True),
        negations=c.texts("negations", minimum=1, terms=True),
        negation_window=int(c.number("negation_window", 4)),
        quote_pairs=tuple((q[0], q[1]) for q in quotes),
        positive_action=c.texts("positive_action", terms=True),
        each_person=c.texts("each_person", terms=True),
        title_cues=c.texts("title_cues"),
        context=c.texts("context", terms=True),
        following=c.texts("following", terms=True),
        scoped=c.texts("scoped", terms=True),
        definitions=c.texts("definitions", terms=True),
        past=c.texts("past", terms=True),
        contrast=tuple(t.lower() for t in c.texts("contrast")),
        contrast_adverbs=tuple(t.lower() for t in c.texts("contrast_adverbs")),
        contrast_subjects=tuple(t.lower() for t in c.texts("contrast_subjects")),
        frames=c.texts("frames", terms=True),
        conditional_openers=tuple(t.lower() for t in c.texts("conditional_openers")),
        conditional_modals=tuple(t.lower() for t in c.texts("conditional_modals")),
        expectation_verbs=tuple(t.lower() for t in c.texts("expectation_verbs")),
        addressees=tuple(t.lower() for t in c.texts("addressees")),
        form_labels=tuple(t.lower() for t in c.texts("form_labels")),
        verifying=tuple(t.lower() for t in c.texts("verifying")),
        reported_text=tuple(t.lower() for t in c.texts("reported_text")),
        attribution=c.texts("attribution", terms=True),
        own_voice=c.texts("own_voice", terms=True),
        own_plan=c.texts("own_plan", terms=True),
        targets=c.texts("targets", terms=True),
        adoption=c.texts("adoption", terms=True),
        affirmation=c.texts("affirmation", terms=True),
        endorsement=c.texts("endorsement", terms=True),
        endorsers=c.texts("endorsers", terms=True),
        statistic=c.texts("statistic", terms=True),
        quantifier=c.texts("quantifier", terms=True),
        genre_density=float(c.number("genre_density", 0)),
        speech_verbs=tuple(t.lower() for t in c.texts("speech_verbs")),
        staff_speakers=tuple(t.lower() for t in c.texts("staff_speakers")),
        own_channels=tuple(t.lower() for t in c.texts("own_channels")),
        outside_speakers=tuple(t.lower() for t in c.texts("outside_speakers")),
    )


def _questions(path: Path, data: Any, sources: dict) -> tuple[Question, ...]:
    top = Checker(str(path), data)
    top.only("questions")
    out = []
    for i, q in enumerate(top.data.get("questions") or [], 1):
        c = Checker(str(path), q, f"question {q.get('id') if isinstance(q, dict) else '#' + str(i)}")
        c.only(
            "id",
            "question",
            "guidance",
            "source",
            "topic",
            "requires_gender",
            "answered_at",
            "from_critical",
            "describes",
            "examples",
        )
        examples = _examples(c)
        out.append(
            Question(
                id=c.text("id"),
                question=c.text("question"),
                guidance=c.text("guidance"),
                source=_source(c, sources),
                topic=c.texts("topic", minimum=1, terms=True),
                requires_gender=c.flag("requires_gender", True),
                answered_at=int(c.number("answered_at", 2)),
                from_critical=c.flag("from_critical", False),
                describes=c.flag("describes", False),
                examples_match=examples[0],
                examples_no_match=examples[1],
            )
        )
    if not out:
        top.fail("'questions' must be a non-empty list")
    return tuple(out)


_VOWELS = "aeiou"


def _stems(infinitive: str) -> set[str]:
    """The imperative (stem) forms an infinitive may have: regelen -> regel, betalen -> betaal,
    betrekken -> betrek, geven -> geef. Both spellings are kept where the stress decides
    (organiseren -> organiseer, verzamelen -> verzamel)."""
    if not infinitive.endswith("en") or len(infinitive) < 5:
        return set()
    stem = infinitive[:-2]
    out = {stem}
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        out.add(stem[:-1])
    if len(stem) > 2 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
        out.add(stem[:-1] + stem[-2] + stem[-1])
    return {s[:-1] + {"v": "f", "z": "s"}.get(s[-1], s[-1]) for s in out}


def imperative_forms(commitment_cues: tuple[str, ...]) -> tuple[str, ...]:
    """Imperatives of the commitment verbs ("Regel kinderopvang …", "Zorg voor …"): in a guide these
    instruct the reader, so a sentence that opens with one is a recommendation, not a commitment."""
    out: set[str] = set()
    for cue in commitment_cues:
        first, _, rest = cue.partition(" ")
        if first.isalpha():
            out.update(f"{stem} {rest}".strip() for stem in _stems(first) if stem not in _NOUNS)
    return tuple(sorted(out))


# Stems that open many sentences as nouns ("Inzet van de gemeente is …", "School en werk …").
_NOUNS = frozenset({"doel", "inzet", "opzet", "start", "monitor", "school", "afspraak", "aanbod", "voer", "lever"})


# Kinds of measure evidence with cue terms in measures.yml (``evidence_kinds``); "mention" is what is left.
EVIDENCE_CUE_KINDS = ("commitment", "intent", "recommendation", "shortage", "other_sense")
# Cues that are no kind of their own: a text that describes (mention), a document that calls itself advice,
# the people the checklist is about (a commitment that names them is no other_group), a practice that
# already runs (an advice that reports what the municipality does is no recommendation), a refusal, a
# deferral or a decision in the status cell of a table row ("Niet overgenomen", "Wij nemen dit mee bij …": only there is
# it about the row's measure), a waiting list in the sentence after a commitment (there is too little of it)
# and what denies or solves one, a budget post that is only a label, and the sectors to work in (a measure's
# words in a list of them are a sector too).
EVIDENCE_CONTEXT_CUES = (
    "waiting",
    "waiting_solved",
    "description",
    "advice_document",
    "target_group",
    "in_force",
    "imperative",
    "refusal",
    "deferral",
    "decided",
    "label",
    "sector",
    "sector_context",
    "directions",
    "direction_items",
    "needless",
    "needless_not",
)


def _measures(path: Path, data: Any, sources: dict) -> tuple[tuple[Measure, ...], dict[str, tuple[str, ...]]]:
    top = Checker(str(path), data)
    top.only("measures", "evidence_kinds")
    cues: dict[str, tuple[str, ...]] = {}
    if "evidence_kinds" in top.data:
        kinds = top.sub("evidence_kinds")
        kinds.only(*EVIDENCE_CUE_KINDS, *EVIDENCE_CONTEXT_CUES)
        cues = {k: kinds.texts(k, terms=True) for k in (*EVIDENCE_CUE_KINDS, *EVIDENCE_CONTEXT_CUES)}
        # the imperatives of the commitment verbs, and those of verbs that are no commitment cue ("Maak van …")
        cues["imperative"] = tuple(sorted({*imperative_forms(cues["commitment"]), *cues["imperative"]}))
    out = []
    for i, m in enumerate(top.data.get("measures") or [], 1):
        c = Checker(str(path), m, f"measure {m.get('id') if isinstance(m, dict) else '#' + str(i)}")
        c.only(
            "id",
            "name",
            "terms",
            "near",
            "unless",
            "requires_gender",
            "domains",
            "recommendation",
            "source",
            "examples",
            "other_senses",
            "other_groups",
            "national_for_all",
            "for_staff",
            "both_sexes",
            "partner_alone",
            "topic_nearby",
            "void_with",
            "why",
            "practice",
        )
        examples = _examples(c)
        near = c.data.get("near", [])
        if not isinstance(near, list):
            c.fail("'near' must be a list of near patterns")
        domains = c.texts("domains", minimum=1)
        bad = [d for d in domains if d not in DOMAINS]
        if bad:
            c.fail(f"unknown domain(s) {', '.join(bad)}; expected {', '.join(DOMAINS)}")
        out.append(
            Measure(
                id=c.choice("id", MEASURES),
                name=c.text("name"),
                terms=c.texts("terms", minimum=1, terms=True),
                requires_gender=c.flag("requires_gender", False),
                domains=domains,
                recommendation=c.text("recommendation"),
                source=_source(c, sources),
                near=tuple(_near(Checker(str(path), spec, f"{c.where} near")) for spec in near),
                unless=c.texts("unless", terms=True),
                other_senses=c.texts("other_senses", terms=True),
                other_groups=c.texts("other_groups", terms=True),
                national_for_all=c.flag("national_for_all", False),
                for_staff=c.flag("for_staff", False),
                both_sexes=c.flag("both_sexes", False),
                partner_alone=c.flag("partner_alone", False),
                topic_nearby=c.texts("topic_nearby", terms=True),
                void_with=_categories(c, "void_with"),
                examples_match=examples[0],
                examples_no_match=examples[1],
                why=c.text("why") if "why" in c.data else "",
                practice=_practice(c, sources),
            )
        )
    if not out:
        top.fail("'measures' must be a non-empty list")
    return tuple(out), cues


MAX_PRACTICE = 2
"""Practice examples a measure gives at most: the report shows them all."""


def _practice(c: Checker, sources: dict) -> tuple[tuple[str, str], ...]:
    """A measure's examples from practice: a list of {text, source}, at most MAX_PRACTICE."""
    items = c.data.get("practice", [])
    if not isinstance(items, list) or len(items) > MAX_PRACTICE:
        c.fail(f"'practice' must be a list of at most {MAX_PRACTICE} mappings with text and source")
    out = []
    for i, item in enumerate(items, 1):
        p = Checker(c.file, item, f"{c.where} practice #{i}")
        p.only("text", "source")
        out.append((p.text("text"), _source(p, sources)))
    return tuple(out)


def _examples(c: Checker) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A question's or measure's sentences that must and must not count as evidence."""
    examples = c.sub("examples")
    examples.only("match", "no_match")
    return examples.texts("match", minimum=MIN_EXAMPLES), examples.texts("no_match", minimum=MIN_EXAMPLES)


def _domains(meta: Checker) -> dict[str, tuple[str, ...]]:
    c = meta.sub("domains")
    c.only(*[d for d in DOMAINS if d != "other"])
    return {d: c.texts(d, minimum=1, terms=True) for d in DOMAINS if d != "other"}


def _categories(c: Checker, key: str) -> tuple[str, ...]:
    """The category ids listed under *key*; GS-E202 for an unknown one."""
    found = c.texts(key)
    if any(g not in CATEGORIES for g in found):
        c.fail(f"unknown category id(s) in {key}; expected some of {', '.join(CATEGORIES)}")
    return found
