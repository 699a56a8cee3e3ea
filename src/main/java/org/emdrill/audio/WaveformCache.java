package org.emdrill.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.files.AtomicFiles;

/**
 * The waveform of a recording, computed once and kept beside it as {@code NAME.wav.peaks}. The cache names
 * the WAV's size and modification time; when either changed (a repair, a re-recording), or the cache is
 * unreadable, the waveform is computed afresh. A cache that cannot be written only costs the next open.
 */
public final class WaveformCache {

    public static final int DEFAULT_PEAKS = 1200;
    static final String SUFFIX = ".peaks";
    private static final int MAGIC = 0x454D5746; // "EMWF"
    private static final int VERSION = 1;
    private static final System.Logger LOG = System.getLogger(WaveformCache.class.getName());

    private WaveformCache() {
    }

    public static Path cacheFileOf(Path wav) {
        return wav.resolveSibling(wav.getFileName() + SUFFIX);
    }

    /** The waveform of {@code wav}, from its cache when that is current. */
    public static Waveform load(Path wav) throws IOException {
        long size = Files.size(wav);
        long modified = Files.getLastModifiedTime(wav).toMillis();
        Path cache = cacheFileOf(wav);
        if (Files.exists(cache)) {
            Waveform cached = read(cache, size, modified);
            if (cached != null) {
                return cached;
            }
        }
        Waveform fresh = compute(wav, DEFAULT_PEAKS);
        try {
            AtomicFiles.write(cache, bytes(fresh, size, modified));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not cache the waveform of " + wav + ": " + e.getMessage());
        }
        return fresh;
    }

    /** Peaks and pauses of {@code wav}, read in one pass. */
    public static Waveform compute(Path wav, int peaks) throws IOException {
        try (WavReader in = WavReader.open(wav)) {
            FrameScan scan = FrameScan.of(in);
            return WaveformBuilder.of(scan, new SpeechAnalyzer().analyze(scan).figures().pauses(), peaks);
        }
    }

    private static Waveform read(Path cache, long size, long modified) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(cache)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != size || in.readLong() != modified) {
                return null;
            }
            double duration = in.readDouble();
            float[] peaks = new float[in.readInt()];
            for (int i = 0; i < peaks.length; i++) {
                peaks[i] = in.readFloat();
            }
            int count = in.readInt();
            List<Span> pauses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                pauses.add(new Span(in.readDouble(), in.readDouble()));
            }
            return new Waveform(duration, peaks, pauses);
        } catch (IOException | RuntimeException damaged) {
            // A damaged cache (cut short, edited) is not the user's data: compute it again.
            return null;
        }
    }

    private static byte[] bytes(Waveform w, long size, long modified) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(size);
            out.writeLong(modified);
            out.writeDouble(w.durationSeconds());
            float[] peaks = w.peaks();
            out.writeInt(peaks.length);
            for (float p : peaks) {
                out.writeFloat(p);
            }
            out.writeInt(w.pauses().size());
            for (Span s : w.pauses()) {
                out.writeDouble(s.startSeconds());
                out.writeDouble(s.endSeconds());
            }
        }
        return buffer.toByteArray();
    }
}
