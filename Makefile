# Two commands on a fresh machine (Python 3.11): `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= concord.db

.PHONY: demo test install install-dev browser bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
browser:
	sh scripts/install-chromium.sh

demo: install
	$(BIN)/concord ingest examples/ --db $(DB)
	$(BIN)/concord stats --db $(DB)
	@if $(BIN)/concord serve --help >/dev/null 2>&1; then \
		echo "Serving the web interface on http://127.0.0.1:8000 (Ctrl-C to stop)"; \
		$(BIN)/concord serve --db $(DB) --host 127.0.0.1 --port 8000; fi

test: install-dev browser
	$(BIN)/python -m pytest

bench: install-dev
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
