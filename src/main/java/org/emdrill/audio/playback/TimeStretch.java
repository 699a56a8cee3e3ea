package org.emdrill.audio.playback;

/**
 * Plays mono samples faster without raising the voice's pitch (WSOLA: overlap-add of windowed frames
 * taken from the source at the speed's pace, each nudged by up to a quarter frame to where it best
 * continues the previous one, so the overlaps stay in phase and speech does not warble).
 *
 * <p>Output comes one hop (half a frame) at a time. At 1× the frames are taken exactly one hop apart,
 * and the periodic Hann windows at 50 % overlap sum to one, so the output equals the input.
 */
final class TimeStretch {

    private final float[] source;
    private final int frame;
    private final int hop;
    private final int tolerance;
    private final float[] window;
    private final float[] overlap;
    /** Where the nominal (unnudged) next frame starts in the source, in samples. */
    private double nominal;
    /** Where the previous frame was actually taken from; -1 before the first. */
    private int previous = -1;

    /** @param frameSeconds about 40 ms suits speech: longer than a pitch period, shorter than a syllable */
    TimeStretch(float[] source, int sampleRate, double frameSeconds) {
        this.source = source;
        int f = Math.max(8, (int) Math.round(sampleRate * frameSeconds));
        this.frame = f - (f % 2);
        this.hop = frame / 2;
        this.tolerance = frame / 4;
        this.window = new float[frame];
        for (int i = 0; i < frame; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / frame));
        }
        this.overlap = new float[frame];
    }

    int hop() {
        return hop;
    }

    /** Starts again from {@code sample} in the source. */
    void seek(int sample) {
        nominal = Math.max(0, Math.min(sample, source.length)) - hop;
        previous = -1;
        java.util.Arrays.fill(overlap, 0);
    }

    /** Where in the source the output written so far has got to, in samples. */
    double sourcePosition() {
        return Math.max(0, nominal + hop);
    }

    boolean finished() {
        return nominal + hop >= source.length;
    }

    /** Fills {@code out} (one hop long) with the next stretch of output at {@code speed}. */
    void next(float[] out, double speed) {
        int start = (int) Math.round(nominal);
        if (previous >= 0 && speed != 1.0) {
            start = bestContinuation(start, previous + hop);
        }
        for (int i = 0; i < frame; i++) {
            overlap[i] += window[i] * sample(start + i);
        }
        System.arraycopy(overlap, 0, out, 0, hop);
        System.arraycopy(overlap, hop, overlap, 0, hop);
        java.util.Arrays.fill(overlap, hop, frame, 0);
        previous = start;
        nominal += hop * speed;
    }

    /** The start near {@code nominalStart} whose frame looks most like the natural continuation. */
    private int bestContinuation(int nominalStart, int natural) {
        int best = nominalStart;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int d = -tolerance; d <= tolerance; d += 2) {
            int candidate = nominalStart + d;
            double score = 0;
            for (int i = 0; i < hop; i += 2) {
                score += sample(candidate + i) * sample(natural + i);
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private float sample(int i) {
        return i >= 0 && i < source.length ? source[i] : 0f;
    }
}
