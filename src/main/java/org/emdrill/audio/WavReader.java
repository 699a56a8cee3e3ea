package org.emdrill.audio;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens any 16-bit PCM WAV of 8 to 48 kHz, mono or stereo, and reads it as mono (stereo is averaged).
 * Anything else is a {@link WavFormatException} naming the file. A data chunk whose size is 0 or larger than
 * the file (a recording that was never closed) is read to the end of the file, whole frames only.
 */
public final class WavReader implements SampleStream, AutoCloseable {

    private static final int MIN_RATE = 8_000;
    private static final int MAX_RATE = 48_000;
    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;

    private final DataInputStream in;
    private final WavFormat format;
    private final long dataBytes;
    private long remaining;
    private byte[] raw = new byte[0];

    private WavReader(DataInputStream in, WavFormat format, long dataBytes) {
        this.in = in;
        this.format = format;
        this.dataBytes = dataBytes;
        this.remaining = dataBytes;
    }

    public static WavReader open(Path file) throws IOException {
        long fileSize = Files.size(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 65536));
        try {
            return readHeader(file, in, fileSize);
        } catch (IOException | RuntimeException e) {
            in.close();
            if (e instanceof EOFException) {
                throw new WavFormatException(file, "the file ends inside its WAV header; it is not a complete WAV file");
            }
            throw e;
        }
    }

    private static WavReader readHeader(Path file, DataInputStream in, long fileSize) throws IOException {
        if (fileSize < 12) {
            throw new WavFormatException(file, "not a WAV file (" + fileSize + " bytes, too short for a RIFF/WAVE header)");
        }
        String riff = fourCc(in);
        in.readInt();
        String wave = fourCc(in);
        if (!riff.equals("RIFF") || !wave.equals("WAVE")) {
            throw new WavFormatException(file, "not a WAV file (it does not start with a RIFF/WAVE header)");
        }
        long position = 12;
        WavFormat format = null;
        while (true) {
            String id;
            long size;
            try {
                id = fourCc(in);
                size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
            } catch (EOFException end) {
                throw new WavFormatException(file, format == null ? "a WAV file without a fmt chunk"
                        : "a WAV file without a data chunk");
            }
            position += 8;
            if (id.equals("fmt ")) {
                format = readFormat(file, in, size);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new WavFormatException(file, "the data chunk comes before the fmt chunk");
                }
                long rest = fileSize - position;
                long data = size == 0 || size > rest ? rest : size;
                data -= data % format.frameBytes();
                return new WavReader(in, format, data);
            } else {
                skipFully(in, size + (size & 1));
            }
            position += size + (size & 1);
        }
    }

    private static WavFormat readFormat(Path file, DataInputStream in, long size) throws IOException {
        if (size < 16) {
            throw new WavFormatException(file, "its fmt chunk is " + size + " bytes, shorter than any WAV format");
        }
        int tag = readShort(in);
        int channels = readShort(in);
        int rate = Integer.reverseBytes(in.readInt());
        in.readInt();
        readShort(in);
        int bits = readShort(in);
        long read = 16;
        if (tag == EXTENSIBLE && size >= 40) {
            readShort(in);
            readShort(in);
            in.readInt();
            tag = readShort(in); // the first two bytes of the sub-format GUID are the format tag
            read += 10;
        }
        skipFully(in, size - read + (size & 1));
        if (tag != PCM) {
            throw new WavFormatException(file, "not PCM audio (WAV format tag " + tag + (tag == 3 ? ", floating point" : "")
                    + "); convert it to 16-bit PCM, for example: sox IN.wav -b 16 -e signed-integer OUT.wav");
        }
        if (bits != 16) {
            throw new WavFormatException(file, bits + "-bit samples; only 16-bit PCM is read. Convert it, for example:"
                    + " sox IN.wav -b 16 OUT.wav");
        }
        if (channels != 1 && channels != 2) {
            throw new WavFormatException(file, channels + " channels; only mono or stereo is read");
        }
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw new WavFormatException(file, "a sample rate of " + rate + " Hz; only 8000 to 48000 Hz is read."
                    + " Convert it, for example: sox IN.wav -r 16000 OUT.wav");
        }
        return new WavFormat(rate, channels);
    }

    private static String fourCc(DataInputStream in) throws IOException {
        byte[] b = new byte[4];
        in.readFully(b);
        return new String(b, StandardCharsets.US_ASCII);
    }

    private static int readShort(DataInputStream in) throws IOException {
        return Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    public WavFormat format() {
        return format;
    }

    public double durationSeconds() {
        return format.seconds(dataBytes);
    }

    @Override
    public int sampleRate() {
        return format.sampleRate();
    }

    @Override
    public int read(float[] into) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int frameBytes = format.frameBytes();
        int frames = (int) Math.min(into.length, remaining / frameBytes);
        int bytes = frames * frameBytes;
        if (raw.length < bytes) {
            raw = new byte[bytes];
        }
        int got = 0;
        while (got < bytes) {
            int n = in.read(raw, got, bytes - got);
            if (n < 0) {
                break; // the file shrank while being read: stop at what is there
            }
            got += n;
        }
        frames = got / frameBytes;
        remaining = frames == 0 ? 0 : remaining - (long) frames * frameBytes;
        if (frames == 0) {
            return -1;
        }
        for (int f = 0; f < frames; f++) {
            int base = f * frameBytes;
            if (format.channels() == 1) {
                into[f] = sample(raw, base) / 32768f;
            } else {
                into[f] = (sample(raw, base) + sample(raw, base + 2)) / 65536f;
            }
        }
        return frames;
    }

    private static int sample(byte[] b, int i) {
        return (short) ((b[i] & 0xFF) | (b[i + 1] << 8));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
