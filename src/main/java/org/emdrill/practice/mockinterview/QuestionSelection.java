package org.emdrill.practice.mockinterview;

import org.emdrill.domain.Identified;

import java.util.Optional;

/** How the questions of a mock interview are chosen. */
public enum QuestionSelection implements Identified {
    /** At random from the chosen banks (all banks when none are chosen). */
    RANDOM("random", "Random from the chosen banks"),
    /** Round-robin across the banks, so consecutive questions come from different topics. */
    BALANCED("balanced", "Balanced across topics"),
    /** The questions that weigh the weakest dimension most. */
    WEAKEST_DIMENSION("weakest-dimension", "Weakest dimension"),
    /** An interview loop's own questions, in its order (see {@link InterviewConfig#loopQuestions()}). */
    LOOP("loop", "The loop's own questions");

    private final String id;
    private final String displayName;

    QuestionSelection(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<QuestionSelection> fromId(String id) {
        return Identified.byId(QuestionSelection.class, id);
    }
}
