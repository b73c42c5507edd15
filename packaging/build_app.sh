#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller: dist/workbook/workbook.
#
#   packaging/build_app.sh
#
# PyInstaller is a build tool, not something Workbook needs to run, so it goes in
# a venv of its own (build/pyinstaller-venv) with Workbook's runtime dependencies
# only (read from pyproject.toml): nothing from a developer's test tools can slip
# into the app. Workbook itself is taken from this source tree (not installed: an
# in-tree install could pick up stale files from build/lib). The venv is reused.
# Set PYTHON to build with another interpreter (3.11 or newer).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=build/pyinstaller-venv
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"

start=$(date +%s)
if [ ! -d "$VENV" ]; then
    "$PYTHON" -m venv "$VENV"
    fresh=1
fi
BIN="$VENV/bin"
[ -d "$VENV/Scripts" ] && BIN="$VENV/Scripts"  # Windows (Git Bash)
[ -n "${fresh:-}" ] && "$BIN/python" -m pip install -q --upgrade pip
"$BIN/python" - >"$VENV/requirements.txt" <<'PY'
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
PY
"$BIN/python" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION" -r "$VENV/requirements.txt"
"$BIN/python" -m pip uninstall -q -y workbook 2>/dev/null || true
installed=$(date +%s)

"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/workbook.spec
done_at=$(date +%s)

app=dist/workbook
echo "Built $app in $((done_at - installed)) s (plus $((installed - start)) s installing);" \
    "$(du -sh "$app" | cut -f1) on disk."
echo "Try it: $app/workbook --version"
