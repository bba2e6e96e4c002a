"""``genderscan evaluate``: measure the lexicon against labelled data.

Two JSONL formats (see ``../shared/eval/README.md`` and DESIGN.md):

* sentence level: ``{"id", "text", "labels", "stance"}`` per line. Each text
  is analysed as its own passage; a text is predicted to carry category C
  when an *assertion* finding of C is reported in it. Gold labels count only
  when ``stance == "assertion"``; critical and neutral texts are negatives
  for every category. Separately: the share of critical texts without any
  assertion.
* document level: ``{"file", "domain", "expected_categories",
  "measures_present", "measures_missing", "gender_blind"}`` per line, paths
  relative to the JSONL file. Scored: categories (as above, per document),
  measure status, domain and gender-blindness. Two optional keys:

  - ``sections``: the headings of the social-domain sections the verdicts
    are about (a heading title, or a heading path as a list of titles;
    ``[]``: none). Every section of the document (each heading path with
    words) is social when it is one of them or lies under one; it is scored
    against the domain the report gives it (``mentions.sections``): section
    accuracy, also weighted by words.
  - ``evidence_kinds``: ``[{"text", "measure", "kind"}]``, the kind of a
    sentence that names a measure (commitment, other_group, intent, recommendation,
    mention, shortage, other_sense; ``none``: no evidence of that measure).
    The sentence is looked up (by its text, or a part of it) among all the
    evidence of the measure, not only the few a report keeps: evidence-kind
    accuracy.
* pronoun level: ``{"id", "text", "pronoun", "nth", "reading"}`` per line
  (``eval/pronouns/README.md``): each item labels the *nth* whole-word
  occurrence of *pronoun*. For hij/zijn/hem an item is right when a
  generic-masculine rule matches that pronoun exactly when ``reading ==
  "generic"``; for hun/zij/ze/haar when the pronoun is read as referring to
  women (:func:`genderscan.analysis.coref.refers_to_women`; without a parse
  every such pronoun counts, as in a rule's group) exactly when the reading
  is ``female_group`` or ``female``. Scored: accuracy, per reading, and the
  two decisions as precision and recall.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import errors, jsonin
from .errors import InputError
from .lexicon.schema import CATEGORIES
from .model import EVIDENCE_KINDS

SENTENCE_KEYS = ("text", "labels", "stance")
EVIDENCE_KEYS = ("text", "measure", "kind")
NO_EVIDENCE = "none"
"""An ``evidence_kinds`` label: the sentence is no evidence of the measure at all."""
DOCUMENT_KEYS = ("file", "expected_categories")
PRONOUN_KEYS = ("text", "pronoun", "nth", "reading")
STANCES = ("assertion", "critical", "none")
READINGS = (
    "generic",
    "verb",
    "institution",
    "thing",
    "neuter",
    "male",
    "female",
    "plural",
    "female_group",
    "paired",
)
MASCULINE_ITEMS = ("hij", "zijn", "hem")
FEMININE_ITEMS = ("hun", "zij", "ze", "haar")
GENERIC_MASCULINE = "generic_masculine"
"""Pronoun decision: a generic-masculine rule matches the pronoun."""
WOMEN = "women"
"""Pronoun decision: the pronoun refers to women (it counts in a rule's ``@vrouwen`` group)."""


@dataclass
class Score:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[str], predicted: set[str], category: str) -> None:
        g, p = category in gold, category in predicted
        self.tp += g and p
        self.fp += p and not g
        self.fn += g and not p

    def to_dict(self) -> dict[str, Any]:
        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 4)

        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": r(self.precision),
            "recall": r(self.recall),
            "f1": r(self.f1),
        }


@dataclass
class ItemResult:
    """One labelled item and what genderscan found in it."""

    id: str
    text: str
    gold: list[str]
    stance: str
    predicted: list[str]
    findings: list[dict[str, str]]

    @property
    def correct(self) -> bool:
        return set(self.gold) == set(self.predicted)


@dataclass
class Evaluation:
    """All figures of one evaluation run."""

    kind: str
    file: str
    lexicon_version: str
    items: int
    categories: dict[str, Score]
    micro: Score
    critical_total: int = 0
    critical_clean: int = 0
    results: list[ItemResult] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def critical_share(self) -> float | None:
        return self.critical_clean / self.critical_total if self.critical_total else None

    @property
    def errors(self) -> list[ItemResult]:
        return [r for r in self.results if not r.correct]

    def to_dict(self, with_errors: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "file": self.file,
            "lexicon_version": self.lexicon_version,
            "items": self.items,
            "categories": {c: s.to_dict() for c, s in self.categories.items()},
            "micro": self.micro.to_dict(),
        }
        if self.kind == "sentences":
            share = self.critical_share
            out["critical"] = {
                "total": self.critical_total,
                "without_assertion": self.critical_clean,
                "share": None if share is None else round(share, 4),
            }
        out.update(self.extra)
        if with_errors:
            out["errors"] = [asdict(r) for r in self.errors]
        return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL file; blank lines skipped, bad lines are coded errors."""
    if not path.is_file():
        raise InputError(f"{path}: file not found", code=errors.FILE_NOT_FOUND)
    records = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text", code=errors.BAD_EVAL_FILE) from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})", code=errors.UNREADABLE_FILE) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = jsonin.loads(line)
        except jsonin.BadJson as exc:
            raise InputError(f"{path}:{n}: invalid JSON: {exc}", code=errors.BAD_EVAL_FILE) from exc
        if not isinstance(rec, dict):
            raise InputError(f"{path}:{n}: each line must be a JSON object", code=errors.BAD_EVAL_FILE)
        records.append(rec)
    if not records:
        raise InputError(f"{path}: no records", code=errors.BAD_EVAL_FILE)
    return records


def _check(path: Path, n: int, rec: dict, keys: tuple[str, ...]) -> None:
    missing = [k for k in keys if k not in rec]
    if missing:
        raise InputError(f"{path}: record {n}: missing key(s) {', '.join(missing)}", code=errors.BAD_EVAL_FILE)
    not_text = [k for k in ("text", "file") if k in rec and not (isinstance(rec[k], str) and rec[k].strip())]
    if not_text:
        raise InputError(f"{path}: record {n}: '{not_text[0]}' must be a non-empty text", code=errors.BAD_EVAL_FILE)
    labels = rec.get("labels", rec.get("expected_categories", []))
    if not isinstance(labels, list) or any(lab not in CATEGORIES for lab in labels):
        raise InputError(
            f"{path}: record {n}: labels must be a list of category ids ({', '.join(CATEGORIES)})",
            code=errors.BAD_EVAL_FILE,
        )
    if "stance" in keys and rec["stance"] not in STANCES:
        raise InputError(f"{path}: record {n}: stance must be one of {', '.join(STANCES)}", code=errors.BAD_EVAL_FILE)
    sections = rec.get("sections", [])
    if not isinstance(sections, list) or not all(
        (isinstance(x, str) and x.strip())
        or (isinstance(x, list) and x and all(isinstance(h, str) and h.strip() for h in x))
        for x in sections
    ):
        raise InputError(
            f"{path}: record {n}: sections must be a list of headings (a title, or a path as a list of titles)",
            code=errors.BAD_EVAL_FILE,
        )
    kinds = rec.get("evidence_kinds", [])
    allowed = (*EVIDENCE_KINDS, NO_EVIDENCE)
    if not isinstance(kinds, list) or not all(
        isinstance(x, dict)
        and set(x) == set(EVIDENCE_KEYS)
        and all(isinstance(x[k], str) and x[k].strip() for k in EVIDENCE_KEYS)
        and x["kind"] in allowed
        for x in kinds
    ):
        raise InputError(
            f"{path}: record {n}: evidence_kinds must be a list of {{text, measure, kind}} with kind one of "
            f"{', '.join(allowed)}",
            code=errors.BAD_EVAL_FILE,
        )


def evaluate_file(
    analyzer, path: str | Path, progress=None, *, documents: bool = False, root: str | Path | None = None
) -> Evaluation:
    """Evaluate *analyzer* on a sentence- or document-level JSONL file.

    The level is recognised from the records; *documents* insists on the
    document level. Document paths are relative to *root* (default: the
    JSONL file's folder).
    """
    p = Path(path)
    records = read_jsonl(p)
    if documents and not all("file" in r for r in records):
        raise InputError(f"{p}: --documents needs a 'file' key in every record", code=errors.BAD_EVAL_FILE)
    if not documents and all("reading" in r and "pronoun" in r for r in records):
        for n, r in enumerate(records, 1):
            _check_pronoun(p, n, r)
        return evaluate_pronouns(analyzer, records, str(p))
    if not documents and all("text" in r for r in records):
        for n, r in enumerate(records, 1):
            _check(p, n, r, SENTENCE_KEYS)
        return evaluate_sentences(analyzer, records, str(p))
    if all("file" in r for r in records):
        for n, r in enumerate(records, 1):
            _check(p, n, r, DOCUMENT_KEYS)
        return evaluate_documents(analyzer, records, p, progress, root=Path(root) if root else p.parent)
    raise InputError(
        f"{p}: records need either 'text' (sentence level), 'file' (document level) or 'pronoun' and 'reading' "
        "(pronoun level)",
        code=errors.BAD_EVAL_FILE,
    )


def _check_pronoun(path: Path, n: int, rec: dict) -> None:
    missing = [k for k in PRONOUN_KEYS if k not in rec]
    if missing:
        raise InputError(f"{path}: record {n}: missing key(s) {', '.join(missing)}", code=errors.BAD_EVAL_FILE)
    if rec["reading"] not in READINGS:
        raise InputError(f"{path}: record {n}: reading must be one of {', '.join(READINGS)}", code=errors.BAD_EVAL_FILE)
    if rec["pronoun"] not in MASCULINE_ITEMS + FEMININE_ITEMS:
        raise InputError(
            f"{path}: record {n}: pronoun must be one of {', '.join(MASCULINE_ITEMS + FEMININE_ITEMS)}",
            code=errors.BAD_EVAL_FILE,
        )
    if isinstance(rec["nth"], bool) or not isinstance(rec["nth"], int) or rec["nth"] < 1:
        raise InputError(f"{path}: record {n}: nth must be a whole number from 1", code=errors.BAD_EVAL_FILE)
    if not isinstance(rec["text"], str) or _occurrence(" ".join(rec["text"].split()), rec["pronoun"], rec["nth"]) < 0:
        raise InputError(
            f"{path}: record {n}: the text has no occurrence {rec['nth']} of '{rec['pronoun']}'",
            code=errors.BAD_EVAL_FILE,
        )


def _occurrence(text: str, word: str, nth: int) -> int:
    """Character offset of the *nth* whole-word occurrence of *word* in *text* (case-insensitive), or -1."""
    found = list(re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))
    return found[nth - 1].start() if len(found) >= nth else -1


def _empty_scores(analyzer) -> dict[str, Score]:
    return {c.id: Score() for c in analyzer.lexicon.categories}


def evaluate_sentences(analyzer, records: list[dict[str, Any]], name: str = "<records>") -> Evaluation:
    """Score assertion findings per category over sentence-level records."""
    per_text = analyzer.findings_per_text([str(r["text"]) for r in records])
    scores = _empty_scores(analyzer)
    ev = Evaluation("sentences", name, analyzer.lexicon.version, len(records), scores, Score())
    for n, (rec, findings) in enumerate(zip(records, per_text, strict=True), 1):
        gold = set(rec["labels"]) if rec["stance"] == "assertion" else set()
        predicted = {c for f in findings if f.stance == "assertion" for c in f.categories()}
        for cat in scores:
            scores[cat].add(gold, predicted, cat)
            ev.micro.add(gold, predicted, cat)
        if rec["stance"] == "critical":
            ev.critical_total += 1
            ev.critical_clean += not predicted
        ev.results.append(
            ItemResult(
                id=str(rec.get("id", n)),
                text=str(rec["text"]),
                gold=sorted(gold),
                stance=rec["stance"],
                predicted=sorted(predicted),
                findings=[
                    {"rule_id": f.rule_id, "category": f.category, "stance": f.stance, "matched_text": f.matched_text}
                    for f in findings
                ],
            )
        )
    return ev


def evaluate_pronouns(analyzer, records: list[dict[str, Any]], name: str = "<records>") -> Evaluation:
    """Score the pronoun readings: generic masculine on hij/zijn/hem, women on hun/zij/ze/haar.

    Every text is one passage, parsed as ``analyse`` parses it. A pronoun
    counts as generic masculine when a generic-masculine rule matches it
    (any stance; a report shows one finding per rule and sentence, this
    looks at every pronoun).
    """
    from .analysis import parse_document
    from .analysis.coref import antecedent, refers_to_women
    from .model import Document, Location, Passage

    texts = [" ".join(str(r["text"]).split()) for r in records]
    passages = tuple(Passage(t, Location(file="<eval>", paragraph=i)) for i, t in enumerate(texts, 1))
    document = Document(path="<eval>", format="txt", passages=passages, sha256="")
    parsed = parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)
    lexicon = analyzer.lexicon
    decisions = {GENERIC_MASCULINE: Score(), WOMEN: Score()}
    ev = Evaluation("pronouns", name, lexicon.version, len(records), decisions, Score())
    per_reading: dict[str, list[int]] = {}
    for n, (rec, text, pp) in enumerate(zip(records, texts, parsed, strict=True), 1):
        start = _occurrence(text, rec["pronoun"], rec["nth"])
        tok = next(t for t in pp.doc if t.idx <= start < t.idx + len(t))
        reading = rec["reading"]
        if rec["pronoun"] in MASCULINE_ITEMS:
            decision = GENERIC_MASCULINE
            want = reading == "generic"
            got = tok.i in _generic_masculine(pp, lexicon)
        else:
            decision = WOMEN
            want = reading in ("female_group", "female")
            women = refers_to_women(pp.hits, tok, lexicon.antecedents)
            got = True if women is None else women  # without a parse a group's pronoun always counts
        gold, predicted = {decision} if want else set(), {decision} if got else set()
        decisions[decision].add(gold, predicted, decision)
        ev.micro.add(gold, predicted, decision)
        counts = per_reading.setdefault(reading, [0, 0])
        counts[0] += want == got
        counts[1] += 1
        found = antecedent(pp.hits, tok, lexicon.antecedents)
        resolved = "-" if found is None else f"{pp.doc[found.i].text} ({found.kind})"
        ev.results.append(
            ItemResult(
                id=str(rec.get("id", n)),
                text=text,
                gold=sorted(gold),
                stance=reading,
                predicted=sorted(predicted),
                findings=[{"pronoun": f"{rec['pronoun']} #{rec['nth']}", "antecedent": resolved}],
            )
        )
    correct = sum(c for c, _ in per_reading.values())

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    ev.extra = {
        "accuracy": {"correct": correct, "total": len(records), "accuracy": ratio(correct, len(records))},
        "per_reading": {
            r: {"correct": c, "total": t, "accuracy": ratio(c, t)}
            for r in READINGS
            if r in per_reading
            for c, t in [per_reading[r]]
        },
        "syntax": analyzer.syntax is not None,
    }
    return ev


def _generic_masculine(pp, lexicon) -> set[int]:
    """Tokens of *pp* that a generic-masculine (anaphora) rule matches, ``unless`` terms honoured."""
    from .analysis.rules import rule_matches
    from .lexicon.schema import AnaphoraPattern

    rules = [r for r in lexicon.rules if any(isinstance(p, AnaphoraPattern) for p in r.patterns)]
    sents = pp.sentences()
    out: set[int] = set()
    for si, sent in enumerate(sents):
        previous = sents[si - 1] if si else None
        for rule in rules:
            for m in rule_matches(pp.hits, rule, sent, previous):
                if m.distance and not pp.hits.any(rule.keys.unless, pp.doc[m.context_start : sent.end]):
                    out.add(m.start)
    return out


def evaluate_documents(
    analyzer, records: list[dict[str, Any]], path: Path, progress=None, root: Path | None = None
) -> Evaluation:
    """Score categories, measures, domain and gender-blindness per document.

    A document that cannot be read is reported with its error code and
    scored as a miss on everything; the other documents are still evaluated.
    """
    from .errors import GenderscanError

    scores = _empty_scores(analyzer)
    ev = Evaluation("documents", str(path), analyzer.lexicon.version, len(records), scores, Score())
    measure_ok = measure_total = domain_ok = blind_ok = 0
    per_measure: dict[str, list[int]] = {m.id: [0, 0] for m in analyzer.lexicon.measures}
    missing_outside_domain = 0
    details = []
    base = root if root is not None else path.parent
    sections = SectionScore()
    kinds = KindScore()
    for n, rec in enumerate(records, 1):
        try:
            report = analyzer.analyse(base / rec["file"])
        except GenderscanError as exc:
            details.append({"file": rec["file"], "error": f"{exc.code}: {exc.message}"})
            ev.results.append(
                ItemResult(
                    id=str(rec["file"]),
                    text="",
                    gold=sorted(rec["expected_categories"]),
                    stance="document",
                    predicted=[],
                    findings=[],
                )
            )
            for cat in scores:
                scores[cat].add(set(rec["expected_categories"]), set(), cat)
                ev.micro.add(set(rec["expected_categories"]), set(), cat)
            measure_total += len(rec.get("measures_present", [])) + len(rec.get("measures_missing", []))
            for key in ("measures_present", "measures_missing"):
                for mid in rec.get(key, []):
                    per_measure.setdefault(mid, [0, 0])[1] += 1
            domain_ok += "domain" not in rec
            blind_ok += "gender_blind" not in rec
            continue
        gold = set(rec["expected_categories"])
        predicted = {c for f in report.findings if f.stance == "assertion" for c in f.categories()}
        for cat in scores:
            scores[cat].add(gold, predicted, cat)
            ev.micro.add(gold, predicted, cat)
        status = {m.id: m.status for m in report.measures}
        wrong_measures = []
        for key, want in (("measures_present", "present"), ("measures_missing", "missing")):
            for mid in rec.get(key, []):
                measure_total += 1
                counts = per_measure.setdefault(mid, [0, 0])
                counts[1] += 1
                if status.get(mid) == want:
                    measure_ok += 1
                    counts[0] += 1
                else:
                    wrong_measures.append(f"{mid}: {status.get(mid)} (expected {want})")
        if rec.get("domain") == "other":
            missing_outside_domain += sum(1 for m in report.measures if m.status == "missing")
        doc_score = Score()
        for cat in scores:
            doc_score.add(gold, predicted, cat)
        domain_hit = "domain" not in rec or report.domain.id == rec["domain"]
        blind_hit = "gender_blind" not in rec or report.gender_blind == rec["gender_blind"]
        domain_ok += domain_hit
        blind_ok += blind_hit
        detail: dict[str, Any] = {
            "file": rec["file"],
            "domain": report.domain.id,
            "domain_ok": domain_hit,
            "gender_blind": report.gender_blind,
            "gender_blind_ok": blind_hit,
            "wrong_measures": wrong_measures,
            "categories": doc_score.to_dict(),
        }
        if "sections" in rec or "evidence_kinds" in rec:
            parsed = _parse(analyzer, base / rec["file"])
            if "sections" in rec:
                detail["wrong_sections"] = sections.add(rec["sections"], parsed, report)
            if "evidence_kinds" in rec:
                detail["wrong_evidence_kinds"] = kinds.add(
                    rec["evidence_kinds"], parsed, report, analyzer.lexicon, analyzer.options.domain
                )
        details.append(detail)
        ev.results.append(
            ItemResult(
                id=str(rec["file"]),
                text="",
                gold=sorted(gold),
                stance="document",
                predicted=sorted(predicted),
                findings=[
                    {"rule_id": f.rule_id, "category": f.category, "stance": f.stance, "matched_text": f.matched_text}
                    for f in report.findings
                    if f.stance == "assertion" and f.category not in gold
                ],
            )
        )
        if progress:
            progress(n, len(records))

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    ev.extra = {
        "measures": {"correct": measure_ok, "total": measure_total, "accuracy": ratio(measure_ok, measure_total)},
        "per_measure": {
            m: {"correct": c, "total": t, "accuracy": ratio(c, t)} for m, (c, t) in per_measure.items() if t
        },
        "missing_outside_domain": missing_outside_domain,
        "domain": {"correct": domain_ok, "total": len(records), "accuracy": ratio(domain_ok, len(records))},
        "gender_blind": {"correct": blind_ok, "total": len(records), "accuracy": ratio(blind_ok, len(records))},
        "documents": details,
    }
    if sections.total:
        ev.extra["sections"] = sections.to_dict()
    if kinds.total:
        ev.extra["evidence_kinds"] = kinds.to_dict()
    return ev


def _normal(heading: str) -> str:
    """A heading compared with a label: case, spacing and trailing punctuation do not count."""
    return " ".join(heading.split()).casefold().rstrip(" .:;")


def _parse(analyzer, path: Path) -> list:
    """The parsed passages of a document, as ``analyse`` parses them."""
    from .analysis import parse_document
    from .ingest import read_document

    opts = analyzer.options
    document = read_document(path, pdf_engine=opts.pdf_engine, max_mb=opts.max_mb, ocr=opts.ocr)
    return parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)


@dataclass
class SectionScore:
    """Sections whose domain (social or not) the report gives as labelled, also weighted by words."""

    correct: int = 0
    total: int = 0
    correct_words: int = 0
    words: int = 0

    def add(self, labels: list, parsed: list, report) -> list[str]:
        """Score one document; the sections it got wrong (and labels that name no section)."""
        from .analysis.mentions import passage_words

        singles = {_normal(x) for x in labels if isinstance(x, str)}
        paths = [tuple(_normal(h) for h in x) for x in labels if isinstance(x, list)]
        words: dict[tuple[str, ...], int] = {}
        for pp in parsed:
            if pp.passage.location.section_path:
                path = pp.passage.location.section_path
                words[path] = words.get(path, 0) + passage_words(pp)
        parts = [(tuple(s.path), s.domain) for s in report.mentions.sections]
        wrong = []
        seen: set[str] = set()
        for path, n in words.items():
            if not n:
                continue
            norm = tuple(_normal(h) for h in path)
            hits = singles & set(norm)
            hits |= {" > ".join(p) for p in paths if norm[: len(p)] == p}
            seen |= hits
            gold = bool(hits)
            # the part the section lies in: the longest heading path of a part that starts its own
            found = max((p for p in parts if path[: len(p[0])] == p[0]), key=lambda p: len(p[0]), default=None)
            predicted = found is not None and found[1] != "other"
            self.total += 1
            self.words += n
            if gold == predicted:
                self.correct += 1
                self.correct_words += n
            else:
                wanted = "social" if gold else "other"
                wrong.append(f"{' > '.join(path)}: {found[1] if found else 'other'} (expected {wanted})")
        unknown = (singles | {" > ".join(p) for p in paths}) - seen
        wrong.extend(f"{label}: no such section" for label in sorted(unknown))
        return wrong

    def to_dict(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": round(self.correct / self.total, 4) if self.total else None,
            "words_accuracy": round(self.correct_words / self.words, 4) if self.words else None,
        }


@dataclass
class KindScore:
    """Labelled measure evidence whose kind genderscan gives as labelled, per labelled kind."""

    per_kind: dict[str, list[int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(t for _, t in self.per_kind.values())

    def add(self, labels: list[dict], parsed: list, report, lexicon, domain: str | None = None) -> list[str]:
        """Score one document's labels; the ones it got wrong."""
        from .analysis import evidence_scope, scope
        from .analysis.evidence import stereotyped_sentences
        from .analysis.mentions import passage_words
        from .analysis.rules import measure_evidence

        measures = {m.id: m for m in lexicon.measures}
        domains, _ = scope(parsed, lexicon, [passage_words(pp) for pp in parsed], domain)
        scoped = evidence_scope(parsed, domains)
        exclude = stereotyped_sentences(list(report.findings))
        found: dict[str, list] = {}
        wrong = []
        for label in labels:
            mid = label["measure"]
            if mid not in measures:
                wrong.append(f"{mid}: no such measure")
                continue
            if mid not in found:
                found[mid] = measure_evidence(scoped, measures[mid], exclude, lexicon.stance.negation_window)
            text = _normal(label["text"])
            match = next((e for e in found[mid] if text in _normal(e.text) or _normal(e.text) in text), None)
            got = match.kind if match is not None else NO_EVIDENCE
            counts = self.per_kind.setdefault(label["kind"], [0, 0])
            counts[1] += 1
            if got == label["kind"]:
                counts[0] += 1
            else:
                wrong.append(f"{mid}: {got} (expected {label['kind']}): {label['text'][:80]}")
        return wrong

    def to_dict(self) -> dict[str, Any]:
        correct = sum(c for c, _ in self.per_kind.values())
        return {
            "correct": correct,
            "total": self.total,
            "accuracy": round(correct / self.total, 4) if self.total else None,
            "per_kind": {
                k: {"correct": c, "total": t, "accuracy": round(c / t, 4)}
                for k, (c, t) in sorted(self.per_kind.items())
            },
        }


def format_text(ev: Evaluation, show_errors: bool = False) -> str:
    """The plain-text report: a table per category, micro average, extras, errors."""

    def fmt(v: float | None) -> str:
        return "   -" if v is None else f"{v:.2f}"

    lines = [f"evaluate {ev.file} ({ev.kind}: {ev.items} items, lexicon {ev.lexicon_version})", ""]
    if ev.kind == "pronouns":
        return _format_pronouns(ev, lines, show_errors)
    lines.append(f"{'category':<20} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
    for cat, s in ev.categories.items():
        lines.append(f"{cat:<20} {fmt(s.precision):>5} {fmt(s.recall):>5} {fmt(s.f1):>5} {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    m = ev.micro
    lines.append(f"{'micro':<20} {fmt(m.precision):>5} {fmt(m.recall):>5} {fmt(m.f1):>5} {m.tp:>4} {m.fp:>4} {m.fn:>4}")
    if ev.kind == "sentences" and ev.critical_total:
        lines.append("")
        lines.append(f"critical without assertion: {ev.critical_clean}/{ev.critical_total} ({ev.critical_share:.0%})")
    for key in ("measures", "domain", "gender_blind"):
        if key in ev.extra:
            e = ev.extra[key]
            lines.append(f"{key.replace('_', '-')} accuracy: {e['correct']}/{e['total']}")
    if "sections" in ev.extra:
        e = ev.extra["sections"]
        lines.append(f"section domain accuracy: {e['correct']}/{e['total']} ({e['words_accuracy']:.0%} of the words)")
    if "evidence_kinds" in ev.extra:
        e = ev.extra["evidence_kinds"]
        per = ", ".join(f"{k} {v['correct']}/{v['total']}" for k, v in e["per_kind"].items())
        lines.append(f"evidence-kind accuracy: {e['correct']}/{e['total']} ({per})")
    if "per_measure" in ev.extra:
        lines.append("")
        lines.append(f"{'measure':<28} {'correct':>7}")
        for mid, e in ev.extra["per_measure"].items():
            lines.append(f"{mid:<28} {e['correct']:>3}/{e['total']:<3}")
        lines.append(f"measures reported missing in 'other'-domain documents: {ev.extra['missing_outside_domain']}")
        lines.append("")
        lines.append(f"{'document':<52} {'P':>5} {'R':>5}")
        for d in ev.extra["documents"]:
            if "error" in d:
                lines.append(f"{d['file'][:52]:<52} error {d['error']}")
            else:
                c = d["categories"]
                lines.append(f"{d['file'][:52]:<52} {fmt(c['precision']):>5} {fmt(c['recall']):>5}")
    if show_errors:
        wrong = ev.errors
        lines.append("")
        lines.append(f"errors ({len(wrong)}):")
        for r in wrong:
            missed = sorted(set(r.gold) - set(r.predicted))
            extra = sorted(set(r.predicted) - set(r.gold))
            head = f"  {r.id} [{r.stance}]"
            if missed:
                head += f" missed: {', '.join(missed)}"
            if extra:
                head += f" wrong: {', '.join(extra)}"
            lines.append(head)
            if r.text:
                lines.append(f"    {r.text}")
            for f in r.findings:
                lines.append(f"    -> {f['rule_id']} {f['category']} {f['stance']}: {f['matched_text']}")
        for d in ev.extra.get("documents", []):
            for w in d.get("wrong_measures", []):
                lines.append(f"  {d['file']}: measure {w}")
            for w in d.get("wrong_sections", []):
                lines.append(f"  {d['file']}: section {w}")
            for w in d.get("wrong_evidence_kinds", []):
                lines.append(f"  {d['file']}: evidence {w}")
            if not d.get("domain_ok", True):
                lines.append(f"  {d['file']}: domain {d['domain']}")
            if not d.get("gender_blind_ok", True):
                lines.append(f"  {d['file']}: gender_blind {d['gender_blind']}")
    return "\n".join(lines) + "\n"


def _format_pronouns(ev: Evaluation, lines: list[str], show_errors: bool) -> str:
    """Accuracy, per reading, the two decisions, and the items read wrongly."""

    def fmt(v: float | None) -> str:
        return "   -" if v is None else f"{v:.2f}"

    acc = ev.extra["accuracy"]
    if not ev.extra.get("syntax"):
        lines.append("(no syntax model: word windows; every hun/zij/ze/haar counts as women)")
    lines.append(f"accuracy: {acc['correct']}/{acc['total']} ({fmt(acc['accuracy'])})")
    lines.append("")
    lines.append(f"{'reading':<14} {'correct':>9} {'acc':>5}")
    for reading, e in ev.extra["per_reading"].items():
        lines.append(f"{reading:<14} {e['correct']:>4}/{e['total']:<4} {fmt(e['accuracy']):>5}")
    lines.append("")
    lines.append(f"{'decision':<20} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
    for name, s in ev.categories.items():
        lines.append(
            f"{name:<20} {fmt(s.precision):>5} {fmt(s.recall):>5} {fmt(s.f1):>5} {s.tp:>4} {s.fp:>4} {s.fn:>4}"
        )
    wrong = ev.errors
    lines.append("")
    lines.append(f"errors ({len(wrong)}):")
    for r in wrong:
        said = ", ".join(r.predicted) or "nothing"
        info = r.findings[0] if r.findings else {}
        lines.append(
            f"  {r.id} [{r.stance}] {info.get('pronoun', '')}: found {said}; antecedent read: {info.get('antecedent')}"
        )
        if show_errors:
            lines.append(f"    {r.text}")
    return "\n".join(lines) + "\n"
