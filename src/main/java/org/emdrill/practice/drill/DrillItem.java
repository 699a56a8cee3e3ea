package org.emdrill.practice.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Question;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.QueuedQuestion;

/** The mutable record of one question inside a running {@link MockInterview}. */
final class DrillItem {

    final QueuedQuestion queued;
    final Duration target;
    final int followUpCount;

    QuestionStatus status = QuestionStatus.PENDING;
    String answerText = "";
    Duration prep = Duration.ZERO;
    Duration answer = Duration.ZERO;
    /** Follow-ups reached so far; texts and durations have this many entries. */
    final List<String> followUpTexts = new ArrayList<>();
    final List<Duration> followUpDurations = new ArrayList<>();
    Scores scores = Scores.none();
    final EnumSet<StarElement> star = EnumSet.noneOf(StarElement.class);
    String notes = "";
    Instant startedAt;
    Instant finishedAt;
    /** Final: will not change any more and may be stored. */
    boolean finalized;
    /** Already handed to the caller for storing. */
    boolean handedOut;

    DrillItem(QueuedQuestion queued, Duration target, int followUpCount) {
        this.queued = queued;
        this.target = target;
        this.followUpCount = followUpCount;
    }

    Question question() {
        return queued.question();
    }

    boolean answered() {
        return status == QuestionStatus.ANSWERED || status == QuestionStatus.SCORED;
    }

    void reachFollowUp() {
        followUpTexts.add("");
        followUpDurations.add(Duration.ZERO);
    }

    void setStar(Set<StarElement> elements) {
        star.clear();
        if (elements != null) {
            star.addAll(elements);
        }
    }

    Double overall() {
        OptionalDouble o = scores.overall(question().dimensions());
        return o.isPresent() ? o.getAsDouble() : null;
    }

    List<FollowUpAnswer> followUps() {
        List<FollowUpAnswer> list = new ArrayList<>();
        for (int i = 0; i < followUpTexts.size(); i++) {
            list.add(new FollowUpAnswer(i, question().followUps().get(i), followUpTexts.get(i),
                    followUpDurations.get(i)));
        }
        return list;
    }

    DrillQuestion view(int position) {
        return new DrillQuestion(position, queued, status, answerText, prep, answer, target, followUps(), scores,
                star, notes, overall());
    }

    Attempt toAttempt(AnswerMode mode) {
        return new Attempt(0, queued.bank().id(), queued.bank().title(), question().id(), question().prompt(), mode,
                prep, answer, (int) target.toSeconds(), answerText, notes, scores, star, overall(), startedAt,
                finishedAt);
    }
}
