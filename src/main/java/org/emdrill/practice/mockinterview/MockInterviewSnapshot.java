package org.emdrill.practice.mockinterview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.domain.QueuedQuestion;

/**
 * A mock interview frozen for crash recovery: the config, where the interview was, the total time, and
 * each question's answer as the same {@link AnswerDraft} Practice keeps, with what the interview made of
 * it. {@link #toJson()} and {@link #fromJson(String)} give the file form.
 */
public record MockInterviewSnapshot(
        InterviewConfig config,
        long sessionId,
        Instant startedAt,
        InterviewStep step,
        int position,
        Duration totalElapsed,
        List<Item> items) {

    public MockInterviewSnapshot {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(step, "step");
        totalElapsed = totalElapsed == null || totalElapsed.isNegative() ? Duration.ZERO : totalElapsed;
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a snapshot needs at least one question");
        }
    }

    public List<String> questionIds() {
        return items.stream().map(i -> i.answer().questionId()).toList();
    }

    /** The file form: a JSON object with a {@code version} field. */
    public String toJson() {
        return SnapshotJson.write(this);
    }

    /** Reads the file form; empty when it is not a readable snapshot. Unknown fields are ignored. */
    public static Optional<MockInterviewSnapshot> fromJson(String json) {
        return SnapshotJson.read(json);
    }

    /** The questions in interview order, as they were asked; see {@link AnswerDraft#rebuild}. */
    public List<QueuedQuestion> questions(List<QuestionBank> banks) {
        List<QueuedQuestion> list = new ArrayList<>();
        for (Item item : items) {
            list.add(item.answer().rebuild(banks));
        }
        return list;
    }

    /** One question of the interview: its answer, and whether it is final and already handed out. */
    public record Item(AnswerDraft answer, QuestionStatus status, boolean finalized, boolean handedOut) {
        public Item {
            Objects.requireNonNull(answer, "answer");
            status = status == null ? QuestionStatus.PENDING : status;
        }
    }
}
