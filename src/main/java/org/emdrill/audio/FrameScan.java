package org.emdrill.audio;

import java.io.IOException;
import java.util.Arrays;

/**
 * One pass over a recording, reduced to 10 ms frames: the loudness of the speech band (dB of full scale)
 * and the raw peak. Everything later (speech detection, syllables, the waveform) works on these frames,
 * so an hour of audio costs 360,000 numbers, not 57 million samples.
 *
 * <p>The speech band is 150 Hz to 4 kHz: the high-pass (two Butterworth sections, about -28 dB at 60 Hz)
 * keeps mains hum out of the loudness, and the low-pass drops the hiss above where speech has most energy.
 */
public final class FrameScan {

    static final double SILENT_DB = -100;
    private static final double FRAME_SECONDS = 0.01;

    private final double frameSeconds;
    private final double durationSeconds;
    private final float[] bandDb;
    private final float[] peaks;

    private FrameScan(double frameSeconds, double durationSeconds, float[] bandDb, float[] peaks) {
        this.frameSeconds = frameSeconds;
        this.durationSeconds = durationSeconds;
        this.bandDb = bandDb;
        this.peaks = peaks;
    }

    public static FrameScan of(SampleStream in) throws IOException {
        int rate = in.sampleRate();
        int frameLength = Math.max(1, (int) Math.round(rate * FRAME_SECONDS));
        Biquad[] band = {Biquad.highPass(150, rate), Biquad.highPass(150, rate),
                Biquad.lowPass(Math.min(4000, rate * 0.45), rate)};
        float[] db = new float[1024];
        float[] pk = new float[1024];
        int frames = 0;
        long samples = 0;
        double energy = 0;
        float peak = 0;
        int inFrame = 0;
        float[] buf = new float[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            for (int i = 0; i < n; i++) {
                float x = buf[i];
                double y = x;
                for (Biquad f : band) {
                    y = f.next(y);
                }
                energy += y * y;
                peak = Math.max(peak, Math.abs(x));
                if (++inFrame == frameLength) {
                    if (frames == db.length) {
                        db = Arrays.copyOf(db, frames * 2);
                        pk = Arrays.copyOf(pk, frames * 2);
                    }
                    db[frames] = decibels(energy / frameLength);
                    pk[frames] = peak;
                    frames++;
                    energy = 0;
                    peak = 0;
                    inFrame = 0;
                }
            }
            samples += n;
        }
        // A last partial frame shorter than a frame is too short to be speech on its own; it only counts in the length.
        return new FrameScan(frameLength / (double) rate, samples / (double) rate, Arrays.copyOf(db, frames),
                Arrays.copyOf(pk, frames));
    }

    private static float decibels(double meanSquare) {
        return (float) Math.max(SILENT_DB, 10 * Math.log10(meanSquare + 1e-12));
    }

    public double frameSeconds() {
        return frameSeconds;
    }

    public double durationSeconds() {
        return durationSeconds;
    }

    public int frames() {
        return bandDb.length;
    }

    float bandDb(int frame) {
        return bandDb[frame];
    }

    float peak(int frame) {
        return peaks[frame];
    }

    float[] bandDb() {
        return bandDb.clone();
    }
}
