package org.emdrill.practice.mockinterview;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.practice.AnswerPhase;
import org.emdrill.practice.QuestionAnswer;
import org.emdrill.practice.Ticker;

/**
 * The fixed questions of one {@link MockInterview} in interview order, and what became of each: which
 * were skipped, which are final, which were already handed out for storing, how each is frozen in a
 * snapshot and put back from one. The interview's own steps (which question is on, pauses, the total
 * time) stay in {@link MockInterview}.
 */
final class InterviewSlots {

    private final List<InterviewSlot> slots;

    InterviewSlots(InterviewConfig config, List<QueuedQuestion> questions, Ticker ticker, InstantSource clock) {
        List<InterviewSlot> list = new ArrayList<>();
        for (QueuedQuestion q : questions) {
            list.add(new InterviewSlot(InterviewSlot.freshAnswer(config, q, ticker, clock)));
        }
        this.slots = List.copyOf(list);
    }

    int size() {
        return slots.size();
    }

    InterviewSlot get(int index) {
        return slots.get(index);
    }

    List<AskedQuestion> views() {
        List<AskedQuestion> views = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            views.add(slots.get(i).view(i));
        }
        return views;
    }

    List<String> questionIds() {
        return slots.stream().map(i -> i.answer.question().id()).toList();
    }

    /** 0-based positions of the questions the candidate skipped. */
    Set<Integer> skippedPositions() {
        Set<Integer> skipped = new TreeSet<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).status == QuestionStatus.SKIPPED) {
                skipped.add(i);
            }
        }
        return skipped;
    }

    /** Questions that became final since the last call, each handed out once, in interview order. */
    List<FinishedQuestion> takeFinished() {
        List<FinishedQuestion> ready = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            InterviewSlot item = slots.get(i);
            if (item.finalized && !item.handedOut) {
                item.handedOut = true;
                ready.add(new FinishedQuestion(i, item.answer.toAttempt(), item.answer.followUpAnswers(),
                        item.answer.ticks(), item.answer.recordingFile(), item.storyId));
            }
        }
        return ready;
    }

    /** The story to tell for the question at {@code position}; once its answer is final it keeps the one it had. */
    void pickStory(int position, String storyId) {
        InterviewSlot slot = position >= 0 && position < slots.size() ? slots.get(position) : null;
        if (slot != null && !slot.finalized) {
            slot.storyId = storyId;
        }
    }

    /** Makes every answered question final: nothing about it changes any more. */
    void finalizeAnswered() {
        for (InterviewSlot item : slots) {
            if (item.answered()) {
                item.finalized = true;
            }
        }
    }

    /** Whether an answered question still waits for its score. */
    boolean unscoredLeft() {
        return slots.stream().anyMatch(i -> i.answered() && !i.finalized);
    }

    List<MockInterviewSnapshot.Item> snapshotItems() {
        return slots.stream()
                .map(i -> new MockInterviewSnapshot.Item(i.answer.toDraft().withStory(i.storyId), i.status, i.finalized,
                        i.handedOut))
                .toList();
    }

    /**
     * Puts each question back as the snapshot left it; the one being answered (at {@code position} when
     * {@code inQuestion}) comes back started and in progress.
     *
     * @throws IllegalArgumentException when a question's phase contradicts the interview's step
     */
    void restore(MockInterviewSnapshot s, List<QueuedQuestion> questions, int position, boolean inQuestion,
            Ticker ticker, InstantSource clock) {
        for (int i = 0; i < slots.size(); i++) {
            MockInterviewSnapshot.Item saved = s.items().get(i);
            InterviewSlot item = slots.get(i);
            boolean current = i == position && inQuestion;
            AnswerPhase phase = saved.answer().phase();
            if (current != phase.isTimed() && !(current && phase == AnswerPhase.READY)) {
                throw new IllegalArgumentException("question " + (i + 1) + " is " + phase
                        + " but the interview is in " + s.step());
            }
            QueuedQuestion q = questions.get(i);
            item.answer = QuestionAnswer.restore(saved.answer(), q, s.config().answerTimer(q.question()),
                    s.config().followUpsFor(q.question()), s.config().followUpTimer(), ticker, clock);
            item.status = saved.status();
            item.finalized = saved.finalized();
            item.handedOut = saved.handedOut();
            item.storyId = saved.answer().storyId(); // none in snapshots from before stories
            if (current) {
                item.status = QuestionStatus.IN_PROGRESS;
                if (phase == AnswerPhase.READY) {
                    item.answer.start();
                    item.answer.pause();
                }
            }
        }
    }
}
