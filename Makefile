# eventwire: `make run` sets up and runs the main job on examples/; `make test` runs the suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.db
STAMP  := $(VENV)/.installed

.PHONY: run test lint eval bench serve setup lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/eventwire ingest examples/ --db $(DB)
	$(BIN)/eventwire summary --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/eventwire eval all

# Throughput, ratios, peak RSS, --workers scaling (needs ../shared/data): bench/results/latest.json
bench: $(STAMP)
	$(BIN)/python bench/run.py

# Statements cue tagger from PolNeAR train (needs ../shared/data); writes resources/cue_model.json.
.PHONY: train-quotes
train-quotes: $(STAMP)
	$(BIN)/python -m eventwire.extract.statement_train ../shared/data/polnear/train src/eventwire/resources/cue_model.json

# the eval quotes measures on three held-out tenths of PolNeAR train (never reads dev)
.PHONY: eval-quotes-heldout
eval-quotes-heldout: $(STAMP)
	$(BIN)/python -m eventwire.extract.statement_train ../shared/data/polnear/train --held-out

serve: $(STAMP)
	$(BIN)/eventwire serve --db $(DB)

# Entity relabeller weights, from the CoNLL-2003 *train* split only (about 2 minutes).
.PHONY: train-ner
train-ner: $(STAMP)
	$(BIN)/python -m eventwire.extract.entity_train ../shared/data/conll2003/train.txt \
		src/eventwire/resources/ner_relabel.json

# Learned event check from every judged event under bench/ (needs ../shared/data; about
# 3 minutes); writes resources/event_gate.json (see resources/event_gate.md).
.PHONY: train-events-gate
train-events-gate: $(STAMP)
	$(BIN)/python bench/train_event_gate.py src/eventwire/resources/event_gate.json

# Re-resolve the exact pins from pyproject's lower bounds (needs the registry).
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install --quiet -e '.[dev]'
	( echo '# Exact pins the Makefile installs from (pip freeze of a fresh .venv with .[dev]). Regenerate: make lock'; \
	  .lockenv/bin/pip freeze --exclude-editable | grep -v '^eventwire' ) > requirements.lock
	rm -rf .lockenv

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build *.egg-info src/*.egg-info
