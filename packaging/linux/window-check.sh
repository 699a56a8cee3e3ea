#!/usr/bin/env bash
# Proves the app image opens its window: starts IMAGE/bin/em-drill on a throw-away data folder under
# Xvfb, waits (at most TIMEOUT seconds, default 120) for a mapped window titled "EM Drill", checks its
# window class against the desktop entry's StartupWMClass, that JavaFX ran from the module path and
# that no native library was unpacked, then closes the app. Exits 1 with the reason when any of that fails.
#   packaging/linux/window-check.sh target/jpackage/em-drill [TIMEOUT]
set -euo pipefail
if [ -z "${EMDRILL_CHECK_XVFB:-}" ]; then
  export EMDRILL_CHECK_XVFB=1
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
image="$1"
timeout="${2:-120}"
here="$(cd "$(dirname "$0")" && pwd)"
launcher="$image/bin/em-drill"
[ -x "$launcher" ] || { echo "window check FAILED: no launcher at $launcher (build with ./mvnw -B -Ppackage package)"; exit 1; }
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "window check FAILED: $1"
  echo "--- the app's output:"; cat "$work/out.log" || true
  exit 1
}

# Its own user.home and temp folder too, so nothing of this run lands in the real ones, and to see that
# no native library is unpacked at start (JavaFX would use ~/.openjfx/cache, sqlite-jdbc the temp folder).
mkdir -p "$work/home" "$work/tmp"
JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Djava.io.tmpdir=$work/tmp" "$launcher" --data-dir "$work/data" >"$work/out.log" 2>&1 &
pid=$!
start=$(date +%s)
win=""
while [ -z "$win" ]; do
  kill -0 "$pid" 2>/dev/null || { pid=""; fail "the app exited before its window appeared"; }
  [ $(( $(date +%s) - start )) -lt "$timeout" ] || fail "no window titled 'EM Drill' within $timeout s"
  sleep 0.2
  win=$(xdotool search --onlyvisible --name '^EM Drill' 2>/dev/null | head -1 || true)
done
echo "window check: the window is open after $(( $(date +%s) - start )) s"

expected=$(sed -n 's/^StartupWMClass=//p' "$here/resources/em-drill.desktop")
actual=$(xprop -id "$win" WM_CLASS 2>/dev/null | sed -n 's/.*", "\(.*\)"$/\1/p')
if command -v xprop >/dev/null 2>&1 && [ "$actual" != "$expected" ]; then
  fail "window class '$actual' differs from the desktop entry's StartupWMClass '$expected'"
fi
sleep 2 # let a late start-up failure show itself
kill -0 "$pid" 2>/dev/null || { pid=""; fail "the app exited just after opening its window"; }
if grep -q "Unsupported JavaFX configuration" "$work/out.log"; then fail "JavaFX was loaded from the class path"; fi
[ ! -e "$work/home/.openjfx" ] || fail "JavaFX unpacked its native libraries into ~/.openjfx at start"
if ls "$work/tmp" | grep -q '^sqlite-'; then fail "sqlite-jdbc unpacked its native library at start"; fi
echo "window check: passed (window class ${actual:-not checked, no xprop})"
