package org.emdrill.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of speech in a scan: frames above the threshold, joined across gaps shorter than
 * {@value #JOIN_GAP_SECONDS} s (between words, a breath), then stretches shorter than
 * {@value #MIN_SPEECH_SECONDS} s dropped (a click, a knock).
 */
final class SpeechSegments {

    static final double JOIN_GAP_SECONDS = 0.35;
    static final double MIN_SPEECH_SECONDS = 0.1;

    private SpeechSegments() {
    }

    static List<Span> find(FrameScan scan, double threshold) {
        double fs = scan.frameSeconds();
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int f = 0; f <= scan.frames(); f++) {
            boolean speech = f < scan.frames() && scan.bandDb(f) > threshold;
            if (speech && start < 0) {
                start = f;
            } else if (!speech && start >= 0) {
                runs.add(new int[] {start, f});
                start = -1;
            }
        }
        List<int[]> joined = new ArrayList<>();
        for (int[] run : runs) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && (run[0] - last[1]) * fs < JOIN_GAP_SECONDS) {
                last[1] = run[1];
            } else {
                joined.add(run);
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int[] run : joined) {
            if ((run[1] - run[0]) * fs >= MIN_SPEECH_SECONDS) {
                spans.add(new Span(run[0] * fs, Math.min(run[1] * fs, scan.durationSeconds())));
            }
        }
        return spans;
    }
}
