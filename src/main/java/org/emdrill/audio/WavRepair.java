package org.emdrill.audio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Finishes a recording the app did not close (a crash, a kill, a power cut): the header's sizes are rebuilt
 * from the file's length and a trailing partial frame (an odd byte) is dropped. Only files with this app's
 * canonical 44-byte header are touched; anything else is left exactly as it is.
 */
public final class WavRepair {

    public enum Status {
        /** the header already matched the file */
        INTACT,
        /** the header was rebuilt (and a partial frame dropped) */
        REPAIRED,
        /** not a recording this app wrote: left alone */
        NOT_A_RECORDING
    }

    public record Outcome(Status status, double seconds) {
    }

    private WavRepair() {
    }

    public static Outcome repair(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            byte[] head = new byte[(int) Math.min(length, WavHeader.SIZE)];
            raf.readFully(head);
            if (length < WavHeader.SIZE) {
                // Died before the header reached the disk: nothing was recorded, but the file stays a valid WAV.
                if (!startsLikeOurs(head)) {
                    return new Outcome(Status.NOT_A_RECORDING, 0);
                }
                raf.setLength(0);
                raf.write(WavHeader.bytes(WavFormat.RECORDING, 0));
                return new Outcome(Status.REPAIRED, 0);
            }
            WavFormat format = canonicalFormat(head);
            if (format == null) {
                return new Outcome(Status.NOT_A_RECORDING, 0);
            }
            long data = length - WavHeader.SIZE;
            long whole = data - data % format.frameBytes();
            ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
            boolean matches = whole == data && Integer.toUnsignedLong(b.getInt(40)) == data
                    && Integer.toUnsignedLong(b.getInt(4)) == data + 36;
            if (matches) {
                return new Outcome(Status.INTACT, format.seconds(data));
            }
            raf.setLength(WavHeader.SIZE + whole);
            raf.seek(0);
            raf.write(WavHeader.bytes(format, whole));
            return new Outcome(Status.REPAIRED, format.seconds(whole));
        }
    }

    private static boolean startsLikeOurs(byte[] head) {
        byte[] expected = WavHeader.bytes(WavFormat.RECORDING, 0);
        for (int i = 0; i < Math.min(head.length, 4); i++) {
            if (head[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The format of a header laid out as {@link WavHeader} writes it, or null. */
    private static WavFormat canonicalFormat(byte[] head) {
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (!text(head, 0).equals("RIFF") || !text(head, 8).equals("WAVE") || !text(head, 12).equals("fmt ")
                || b.getInt(16) != 16 || b.getShort(20) != 1 || b.getShort(34) != 16 || !text(head, 36).equals("data")) {
            return null;
        }
        int channels = b.getShort(22);
        int rate = b.getInt(24);
        if (channels < 1 || channels > 2 || rate < 8000 || rate > 48000) {
            return null;
        }
        return new WavFormat(rate, channels);
    }

    private static String text(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.US_ASCII);
    }
}
