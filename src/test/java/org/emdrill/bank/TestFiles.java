package org.emdrill.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.emdrill.domain.Problem;

/** Fixtures and small helpers shared by the bank tests. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/org/emdrill/bank/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The 1-based line and column where {@code snippet} first starts in {@code json}. */
    static SourcePosition at(String json, String snippet) {
        int index = json.indexOf(snippet);
        if (index < 0) {
            throw new IllegalArgumentException("snippet not in text: " + snippet);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, index - lineStart + 1);
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
