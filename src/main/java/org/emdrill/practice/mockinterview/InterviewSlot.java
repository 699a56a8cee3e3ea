package org.emdrill.practice.mockinterview;

import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.Ticker;

/**
 * One question inside a running {@link MockInterview}: its answer (the shared answering core) and what
 * the interview made of it.
 */
final class InterviewSlot {

    QuestionAnswer answer;
    QuestionStatus status = QuestionStatus.PENDING;
    /** Final: will not change any more and may be stored. */
    boolean finalized;
    /** Already handed to the caller for storing. */
    boolean handedOut;
    /** The story the candidate picked to tell, or null. */
    String storyId;

    InterviewSlot(QuestionAnswer answer) {
        this.answer = answer;
    }

    static QuestionAnswer freshAnswer(InterviewConfig config, QueuedQuestion q, Ticker ticker,
            java.time.InstantSource clock) {
        AnswerMode mode = config.mode();
        return new QuestionAnswer(q, mode, config.answerTimer(q.question()), config.followUpsFor(q.question()),
                config.followUpTimer(), ticker, clock);
    }

    boolean answered() {
        return status == QuestionStatus.ANSWERED || status == QuestionStatus.SCORED;
    }

    AskedQuestion view(int position) {
        var o = answer.overall();
        Double overall = o.isPresent() ? o.getAsDouble() : null;
        return new AskedQuestion(position, answer.queued(), status, answer.answerText(), answer.prepDuration(),
                answer.answerDuration(), answer.target(), answer.followUpAnswers(), answer.scores(), answer.star(),
                answer.notes(), overall);
    }
}
