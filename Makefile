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
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
DEMO_OUT ?= demo-output

.PHONY: help setup system test lint demo zip deploy qgis bench screenshots translations metadata clean

help:
	@echo "make test     set up (apt, venv) and run linters and all tests headless"
	@echo "make demo     run the whole job on the training data into $(DEMO_OUT)/"
	@echo "make zip      build $(ZIP) for QGIS's Install from ZIP"
	@echo "make deploy   install the plugin into the local QGIS profile"
	@echo "make qgis     open QGIS with the plugin enabled"
	@echo "make bench    run the benchmarks in tests/benchmarks/"
	@echo "make screenshots  refresh the tutorial's screenshots from the end-to-end test in real QGIS"

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

test: setup translations lint zip
	PATROL_PLANNER_ZIP="$(CURDIR)/$(ZIP)" $(HEADLESS) $(PY) -m pytest -ra

zip: setup translations
	$(PY) scripts/build_zip.py $(ZIP)

demo: setup translations
	$(HEADLESS) $(PY) scripts/demo.py --out $(DEMO_OUT)

deploy: zip
	mkdir -p "$(PROFILE_DIR)/python/plugins"
	rm -rf "$(PROFILE_DIR)/python/plugins/patrol_planner"
	cd "$(PROFILE_DIR)/python/plugins" && $(PY) -m zipfile -e "$(CURDIR)/$(ZIP)" .
	$(HEADLESS) qgis_process.bin plugins enable patrol_planner >/dev/null

qgis: deploy
	qgis --nologo

bench: setup
	@for script in tests/benchmarks/bench_*.py; do echo "== $$script"; $(HEADLESS) $(PY) $$script || exit 1; done

# The tutorial's pictures are what the end-to-end test saw in the real QGIS desktop.
screenshots: zip
	PATROL_PLANNER_ZIP="$(CURDIR)/$(ZIP)" $(HEADLESS) $(PY) -m pytest -q tests/e2e/test_desktop.py
	mkdir -p docs/img
	cp tests/artifacts/desktop_dock.png tests/artifacts/workflow_[1-4]_*.png docs/img/
	mkdir -p docs/img/es
	cp tests/artifacts/reopen_es_1_layers.png docs/img/es/1_capas.png
	cp tests/artifacts/reopen_es_2_teams.png docs/img/es/2_equipos.png
	cp tests/artifacts/reopen_es_3_review.png docs/img/es/3_revisar.png
	cp tests/artifacts/reopen_es_4_map.png docs/img/es/4_mapa.png
	cp tests/artifacts/reopen_es_5_reopened_review.png docs/img/es/5_reabierto.png

clean:
	rm -rf dist build $(DEMO_OUT) i18n/*.qm
