package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFilesTest {

    @TempDir
    Path dir;

    private Path written(String name, float[] samples) throws IOException {
        Path file = dir.resolve(name);
        try (WavWriter w = new WavWriter(file, WavFormat.RECORDING)) {
            byte[] b = Pcm.toBytes(samples);
            w.write(b, 0, b.length);
        }
        return file;
    }

    @Test
    void writtenFileIsAWavThatJavaSoundAndOurReaderAgreeOn() throws Exception {
        float[] tone = Pcm.tone(0.5, 16_000, 440, 0.5);
        Path file = written("a.wav", tone);
        assertEquals(44 + 16_000, Files.size(file));
        AudioFileFormat f = AudioSystem.getAudioFileFormat(file.toFile());
        assertEquals(8000, f.getFrameLength());
        assertEquals(16_000f, f.getFormat().getSampleRate());
        try (WavReader r = WavReader.open(file)) {
            assertEquals(0.5, r.durationSeconds(), 1e-9);
            float[] back = Pcm.readAll(r);
            assertEquals(tone.length, back.length);
            for (int i = 0; i < tone.length; i++) {
                assertEquals(tone[i], back[i], 1e-4);
            }
        }
    }

    @Test
    void headerIsProvisionalUntilClose() throws Exception {
        Path file = dir.resolve("open.wav");
        WavWriter w = new WavWriter(file, WavFormat.RECORDING);
        byte[] b = Pcm.toBytes(Pcm.tone(0.25, 16_000, 300, 0.3));
        w.write(b, 0, b.length);
        w.flush();
        assertEquals(0, dataSizeField(file), "unfinished: the data size is still the provisional 0");
        // Reading an unfinished recording still gets what reached the disk.
        try (WavReader r = WavReader.open(file)) {
            assertEquals(0.25, r.durationSeconds(), 1e-9);
        }
        w.close();
        assertEquals(b.length, dataSizeField(file));
    }

    @Test
    void repairRebuildsTheHeaderOfATruncatedRecordingAndDropsTheOddByte() throws Exception {
        Path file = dir.resolve("crash.wav");
        WavWriter w = new WavWriter(file, WavFormat.RECORDING);
        byte[] b = Pcm.toBytes(Pcm.tone(1.0, 16_000, 300, 0.3));
        w.write(b, 0, b.length);
        w.flush(); // the process dies here: never closed
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(44 + 12_345); // cut mid-frame, as a kill during a write can leave it
        }
        WavRepair.Outcome outcome = WavRepair.repair(file);
        assertEquals(WavRepair.Status.REPAIRED, outcome.status());
        assertEquals(44 + 12_344, Files.size(file));
        assertEquals(12_344, dataSizeField(file));
        assertEquals(12_344 / 32_000.0, outcome.seconds(), 1e-9);
        assertEquals(6172, AudioSystem.getAudioFileFormat(file.toFile()).getFrameLength());
        byte[] kept = Arrays.copyOfRange(Files.readAllBytes(file), 44, 44 + 12_344);
        assertArrayEquals(Arrays.copyOf(b, 12_344), kept, "the audio itself is untouched");

        assertEquals(WavRepair.Status.INTACT, WavRepair.repair(file).status(), "a second repair changes nothing");
    }

    @Test
    void repairOfAFileCutInsideItsHeaderLeavesAnEmptyRecording() throws Exception {
        Path file = dir.resolve("cut.wav");
        Files.write(file, Arrays.copyOf(Files.readAllBytes(written("x.wav", Pcm.silence(0.1, 16_000))), 20));
        assertEquals(WavRepair.Status.REPAIRED, WavRepair.repair(file).status());
        try (WavReader r = WavReader.open(file)) {
            assertEquals(0, r.durationSeconds());
            assertEquals(-1, r.read(new float[16]));
        }
        Path empty = dir.resolve("zero.wav");
        Files.write(empty, new byte[0]);
        assertEquals(WavRepair.Status.REPAIRED, WavRepair.repair(empty).status());
        assertEquals(44, Files.size(empty));
    }

    @Test
    void repairLeavesFilesItDidNotWriteAlone() throws Exception {
        Path other = dir.resolve("notes.wav");
        byte[] text = "these are not audio samples, and they are longer than a header".getBytes();
        Files.write(other, text);
        assertEquals(WavRepair.Status.NOT_A_RECORDING, WavRepair.repair(other).status());
        assertArrayEquals(text, Files.readAllBytes(other));
    }

    @Test
    void readerDownmixesStereoAtOtherRates() throws Exception {
        Path file = dir.resolve("stereo.wav");
        try (WavWriter w = new WavWriter(file, new WavFormat(44_100, 2))) {
            byte[] frames = Pcm.toBytes(new float[] {0.5f, 0.25f, -0.5f, -0.5f});
            w.write(frames, 0, frames.length);
        }
        try (WavReader r = WavReader.open(file)) {
            assertEquals(44_100, r.sampleRate());
            float[] mono = Pcm.readAll(r);
            assertEquals(2, mono.length);
            assertEquals(0.375, mono[0], 1e-3);
            assertEquals(-0.5, mono[1], 1e-3);
        }
    }

    @Test
    void readerSkipsChunksItDoesNotNeed() throws Exception {
        Path plain = written("plain.wav", Pcm.tone(0.1, 16_000, 440, 0.5));
        byte[] bytes = Files.readAllBytes(plain);
        ByteBuffer list = ByteBuffer.allocate(8 + 5 + 1).order(ByteOrder.LITTLE_ENDIAN);
        list.put("LIST".getBytes()).putInt(5).put("hello".getBytes()).put((byte) 0);
        byte[] withList = new byte[bytes.length + list.capacity()];
        System.arraycopy(bytes, 0, withList, 0, 36);
        System.arraycopy(list.array(), 0, withList, 36, list.capacity());
        System.arraycopy(bytes, 36, withList, 36 + list.capacity(), bytes.length - 36);
        Path file = dir.resolve("list.wav");
        Files.write(file, withList);
        try (WavReader r = WavReader.open(file)) {
            assertEquals(0.1, r.durationSeconds(), 1e-9);
        }
    }

    @Test
    void readerNamesTheFileAndTheProblem() throws Exception {
        Path text = dir.resolve("notes.wav");
        Files.writeString(text, "hello, this is text and not a RIFF file at all");
        assertMessage(text, "not a WAV file");

        Path tiny = dir.resolve("tiny.wav");
        Files.write(tiny, new byte[] {1, 2, 3});
        assertMessage(tiny, "too short");

        Path eightBit = headerWith(dir.resolve("8bit.wav"), 1, 1, 16_000, 8);
        assertMessage(eightBit, "8-bit samples");
        Path floats = headerWith(dir.resolve("float.wav"), 3, 1, 16_000, 32);
        assertMessage(floats, "not PCM audio");
        Path high = headerWith(dir.resolve("96k.wav"), 1, 2, 96_000, 16);
        assertMessage(high, "96000 Hz");
        Path six = headerWith(dir.resolve("six.wav"), 1, 6, 48_000, 16);
        assertMessage(six, "6 channels");

        Path cut = dir.resolve("cut.wav");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(written("ok.wav", Pcm.silence(0.1, 16_000))), 30));
        assertMessage(cut, "ends inside its WAV header");
    }

    private void assertMessage(Path file, String part) {
        WavFormatException e = assertThrows(WavFormatException.class, () -> WavReader.open(file).close());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static Path headerWith(Path file, int tag, int channels, int rate, int bits) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(44).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits).put("data".getBytes()).putInt(8);
        Files.write(file, b.array());
        return file;
    }

    private static long dataSizeField(Path file) throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 44);
        return Integer.toUnsignedLong(ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(40));
    }
}
