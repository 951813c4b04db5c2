# Copydesk: two commands for a newcomer (`make run`, `make test`) and a few for the team.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export LANG ?= C.UTF-8

.PHONY: run test bench soak screenshots dist clean system-deps lint

# System libraries Qt needs (and python3-venv); installs them with apt when it can.
system-deps:
	@sh scripts/system-deps.sh

$(STAMP): pyproject.toml scripts/system-deps.sh
	@sh scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

run: $(STAMP)
	$(VENV)/bin/copydesk resources/samples/harbour-bridge-talks.md

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# Reliability figures (docs/reliability.md): crash, concurrency, fuzz, hostile files, soak.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/soak.py $(SOAK_ARGS)

screenshots: $(STAMP)
	sh scripts/screenshots.sh

lint: $(STAMP)
	$(PY) -m pip install -q ruff
	$(VENV)/bin/ruff check app tests bench

dist: $(STAMP)
	$(PY) -m pip install -q build pyinstaller
	$(PY) -m build --outdir dist
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist/bundle --workpath build/pyinstaller packaging/copydesk.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
