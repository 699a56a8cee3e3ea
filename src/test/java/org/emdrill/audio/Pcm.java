package org.emdrill.audio;

import java.util.Random;

/** Synthesised audio for tests: tones, noise and silences of known length. */
final class Pcm {

    private Pcm() {
    }

    static float[] silence(double seconds, int rate) {
        return new float[(int) Math.round(seconds * rate)];
    }

    static float[] tone(double seconds, int rate, double hz, double amplitude) {
        float[] s = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    /** A tone whose loudness rises and falls {@code syllablesPerSecond} times a second, like syllables. */
    static float[] syllables(double seconds, int rate, double syllablesPerSecond, double amplitude) {
        float[] s = tone(seconds, rate, 220, amplitude);
        for (int i = 0; i < s.length; i++) {
            double phase = Math.sin(Math.PI * syllablesPerSecond * i / rate);
            s[i] *= (float) (0.15 + 0.85 * phase * phase);
        }
        return s;
    }

    static float[] noise(double seconds, int rate, double amplitude, long seed) {
        Random r = new Random(seed);
        float[] s = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (amplitude * r.nextGaussian());
        }
        return s;
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Adds {@code b} onto {@code a} (which must be at least as long). */
    static float[] mix(float[] a, float[] b) {
        float[] out = a.clone();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            out[i] += b[i];
        }
        return out;
    }

    static byte[] toBytes(float[] samples) {
        byte[] b = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int v = Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32767)));
            b[2 * i] = (byte) v;
            b[2 * i + 1] = (byte) (v >> 8);
        }
        return b;
    }

    static float[] readAll(SampleStream in) throws java.io.IOException {
        float[] buf = new float[4096];
        float[] all = new float[0];
        int n;
        while ((n = in.read(buf)) >= 0) {
            float[] grown = java.util.Arrays.copyOf(all, all.length + n);
            System.arraycopy(buf, 0, grown, all.length, n);
            all = grown;
        }
        return all;
    }
}
