package org.emdrill.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.schedule.PracticePlan;
import org.emdrill.practice.schedule.WeakestArea;
import org.junit.jupiter.api.Test;

/** The Today card says what its button will start, and calls only due questions due. */
class TodaysPlanTest {

    @Test
    void theButtonNamesWhatItStarts() {
        assertEquals("Practise 3 due questions", TodaysPlan.startLabel(plan(3, 5)));
        assertEquals("Practise 1 due question", TodaysPlan.startLabel(plan(1, 0)));
        assertEquals("Start 5 new questions", TodaysPlan.startLabel(plan(0, 5)));
        assertEquals("Start 1 new question", TodaysPlan.startLabel(plan(0, 1)));
        assertEquals("Nothing due today", TodaysPlan.startLabel(plan(0, 0)));
    }

    @Test
    void onlyDueQuestionsAreCalledDue() {
        assertEquals("New today", TodaysPlan.queueName(plan(0, 5)));
        assertEquals("Due today", TodaysPlan.queueName(plan(2, 0)));
        assertEquals("Due and new today", TodaysPlan.queueName(plan(2, 5)));
    }

    @Test
    void anUnknownWeakestDimensionSaysWhenItWillBeKnown() {
        WeakestArea unknown = new WeakestArea(Dimension.LEADERSHIP, OptionalDouble.empty(), 0, false, List.of());
        assertEquals("No weakest dimension yet: each needs 5 scores (Leadership has 0)",
                TodaysPlan.weakestLine(unknown));
        WeakestArea known = new WeakestArea(Dimension.COACHING, OptionalDouble.of(2.94), 12, true, List.of());
        assertEquals("Weakest so far: Coaching (2.9)", TodaysPlan.weakestLine(known));
        assertEquals("Practise Leadership", TodaysPlan.weakestButton(unknown));
        assertEquals("Fewest scores: Leadership", TodaysPlan.weakestName(unknown));
        assertEquals("Practise my weakest dimension", TodaysPlan.weakestButton(known));
        assertEquals("Weakest: Coaching", TodaysPlan.weakestName(known));
    }

    private static PracticePlan plan(int due, int fresh) {
        Question q = new Question("q", "Prompt", List.of(), java.util.Map.of(Dimension.EXECUTION, 1), List.of(), List.of(),
                120, null, List.of());
        QueuedQuestion one = new QueuedQuestion(new QuestionBank(1, "b", "B", "", List.of(q), BankSource.BUNDLED, "b.json"), q);
        return new PracticePlan(Collections.nCopies(due, one), Collections.nCopies(fresh, one), 0, fresh, List.of());
    }
}
