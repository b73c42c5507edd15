#!/usr/bin/env bash
# Build the PyInstaller app, then use it the way a person would, from an empty folder
# and a throwaway data folder: version, checking its built-in program, making an
# encrypted workbook, printing a worksheet, and starting the window headless.
#
#   packaging/smoke_test.sh             build (packaging/build_app.sh), then test
#   packaging/smoke_test.sh --no-build  test the app already in dist/workbook
#
# Takes about 1-2 minutes on 2 cores after the first build venv is made (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"

if [ "${1:-}" != "--no-build" ]; then
    packaging/build_app.sh
fi

APP="$REPO/dist/workbook/workbook"
PROGRAM="$REPO/dist/workbook/_internal/workbook/_program"
[ -x "$APP" ] || { echo "No app at $APP: run packaging/build_app.sh first." >&2; exit 1; }
[ -f "$PROGRAM/program.yaml" ] || { echo "The built-in program is missing from the app." >&2; exit 1; }
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' workbook/__init__.py)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/cwd"
cd "$tmp/cwd"  # an empty folder: nothing may depend on the source tree
export QT_QPA_PLATFORM=offscreen WORKBOOK_DATA_DIR="$tmp/data" \
    XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/share"

step() { echo "== $*"; }

step "version"
[ "$("$APP" --version)" = "Workbook $VERSION" ]

step "check the bundled program"
"$APP" check "$PROGRAM"

step "make an encrypted workbook (SQLCipher, Argon2, the schema migrations)"
printf 'a long smoke-test passphrase\n' | "$APP" new Smoke --passphrase-file - >/dev/null
"$APP" list | grep -q Smoke

step "print a blank worksheet (reportlab, the bundled fonts)"
module="$(find "$PROGRAM" -name '*.md' ! -name README.md | sort | head -n 1)"
"$APP" worksheet "$module" --blank -o "$tmp/worksheet.pdf"
[ "$(head -c 5 "$tmp/worksheet.pdf")" = "%PDF-" ]

step "start the app headless; it quits once its window is up"
start=$(date +%s.%N)
WORKBOOK_QUIT_AFTER_START=1 timeout 120 "$APP"
echo "   window up and program parsed in $(echo "$(date +%s.%N) - $start" | bc) s"

echo "Smoke test passed: $APP ($(du -sh "$REPO/dist/workbook" | cut -f1))."
