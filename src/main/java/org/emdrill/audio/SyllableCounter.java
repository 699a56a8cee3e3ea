package org.emdrill.audio;

import java.util.List;

/**
 * Counts syllable nuclei: peaks of the smoothed speech-band loudness inside speech, each separated from
 * the previous one by a dip of at least {@value #DIP_DB} dB (the idea of de Jong and Wempe's speech-rate
 * script, written afresh: vowels are loud, the consonants between them are quieter).
 */
final class SyllableCounter {

    static final double DIP_DB = 3;
    private static final int SMOOTH_FRAMES = 5;

    private SyllableCounter() {
    }

    static int count(FrameScan scan, List<Span> speech, double threshold) {
        double[] envelope = smoothed(scan);
        double fs = scan.frameSeconds();
        int nuclei = 0;
        for (Span s : speech) {
            int from = (int) Math.round(s.startSeconds() / fs);
            int to = Math.min(envelope.length, (int) Math.round(s.endSeconds() / fs));
            boolean rising = true;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int f = from; f < to; f++) {
                double v = envelope[f];
                if (rising) {
                    max = Math.max(max, v);
                    if (v < max - DIP_DB) {
                        if (max > threshold) {
                            nuclei++;
                        }
                        rising = false;
                        min = v;
                    }
                } else {
                    min = Math.min(min, v);
                    if (v > min + DIP_DB) {
                        rising = true;
                        max = v;
                    }
                }
            }
            if (rising && max > threshold) {
                nuclei++; // the stretch ended on a peak that had no dip after it yet
            }
        }
        return nuclei;
    }

    /** A 50 ms moving average of the frames' power, in dB, so one frame's flutter is not a syllable. */
    private static double[] smoothed(FrameScan scan) {
        int n = scan.frames();
        double[] power = new double[n];
        for (int f = 0; f < n; f++) {
            power[f] = Math.pow(10, scan.bandDb(f) / 10);
        }
        double[] out = new double[n];
        int half = SMOOTH_FRAMES / 2;
        for (int f = 0; f < n; f++) {
            double sum = 0;
            int count = 0;
            for (int k = Math.max(0, f - half); k <= Math.min(n - 1, f + half); k++) {
                sum += power[k];
                count++;
            }
            out[f] = 10 * Math.log10(sum / count + 1e-12);
        }
        return out;
    }
}
