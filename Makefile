# Two commands do all the set-up on a fresh machine:
#   make demo   create .venv, install Marsad, extract the bundled examples into
#               the embedded SQLite store (demo.db), show them and serve the page
#   make test   create .venv if needed, install the test tools and run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed
TESTS := $(VENV)/.installed-test

.PHONY: demo test bench clean venv

venv: $(BASE)

$(BASE): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(BASE)

$(TESTS): $(BASE) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TESTS)

demo: $(BASE)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/marsad ingest examples/awj-2020-08-tripoli.txt --published 2020-08-18 --db demo.db
	$(BIN)/marsad ingest examples/sample-wire.jsonl --db demo.db
	$(BIN)/marsad show --db demo.db
	$(BIN)/marsad extract examples/awj-2020-08-tripoli.txt --published 2020-08-18 --format jsonl \
	  | $(BIN)/python -c "import json,sys; r=json.loads(sys.stdin.readline()); \
	    print({k: r[k] for k in ('outlet','section','dateline','published','title')}); \
	    print(len(r['sentences']), 'sentences,', len(r['entities']), 'entities,', len(r['quotes']), 'quotes,', len(r['events']), 'events'); \
	    [print(' ', e['type'], e.get('mode') or '', e['modality'], e['date'], [a['country'] for a in e['source']], '->', [a['country'] for a in e['target']]) for e in r['events']]"
	@echo "Open http://127.0.0.1:8000/ (Ctrl-C to stop)"
	$(BIN)/marsad serve --db demo.db --port 8000

test: $(TESTS)
	$(BIN)/python -m pytest

bench: $(TESTS)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache
