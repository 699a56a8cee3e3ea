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

    static {
        StringJoiner j = new StringJoiner(", ", "a.mode IN (", ")");
        for (AnswerMode m : AnswerMode.values()) {
            j.add("'" + m.id().replace("'", "''") + "'");
        }
        KNOWN_MODE = j.toString();
    }

    private final String where;
    private final List<Object> params;

    private FilterSql(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static FilterSql of(AttemptFilter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        conditions.add(KNOWN_MODE);
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
        for (String term : SearchTerms.split(f.text())) {
            conditions.add("(a.answer_text LIKE ? ESCAPE '\\' OR a.notes LIKE ? ESCAPE '\\')");
            String pattern = SearchTerms.containsPattern(term);
            params.add(pattern);
            params.add(pattern);
        }
        return new FilterSql(String.join(" AND ", conditions), List.copyOf(params));
    }

    /** Every attempt at one question. */
    static FilterSql forQuestion(String questionId) {
        return new FilterSql(KNOWN_MODE + " AND a.question_id = ?", List.of(questionId));
    }

    /** The one attempt with this id. */
    static FilterSql forId(long id) {
        return new FilterSql(KNOWN_MODE + " AND a.id = ?", List.of(id));
    }

    /** The condition, without the word WHERE. */
    String where() {
        return where;
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
