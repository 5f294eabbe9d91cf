# Sister-City Kiosk — everyday commands. `make run` and `make test` are the quick start.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck layers check translations shots soak fuzz bench bench-check clean

$(STAMP): pyproject.toml tools/find-python
	@test -x $(PY) || "$$(tools/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m kiosk run

test: $(STAMP) translations lint typecheck layers
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk tests tools benchmarks
	$(VENV)/bin/ruff format --check kiosk tests tools benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy kiosk/core kiosk/content kiosk/analytics

layers: $(STAMP)
	$(VENV)/bin/lint-imports

check: $(STAMP)
	$(PY) -m kiosk check data/karachi --strict

# Compile the .ts translation sources into the .qm files the kiosk loads.
translations: $(STAMP)
	$(PY) tools/translations.py compile
	$(PY) tools/translations.py verify

# Refresh the .ts sources from the tr() calls in the code (then translate, then commit).
translations-update: $(STAMP)
	$(PY) tools/translations.py update

shots: $(STAMP)
	$(PY) tools/make_shots.py docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.soak --actions 20000 --seed 1

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench

bench-check: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench --check

# More fuzzing than `make test` does: hundreds of mutated packs through loader and `kiosk check`.
fuzz: $(STAMP)
	KIOSK_FUZZ_EXAMPLES=600 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q \
		tests/test_content_fuzz.py tests/test_check_fuzz.py --hypothesis-show-statistics

# The packaged kiosk: a PyInstaller one-folder bundle in dist/sister-city-kiosk/ that runs
# without Python (`make dist`), and a Debian package of it in dist/ (`make deb`).
PACKAGING_STAMP := $(VENV)/.packaging

$(PACKAGING_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,packaging]'
	@touch $(PACKAGING_STAMP)

.PHONY: dist deb

dist: $(PACKAGING_STAMP) translations
	$(PY) packaging/build_dist.py bundle

deb: dist
	$(PY) packaging/build_dist.py deb
