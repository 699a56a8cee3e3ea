package org.emdrill.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.emdrill.domain.Attempt;
import org.junit.jupiter.api.Test;

class TypedAnswerTrendTest {

    @Test
    void poolsEachMonthsAnswersAndKeepsMonthsWithoutAny() {
        // NOW is 6 May 2026: 30 and 40 days earlier fall in April and March.
        List<Attempt> attempts = List.of(
                ProgressFixture.typed("b", "q1", 24 * 30, "I led the team and we shipped it on time.", 3),
                ProgressFixture.typed("b", "q2", 24 * 30 + 1, "Um I decided quickly.", 3),
                ProgressFixture.typed("b", "q3", 24 * 40, "We agreed a plan together.", 3));

        List<TypedAnswerMonth> months = TypedAnswerTrend.byMonth(attempts, ZoneOffset.UTC, YearMonth.of(2026, 5), 3);

        assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)),
                months.stream().map(TypedAnswerMonth::month).toList());
        TypedAnswerMonth april = months.get(1);
        assertEquals(2, april.answers());
        // 10 words and 4 words; one filler ("um") in 14 words; "I" twice, "we" once.
        assertEquals(7.0, april.wordsPerAnswer().getAsDouble(), 0.01);
        assertEquals(100.0 / 14, april.fillersPer100().getAsDouble(), 0.01);
        assertEquals(2.0 / 3, april.shareOfI().getAsDouble(), 0.01);
        assertEquals(0.0, months.get(0).shareOfI().getAsDouble(), 0.01);
        assertEquals(0, months.get(2).answers());
        assertTrue(months.get(2).wordsPerAnswer().isEmpty());
    }

    @Test
    void leavesOutAnswersOutsideTheMonthsAndEmptyAnswers() {
        List<Attempt> attempts = List.of(
                ProgressFixture.typed("b", "q1", 24 * 200, "Long ago I did something.", 3),
                ProgressFixture.typed("b", "q2", 2, "   ", 3));

        List<TypedAnswerMonth> months = TypedAnswerTrend.byMonth(attempts, ZoneOffset.UTC, YearMonth.of(2026, 5), 2);

        assertEquals(0, months.stream().mapToInt(TypedAnswerMonth::answers).sum());
    }

    @Test
    void measuresAMonthFromItsNewestAnswersButCountsThemAll() {
        List<Attempt> attempts = new java.util.ArrayList<>();
        // Older answers in the month are long; the newest SAMPLE_PER_MONTH are two words each.
        for (int i = 0; i < 10; i++) {
            attempts.add(ProgressFixture.typed("b", "old" + i, 100 + i, "one two three four five six", 3));
        }
        for (int i = 0; i < TypedAnswerTrend.SAMPLE_PER_MONTH; i++) {
            attempts.add(ProgressFixture.typed("b", "new" + i, 10 + i, "I decided", 3));
        }

        TypedAnswerMonth may = TypedAnswerTrend.byMonth(attempts, ZoneOffset.UTC, YearMonth.of(2026, 5), 1).get(0);

        assertEquals(TypedAnswerTrend.SAMPLE_PER_MONTH + 10, may.answers());
        assertEquals(2.0, may.wordsPerAnswer().getAsDouble(), 0.001);
    }
}
