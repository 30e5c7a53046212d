# The two commands of the README are `make run` and `make test`; everything else is a step.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test neo4j-start neo4j-stop

$(INSTALLED): pyproject.toml requirements.lock
	@scripts/check-prereqs.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e '.[dev]'
	@touch $@

## Set up everything, start Neo4j, load data/, serve the API (prints the playground URL).
run: $(INSTALLED)
	$(BIN)/computegraph neo4j start
	$(BIN)/computegraph ingest --replace data
	$(BIN)/computegraph serve

## Lint, type-check and run the whole test suite against a real local Neo4j.
test: $(INSTALLED)
	@scripts/ensure-compose-validator.sh
	@scripts/ensure-chromium.sh
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q

neo4j-start: $(INSTALLED)
	$(BIN)/computegraph neo4j start

neo4j-stop: $(INSTALLED)
	$(BIN)/computegraph neo4j stop
