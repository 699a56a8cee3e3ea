package org.emdrill.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A mock-interview preset shaped like a real company's loop: a fixed list of questions from the banks, each
 * with its answer time, plus the prep and follow-up rules and the length of the slot it fits in.
 *
 * @param minutes          the length of the interview slot the questions must fit in
 * @param prepSeconds      thinking time before each answer, 0 for none
 * @param followUps        follow-up probes per question, 0 to 2
 * @param followUpSeconds  the answer time of each follow-up
 * @param origin           the file it came from, for messages
 */
public record InterviewLoop(String id, String title, String description, int minutes, int prepSeconds,
                            int followUps, int followUpSeconds, List<LoopQuestion> questions, String origin) {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    public InterviewLoop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        questions = List.copyOf(questions);
        origin = origin == null ? "" : origin;
    }

    /** What the questions need in the worst case: prep, answer and every follow-up, each at its target. */
    public Duration plannedTime() {
        long seconds = 0;
        for (LoopQuestion q : questions) {
            seconds += prepSeconds + q.answerSeconds() + (long) followUps * followUpSeconds;
        }
        return Duration.ofSeconds(seconds);
    }

    public List<String> questionIds() {
        return questions.stream().map(LoopQuestion::questionId).toList();
    }
}
