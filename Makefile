# Scan Urba — two commands for a newcomer: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# the core tier's venv: no system site packages, so `import qgis` fails there
VENV_CORE := .venv-core
PLUGIN := scan_urba_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export PYTHONDONTWRITEBYTECODE := 1

DEB_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-pyproj python3-venv \
	python3-pip pyqt5-dev-tools qttools5-dev-tools xvfb xauth gdal-bin python3-gdal poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system-deps postgis-deps libreoffice-deps chroot-deps test test-new-user test-qgis340 test-qgis344 \
	qgis340 qgis344 bench demo package deploy translations qm plugin-files lint clean corpus

setup: $(VENV)/.installed qm

# Debian's QGIS when qgis.core cannot be imported (or a build tool is missing).
system-deps:
	@if /usr/bin/python3 -c "import qgis.core, pandas, pyproj, osgeo.gdal" 2>/dev/null \
	   && command -v lrelease pylupdate5 Xvfb qgis_process.bin >/dev/null; then \
	  echo "system packages: present"; \
	else \
	  echo "installing Debian packages: $(DEB_PACKAGES)"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    --no-install-recommends $(DEB_PACKAGES); \
	fi

# PostgreSQL + PostGIS for the tests that read and write PostGIS (a throwaway cluster is
# started and stopped by the tests themselves, on a local socket).
postgis-deps:
	@if ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 \
	   && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "PostGIS: present"; \
	else \
	  echo "installing Debian's PostgreSQL and PostGIS"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    --no-install-recommends postgresql postgis postgresql-15-postgis-3 python3-psycopg2; \
	fi

# debootstrap for the chroot tiers, installed once before both builds start side by side (two
# builds installing it at the same time fight for dpkg's lock, and one finds no debootstrap).
chroot-deps:
	@if command -v debootstrap >/dev/null; then echo "debootstrap: present"; else \
	  echo "installing Debian's debootstrap"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    --no-install-recommends debootstrap; \
	fi

# LibreOffice Writer (no GUI) for the tests that open the draft opinion (ODT, DOCX) headless and
# convert it to PDF; poppler-utils (pdftotext, pdftoppm) reads the result.
libreoffice-deps:
	@if command -v soffice >/dev/null && command -v pdftotext >/dev/null; then \
	  echo "LibreOffice: present"; \
	else \
	  echo "installing Debian's libreoffice-writer-nogui"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    --no-install-recommends libreoffice-writer-nogui poppler-utils; \
	fi

$(VENV)/.installed: requirements.txt
	@$(MAKE) --no-print-directory system-deps
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV_CORE)/.installed: requirements-core.txt
	@test -x $(VENV_CORE)/bin/python || /usr/bin/python3 -m venv $(VENV_CORE)
	$(VENV_CORE)/bin/python -m pip install -q --disable-pip-version-check -r requirements-core.txt
	@touch $@

# Refresh the .ts files from the sources (developers), then compile them.
translations: $(VENV)/.installed
	pylupdate5 -noobsolete $$(find $(PLUGIN) sampledata -name '*.py' | sort) \
	  -ts i18n/$(PLUGIN)_fr.ts i18n/$(PLUGIN)_en.ts 2>/dev/null
	$(PY) tools/fill_translations.py i18n/$(PLUGIN)_en.ts i18n/$(PLUGIN)_fr.ts
	$(MAKE) --no-print-directory qm

# The plugin folder is an ordinary QGIS plugin once built: metadata.txt and resources/ are
# sources at the top level, linked into the package (git-ignored links), like the .qm files.
plugin-files:
	@for f in metadata.txt resources; do \
	  if [ -e $(PLUGIN)/$$f ] && [ ! -L $(PLUGIN)/$$f ]; then \
	    echo "$(PLUGIN)/$$f is not a link: move its content to the top-level $$f"; exit 1; fi; \
	  ln -sfn ../$$f $(PLUGIN)/$$f; \
	done

# Compile the committed .ts files into the package (setup does this; it changes no tracked file).
qm: plugin-files
	@mkdir -p $(PLUGIN)/i18n
	lrelease -silent i18n/$(PLUGIN)_fr.ts -qm $(PLUGIN)/i18n/$(PLUGIN)_fr.qm
	lrelease -silent i18n/$(PLUGIN)_en.ts -qm $(PLUGIN)/i18n/$(PLUGIN)_en.qm

# Core tier, then the QGIS tier on Debian 12's QGIS 3.22, on QGIS 3.40 LTR (bookworm-backports) and
# on QGIS 3.44 LTR (Debian unstable), the last two in chroots cached under /var/cache/scan-urba and
# built meanwhile when their recipe changed. The two chroot tiers run side by side (a tier keeps
# about one core busy), each with its own output folder, X display, home and /tmp; their logs
# are printed whole, one after the other.
QGIS340 := $(SUDO) tools/qgis_chroot.sh 3.40
QGIS344 := $(SUDO) tools/qgis_chroot.sh 3.44
test: setup postgis-deps libreoffice-deps chroot-deps $(VENV_CORE)/.installed
	@mkdir -p out; $(QGIS340) build >out/qgis340-chroot.log 2>&1 & c340=$$!; \
	$(QGIS344) build >out/qgis344-chroot.log 2>&1 & c344=$$!; status=0; \
	SCAN_URBA_CORE_TIER=1 $(VENV_CORE)/bin/python -m pytest -q tests/core || status=1; \
	echo "== QGIS tier on QGIS 3.22 (Debian 12)"; \
	$(PY) -m pytest -q --qgis_disable_gui tests/qgis -k "not new_user" || status=1; \
	$(MAKE) --no-print-directory test-new-user || status=1; \
	tiers=""; for tier in 340 344; do \
	  if [ $$tier = 340 ]; then build=$$c340; else build=$$c344; fi; \
	  if wait $$build; then \
	    $(MAKE) --no-print-directory test-qgis$$tier >out/qgis$$tier-tests.log 2>&1 & \
	    tiers="$$tiers $$tier:$$!"; \
	  else cat out/qgis$$tier-chroot.log; status=1; fi; \
	done; \
	for pair in $$tiers; do \
	  wait $${pair#*:} || status=1; cat out/qgis$${pair%%:*}-tests.log; \
	done; exit $$status

# The QGIS tier and the new-user test in one chroot tier ($1: 340 or 344; $2: its name), its
# screenshots and checked texts under out/qgis$1 (SCAN_URBA_TEST_OUT), its X display :$1
define chroot_tier
	@echo "== QGIS tier on QGIS $2 (chroot $$($(QGIS$1) path))"
	$(QGIS$1) run env SCAN_URBA_TEST_OUT=out/qgis$1 python -m pytest -q -p no:cacheprovider \
	  --qgis_disable_gui tests/qgis -k "not new_user"
	$(QGIS$1) run env QT_QPA_PLATFORM=xcb SCAN_URBA_TEST_OUT=out/qgis$1 xvfb-run -n $1 \
	  -s "-screen 0 1920x1080x24" python -m pytest -q -p no:cacheprovider tests/qgis -k new_user
endef
test-qgis340: qgis340
	$(call chroot_tier,340,3.40 LTR (Debian bookworm-backports))
test-qgis344: qgis344
	$(call chroot_tier,344,3.44 LTR (Debian unstable))
qgis340: chroot-deps
	@$(QGIS340) build
qgis344: chroot-deps
	@$(QGIS344) build

# The new user's path on real widgets, in an X server (Xvfb): screenshots in out/screenshots.
test-new-user: setup
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
	  $(PY) -m pytest -q -p no:cacheprovider tests/qgis -k new_user

# Benchmark on generated département data (and the région once: make bench BENCH_ARGS=--region;
# some steps only: BENCH_ARGS="--steps a,b,e")
bench: setup postgis-deps
	$(PY) tools/bench.py $(BENCH_ARGS)

# The reader's score on the corpus of real règlements (corpus/README.md): prints it per document
# and writes corpus/SCORE.md (CORPUS_ARGS="--doc ID --details" for one document's misses).
corpus: $(VENV_CORE)/.installed
	$(VENV_CORE)/bin/python tools/corpus.py $(CORPUS_ARGS)

demo: setup
	$(PY) -m sampledata demo --out out/demo

package: setup
	$(PY) tools/package.py dist

deploy: package
	mkdir -p $(QGIS_PROFILE)/python/plugins
	rm -rf $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	cd $(QGIS_PROFILE)/python/plugins && python3 -m zipfile -e $(CURDIR)/dist/$(PLUGIN)-$(VERSION).zip .
	@echo "installed into $(QGIS_PROFILE)/python/plugins/$(PLUGIN)"

lint: setup
	$(VENV)/bin/ruff check $(PLUGIN) sampledata tests tools
	$(PY) tools/qt6_check.py

clean:
	rm -rf out dist .pytest_cache $(PLUGIN)/i18n/*.qm $(PLUGIN)/metadata.txt $(PLUGIN)/resources
