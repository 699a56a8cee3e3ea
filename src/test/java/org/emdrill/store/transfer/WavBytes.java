package org.emdrill.store.transfer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** WAV files for tests of recordings going in and out of exports. */
public final class WavBytes {

    private WavBytes() {
    }

    /** A mono 16 kHz WAV: {@code seconds} of a tone that sounds for a quarter second, then rests as long. */
    public static byte[] tone(double seconds) {
        int samples = (int) (seconds * 16_000);
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(16_000).putInt(32_000).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            boolean on = (i / 4000) % 2 == 0;
            b.putShort((short) (on ? 9000 * Math.sin(2 * Math.PI * 300 * i / 16_000.0) : 0));
        }
        return b.array();
    }
}
