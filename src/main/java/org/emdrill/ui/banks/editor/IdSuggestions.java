package org.emdrill.ui.banks.editor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.emdrill.bank.BankLimits;

/**
 * Suggests ids while the user types, so a new bank or question gets a valid, readable id without the
 * user knowing the id rule: "Hiring loops" → {@code hiring-loops}; a question "Tell me about a time you
 * had to rebuild trust after a bad release" in that bank → {@code hiring-loops-rebuild-trust-bad-release}.
 */
final class IdSuggestions {

    private static final int QUESTION_WORDS = 4;
    /** Words every interview prompt has; leaving them out keeps the rest of the id telling. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "for", "with", "about", "your", "you", "yours", "me", "my", "i", "we", "our", "tell", "describe", "time",
            "times", "when", "what", "how", "why", "did", "do", "does", "was", "were", "is", "are", "had", "have",
            "has", "that", "this", "it", "its", "situation", "where", "which", "who", "would", "could", "there",
            "them", "they", "their", "be", "been", "after", "before", "by", "as", "from", "give", "example", "walk",
            "through", "us", "so", "then", "once", "can", "if", "not");

    private IdSuggestions() {
    }

    static String forBank(String title) {
        return limit(slug(title));
    }

    /** Empty while the prompt has no telling words yet. */
    static String forQuestion(String bankId, String prompt) {
        String words = Arrays.stream(slug(prompt).split("-"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w))
                .limit(QUESTION_WORDS)
                .collect(Collectors.joining("-"));
        if (words.isEmpty()) {
            return "";
        }
        String bank = slug(bankId);
        return limit(bank.isEmpty() ? words : bank + "-" + words);
    }

    private static String slug(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String limit(String id) {
        return id.length() <= BankLimits.MAX_ID_CHARS ? id
                : id.substring(0, BankLimits.MAX_ID_CHARS).replaceAll("-+$", "");
    }
}
