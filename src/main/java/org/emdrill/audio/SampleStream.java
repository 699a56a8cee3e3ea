package org.emdrill.audio;

import java.io.IOException;

/** Mono samples in -1..1, read in order; analysis and the waveform consume audio this way, never all at once. */
public interface SampleStream {

    int sampleRate();

    /** Fills {@code into} from the start; returns how many samples were read, or -1 at the end. */
    int read(float[] into) throws IOException;

    /** Samples already in memory (synthesised in tests, or a short clip). */
    static SampleStream of(float[] samples, int sampleRate) {
        return new SampleStream() {
            private int position;

            @Override
            public int sampleRate() {
                return sampleRate;
            }

            @Override
            public int read(float[] into) {
                if (position >= samples.length) {
                    return -1;
                }
                int n = Math.min(into.length, samples.length - position);
                System.arraycopy(samples, position, into, 0, n);
                position += n;
                return n;
            }
        };
    }
}
