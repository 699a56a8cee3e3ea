package org.emdrill.practice.drill;

import java.time.Duration;
import java.util.List;
import org.emdrill.domain.AnswerMode;

/** The presets that ship with the app. */
public final class DrillPresets {

    public static final String QUICK_QUESTION = "Quick question";
    public static final String FULL_LOOP = "Full loop";
    public static final String WEAKEST_AREA = "Weakest area";

    private DrillPresets() {
    }

    /** One question, 30 s to think, one follow-up, scored straight away. */
    public static DrillPreset quickQuestion() {
        return new DrillPreset(QUICK_QUESTION, new DrillConfig(1, QuestionSelection.RANDOM, List.of(),
                Duration.ofSeconds(30), null, 1, DrillConfig.DEFAULT_FOLLOW_UP_TARGET, AnswerMode.SPOKEN,
                ScoringTiming.AFTER_EACH));
    }

    /**
     * A full behavioral loop: five questions across topics, a minute to think, each question's own
     * target and two follow-ups, scored only at the end. With the bundled targets (about 2.5 minutes)
     * that is about 30 minutes of talking, and about 45 with the interviewer's side and the scoring.
     */
    public static DrillPreset fullLoop() {
        return new DrillPreset(FULL_LOOP, new DrillConfig(5, QuestionSelection.BALANCED, List.of(),
                Duration.ofSeconds(60), null, 2, DrillConfig.DEFAULT_FOLLOW_UP_TARGET, AnswerMode.SPOKEN,
                ScoringTiming.AT_END));
    }

    /** Three questions from the weakest dimension, scored after each so the feedback is immediate. */
    public static DrillPreset weakestArea() {
        return new DrillPreset(WEAKEST_AREA, new DrillConfig(3, QuestionSelection.WEAKEST_DIMENSION, List.of(),
                Duration.ofSeconds(30), null, 1, DrillConfig.DEFAULT_FOLLOW_UP_TARGET, AnswerMode.SPOKEN,
                ScoringTiming.AFTER_EACH));
    }

    public static List<DrillPreset> builtIn() {
        return List.of(quickQuestion(), fullLoop(), weakestArea());
    }

    public static boolean isBuiltInName(String name) {
        return builtIn().stream().anyMatch(p -> p.name().equalsIgnoreCase(name == null ? "" : name.trim()));
    }
}
