package org.emdrill.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams PCM to a WAV file as it is captured. The header is written first with a data size of 0 and
 * fixed on {@link #close()}; if the app dies before that, {@link WavRepair} rebuilds it from the file's length,
 * so nothing spoken is lost beyond the last unflushed fraction of a second.
 */
public final class WavWriter implements AutoCloseable {

    private final Path file;
    private final WavFormat format;
    private final OutputStream out;
    private long dataBytes;
    private boolean closed;

    public WavWriter(Path file, WavFormat format) throws IOException {
        this.file = file;
        this.format = format;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent); // the first recording of a data folder makes its recordings/
        }
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 8192);
        out.write(WavHeader.bytes(format, 0));
    }

    public Path file() {
        return file;
    }

    public WavFormat format() {
        return format;
    }

    /** Appends little-endian 16-bit frames; {@code length} must be whole frames. */
    public void write(byte[] pcm, int offset, int length) throws IOException {
        if (length % format.frameBytes() != 0) {
            throw new IllegalArgumentException("not whole frames: " + length + " bytes");
        }
        out.write(pcm, offset, length);
        dataBytes += length;
    }

    /** Pushes buffered audio to the file, so a crash loses at most what came after this call. */
    public void flush() throws IOException {
        out.flush();
    }

    public long dataBytes() {
        return dataBytes;
    }

    public double seconds() {
        return format.seconds(dataBytes);
    }

    /** Fixes the header with the real sizes. Safe to call twice. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(WavHeader.bytes(format, dataBytes));
        }
    }
}
