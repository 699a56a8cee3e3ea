package org.emdrill.audio;

import java.util.List;

/** Reduces a scan to a fixed number of peaks, each the loudest sample of its equal slice of time. */
final class WaveformBuilder {

    private WaveformBuilder() {
    }

    static Waveform of(FrameScan scan, List<Span> pauses, int count) {
        int frames = scan.frames();
        if (frames == 0) {
            return new Waveform(scan.durationSeconds(), new float[0], pauses);
        }
        float[] peaks = new float[count];
        for (int b = 0; b < count; b++) {
            int from = (int) ((long) b * frames / count);
            int to = Math.max(from + 1, (int) ((long) (b + 1) * frames / count));
            float peak = 0;
            for (int f = from; f < Math.min(to, frames); f++) {
                peak = Math.max(peak, scan.peak(f));
            }
            peaks[b] = Math.min(1f, peak);
        }
        return new Waveform(scan.durationSeconds(), peaks, pauses);
    }
}
