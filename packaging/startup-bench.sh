#!/usr/bin/env bash
# Start-up benchmark: time from launch to the main window being mapped, under Xvfb, for
#   empty    the smallest JavaFX window (packaging/bench/EmptyWindow.java), the yardstick
#   jar      java -jar target/em-drill.jar
#   packaged the jpackage app image (target/jpackage/em-drill/bin/em-drill), when it has been built, with
#            GDK_GL=disable as its menu entry sets it
# The three run in turn (alternating, so a busy machine slows all alike), RUNS times each; the script
# prints each median, its ratio to the empty window, and the resident memory of the app once idle
# (RSS after the window has been idle for EMDRILL_BENCH_IDLE seconds, default 20, median of the last 3 runs).
# The window appears with "Opening your history…" while the app opens behind it; the app's own log line
# ("start-up: window shown after N ms, ready after M ms", counted from process start) gives the time
# until the screens are in, printed as "ready".
# Goals (issue 14): jar <= 1.25x empty, packaged <= 1.0x empty, idle RSS <= 200 MB.
#
#   packaging/startup-bench.sh [RUNS]         (default 7; build first: ./mvnw -B -Ppackage package)
# EMDRILL_BENCH_READY=0 skips the "ready" figure (for builds older than the log line).
# Needs xvfb and xdotool. Each app run uses the same throw-away data folder, made once before timing,
# so the figures are for an ordinary start (not the very first one).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${EMDRILL_BENCH_XVFB:-}" != 1 ]; then
  export EMDRILL_BENCH_XVFB=1
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

runs="${1:-7}"
jar=target/em-drill.jar
packaged="${EMDRILL_PACKAGED:-target/jpackage/em-drill/bin/em-drill}"
[ -f "$jar" ] || { echo "startup-bench: $jar is missing; build it with ./mvnw -B package -DskipTests" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work/empty" -cp "target/lib/*" packaging/bench/EmptyWindow.java

kinds=(empty jar)
if [ -x "$packaged" ]; then kinds+=(packaged); else echo "(no packaged app at '$packaged': skipping it)" >&2; fi

launch() { # kind data-dir -> pid on stdout
  case "$1" in
    empty) java -cp "$work/empty:target/lib/*" EmptyWindow >/dev/null 2>&1 & ;;
    jar) java -jar "$jar" --data-dir "$2" >/dev/null 2>&1 & ;;
    # as the menu entry starts it (packaging/linux/resources/em-drill.desktop: GTK without GL)
    packaged) GDK_GL=disable "$packaged" --data-dir "$2" >/dev/null 2>&1 & ;;
  esac
  echo $!
}

title_of() { [ "$1" = empty ] && echo '^Empty JavaFX window$' || echo '^EM Drill'; }

# Runs one start; prints "window_ms rss_mb ready_ms" (rss only when asked, after the app has settled).
one_run() { # kind data-dir measure-rss
  local kind="$1" start pid now rss=0
  # The window of the run before may linger a moment after its process ended: wait until it is gone.
  while xdotool search --name "$(title_of "$kind")" >/dev/null 2>&1; do sleep 0.05; done
  start=$(date +%s%N)
  pid=$(launch "$kind" "$2")
  while ! xdotool search --onlyvisible --name "$(title_of "$kind")" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "startup-bench: $kind exited before its window appeared" >&2; exit 1; fi
    now=$(date +%s%N)
    if [ $(( (now - start) / 1000000 )) -gt 60000 ]; then echo "startup-bench: no $kind window in 60 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.01
  done
  now=$(date +%s%N)
  local ready=0 log="$2/logs/em-drill-0.log"
  if [ "$kind" != empty ] && [ "${EMDRILL_BENCH_READY:-1}" = 1 ]; then # this start's line in the log (60 s)
    for _ in $(seq 600); do
      [ "$(starts_logged "$2")" -gt "${seen[$kind]:-0}" ] && break
      sleep 0.1
    done
    seen[$kind]=$(starts_logged "$2")
    ready=$(grep 'start-up: window shown' "$log" | tail -1 | sed 's/.*ready after \([0-9]*\) ms.*/\1/') || true
  fi
  if [ "$3" = 1 ]; then # idle: some seconds after the screens are in
    sleep "${EMDRILL_BENCH_IDLE:-20}"
    rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$(( (now - start) / 1000000 )) $rss $ready"
}

starts_logged() { # data-dir -> how many start-up lines the app's log holds
  local n
  n=$(grep -c 'start-up: window shown' "$1/logs/em-drill-0.log" 2>/dev/null) || true
  echo "${n:-0}"
}

median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

declare -A times rss readys seen
for kind in "${kinds[@]}"; do
  mkdir -p "$work/data-$kind"
  one_run "$kind" "$work/data-$kind" 0 >/dev/null # warm-up: first start makes the data folder, fills caches
  seen[$kind]=$(starts_logged "$work/data-$kind")
  times[$kind]=""
  readys[$kind]=""
done
for ((i = 1; i <= runs; i++)); do
  for kind in "${kinds[@]}"; do
    measure_rss=0; [ "$i" -gt $((runs - 3)) ] && [ "$kind" != empty ] && measure_rss=1
    # not in a subshell: one_run keeps count of the log lines it has seen
    one_run "$kind" "$work/data-$kind" "$measure_rss" > "$work/run"
    read -r ms mb ready < "$work/run"
    times[$kind]+="$ms "
    readys[$kind]+="$ready "
    [ "$measure_rss" = 1 ] && rss[$kind]+="$mb "
  done
done

base=$(echo "${times[empty]}" | median)
printf '%-9s %8s %7s   %s\n' kind median ratio "runs (ms)"
for kind in "${kinds[@]}"; do
  m=$(echo "${times[$kind]}" | median)
  printf '%-9s %6s ms %6.2fx   %s\n' "$kind" "$m" "$(echo "$m $base" | awk '{print $1 / $2}')" "${times[$kind]}"
done
for kind in "${kinds[@]}"; do
  if [ "$kind" = empty ] || [ "${EMDRILL_BENCH_READY:-1}" != 1 ]; then continue; fi
  echo "ready    $kind: median $(echo "${readys[$kind]}" | median) ms after process start (runs: ${readys[$kind]})"
done
for kind in "${kinds[@]}"; do
  if [ -n "${rss[$kind]:-}" ]; then
    echo "idle RSS $kind: median $(echo "${rss[$kind]}" | median) MB, goal <= 200 MB (runs: ${rss[$kind]}; ${EMDRILL_BENCH_IDLE:-20} s after the screens were in)"
  fi
done
