package org.emdrill.practice.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Spaced practice with the SM-2 family as Anki runs it (docs/decisions/0003-spaced-practice-sm2.md).
 *
 * <p>New and failed questions walk through short steps first; once passed they graduate to an interval
 * in days that grows by the ease at every Good. Ease moves only on graduated questions: −0.20 on a
 * lapse, −0.15 on Hard, +0.15 on Easy, never below the minimum. Intervals use the ease as it was
 * before the answer, as Anki does. There is no random fuzz: with a few dozen questions, predictable
 * dates matter more than spreading the load.
 */
public final class Sm2Scheduler {

    private final Sm2Settings settings;
    private final StudyDay studyDay;
    private final InstantSource clock;

    public Sm2Scheduler(Sm2Settings settings, StudyDay studyDay, InstantSource clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.studyDay = Objects.requireNonNull(studyDay, "studyDay");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Sm2Settings settings() {
        return settings;
    }

    /** The state of a question never scored before. */
    public ReviewState newQuestion(String questionId, String bankId) {
        return ReviewState.fresh(questionId, bankId, settings.startingEase(), clock.instant());
    }

    /**
     * The state after a scored attempt, or empty when the attempt was not scored (the schedule stays).
     * The self-score is mapped by {@link SelfScoreGrade}.
     */
    public Optional<ReviewState> afterAttempt(ReviewState state, Double overall) {
        return SelfScoreGrade.of(overall).map(grade -> answer(state, grade));
    }

    /** The state after answering {@code grade} now. */
    public ReviewState answer(ReviewState stored, Grade grade) {
        Objects.requireNonNull(grade, "grade");
        Instant now = clock.instant();
        ReviewState state = FutureReviews.asOf(stored, now);
        return switch (state.phase()) {
            case NEW, LEARNING -> answerInSteps(state, grade, settings.learningSteps(), CardPhase.LEARNING, now);
            case RELEARNING -> answerInSteps(state, grade, settings.relearningSteps(), CardPhase.RELEARNING, now);
            case REVIEW -> answerReview(state, grade, now);
        };
    }

    private ReviewState answerInSteps(ReviewState s, Grade grade, List<Duration> steps, CardPhase phase, Instant now) {
        int step = Math.min(s.step(), Math.max(0, steps.size() - 1));
        if (steps.isEmpty()) {
            // Relearning without steps: straight back to review at the lapse interval.
            return graduate(s, s.intervalDays(), now);
        }
        return switch (grade) {
            case AGAIN -> inStep(s, phase, 0, steps.get(0), now);
            case HARD -> inStep(s, phase, step, hardDelay(steps, step), now);
            case GOOD -> step + 1 < steps.size()
                    ? inStep(s, phase, step + 1, steps.get(step + 1), now)
                    : graduate(s, phase == CardPhase.LEARNING ? settings.graduatingDays() : s.intervalDays(), now);
            case EASY -> graduate(s, phase == CardPhase.LEARNING ? settings.easyDays() : s.intervalDays() + 1, now);
        };
    }

    /** Anki repeats the step on Hard; on the first step it waits halfway between the first two steps. */
    private static Duration hardDelay(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        if (steps.size() > 1) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        Duration half = steps.get(0).multipliedBy(3).dividedBy(2);
        Duration plusDay = steps.get(0).plusDays(1);
        return half.compareTo(plusDay) < 0 ? half : plusDay;
    }

    private ReviewState answerReview(ReviewState s, Grade grade, Instant now) {
        int interval = Math.max(1, s.intervalDays());
        if (grade == Grade.AGAIN) {
            return lapse(s, interval, now);
        }
        // Anki counts late days: half of them for Good, all of them for Easy, none for Hard.
        long late = Math.max(0, studyDay.daysBetween(s.dueAt(), now));
        int hard = cap(Math.max(round(interval * settings.hardMultiplier()), interval + 1));
        int good = cap(Math.max(round((interval + late / 2.0) * s.ease()), hard + 1));
        int easy = cap(Math.max(round((interval + late) * s.ease() * settings.easyBonus()), good + 1));
        return switch (grade) {
            case HARD -> reviewed(s, hard, s.ease() + Sm2Settings.EASE_AFTER_HARD, now);
            case GOOD -> reviewed(s, good, s.ease() + Sm2Settings.EASE_AFTER_GOOD, now);
            case EASY -> reviewed(s, easy, s.ease() + Sm2Settings.EASE_AFTER_EASY, now);
            case AGAIN -> throw new AssertionError("handled above");
        };
    }

    private ReviewState lapse(ReviewState s, int interval, Instant now) {
        int lapses = s.lapses() + 1;
        int newInterval = Math.max(settings.minimumLapseDays(), round(interval * settings.lapseMultiplier()));
        double ease = ease(s.ease() + Sm2Settings.EASE_AFTER_AGAIN);
        boolean leech = s.leech() || lapses >= settings.leechThreshold();
        List<Duration> steps = settings.relearningSteps();
        if (steps.isEmpty()) {
            return new ReviewState(s.questionId(), s.bankId(), CardPhase.REVIEW, ease, newInterval,
                    s.repetitions() + 1, lapses, 0, leech, studyDay.startOfDayAfter(now, newInterval), now);
        }
        return new ReviewState(s.questionId(), s.bankId(), CardPhase.RELEARNING, ease, newInterval,
                s.repetitions() + 1, lapses, 0, leech, due(now, steps.get(0)), now);
    }

    private ReviewState inStep(ReviewState s, CardPhase phase, int step, Duration delay, Instant now) {
        return new ReviewState(s.questionId(), s.bankId(), phase, s.ease(), s.intervalDays(), s.repetitions() + 1,
                s.lapses(), step, s.leech(), due(now, delay), now);
    }

    private ReviewState graduate(ReviewState s, int days, Instant now) {
        int interval = cap(Math.max(1, days));
        return new ReviewState(s.questionId(), s.bankId(), CardPhase.REVIEW, s.ease(), interval, s.repetitions() + 1,
                s.lapses(), 0, s.leech(), studyDay.startOfDayAfter(now, interval), now);
    }

    private ReviewState reviewed(ReviewState s, int interval, double ease, Instant now) {
        return new ReviewState(s.questionId(), s.bankId(), CardPhase.REVIEW, ease(ease), interval, s.repetitions() + 1,
                s.lapses(), 0, s.leech(), studyDay.startOfDayAfter(now, interval), now);
    }

    /** Steps under a day are counted from now; whole days are due from the start of that practice day. */
    private Instant due(Instant now, Duration delay) {
        if (delay.compareTo(Duration.ofDays(1)) >= 0) {
            return studyDay.startOfDayAfter(now, delay.toDays());
        }
        return now.plus(delay);
    }

    /** Rounded to thousandths (Anki keeps ease as a whole per-mille number) and floored at the minimum. */
    private double ease(double raw) {
        return Math.max(settings.minimumEase(), Math.round(raw * 1000) / 1000.0);
    }

    private int cap(int days) {
        return Math.min(days, settings.maximumDays());
    }

    private static int round(double days) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(days));
    }
}
