package org.emdrill.audio;

import java.util.Arrays;
import java.util.List;

/**
 * A recording reduced to what a screen draws: one peak (0..1 of full scale) per equal slice of time, and
 * the pauses to mark on it. Computed once from the WAV file and cached beside it.
 */
public record Waveform(double durationSeconds, float[] peaks, List<Span> pauses) {

    public Waveform {
        peaks = peaks.clone();
        pauses = List.copyOf(pauses);
    }

    @Override
    public float[] peaks() {
        return peaks.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Waveform w && w.durationSeconds == durationSeconds && Arrays.equals(w.peaks, peaks)
                && w.pauses.equals(pauses);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(peaks) + pauses.hashCode();
    }

    @Override
    public String toString() {
        return "Waveform[" + durationSeconds + " s, " + peaks.length + " peaks, " + pauses.size() + " pauses]";
    }
}
