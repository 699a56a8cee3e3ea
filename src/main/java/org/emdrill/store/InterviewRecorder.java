package org.emdrill.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewQuestionPicker;
import org.emdrill.practice.mockinterview.FinishedQuestion;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.practice.schedule.WeakestAreaPicker;

/**
 * The store side of a mock interview: choosing its questions, the session row, each finished question
 * with its review schedule, and closing the session. Every method blocks on the database, so the view
 * model calls them only through the background runner.
 */
public final class InterviewRecorder {

    private final SessionRepository sessions;
    private final ScheduleRepository schedule;
    private final AttemptRecorder attempts;
    private final Supplier<List<Dimension>> weakestFirst;

    /**
     * @param weakestFirst every dimension, weakest first, as {@code insights.WeakestDimension} ranks them
     *                     over all attempts (practice and mock interviews); read when a "Weakest area"
     *                     interview starts. Passed in because the rule lives above the store.
     */
    public InterviewRecorder(SessionRepository sessions, ScheduleRepository schedule, AttemptRecorder attempts,
                             Supplier<List<Dimension>> weakestFirst) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.weakestFirst = Objects.requireNonNull(weakestFirst, "weakestFirst");
    }

    /** The questions of a new interview; the weakest-dimension choice follows the one weakest-dimension rule. */
    public List<QueuedQuestion> pick(InterviewQuestionPicker picker, InterviewConfig config, List<QuestionBank> banks) {
        List<Dimension> order = List.of(Dimension.values());
        Map<String, Instant> lastPractised = Map.of();
        if (config.selection() == org.emdrill.practice.mockinterview.QuestionSelection.WEAKEST_DIMENSION) {
            order = weakestFirst.get();
            lastPractised = WeakestAreaPicker.lastReviewed(schedule.all());
        }
        return picker.pick(config, banks, order, lastPractised);
    }

    public long start(String presetName, MockInterview interview, Instant startedAt) {
        return sessions.start(presetName, interview.config(), interview.questionIds(), startedAt);
    }

    /** Saves one finished question with its follow-ups, ticks, review schedule and story told, in one transaction. */
    public long save(long sessionId, FinishedQuestion finished) {
        return attempts.record(finished.attempt(), new AttemptRecorder.Placement(sessionId, finished.position()),
                finished.followUps(), null, finished.storyId(), finished.ticks(), finished.recordingFile());
    }

    /** Positions of the session already in the store: after a crash these must not be saved twice. */
    public Set<Integer> savedPositions(long sessionId) {
        Set<Integer> saved = new TreeSet<>();
        sessions.find(sessionId).ifPresent(d -> d.attempts().forEach(a -> saved.add(a.position())));
        return saved;
    }

    /** Closes the session as finished or abandoned and returns the earlier interviews' means. */
    public DimensionAverages close(MockInterview interview, Instant at) {
        if (interview.sessionId() == 0) {
            return DimensionAverages.none();
        }
        if (interview.isAbandoned()) {
            sessions.abandon(interview.sessionId(), at, interview.elapsed(), interview.skippedPositions());
        } else {
            sessions.finish(interview.sessionId(), at, interview.elapsed(), interview.skippedPositions());
        }
        return sessions.averagesBefore(interview.sessionId());
    }
}
