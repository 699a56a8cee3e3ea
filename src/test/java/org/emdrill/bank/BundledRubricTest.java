package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.RubricLevel;
import org.emdrill.domain.RubricScale;
import org.junit.jupiter.api.Test;

/** The shipped rubric uses everything the second format offers, for the five dimensions and the optional ones. */
class BundledRubricTest {

    private final ParseResult<Rubric> loaded = new RubricLoader().load();

    @Test
    void loadsWithoutWarnings() {
        assertTrue(loaded.isValid(), () -> describe(loaded.problems()));
        assertEquals(List.of(), loaded.warnings(), () -> describe(loaded.warnings()));
    }

    @Test
    void everyLevelHasMarkersAndAScenarioWordingAndEveryManagerLevelAPassMark() {
        Rubric rubric = loaded.value();
        List<String> gaps = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            check(d.id(), rubric.dimensions().get(d).scale(), gaps);
        }
        rubric.optionalDimensions().values().forEach(o -> check(o.id(), o.scale(), gaps));
        assertEquals(List.of(), gaps);
    }

    @Test
    void offersCommunicationAndTechnicalJudgementAsOptionalDimensions() {
        Rubric rubric = loaded.value();
        assertEquals(List.of("communication", "technical-judgement"),
                List.copyOf(rubric.optionalDimensions().keySet()));
        assertEquals(Dimension.values().length, rubric.dimensions().size(), "the five stay the assessed ones");
    }

    @Test
    void levelFiveAsksForMoreThanAClosingReflection() {
        Rubric rubric = loaded.value();
        for (Dimension d : Dimension.values()) {
            RubricLevel five = rubric.dimensions().get(d).scale().level(RubricDimension.MAX_LEVEL).orElseThrow();
            // Each top-level marker is something checkable; at least one must be evidence beyond the story itself.
            assertTrue(five.markers().stream().anyMatch(m -> m.matches("(?i).*(later|months|year|afterwards|lasted|more than one).*")),
                    d.id() + " level 5 markers: " + five.markers());
            assertFalse(five.description().equals(rubric.describe(d, 4)), d.id());
        }
    }

    private static void check(String id, RubricScale scale, List<String> gaps) {
        for (int level = RubricDimension.MIN_LEVEL; level <= RubricDimension.MAX_LEVEL; level++) {
            RubricLevel l = scale.level(level).orElse(null);
            if (l == null || l.markers().size() < 2 || l.markers().size() > 4) {
                gaps.add(id + " level " + level + ": 2 to 4 markers");
            }
            if (l == null || l.scenarioDescription().isBlank()) {
                gaps.add(id + " level " + level + ": scenario wording");
            }
        }
        for (QuestionLevel managerLevel : QuestionLevel.values()) {
            if (scale.passMark(managerLevel).isEmpty()) {
                gaps.add(id + ": pass mark for " + managerLevel.id());
            }
        }
    }
}
