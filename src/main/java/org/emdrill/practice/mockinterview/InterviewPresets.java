package org.emdrill.practice.mockinterview;

import java.time.Duration;
import java.util.List;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.InterviewLoop;

/** The presets that ship with the app. */
public final class InterviewPresets {

    public static final String QUICK_QUESTION = "Quick question";
    public static final String FULL_LOOP = "Full loop";
    public static final String WEAKEST_AREA = "Weakest area";
    /**
     * The name the last interview's set-up is stored under in the presets store, so the next start of
     * the app sets up the same; it is not one of the user's presets and never listed as one.
     */
    public static final String LAST_SETUP = "(last set-up)";

    private InterviewPresets() {
    }

    /** One question, 30 s to think, one follow-up, scored straight away. */
    public static InterviewPreset quickQuestion() {
        return new InterviewPreset(QUICK_QUESTION, new InterviewConfig(1, QuestionSelection.RANDOM, List.of(),
                Duration.ofSeconds(30), null, 1, InterviewConfig.DEFAULT_FOLLOW_UP_TARGET, AnswerMode.SPOKEN,
                ScoringTiming.AFTER_EACH));
    }

    /**
     * A full behavioural loop: five questions across topics, a minute to think, each question's own
     * target and two follow-ups, scored only at the end. With the bundled targets (about 2.5 minutes)
     * that is about 30 minutes of talking, and about 45 with the interviewer's side and the scoring.
     */
    public static InterviewPreset fullLoop() {
        return new InterviewPreset(FULL_LOOP, new InterviewConfig(5, QuestionSelection.BALANCED, List.of(),
                Duration.ofSeconds(60), null, 2, InterviewConfig.DEFAULT_FOLLOW_UP_TARGET, AnswerMode.SPOKEN,
                ScoringTiming.AT_END));
    }

    /** Three questions from the weakest dimension, scored after each so the feedback is immediate. */
    public static InterviewPreset weakestArea() {
        return new InterviewPreset(WEAKEST_AREA, new InterviewConfig(3, QuestionSelection.WEAKEST_DIMENSION, List.of(),
                Duration.ofSeconds(30), null, 1, InterviewConfig.DEFAULT_FOLLOW_UP_TARGET, AnswerMode.SPOKEN,
                ScoringTiming.AFTER_EACH));
    }

    /**
     * An interview loop as a preset named by its title: its questions with their times, its prep and
     * follow-ups, spoken as in the room and scored at the end as a real interviewer would.
     */
    public static InterviewPreset fromLoop(InterviewLoop loop) {
        return new InterviewPreset(loop.title(), InterviewConfig.loop(loop.questions(),
                Duration.ofSeconds(Math.max(0, loop.prepSeconds())), loop.followUps(),
                loop.followUpSeconds() > 0 ? Duration.ofSeconds(loop.followUpSeconds())
                        : InterviewConfig.DEFAULT_FOLLOW_UP_TARGET, AnswerMode.SPOKEN, ScoringTiming.AT_END));
    }

    public static List<InterviewPreset> fromLoops(List<InterviewLoop> loops) {
        return loops.stream().filter(l -> !l.questions().isEmpty()).map(InterviewPresets::fromLoop).toList();
    }

    public static List<InterviewPreset> builtIn() {
        return List.of(quickQuestion(), fullLoop(), weakestArea());
    }

    public static boolean isBuiltInName(String name) {
        return builtIn().stream().anyMatch(p -> p.name().equalsIgnoreCase(name == null ? "" : name.trim()));
    }
}
