package org.emdrill.ui.progress;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.insights.AnswerAnalysis;
import org.emdrill.insights.AnswerAnalytics;

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

    /**
     * One entry per month from {@code months - 1} months before {@code last} up to {@code last}, oldest
     * first, including months without typed answers. Spoken attempts and empty answers are left out.
     * {@link TypedAnswerMonth#answers()} counts every answer; the measures come from the newest
     * {@link #SAMPLE_PER_MONTH} of them.
     */
    public static List<TypedAnswerMonth> byMonth(List<Attempt> attempts, ZoneId zone, YearMonth last, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months);
        }
        YearMonth first = last.minusMonths(months - 1L);
        Totals[] totals = new Totals[months];
        for (int i = 0; i < months; i++) {
            totals[i] = new Totals();
        }
        List<Attempt> newestFirst = new ArrayList<>(attempts);
        newestFirst.sort(java.util.Comparator.comparing(Attempt::finishedAt).reversed());
        for (Attempt a : newestFirst) {
            if (a.mode() != AnswerMode.TYPED || a.answerText().isBlank()) {
                continue;
            }
            YearMonth month = YearMonth.from(a.finishedAt().atZone(zone));
            if (month.isBefore(first) || month.isAfter(last)) {
                continue;
            }
            Totals t = totals[(int) first.until(month, java.time.temporal.ChronoUnit.MONTHS)];
            t.answers++;
            if (t.analysed >= SAMPLE_PER_MONTH) {
                continue;
            }
            AnswerAnalysis analysis = AnswerAnalytics.analyse(a.answerText());
            if (analysis.words() == 0) {
                t.answers--;
                continue;
            }
            t.analysed++;
            t.words += analysis.words();
            t.fillers += analysis.fillers().total();
            t.i += analysis.pronouns().i();
            t.we += analysis.pronouns().we();
        }
        List<TypedAnswerMonth> result = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            result.add(totals[i].toMonth(first.plusMonths(i)));
        }
        return result;
    }

    private static final class Totals {
        int answers;
        int analysed;
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
