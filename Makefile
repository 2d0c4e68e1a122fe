# Two commands do all the set-up on a fresh machine:
#   make demo   create .venv, install Marsad, extract the bundled examples into
#               the embedded SQLite store (demo.db) and show what was stored
#   make test   create .venv if needed and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/marsad ingest examples/awj-2020-08-tripoli.txt --published 2020-08-18 --db demo.db
	$(BIN)/marsad ingest examples/sample-wire.jsonl --db demo.db
	$(BIN)/marsad show --db demo.db
	$(BIN)/marsad extract examples/awj-2020-08-tripoli.txt --published 2020-08-18 --format jsonl \
	  | $(BIN)/python -c "import json,sys; r=json.loads(sys.stdin.readline()); \
	    print({k: r[k] for k in ('outlet','section','dateline','published','title')}); \
	    print(len(r['sentences']), 'sentences,', len(r['entities']), 'entities,', len(r['quotes']), 'quotes,', len(r['events']), 'events')"
	@echo "Open http://127.0.0.1:8000/ (Ctrl-C to stop)"
	$(BIN)/marsad serve --db demo.db --port 8000

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache
