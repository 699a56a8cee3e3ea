package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.at;
import static org.emdrill.bank.TestFiles.describe;
import static org.emdrill.bank.TestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emdrill.domain.InterviewerQuestions;
import org.emdrill.domain.Problem;
import org.junit.jupiter.api.Test;

class AskParserTest {

    private static final String VALID = """
            {
              "schemaVersion": 1,
              "groups": [
                { "title": "Team", "questions": ["Who left last year?", "How is on-call shared?"] },
                { "title": "Role", "questions": ["Why is this role open?"] }
              ]
            }
            """;

    private final AskParser parser = new AskParser();

    private ParseResult<InterviewerQuestions> parse(String json) {
        return parser.parse(utf8(json), "ask-the-interviewer.json");
    }

    private List<Problem> problems(String json) {
        ParseResult<InterviewerQuestions> result = parse(json);
        assertFalse(result.isValid(), "expected problems");
        return result.problems();
    }

    @Test
    void readsGroupsInOrderAndGivesThemAsText() {
        ParseResult<InterviewerQuestions> result = parse(VALID);

        assertTrue(result.isValid(), () -> describe(result.problems()));
        InterviewerQuestions ask = result.value();
        assertEquals(3, ask.count());
        assertEquals("Team\n- Who left last year?\n- How is on-call shared?\n\nRole\n- Why is this role open?\n",
                ask.asText());
    }

    @Test
    void reportsADuplicateQuestionAcrossGroupsAtTheSecondCopy() {
        String json = VALID.replace("\"Why is this role open?\"", "\"who left last year? \"");
        List<Problem> problems = problems(json);

        assertEquals(1, problems.size(), () -> describe(problems));
        assertEquals("groups[1].questions[0]", problems.get(0).field());
        assertEquals(at(json, "\"who left").line(), problems.get(0).line());
        assertTrue(problems.get(0).message().contains("already at groups[0].questions[0]"));
    }

    @Test
    void reportsMissingTitleEmptyGroupBlankQuestionAndDuplicateTitle() {
        String json = VALID.replace("\"title\": \"Team\", ", "")
                .replace("[\"Why is this role open?\"]", "[]")
                .replace("\"How is on-call shared?\"", "\" \"");
        List<String> fields = problems(json).stream().map(Problem::field).toList();
        assertEquals(List.of("groups[0].title", "groups[0].questions[1]", "groups[1].questions"), fields);

        List<Problem> twice = problems(VALID.replace("\"Role\"", "\"team\""));
        assertEquals("groups[1].title", twice.get(0).field(), () -> describe(twice));
    }

    @Test
    void needsGroupsAndWarnsAboutUnknownFields() {
        assertEquals("groups", problems("{\"schemaVersion\": 1}").get(0).field());

        ParseResult<InterviewerQuestions> result = parse(VALID.replace("\"groups\"", "\"group\": 1, \"groups\""));
        assertTrue(result.isValid());
        assertTrue(result.warnings().get(0).message().contains("did you mean \"groups\""), () -> describe(result.warnings()));
    }
}
