package org.emdrill.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The canonical 44-byte header this app writes: RIFF, a 16-byte {@code fmt } chunk, then {@code data}. */
final class WavHeader {

    static final int SIZE = 44;

    private WavHeader() {
    }

    static byte[] bytes(WavFormat format, long dataBytes) {
        // Sizes are unsigned 32-bit; a provisional header carries 0 and is fixed when the file is closed.
        long data = Math.min(dataBytes, 0xFFFF_FFFFL - 36);
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt((int) (36 + data)).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) format.channels())
                .putInt(format.sampleRate()).putInt(format.bytesPerSecond()).putShort((short) format.frameBytes())
                .putShort((short) (WavFormat.BYTES_PER_SAMPLE * 8));
        b.put(ascii("data")).putInt((int) data);
        return b.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
