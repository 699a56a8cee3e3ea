package org.emdrill.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolePracticeTest {

    @TempDir
    Path dir;

    @Test
    void takesTheHeaviestFewOfTheBankOnTheDimensionNotTheWholeBank() {
        QuestionBank bank = BankLibraryLoader.forDataDir(dir).load().bank("missed-deadlines").orElseThrow();
        long targeting = bank.questions().stream().filter(q -> q.targets(Dimension.EXECUTION)).count();
        assertTrue(targeting > HolePractice.SET_SIZE, "the bundled bank asks Execution of most questions: " + targeting);

        List<Question> picked = HolePractice.questions(bank, Dimension.EXECUTION, HolePractice.SET_SIZE);

        assertEquals(HolePractice.SET_SIZE, picked.size());
        int lightestPicked = picked.stream().mapToInt(q -> q.weightOf(Dimension.EXECUTION)).min().orElseThrow();
        assertTrue(bank.questions().stream().filter(q -> !picked.contains(q))
                .allMatch(q -> q.weightOf(Dimension.EXECUTION) <= lightestPicked), "none left out weighs more");
        for (int i = 1; i < picked.size(); i++) {
            assertTrue(picked.get(i - 1).weightOf(Dimension.EXECUTION) >= picked.get(i).weightOf(Dimension.EXECUTION));
        }
    }

    @Test
    void asksNothingWhenNoQuestionOfTheBankTargetsTheDimension() {
        QuestionBank bank = BankLibraryLoader.forDataDir(dir).load().bank("stakeholder-disagreements").orElseThrow();
        assertEquals(List.of(), HolePractice.questions(bank, Dimension.COACHING, HolePractice.SET_SIZE),
                "the matrix shows this cell as not asked");
    }
}
