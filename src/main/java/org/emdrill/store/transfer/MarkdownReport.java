package org.emdrill.store.transfer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.emdrill.store.StoredAttempt;
import org.emdrill.store.StoredFollowUp;
import org.emdrill.stories.Story;

/**
 * A practice history as a Markdown report that reads well on screen and on paper: one section per
 * attempt with its local date and time, bank, the prompt as a quote, a scores table, the answer, notes
 * and follow-ups, separated by rules. Text from the user is escaped so an answer that happens to start
 * with "#" or "- " stays a paragraph and a "|" cannot break the table.
 */
public final class MarkdownReport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private MarkdownReport() {
    }

    public static String render(List<StoredAttempt> attempts, ZoneId zone, Instant generatedAt) {
        return render(attempts, List.of(), Map.of(), zone, generatedAt);
    }

    /**
     * The attempts, each naming the story told in it ({@code storyOfAttempt}: attempt id to story id),
     * then a section listing {@code stories} with their parts and links.
     */
    public static String render(List<StoredAttempt> attempts, List<Story> stories, Map<Long, String> storyOfAttempt,
                                ZoneId zone, Instant generatedAt) {
        Map<String, Story> byId = new HashMap<>();
        stories.forEach(s -> byId.put(s.id(), s));
        StringBuilder md = new StringBuilder();
        md.append("# EM Drill practice history\n\n");
        md.append(attempts.size()).append(attempts.size() == 1 ? " attempt" : " attempts")
                .append(" · exported ").append(DATE_TIME.format(generatedAt.atZone(zone))).append("\n");
        for (StoredAttempt a : attempts) {
            md.append("\n---\n\n");
            attempt(md, a, zone);
            Story told = byId.get(storyOfAttempt.get(a.attempt().id()));
            if (told != null) {
                md.append("\nStory told: ").append(inline(told.displayTitle())).append("\n");
            }
        }
        if (!stories.isEmpty()) {
            md.append("\n---\n\n# My stories\n");
            for (Story s : stories) {
                story(md, s, storyOfAttempt);
            }
        }
        return md.toString();
    }

    private static void story(StringBuilder md, Story s, Map<Long, String> storyOfAttempt) {
        md.append("\n## ").append(inline(s.displayTitle())).append("\n\n");
        List<String> facts = new ArrayList<>();
        if (!s.role().isBlank()) {
            facts.add(inline(s.role()));
        }
        if (!s.roughDate().isBlank()) {
            facts.add(inline(s.roughDate()));
        }
        long told = storyOfAttempt.values().stream().filter(s.id()::equals).count();
        facts.add("told " + told + (told == 1 ? " time" : " times"));
        md.append(String.join(" · ", facts)).append("\n\n");
        String dims = java.util.Arrays.stream(Dimension.values()).filter(s.dimensions()::contains)
                .map(Dimension::displayName).collect(Collectors.joining(", "));
        md.append("Shows: ").append(dims.isEmpty() ? "no dimension linked" : dims).append("\n\n");
        if (!s.tags().isEmpty()) {
            md.append("Tags: ").append(inline(String.join(", ", s.tags()))).append("\n\n");
        }
        if (!s.numbers().isBlank()) {
            md.append("Numbers: ").append(inline(s.numbers())).append("\n\n");
        }
        part(md, "Situation", s.situation());
        part(md, "Task", s.task());
        part(md, "Action", s.action());
        part(md, "Result", s.result());
        part(md, "Reflection", s.reflection());
    }

    private static void part(StringBuilder md, String heading, String text) {
        if (!text.isBlank()) {
            md.append("### ").append(heading).append("\n\n").append(paragraphs(text)).append("\n\n");
        }
    }

    private static void attempt(StringBuilder md, StoredAttempt stored, ZoneId zone) {
        Attempt a = stored.attempt();
        String bank = a.bankTitle().isBlank() ? a.bankId() : a.bankTitle();
        md.append("## ").append(DATE_TIME.format(a.finishedAt().atZone(zone))).append(" · ").append(inline(bank))
                .append("\n\n");
        md.append(quote(a.prompt())).append("\n\n");
        md.append(a.mode().displayName()).append(" · ").append(clock(a.answerDuration()));
        if (a.targetSeconds() > 0) {
            md.append(" of ").append(clock(Duration.ofSeconds(a.targetSeconds()))).append(" target");
        }
        md.append(" · overall ").append(a.overall() == null ? "not scored"
                : String.format(Locale.ROOT, "%.1f", a.overall()));
        if (stored.revisedAt() != null) {
            md.append(" · revised ").append(DATE_TIME.format(stored.revisedAt().atZone(zone)));
        }
        md.append("\n\n");
        md.append("| Dimension | Score |\n|---|:---:|\n");
        for (Dimension d : Dimension.values()) {
            md.append("| ").append(d.displayName()).append(" | ")
                    .append(a.scores().of(d).map(String::valueOf).orElse("–")).append(" |\n");
        }
        md.append('\n');
        String star = a.star().stream().map(StarElement::displayName).collect(Collectors.joining(", "));
        md.append("STAR: ").append(star.isEmpty() ? "none ticked" : star).append("\n\n");
        md.append("### Answer\n\n").append(a.answerText().isBlank() ? "_No typed answer._" : paragraphs(a.answerText()))
                .append("\n");
        if (!a.notes().isBlank()) {
            md.append("\n### Notes\n\n").append(paragraphs(a.notes())).append("\n");
        }
        if (!stored.followUps().isEmpty()) {
            md.append("\n### Follow-ups\n");
            for (StoredFollowUp f : stored.followUps()) {
                md.append("\n").append(quote(f.prompt())).append("\n\n")
                        .append(f.answerText().isBlank() ? "_No typed answer._" : paragraphs(f.answerText()))
                        .append(" (").append(clock(f.answerDuration())).append(")\n");
            }
        }
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String quote(String text) {
        return text.strip().lines().map(line -> "> " + escape(line)).collect(Collectors.joining("\n"));
    }

    /** Blank lines separate paragraphs; a single line break stays a line break (two trailing spaces). */
    static String paragraphs(String text) {
        return text.strip().replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(line -> line.isBlank() ? "" : escape(line.strip()) + "  ")
                .collect(Collectors.joining("\n"))
                .replaceAll(" {2}\n\n", "\n\n")
                .replaceAll(" {2}$", "");
    }

    /** Text inside a heading or table cell: one line, markup characters escaped. */
    private static String inline(String text) {
        return escape(text.replace('\n', ' ').replace('\r', ' '));
    }

    /** Backslash-escapes characters that Markdown would read as markup, and block markers at line start. */
    static String escape(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (s.startsWith("- ") || s.startsWith("+ ") || s.startsWith("=") || s.startsWith("~")) {
            return "\\" + s;
        }
        // "1. " or "2) " at line start would start a numbered list.
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits + 1 < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')
                && s.charAt(digits + 1) == ' ') {
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }
}
