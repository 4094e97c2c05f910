# Every target installs what it needs into .venv on first use; a fresh clone needs only python3
# (and, for lint-contract, bench and test, Node.js with npm). `make` alone lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
MOCK_STAMP := $(VENV)/.mock-installed
SPECTRAL := tools/spectral/node_modules/.bin/spectral
ECOSYSTEM := tools/ecosystem/node_modules/.installed
ECOSYSTEM_VENV := tools/ecosystem/.venv
CONTRACTS := mavi_contract/openapi.yaml mavi_contract/dialects/openapi.modern.yaml \
	mavi_contract/dialects/openapi.legacy.yaml
PORT ?= 8000
export PATH := $(CURDIR)/$(BIN):$(PATH)
# Python caches compiled modules (__pycache__, ignored by git) as it does by default, even where the
# environment turns that off: each of the many processes the tests start then compiles nothing.
unexport PYTHONDONTWRITEBYTECODE

.DEFAULT_GOAL := help
.PHONY: help install dialects generate lint lint-contract typecheck test test-fast audit mock \
	contract-live contract-sweep ecosystem mutation bench bench-recording soak clean

## List the targets (the default).
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-z-]+:/{if(doc){split($$1,t,":"); printf "  make %-14s %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

## Install the development toolchain into .venv (the other targets do it when needed).
install: $(STAMP)

# uv (pinned in requirements.lock, installed by pip) installs the pins: the same versions as pip
# would, compiled to bytecode as pip does, in about 12 s instead of about 40 s on a fresh clone.
# uv reads no pip configuration: where it cannot reach an index (a mirror only pip knows of), pip
# installs the same pins instead.
UV_INSTALL = install() { $(PY) -m pip install -q --disable-pip-version-check -c requirements.lock uv \
	&& $(PY) -m uv pip install -q --compile-bytecode --python $(PY) -c requirements.lock "$$@" \
	|| $(PY) -m pip install -q --disable-pip-version-check -c requirements.lock "$$@"; }; install

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(UV_INSTALL) -e '.[dev]'
	touch $(STAMP) $(MOCK_STAMP)

# The mock alone: the client and the [mock] extra, none of the development toolchain.
$(MOCK_STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(UV_INSTALL) -e '.[mock]'
	touch $(MOCK_STAMP)

## Run the mock (granian, one worker per core) on 127.0.0.1:8000 (PORT=9000 make mock to move it).
mock: $(MOCK_STAMP)
	$(PY) -m mock_server --host 127.0.0.1 --port $(PORT)

## Rebuild mavi_contract/dialects/ from openapi.yaml and the overlays in overlays/.
dialects: $(STAMP)
	$(PY) -m overlays.build

## Regenerate generated_client/ from openapi.yaml (never edit it by hand).
generate: $(STAMP)
	openapi-python-client generate --path openapi.yaml --config openapi-python-client.yaml \
		--meta none --output-path generated_client --overwrite

## ruff (lint and format check).
lint: $(STAMP)
	ruff check .
	ruff format --check .

## Spectral's spectral:oas ruleset over the contract and its dialects: 0 warnings allowed.
lint-contract: $(SPECTRAL)
	$(SPECTRAL) lint --ruleset .spectral.yaml --fail-severity warn $(CONTRACTS)

$(SPECTRAL): tools/spectral/package.json tools/spectral/package-lock.json
	cd tools/spectral && npm ci --no-audit --no-fund --loglevel=error

## mypy (strict, the settings in pyproject.toml) over the client and the mock.
typecheck: $(STAMP)
	mypy

## Lint, contract lint, type check, the generated-client drift check, and every offline test.
# The Python toolchain and Spectral install side by side; the contract lint and the type check
# run beside pytest (which leaves most of a core idle), their output shown after it; any of them
# failing fails the target.
test:
	$(MAKE) --no-print-directory -j2 $(STAMP) $(SPECTRAL)
	mkdir -p reports
	ruff check .
	ruff format --check .
	{ $(SPECTRAL) lint --ruleset .spectral.yaml --fail-severity warn $(CONTRACTS) && mypy; } \
		> reports/static-checks.log 2>&1 & checks=$$!; trap 'kill $$checks 2>/dev/null' INT TERM; \
	pytest --junitxml=reports/junit.xml $(PYTEST_ARGS); tests=$$?; \
	wait $$checks; static=$$?; cat reports/static-checks.log; \
	if [ $$static -ne 0 ]; then echo "make test: the contract lint or mypy failed (above)" >&2; exit 1; fi; \
	exit $$tests

## The inner loop: the in-process suites only (pytest -m "not slow").
test-fast: $(STAMP)
	pytest -m "not slow" $(PYTEST_ARGS)

## Against the real provider: needs MAVI_API_KEY (and optionally MAVI_BASE_URL).
contract-live: $(STAMP)
	pytest -m live -p no:cacheprovider contract_tests $(PYTEST_ARGS)

## Schemathesis with N random seeds (SWEEP_ARGS="--seeds 10") against the faithful mock, each dialect.
contract-sweep: $(STAMP)
	mkdir -p reports
	$(PY) -m contract_tests.sweep $(SWEEP_ARGS)

## Specmatic, openapi-core, js-yaml and a TypeScript client against the documents and the mock (about 1.5 min).
ecosystem: $(STAMP) $(ECOSYSTEM) $(ECOSYSTEM_VENV)/.installed
	command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq default-jre-headless)
	mkdir -p reports
	$(PY) -m contract_tests.ecosystem $(ECOSYSTEM_ARGS)

$(ECOSYSTEM): tools/ecosystem/package.json tools/ecosystem/package-lock.json
	cd tools/ecosystem && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# openapi-core in a virtualenv of its own: it needs older releases of what the [dev] extra pins.
$(ECOSYSTEM_VENV)/.installed: tools/ecosystem/requirements.txt
	test -x $(ECOSYSTEM_VENV)/bin/python || $(PYTHON) -m venv $(ECOSYSTEM_VENV)
	$(ECOSYSTEM_VENV)/bin/python -m pip install -q --disable-pip-version-check -r $<
	touch $@

## mutmut over the envelopes, retries, engine, Prefer, vectors and the mock's pipeline (about 30 min); writes reports/mutation.md.
mutation: $(STAMP) $(VENV)/.mutation
	rm -rf mutants
	mutmut run
	$(PY) -m contract_tests.mutation_report

$(VENV)/.mutation: pyproject.toml requirements.lock | $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[mutation]'
	touch $@

## Mock vs Prism, Flask's floor and fixed bytes (granian, gunicorn), then bench-recording; writes BENCHMARKS.md, bench/chart.png.
bench: $(STAMP) $(VENV)/.bench bench/node_modules/.bin/prism
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) -m bench.bench $(BENCH_ARGS)
	$(PY) -m bench.recording $(RECORDING_ARGS)

## The proxy's added latency, replay vs the shortcut, memory recording 10,000 exchanges (about 1.5 min); its section of BENCHMARKS.md.
bench-recording: $(STAMP)
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) -m bench.recording $(RECORDING_ARGS)

## Known vulnerabilities in the pinned dependencies (pip-audit over requirements.lock).
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

## Remove .venv, reports, the mock's data and the node modules.
clean:
	rm -rf $(VENV) reports .mock-data .pytest_cache .mypy_cache .ruff_cache bench/node_modules \
		tools/spectral/node_modules tools/ecosystem/node_modules tools/ecosystem/.venv \
		tools/ecosystem/build mutants
