"""Issue 18, part 5: does a trained classifier earn a place next to the rules?

A spaCy ``textcat_multilabel`` (one label per category: the sentence asserts
it) is trained on genderscan's tuning sentences (``eval/sentences/tune-[a-j]``)
and the development sentences of ``../shared/eval`` (dev, dev2), and scored
by 5-fold cross-validation (fixed seeds) against the same sentences' rule
predictions. Printed, micro-averaged over the assertion labels:

- the rules alone;
- the classifier alone at several thresholds;
- rules OR classifier (the classifier recovering recall);
- rules vetoed where the classifier gives the category a low probability
  (the classifier raising precision).

    .venv/bin/python training/second_opinion.py [--arch bow|ensemble] [--folds 5]

With ``--test FILE`` the classifier is trained once on every development set
(the tuning sentences, dev, dev2 and the held-back sets already used as
development data: heldback, heldback2, heldback4) and scored on FILE, a set
written by someone else: only the aggregate figures are printed, never an
item. Choose the threshold on one such set (``--test heldback3``) and score
the chosen one on a fresh set with ``--threshold``, once.

With ``--ship DIR`` it is trained on all of them (and, unless ``--no-lexicon``,
the lexicon's rule examples) and written to DIR: ``make second-opinion``
writes the shipped ``models/second_opinion``. How genderscan uses it is in
``genderscan/analysis/second_opinion.py``; the filter of ``rules OR it
filtered`` below is the fourth session's (with a finite verb), kept so that
its figures can be made again.

Held-back sentences are never read here. The figures are in README.md ("How
good it is").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GENDERSCAN_SHARED", ROOT.parent / "shared"))
TUNE = "tune-[a-j]"
"""The tuning sets the shipped model is trained on: tune-a to tune-j. tune-k to tune-o (1,959 sentences
written in the eighteenth session) lowered precision in a trial with three seeds (training/README.md)."""


def tuning_files(pattern: str = TUNE) -> list[Path]:
    """The tuning sentence sets matching *pattern* (``tune-*``: all of them), then dev and dev2."""
    return [
        *sorted((ROOT / "eval" / "sentences").glob(f"{pattern}.jsonl")),
        SHARED / "eval" / "dev-sentences.jsonl",
        SHARED / "eval" / "dev2-sentences.jsonl",
    ]


# The last held-back sentence set scored once and read since (1.1.0: heldback14; 1.2.0: heldback31;
# 1.3.0: heldback34; 1.4.0: heldback64; 1.5.0: heldback72; 1.6.0: heldback110; 1.7.0: heldback118).
# Sets after it are fresh: they are scored once with the shipped model, never trained on.
LAST_READ = 118


def development_files(last_read: int = LAST_READ) -> list[Path]:
    """Held-back sets already scored and then used as development data (heldback3 is kept to choose
    thresholds on; a set joins here only after it was scored once at the end of a change:
    README-heldback-*)."""
    paths = [
        ROOT / "eval" / "sentences" / f"{name}.jsonl"
        for name in ("heldback", "heldback2", "heldback4", *(f"heldback{n}" for n in range(5, last_read + 1)))
    ]
    # (a number whose writer never delivered has no file: 87 and 107)
    return [p for p in paths if p.exists()]


SEED = 7


def _shown(path: Path) -> str:
    """*path* beside the project ("shared/eval/…", "main/eval/…"), or as it is when it lies elsewhere (a shared
    folder given by GENDERSCAN_SHARED)."""
    try:
        return str(path.relative_to(ROOT.parent))
    except ValueError:
        return str(path)


def gold(rec: dict) -> set[str]:
    return set(rec["labels"]) if rec["stance"] == "assertion" else set()


def micro(pairs) -> str:
    tp = fp = fn = 0
    for g, p in pairs:
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f"P {prec:.3f} R {rec:.3f} F1 {f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--arch",
        choices=("bow", "ensemble", "wide"),
        default="ensemble",
        help="ensemble: spaCy's default (shipped); wide: width 128, more hash rows, word bigrams (not shipped)",
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--test", type=Path, help="train on all development sets and score this file")
    parser.add_argument("--threshold", type=float, help="with --test: score only this threshold")
    parser.add_argument("--ship", type=Path, help="train on every development set and write the model here")
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed of the training (default {SEED})")
    parser.add_argument(
        "--last-read",
        type=int,
        default=LAST_READ,
        help=f"with --test or --ship: train on the held-back sets up to this number (default {LAST_READ})",
    )
    parser.add_argument(
        "--tune", default=TUNE, help=f"the tuning sets to train on, a file-name pattern (default {TUNE})"
    )
    parser.add_argument(
        "--no-lexicon",
        dest="lexicon",
        action="store_false",
        help="leave out the lexicon's own example sentences (each rule's matches as its category, "
        "its non-matches as none)",
    )
    args = parser.parse_args()

    from genderscan import Analyzer

    files = tuning_files(args.tune) + (development_files(args.last_read) if args.test or args.ship else [])
    records = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    analyzer = Analyzer()
    cats = sorted({c.id for c in analyzer.lexicon.categories})
    if args.lexicon and (args.test or args.ship):
        records += _lexicon_examples(analyzer)
    if args.ship:
        ship(records, cats, args, files)
        return
    if args.test:
        tests = [json.loads(line) for line in args.test.read_text(encoding="utf-8").splitlines() if line.strip()]
        held_out(analyzer, records, tests, cats, args)
        return
    rules = [
        {c for f in found if f.stance == "assertion" for c in f.categories()}
        for found in analyzer.findings_per_text([r["text"] for r in records], second_opinion=False)
    ]

    order = list(range(len(records)))
    random.Random(args.seed).shuffle(order)
    probs: list[dict[str, float]] = [{} for _ in records]
    started = time.time()
    for k in range(args.folds):
        test = set(order[k :: args.folds])
        nlp = _trained([records[i] for i in order if i not in test], cats, args.arch, args.epochs, args.seed + k)
        for i in test:
            probs[i] = nlp(records[i]["text"]).cats
        print(f"fold {k + 1}/{args.folds} done ({time.time() - started:.0f} s)", flush=True)

    golds = [gold(r) for r in records]
    print(f"{len(records)} sentences, {args.folds}-fold cross-validation, textcat_multilabel ({args.arch})")
    print(f"rules alone                 {micro(zip(golds, rules, strict=True))}")
    for t in (0.3, 0.5, 0.7, 0.85):
        clf = [{c for c, v in p.items() if v >= t} for p in probs]
        both = [r | c for r, c in zip(rules, clf, strict=True)]
        alone, combined = micro(zip(golds, clf, strict=True)), micro(zip(golds, both, strict=True))
        print(f"classifier >= {t:<4}         {alone}   rules OR it: {combined}")
    for t in (0.05, 0.1, 0.2):
        kept = [{c for c in r if p.get(c, 0.0) >= t} for r, p in zip(rules, probs, strict=True)]
        print(f"rules vetoed below {t:<4}    {micro(zip(golds, kept, strict=True))}")


def _trained(records: list[dict], cats: list[str], arch: str, epochs: int, seed: int = SEED):
    """A textcat_multilabel trained on *records* (fixed *seed*)."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("nl")
    config = {}
    if arch == "bow":
        config = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                            "no_output_layer": False, "length": 262144}}  # fmt: skip
    if arch == "wide":  # the twentieth session's trial (training/README.md): wider CNN, more hash rows, bigrams
        config = {"model": {"@architectures": "spacy.TextCatEnsemble.v2", "nO": None,
            "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 128,
                          "rows": [10000, 10000, 2000, 4000, 500],
                          "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
                "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 128, "window_size": 1,
                           "maxout_pieces": 3, "depth": 2}},
            "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                             "no_output_layer": False, "length": 262144, "nO": None}}}  # fmt: skip
    textcat = nlp.add_pipe("textcat_multilabel", config=config)
    for c in cats:
        textcat.add_label(c)
    examples = [
        Example.from_dict(nlp.make_doc(r["text"]), {"cats": {c: float(c in gold(r)) for c in cats}}) for r in records
    ]
    optimizer = nlp.initialize(lambda: examples)
    shuffle = random.Random(seed)
    for _ in range(epochs):
        shuffle.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


# A classifier hit counts, filtered, only in a sentence of at least this many words.
MIN_WORDS = 6


def _filtered(analyzer, tests: list[dict], nlp, threshold: float) -> list[set[str]]:
    """The classifier's categories at *threshold* where the rules would let a finding stand: in a
    sentence with a gender term, of MIN_WORDS words or more, with a finite verb in the parse, ending
    in . ! or ?, whose stance from its first gender term (the rules' classify(), with the genre of
    the text) is an assertion, and for a category no rule gives another stance there."""
    from genderscan.analysis import parse_document
    from genderscan.analysis.stance import Discourse, classify, quote_ranges
    from genderscan.analysis.stereotypes import genre_cue
    from genderscan.lexicon.keys import GENDER
    from genderscan.model import Document, Location, Passage
    from genderscan.syntax import token_syntax

    cues = analyzer.lexicon.stance
    texts = [" ".join(r["text"].split()) for r in tests]
    passages = tuple(Passage(t, Location(file="<eval>", paragraph=i)) for i, t in enumerate(texts, 1))
    document = Document(path="<eval>", format="txt", passages=passages, sha256="")
    parsed = parse_document(document, analyzer.nlp, analyzer.compiled, analyzer.syntax)
    found = analyzer.findings_per_text(texts, second_opinion=False)
    out = []
    for pp, findings in zip(parsed, found, strict=True):
        other = {f.category for f in findings if f.stance != "assertion"}
        genre = genre_cue([pp], analyzer.lexicon)
        quotes = quote_ranges(pp.passage.text, cues.quote_pairs, cues.title_cues)
        cats: set[str] = set()
        for sent in pp.doc.sents:
            gender = pp.hits.get(GENDER, sent)
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            if not gender or len(words) < MIN_WORDS or sent[-1].text not in ".!?":
                continue
            if not any((x := token_syntax(t)) is not None and x.pos_ in ("VERB", "AUX") for t in sent):
                continue
            stance, _ = classify(sent, gender[0][0], sent.end, pp.hits, quotes, cues, discourse=Discourse(genre=genre))
            if stance == "assertion":
                cats |= {c for c, v in nlp(sent.text).cats.items() if v >= threshold and c not in other}
        out.append(cats)
    return out


def ship(records: list[dict], cats: list[str], args, files: list[Path]) -> None:
    """Train the shipped second opinion on every development set (fixed seed) and write it to
    ``args.ship`` with what it was trained on (*files*) in its meta.json."""
    from genderscan.analysis.second_opinion import VETO

    nlp = _trained(records, cats, args.arch, args.epochs, args.seed)
    nlp.meta.update(
        {
            "name": "second_opinion",
            "version": "1.7.0",
            "description": "genderscan's trained second opinion: the sentence asserts a stereotype of this category",
            "license": "MIT",
            "sources": [{"name": f.name, "url": _shown(f)} for f in files]
            + (
                [{"name": "the stereotype rules' examples", "url": "main/lexicons/nl/stereotypes"}]
                if args.lexicon
                else []
            ),
            "genderscan": {
                "arch": args.arch,
                "epochs": args.epochs,
                "seed": args.seed,
                "sentences": len(records),
                "last_read": args.last_read,
                "veto": VETO,
            },
        }
    )
    args.ship.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.ship)
    print(f"{args.ship}: trained on {len(records)} sentences ({args.arch}, {args.epochs} epochs, seed {args.seed})")


def _lexicon_examples(analyzer) -> list[dict]:
    """The stereotype rules' example sentences as labelled records: a rule's matches assert its
    category, its non-matches (neutral uses, criticism, equal access) assert nothing. Written by the
    lexicon's authors, they are development data like the tuning sets."""
    rules = analyzer.lexicon.rules
    out = [{"text": t, "labels": [r.category], "stance": "assertion"} for r in rules for t in r.examples_match]
    out += [{"text": t, "labels": [], "stance": "none"} for r in rules for t in r.examples_no_match]
    return out


def _lexicon_negatives(analyzer) -> list[str]:
    """Sentences the lexicon's authors wrote as no stereotype of a rule, and its measures' and questions'
    examples (commitments, equal access, positive action): hard negatives by another hand than the sets'."""
    lexicon = analyzer.lexicon
    texts = [t for r in lexicon.rules for t in r.examples_no_match]
    texts += [t for m in lexicon.measures for t in (*m.rule.examples_match, *m.rule.examples_no_match)]
    texts += [t for q in lexicon.questions for t in (*q.examples_match, *q.examples_no_match)]
    return list(dict.fromkeys(texts))


def held_out(analyzer, records: list[dict], tests: list[dict], cats: list[str], args) -> None:
    """Train on *records*, score rules, classifier and rules OR classifier on *tests* (aggregates only)."""
    started = time.time()
    nlp = _trained(records, cats, args.arch, args.epochs, args.seed)
    probs = [nlp(r["text"]).cats for r in tests]
    rules = [
        {c for f in found if f.stance == "assertion" for c in f.categories()}
        for found in analyzer.findings_per_text([r["text"] for r in tests], second_opinion=False)
    ]
    golds = [gold(r) for r in tests]
    critical = [r["stance"] == "critical" for r in tests]

    def clean(preds) -> str:
        return f"critical clean {sum(1 for c, p in zip(critical, preds, strict=True) if c and not p)}/{sum(critical)}"

    print(f"trained on {len(records)} sentences ({args.arch}, {time.time() - started:.0f} s); {len(tests)} test items")
    print(f"rules alone                 {micro(zip(golds, rules, strict=True))}  {clean(rules)}")
    for t in [args.threshold] if args.threshold is not None else [0.5, 0.7, 0.8, 0.9, 0.95]:
        clf = [{c for c, v in p.items() if v >= t} for p in probs]
        both = [r | c for r, c in zip(rules, clf, strict=True)]
        filtered = [r | c for r, c in zip(rules, _filtered(analyzer, tests, nlp, t), strict=True)]
        negatives = _lexicon_negatives(analyzer)
        flagged = sum(1 for c in _filtered(analyzer, [{"text": n} for n in negatives], nlp, t) if c)
        print(
            f"classifier >= {t:<4}  alone {micro(zip(golds, clf, strict=True))}"
            f"  rules OR it: {micro(zip(golds, both, strict=True))}  {clean(both)}"
            f"  rules OR it filtered: {micro(zip(golds, filtered, strict=True))}  {clean(filtered)}"
            f"  lexicon's own hard negatives flagged (filtered): {flagged}/{len(negatives)}"
        )


if __name__ == "__main__":
    main()
