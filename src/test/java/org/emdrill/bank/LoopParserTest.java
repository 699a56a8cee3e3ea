package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.at;
import static org.emdrill.bank.TestFiles.describe;
import static org.emdrill.bank.TestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.domain.Problem;
import org.junit.jupiter.api.Test;

class LoopParserTest {

    static final String VALID = """
            {
              "$schema": "../schema/loop.schema.json",
              "schemaVersion": 1,
              "id": "startup",
              "title": "Startup loop",
              "description": "Two questions.",
              "minutes": 15,
              "prepSeconds": 30,
              "followUps": 2,
              "followUpSeconds": 60,
              "questions": [
                { "id": "team-conflict-two-seniors", "answerSeconds": 240, "focus": "The opener." },
                { "id": "underperformers-plan", "answerSeconds": 180 }
              ]
            }
            """;
    static final Set<String> KNOWN = Set.of("team-conflict-two-seniors", "underperformers-plan",
            "underperformers-first-conversation");

    private final LoopParser parser = new LoopParser();

    private ParseResult<InterviewLoop> parse(String json) {
        return parser.parse(utf8(json), "startup.json", KNOWN);
    }

    private List<Problem> problems(String json) {
        ParseResult<InterviewLoop> result = parse(json);
        assertFalse(result.isValid(), "expected problems");
        return result.problems();
    }

    @Test
    void readsALoopWithItsTimeBudget() {
        ParseResult<InterviewLoop> result = parse(VALID);

        assertTrue(result.isValid(), () -> describe(result.problems()));
        assertEquals(List.of(), result.warnings());
        InterviewLoop loop = result.value();
        assertEquals("startup", loop.id());
        assertEquals(15, loop.minutes());
        assertEquals(List.of(new LoopQuestion("team-conflict-two-seniors", 240, "The opener."),
                new LoopQuestion("underperformers-plan", 180, "")), loop.questions());
        // (30 prep + 240 + 2 × 60) + (30 + 180 + 2 × 60) seconds
        assertEquals(Duration.ofSeconds(720), loop.plannedTime());
        assertEquals("startup.json", loop.origin());
    }

    @Test
    void leavesOutOptionalSettingsForTheirDefaults() {
        String json = VALID.replace("\"prepSeconds\": 30,", "").replace("\"followUps\": 2,", "")
                .replace("\"followUpSeconds\": 60,", "").replace("\"description\": \"Two questions.\",", "");
        InterviewLoop loop = parse(json).value();

        assertEquals(0, loop.prepSeconds());
        assertEquals(LoopParser.DEFAULT_FOLLOW_UPS, loop.followUps());
        assertEquals(LoopParser.DEFAULT_FOLLOW_UP_SECONDS, loop.followUpSeconds());
        assertEquals("", loop.description());
    }

    @Test
    void reportsAQuestionNoBankHasAtItsId() {
        String json = VALID.replace("\"underperformers-plan\"", "\"underperformers-plans\"");
        List<Problem> problems = problems(json);

        assertEquals(1, problems.size(), () -> describe(problems));
        Problem p = problems.get(0);
        assertEquals("questions[1].id", p.field());
        assertEquals(at(json, "\"underperformers-plans\""), new SourcePosition(p.line(), p.column()));
        assertTrue(p.message().contains("no loaded bank has a question \"underperformers-plans\""), p.message());
    }

    @Test
    void skipsTheReferenceCheckWhenNoBanksAreKnown() {
        String json = VALID.replace("\"underperformers-plan\"", "\"somewhere-else\"");
        assertTrue(parser.parse(utf8(json), "startup.json", null).isValid());
    }

    @Test
    void reportsARepeatedQuestion() {
        String json = VALID.replace("\"underperformers-plan\"", "\"team-conflict-two-seniors\"");
        List<Problem> problems = problems(json);

        assertEquals("questions[1].id", problems.get(0).field(), () -> describe(problems));
        assertTrue(problems.get(0).message().contains("already in this loop at questions[0]"));
    }

    @Test
    void reportsQuestionsThatDoNotFitInTheSlot() {
        String json = VALID.replace("\"minutes\": 15", "\"minutes\": 11");
        List<Problem> problems = problems(json);

        assertEquals(1, problems.size(), () -> describe(problems));
        assertEquals("minutes", problems.get(0).field());
        assertEquals(at(json, "11").line(), problems.get(0).line());
        assertTrue(problems.get(0).message().contains("need 12 min"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("more than the 11 minutes"), problems.get(0).message());
    }

    @Test
    void reportsEveryOutOfRangeAndMissingValueAtOnce() {
        String json = VALID.replace("\"followUps\": 2", "\"followUps\": 3")
                .replace("\"prepSeconds\": 30", "\"prepSeconds\": \"30\"")
                .replace("\"answerSeconds\": 180", "\"answerSeconds\": 20")
                .replace("\"title\": \"Startup loop\",", "")
                .replace("\"focus\": \"The opener.\"", "\"focus\": \"  \"");
        List<String> fields = problems(json).stream().map(Problem::field).toList();

        assertTrue(fields.containsAll(List.of("title", "prepSeconds", "followUps", "questions[0].focus",
                "questions[1].answerSeconds")), fields::toString);
    }

    @Test
    void reportsAnEmptyOrTooLongListOfQuestions() {
        String empty = VALID.replaceFirst("(?s)\"questions\": \\[.*]", "\"questions\": []");
        assertTrue(problems(empty).get(0).message().contains("has 0 questions; a loop has 1 to 10"));

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"q-").append(i).append("\", \"answerSeconds\": 30}");
        }
        String tooMany = VALID.replaceFirst("(?s)\"questions\": \\[.*]", "\"questions\": [" + many + "]")
                .replace("\"minutes\": 15", "\"minutes\": 180");
        ParseResult<InterviewLoop> result = parser.parse(utf8(tooMany), "startup.json", null);
        assertEquals(List.of("questions"), result.problems().stream().map(Problem::field).toList(),
                () -> describe(result.problems()));
    }

    @Test
    void warnsAboutUnknownFieldsWithAHint() {
        ParseResult<InterviewLoop> result = parse(VALID.replace("\"answerSeconds\": 180", "\"answerSeconds\": 180, "
                + "\"answersecond\": 1"));

        assertTrue(result.isValid(), () -> describe(result.problems()));
        assertEquals("questions[1].answersecond", result.warnings().get(0).field());
        assertTrue(result.warnings().get(0).message().contains("did you mean \"answerSeconds\""));
    }

    @Test
    void refusesALoopFromANewerVersion() {
        List<Problem> problems = problems(VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("newer version of EM Drill"));
    }
}
