#!/usr/bin/env bash
# End to end through the real javax.sound recording path, no sound card needed: a PulseAudio null sink
# whose monitor is the default source is the microphone (docs: DESIGN.md, Tests); espeak-ng "speaks" a
# known answer into it; the app's Recorder records it at 16 kHz, and `em-drill speech` must find the
# answer's pauses (within 0.15 s) and talk time (within 15%) in the WAV it saved.
# Usage: packaging/linux/mic-check.sh [target/em-drill.jar]   (build first: ./mvnw -q package -DskipTests)
# MIC_CHECK_KEEP=DIR keeps the recorder's log and the recorded WAV in DIR. The speech is played 1 s after
# the microphone delivers its first audio (0.5 s wait + 0.5 s of silence before the first word).
# Needs: pulseaudio pulseaudio-utils libasound2-plugins espeak-ng sox jq.
set -euo pipefail
jar=$(realpath "${1:-target/em-drill.jar}")
for tool in pulseaudio pactl paplay espeak-ng sox soxi jq java; do
  command -v "$tool" >/dev/null || { echo "mic-check: $tool is missing (apt-get install pulseaudio pulseaudio-utils libasound2-plugins espeak-ng sox jq)" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "mic-check: $jar not found; build it with ./mvnw -q package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR"
pulse_pid=""
cleanup() {
  if [ -n "$pulse_pid" ]; then kill "$pulse_pid" 2>/dev/null || true; fi
  if [ -n "${MIC_CHECK_KEEP:-}" ]; then cp "$work"/record.log "$work"/recorded.wav "$MIC_CHECK_KEEP"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

pulseaudio -D --exit-idle-time=-1 -n --load=module-native-protocol-unix \
  --load="module-null-sink sink_name=mic_feed" --load=module-always-sink
for _ in $(seq 50); do [ -f "$XDG_RUNTIME_DIR/pulse/pid" ] && break; sleep 0.1; done
pulse_pid=$(cat "$XDG_RUNTIME_DIR/pulse/pid")
pactl set-default-source mic_feed.monitor
printf '</usr/share/alsa/alsa.conf>\npcm.!default { type pulse }\nctl.!default { type pulse }\n' > "$work/asound.conf"
export ALSA_CONFIG_PATH="$work/asound.conf"

# The answer: three sentences, trimmed of espeak's own silence, with pauses of 2.5 s and 0.9 s.
cd "$work"
sentences=("I asked the team what was slowing them down" "then we agreed on two changes for the next sprint"
  "and the release went out on time")
talk=0
parts=()
for i in 0 1 2; do
  espeak-ng -w "said$i.wav" "${sentences[$i]}"
  sox "said$i.wav" "s$i.wav" silence 1 0.01 0.1% reverse silence 1 0.01 0.1% reverse
  talk=$(echo "$talk + $(soxi -D "s$i.wav")" | bc -l)
done
sox -n -r 22050 -c 1 -b 16 lead.wav trim 0 0.5
sox -n -r 22050 -c 1 -b 16 p0.wav trim 0 2.5
sox -n -r 22050 -c 1 -b 16 p1.wav trim 0 0.9
sox -n -r 22050 -c 1 -b 16 tail.wav trim 0 0.5
sox lead.wav s0.wav p0.wav s1.wav p1.wav s2.wav tail.wav answer.wav
length=$(soxi -D answer.wav)
record_for=$(echo "$length + 2.5" | bc -l)

java -cp "$jar" org.emdrill.audio.MicrophoneCheck recorded.wav "$record_for" > record.log 2>&1 &
recorder=$!
for _ in $(seq 100); do grep -q 'recording started' record.log && break; sleep 0.1; done
sleep 0.5
paplay -d mic_feed answer.wav
if ! wait "$recorder"; then
  echo "mic-check: FAIL, the recorder reported a problem:" >&2
  cat record.log >&2
  exit 1
fi

format=$(soxi -r recorded.wav)/$(soxi -c recorded.wav)/$(soxi -b recorded.wav)
figures=$(java -jar "$jar" speech recorded.wav)
echo "answer: ${length} s, talk ${talk} s, pauses 2.5 and 0.9 s; recorded ${format} (rate/channels/bits)"
echo "figures: $figures"
verdict=$(jq --argjson talk "$talk" --argjson want "$record_for" -r '
  def near(a; b; d): ((a - b) | fabs) <= d;
  [ (if .pauses | length == 2 then empty else "found \(.pauses | length) pauses, not 2" end),
    (if (.pauses | length) == 2 and near(.pauses[0].endSeconds - .pauses[0].startSeconds; 2.5; 0.15) then empty else "first pause is not 2.5 s" end),
    (if (.pauses | length) == 2 and near(.pauses[1].endSeconds - .pauses[1].startSeconds; 0.9; 0.15) then empty else "second pause is not 0.9 s" end),
    (if near(.talkSeconds; $talk; 0.15 * $talk) then empty else "talk \(.talkSeconds) s is not within 15% of \($talk)" end),
    (if .pausesOver2s == 1 then empty else "pausesOver2s is \(.pausesOver2s), not 1" end),
    (if .firstWordSeconds >= 0.85 and .firstWordSeconds <= 2 then empty else "first word at \(.firstWordSeconds) s, played at 1 s" end),
    (if near(.durationSeconds; $want; 0.6) then empty else "recorded \(.durationSeconds) s of \($want)" end)
  ] | join("; ")' <<<"$figures")
if [ "$format" != "16000/1/16" ]; then verdict="recorded format $format, not 16000/1/16${verdict:+; $verdict}"; fi
if [ -n "$verdict" ]; then
  echo "mic-check: FAIL: $verdict" >&2
  exit 1
fi
echo "mic-check: OK"
