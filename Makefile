# SPDX-License-Identifier: GPL-2.0-or-later
# Patrol Planner task runner.  `make test` and `make demo` set everything up on
# a fresh Debian 12 machine (run as root, or with sudo); later runs reuse it.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP := dist/patrol_planner-$(VERSION).zip
TS := $(wildcard i18n/*.ts)
QM := $(TS:.ts=.qm)
HEADLESS := QT_QPA_PLATFORM=offscreen
# Qt 6 check (PyQt6 from PyPI) and the engine on the newest stack (Python 3.12
# where the machine has one, shapely 2, newest scipy): two small
# venvs of their own, made once, reinstalled when their requirements change.
QT6_VENV := .venv-qt6
QT6_STAMP := $(QT6_VENV)/.installed
NEWEST_VENV := .venv-newest
NEWEST_STAMP := $(NEWEST_VENV)/.installed
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
DEMO_OUT ?= demo-output

.PHONY: help setup system test lint check demo zip deploy qgis bench screenshots screenshots-es translations metadata clean \
	qt6-check qt6-fix qt6-venv engine-newest test-ltr

help:
	@echo "make test     set up (apt, venv) and run linters and all tests headless, in QGIS 3.22 and 3.44 LTR"
	@echo "make demo     run the whole job on the training data into $(DEMO_OUT)/"
	@echo "make zip      build $(ZIP) for QGIS's Install from ZIP"
	@echo "make check    what plugins.qgis.org checks (zip size, no binaries, Bandit, secrets), flake8-qgis, mypy, ruff format"
	@echo "make deploy   install the plugin into the local QGIS profile"
	@echo "make qgis     open QGIS with the plugin enabled"
	@echo "make bench    run the benchmarks in tests/benchmarks/"
	@echo "make qt6-check   will it load on QGIS 4 (Qt 6)? migration rules, PyQt6 names and .ui files, removed API"
	@echo "make qt6-fix     write the Qt 6 spelling of the enum values qt6-check reports"
	@echo "make engine-newest  the engine's tests on Python 3.12 (if the machine has it), shapely 2, newest scipy"
	@echo "make test-ltr  the QGIS and engine tests in QGIS 3.44 LTR (a Debian root, built once into /var/cache/patrol-planner)"
	@echo "make screenshots  refresh the tutorial's screenshots from the end-to-end test in real QGIS"
	@echo "make screenshots-es  only the Spanish tutorial's (Teams, Plan, Review, What if...)"

setup: system $(STAMP)

system:
	@bash scripts/setup_system.sh

$(STAMP): requirements-dev.txt
	@bash scripts/setup_system.sh
	/usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@# the repo root is the plugin folder: expose it to the venv as `patrol_planner`
	ln -sfn "$(CURDIR)" "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/patrol_planner"
	touch $@

translations: $(QM)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

metadata:
	$(PY) scripts/sync_changelog.py

lint: setup
	$(VENV)/bin/ruff check .
	$(PY) scripts/sync_changelog.py --check

$(QT6_STAMP): requirements-qt6.txt
	@bash scripts/setup_system.sh
	rm -rf $(QT6_VENV)
	/usr/bin/python3 -m venv $(QT6_VENV)
	$(QT6_VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-qt6.txt
	touch $@

qt6-venv: $(QT6_STAMP)

qt6-check: setup $(QT6_STAMP)
	$(HEADLESS) $(PY) scripts/qt6_check.py --qt6-python $(QT6_VENV)/bin/python

# writes the scoped spelling of the enum values qt6-check flags (Qgis.Critical -> Qgis.MessageLevel.Critical)
qt6-fix: setup $(QT6_STAMP)
	$(HEADLESS) $(PY) scripts/qt6_check.py --qt6-python $(QT6_VENV)/bin/python --fix

$(NEWEST_STAMP): requirements-newest.txt scripts/find_python.sh
	@bash scripts/setup_system.sh
	rm -rf $(NEWEST_VENV)
	"$$(bash scripts/find_python.sh)" -m venv $(NEWEST_VENV)
	$(NEWEST_VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-newest.txt
	ln -sfn "$(CURDIR)" "$$($(NEWEST_VENV)/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/patrol_planner"
	touch $@

# tests/planner/ again, on the newest stack; prints the versions it ran on
engine-newest: $(NEWEST_STAMP)
	@$(NEWEST_VENV)/bin/python -c 'import sys, shapely, gpxpy; print("engine-newest: Python %s, shapely %s, gpxpy %s" % (sys.version.split()[0], shapely.__version__, gpxpy.__version__)); sys.exit(0 if int(shapely.__version__.split(".")[0]) >= 2 else "engine-newest: shapely 2 expected")'
	$(HEADLESS) $(NEWEST_VENV)/bin/python -m pytest -q tests/planner

# What plugins.qgis.org's upload scan would refuse (scripts/check_zip.py), then the code checks
# configured in pyproject.toml and .flake8.
check: setup zip
	$(PY) scripts/check_zip.py $(ZIP)
	$(VENV)/bin/flake8 planner provider qgis_adapters ui plugin.py __init__.py
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff format --check .

# QGIS 3.22 (the machine's) first, then QGIS 3.44 LTR (test-ltr, below)
test: setup translations lint check qt6-check engine-newest
	PATROL_PLANNER_ZIP="$(CURDIR)/$(ZIP)" $(HEADLESS) $(PY) -m pytest -ra
	@$(MAKE) --no-print-directory test-ltr

# tests/qgis, tests/e2e and tests/planner in QGIS 3.44 LTR (Python 3.14, GDAL 3.13, shapely 2) against
# the zip; the Debian root is built once (about 3 minutes) and rebuilt when its inputs change (root.sh)
test-ltr: setup translations zip
	bash scripts/ltr/test.sh $(ZIP)

zip: setup translations
	$(PY) scripts/build_zip.py $(ZIP)

demo: setup translations
	$(HEADLESS) $(PY) scripts/demo.py --out $(DEMO_OUT)

# PROFILE_DIR=/some/folder/profiles/default installs elsewhere (a test profile); qgis_process
# reads that profile through QGIS_CUSTOM_CONFIG_PATH (the folder that holds profiles/).
deploy: zip
	mkdir -p "$(PROFILE_DIR)/python/plugins"
	rm -rf "$(PROFILE_DIR)/python/plugins/patrol_planner"
	$(PY) -m zipfile -e "$(ZIP)" "$(PROFILE_DIR)/python/plugins"
	QGIS_CUSTOM_CONFIG_PATH="$(abspath $(PROFILE_DIR)/../..)" $(HEADLESS) qgis_process.bin plugins enable patrol_planner >/dev/null

qgis: deploy
	qgis --nologo

bench: setup
	@for script in tests/benchmarks/bench_*.py; do echo "== $$script"; $(HEADLESS) $(PY) $$script || exit 1; done

# The tutorial's pictures are what the end-to-end test saw in the real QGIS desktop (under Xvfb), made small
# by scripts/doc_screenshots.py; screenshots-es makes only the Spanish tutorial's, from the one test (3 minutes)
screenshots: zip
	PATROL_PLANNER_ZIP="$(CURDIR)/$(ZIP)" $(HEADLESS) $(PY) -m pytest -q tests/e2e/test_desktop.py
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/qgis/test_dock_variation.py -k spanish
	$(HEADLESS) $(PY) scripts/doc_screenshots.py

screenshots-es: zip
	PATROL_PLANNER_ZIP="$(CURDIR)/$(ZIP)" $(HEADLESS) $(PY) -m pytest -q tests/e2e/test_desktop.py -k reopens
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/qgis/test_dock_variation.py -k spanish
	$(HEADLESS) $(PY) scripts/doc_screenshots.py --es-only

clean:
	rm -rf dist build $(DEMO_OUT) i18n/*.qm
