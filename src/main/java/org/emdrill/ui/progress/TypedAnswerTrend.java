package org.emdrill.ui.progress;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.insights.AnswerAnalysis;
import org.emdrill.insights.AnswerAnalytics;
import org.emdrill.store.TypedAnswerReads;

/**
 * Typed-answer analytics month by month: how long answers are, how many fillers they carry, and how
 * much the candidate says "I". Sums are pooled per month (fillers over all words, "I" over all
 * pronouns), so one short answer cannot swing a month.
 */
public final class TypedAnswerTrend {

    /**
     * Each month's measures come from at most this many of its newest typed answers: enough for a steady
     * average, and it keeps a recompute quick for someone who types dozens of answers a week.
     */
    public static final int SAMPLE_PER_MONTH = 40;

    private TypedAnswerTrend() {
    }

    /** Where the typed answers come from: the store ({@code store.TypedAnswerReads}) or a list. */
    public interface Source {
        /** How many typed answers with some text finished in [from, to). */
        int count(Instant from, Instant to);

        /** Their texts, newest first, {@code limit} of them from {@code offset}. */
        List<String> newest(Instant from, Instant to, int limit, int offset);
    }

    /** The store's typed answers as a source. */
    public static Source from(TypedAnswerReads reads) {
        return new Source() {
            @Override
            public int count(Instant from, Instant to) {
                return reads.count(from, to);
            }

            @Override
            public List<String> newest(Instant from, Instant to, int limit, int offset) {
                return reads.newest(from, to, limit, offset);
            }
        };
    }

    /**
     * One entry per month from {@code months - 1} months before {@code last} up to {@code last}, oldest
     * first, including months without typed answers. Spoken attempts and empty answers are left out.
     * {@link TypedAnswerMonth#answers()} counts every answer; the measures come from the newest
     * {@link #SAMPLE_PER_MONTH} of them.
     */
    public static List<TypedAnswerMonth> byMonth(List<Attempt> attempts, ZoneId zone, YearMonth last, int months) {
        return byMonth(new ListSource(attempts), zone, last, months);
    }

    /** As {@link #byMonth(List, ZoneId, YearMonth, int)}, reading only each month's count and newest texts. */
    public static List<TypedAnswerMonth> byMonth(Source source, ZoneId zone, YearMonth last, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months);
        }
        YearMonth first = last.minusMonths(months - 1L);
        List<TypedAnswerMonth> result = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            result.add(month(source, from, to).toMonth(month));
        }
        return result;
    }

    private static Totals month(Source source, Instant from, Instant to) {
        Totals t = new Totals();
        t.answers = source.count(from, to);
        // A page at a time, newest first, until the sample is full: an answer of no words is not counted.
        for (int offset = 0; t.analysed < SAMPLE_PER_MONTH && offset < t.answers + t.empty; offset += SAMPLE_PER_MONTH) {
            List<String> page = source.newest(from, to, SAMPLE_PER_MONTH, offset);
            for (int k = 0; k < page.size() && t.analysed < SAMPLE_PER_MONTH; k++) {
                AnswerAnalysis analysis = AnswerAnalytics.analyse(page.get(k));
                if (analysis.words() == 0) {
                    t.answers--;
                    t.empty++;
                    continue;
                }
                t.analysed++;
                t.words += analysis.words();
                t.fillers += analysis.fillers().total();
                t.i += analysis.pronouns().i();
                t.we += analysis.pronouns().we();
            }
            if (page.size() < SAMPLE_PER_MONTH) {
                break;
            }
        }
        return t;
    }

    /** Typed answers from a list already in memory, in the order the store gives them. */
    private record ListSource(List<Attempt> attempts) implements Source {

        @Override
        public int count(Instant from, Instant to) {
            return (int) within(from, to).count();
        }

        @Override
        public List<String> newest(Instant from, Instant to, int limit, int offset) {
            return within(from, to).sorted(Comparator.comparing(Attempt::finishedAt).thenComparing(Attempt::id).reversed())
                    .skip(offset).limit(limit).map(Attempt::answerText).toList();
        }

        private java.util.stream.Stream<Attempt> within(Instant from, Instant to) {
            return attempts.stream().filter(a -> a.mode() == AnswerMode.TYPED && !a.answerText().isBlank()
                    && !a.finishedAt().isBefore(from) && a.finishedAt().isBefore(to));
        }
    }

    private static final class Totals {
        int answers;
        int analysed;
        int empty;
        long words;
        long fillers;
        long i;
        long we;

        TypedAnswerMonth toMonth(YearMonth month) {
            if (answers == 0) {
                return TypedAnswerMonth.none(month);
            }
            return new TypedAnswerMonth(month, answers,
                    OptionalDouble.of(words / (double) analysed),
                    OptionalDouble.of(100.0 * fillers / words),
                    i + we == 0 ? OptionalDouble.empty() : OptionalDouble.of(i / (double) (i + we)));
        }
    }
}
