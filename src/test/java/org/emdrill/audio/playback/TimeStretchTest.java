package org.emdrill.audio.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeStretchTest {

    private static final int RATE = 16_000;

    @Test
    void atNormalSpeedTheOutputIsTheInput() {
        float[] tone = tone(220, 1.0);
        float[] out = run(tone, 1.0);
        TimeStretch probe = new TimeStretch(tone, RATE, 0.04);
        int hop = probe.hop();
        // The first hop fades in what lies before the start; after it, sample for sample.
        for (int i = hop; i < tone.length - hop; i++) {
            assertEquals(tone[i - hop], out[i], 1e-4, "sample " + i);
        }
    }

    @Test
    void fasterTakesLessTimeAndKeepsThePitch() {
        float[] tone = tone(200, 3.0);
        for (double speed : new double[] {1.25, 1.5}) {
            float[] out = run(tone, speed);
            assertEquals(3.0 / speed, out.length / (double) RATE, 0.05, "length at " + speed);
            // Count upward zero crossings in the steady middle: still 200 per second.
            int from = out.length / 4;
            int to = 3 * out.length / 4;
            int crossings = 0;
            for (int i = from + 1; i < to; i++) {
                if (out[i - 1] < 0 && out[i] >= 0) {
                    crossings++;
                }
            }
            double hz = crossings / ((to - from) / (double) RATE);
            assertEquals(200, hz, 8, "pitch at " + speed);
        }
    }

    @Test
    void aSeekStartsFromThatSample() {
        float[] tone = tone(220, 1.0);
        TimeStretch s = new TimeStretch(tone, RATE, 0.04);
        s.seek(8_000);
        float[] out = new float[s.hop()];
        s.next(out, 1.0);
        s.next(out, 1.0);
        assertEquals(tone[8_000], out[0], 1e-4);
        assertTrue(s.sourcePosition() > 8_000);
    }

    private static float[] run(float[] source, double speed) {
        TimeStretch s = new TimeStretch(source, RATE, 0.04);
        s.seek(0);
        float[] hop = new float[s.hop()];
        float[] out = new float[source.length * 2];
        int n = 0;
        while (!s.finished()) {
            s.next(hop, speed);
            System.arraycopy(hop, 0, out, n, hop.length);
            n += hop.length;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static float[] tone(double hz, double seconds) {
        float[] t = new float[(int) (RATE * seconds)];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return t;
    }
}
