# Two entry points for a fresh machine (see README.md):
#   make run    set up .venv, install, and start interview-coach on the embedded defaults
#   make test   set up .venv, install, and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
ARGS ?=

.PHONY: setup run test bench i18n clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $@

run: setup
	$(VENV)/bin/interview-coach $(ARGS)

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/quality.py
	$(PY) bench/speed.py
	$(PY) bench/speech.py

# after changing user-facing strings: extract, merge into hr/de/en catalogues, compile
i18n: setup
	$(PY) scripts/i18n.py

clean:
	rm -rf $(VENV) .pytest_cache
