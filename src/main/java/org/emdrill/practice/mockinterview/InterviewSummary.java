package org.emdrill.practice.mockinterview;

import org.emdrill.practice.FollowUpAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.Scores;
import org.emdrill.practice.schedule.DimensionAverages;

/**
 * The end-of-interview review: each question's scores and times, this interview's dimension means
 * against the earlier mock interviews', how the time was used, and what to practise next.
 *
 * @param questions          every question in order, including skipped and not reached ones
 * @param thisInterview      dimension means of this interview's scored answers
 * @param previousInterviews dimension means of the earlier mock interviews (empty when this is the first)
 * @param answersOverTarget  main answers that ran past their target
 * @param totalElapsed       the interview's total time, pauses excluded
 * @param timeAnswering      prep, answers and follow-ups together
 * @param planned            the planned prep, answer and follow-up time of the questions answered
 * @param lowestThisInterview the lowest-scoring dimension of this interview's own scores, if anything was
 *                           scored; not the all-time weakest dimension ({@code insights.WeakestDimension})
 * @param weakAnswers        answered questions whose overall score was below 3
 */
public record InterviewSummary(
        List<AskedQuestion> questions,
        boolean abandoned,
        DimensionAverages thisInterview,
        DimensionAverages previousInterviews,
        int answersOverTarget,
        Duration totalElapsed,
        Duration timeAnswering,
        Duration planned,
        Optional<Dimension> lowestThisInterview,
        List<AskedQuestion> weakAnswers) {

    public static final double WEAK_BELOW = 3.0;

    public InterviewSummary {
        questions = List.copyOf(questions);
        Objects.requireNonNull(thisInterview, "thisInterview");
        Objects.requireNonNull(previousInterviews, "previousInterviews");
        weakAnswers = List.copyOf(weakAnswers);
    }

    /** The summary of a finished or abandoned interview. */
    public static InterviewSummary of(MockInterview interview, DimensionAverages previousInterviews) {
        if (!interview.step().isOver()) {
            throw new IllegalStateException("the interview is not over: " + interview.step());
        }
        List<AskedQuestion> questions = interview.questions();
        List<Scores> scored = new ArrayList<>();
        List<Question> answered = new ArrayList<>();
        List<AskedQuestion> weak = new ArrayList<>();
        int overTarget = 0;
        Duration answering = Duration.ZERO;
        for (AskedQuestion q : questions) {
            if (!q.wasAnswered()) {
                continue;
            }
            answered.add(q.queued().question());
            if (q.status() == QuestionStatus.SCORED) {
                scored.add(q.scores());
            }
            if (q.overall() != null && q.overall() < WEAK_BELOW) {
                weak.add(q);
            }
            if (q.overTarget()) {
                overTarget++;
            }
            answering = answering.plus(q.prepDuration()).plus(q.answerDuration());
            for (FollowUpAnswer f : q.followUps()) {
                answering = answering.plus(f.answerDuration());
            }
        }
        DimensionAverages mine = DimensionAverages.of(scored);
        return new InterviewSummary(questions, interview.isAbandoned(), mine, previousInterviews, overTarget,
                interview.elapsed(), answering, interview.config().plannedDuration(answered), mine.lowestHere(),
                weak);
    }

    /** This interview's mean minus the earlier ones' for a dimension; empty unless both exist. */
    public OptionalDouble change(Dimension dimension) {
        OptionalDouble now = thisInterview.of(dimension);
        OptionalDouble before = previousInterviews.of(dimension);
        return now.isPresent() && before.isPresent()
                ? OptionalDouble.of(now.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
    }

    public long answeredCount() {
        return questions.stream().filter(AskedQuestion::wasAnswered).count();
    }

    public long skippedCount() {
        return questions.stream().filter(q -> q.status() == QuestionStatus.SKIPPED).count();
    }

    /** Time answering minus the plan: positive when the interview ran long. */
    public Duration overPlan() {
        return timeAnswering.minus(planned);
    }

    /** Dimension means of this interview by dimension, for a chart. */
    public Map<Dimension, Double> means() {
        return thisInterview.means();
    }
}
