package org.emdrill.ui.practice;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.QuestionOrder;
import org.emdrill.practice.QuestionQueue;
import org.emdrill.ui.common.PracticeRequest;

/**
 * One open-ended practice: the questions it draws from, how many were asked, and its name when another
 * screen started it ("Due today"). A named practice ends after its questions; one over banks goes on.
 */
final class PracticeRun {

    private final QuestionQueue queue;
    /** Names a practice started from elsewhere ("Due today"); empty for the banks chosen on set-up. */
    private final String title;
    private int asked;

    private PracticeRun(QuestionQueue queue, String title, int asked) {
        this.queue = queue;
        this.title = title;
        this.asked = asked;
    }

    static PracticeRun overBanks(List<QuestionBank> banks, QuestionOrder order, RandomGenerator random) {
        return new PracticeRun(QuestionQueue.fromBanks(banks, order, random), "", 0);
    }

    /** The questions another screen picked, in their order. */
    static PracticeRun named(String title, List<QueuedQuestion> questions, RandomGenerator random) {
        return new PracticeRun(QuestionQueue.of(questions, QuestionOrder.IN_ORDER, random), title, 0);
    }

    /** A run put back around a resumed answer, which was question {@code number} of it. */
    static PracticeRun resumedAt(List<QuestionBank> banks, QuestionOrder order, RandomGenerator random, int number) {
        PracticeRun run = overBanks(banks, order, random);
        run.asked = Math.max(1, Math.min(number, run.queue.size()));
        return run;
    }

    /**
     * Why a practice another screen asked for cannot start now ({@code cannotSave}: the history is
     * read-only; a running or unscored answer is never cut off); null when it can.
     */
    static String refusal(PracticeRequest request, PracticeStage stage, String cannotSave) {
        if (!cannotSave.isEmpty()) {
            return cannotSave;
        }
        if (stage == PracticeStage.RUNNING || stage == PracticeStage.SCORING) {
            return "Finish or discard the current answer first, then start \u201c" + request.title() + "\u201d.";
        }
        if (request.questions().isEmpty()) {
            return "There are no questions in \u201c" + request.title() + "\u201d right now.";
        }
        return null;
    }

    /** Whether a named practice has asked all its questions. */
    boolean isDone() {
        return !title.isEmpty() && asked >= queue.size();
    }

    String doneText() {
        String what = queue.size() == 1 ? "the question" : "all " + queue.size() + " questions";
        return "Done: you went through " + what + " of \u201c" + title + "\u201d.";
    }

    Optional<QueuedQuestion> next() {
        Optional<QueuedQuestion> next = queue.next();
        next.ifPresent(q -> asked++);
        return next;
    }

    /** Undoes the last {@link #next()}: its question comes again next, and the count goes back one. */
    void giveBack() {
        if (asked > 0) {
            queue.giveBack();
            asked--;
        }
    }

    /** 1-based number of the question on screen. */
    int number() {
        return asked;
    }

    /** "Due today · Question 3 of 12". */
    String progressText() {
        return (title.isEmpty() ? "" : title + " · ") + "Question " + asked + " of " + queue.size();
    }
}
