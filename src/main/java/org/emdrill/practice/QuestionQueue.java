package org.emdrill.practice;

import org.emdrill.domain.QueuedQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * The questions of one practice run. Random order is a shuffle, so no question repeats until every
 * chosen question has been asked; then a fresh shuffle starts another round.
 */
public final class QuestionQueue {

    private final List<QueuedQuestion> all;
    private final QuestionOrder order;
    private final RandomGenerator random;
    private final List<QueuedQuestion> round = new ArrayList<>();
    private int position;
    private QueuedQuestion last;

    /** A queue over every question of the given banks. */
    public static QuestionQueue fromBanks(List<QuestionBank> banks, QuestionOrder order, RandomGenerator random) {
        return new QuestionQueue(everyQuestionOf(banks), order, random);
    }

    /** A queue over a hand-picked list, e.g. the questions due today or a selection on the Banks screen. */
    public static QuestionQueue of(List<QueuedQuestion> questions, QuestionOrder order, RandomGenerator random) {
        return new QuestionQueue(questions, order, random);
    }

    private QuestionQueue(List<QueuedQuestion> questions, QuestionOrder order, RandomGenerator random) {
        this.all = List.copyOf(questions);
        this.order = order;
        this.random = random;
        startRound();
    }

    private static List<QueuedQuestion> everyQuestionOf(List<QuestionBank> banks) {
        List<QueuedQuestion> questions = new ArrayList<>();
        for (QuestionBank bank : banks) {
            for (Question q : bank.questions()) {
                questions.add(new QueuedQuestion(bank, q));
            }
        }
        return questions;
    }

    public int size() {
        return all.size();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** How many of this round's questions have been handed out. */
    public int askedInRound() {
        return position;
    }

    public Optional<QueuedQuestion> next() {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (position >= round.size()) {
            startRound();
            // Avoid asking the same question twice in a row across a round boundary.
            if (round.size() > 1 && round.get(0).equals(last)) {
                Collections.swap(round, 0, round.size() - 1);
            }
        }
        last = round.get(position++);
        return Optional.of(last);
    }

    /** Puts the question last handed out back at the front, e.g. when the answer before it comes back. */
    public void giveBack() {
        if (position > 0) {
            position--;
            last = position > 0 ? round.get(position - 1) : null;
        }
    }

    private void startRound() {
        round.clear();
        round.addAll(all);
        if (order == QuestionOrder.RANDOM) {
            for (int i = round.size() - 1; i > 0; i--) {
                Collections.swap(round, i, random.nextInt(i + 1));
            }
        }
        position = 0;
    }
}
