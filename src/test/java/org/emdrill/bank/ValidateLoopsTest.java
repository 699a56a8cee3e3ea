package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} checks loop files (in a {@code loops} folder) and the questions to ask (in {@code ask}). */
class ValidateLoopsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** No built-in banks, so a loop's questions must come from the banks named. */
    private int run(Path... files) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new ValidateCommand(List::of).run(List.of(files), o, e);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void acceptsALoopWhoseQuestionsAreInTheBanksNamed() throws IOException {
        Path loop = write("loops/startup.json", LoopParserTest.VALID);
        Path conflict = write("team-conflict.json", TestFiles.text("second-bank.json"));
        Path under = write("underperformers.json", TestFiles.text("good-bank.json"));

        assertEquals(ValidateCommand.EXIT_OK, run(loop, conflict, under), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(loop + ": OK (loop, 2 questions in 15 minutes)", conflict + ": OK (3 questions)",
                under + ": OK (2 questions)"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void reportsALoopQuestionNoBankHasAsFileLineColumn() throws IOException {
        Path loop = write("loops/startup.json", LoopParserTest.VALID);
        Path conflict = write("team-conflict.json", TestFiles.text("second-bank.json"));

        assertEquals(ValidateCommand.EXIT_PROBLEMS, run(loop, conflict));
        SourcePosition at = TestFiles.at(LoopParserTest.VALID, "\"underperformers-plan\"");
        assertEquals(List.of(loop + ":" + at.line() + ":" + at.column() + ": questions[1].id: no loaded bank has a "
                + "question \"underperformers-plan\"; check the id in the bank file, or validate the loop together "
                + "with the bank that holds it"), err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of(conflict + ": OK (3 questions)"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void checksTheQuestionsToAsk() throws IOException {
        Path ask = write("ask/ask-the-interviewer.json", "{\"schemaVersion\": 1, \"groups\": [{\"title\": \"Team\", "
                + "\"questions\": [\"Who left?\"]}]}");
        assertEquals(ValidateCommand.EXIT_OK, run(ask));
        assertEquals(List.of(ask + ": OK (questions to ask, 1 question in 1 group)"),
                out.toString(StandardCharsets.UTF_8).lines().toList());

        Path bad = write("ask/bad.json", "{\"schemaVersion\": 1, \"groups\": []}");
        assertEquals(ValidateCommand.EXIT_PROBLEMS, run(bad));
        assertEquals(List.of(bad + ":1:32: groups: has 0 groups; give 1 to 20"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
