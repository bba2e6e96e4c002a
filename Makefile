# Two commands do everything on a fresh machine:
#   make demo   create .venv, install genderscan, analyse the shipped examples into out/ and say which report to open
#   make test   create/update .venv with the test extra, run the linters (make lint) and the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXAMPLES := examples/hoogwater_participatienota.pdf examples/hoogwater_participatienota.docx

.PHONY: demo test lint system-deps node-deps examples golden docs lexicon-test evaluate clean pipeline pipeline-r10 second-opinion

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

# For developers; advisers install with pipx (README). Ends by saying which report to open and how to run genderscan.
DEMO_INPUTS ?= $(EXAMPLES)
DEMO_OUT ?= out
demo: $(VENV)/.installed-run
	$(BIN)/genderscan analyse $(DEMO_INPUTS) -o $(DEMO_OUT) --format html --format md --format json
	@echo
	@echo "Open $(DEMO_OUT)/$(notdir $(firstword $(DEMO_INPUTS))).html in your browser (file://$(abspath $(DEMO_OUT)/$(notdir $(firstword $(DEMO_INPUTS)))).html)."
	@echo "genderscan is installed in $(VENV), not on your PATH: run $(BIN)/genderscan analyse nota.pdf"
	@echo "(or $(BIN)/genderscan serve for the web page), or first 'source $(BIN)/activate', then genderscan --help."

# Two workers (pytest-xdist): the suite's real processes, browsers and batches keep one core busy each. Work stealing
# lets the worker that finishes first take tests queued for the other (5:15 -> 5:04 on this machine). genderscan's
# modules are compiled to bytecode first: the suite starts about a hundred genderscan processes, and where
# PYTHONDONTWRITEBYTECODE is set (as on CI machines) each would compile every module again (0.35 s of CPU each).
test: lint system-deps node-deps
	$(BIN)/python -m compileall -q genderscan
	$(BIN)/python -m pytest -q -n 2 --dist worksteal

# ruff (style, imports, likely bugs) and mypy (types), both configured in pyproject.toml; make test runs this first.
lint: $(VENV)/.installed-test
	$(BIN)/ruff format --check --quiet genderscan tests benchmarks examples
	$(BIN)/ruff check --quiet genderscan tests benchmarks examples
	$(BIN)/mypy

# npm packages the accessibility test uses (package.json, package-lock.json):
# html-validate, axe-core and puppeteer-core (which drives the installed Chromium).
node-deps:
	@if command -v npm >/dev/null 2>&1; then \
	  [ node_modules/.package-lock.json -nt package-lock.json ] || { npm ci --no-audit --no-fund --silent && touch node_modules/.package-lock.json; }; \
	else \
	  echo "note: npm not found; the accessibility test is skipped"; \
	fi

# Debian packages the tests use, installed here where apt-get runs as root:
# tesseract-ocr + tesseract-ocr-nld (--ocr), chromium (--format pdf, the
# rendering test of the HTML report) and libreoffice-writer-nogui (opens the
# annotated Word file in a test). Without them those tests are skipped.
system-deps:
	@missing=""; \
	{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx nld; } || missing="$$missing tesseract-ocr tesseract-ocr-nld"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing (for the OCR, PDF, rendering and Word tests)"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -qq --no-install-recommends $$missing >/dev/null 2>&1 || \
	    { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; }; \
	  else \
	    echo "note:$$missing not installed and cannot be installed here (not root); their tests are skipped"; \
	  fi; \
	fi

# Rebuild the example documents and their committed reports.
# The reports show the date in SOURCE_DATE_EPOCH, fixed here so that they stay the golden files (tests/test_golden.py).
examples: export SOURCE_DATE_EPOCH = 1795392000
examples: $(VENV)/.installed-test system-deps
	$(BIN)/python examples/build_examples.py
	$(BIN)/genderscan analyse $(EXAMPLES) -o examples/reports --lang nl --format html --format md --format json --format pdf
	$(BIN)/genderscan analyse $(EXAMPLES) -o examples/reports/en --lang en --format html --format md --format json --format pdf
	$(BIN)/genderscan analyse examples/hoogwater_participatienota.docx -o examples/reports --lang nl --format docx
	$(BIN)/genderscan analyse examples/hoogwater_participatienota.docx -o examples/reports/en --lang en --format docx
	$(BIN)/python examples/render_png.py examples/reports/hoogwater_participatienota.pdf.html

# Rewrite the golden reports after a deliberate change (review the diff!).
golden: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

# Regenerate the rule reference page after changing the lexicon (a test checks it).
docs: $(VENV)/.installed-run
	$(BIN)/genderscan lexicon docs -o docs/lexicon.md

# Run every rule's example sentences.
lexicon-test: $(VENV)/.installed-run
	$(BIN)/genderscan lexicon test

# Measure the lexicon on the shared labelled data (../shared/eval) and on our own set.
EVAL ?= ../shared/eval
evaluate: $(VENV)/.installed-run
	$(BIN)/genderscan evaluate tests/data/sentences-nl.jsonl
	@if [ -f $(EVAL)/dev-sentences.jsonl ]; then $(BIN)/genderscan evaluate $(EVAL)/dev-sentences.jsonl; fi
	@if [ -f $(EVAL)/dev-documents.jsonl ]; then $(BIN)/genderscan evaluate $(EVAL)/dev-documents.jsonl; fi

clean:
	rm -rf $(VENV) out build dist *.egg-info

# Train genderscan's Dutch spaCy pipeline from the UD treebanks in training/data (training/README.md):
# CoNLL-U -> .spacy, raw text for pretraining, spacy pretrain, spacy train (training/config.cfg,
# fixed seed), evaluation on the held-out file. Single-threaded and nice'd; about 1-2 hours of CPU.
# Result: training/output/model-best (plus test-scores.json, lemmas.json, speed.json).
pipeline: $(VENV)/.installed-run
	OMP_NUM_THREADS=1 nice -n 19 $(BIN)/python training/build.py all

# Experiment r10 (training/README.md, not the default): extra raw Dutch text for pretraining from
# Debian packages of Dutch documentation (apt-get download, no install; training/rawtext_debian.py),
# then pretraining and training with training/config-r10.cfg into training/output-r10 (not shipped).
# Needs `make pipeline`'s training/corpus (build.py data rawtext) first.
pipeline-r10: $(VENV)/.installed-run
	$(BIN)/python training/rawtext_debian.py --combine
	training/run-pretrained.sh r10

# Retrain the shipped second opinion (models/second_opinion, training/README.md): a spaCy
# textcat_multilabel on the labelled development sentences (eval/sentences/tune-a to tune-j, the read
# held-back sets, ../shared/eval dev and dev2) and the lexicon's rule examples, fixed seed. About
# 13 minutes of CPU (25,316 sentences, thirty-fourth session). Then run `make golden` (the example
# reports change when the model does).
second-opinion: $(VENV)/.installed-run
	$(BIN)/python training/second_opinion.py --ship models/second_opinion
