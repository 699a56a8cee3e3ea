package org.emdrill.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * Questions a story could answer, best first, from its tags and words: only offered, never linked
 * without the user. Already linked questions are left out.
 *
 * <p>Score of a question: 3 for each story tag that is one of the question's tags or a word of its
 * prompt, 1 for each other distinct word (four letters or more, not a common word) the story shares
 * with the prompt, tags or bank title, {@link #LINKED_BANK} for a question of a bank the story is linked
 * to (so those come up even before a word is shared), and then, only for a question that scored at all,
 * the question's weights on the dimensions the story is linked to. Ties go to bank and question order.
 */
public final class QuestionSuggestions {

    /** A question worth linking, with why. */
    public record Suggestion(QuestionBank bank, Question question, int score, List<String> matched) {
        public Suggestion {
            matched = List.copyOf(matched);
        }
    }

    private static final Set<String> COMMON = Set.of("about", "after", "again", "also", "because", "been", "before",
            "being", "could", "didn", "does", "doing", "each", "even", "every", "from", "have", "having", "into",
            "just", "know", "like", "made", "make", "many", "more", "most", "much", "only", "other", "over",
            "said", "same", "some", "still", "such", "than", "that", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "time", "tell", "very", "want", "were", "what", "when", "where",
            "which", "while", "will", "with", "would", "your", "team", "work", "describe", "example");

    /** A bank the user linked the story to says more about fit than a shared word or two. */
    static final int LINKED_BANK = 4;

    private QuestionSuggestions() {
    }

    public static List<Suggestion> rank(Story story, List<QuestionBank> banks, int limit) {
        Set<String> tags = new HashSet<>();
        story.tags().forEach(t -> tags.add(stem(t.toLowerCase(Locale.ROOT).strip())));
        Set<String> words = words(story.allText());
        words.removeAll(tags);
        List<Suggestion> found = new ArrayList<>();
        for (QuestionBank bank : banks) {
            for (Question q : bank.questions()) {
                if (story.questionIds().contains(q.id())) {
                    continue;
                }
                Set<String> questionTags = new HashSet<>();
                q.tags().forEach(t -> questionTags.add(stem(t.toLowerCase(Locale.ROOT).strip())));
                Set<String> promptWords = words(q.prompt());
                Set<String> questionWords = new HashSet<>(promptWords);
                questionWords.addAll(questionTags);
                questionWords.addAll(words(bank.title()));
                int score = 0;
                List<String> matched = new ArrayList<>();
                for (String tag : tags) {
                    if (questionTags.contains(tag) || promptWords.contains(tag)) {
                        score += 3;
                        matched.add(tag);
                    }
                }
                for (String w : words) {
                    if (questionWords.contains(w)) {
                        score += 1;
                        matched.add(w);
                    }
                }
                if (story.bankIds().contains(bank.id())) {
                    score += LINKED_BANK;
                }
                if (score == 0) {
                    continue;
                }
                for (Dimension d : story.dimensions()) {
                    score += q.weightOf(d);
                }
                matched.sort(Comparator.naturalOrder());
                found.add(new Suggestion(bank, q, score, matched));
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::score).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    /** Lower-case words of four letters or more, common words left out, a plural "s" dropped. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() >= 4 && !COMMON.contains(raw)) {
                words.add(stem(raw));
            }
        }
        return words;
    }

    private static String stem(String w) {
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
