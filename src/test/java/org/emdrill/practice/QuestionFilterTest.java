package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.junit.jupiter.api.Test;

public class QuestionFilterTest {

    public static Question q(String id, QuestionKind kind, QuestionLevel level) {
        return new Question(id, "Prompt " + id, List.of(), Map.of(Dimension.COACHING, 2), List.of(), List.of(), 120,
                level, List.of(), kind, "", List.of(), Map.of());
    }

    private final QuestionBank one = new QuestionBank(1, "one", "One", "", List.of(
            q("story-new", QuestionKind.STORY, QuestionLevel.NEW_MANAGER),
            q("story-any", QuestionKind.STORY, null),
            q("scenario-mom", QuestionKind.SCENARIO, QuestionLevel.MANAGER_OF_MANAGERS),
            q("unknown-kind", null, QuestionLevel.EXPERIENCED_MANAGER)), BankSource.BUNDLED, "one.json");
    private final QuestionBank two = new QuestionBank(1, "two", "Two", "", List.of(
            q("scenario-any", QuestionKind.SCENARIO, null)), BankSource.BUNDLED, "two.json");

    private static List<String> ids(List<QuestionBank> banks) {
        return banks.stream().flatMap(b -> b.questions().stream()).map(Question::id).toList();
    }

    @Test
    void anyLetsEveryQuestionThrough() {
        assertEquals(5, QuestionFilter.ANY.count(List.of(one, two)));
        assertEquals(List.of(one, two), QuestionFilter.ANY.narrow(List.of(one, two)));
    }

    @Test
    void aKindKeepsOnlyQuestionsOfThatKind() {
        QuestionFilter stories = new QuestionFilter(QuestionKind.STORY, null);
        assertEquals(List.of("story-new", "story-any"), ids(stories.narrow(List.of(one, two))));
        assertEquals(2, stories.count(List.of(one, two)));
    }

    @Test
    void aLevelAlsoKeepsTheQuestionsThatSuitAnyLevel() {
        QuestionFilter mom = new QuestionFilter(null, QuestionLevel.MANAGER_OF_MANAGERS);
        assertEquals(List.of("story-any", "scenario-mom", "scenario-any"), ids(mom.narrow(List.of(one, two))));
    }

    @Test
    void kindAndLevelTogetherCanLeaveNothingAndKeepTheBanksInOrder() {
        QuestionFilter none = new QuestionFilter(QuestionKind.SCENARIO, QuestionLevel.NEW_MANAGER);
        List<QuestionBank> narrowed = none.narrow(List.of(one, two));
        assertEquals(List.of("one", "two"), narrowed.stream().map(QuestionBank::id).toList());
        assertEquals(List.of("scenario-any"), ids(narrowed));
        QuestionFilter nothing = new QuestionFilter(QuestionKind.SCENARIO, QuestionLevel.NEW_MANAGER);
        assertEquals(0, nothing.count(List.of(one)));
        assertTrue(nothing.narrow(List.of(one)).get(0).questions().isEmpty());
    }

    @Test
    void describesItselfForMessages() {
        assertEquals("", QuestionFilter.ANY.describe());
        assertEquals("stories", new QuestionFilter(QuestionKind.STORY, null).describe());
        assertEquals("scenarios for the new manager level",
                new QuestionFilter(QuestionKind.SCENARIO, QuestionLevel.NEW_MANAGER).describe());
    }
}
