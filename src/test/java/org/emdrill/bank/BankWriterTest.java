package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankWriterTest {

    private static final Path SHIPPED = Path.of("questions");

    @TempDir
    Path dir;

    private final BankWriter writer = new BankWriter();
    private final BankParser parser = new BankParser();

    private static List<Path> shippedBanks() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(BankLibraryLoader.RUBRIC_FILE))
                    .sorted().toList();
        }
    }

    private QuestionBank parse(byte[] json, String name) {
        ParseResult<QuestionBank> result = parser.parse(json, name, BankSource.USER);
        assertTrue(result.isValid(), () -> name + ": " + result.problems());
        assertEquals(List.of(), result.warnings(), name);
        return result.value();
    }

    @Test
    void everyShippedBankReadsBackEqualAfterWriting() throws IOException {
        List<Path> banks = shippedBanks();
        assertTrue(banks.size() >= 5, "the shipped banks are in " + SHIPPED.toAbsolutePath());
        for (Path file : banks) {
            String name = file.getFileName().toString();
            QuestionBank original = parse(Files.readAllBytes(file), name);

            QuestionBank again = parse(writer.toJson(original), name);

            assertEquals(original, again, name);
        }
    }

    @Test
    void savedFilesPassValidateWithoutWarnings() throws IOException {
        List<Path> saved = new java.util.ArrayList<>();
        for (Path file : shippedBanks()) {
            QuestionBank bank = parse(Files.readAllBytes(file), file.getFileName().toString());
            saved.add(writer.saveInto(dir, bank));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new ValidateCommand().run(saved, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(ValidateCommand.EXIT_OK, exit);
        assertEquals(saved.size(), out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void writesFieldsInTheDocumentedOrderAndLeavesOutEmptyOptionalOnes() {
        Question bare = new Question("mine-bare", "Why?", List.of(), Map.of(Dimension.COACHING, 1), List.of(),
                List.of(), 150, null, List.of());
        Question full = new Question("mine-full", "Tell me “more”.", List.of("And then?"),
                Map.of(Dimension.LEADERSHIP, 1, Dimension.EXECUTION, 3), List.of("Specific"), List.of("Vague"),
                180, QuestionLevel.MANAGER_OF_MANAGERS, List.of("delivery"), QuestionKind.STORY, "Owning a slip.",
                List.of("Stakes", "Your call", "Result", "Lesson"),
                Map.of(QuestionLevel.MANAGER_OF_MANAGERS, "Fixes the system.", QuestionLevel.NEW_MANAGER, "Owns it."));
        QuestionBank bank = new QuestionBank(1, "mine", "Mine", "", List.of(bare, full), BankSource.USER, "x");

        String json = new String(writer.toJson(bank), StandardCharsets.UTF_8);

        assertEquals(bank.questions(), parse(json.getBytes(StandardCharsets.UTF_8), "mine.json").questions(),
                "reads back equal, answer guide included");
        assertEquals("""
                {
                  "schemaVersion": 1,
                  "id": "mine",
                  "title": "Mine",
                  "questions": [
                    {
                      "id": "mine-bare",
                      "prompt": "Why?",
                      "dimensions": {
                        "coaching": 1
                      },
                      "targetSeconds": 150
                    },
                    {
                      "id": "mine-full",
                      "prompt": "Tell me “more”.",
                      "followUps": [
                        "And then?"
                      ],
                      "dimensions": {
                        "execution": 3,
                        "leadership": 1
                      },
                      "signals": [
                        "Specific"
                      ],
                      "redFlags": [
                        "Vague"
                      ],
                      "tags": [
                        "delivery"
                      ],
                      "targetSeconds": 180,
                      "level": "manager-of-managers",
                      "kind": "story",
                      "assesses": "Owning a slip.",
                      "outline": [
                        "Stakes",
                        "Your call",
                        "Result",
                        "Lesson"
                      ],
                      "expectations": {
                        "new-manager": "Owns it.",
                        "manager-of-managers": "Fixes the system."
                      }
                    }
                  ]
                }
                """, json);
    }

    @Test
    void savesUnderTheBankIdAndReplacesTheOldFileWhole() throws IOException {
        QuestionBank bank = parse(Files.readAllBytes(shippedBanks().get(0)), "first.json");
        Path existing = Files.writeString(dir.resolve(bank.id() + ".json"), "old content that is much longer ".repeat(900));

        Path saved = writer.saveInto(dir, bank);

        assertEquals(existing, saved);
        assertEquals(bank, parse(Files.readAllBytes(saved), "first.json"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(saved), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void refusesAFileNameThatIsNotABankId() {
        assertThrows(IllegalArgumentException.class, () -> BankWriter.fileFor(dir, "../escape"));
        assertThrows(IllegalArgumentException.class, () -> BankWriter.fileFor(dir, "Upper"));
        assertFalse(Files.exists(dir.resolve("..").resolve("escape.json")));
    }
}
