package org.emdrill.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionQueueTest {

    @Test
    void inOrderWalksBanksThenWrapsAround() {
        QuestionQueue q = QuestionQueue.fromBanks(List.of(Questions.bank("a", "a1", "a2"), Questions.bank("b", "b1")),
                QuestionOrder.IN_ORDER, new Random(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(q.next().orElseThrow().question().id());
        }
        assertEquals(List.of("a1", "a2", "b1", "a1"), ids);
    }

    @Test
    void aQuestionGivenBackComesNextAgain() {
        QuestionQueue q = QuestionQueue.fromBanks(List.of(Questions.bank("a", "a1", "a2", "a3")),
                QuestionOrder.RANDOM, new Random(7));
        String first = q.next().orElseThrow().question().id();
        String second = q.next().orElseThrow().question().id();
        q.giveBack();
        assertEquals(second, q.next().orElseThrow().question().id());
        assertNotEquals(first, q.next().orElseThrow().question().id(), "the round goes on without repeats");
    }

    @Test
    void randomNeverRepeatsWithinARound() {
        QuestionQueue q = QuestionQueue.fromBanks(List.of(Questions.bank("a", "1", "2", "3", "4", "5", "6", "7")),
                QuestionOrder.RANDOM, new Random(42));
        for (int round = 0; round < 20; round++) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 7; i++) {
                assertTrue(seen.add(q.next().orElseThrow().question().id()), "repeat in round " + round);
            }
        }
    }

    @Test
    void randomNeverAsksTheSameQuestionTwiceInARowAcrossRounds() {
        QuestionQueue q = QuestionQueue.fromBanks(List.of(Questions.bank("a", "1", "2", "3")), QuestionOrder.RANDOM,
                new Random(3));
        String previous = q.next().orElseThrow().question().id();
        for (int i = 0; i < 300; i++) {
            String current = q.next().orElseThrow().question().id();
            assertNotEquals(previous, current);
            previous = current;
        }
    }

    @Test
    void emptySelectionGivesNothing() {
        QuestionQueue q = QuestionQueue.fromBanks(List.of(), QuestionOrder.RANDOM, new Random(1));
        assertTrue(q.isEmpty());
        assertTrue(q.next().isEmpty());
    }
}
