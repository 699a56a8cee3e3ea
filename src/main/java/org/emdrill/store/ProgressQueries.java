package org.emdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.schedule.DimensionAverages;

/**
 * What the Progress screen needs, computed in SQLite: sums, counts and a few hundred rows come back,
 * never every attempt, so a recompute over ten years of practice reads no more into Java than one over
 * two. Blocking; run on the background worker.
 *
 * <p>An attempt dated after {@code now} (plus one minute of grace: saved while the clock was wrong)
 * counts as finished now, as {@code insights.FutureDates} does for lists of attempts.
 */
public final class ProgressQueries {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final Database db;

    public ProgressQueries(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** How many attempts there are and when the newest one not dated in the future finished (null without). */
    public record Totals(int attempts, Instant lastPractised) {
    }

    /** One bank's scores on one dimension, and the title saved with the bank's newest attempt. */
    public record BankScores(String bankId, String title, Map<Dimension, Long> sums, Map<Dimension, Integer> counts) {
    }

    /** One point of a dimension's moving average: the score of one attempt and the mean up to it. */
    public record TrendRow(long attemptId, Instant finishedAt, int score, double average, int samples) {
    }

    /** One timed answer. */
    public record TimedRow(long attemptId, Instant finishedAt, long answerMillis, int targetSeconds) {
    }

    /** The timed answers: how many, how many ran over, and the newest few, oldest first. */
    public record Timing(int count, int overTarget, List<TimedRow> newest) {
    }

    /** A question's most recent scored attempt. */
    public record LatestScored(String questionId, String bankId, String prompt, double overall, long attemptId,
                               Instant finishedAt) {
    }

    public Totals totals(Instant now) {
        return db.withConnection(c -> {
            int count;
            try (PreparedStatement ps = c.prepareStatement("SELECT TOTAL(a.n) FROM progress_questions a WHERE "
                    + FilterSql.KNOWN_MODE);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = (int) rs.getDouble(1);
            }
            // Walks the newest-first index from now backwards and stops at the first row.
            try (PreparedStatement ps = c.prepareStatement("SELECT a.finished_at FROM attempts a WHERE a.finished_at <= ?"
                    + " AND +" + FilterSql.KNOWN_MODE + " ORDER BY a.finished_at DESC, a.id DESC LIMIT 1")) {
                ps.setString(1, StoredValues.instant(now.plus(GRACE)));
                try (ResultSet rs = ps.executeQuery()) {
                    String last = rs.next() ? rs.getString(1) : null;
                    return new Totals(count, last == null ? null : StoredValues.parseInstant(last).orElse(null));
                }
            }
        });
    }

    /** How often each question was answered, by question id. */
    public Map<String, Integer> attemptsPerQuestion() {
        return db.withConnection(c -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.question_id, SUM(a.n) FROM progress_questions a"
                    + " WHERE " + FilterSql.KNOWN_MODE + " GROUP BY a.question_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    /**
     * Attempts per local day in {@code zone}, folded from the hourly totals ({@link ProgressCalendar});
     * a future-dated attempt counts on today.
     */
    public TreeMap<LocalDate, Integer> attemptsPerDay(ZoneId zone, Instant now) {
        return db.withConnection(c -> ProgressCalendar.perDay(c, zone, now.plus(GRACE), LocalDate.ofInstant(now, zone)));
    }

    /** Each bank's scores per dimension, banks with attempts but no scores included (with none). */
    public List<BankScores> bankScores() {
        return db.withConnection(c -> {
            Map<String, EnumMap<Dimension, Long>> sums = new LinkedHashMap<>();
            Map<String, EnumMap<Dimension, Integer>> counts = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.bank_id, a.dimension, SUM(a.total), SUM(a.n)"
                    + " FROM progress_scores a WHERE " + FilterSql.KNOWN_MODE + " GROUP BY a.bank_id, a.dimension");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Dimension> d = Dimension.fromId(rs.getString(2));
                    if (d.isPresent()) {
                        sums.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Dimension.class)).put(d.get(), rs.getLong(3));
                        counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Dimension.class)).put(d.get(), rs.getInt(4));
                    }
                }
            }
            // The newest-first index, named: left to itself the driver's SQLite sorts every attempt per bank.
            List<BankScores> banks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT a.bank_id FROM progress_questions a"
                    + " WHERE " + FilterSql.KNOWN_MODE);
                    PreparedStatement title = c.prepareStatement("SELECT a.bank_title FROM attempts a INDEXED BY attempts_newest_first"
                            + " WHERE a.bank_id = ?"
                            + " AND +" + FilterSql.KNOWN_MODE + " ORDER BY a.finished_at DESC, a.id DESC LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String bank = rs.getString(1);
                    title.setString(1, bank);
                    String t = "";
                    try (ResultSet tr = title.executeQuery()) {
                        if (tr.next()) {
                            t = tr.getString(1);
                        }
                    }
                    banks.add(new BankScores(bank, t.isBlank() ? bank : t, sums.getOrDefault(bank, new EnumMap<>(Dimension.class)),
                            counts.getOrDefault(bank, new EnumMap<>(Dimension.class))));
                }
            }
            return banks;
        });
    }

    /** The means over the newest {@code n} attempts. */
    public DimensionAverages newest(int n) {
        return db.withConnection(c -> {
            EnumMap<Dimension, Long> sums = new EnumMap<>(Dimension.class);
            EnumMap<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT s.dimension, SUM(s.score), COUNT(*)"
                    + " FROM attempt_scores s WHERE s.attempt_id IN (SELECT a.id FROM attempts a WHERE +"
                    + FilterSql.KNOWN_MODE + " ORDER BY a.finished_at DESC, a.id DESC LIMIT ?) GROUP BY s.dimension")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Optional<Dimension> d = Dimension.fromId(rs.getString(1));
                        if (d.isPresent()) {
                            sums.put(d.get(), rs.getLong(2));
                            counts.put(d.get(), rs.getInt(3));
                        }
                    }
                }
            }
            return DimensionAverages.fromSums(sums, counts);
        });
    }

    /**
     * A dimension's moving average over the last {@code window} scores, oldest first, at most
     * {@code maxPoints} points spread over the history (the first and last kept): a line of 160 points
     * looks the same as one of 100,000. See {@link TrendLine}.
     */
    public List<TrendRow> trend(Dimension dimension, int window, int maxPoints, Instant now) {
        if (window < 1 || maxPoints < 2) {
            throw new IllegalArgumentException("window " + window + ", maxPoints " + maxPoints);
        }
        return db.withConnection(c -> new TrendLine(c, dimension, window, now, GRACE).rows(maxPoints));
    }

    /** The timed answers (target above 0): counts over all, and the newest {@code newest}, oldest first. */
    public Timing timing(int newest, Instant now) {
        return db.withConnection(c -> {
            int count;
            int over;
            try (PreparedStatement ps = c.prepareStatement("SELECT TOTAL(a.timed), TOTAL(a.over_target)"
                    + " FROM progress_questions a WHERE " + FilterSql.KNOWN_MODE);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = (int) rs.getDouble(1);
                over = (int) rs.getDouble(2);
            }
            List<TimedRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.finished_at, a.answer_ms, a.target_seconds"
                    + " FROM attempts a WHERE +" + FilterSql.KNOWN_MODE + " AND a.target_seconds > 0"
                    + " ORDER BY a.finished_at DESC, a.id DESC LIMIT ?")) {
                ps.setInt(1, newest);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(0, new TimedRow(rs.getLong(1), asOf(rs.getString(2), now), rs.getLong(3), rs.getInt(4)));
                    }
                }
            }
            return new Timing(count, over, rows);
        });
    }

    /** Each question's most recent scored attempt whose overall score is below {@code below}. */
    public List<LatestScored> latestScoredBelow(double below, Instant now) {
        return db.withConnection(c -> {
            List<long[]> ids = new ArrayList<>();
            // One short walk of the by-question index per question answered: a few dozen rows, not all.
            try (PreparedStatement questions = c.prepareStatement("SELECT DISTINCT a.question_id FROM progress_questions a"
                    + " WHERE " + FilterSql.KNOWN_MODE);
                    PreparedStatement latest = c.prepareStatement("SELECT a.id, a.overall FROM attempts a"
                            + " WHERE a.question_id = ? AND +" + FilterSql.KNOWN_MODE + " AND a.overall IS NOT NULL"
                            + " ORDER BY a.finished_at DESC, a.id DESC LIMIT 1");
                    ResultSet rs = questions.executeQuery()) {
                while (rs.next()) {
                    latest.setString(1, rs.getString(1));
                    try (ResultSet row = latest.executeQuery()) {
                        if (row.next() && row.getDouble(2) < below) {
                            ids.add(new long[] {row.getLong(1)});
                        }
                    }
                }
            }
            List<LatestScored> low = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT question_id, bank_id, prompt, overall, id, finished_at"
                    + " FROM attempts WHERE id = ?")) {
                for (long[] id : ids) {
                    ps.setLong(1, id[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            low.add(new LatestScored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                                    rs.getLong(5), asOf(rs.getString(6), now)));
                        }
                    }
                }
            }
            return low;
        });
    }

    private static Instant asOf(String stored, Instant now) {
        Instant at = StoredValues.parseInstant(stored).orElse(now);
        return at.isAfter(now.plus(GRACE)) ? now : at;
    }
}
