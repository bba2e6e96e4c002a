# Two commands do everything on a fresh machine:
#   make demo   create .venv, install genderscan, analyse the shipped examples into out/
#   make test   create/update .venv with the test extra and run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXAMPLES := examples/hoogwater_participatienota.pdf examples/hoogwater_participatienota.docx

.PHONY: demo test examples golden clean

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

demo: $(VENV)/.installed-run
	$(BIN)/genderscan analyse $(EXAMPLES) -o out --format html --format md --format json

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

# Rebuild the example documents and their committed reports.
examples: $(VENV)/.installed-test
	$(BIN)/python examples/build_examples.py
	$(BIN)/genderscan analyse $(EXAMPLES) -o examples/reports --format html --format md --format json

# Rewrite the golden reports after a deliberate change (review the diff!).
golden: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

clean:
	rm -rf $(VENV) out build dist *.egg-info
