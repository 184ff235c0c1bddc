#!/usr/bin/env bash
# Refscope's two entry points, for a fresh Debian 12 machine as root:
#   build-aux/dev.sh run    install what is missing, build, start the app
#   build-aux/dev.sh test   install what is missing, build, run meson test
# The test command ends with meson's own count: "N passed, M failed[, K skipped]".
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${REFSCOPE_BUILD:-$top/build}

packages=(
  meson ninja-build pkg-config gcc python3 gettext
  libglib2.0-dev libglib2.0-data libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev
  libgraphviz-dev libglib-testing-0-dev
  desktop-file-utils appstream gtk-update-icon-cache xvfb xauth x11-utils dbus-daemon
  fonts-dejavu-core fonts-nanum librsvg2-common
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: run as root (or install: ${missing[*]})" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

configure() {
  if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" "$top" "$@" >&2
  fi
  meson compile -C "$build" >&2
}

summary() {
  python3 - "$build/meson-logs/testlog.json" <<'PY'
import json, sys
counts = {'passed': 0, 'failed': 0, 'skipped': 0}
try:
    lines = open(sys.argv[1], encoding='utf-8').read().splitlines()
except OSError:
    lines = []
for line in lines:
    if not line.strip():
        continue
    result = json.loads(line).get('result')
    if result in ('OK', 'EXPECTEDFAIL'):
        counts['passed'] += 1
    elif result == 'SKIP':
        counts['skipped'] += 1
    else:
        counts['failed'] += 1
print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
PY
}

case "${1:-run}" in
  run)
    install_missing
    configure
    example=$top/examples/seed_cycle_collect.py
    exec "$build/src/refscope" "$example"
    ;;
  test)
    install_missing
    configure
    rm -f "$build/meson-logs/testlog.json"
    status=0
    meson test -C "$build" --print-errorlogs "${@:2}" || status=$?
    summary
    exit $status
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
