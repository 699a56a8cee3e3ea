package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.emdrill.bank.TestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.OptionalDimension;
import org.emdrill.domain.PassMark;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.Rubric;
import org.junit.jupiter.api.Test;

/** The second rubric format: markers, scenario wording, pass marks and optional dimensions. */
class RubricParserV2Test {

    private final RubricParser parser = new RubricParser();
    private final String valid = TestFiles.text("rubric-v2.json");

    private ParseResult<Rubric> parse(String json) {
        return parser.parse(utf8(json), "rubric.json");
    }

    private List<Problem> problems(String json) {
        ParseResult<Rubric> result = parse(json);
        assertFalse(result.isValid(), "expected problems");
        return result.problems();
    }

    @Test
    void readsMarkersScenarioWordingAndPassMarks() {
        ParseResult<Rubric> result = parse(valid);

        assertTrue(result.isValid(), () -> describe(result.problems()));
        assertEquals(List.of(), result.warnings(), () -> describe(result.warnings()));
        Rubric rubric = result.value();
        assertEquals("Level 4 answer.", rubric.describe(Dimension.LEADERSHIP, 4));
        assertEquals("Level 4 reasoning.", rubric.describe(Dimension.LEADERSHIP, 4, true));
        assertEquals(List.of("Marker 2a", "Marker 2b"), rubric.markers(Dimension.LEADERSHIP, 2));
        assertEquals(Optional.of(new PassMark(QuestionLevel.MANAGER_OF_MANAGERS, 4, "Pass for a manager of managers.")),
                rubric.passMark(Dimension.LEADERSHIP, QuestionLevel.MANAGER_OF_MANAGERS));
        assertTrue(rubric.passMark(Dimension.LEADERSHIP, QuestionLevel.MANAGER_OF_MANAGERS).orElseThrow().passes(4));
        assertFalse(rubric.passMark(Dimension.LEADERSHIP, QuestionLevel.MANAGER_OF_MANAGERS).orElseThrow().passes(3));
    }

    @Test
    void plainTextLevelsStillReadAndScenarioFallsBackToTheDescription() {
        Rubric rubric = parse(valid).value();

        assertEquals("Level 3 answer.", rubric.describe(Dimension.EXECUTION, 3, true));
        assertEquals(List.of(), rubric.markers(Dimension.EXECUTION, 3));
        assertEquals(Optional.empty(), rubric.passMark(Dimension.EXECUTION, QuestionLevel.NEW_MANAGER));
        assertEquals("Level 3 answer.", rubric.dimensions().get(Dimension.EXECUTION).levels().get(3));
    }

    @Test
    void readsOptionalDimensionsWithoutMakingThemAssessed() {
        Rubric rubric = parse(valid).value();

        assertEquals(5, rubric.dimensions().size());
        OptionalDimension communication = rubric.optionalDimension("communication").orElseThrow();
        assertEquals("Communication", communication.displayName());
        assertEquals("Clear at level 5.", communication.scale().describe(5, true), "no scenario wording: description");
        assertEquals(List.of("Said 1", "Did 1"), communication.scale().markers(1));
        assertEquals(4, communication.scale().passMark(QuestionLevel.MANAGER_OF_MANAGERS).orElseThrow().minimum());
    }

    @Test
    void reportsTooFewAndTooManyMarkers() {
        String json = valid.replaceFirst("\"Marker 1b\"", "\"Marker 1b\", \"1c\", \"1d\", \"1e\"")
                .replaceFirst("\"Marker 2a\",\\s*", "");
        List<Problem> problems = problems(json);

        assertEquals(List.of("dimensions.leadership.levels.1.markers", "dimensions.leadership.levels.2.markers"),
                problems.stream().map(Problem::field).toList(), () -> describe(problems));
        assertTrue(problems.get(0).message().contains("has 5 markers; give 2 to 4"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("has 1 marker;"), problems.get(1).message());
        assertEquals(TestFiles.at(json, "[\n            \"Marker 1a\"").line(), problems.get(0).line());
    }

    @Test
    void reportsLevelObjectWithoutDescriptionOrMarkers() {
        String json = valid.replaceFirst("\"description\": \"Level 3 answer.\",", "")
                .replaceFirst("\"markers\": \\[\\s*\"Marker 4a\",\\s*\"Marker 4b\"\\s*]", "\"note\": \"x\"");
        List<Problem> problems = problems(json);

        List<String> fields = problems.stream().map(Problem::field).toList();
        assertTrue(fields.contains("dimensions.leadership.levels.3.description"), () -> describe(problems));
        assertTrue(fields.contains("dimensions.leadership.levels.4.markers"), () -> describe(problems));
        ParseResult<Rubric> result = parse(json);
        assertTrue(result.warnings().stream().anyMatch(w -> w.field().equals("dimensions.leadership.levels.4.note")),
                () -> describe(result.warnings()));
    }

    @Test
    void reportsWrongLevelTypeBadPassMarkAndUnknownManagerLevel() {
        String json = valid.replaceFirst("\"5\": \\{", "\"5\": 7, \"x5\": {")
                .replace("\"minimum\": 3,\n          \"description\": \"Pass for a new manager.\"",
                        "\"minimum\": 6,\n          \"description\": \"Pass for a new manager.\"")
                .replace("\"experienced-manager\": {", "\"senior\": {");
        List<Problem> problems = problems(json);

        assertTrue(problems.stream().anyMatch(p -> p.field().equals("dimensions.leadership.levels.5")
                && p.message().contains("text, or an object with \"description\" and \"markers\"")), () -> describe(problems));
        assertTrue(problems.stream().anyMatch(p -> p.field().equals("dimensions.leadership.pass.new-manager.minimum")
                && p.message().contains("from 1 to 5, found 6")), () -> describe(problems));
        assertTrue(problems.stream().anyMatch(p -> p.field().equals("dimensions.leadership.pass.senior")
                && p.message().contains("unknown manager level \"senior\"")), () -> describe(problems));
    }

    @Test
    void refusesOptionalDimensionThatReusesAnAssessedIdOrHasABadId() {
        String json = valid.replace("\"optionalDimensions\": {\n    \"communication\"",
                "\"optionalDimensions\": {\n    \"coaching\"");
        List<Problem> reused = problems(json);
        assertEquals("optionalDimensions.coaching", reused.get(0).field(), () -> describe(reused));
        assertTrue(reused.get(0).message().contains("already one of the five assessed dimensions"));

        List<Problem> badId = problems(valid.replace("\"communication\": {", "\"Clear Speech\": {"));
        assertEquals("optionalDimensions.Clear Speech", badId.get(0).field(), () -> describe(badId));
        assertTrue(badId.get(0).message().contains("like \"clear-speech\""), badId.get(0).message());
    }

    @Test
    void optionalDimensionNeedsANameAndAllLevels() {
        String json = valid.replace("\"name\": \"Communication\",", "")
                .replaceFirst("(?s)(\"optionalDimensions\".*?)\"2\": \\{", "$1\"7\": {");
        List<Problem> problems = problems(json);

        List<String> fields = problems.stream().map(Problem::field).toList();
        assertTrue(fields.contains("optionalDimensions.communication.name"), () -> describe(problems));
        assertTrue(fields.contains("optionalDimensions.communication.levels.2"), () -> describe(problems));
        assertTrue(fields.contains("optionalDimensions.communication.levels.7"), () -> describe(problems));
    }

    @Test
    void anExtraDimensionUnderDimensionsPointsToOptionalDimensions() {
        String json = valid.replaceFirst("\"leadership\": \\{", "\"communication\": {");
        List<Problem> problems = problems(json);

        Problem unknown = problems.stream().filter(p -> p.field().equals("dimensions.communication")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(problems)));
        assertTrue(unknown.message().contains("goes under \"optionalDimensions\""), unknown.message());
    }
}
