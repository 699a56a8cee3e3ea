#!/usr/bin/env bash
# Remakes the screenshots in docs/screenshots/ (light-<screen>.png, dark-<screen>.png): starts
# target/em-drill.jar under Xvfb on a fresh data folder in each theme, opens each main screen with its
# shortcut (Ctrl+1..6) and captures the window. Run after a UI change:
#   ./mvnw -B -q package -DskipTests && docs/screenshots/make-screenshots.sh
# Needs xvfb, xdotool and imagemagick (import).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${EMDRILL_SHOTS_XVFB:-}" ]; then
  export EMDRILL_SHOTS_XVFB=1
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
jar=target/em-drill.jar
[ -f "$jar" ] || { echo "make-screenshots: $jar is missing; build it with ./mvnw -B package -DskipTests" >&2; exit 1; }
out=docs/screenshots
screens=(practice mock-interview history progress banks settings)
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

pixels() { convert "$1" rgba:- | md5sum; } # PNG files carry a time stamp; compare the pixels

for theme in light dark; do
  data="$work/$theme"
  mkdir -p "$data"
  printf '{"theme": "%s", "window": {"x": 0, "y": 0, "width": 1280, "height": 820}}\n' "$theme" > "$data/settings.json"
  java -Duser.home="$work/home" -jar "$jar" --data-dir "$data" >"$work/$theme.log" 2>&1 &
  pid=$!
  win=""
  for _ in $(seq 900); do # the window, then the screens in it (the log says when they are)
    [ -z "$win" ] && win=$(xdotool search --onlyvisible --name '^EM Drill$' 2>/dev/null | head -1 || true)
    [ -n "$win" ] && grep -q 'start-up: window shown' "$data/logs/em-drill-0.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/$theme.log"; echo "make-screenshots: the app exited" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$win" ] || { echo "make-screenshots: no window" >&2; exit 1; }
  sleep 2
  previous="" # Practice, the first screen, only has to hold still
  for i in "${!screens[@]}"; do
    xdotool windowfocus --sync "$win" key "ctrl+$((i + 1))" 2>/dev/null || true
    # A screen is built on its first visit and History and Progress load in the background: wait until
    # the window differs from the previous screen and then holds still for a second (at most 30 s).
    last=""
    for _ in $(seq 30); do
      sleep 1
      import -window "$win" "$work/shot.png"
      now=$(pixels "$work/shot.png")
      if [ "$now" != "$previous" ] && [ "$now" = "$last" ]; then break; fi
      last="$now"
    done
    previous="$now"
    convert "$work/shot.png" -strip "$out/$theme-${screens[$i]}.png"
    echo "made $out/$theme-${screens[$i]}.png"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
done
