#!/usr/bin/env bash
# A training start of the app image for class-data sharing (run by package.sh under xvfb-run): starts
# the app on a throw-away data folder, opens each screen once, closes it, and leaves the classes it
# loaded in IMAGE/lib/app/classes.lst.
set -euo pipefail
image="$1"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
list="$image/lib/app/classes.lst"
rm -f "$list" "$image/lib/app/em-drill.jsa"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$image/bin/em-drill" --data-dir "$data" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 600); do
  win=$(xdotool search --onlyvisible --name '^EM Drill' 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "train-class-list: the app exited before its window appeared" >&2; exit 1; }
  sleep 0.1
done
[ -n "$win" ] || { kill "$pid"; echo "train-class-list: no window in 60 s" >&2; exit 1; }
sleep 3
for n in 2 3 4 5 6 1; do # Mock interview, History, Progress, Banks, Settings, back to Practice
  xdotool windowfocus --sync "$win" key "ctrl+$n" 2>/dev/null || true
  sleep 1.5
done
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "train-class-list: $(wc -l < "$list") classes"
