#!/usr/bin/env bash
# Installs what asistents needs on a Debian machine, idempotently: the system programs
# (Tesseract with Latvian data, poppler, LibreOffice, fonts with Latvian glyphs) and a
# virtual environment in .venv with the package and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-lav tesseract-ocr-osd   # OCR of scans, Latvian model, orientation
  tesseract-ocr-eng                                   # re-reads e-mail addresses (lav has no @)
  poppler-utils                                       # pdftoppm/pdftotext for looking at output
  libreoffice-writer-nogui                            # DOCX -> PDF
  fonts-dejavu-core fonts-dejavu-extra fonts-liberation2  # glyphs for ā č ē ģ ī ķ ļ ņ š ū ž
  fonts-comic-neue                                    # the hand that fills in scanned test timesheets
  fonts-freefont-ttf fonts-dkg-handwriting            # the unseen test sets' typefaces and hand
  python3-venv
)
# --tests: also what only the test suite uses: a PostgreSQL server for the store's tests on the
# second supported database (they start a throwaway cluster of their own, and skip saying so
# where no server can be installed), and Chromium, which the review desk's browser tests drive
# through Playwright (they fail without it: the desk is not tested otherwise).
TEST_PACKAGES=()
[ "${1:-}" = "--tests" ] && TEST_PACKAGES=(postgresql chromium)

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_updated=""
not_installed() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}
apt_install() {
  [ -n "$apt_updated" ] || { $SUDO apt-get update -qq && apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

mapfile -t missing < <(not_installed "${APT_PACKAGES[@]}")
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  apt_install "${missing[@]}"
fi
if [ ${#TEST_PACKAGES[@]} -gt 0 ]; then
  mapfile -t missing < <(not_installed "${TEST_PACKAGES[@]}")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages for the tests: ${missing[*]}"
    apt_install "${missing[@]}" || echo "setup: could not install ${missing[*]}; the tests that need it will skip"
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the project's metadata changed since the last install.
stamp=.venv/.asistents-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing asistents and its dependencies into .venv"
  # pip's build chatter goes to a log; it is shown only when the install fails.
  if ! { .venv/bin/python -m pip install -q --upgrade pip &&
         .venv/bin/python -m pip install -q -e '.[dev]'; } >.venv/pip-install.log 2>&1; then
    cat .venv/pip-install.log >&2
    echo "setup: installing the Python packages failed (log above, also in .venv/pip-install.log)" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
.venv/bin/asistents --version
