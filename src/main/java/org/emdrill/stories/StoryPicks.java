package org.emdrill.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;

/**
 * The order in which stories are offered before answering a question: first the stories linked to the
 * question, then those that show one of the dimensions it weighs (the heavier the shared weight, the
 * earlier), then all the rest. Inside a group, by title, so the list reads the same every time.
 */
public final class StoryPicks {

    /** Why a story is where it is in the list. */
    public enum Fit {
        LINKED("Linked to this question"),
        DIMENSIONS("Fits its dimensions"),
        OTHER("Other stories");

        private final String label;

        Fit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One story offered, with why it is offered there and its weight on the question's dimensions. */
    public record Pick(Story story, Fit fit, int weight) {
        public Pick {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(fit, "fit");
        }
    }

    private StoryPicks() {
    }

    /** Every story, ordered for {@code question}; an empty list when there are no stories. */
    public static List<Pick> forQuestion(Question question, List<Story> stories) {
        List<Pick> picks = new ArrayList<>();
        for (Story s : stories) {
            int weight = 0;
            for (Dimension d : s.dimensions()) {
                weight += question.weightOf(d);
            }
            Fit fit = s.questionIds().contains(question.id()) ? Fit.LINKED
                    : weight > 0 ? Fit.DIMENSIONS : Fit.OTHER;
            picks.add(new Pick(s, fit, weight));
        }
        picks.sort(Comparator.comparing(Pick::fit)
                .thenComparing(Comparator.comparingInt(Pick::weight).reversed())
                .thenComparing(p -> p.story().displayTitle().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(p -> p.story().id()));
        return picks;
    }
}
