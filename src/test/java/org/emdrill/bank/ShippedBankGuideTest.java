package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every shipped bank promises beyond loading cleanly: the answer guide is complete, each question
 * has one main focus, and real-story prompts are at least half of all questions, because many
 * interviewers insist on real stories. The parser keeps these fields optional for users' own banks.
 */
class ShippedBankGuideTest {

    /** A follow-up that makes a candidate leave the hypothetical and tell what really happened. */
    private static final Pattern ASKS_FOR_REAL_EXAMPLE = Pattern.compile(
            "(?i)tell me about|when have you|when did you|give me an example|real example|a time you");

    private static List<QuestionBank> banks;
    private static List<Question> questions;

    @BeforeAll
    static void load() {
        BankLibrary library = new BankLibraryLoader(BankLibraryLoader.BUNDLED_FOLDER, null).load();
        banks = library.banks();
        questions = banks.stream().flatMap(b -> b.questions().stream()).toList();
        assertFalse(questions.isEmpty(), "no bundled questions found on the class path");
    }

    private static void assertNone(String what, List<String> offenders) {
        assertEquals(List.of(), offenders, what);
    }

    @Test
    void everyQuestionHasKindWhatItTestsAndAnOutline() {
        List<String> offenders = new ArrayList<>();
        for (Question q : questions) {
            if (q.kind() == null || q.assesses().isBlank() || q.outline().isEmpty()) {
                offenders.add(q.id());
            }
        }
        assertNone("questions without kind, assesses or outline", offenders);
    }

    @Test
    void exactlyOneDimensionCarriesTheHighestWeight() {
        List<String> offenders = new ArrayList<>();
        for (Question q : questions) {
            int top = Collections.max(q.dimensions().values());
            if (Collections.frequency(q.dimensions().values(), top) != 1) {
                offenders.add(q.id() + " " + q.dimensions());
            }
        }
        assertNone("questions whose main focus is a tie", offenders);
    }

    @Test
    void everyBankHasExpectationsOnAtLeastThreeQuestions() {
        List<String> offenders = new ArrayList<>();
        for (QuestionBank bank : banks) {
            long withExpectations = bank.questions().stream().filter(q -> !q.expectations().isEmpty()).count();
            if (withExpectations < 3) {
                offenders.add(bank.id() + " has " + withExpectations);
            }
        }
        assertNone("banks with fewer than 3 questions carrying expectations", offenders);
    }

    @Test
    void atLeastHalfOfAllQuestionsAreRealStories() {
        long stories = questions.stream().filter(q -> q.kind() == QuestionKind.STORY).count();

        assertTrue(stories * 2 >= questions.size(),
                () -> stories + " of " + questions.size() + " questions are stories; at least half must be");
    }

    @Test
    void everyScenarioAsksForARealExampleInAFollowUp() {
        List<String> offenders = new ArrayList<>();
        for (Question q : questions) {
            if (q.kind() == QuestionKind.SCENARIO
                    && q.followUps().stream().noneMatch(f -> ASKS_FOR_REAL_EXAMPLE.matcher(f).find())) {
                offenders.add(q.id());
            }
        }
        assertNone("scenarios with no follow-up asking for a real example", offenders);
    }
}
