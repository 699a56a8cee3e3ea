package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emdrill.audio.WavFormat;
import org.emdrill.audio.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code em-drill speech FILE.wav} through the real entry point. */
class SpeechCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** 0.5 s silence, 1 s of a 220 Hz tone, 2.5 s silence, 1 s tone, 0.5 s silence, at 16 kHz. */
    private Path toneAnswer() throws Exception {
        Path file = dir.resolve("answer.wav");
        double[][] parts = {{0.5, 0}, {1.0, 0.3}, {2.5, 0}, {1.0, 0.3}, {0.5, 0}};
        try (WavWriter w = new WavWriter(file, WavFormat.RECORDING)) {
            for (double[] p : parts) {
                int n = (int) (p[0] * 16_000);
                byte[] b = new byte[n * 2];
                for (int i = 0; i < n; i++) {
                    int v = (int) Math.round(p[1] * 32767 * Math.sin(2 * Math.PI * 220 * i / 16_000.0));
                    b[2 * i] = (byte) v;
                    b[2 * i + 1] = (byte) (v >> 8);
                }
                w.write(b, 0, b.length);
            }
        }
        return file;
    }

    @Test
    void printsTheFiguresAsOneJsonObject() throws Exception {
        assertEquals(0, run("speech", toneAnswer().toString()), errors());
        String printed = out.toString(StandardCharsets.UTF_8).trim();
        assertEquals(1, printed.lines().count(), printed);
        JsonNode json = new ObjectMapper().readTree(printed);
        assertEquals(5.5, json.get("durationSeconds").asDouble(), 1e-3);
        assertEquals(2.0, json.get("talkSeconds").asDouble(), 0.05);
        assertEquals(0.5, json.get("firstWordSeconds").asDouble(), 0.05);
        assertEquals(1, json.get("pausesOver2s").asInt());
        assertEquals(2.5, json.get("longestPauseSeconds").asDouble(), 0.05);
        assertTrue(json.get("syllablesPerSecond").isNumber());
        assertTrue(json.get("talkSeconds").isFloatingPointNumber(), "seconds are decimals");
        assertEquals(1, json.get("pauses").size());
    }

    @Test
    void anEmptyWavGivesZeros() throws Exception {
        Path empty = dir.resolve("empty.wav");
        new WavWriter(empty, WavFormat.RECORDING).close();
        assertEquals(0, run("speech", empty.toString()), errors());
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        for (String field : new String[] {"durationSeconds", "talkSeconds", "firstWordSeconds", "pausesOver2s",
                "longestPauseSeconds", "syllablesPerSecond"}) {
            assertEquals(0, json.get(field).asDouble(), field);
        }
    }

    @Test
    void aFileThatIsNotAPcmWavIsNamedAndExitsOne() throws Exception {
        Path text = dir.resolve("notes.wav");
        Files.writeString(text, "Dear diary, today I practised three answers aloud.");
        assertEquals(1, run("speech", text.toString()));
        assertTrue(errors().contains(text.toString()), errors());
        assertTrue(errors().contains("not a WAV file"), errors());
        assertFalse(errors().contains("Exception"), errors());
        assertEquals("", out.toString(StandardCharsets.UTF_8));

        err.reset();
        Path missing = dir.resolve("missing.wav");
        assertEquals(1, run("speech", missing.toString()));
        assertTrue(errors().contains(missing + ": no such file"), errors());
    }

    @Test
    void speechNeedsExactlyOneFile() {
        assertEquals(2, run("speech"));
        assertTrue(errors().contains("usage: em-drill speech FILE.wav"), errors());
        err.reset();
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("speech FILE.wav"));
    }
}
