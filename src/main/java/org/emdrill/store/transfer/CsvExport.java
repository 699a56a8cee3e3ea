package org.emdrill.store.transfer;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.emdrill.store.StoredAttempt;

/**
 * Writes attempts as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, a field with a
 * comma, quote or line break is quoted and quotes are doubled), one header row, one row per attempt.
 *
 * <p>A cell that starts with {@code = + - @}, a tab or a carriage return gets a leading single quote,
 * so a spreadsheet shows it as text instead of running it as a formula (an answer that starts with
 * "=HYPERLINK(…)" must not become a link). Times are ISO-8601 UTC; durations are seconds with
 * millisecond decimals; the five dimension columns are empty where a dimension was not scored.
 */
public final class CsvExport {

    public static final List<String> HEADER = header();

    private CsvExport() {
    }

    public static void write(List<StoredAttempt> attempts, Writer out) throws IOException {
        writeRow(out, HEADER);
        for (StoredAttempt stored : attempts) {
            writeRow(out, row(stored));
        }
        out.flush();
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("id", "started_at", "finished_at", "bank_id", "bank_title",
                "question_id", "prompt", "mode", "prep_seconds", "answer_seconds", "target_seconds", "overall"));
        for (Dimension d : Dimension.values()) {
            h.add(d.id());
        }
        h.addAll(List.of("star", "answer_text", "notes", "revised_at", "session_id", "follow_ups"));
        return List.copyOf(h);
    }

    private static List<String> row(StoredAttempt stored) {
        Attempt a = stored.attempt();
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(Long.toString(a.id()));
        r.add(a.startedAt().toString());
        r.add(a.finishedAt().toString());
        r.add(a.bankId());
        r.add(a.bankTitle());
        r.add(a.questionId());
        r.add(a.prompt());
        r.add(a.mode().id());
        r.add(seconds(a.prepDuration()));
        r.add(seconds(a.answerDuration()));
        r.add(Integer.toString(a.targetSeconds()));
        r.add(a.overall() == null ? "" : String.format(Locale.ROOT, "%.2f", a.overall()));
        for (Dimension d : Dimension.values()) {
            r.add(a.scores().of(d).map(String::valueOf).orElse(""));
        }
        r.add(a.star().stream().map(StarElement::id).collect(Collectors.joining(" ")));
        r.add(a.answerText());
        r.add(a.notes());
        r.add(stored.revisedAt() == null ? "" : stored.revisedAt().toString());
        r.add(stored.session() == null ? "" : Long.toString(stored.session().sessionId()));
        r.add(Integer.toString(stored.followUps().size()));
        return r;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, neutralised against formulas and quoted when needed. */
    static String cell(String value) {
        String v = neutralise(value == null ? "" : value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
