package org.emdrill.practice.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.QueuedQuestion;
import org.junit.jupiter.api.Test;

class PracticePlannerTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private final PracticePlanner planner = new PracticePlanner(StudyDay.in(ZoneOffset.UTC));

    @Test
    void dueQuestionsComeOldestDueFirstAndNewOnesFillTheDailyLimit() {
        List<QuestionBank> banks = List.of(Banks.bank("a", "a1", "a2", "a3", "a4"), Banks.bank("b", "b1", "b2", "b3"));
        List<ReviewState> schedule = List.of(
                review("a2", NOW.minus(Duration.ofHours(1))),
                review("b1", NOW.minus(Duration.ofDays(3))),
                review("a4", NOW.minus(Duration.ofDays(1))),
                review("b3", NOW.plus(Duration.ofDays(2))));

        PracticePlan plan = planner.plan(banks, schedule, 5, 3, NOW);

        assertEquals(List.of("b1", "a4", "a2"), ids(plan.due()));
        assertEquals(List.of("a1", "a3"), ids(plan.newToday()), "limit 5, 3 already introduced today");
        assertEquals(3, plan.unseen());
        assertEquals("3 due today, 2 new", plan.summary());
        assertEquals(List.of("b1", "a4", "a2", "a1", "a3"), ids(plan.queue()));
    }

    @Test
    void countsLearningStepsDueLaterTodaySeparately() {
        List<QuestionBank> banks = List.of(Banks.bank("a", "a1", "a2"));
        List<ReviewState> schedule = List.of(
                new ReviewState("a1", "a", CardPhase.LEARNING, 2.5, 0, 1, 0, 0, false,
                        NOW.plus(Duration.ofMinutes(10)), NOW),
                review("a2", NOW.plus(Duration.ofDays(1))));

        PracticePlan plan = planner.plan(banks, schedule, 0, 0, NOW);

        assertEquals(0, plan.dueCount());
        assertEquals(1, plan.dueLaterToday());
        assertEquals("0 due today, 0 new", plan.summary());
    }

    @Test
    void ignoresScheduleRowsOfQuestionsNoLongerLoadedAndListsLeeches() {
        ReviewState leech = new ReviewState("a1", "a", CardPhase.REVIEW, 1.3, 1, 20, 8, 0, true, NOW, NOW);
        PracticePlan plan = planner.plan(List.of(Banks.bank("a", "a1")),
                List.of(leech, review("gone", NOW.minusSeconds(60))), 10, 0, NOW);

        assertEquals(List.of("a1"), ids(plan.due()));
        assertEquals(List.of("a1"), ids(plan.leeches()));
    }

    @Test
    void weakestDimensionPicksTheLowestAverageThenHeaviestWeightThenLeastRecentlyPractised() {
        QuestionBank bank = Banks.bank("x",
                Banks.question("light", Map.of(Dimension.EXECUTION, 1)),
                Banks.question("heavy-recent", Map.of(Dimension.EXECUTION, 3)),
                Banks.question("heavy-old", Map.of(Dimension.EXECUTION, 3, Dimension.COACHING, 1)),
                Banks.question("heavy-never", Map.of(Dimension.EXECUTION, 3)),
                Banks.question("other", Map.of(Dimension.COACHING, 3)));
        DimensionAverages averages = DimensionAverages.of(List.of(
                new Scores(Map.of(Dimension.LEADERSHIP, 4, Dimension.CONFLICT_RESOLUTION, 4, Dimension.EXECUTION, 2,
                        Dimension.COACHING, 3, Dimension.STRATEGIC_THINKING, 5))));
        List<ReviewState> schedule = List.of(
                reviewedAt("heavy-recent", NOW.minus(Duration.ofDays(1))),
                reviewedAt("heavy-old", NOW.minus(Duration.ofDays(20))));

        WeakestArea area = planner.weakest(List.of(bank), List.of(Dimension.EXECUTION, Dimension.COACHING), averages, schedule, 3);

        assertEquals(Dimension.EXECUTION, area.dimension());
        assertEquals(OptionalDouble.of(2.0), area.average());
        assertEquals(List.of("heavy-never", "heavy-old", "heavy-recent"), ids(area.questions()));
    }

    @Test
    void theFirstDimensionTheBanksAskAboutIsTaken() {
        var bank = Banks.bank("b", Banks.question("c1", Map.of(Dimension.COACHING, 2)));

        WeakestArea area = planner.weakest(List.of(bank), List.of(Dimension.LEADERSHIP, Dimension.COACHING,
                Dimension.EXECUTION), DimensionAverages.none(), List.of(), 3);

        assertEquals(Dimension.COACHING, area.dimension(), "no question on leadership: the next in the order");
        assertEquals(List.of("c1"), ids(area.questions()));
        assertEquals(0, area.scoreCount());
    }

    private static ReviewState review(String id, Instant due) {
        return new ReviewState(id, "", CardPhase.REVIEW, 2.5, 4, 3, 0, 0, false, due, due.minus(Duration.ofDays(4)));
    }

    private static ReviewState reviewedAt(String id, Instant last) {
        return new ReviewState(id, "", CardPhase.REVIEW, 2.5, 4, 3, 0, 0, false, NOW.plus(Duration.ofDays(9)), last);
    }

    private static List<String> ids(List<QueuedQuestion> qs) {
        return qs.stream().map(q -> q.question().id()).toList();
    }
}
