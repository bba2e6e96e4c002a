"""Static word vectors for experiment r11 (training/README.md): FastText trained on raw-r10.jsonl.

Three steps, because gensim is not a dependency of genderscan (it runs in a throwaway venv):

  1. tokens (project venv): raw-r10.jsonl -> one line per text of spaCy NORM values
         .venv/bin/python training/static_vectors.py tokens training/output-r11/tokens.txt
  2. fasttext (a venv with gensim: python3 -m venv /tmp/gensim-venv; /tmp/gensim-venv/bin/pip install gensim)
         /tmp/gensim-venv/bin/python training/static_vectors.py fasttext training/output-r11/tokens.txt \
             training/output-r11/vectors.txt
     FastText (CBOW, 100 dims, window 5, min_count 3, 10 epochs, seed 1616, one worker); the
     N_KEEP most frequent words are written in word2vec text format. `word2vec` instead of
     `fasttext`: skip-gram word2vec with the same settings (used for r11: on this small corpus
     FastText's neighbours were mostly words sharing letters, vrouwen ~ trouwens, bouwen).
     (r11: `word2vec ... training/output-r11/vectors-w2v.txt`)
  3. spacy init vectors nl training/output-r11/vectors-w2v.txt training/output-r11/vectors --attr NORM
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_KEEP = 20000
DIM = 100


def tokens(out: Path, raw: Path = HERE / "corpus" / "raw-r10.jsonl") -> None:
    import spacy

    nlp = spacy.blank("nl")
    texts = [json.loads(line)["text"] for line in raw.read_text(encoding="utf8").splitlines()]
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf8") as fh:
        for doc in nlp.pipe(texts, batch_size=256):
            words = [t.norm_ for t in doc if not t.is_space]
            n += len(words)
            fh.write(" ".join(words) + "\n")
    print(f"{len(texts)} texts, {n} tokens -> {out}")


def fasttext(tokens_path: Path, out: Path, kind: str = "fasttext") -> None:
    from gensim.models import FastText, Word2Vec

    sents = [line.split() for line in tokens_path.read_text(encoding="utf8").splitlines()]
    if kind == "fasttext":
        model = FastText(
            vector_size=DIM, window=5, min_count=3, sg=0, epochs=10, seed=1616, workers=1, min_n=3, max_n=6
        )
    else:  # word2vec skip-gram: neighbours by context, not by shared letters
        model = Word2Vec(vector_size=DIM, window=5, min_count=3, sg=1, epochs=10, seed=1616, workers=1)
    model.build_vocab(corpus_iterable=sents)
    model.train(corpus_iterable=sents, total_examples=len(sents), epochs=model.epochs)
    words = model.wv.index_to_key[:N_KEEP]  # sorted by frequency
    with out.open("w", encoding="utf8") as fh:
        fh.write(f"{len(words)} {DIM}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{x:.5f}" for x in model.wv[w]) + "\n")
    print(f"vocabulary {len(model.wv.index_to_key)} (min_count 3), wrote {len(words)} x {DIM} -> {out}")


if __name__ == "__main__":
    if sys.argv[1] == "tokens":
        tokens(Path(sys.argv[2]))
    elif sys.argv[1] in ("fasttext", "word2vec"):
        fasttext(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[1])
    else:
        raise SystemExit(__doc__)
