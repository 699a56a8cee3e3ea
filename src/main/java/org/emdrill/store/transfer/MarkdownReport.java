package org.emdrill.store.transfer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.emdrill.store.StoredAttempt;
import org.emdrill.store.StoredFollowUp;

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
        StringBuilder md = new StringBuilder();
        md.append("# EM Drill practice history\n\n");
        md.append(attempts.size()).append(attempts.size() == 1 ? " attempt" : " attempts")
                .append(" · exported ").append(DATE_TIME.format(generatedAt.atZone(zone))).append("\n");
        for (StoredAttempt a : attempts) {
            md.append("\n---\n\n");
            attempt(md, a, zone);
        }
        return md.toString();
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
