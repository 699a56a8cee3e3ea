package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.at;
import static org.emdrill.bank.TestFiles.describe;
import static org.emdrill.bank.TestFiles.utf8;
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
import java.util.Map;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer-guide fields (kind, assesses, outline, expectations) and printable messages. */
class AnswerGuideParserTest {

    private static final String FILE = "team.json";

    private static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "team",
              "title": "Team",
              "questions": [
                {
                  "id": "team-one",
                  "prompt": "Tell me about a hard conversation.",
                  "kind": "story",
                  "assesses": "Whether you give hard feedback early and kindly.",
                  "dimensions": { "coaching": 3, "leadership": 2 },
                  "outline": ["The situation", "What you said", "How they took it", "What changed"],
                  "expectations": {
                    "new-manager": "Has the conversation at all.",
                    "manager-of-managers": "Teaches managers to have it."
                  }
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    private ParseResult<QuestionBank> parse(String json) {
        return new BankParser().parse(utf8(json), FILE, BankSource.USER);
    }

    private Problem onlyProblem(String json) {
        ParseResult<QuestionBank> result = parse(json);
        assertFalse(result.isValid(), "expected a problem");
        assertEquals(1, result.problems().size(), () -> describe(result.problems()));
        return result.problems().get(0);
    }

    private static void assertMessageContains(Problem p, String... parts) {
        for (String part : parts) {
            assertTrue(p.message().contains(part), () -> "expected \"" + part + "\" in: " + p.message());
        }
    }

    @Test
    void readsEveryAnswerGuideField() {
        ParseResult<QuestionBank> result = parse(VALID);

        assertTrue(result.isValid(), () -> describe(result.problems()));
        assertEquals(List.of(), result.warnings(), "the new fields are known fields");
        Question q = result.value().questions().get(0);
        assertEquals(QuestionKind.STORY, q.kind());
        assertEquals("Whether you give hard feedback early and kindly.", q.assesses());
        assertEquals(List.of("The situation", "What you said", "How they took it", "What changed"), q.outline());
        assertEquals(Map.of(QuestionLevel.NEW_MANAGER, "Has the conversation at all.",
                QuestionLevel.MANAGER_OF_MANAGERS, "Teaches managers to have it."), q.expectations());
    }

    @Test
    void aBankWithoutTheNewFieldsStillLoads() {
        String old = VALID.replaceAll("(?m)^\\s*\"(kind|assesses)\": .*\\n", "")
                .replaceAll("(?s),\\s*\"outline\".*?\\}\\n", "\n");
        ParseResult<QuestionBank> result = parse(old);

        assertTrue(result.isValid(), () -> old + describe(result.problems()));
        Question q = result.value().questions().get(0);
        assertTrue(q.kindIfKnown().isEmpty());
        assertEquals("", q.assesses());
        assertEquals(List.of(), q.outline());
        assertEquals(Map.of(), q.expectations());
    }

    @Test
    void rejectsUnknownKindAndNamesBothKinds() {
        String json = VALID.replace("\"story\"", "\"anecdote\"");
        Problem p = onlyProblem(json);

        assertEquals(at(json, "\"anecdote\"").line(), p.line());
        assertEquals(at(json, "\"anecdote\"").column(), p.column());
        assertEquals("questions[0].kind", p.field());
        assertMessageContains(p, "unknown kind \"anecdote\"", "\"story\" or \"scenario\"");
    }

    @Test
    void rejectsKindThatIsNotText() {
        Problem p = onlyProblem(VALID.replace("\"story\"", "1"));

        assertEquals("questions[0].kind", p.field());
        assertMessageContains(p, "expected text, found a whole number");
    }

    @Test
    void rejectsAssessesThatIsAListOrBlank() {
        Problem list = onlyProblem(VALID.replace("\"Whether you give hard feedback early and kindly.\"", "[\"x\"]"));
        assertEquals("questions[0].assesses", list.field());
        assertMessageContains(list, "expected text");

        Problem blank = onlyProblem(VALID.replace("Whether you give hard feedback early and kindly.", " "));
        assertEquals("questions[0].assesses", blank.field());
        assertMessageContains(blank, "is blank");
    }

    @Test
    void rejectsAnOutlineShorterThanFourOrLongerThanSix() {
        String three = VALID.replace(", \"What changed\"", "");
        Problem p = onlyProblem(three);
        assertEquals("questions[0].outline", p.field());
        assertEquals(at(three, "[\"The situation\"").line(), p.line());
        assertEquals(at(three, "[\"The situation\"").column(), p.column());
        assertMessageContains(p, "has 3 items", "4 to 6");

        Problem seven = onlyProblem(VALID.replace("\"What changed\"", "\"5\", \"6\", \"7\", \"8\""));
        assertMessageContains(seven, "has 7 items", "4 to 6");

        assertTrue(parse(VALID.replace("\"What changed\"", "\"5\", \"6\", \"7\"")).isValid(), "six is allowed");
    }

    @Test
    void rejectsAnOutlineItemThatIsNotText() {
        Problem p = onlyProblem(VALID.replace("\"What changed\"", "null"));

        assertEquals("questions[0].outline[3]", p.field());
        assertMessageContains(p, "expected text, found null");
    }

    @Test
    void rejectsExpectationsForAnUnknownLevelAtTheKey() {
        String json = VALID.replace("\"new-manager\": ", "\"senior\": ");
        Problem p = onlyProblem(json);

        assertEquals("questions[0].expectations.senior", p.field());
        assertEquals(at(json, "\"senior\"").line(), p.line());
        assertEquals(at(json, "\"senior\"").column(), p.column());
        assertMessageContains(p, "unknown level \"senior\"", "new-manager, experienced-manager, manager-of-managers");
    }

    @Test
    void rejectsExpectationsThatAreNotAnObjectOrHoldNonText() {
        Problem list = onlyProblem(VALID.replaceAll("(?s)\"expectations\": \\{.*?\\}", "\"expectations\": []"));
        assertEquals("questions[0].expectations", list.field());
        assertMessageContains(list, "expected an object");

        Problem number = onlyProblem(VALID.replace("\"Teaches managers to have it.\"", "5"));
        assertEquals("questions[0].expectations.manager-of-managers", number.field());
        assertMessageContains(number, "expected text, found a whole number");
    }

    @Test
    void controlCharactersFromTheFileAreShownEscapedInMessages() {
        String json = VALID.replace("\"title\": \"Team\",", "\"title\": \"Team\",\n  \"foo\\u0000bar\": 1,")
                .replace("\"story\"", "\"st\\u001b[31mory\"");
        ParseResult<QuestionBank> result = parse(json);

        assertEquals(1, result.warnings().size(), () -> describe(result.warnings()));
        Problem warning = result.warnings().get(0);
        assertEquals("foo\\u0000bar", warning.field());
        assertMessageContains(warning, "unknown field \"foo\\u0000bar\"");
        Problem kind = result.problems().get(0);
        assertMessageContains(kind, "unknown kind \"st\\u001b[31mory\"");
        for (Problem p : List.of(warning, kind)) {
            assertTrue(p.toString().chars().noneMatch(Character::isISOControl), () -> "raw control in " + p);
        }
    }

    @Test
    void validatePrintsControlCharactersEscaped() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.json"),
                VALID.replace("\"title\": \"Team\",", "\"title\": \"Team\",\n  \"foo\\u0000bar\": 1,"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new ValidateCommand().run(List.of(file), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(ValidateCommand.EXIT_OK, exit);
        assertTrue(printed.contains("foo\\u0000bar"), printed);
        assertTrue(printed.chars().filter(c -> c != '\n').noneMatch(Character::isISOControl), printed);
    }

    @Test
    void printableEscapesControlsAndInvisibleMarksOnly() {
        assertEquals("plain “text” é", Messages.printable("plain “text” é"));
        assertEquals("a\\u0000b\\u0009c\\u007f\\u202e", Messages.printable("a\u0000b\tc\u007f\u202e"));
    }
}
