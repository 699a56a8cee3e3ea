package org.emdrill.practice.schedule;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rebuilds one question's schedule from its attempts, as if they had been answered again in order:
 * from a new-question state, each scored attempt is graded by {@link SelfScoreGrade} and answered with
 * {@link Sm2Scheduler} at the moment it finished. Used when the history changes under the schedule
 * (a self-score revised, an attempt deleted), so the review date follows what the history now says.
 *
 * <p>Why replay rather than patch: SM-2 has no inverse; the effect of one answer on the ease and
 * interval depends on every answer before it, so the only faithful way to take an answer out or change
 * its grade is to run the remaining ones again.
 */
public final class ScheduleReplay {

    /** One attempt as the schedule sees it: when it finished and its overall self-score (null: unscored). */
    public record Answer(Instant finishedAt, Double overall) {
        public Answer {
            Objects.requireNonNull(finishedAt, "finishedAt");
        }
    }

    private final Sm2Settings settings;
    private final StudyDay studyDay;

    public ScheduleReplay(Sm2Settings settings, StudyDay studyDay) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.studyDay = Objects.requireNonNull(studyDay, "studyDay");
    }

    /**
     * The schedule after answering {@code answers} (any order; replayed oldest first), or empty when
     * none of them is scored: the question is new again and has no schedule row.
     */
    public Optional<ReviewState> replay(String questionId, String bankId, List<Answer> answers) {
        Objects.requireNonNull(questionId, "questionId");
        List<Answer> inOrder = answers.stream().sorted(Comparator.comparing(Answer::finishedAt)).toList();
        ReviewState state = null;
        for (Answer answer : inOrder) {
            Optional<Grade> grade = SelfScoreGrade.of(answer.overall());
            if (grade.isEmpty()) {
                continue;
            }
            Sm2Scheduler at = new Sm2Scheduler(settings, studyDay, InstantSource.fixed(answer.finishedAt()));
            if (state == null) {
                state = at.newQuestion(questionId, bankId);
            }
            state = at.answer(state, grade.get());
        }
        return Optional.ofNullable(state);
    }
}
