#!/bin/bash
# A run pretrained on raw-r10.jsonl (training/README.md): training/run-pretrained.sh r10|r11.
# r10: r9's model pretrained on the larger raw text; r11: r10 with static vectors, which need
# training/static_vectors.py first (tokens, word2vec, then spacy init vectors: its docstring).
# Pretrains, trains as r9, and scores the dev split and the held-out test file.
set -e
cd "$(dirname "$0")/.."
RUN=${1:?usage: training/run-pretrained.sh r10|r11}
R=training/output-$RUN
C=training/config-$RUN.cfg
mkdir -p $R
cp $C $R/config.cfg
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
date -u
# INIT=$R/pretrain/modelN.bin: train from an earlier pretraining epoch (pretraining stopped there)
if [ -z "$INIT" ] && [ ! -f $R/pretrain/model-last.bin ]; then
  nice -n 19 .venv/bin/python -m spacy pretrain $C $R/pretrain --paths.raw_text training/corpus/raw-r10.jsonl --gpu-id -1 > $R/pretrain.log 2>&1
fi
date -u
nice -n 19 .venv/bin/python -m spacy train $C --output $R --gpu-id -1 --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy --paths.init_tok2vec ${INIT:-$R/pretrain/model-last.bin} > $R/train.log 2>&1
date -u
nice -n 19 .venv/bin/python -m spacy evaluate $R/model-best training/corpus/dev.spacy --output $R/dev-scores.json > $R/evaluate-dev.log 2>&1
nice -n 19 .venv/bin/python -m spacy evaluate $R/model-best training/corpus/test.spacy --output $R/test-scores.json > $R/evaluate-test.log 2>&1
date -u
