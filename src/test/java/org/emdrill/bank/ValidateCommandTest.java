package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path... files) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new ValidateCommand().run(List.of(files), o, e);
        }
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void printsOneOkLinePerValidFileAndExitsZero() throws IOException {
        Path a = write("team-conflict.json", TestFiles.text("second-bank.json"));
        Path b = write("underperformers.json", TestFiles.text("good-bank.json"));

        assertEquals(ValidateCommand.EXIT_OK, run(a, b));

        assertEquals(List.of(a + ": OK (3 questions)", b + ": OK (2 questions)"), outLines());
        assertEquals(List.of(), errLines());
    }

    @Test
    void printsEachProblemAsFileLineColumnAndExitsOne() throws IOException {
        Path bad = write("bad.json", TestFiles.text("second-bank.json")
                .replace("\"conflict-resolution\": 3", "\"conflict\": 3")
                .replace("\"experienced-manager\"", "\"senior\""));
        Path good = write("good.json", TestFiles.text("good-bank.json"));

        assertEquals(ValidateCommand.EXIT_PROBLEMS, run(bad, good));

        List<String> errors = errLines();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith(bad + ":9:23: questions[0].dimensions.conflict: unknown dimension"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith(bad + ":10:16: questions[0].level: unknown level \"senior\""),
                errors.get(1));
        assertEquals(List.of(good + ": OK (2 questions)"), outLines());
    }

    @Test
    void printsWarningsWithPrefixAndStillPasses() throws IOException {
        Path file = write("w.json", TestFiles.text("second-bank.json").replace("\"title\"", "\"colour\": 1, \"title\""));

        assertEquals(ValidateCommand.EXIT_OK, run(file));

        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).startsWith("warning: " + file + ":4:3: colour: unknown field \"colour\""),
                errLines().get(0));
        assertEquals(List.of(file + ": OK (3 questions)"), outLines());
    }

    @Test
    void reportsDuplicateIdsAcrossTheGivenFiles() throws IOException {
        Path first = write("first.json", TestFiles.text("second-bank.json"));
        Path copy = write("copy.json", TestFiles.text("second-bank.json").replace("\"team-conflict\"", "\"copy\""));

        assertEquals(ValidateCommand.EXIT_PROBLEMS, run(first, copy));

        assertEquals(List.of(first + ": OK (3 questions)"), outLines());
        assertEquals(3, errLines().size(), errLines()::toString);
        assertTrue(errLines().get(0).startsWith(copy + ":7:13: questions[0].id: question id \"team-conflict-two-seniors\" "
                + "is already used in bank \"team-conflict\" (" + first + ")"), errLines().get(0));
    }

    @Test
    void reportsMissingFileInOneLineWithoutStackTrace() {
        Path missing = dir.resolve("missing.json");

        assertEquals(ValidateCommand.EXIT_PROBLEMS, run(missing));

        assertEquals(List.of(missing + ": file not found; check the name and folder"), errLines());
        assertEquals(List.of(), outLines());
    }

    @Test
    void reportsSyntaxErrorWithoutParserInternals() throws IOException {
        Path file = write("cut.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\"");

        assertEquals(ValidateCommand.EXIT_PROBLEMS, run(file));

        assertEquals(1, errLines().size());
        String line = errLines().get(0);
        assertTrue(line.startsWith(file + ":3:12: "), line);
        assertFalse(line.contains("Exception") || line.contains("jackson"), line);
    }

    @Test
    void checksRubricFileAsRubric() throws IOException {
        Path rubric = write("rubric.json", TestFiles.text("rubric.json"));

        assertEquals(ValidateCommand.EXIT_OK, run(rubric));

        assertEquals(List.of(rubric + ": OK (rubric, 5 dimensions)"), outLines());
    }

    @Test
    void exitsTwoWithUsageWhenNoFileIsNamed() {
        assertEquals(ValidateCommand.EXIT_USAGE, run());

        assertEquals(List.of(ValidateCommand.USAGE), errLines());
        assertEquals(List.of(), outLines());
    }
}
