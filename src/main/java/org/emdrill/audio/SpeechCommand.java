package org.emdrill.audio;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code em-drill speech FILE.wav}: the delivery figures of a recording as one JSON object on one line,
 * for scripts and for checking the analyser on one's own recordings. Exit 0 with the figures (zeros for an
 * empty WAV), 1 with a message naming the file when it is not a PCM WAV or cannot be read, 2 for bad usage.
 */
public final class SpeechCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_FILE = 1;
    public static final int EXIT_USAGE = 2;

    public int run(List<Path> files, PrintStream out, PrintStream err) {
        if (files.size() != 1) {
            err.println("usage: em-drill speech FILE.wav   (exactly one WAV file)");
            return EXIT_USAGE;
        }
        Path file = files.get(0);
        if (Files.isDirectory(file)) {
            err.println("em-drill speech: " + file + ": a folder, not a WAV file");
            return EXIT_BAD_FILE;
        }
        try {
            out.println(json(new SpeechAnalyzer().analyze(file)));
            return EXIT_OK;
        } catch (NoSuchFileException e) {
            err.println("em-drill speech: " + file + ": no such file");
        } catch (WavFormatException e) {
            err.println("em-drill speech: " + e.getMessage());
        } catch (IOException e) {
            err.println("em-drill speech: " + file + ": could not be read (" + e.getMessage() + ")");
        }
        return EXIT_BAD_FILE;
    }

    static String json(DeliveryFigures f) {
        StringBuilder pauses = new StringBuilder();
        for (Span p : f.pauses()) {
            pauses.append(pauses.length() == 0 ? "" : ",")
                    .append(String.format(Locale.ROOT, "{\"startSeconds\":%.3f,\"endSeconds\":%.3f}", p.startSeconds(),
                            p.endSeconds()));
        }
        return String.format(Locale.ROOT, "{\"durationSeconds\":%.3f,\"talkSeconds\":%.3f,\"firstWordSeconds\":%.3f,"
                        + "\"pausesOver2s\":%d,\"longestPauseSeconds\":%.3f,\"syllablesPerSecond\":%.2f,\"pauses\":[%s]}",
                f.durationSeconds(), f.talkSeconds(), f.firstWordSeconds(), f.pausesOver2s(), f.longestPauseSeconds(),
                f.syllablesPerSecond(), pauses);
    }
}
