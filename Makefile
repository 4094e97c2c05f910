# Every target installs what it needs into .venv on first use; a fresh clone needs only python3.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PORT ?= 8000
export PATH := $(CURDIR)/$(BIN):$(PATH)


.PHONY: install dialects generate lint typecheck drift test audit mock contract-live bench soak clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $(STAMP)

## Rebuild dialects/openapi.{modern,legacy}.yaml from openapi.yaml and overlays/.
dialects: $(STAMP)
	$(PY) -m overlays.build

## Regenerate generated_client/ from openapi.yaml (never edit it by hand).
generate: $(STAMP)
	openapi-python-client generate --path openapi.yaml --config openapi-python-client.yaml \
		--meta none --output-path generated_client --overwrite

lint: $(STAMP)
	ruff check .
	ruff format --check .

typecheck: $(STAMP)
	mypy

## Lint, type check, the generated-client drift check, and every offline test.
test: $(STAMP)
	mkdir -p reports
	ruff check .
	ruff format --check .
	mypy
	pytest --junitxml=reports/junit.xml $(PYTEST_ARGS)

## Run the mock under gunicorn on 127.0.0.1:$(PORT).
mock: $(STAMP)
	$(PY) -m mock_server --host 127.0.0.1 --port $(PORT)

## Against the real provider: needs MAVI_API_KEY (and optionally MAVI_BASE_URL).
contract-live: $(STAMP)
	pytest -m live -p no:cacheprovider contract_tests $(PYTEST_ARGS)

## Mock vs Prism (static, dynamic) vs a WSGI ceiling; writes BENCHMARKS.md and bench/chart.png.
bench: $(STAMP) $(VENV)/.bench bench/node_modules/.bin/prism
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) -m bench.bench $(BENCH_ARGS)

## Known vulnerabilities in the pinned dependencies (pip-audit; needs PyPI's per-release JSON API).
audit: $(VENV)/.audit
	pip-audit -r requirements.lock --no-deps --disable-pip --strict --progress-spinner off

$(VENV)/.audit: pyproject.toml requirements.lock | $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[audit]'
	touch $@

$(VENV)/.bench: pyproject.toml | $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[bench]'
	touch $@

bench/node_modules/.bin/prism: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --loglevel=error

## 20,000 mixed requests at 32 connections, then the 1/s rate limit with client retries (loopback).
soak: $(STAMP)
	mkdir -p reports
	$(PY) -m bench.soak $(SOAK_ARGS)

clean:
	rm -rf $(VENV) reports .mock-data .pytest_cache .mypy_cache .ruff_cache bench/node_modules
