#!/usr/bin/env bash
# Put Workbook in this user's application menu, with its icon, after a venv install
# (`python3 -m venv .venv && .venv/bin/pip install .`). Nothing needs root: the
# desktop entry, icons and AppStream file go under ~/.local/share (or $XDG_DATA_HOME).
#
#   packaging/linux/install.sh [--uninstall] [PATH/TO/bin/workbook]
#
# Without a path it uses the repository's .venv/bin/workbook, else `workbook` on PATH.
# The entry launches that exact file, so the venv need not be on PATH.
set -euo pipefail

APP_ID=io.github.workbook_app.Workbook
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
SIZES="16 24 32 48 64 128 256 512"

uninstall=false
if [ "${1:-}" = "--uninstall" ]; then
    uninstall=true
    shift
fi

refresh_caches() {
    # Menus and icon themes notice new files sooner with these; both are optional.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
    fi
}

if $uninstall; then
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml" \
        "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    echo "Removed Workbook from the application menu. Your workbooks are untouched."
    exit 0
fi

executable="${1:-}"
if [ -z "$executable" ]; then
    if [ -x "$REPO/.venv/bin/workbook" ]; then
        executable="$REPO/.venv/bin/workbook"
    else
        executable="$(command -v workbook || true)"
    fi
fi
if [ -z "$executable" ] || [ ! -x "$executable" ]; then
    echo "Can't find the workbook command. Install Workbook first:" >&2
    echo "    python3 -m venv .venv && .venv/bin/pip install ." >&2
    echo "or give its path: $0 /path/to/venv/bin/workbook" >&2
    exit 1
fi
executable="$(cd "$(dirname "$executable")" && pwd)/$(basename "$executable")"
# The venv's own interpreter (beside the real file, if the command is a symlink) has Qt.
python="$(dirname "$(readlink -f "$executable")")/python"
[ -x "$python" ] || python=python3

# The icons are rendered from the SVG master with the venv's own Qt.
icons="$(mktemp -d)"
trap 'rm -rf "$icons"' EXIT
"$python" "$HERE/../make_icons.py" --output "$icons" >/dev/null

mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo"
# Exec= is a command line: the path goes in double quotes with " ` $ \ escaped (the
# Desktop Entry spec's rule), then every backslash is doubled for the string value.
"$python" - "$HERE/$APP_ID.desktop" "$executable" >"$DATA_HOME/applications/$APP_ID.desktop" <<'PY'
import re, sys
template, executable = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
string = lambda text: text.replace("\\", "\\\\")
command = '"' + re.sub(r'(["`$\\])', r"\\\1", executable) + '"'
text = re.sub(r"(?m)^Exec=.*$", lambda m: "Exec=" + string(command), template)
text = re.sub(r"(?m)^TryExec=.*$", lambda m: "TryExec=" + string(executable), text)
sys.stdout.write(text)
PY
cp "$HERE/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
for size in $SIZES scalable; do
    if [ "$size" = scalable ]; then dir=scalable; ext=svg; else dir="${size}x${size}"; ext=png; fi
    mkdir -p "$DATA_HOME/icons/hicolor/$dir/apps"
    cp "$icons/hicolor/$dir/apps/$APP_ID.$ext" "$DATA_HOME/icons/hicolor/$dir/apps/"
done
refresh_caches

echo "Workbook is in your application menu (it starts $executable)."
echo "To remove it again: $0 --uninstall"
