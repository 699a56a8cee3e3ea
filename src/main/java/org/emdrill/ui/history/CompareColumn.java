package org.emdrill.ui.history;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.insights.AnswerAnalytics;
import org.emdrill.ui.common.Formats;

/**
 * One attempt in the compare view, worded: a column read top to bottom, next to the attempts before
 * and after it at the same question.
 *
 * @param overallChange against the attempt before, e.g. "▲ 0.5"; empty for the first or when either is unscored
 * @param scores        one line per dimension any of the compared attempts scored, in dimension order
 * @param current       true for the attempt opened in the detail
 */
public record CompareColumn(
        long id,
        int number,
        String dateText,
        String overallText,
        String overallChange,
        List<ScoreLine> scores,
        TargetTime time,
        String wordsText,
        String answerText,
        boolean current) {

    public CompareColumn {
        scores = List.copyOf(scores);
    }

    /** Columns for {@code oldestFirst}, marking {@code currentId}. */
    static List<CompareColumn> of(List<Attempt> oldestFirst, long currentId) {
        Set<Dimension> scored = EnumSet.noneOf(Dimension.class);
        oldestFirst.forEach(a -> scored.addAll(a.scores().values().keySet()));
        List<CompareColumn> columns = new ArrayList<>();
        Attempt previous = null;
        for (Attempt a : oldestFirst) {
            List<ScoreLine> lines = new ArrayList<>();
            for (Dimension d : scored) {
                Integer score = a.scores().of(d).orElse(null);
                Integer before = previous == null ? null : previous.scores().of(d).orElse(null);
                lines.add(new ScoreLine(d, score, score == null || before == null ? 0 : score - before));
            }
            String answer = a.answerText().strip();
            int words = AnswerAnalytics.analyse(answer).words();
            columns.add(new CompareColumn(a.id(), columns.size() + 1, Formats.dateTime(a.finishedAt()),
                    Formats.score(a.overall()), change(previous, a), lines,
                    new TargetTime(a.answerDuration(), a.targetSeconds()),
                    answer.isEmpty() ? "No text" : words + (words == 1 ? " word" : " words"),
                    answer, a.id() == currentId));
            previous = a;
        }
        return columns;
    }

    private static String change(Attempt before, Attempt now) {
        if (before == null || before.overall() == null || now.overall() == null) {
            return "";
        }
        double delta = now.overall() - before.overall();
        if (Math.abs(delta) < 0.05) {
            return "= same";
        }
        return String.format(Locale.ROOT, "%s %.1f", delta > 0 ? "▲" : "▼", Math.abs(delta));
    }

    public boolean improved() {
        return overallChange.startsWith("▲");
    }

    public boolean declined() {
        return overallChange.startsWith("▼");
    }

    /**
     * One dimension's score in one attempt.
     *
     * @param score  null when not shown in this attempt
     * @param change against the attempt before, 0 when either did not score it
     */
    public record ScoreLine(Dimension dimension, Integer score, int change) {

        public String scoreText() {
            return score == null ? "–" : score.toString();
        }
    }
}
