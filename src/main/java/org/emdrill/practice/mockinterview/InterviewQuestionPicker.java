package org.emdrill.practice.mockinterview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.practice.schedule.WeakestAreaPicker;

/** Chooses the questions of a mock interview from the loaded banks, following the config. */
public final class InterviewQuestionPicker {

    private final RandomGenerator random;

    public InterviewQuestionPicker(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * At most {@code config.questionCount()} questions, no question twice; fewer when the banks hold
     * fewer.
     *
     * @param weakestFirst    every dimension, weakest first as {@code insights.WeakestDimension} ranks
     *                        them, for the weakest-dimension selection
     * @param lastPractisedAt by question id, for the weakest-dimension selection
     */
    public List<QueuedQuestion> pick(InterviewConfig config, List<QuestionBank> banks, List<Dimension> weakestFirst,
            Map<String, Instant> lastPractisedAt) {
        if (config.isLoop()) {
            return loopQuestions(config, banks);
        }
        List<QuestionBank> chosen = config.filter().narrow(chosenBanks(config, banks));
        return switch (config.selection()) {
            case LOOP -> throw new AssertionError("handled above");
            case RANDOM -> randomFrom(chosen, config.questionCount());
            case BALANCED -> roundRobin(chosen, config.questionCount());
            case WEAKEST_DIMENSION ->
                    WeakestAreaPicker.pick(chosen, weakestFirst, DimensionAverages.none(), lastPractisedAt,
                            config.questionCount()).questions();
        };
    }

    /** A loop's questions that a loaded bank has, in the loop's order; the others are skipped. */
    private static List<QueuedQuestion> loopQuestions(InterviewConfig config, List<QuestionBank> banks) {
        List<QueuedQuestion> found = new ArrayList<>();
        for (LoopQuestion lq : config.loopQuestions()) {
            find(banks, lq.questionId()).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** The ids of a loop's questions that no loaded bank has, in the loop's order; empty for other selections. */
    public static List<String> missingLoopQuestions(InterviewConfig config, List<QuestionBank> banks) {
        return config.loopQuestions().stream().map(LoopQuestion::questionId)
                .filter(id -> find(banks, id).isEmpty()).toList();
    }

    private static Optional<QueuedQuestion> find(List<QuestionBank> banks, String questionId) {
        for (QuestionBank bank : banks) {
            Optional<Question> q = bank.question(questionId);
            if (q.isPresent()) {
                return Optional.of(new QueuedQuestion(bank, q.get()));
            }
        }
        return Optional.empty();
    }

    private static List<QuestionBank> chosenBanks(InterviewConfig config, List<QuestionBank> banks) {
        if (config.bankIds().isEmpty()) {
            return banks;
        }
        return banks.stream().filter(b -> config.bankIds().contains(b.id())).toList();
    }

    private List<QueuedQuestion> randomFrom(List<QuestionBank> banks, int count) {
        List<QueuedQuestion> all = new ArrayList<>();
        for (QuestionBank bank : banks) {
            for (Question q : bank.questions()) {
                all.add(new QueuedQuestion(bank, q));
            }
        }
        shuffle(all);
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /** Banks in a shuffled order, each with its questions shuffled, taken one question per bank in turn. */
    private List<QueuedQuestion> roundRobin(List<QuestionBank> banks, int count) {
        List<List<QueuedQuestion>> perBank = new ArrayList<>();
        for (QuestionBank bank : banks) {
            List<QueuedQuestion> qs = new ArrayList<>();
            for (Question q : bank.questions()) {
                qs.add(new QueuedQuestion(bank, q));
            }
            if (!qs.isEmpty()) {
                shuffle(qs);
                perBank.add(qs);
            }
        }
        shuffle(perBank);
        List<QueuedQuestion> picked = new ArrayList<>();
        for (int round = 0; picked.size() < count; round++) {
            boolean any = false;
            for (List<QueuedQuestion> qs : perBank) {
                if (round < qs.size() && picked.size() < count) {
                    picked.add(qs.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return List.copyOf(picked);
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
