package org.emdrill.practice.mockinterview;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.LoopQuestion;
import org.emdrill.domain.Question;
import org.emdrill.practice.QuestionFilter;
import org.emdrill.practice.TimerSettings;

/**
 * How a mock interview runs.
 *
 * @param questionCount   1 to 10
 * @param bankIds         the banks to draw from; empty means all loaded banks
 * @param prep            thinking time before each answer, zero for none
 * @param targetOverride  one answer target for every question, or null for each question's own target
 * @param followUps       follow-up probes per question, 0 (off) to 2
 * @param followUpTarget  the target of each follow-up answer
 * @param filter          the kinds and levels of question to draw (not applied to a loop's own questions)
 * @param loopQuestions   with {@link QuestionSelection#LOOP}: exactly these questions, in order, each with its
 *                        answer time; empty otherwise
 */
public record InterviewConfig(
        int questionCount,
        QuestionSelection selection,
        List<String> bankIds,
        Duration prep,
        Duration targetOverride,
        int followUps,
        Duration followUpTarget,
        AnswerMode mode,
        ScoringTiming scoring,
        QuestionFilter filter,
        List<LoopQuestion> loopQuestions) {

    public static final int MIN_QUESTIONS = 1;
    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_FOLLOW_UPS = 2;
    public static final Duration DEFAULT_FOLLOW_UP_TARGET = Duration.ofSeconds(60);

    public InterviewConfig {
        if (questionCount < MIN_QUESTIONS || questionCount > MAX_QUESTIONS) {
            throw new IllegalArgumentException("question count must be 1 to 10: " + questionCount);
        }
        Objects.requireNonNull(selection, "selection");
        bankIds = bankIds == null ? List.of() : List.copyOf(bankIds);
        Objects.requireNonNull(prep, "prep");
        if (prep.isNegative()) {
            throw new IllegalArgumentException("prep must not be negative");
        }
        if (targetOverride != null && (targetOverride.isZero() || targetOverride.isNegative())) {
            throw new IllegalArgumentException("answer target must be positive");
        }
        if (followUps < 0 || followUps > MAX_FOLLOW_UPS) {
            throw new IllegalArgumentException("follow-ups must be 0 to 2: " + followUps);
        }
        followUpTarget = followUpTarget == null ? DEFAULT_FOLLOW_UP_TARGET : followUpTarget;
        if (followUpTarget.isZero() || followUpTarget.isNegative()) {
            throw new IllegalArgumentException("follow-up target must be positive");
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(scoring, "scoring");
        filter = filter == null ? QuestionFilter.ANY : filter;
        loopQuestions = loopQuestions == null ? List.of() : List.copyOf(loopQuestions);
        if (selection == QuestionSelection.LOOP && loopQuestions.isEmpty()) {
            throw new IllegalArgumentException("a loop needs its questions");
        }
    }

    /** Questions drawn from the banks with no kind or level filter. */
    public InterviewConfig(int questionCount, QuestionSelection selection, List<String> bankIds, Duration prep,
                           Duration targetOverride, int followUps, Duration followUpTarget, AnswerMode mode,
                           ScoringTiming scoring) {
        this(questionCount, selection, bankIds, prep, targetOverride, followUps, followUpTarget, mode, scoring,
                QuestionFilter.ANY, List.of());
    }

    /** An interview loop's questions, in order, each with the loop's answer time; a loop has at most 10. */
    public static InterviewConfig loop(List<LoopQuestion> questions, Duration prep, int followUps,
                                       Duration followUpTarget, AnswerMode mode, ScoringTiming scoring) {
        List<LoopQuestion> asked = questions.subList(0, Math.min(questions.size(), MAX_QUESTIONS));
        return new InterviewConfig(Math.max(MIN_QUESTIONS, asked.size()), QuestionSelection.LOOP, List.of(), prep,
                null, Math.min(Math.max(0, followUps), MAX_FOLLOW_UPS), followUpTarget, mode, scoring,
                QuestionFilter.ANY, asked);
    }

    public boolean isLoop() {
        return selection == QuestionSelection.LOOP;
    }

    public Optional<Duration> answerTargetOverride() {
        return Optional.ofNullable(targetOverride);
    }

    /** The answer target for {@code question}: the override, else the loop's time for it, else its own target. */
    public Duration targetFor(Question question) {
        if (targetOverride != null) {
            return targetOverride;
        }
        for (LoopQuestion q : loopQuestions) {
            if (q.questionId().equals(question.id()) && q.answerSeconds() > 0) {
                return Duration.ofSeconds(q.answerSeconds());
            }
        }
        return Duration.ofSeconds(question.targetSeconds());
    }

    /** The timer of the main answer: prep, target, and the usual hard limit at twice the target. */
    public TimerSettings answerTimer(Question question) {
        return TimerSettings.of(prep, targetFor(question));
    }

    /** The timer of one follow-up: no prep, the follow-up target, hard limit at twice that. */
    public TimerSettings followUpTimer() {
        return TimerSettings.of(Duration.ZERO, followUpTarget);
    }

    /** How many follow-ups {@code question} gets: the setting, limited by how many it has. */
    public int followUpsFor(Question question) {
        return Math.min(followUps, question.followUps().size());
    }

    /** The planned time of the questions: prep, answer target and follow-up targets each. */
    public Duration plannedDuration(List<Question> questions) {
        Duration total = Duration.ZERO;
        for (Question q : questions) {
            total = total.plus(prep).plus(targetFor(q)).plus(followUpTarget.multipliedBy(followUpsFor(q)));
        }
        return total;
    }

    public InterviewConfig withQuestionCount(int count) {
        return new InterviewConfig(count, selection, bankIds, prep, targetOverride, followUps, followUpTarget, mode,
                scoring, filter, loopQuestions);
    }

    public InterviewConfig withMode(AnswerMode newMode) {
        return new InterviewConfig(questionCount, selection, bankIds, prep, targetOverride, followUps, followUpTarget,
                newMode, scoring, filter, loopQuestions);
    }

    public InterviewConfig withBanks(QuestionSelection newSelection, List<String> newBankIds) {
        return new InterviewConfig(questionCount, newSelection, newBankIds, prep, targetOverride, followUps,
                followUpTarget, mode, scoring, filter, newSelection == QuestionSelection.LOOP ? loopQuestions : List.of());
    }

    public InterviewConfig withFilter(QuestionFilter newFilter) {
        return new InterviewConfig(questionCount, selection, bankIds, prep, targetOverride, followUps, followUpTarget,
                mode, scoring, newFilter, loopQuestions);
    }
}
