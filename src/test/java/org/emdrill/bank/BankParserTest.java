package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.at;
import static org.emdrill.bank.TestFiles.describe;
import static org.emdrill.bank.TestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionLevel;
import org.junit.jupiter.api.Test;

/** The semantic rules of the bank format: every problem with its position, field and a helpful message. */
class BankParserTest {

    private static final String FILE = "team.json";

    /** A valid bank, one field per line so each test can break one thing and know where it is. */
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "team",
              "title": "Team",
              "questions": [
                {
                  "id": "team-one",
                  "prompt": "Tell me about a hard conversation.",
                  "dimensions": { "coaching": 3, "leadership": 2 },
                  "targetSeconds": 120,
                  "level": "new-manager"
                },
                {
                  "id": "team-two",
                  "prompt": "Tell me about a missed deadline.",
                  "dimensions": { "execution": 1 }
                }
              ]
            }
            """;

    private final BankParser parser = new BankParser();

    private ParseResult<QuestionBank> parse(String json) {
        return parser.parse(utf8(json), FILE, BankSource.USER);
    }

    /** Parses a text expected to fail with exactly one problem, and returns it. */
    private Problem onlyProblem(String json) {
        ParseResult<QuestionBank> result = parse(json);
        assertFalse(result.isValid(), "expected a problem");
        assertNull(result.value());
        assertEquals(1, result.problems().size(), () -> describe(result.problems()));
        return result.problems().get(0);
    }

    private static void assertAt(SourcePosition expected, Problem p) {
        assertEquals(expected.line(), p.line(), () -> "line of " + p);
        assertEquals(expected.column(), p.column(), () -> "column of " + p);
        assertEquals(FILE, p.file());
    }

    private static void assertMessageContains(Problem p, String... parts) {
        for (String part : parts) {
            assertTrue(p.message().contains(part), () -> "expected \"" + part + "\" in: " + p.message());
        }
    }

    @Test
    void loadsGoodBankWithAllFields() {
        ParseResult<QuestionBank> result = parser.parse(TestFiles.resource("good-bank.json"), "good-bank.json",
                BankSource.BUNDLED);

        assertTrue(result.isValid(), () -> describe(result.problems()));
        assertEquals(List.of(), result.warnings());
        QuestionBank bank = result.value();
        assertEquals(1, bank.schemaVersion());
        assertEquals("underperformers", bank.id());
        assertEquals("Handling underperforming engineers", bank.title());
        assertEquals("Conversations and plans when an engineer's work slips.", bank.description());
        assertEquals(BankSource.BUNDLED, bank.source());
        assertEquals("good-bank.json", bank.origin());
        assertEquals(2, bank.questions().size());

        Question first = bank.questions().get(0);
        assertEquals("underperformers-first-conversation", first.id());
        assertTrue(first.prompt().startsWith("Tell me about the first conversation"));
        assertEquals(List.of("What did you already know before that conversation?", "What changed afterwards?"),
                first.followUps());
        assertEquals(Map.of(Dimension.COACHING, 3, Dimension.LEADERSHIP, 2, Dimension.EXECUTION, 1),
                first.dimensions());
        assertEquals(List.of("Separates facts from interpretation", "Agrees concrete, time-bound expectations"),
                first.signals());
        assertEquals(List.of("Goes straight to a formal plan without a conversation"), first.redFlags());
        assertEquals(180, first.targetSeconds());
        assertEquals(QuestionLevel.NEW_MANAGER, first.level());
        assertEquals(List.of("feedback", "performance"), first.tags());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        Question second = parse(VALID).value().questions().get(1);

        assertEquals(Question.DEFAULT_TARGET_SECONDS, second.targetSeconds());
        assertNull(second.level());
        assertEquals(List.of(), second.followUps());
        assertEquals(List.of(), second.signals());
        assertEquals(List.of(), second.redFlags());
        assertEquals(List.of(), second.tags());
        assertEquals("", parse(VALID).value().description());
    }

    @Test
    void rejectsWeightWrittenAsText() {
        String json = VALID.replace("\"coaching\": 3", "\"coaching\": \"high\"");
        Problem p = onlyProblem(json);

        assertAt(at(json, "\"high\""), p);
        assertEquals("questions[0].dimensions.coaching", p.field());
        assertEquals("expected a whole number, found text", p.message());
    }

    @Test
    void suggestsRemovingQuotesAroundANumber() {
        String json = VALID.replace("\"targetSeconds\": 120", "\"targetSeconds\": \"120\"");
        Problem p = onlyProblem(json);

        assertAt(at(json, "\"120\""), p);
        assertEquals("questions[0].targetSeconds", p.field());
        assertMessageContains(p, "expected a whole number", "without quotes");
    }

    @Test
    void rejectsPromptThatIsNotText() {
        String json = VALID.replace("\"Tell me about a missed deadline.\"", "42");
        Problem p = onlyProblem(json);

        assertAt(at(json, "42"), p);
        assertEquals("questions[1].prompt", p.field());
        assertEquals("expected text, found a whole number (42)", p.message());
    }

    @Test
    void rejectsUnknownDimensionAndListsTheValidOnes() {
        String json = VALID.replace("\"execution\": 1", "\"communication\": 1");
        Problem p = onlyProblem(json);

        assertAt(at(json, "\"communication\""), p);
        assertEquals("questions[1].dimensions.communication", p.field());
        assertMessageContains(p, "unknown dimension \"communication\"",
                "leadership, conflict-resolution, execution, coaching, strategic-thinking");
    }

    @Test
    void rejectsDuplicateQuestionIdAtTheSecondUse() {
        String json = VALID.replace("\"team-two\"", "\"team-one\"");
        Problem p = onlyProblem(json);

        assertAt(at(VALID, "\"team-two\""), p); // same length, so the same place as the second use
        assertEquals("questions[1].id", p.field());
        assertMessageContains(p, "question id \"team-one\" is already used by questions[0] (line 7)", "unique");
    }

    @Test
    void rejectsBlankPrompt() {
        String json = VALID.replace("\"Tell me about a hard conversation.\"", "\"   \"");
        Problem p = onlyProblem(json);

        assertAt(at(json, "\"   \""), p);
        assertEquals("questions[0].prompt", p.field());
        assertMessageContains(p, "is blank");
    }

    @Test
    void rejectsEmptyQuestionList() {
        String json = """
                {
                  "schemaVersion": 1,
                  "id": "team",
                  "title": "Team",
                  "questions": [ ]
                }
                """;
        Problem p = onlyProblem(json);

        assertAt(at(json, "[ ]"), p);
        assertEquals("questions", p.field());
        assertMessageContains(p, "empty", "at least one question");
    }

    @Test
    void reportsEveryMissingRequiredFieldAtItsObject() {
        String json = """
                {
                  "schemaVersion": 1,
                  "questions": [
                    { "id": "q-one" }
                  ]
                }
                """;
        ParseResult<QuestionBank> result = parse(json);

        List<Problem> problems = result.problems();
        assertEquals(List.of("id", "title", "questions[0].prompt", "questions[0].dimensions"),
                problems.stream().map(Problem::field).toList(), () -> describe(problems));
        assertAt(new SourcePosition(1, 1), problems.get(0));
        assertAt(at(json, "{ \"id\""), problems.get(2));
        assertMessageContains(problems.get(0), "missing required field \"id\"");
        assertMessageContains(problems.get(2), "missing required field \"prompt\"");
    }

    @Test
    void rejectsWeightsThatAreNotPositiveWholeNumbersUpToTen() {
        for (String weight : List.of("0", "-2", "11", "99999999999999999999999")) {
            String json = VALID.replace("\"execution\": 1", "\"execution\": " + weight);
            Problem p = onlyProblem(json);

            SourcePosition key = at(json, "\"execution\": " + weight);
            assertAt(new SourcePosition(key.line(), key.column() + "\"execution\": ".length()), p);
            assertEquals("questions[1].dimensions.execution", p.field());
            assertEquals("must be a whole number from 1 to 10, found " + weight, p.message());
        }
    }

    @Test
    void rejectsFractionalWeight() {
        String json = VALID.replace("\"execution\": 1", "\"execution\": 1.5");
        Problem p = onlyProblem(json);

        assertAt(at(json, "1.5"), p);
        assertEquals("expected a whole number, found a number with a fraction (1.5)", p.message());
    }

    @Test
    void rejectsTargetSecondsOutOfRange() {
        for (String seconds : List.of("5", "4000")) {
            String json = VALID.replace("\"targetSeconds\": 120", "\"targetSeconds\": " + seconds);
            Problem p = onlyProblem(json);

            assertEquals(at(json, "\"targetSeconds\"").line(), p.line());
            assertEquals("questions[0].targetSeconds", p.field());
            assertMessageContains(p, "between 30 and 1,800 seconds", "found " + seconds);
        }
    }

    @Test
    void rejectsUnknownLevelAndNamesTheValidOnes() {
        String json = VALID.replace("\"new-manager\"", "\"senior\"");
        Problem p = onlyProblem(json);

        assertAt(at(json, "\"senior\""), p);
        assertEquals("questions[0].level", p.field());
        assertMessageContains(p, "unknown level \"senior\"", "new-manager, experienced-manager, manager-of-managers");
    }

    @Test
    void refusesABankFromANewerVersionWithoutCheckingTheRest() {
        // The other mistakes would be noise: the newer format may define these fields differently.
        String json = VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2").replace("\"coaching\": 3",
                "\"coaching\": 99");
        Problem p = onlyProblem(json);

        assertAt(at(json, "2,"), p);
        assertEquals("schemaVersion", p.field());
        assertMessageContains(p, "made for a newer version of EM Drill (schemaVersion 2); "
                + "this version reads schemaVersion 1");
    }

    @Test
    void rejectsMissingOlderOrInvalidSchemaVersion() {
        Problem missing = onlyProblem(VALID.replace("\"schemaVersion\": 1,", ""));
        assertAt(new SourcePosition(1, 1), missing);
        assertEquals("schemaVersion", missing.field());
        assertMessageContains(missing, "missing required field \"schemaVersion\"", "\"schemaVersion\": 1");

        String older = VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 0");
        Problem old = onlyProblem(older);
        assertAt(at(older, "0,"), old);
        assertMessageContains(old, "schemaVersion 0", "set it to 1");

        String text = VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"one\"");
        Problem invalid = onlyProblem(text);
        assertAt(at(text, "\"one\""), invalid);
        assertEquals("expected a whole number, found text", invalid.message());
    }

    @Test
    void rejectsDuplicateKeyAtTheSecondOccurrence() {
        String json = VALID.replace("\"title\": \"Team\",", "\"title\": \"Team\",\n  \"title\": \"Again\",");
        Problem p = onlyProblem(json);

        assertAt(new SourcePosition(5, 3), p);
        assertEquals("title", p.field());
        assertMessageContains(p, "\"title\" appears twice (first on line 4)");
    }

    @Test
    void rejectsOverlongPromptSayingTheLimit() {
        String json = VALID.replace("Tell me about a hard conversation.", "x".repeat(2001));
        Problem p = onlyProblem(json);

        assertEquals("questions[0].prompt", p.field());
        assertMessageContains(p, "2,001 characters", "limit is 2,000");
    }

    @Test
    void rejectsInvalidBankIdAndSuggestsOne() {
        String json = VALID.replace("\"id\": \"team\"", "\"id\": \"Team Conflict!\"");
        Problem p = onlyProblem(json);

        assertAt(at(json, "\"Team Conflict!\""), p);
        assertEquals("id", p.field());
        assertMessageContains(p, "\"team-conflict\"", "lowercase");
    }

    @Test
    void rejectsOverlongId() {
        String longId = "a".repeat(81);
        Problem p = onlyProblem(VALID.replace("\"team-one\"", "\"" + longId + "\""));

        assertEquals("questions[0].id", p.field());
        assertMessageContains(p, "81 characters", "limited to 80");
    }

    @Test
    void rejectsDimensionsNamingNothing() {
        String json = VALID.replace("{ \"execution\": 1 }", "{ }");
        Problem p = onlyProblem(json);

        assertAt(at(json, "{ }"), p);
        assertEquals("questions[1].dimensions", p.field());
        assertMessageContains(p, "at least one");
    }

    @Test
    void rejectsQuestionThatIsNotAnObject() {
        String json = """
                {"schemaVersion": 1, "id": "b", "title": "B", "questions": ["Why?"]}
                """;
        Problem p = onlyProblem(json);

        assertAt(at(json, "\"Why?\""), p);
        assertEquals("questions[0]", p.field());
        assertEquals("expected a question object ({ … }), found text", p.message());
    }

    @Test
    void rejectsBlankOrNonTextListItems() {
        String json = VALID.replace("\"level\": \"new-manager\"", "\"level\": \"new-manager\", \"tags\": [\"ok\", \" \", 3]");
        List<Problem> problems = parse(json).problems();

        assertEquals(List.of("questions[0].tags[1]", "questions[0].tags[2]"),
                problems.stream().map(Problem::field).toList(), () -> describe(problems));
    }

    @Test
    void unknownFieldIsAWarningWithItsLineAndTheBankStillLoads() {
        String json = VALID.replace("\"title\": \"Team\",", "\"title\": \"Team\",\n  \"owner\": \"someone\",")
                .replace("\"targetSeconds\": 120,", "\"targetSeconds\": 120,\n      \"followups\": [],");
        ParseResult<QuestionBank> result = parse(json);

        assertTrue(result.isValid(), () -> describe(result.problems()));
        assertEquals(2, result.warnings().size(), () -> describe(result.warnings()));
        Problem owner = result.warnings().get(0);
        assertAt(at(json, "\"owner\""), owner);
        assertEquals("owner", owner.field());
        assertMessageContains(owner, "unknown field \"owner\" is ignored", "newer version");
        Problem typo = result.warnings().get(1);
        assertEquals(at(json, "\"followups\"").line(), typo.line());
        assertMessageContains(typo, "did you mean \"followUps\"?");
    }

    @Test
    void acceptsSchemaReferenceForEditors() {
        ParseResult<QuestionBank> result = parse(VALID.replaceFirst("\\{\n", "{\n  \"\\$schema\": \"schema/bank.schema.json\",\n"));

        assertTrue(result.isValid(), () -> describe(result.problems()));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void collectsAllProblemsOfAFileInFileOrder() {
        String json = VALID
                .replace("\"title\": \"Team\"", "\"title\": \"\"")
                .replace("\"coaching\": 3", "\"coaching\": 0")
                .replace("\"new-manager\"", "\"boss\"")
                .replace("\"execution\": 1", "\"vision\": 1")
                .replace("\"team-two\"", "\"team-one\"");
        List<Problem> problems = parse(json).problems();

        assertEquals(List.of("title", "questions[0].dimensions.coaching", "questions[0].level",
                "questions[1].id", "questions[1].dimensions.vision"),
                problems.stream().map(Problem::field).toList(), () -> describe(problems));
        for (int i = 1; i < problems.size(); i++) {
            assertTrue(problems.get(i - 1).line() <= problems.get(i).line(), () -> describe(problems));
        }
    }

    @Test
    void problemPrintsAsFileLineColumnFieldMessage() {
        String json = VALID.replace("\"new-manager\"", "\"boss\"");
        Problem p = onlyProblem(json);

        assertEquals("team.json:11:16: questions[0].level: " + p.message(), p.toString());
    }
}
