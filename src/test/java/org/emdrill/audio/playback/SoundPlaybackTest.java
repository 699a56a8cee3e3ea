package org.emdrill.audio.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundPlaybackTest {

    @TempDir
    Path dir;

    @Test
    void readsStereoAsMonoAtItsOwnRate() throws Exception {
        Path wav = dir.resolve("stereo.wav");
        Files.write(wav, wav(44_100, 2, new short[] {16384, 0, -16384, -16384, 32767, 32767}));

        var samples = SoundPlayback.decode(wav);

        assertEquals(44_100, samples.rate());
        assertEquals(3, samples.mono().length);
        assertEquals(0.25f, samples.mono()[0], 1e-4);
        assertEquals(-0.5f, samples.mono()[1], 1e-4);
    }

    @Test
    void aFileThatIsNotARecordingIsAMessageNamingItNotACrash() throws Exception {
        Path bad = dir.resolve("notes.wav");
        Files.writeString(bad, "this is text, not sound");
        CompletableFuture<String> message = new CompletableFuture<>();
        try (SoundPlayback playback = new SoundPlayback()) {
            playback.listener(new Playback.Listener() {
                @Override
                public void ended() {
                    message.complete("ended");
                }

                @Override
                public void failed(String m) {
                    message.complete(m);
                }
            });
            playback.load(bad, 3.0);
            playback.play();
            String said = message.get(10, TimeUnit.SECONDS);
            assertTrue(said.contains("notes.wav"), said);
            assertFalse(playback.isPlaying());
            assertEquals(0, playback.positionSeconds());
        }
    }

    @Test
    void aSeekWhilePausedMovesThePositionWithinTheRecording() {
        try (SoundPlayback playback = new SoundPlayback()) {
            playback.load(dir.resolve("x.wav"), 10);
            playback.seek(4.5);
            assertEquals(4.5, playback.positionSeconds());
            playback.seek(99);
            assertEquals(10, playback.positionSeconds());
            playback.seek(-3);
            assertEquals(0, playback.positionSeconds());
        }
    }

    /** A tiny 16-bit PCM WAV, written here so the test needs nothing else. */
    static byte[] wav(int rate, int channels, short[] interleaved) {
        ByteBuffer b = ByteBuffer.allocate(44 + interleaved.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + interleaved.length * 2).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put("data".getBytes()).putInt(interleaved.length * 2);
        for (short s : interleaved) {
            b.putShort(s);
        }
        return b.array();
    }
}
