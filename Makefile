# Two commands do everything on a fresh machine with Python 3.11 and make:
#   make demo   drafts the example releases in every language and format, then checks them
#   make test   runs linters, type checks and the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
EXAMPLES := $(wildcard examples/*.yaml)

.PHONY: demo test lint golden screenshot docs fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	@for facts in $(EXAMPLES); do \
	  name=$$(basename $$facts .yaml); \
	  mkdir -p demo/$$name && cp $$facts demo/$$name/facts.yaml; \
	  $(BIN)/drafter draft demo/$$name/facts.yaml --format md,html,txt,json,docx --out demo/$$name || exit $$?; \
	done
	@echo "Drafts are in demo/: one folder per example, its facts.yaml beside one file per language and format."
	$(BIN)/drafter check demo/

lint: $(VENV)/.installed-test
	$(BIN)/ruff check drafter tests bench docs
	$(BIN)/ruff format --check drafter tests bench docs
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q -n auto --dist worksteal

# The fuzzing harness with its long profile: thousands of hostile facts files, drafts and templates
# (5,000 examples a test; FUZZ_EXAMPLES=N for another number).
fuzz: $(VENV)/.installed-test
	DRAFTER_FUZZ_PROFILE=fuzz DRAFTER_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:cacheprovider \
	  --hypothesis-show-statistics tests/test_fuzz.py tests/test_properties.py

golden: $(VENV)/.installed-test
	DRAFTER_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py

docs: $(VENV)/.installed
	$(BIN)/python docs/rules_table.py

screenshot: $(VENV)/.installed-test
	$(BIN)/python docs/screenshot.py
	$(BIN)/python docs/screenshot_web.py

clean:
	rm -rf $(VENV) demo artifacts build dist .pytest_cache .mypy_cache .ruff_cache
