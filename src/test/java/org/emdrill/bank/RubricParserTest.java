package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.emdrill.bank.TestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Rubric;
import org.junit.jupiter.api.Test;

class RubricParserTest {

    private final RubricParser parser = new RubricParser();
    private final String valid = TestFiles.text("rubric.json");

    private ParseResult<Rubric> parse(String json) {
        return parser.parse(utf8(json), "rubric.json");
    }

    @Test
    void loadsEveryDimensionWithAllFiveLevels() {
        ParseResult<Rubric> result = parse(valid);

        assertTrue(result.isValid(), () -> describe(result.problems()));
        Rubric rubric = result.value();
        assertEquals(5, rubric.dimensions().size());
        assertEquals("What coaching means.", rubric.assesses(Dimension.COACHING));
        assertEquals("Level 4 answer.", rubric.describe(Dimension.STRATEGIC_THINKING, 4));
    }

    @Test
    void reportsMissingDimensionAndMissingLevel() {
        String json = valid.replaceFirst("\"leadership\"", "\"leaderships\"")
                .replaceFirst("\"3\": \"Level 3 answer.\",", "");
        List<Problem> problems = parse(json).problems();

        List<String> fields = problems.stream().map(Problem::field).toList();
        assertTrue(fields.contains("dimensions.leaderships"), () -> describe(problems));
        assertTrue(fields.contains("dimensions.leadership"), () -> describe(problems));
        assertTrue(fields.contains("dimensions.leaderships.levels.3"), () -> describe(problems));
        Problem missing = problems.get(fields.indexOf("dimensions.leadership"));
        assertEquals(3, missing.line(), "reported at the dimensions object");
        assertTrue(missing.message().contains("missing dimension \"leadership\""), missing.message());
    }

    @Test
    void reportsBlankLevelTextAndUnknownLevel() {
        String json = valid.replaceFirst("\"Level 2 answer.\"", "\"  \"").replaceFirst("\"5\":", "\"6\":");
        List<Problem> problems = parse(json).problems();

        // A missing level is reported where the levels object opens, so it comes first.
        assertEquals(List.of("dimensions.leadership.levels.5", "dimensions.leadership.levels.2",
                "dimensions.leadership.levels.6"), problems.stream().map(Problem::field).toList(),
                () -> describe(problems));
        assertTrue(problems.get(0).message().contains("missing level \"5\""));
        assertTrue(problems.get(1).message().contains("blank"));
        assertTrue(problems.get(2).message().contains("levels are \"1\" to \"5\""));
    }

    @Test
    void reportsMissingAssessesAndNewerVersion() {
        ParseResult<Rubric> noAssesses = parse(valid.replaceFirst("\"assesses\": \"What execution means.\",", ""));
        assertEquals("dimensions.execution.assesses", noAssesses.problems().get(0).field());

        ParseResult<Rubric> newer = parse(valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 3"));
        assertEquals(1, newer.problems().size());
        assertTrue(newer.problems().get(0).message().contains("newer version of EM Drill (schemaVersion 3)"));
    }
}
