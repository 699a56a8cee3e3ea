package org.emdrill.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.emdrill.domain.AnswerMode;

/**
 * An {@link AttemptFilter} as a SQL condition on {@code attempts a} with its parameters. Every value
 * the user typed goes in as a parameter, never into the SQL text.
 *
 * <p>Text search uses {@code LIKE}, which in SQLite ignores case for ASCII letters only; "Über" does
 * not find "über". A full-text index would need its own table (a migration) and triggers to stay in
 * sync; a scan of 10,000 answers of 300 words stays well under the 100 ms a filter change may take
 * (see docs/decisions/0004-typed-answer-analytics.md).
 */
final class FilterSql {

    /** Attempts with a mode this version does not know are left out, as in {@link AttemptRepository}. */
    static final String KNOWN_MODE;

    /**
     * The same condition in a form that cannot use the {@code attempts_by_mode} index (the unary plus):
     * for queries in time order. Offered that index for "every known mode", SQLite would read every row
     * through it and sort them, instead of walking {@code attempts_newest_first} and stopping after a
     * page. Counts use the plain form, which the index answers without reading any row.
     */
    private static final String KNOWN_MODE_IN_ORDER;

    static {
        StringJoiner j = new StringJoiner(", ", "a.mode IN (", ")");
        for (AnswerMode m : AnswerMode.values()) {
            j.add("'" + m.id().replace("'", "''") + "'");
        }
        KNOWN_MODE = j.toString();
        KNOWN_MODE_IN_ORDER = "+" + KNOWN_MODE;
    }

    /** The conditions after the known-mode one, each starting with " AND ", or empty. */
    private final String rest;
    private final List<Object> params;

    private FilterSql(String rest, List<Object> params) {
        this.rest = rest;
        this.params = params;
    }

    static FilterSql of(AttemptFilter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!f.bankIds().isEmpty()) {
            StringJoiner in = new StringJoiner(", ", "a.bank_id IN (", ")");
            for (String id : f.bankIds()) {
                in.add("?");
                params.add(id);
            }
            conditions.add(in.toString());
        }
        if (!f.questionText().isEmpty()) {
            conditions.add("a.prompt LIKE ? ESCAPE '\\'");
            params.add(SearchTerms.containsPattern(f.questionText()));
        }
        if (f.from() != null) {
            conditions.add("a.finished_at >= ?");
            params.add(StoredValues.instant(f.from()));
        }
        if (f.to() != null) {
            conditions.add("a.finished_at < ?");
            params.add(StoredValues.instant(f.to()));
        }
        if (f.mode() != null) {
            conditions.add("a.mode = ?");
            params.add(f.mode().id());
        }
        if (f.overall() != null) {
            conditions.add("a.overall BETWEEN ? AND ?");
            params.add(f.overall().min());
            params.add(f.overall().max());
        }
        if (f.dimension() != null) {
            conditions.add("EXISTS (SELECT 1 FROM attempt_scores s WHERE s.attempt_id = a.id"
                    + " AND s.dimension = ? AND s.score BETWEEN ? AND ?)");
            params.add(f.dimension().id());
            params.add(f.dimensionRange().min());
            params.add(f.dimensionRange().max());
        }
        if (f.storyId() != null) {
            conditions.add("a.story_id = ?");
            params.add(f.storyId());
        }
        for (String term : SearchTerms.split(f.text())) {
            conditions.add("(a.answer_text LIKE ? ESCAPE '\\' OR a.notes LIKE ? ESCAPE '\\')");
            String pattern = SearchTerms.containsPattern(term);
            params.add(pattern);
            params.add(pattern);
        }
        StringBuilder rest = new StringBuilder();
        conditions.forEach(c -> rest.append(" AND ").append(c));
        return new FilterSql(rest.toString(), List.copyOf(params));
    }

    /** Every attempt at one question. */
    static FilterSql forQuestion(String questionId) {
        return new FilterSql(" AND a.question_id = ?", List.of(questionId));
    }

    /** The one attempt with this id. */
    static FilterSql forId(long id) {
        return new FilterSql(" AND a.id = ?", List.of(id));
    }

    /** The condition, without the word WHERE, for reading rows (in time order or any other). */
    String where() {
        return KNOWN_MODE_IN_ORDER + rest;
    }

    /** The same condition for {@code COUNT(*)}: the known-mode part can be answered from an index. */
    String countWhere() {
        return KNOWN_MODE + rest;
    }

    /** Binds the parameters from position {@code first}; returns the next free position. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
