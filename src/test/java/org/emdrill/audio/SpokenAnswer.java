package org.emdrill.audio;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real spoken answer made at test time with espeak-ng and sox: sentences trimmed of their own silence,
 * joined by silences of known length, so the truth (first word, pauses, talk time) is known independently
 * of the analyser. Missing tools fail the test with the packages to install: CI's {@code .ci/run} installs
 * them, so a skip would only hide that the real-speech checks never ran.
 */
final class SpokenAnswer {

    static final String[] SENTENCES = {
            "I asked the team what was slowing them down",
            "then we agreed on two changes for the next sprint",
            "and the release went out on time"};
    /** Syllables in the sentences above, counted by hand. */
    static final int SYLLABLES = 30;

    final Path clean;
    final double firstWordSeconds;
    final List<Double> pauses;
    final double talkSeconds;

    private SpokenAnswer(Path clean, double firstWordSeconds, List<Double> pauses, double talkSeconds) {
        this.clean = clean;
        this.firstWordSeconds = firstWordSeconds;
        this.pauses = pauses;
        this.talkSeconds = talkSeconds;
    }

    /** The answer with {@code lead} s before the first word, these pauses between sentences and 0.6 s after. */
    static SpokenAnswer make(Path dir, double lead, double... pauses) throws IOException {
        requireTool("espeak-ng", "--version");
        requireTool("sox", "--version");
        List<String> join = new ArrayList<>(List.of("sox"));
        join.add(silence(dir, "lead", lead).toString());
        double talk = 0;
        for (int i = 0; i < SENTENCES.length; i++) {
            Path raw = dir.resolve("said" + i + ".wav");
            Path trimmed = dir.resolve("trimmed" + i + ".wav");
            run("espeak-ng", "-w", raw.toString(), SENTENCES[i]);
            // Trim espeak's own leading and trailing silence, so the joins below are the whole pauses.
            run("sox", raw.toString(), trimmed.toString(), "silence", "1", "0.01", "0.1%", "reverse", "silence", "1",
                    "0.01", "0.1%", "reverse");
            talk += seconds(trimmed);
            join.add(trimmed.toString());
            if (i < SENTENCES.length - 1) {
                join.add(silence(dir, "pause" + i, pauses[i]).toString());
            }
        }
        join.add(silence(dir, "tail", 0.6).toString());
        Path clean = dir.resolve("clean.wav");
        join.add(clean.toString());
        run(join.toArray(String[]::new));
        List<Double> p = new ArrayList<>();
        for (double d : pauses) {
            p.add(d);
        }
        return new SpokenAnswer(clean, lead, p, talk);
    }

    /** The same answer 20 dB quieter under 60 Hz mains hum and hiss. */
    Path quietUnderHumAndHiss(Path dir) throws IOException {
        String duration = Double.toString(seconds(clean));
        Path hum = dir.resolve("hum.wav");
        Path hiss = dir.resolve("hiss.wav");
        run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", hum.toString(), "synth", duration, "sine", "60", "vol", "0.05");
        run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", hiss.toString(), "synth", duration, "whitenoise", "vol",
                "0.004");
        Path noisy = dir.resolve("noisy.wav");
        run("sox", "-m", "-v", "0.1", clean.toString(), "-v", "1", hum.toString(), "-v", "1", hiss.toString(),
                noisy.toString());
        return noisy;
    }

    /** The same answer resampled to 44.1 kHz stereo. */
    Path cdStereo(Path dir) throws IOException {
        Path out = dir.resolve("stereo44.wav");
        run("sox", clean.toString(), "-r", "44100", "-c", "2", "-b", "16", out.toString());
        return out;
    }

    static double seconds(Path wav) throws IOException {
        try (WavReader r = WavReader.open(wav)) {
            return r.durationSeconds();
        }
    }

    private static Path silence(Path dir, String name, double seconds) throws IOException {
        Path out = dir.resolve(name + ".wav");
        run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", out.toString(), "trim", "0", Double.toString(seconds));
        return out;
    }

    private static void requireTool(String tool, String arg) {
        try {
            run(tool, arg);
        } catch (IOException e) {
            fail(tool + " is needed to make real speech for this test and could not be run (" + e.getMessage()
                    + "). Install the Debian packages espeak-ng and sox (CI's .ci/run installs them).");
        }
    }

    static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            p.destroy();
        }
    }
}
