package org.emdrill.audio;

/**
 * The PCM layout of a WAV file: 16-bit little-endian samples. Recordings are always {@link #RECORDING}
 * (16 kHz mono, plenty for speech and 32 kB a second); files read for analysis may be 8 to 48 kHz, mono or stereo.
 */
public record WavFormat(int sampleRate, int channels) {

    public static final WavFormat RECORDING = new WavFormat(16_000, 1);
    public static final int BYTES_PER_SAMPLE = 2;

    public int frameBytes() {
        return channels * BYTES_PER_SAMPLE;
    }

    public int bytesPerSecond() {
        return sampleRate * frameBytes();
    }

    public double seconds(long dataBytes) {
        return dataBytes / (double) bytesPerSecond();
    }
}
