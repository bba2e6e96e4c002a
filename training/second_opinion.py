"""Issue 18, part 5: does a trained classifier earn a place next to the rules?

A spaCy ``textcat_multilabel`` (one label per category: the sentence asserts
it) is trained on genderscan's tuning sentences (``eval/sentences/tune-*``)
and the development sentences of ``../shared/eval`` (dev, dev2), and scored
by 5-fold cross-validation (fixed seeds) against the same sentences' rule
predictions. Printed, micro-averaged over the assertion labels:

- the rules alone;
- the classifier alone at several thresholds;
- rules OR classifier (the classifier recovering recall);
- rules vetoed where the classifier gives the category a low probability
  (the classifier raising precision).

    .venv/bin/python training/second_opinion.py [--arch bow|ensemble] [--folds 5]

Held-back sentences are never read here. The figures of the last run are in
README.md ("How good it is"); the classifier is not shipped because no
combination beat the rules' F1 in cross-validation.
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
FILES = [
    *sorted((ROOT / "eval" / "sentences").glob("tune-*.jsonl")),
    SHARED / "eval" / "dev-sentences.jsonl",
    SHARED / "eval" / "dev2-sentences.jsonl",
]
SEED = 7


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
    parser.add_argument("--arch", choices=("bow", "ensemble"), default="ensemble")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=15)
    args = parser.parse_args()

    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    from genderscan import Analyzer

    records = [json.loads(line) for f in FILES for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    analyzer = Analyzer()
    cats = sorted({c.id for c in analyzer.lexicon.categories})
    rules = [
        {c for f in found if f.stance == "assertion" for c in f.categories()}
        for found in analyzer.findings_per_text([r["text"] for r in records])
    ]

    def model():
        nlp = spacy.blank("nl")
        config = {}
        if args.arch == "bow":
            config = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                                "no_output_layer": False, "length": 262144}}  # fmt: skip
        textcat = nlp.add_pipe("textcat_multilabel", config=config)
        for c in cats:
            textcat.add_label(c)
        return nlp

    order = list(range(len(records)))
    random.Random(SEED).shuffle(order)
    probs: list[dict[str, float]] = [{} for _ in records]
    started = time.time()
    for k in range(args.folds):
        fix_random_seed(SEED + k)
        test = set(order[k :: args.folds])
        nlp = model()
        examples = [
            Example.from_dict(
                nlp.make_doc(records[i]["text"]), {"cats": {c: float(c in gold(records[i])) for c in cats}}
            )
            for i in order
            if i not in test
        ]
        optimizer = nlp.initialize(lambda examples=examples: examples)
        shuffle = random.Random(SEED + k)
        for _ in range(args.epochs):
            shuffle.shuffle(examples)
            for batch in minibatch(examples, size=16):
                nlp.update(batch, sgd=optimizer, drop=0.2)
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


if __name__ == "__main__":
    main()
