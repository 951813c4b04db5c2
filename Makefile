# Copydesk: two commands for a newcomer (`make run`, `make test`) and a few for the team.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export LANG ?= C.UTF-8

.PHONY: run test test-slow bench soak screenshots dist icons translations clean system-deps lint

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

# Everything, including the slow packaging tests that build the wheel and the bundle (CI runs these).
test-slow: $(STAMP)
	COPYDESK_SLOW_TESTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m pip install -q proselint  # the peer bench/style_speed.py compares with
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# Reliability figures (docs/reliability.md): crash, concurrency, fuzz, hostile files, soak.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/soak.py $(SOAK_ARGS)

screenshots: $(STAMP)
	sh scripts/screenshots.sh

lint: $(STAMP)
	$(PY) -m pip install -q ruff
	$(VENV)/bin/ruff check app tests bench

# The sdist and wheel in dist/, the one-folder bundle in dist/bundle/copydesk and a tarball of it.
dist: $(STAMP)
	rm -rf dist/bundle
	$(PY) -m build --outdir dist
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist/bundle \
		--workpath build/pyinstaller packaging/copydesk.spec
	tar -C dist/bundle -czf dist/copydesk-$$($(PY) -c 'import app; print(app.__version__)')-linux-$$(uname -m).tar.gz copydesk
	@ls -1 dist

# After editing resources/icons/hicolor/scalable/apps/*.svg: re-render the PNG sizes.
icons: $(STAMP)
	$(PY) scripts/render_icons.py

# After changing UI strings: refresh resources/translations/*.ts (English complete) and the .qm files.
translations: $(STAMP)
	$(PY) scripts/translations.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
