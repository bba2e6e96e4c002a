"""Build genderscan's Dutch spaCy pipeline from the UD treebanks in training/data.

Steps (each can be run alone; `all` runs them in order):

  data       CoNLL-U -> training/corpus/{train,dev,test}.spacy (10 sentences per doc)
  rawtext    raw Dutch text for pretraining -> training/corpus/raw.jsonl
  pretrain   spacy pretrain (characters objective) -> training/output/pretrain/
  train      spacy train training/config.cfg -> training/output/model-{best,last}
  evaluate   spacy evaluate on the held-out test file -> training/output/test-scores.json
  lemmas     trainable lemmatizer vs simplemma on dev and test -> training/output/lemmas.json
  speed      load time and words/s on the Participatiewet text -> training/output/speed.json
  ship       model-best -> models/nl_genderscan (the pipeline genderscan ships: no lemmatizer,
             meta with name, version, licence, sources and the held-out scores)
  cv         optional, not in `all`: each file held out in turn -> training/output/cv/*/test-scores.json
             (`cv=nl_alpino-ud-dev.conllu` runs one fold)

Run it single-threaded and nice'd (the Makefile target `pipeline` does):
    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python training/build.py all

Split (see training/README.md): nl_alpino-ud-test.conllu is the held-out test file, never
trained on and never used to choose settings. The other three files are grouped into
documents of 10 sentences; every 10th document (index % 10 == 9, in file order) is the
fixed dev split (choosing settings, early stopping); the rest is the training split.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
CORPUS = Path(os.environ.get("GENDERSCAN_TRAINING_CORPUS", HERE / "corpus"))
OUTPUT = Path(os.environ.get("GENDERSCAN_TRAINING_OUTPUT", HERE / "output"))
CONFIG = HERE / "config.cfg"
SHARED = Path(os.environ.get("GENDERSCAN_SHARED", ROOT.parent / "shared"))

TEST_FILE = "nl_alpino-ud-test.conllu"
TRAIN_FILES = ["nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu"]
N_SENTS = 10
DEV_EVERY = 10  # every 10th document of 10 sentences goes to dev

# Compound lemmas in UD Dutch lemmatise each part, joined by underscores: jeugd_gezondheid_zorg
# (jeugdgezondheidszorg), basis_taak_pakket (Basistakenpakket), op_nemen (opgenomen). genderscan
# wants the dictionary form of the whole word, so the parts before the head are taken from the
# word itself when the head's lemma occurs in it (jeugdgezondheidszorg, basistakenpakket,
# JGZ-verpleegkundige); otherwise (separable verbs: opgenomen, uitgevoerd) the parts are joined
# (opnemen, uitvoeren).


def normalise_lemma(form: str, lemma: str) -> str:
    """UD Dutch's lemma in parts as one word: genderscan's own rule (genderscan.lemmas.joined_lemma)."""
    sys.path.insert(0, str(ROOT))
    from genderscan.lemmas import joined_lemma

    return joined_lemma(form, lemma)


def _conllu_docs(path: Path):
    """Docs of N_SENTS sentences: UPOS -> pos, XPOS -> tag, FEATS -> morph, lemmas joined."""
    from spacy.training.converters import conllu_to_docs

    lines = []
    for line in path.read_text(encoding="utf8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and not line.startswith("#"):
            cols[2] = normalise_lemma(cols[1], cols[2])
            line = "\t".join(cols)
        lines.append(line)
    # UD Dutch has no multi-word tokens, so merge_subtokens is not needed.
    return list(conllu_to_docs("\n".join(lines), n_sents=N_SENTS, no_print=True))


def step_data() -> None:
    from spacy.tokens import DocBin

    CORPUS.mkdir(parents=True, exist_ok=True)
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    counts = {"train": [0, 0], "dev": [0, 0]}
    for name in TRAIN_FILES:
        for i, doc in enumerate(_conllu_docs(DATA / name)):
            part = "dev" if i % DEV_EVERY == DEV_EVERY - 1 else "train"
            (dev if part == "dev" else train).add(doc)
            counts[part][0] += len(list(doc.sents))
            counts[part][1] += len(doc)
    train.to_disk(CORPUS / "train.spacy")
    dev.to_disk(CORPUS / "dev.spacy")
    test = DocBin(store_user_data=False)
    n_test = [0, 0]
    for doc in _conllu_docs(DATA / TEST_FILE):
        test.add(doc)
        n_test[0] += len(list(doc.sents))
        n_test[1] += len(doc)
    test.to_disk(CORPUS / "test.spacy")
    counts["test"] = n_test
    # One file per treebank part too, for optional cross-validation.
    for name in [*TRAIN_FILES, TEST_FILE]:
        db = DocBin(store_user_data=False, docs=_conllu_docs(DATA / name))
        db.to_disk(CORPUS / (name.removesuffix(".conllu") + ".spacy"))
    print("sentences, tokens:", json.dumps(counts))


def _text_file_body(path: Path) -> str:
    """The document text of a shared corpus .txt (after the '# ----' header line, if any)."""
    text = path.read_text(encoding="utf8", errors="replace")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("# ----"):
            return "\n".join(lines[i + 1 :])
    return text


def _paragraphs(text: str):
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        if para:
            yield para


def step_rawtext() -> None:
    """Raw text for `spacy pretrain`: policy prose plus the raw sentences of the three training files.

    The held-out test file's sentences are left out.
    """
    sys.path.insert(0, str(ROOT))
    from genderscan.ingest import read_document

    texts: list[str] = []
    seen: set[str] = set()

    def add(t: str) -> None:
        t = " ".join(t.split())
        if len(t) >= 20 and t not in seen:
            seen.add(t)
            texts.append(t)

    corpus = SHARED / "corpus"
    for path in sorted(corpus.glob("*.txt")):
        if path.name.lower() != "readme.md":
            for para in _paragraphs(_text_file_body(path)):
                add(para)
    for path in sorted(
        [
            *corpus.glob("*.pdf"),
            *corpus.glob("*.docx"),
            *(ROOT / "examples").glob("*.pdf"),
            *(ROOT / "examples").glob("*.docx"),
        ]
    ):
        # Short passages (headings, table cells) are joined into blocks of about 100 words.
        block: list[str] = []
        for passage in read_document(path).passages:
            block.append(passage.text)
            if sum(len(b.split()) for b in block) >= 100:
                add(" ".join(block))
                block = []
        if block:
            add(" ".join(block))
    for path in sorted((SHARED / "eval" / "documents").glob("*")):
        if path.is_file():
            for para in _paragraphs(_text_file_body(path)):
                add(para)
    for path in sorted((SHARED / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    add(text)
    n_policy = sum(len(t.split()) for t in texts)
    for name in TRAIN_FILES:
        sents = [
            ln[len("# text = ") :]
            for ln in (DATA / name).read_text(encoding="utf8").splitlines()
            if ln.startswith("# text = ")
        ]
        for i in range(0, len(sents), N_SENTS):
            add(" ".join(sents[i : i + N_SENTS]))
    CORPUS.mkdir(parents=True, exist_ok=True)
    with (CORPUS / "raw.jsonl").open("w", encoding="utf8") as out:
        for t in texts:
            out.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    n_all = sum(len(t.split()) for t in texts)
    print(f"raw.jsonl: {len(texts)} texts, {n_all} words ({n_policy} of policy prose)")


def _spacy(*args: str) -> None:
    cmd = [sys.executable, "-m", "spacy", *args]
    print("+", " ".join(cmd), flush=True)
    start = time.time()
    subprocess.run(cmd, check=True, cwd=ROOT)
    print(f"({time.time() - start:.0f} s)", flush=True)


def step_pretrain() -> None:
    out = OUTPUT / "pretrain"
    _spacy("pretrain", str(CONFIG), str(out), "--paths.raw_text", str(CORPUS / "raw.jsonl"), "--gpu-id", "-1")


def step_train(extra: list[str] | None = None) -> None:
    _spacy(
        "train",
        str(CONFIG),
        "--output",
        str(OUTPUT),
        "--gpu-id",
        "-1",
        "--paths.train",
        str(CORPUS / "train.spacy"),
        "--paths.dev",
        str(CORPUS / "dev.spacy"),
        "--paths.init_tok2vec",
        str(OUTPUT / "pretrain" / "model-last.bin"),
        *(extra or []),
    )


def step_evaluate(model: Path | None = None) -> None:
    model = model or OUTPUT / "model-best"
    _spacy(
        "evaluate",
        str(model),
        str(CORPUS / "test.spacy"),
        "--output",
        str(OUTPUT / "test-scores.json"),
        "--gpu-id",
        "-1",
    )
    _spacy(
        "evaluate", str(model), str(CORPUS / "dev.spacy"), "--output", str(OUTPUT / "dev-scores.json"), "--gpu-id", "-1"
    )


def lemma_scores(model: Path, data: Path) -> dict:
    """Lemma accuracy of the trainable lemmatizer and of simplemma on the gold tokens of `data`.

    The pipeline runs on the gold words. Scored against the UD lemmas as normalised above,
    punctuation included (as spaCy's lemma_acc): `exact` is case-sensitive; `lower` compares
    lower-cased lemmas, which is how genderscan uses them (simplemma on the lower-cased word,
    lower-cased, as genderscan.lemmas.lemma_of). `hybrid` is simplemma where it knows the
    word (simplemma.is_known) and the trainable lemmatizer elsewhere; `hybrid_propn` is the
    same but keeps the trainable lemma where the pipeline tags the word PROPN or NUM
    (simplemma lower-cases and mangles names and numbers).
    """
    import simplemma
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.load(model)
    has_lemmatizer = "trainable_lemmatizer" in nlp.pipe_names
    gold_docs = list(DocBin().from_disk(data).get_docs(nlp.vocab))
    names = ("trainable", "simplemma", "hybrid", "hybrid_propn")
    exact = dict.fromkeys(names, 0)
    lower = dict.fromkeys(names, 0)
    by_pos: dict[str, dict[str, int]] = {}
    n = 0
    for gold in gold_docs:
        doc = nlp(Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold]))
        for g, p in zip(gold, doc, strict=True):
            n += 1
            known = simplemma.is_known(g.text, lang="nl") or simplemma.is_known(g.text.lower(), lang="nl")
            pred = {
                "trainable": p.lemma_ if has_lemmatizer else "",
                "simplemma": simplemma.lemmatize(g.text, lang="nl"),
            }
            pred["hybrid"] = pred["simplemma"] if known else pred["trainable"]
            pred["hybrid_propn"] = pred["trainable"] if p.pos_ in ("PROPN", "NUM") else pred["hybrid"]
            pred_lower = {
                "trainable": pred["trainable"].lower(),
                "simplemma": simplemma.lemmatize(g.text.lower(), lang="nl").lower(),
            }
            pred_lower["hybrid"] = pred_lower["simplemma"] if known else pred_lower["trainable"]
            pred_lower["hybrid_propn"] = pred_lower["trainable"] if p.pos_ in ("PROPN", "NUM") else pred_lower["hybrid"]
            row = by_pos.setdefault(g.pos_, {"n": 0, **dict.fromkeys(names, 0)})
            row["n"] += 1
            for name in names:
                exact[name] += pred[name] == g.lemma_
                lower[name] += pred_lower[name] == g.lemma_.lower()
                row[name] += pred_lower[name] == g.lemma_.lower()
    return {
        "tokens": n,
        "exact": {k: round(100 * v / n, 2) for k, v in exact.items()},
        "lower": {k: round(100 * v / n, 2) for k, v in lower.items()},
        "lower_by_upos": {
            pos: {"n": r["n"], **{k: round(100 * r[k] / r["n"], 1) for k in names}}
            for pos, r in sorted(by_pos.items(), key=lambda kv: -kv[1]["n"])
        },
    }


def step_lemmas(model: Path | None = None) -> None:
    model = model or OUTPUT / "model-best"
    result = {part: lemma_scores(model, CORPUS / f"{part}.spacy") for part in ("dev", "test")}
    (OUTPUT / "lemmas.json").write_text(json.dumps(result, indent=2) + "\n")
    for part, r in result.items():
        print(part, {k: v for k, v in r.items() if k != "lower_by_upos"})


def step_speed(model: Path | None = None) -> None:
    model = model or OUTPUT / "model-best"
    code = f"import spacy; spacy.load({str(model)!r})"
    start = time.time()
    subprocess.run([sys.executable, "-c", code], check=True)
    load_wall = time.time() - start
    start = time.time()
    subprocess.run([sys.executable, "-c", "import spacy"], check=True)
    import_wall = time.time() - start
    import spacy

    nlp = spacy.load(model)
    text = _text_file_body(SHARED / "corpus" / "13_Participatiewet_BWBR0015703_2017.txt")
    paras = list(_paragraphs(text))
    start = time.process_time()
    n_words = sum(len(doc) for doc in nlp.pipe(paras, batch_size=64))
    cpu = time.process_time() - start
    result = {
        "load_wall_s_incl_import": round(load_wall, 2),
        "import_spacy_wall_s": round(import_wall, 2),
        "tokens": n_words,
        "cpu_s": round(cpu, 2),
        "words_per_s": round(n_words / cpu),
        "size_mb": round(sum(f.stat().st_size for f in Path(model).rglob("*") if f.is_file()) / 1e6, 1),
    }
    (OUTPUT / "speed.json").write_text(json.dumps(result, indent=2) + "\n")
    print(result)


def step_cv(fold: str | None = None) -> None:
    """Optional cross-validation: each of the four files held out in turn (or only `fold`).

    The other three files are split as for the shipped model (every 10th doc of 10 sentences is
    dev, for early stopping); the same pretrained tok2vec is used (its raw text includes the
    sentences, not the labels, of three of the four files). Not part of `all`.
    """
    from spacy.tokens import DocBin

    names = [*TRAIN_FILES, TEST_FILE]
    for held_out in [fold] if fold else names:
        stem = held_out.removesuffix(".conllu")
        corpus = CORPUS / f"cv-{stem}"
        corpus.mkdir(parents=True, exist_ok=True)
        train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
        for name in names:
            if name != held_out:
                for i, doc in enumerate(_conllu_docs(DATA / name)):
                    (dev if i % DEV_EVERY == DEV_EVERY - 1 else train).add(doc)
        train.to_disk(corpus / "train.spacy")
        dev.to_disk(corpus / "dev.spacy")
        out = OUTPUT / "cv" / stem
        _spacy(
            "train",
            str(CONFIG),
            "--output",
            str(out),
            "--gpu-id",
            "-1",
            "--paths.train",
            str(corpus / "train.spacy"),
            "--paths.dev",
            str(corpus / "dev.spacy"),
            "--paths.init_tok2vec",
            str(OUTPUT / "pretrain" / "model-last.bin"),
        )
        _spacy(
            "evaluate",
            str(out / "model-best"),
            str(CORPUS / f"{stem}.spacy"),
            "--output",
            str(out / "test-scores.json"),
            "--gpu-id",
            "-1",
        )


SHIPPED = ROOT / "models" / "nl_genderscan"
SHIPPED_VERSION = "1.0.0"
# Components the analysis runs; the trainable lemmatizer is left out: genderscan's lemmas come
# from simplemma on every word (matching must not depend on which sentences were parsed).
SHIPPED_COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser")


def step_ship(model: Path | None = None) -> None:
    """Write the shipped copy of *model* (model-best): only the analysis components, with meta."""
    import shutil

    import spacy

    model = model or OUTPUT / "model-best"
    nlp = spacy.load(model)
    for name in list(nlp.pipe_names):
        if name not in SHIPPED_COMPONENTS:
            nlp.remove_pipe(name)
    test = json.loads((OUTPUT / "test-scores.json").read_text(encoding="utf-8"))
    keys = ("pos_acc", "tag_acc", "morph_acc", "dep_uas", "dep_las", "sents_f")
    nlp.meta.update(
        {
            "name": "genderscan",
            "version": SHIPPED_VERSION,
            "description": "Dutch tagger, morphologizer and dependency parser for genderscan, trained with spaCy "
            "on UD Dutch-Alpino and UD Dutch-LassySmall (training/README.md).",
            "author": "genderscan developers",
            "license": "CC BY-SA 4.0",
            "sources": [
                {
                    "name": "UD Dutch-Alpino",
                    "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
                    "license": "CC BY-SA 4.0",
                    "author": "Gosse Bouma, Gertjan van Noord",
                },
                {
                    "name": "UD Dutch-LassySmall",
                    "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
                    "license": "CC BY-SA 4.0",
                    "author": "Gosse Bouma, Gertjan van Noord",
                },
            ],
            "performance": {k: round(float(test[k]), 4) for k in keys},
            "heldout": "nl_alpino-ud-test.conllu (596 sentences, 11,046 tokens), never trained on",
        }
    )
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    SHIPPED.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(SHIPPED)
    for licence in DATA.glob("LICENSE*"):
        shutil.copyfile(licence, SHIPPED / licence.name)
    size = sum(f.stat().st_size for f in SHIPPED.rglob("*") if f.is_file())
    print(f"{SHIPPED.relative_to(ROOT)}: {', '.join(nlp.pipe_names)}; {size / 1e6:.1f} MB")


STEPS = {
    "data": step_data,
    "rawtext": step_rawtext,
    "pretrain": step_pretrain,
    "train": step_train,
    "evaluate": step_evaluate,
    "lemmas": step_lemmas,
    "speed": step_speed,
    "ship": step_ship,
}


def main(argv: list[str]) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    names = argv or ["all"]
    if names == ["all"]:
        names = list(STEPS)
    for name in names:
        if name.startswith("cv"):  # optional: `cv` (all four folds) or `cv=nl_alpino-ud-dev.conllu`
            step_cv(name.partition("=")[2] or None)
            continue
        if name not in STEPS:
            sys.exit(f"unknown step {name!r}; steps: all, {', '.join(STEPS)}")
        print(f"== {name}", flush=True)
        start = time.time()
        STEPS[name]()
        print(f"== {name} done in {time.time() - start:.0f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
