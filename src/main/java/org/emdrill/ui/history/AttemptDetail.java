package org.emdrill.ui.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.SignalTicks;
import org.emdrill.domain.StarElement;
import org.emdrill.ui.common.Formats;

/**
 * Everything saved with one attempt, worded for the detail pane. Built from the attempt and the
 * current rubric, so a score is explained by what that level means.
 *
 * @param dimensions  every dimension in rubric order, scored or not
 * @param star        every STAR element, ticked or not
 * @param answerText  the typed answer, empty when none was typed
 * @param revisedText "Revised 4 May 2026, 10:15", empty when the scores and notes were never revised
 * @param insight     the typed-answer analytics, null when there is no answer text
 * @param attemptsAtQuestion how many attempts (this one included) answer the same question
 * @param bankQuestion the question as the loaded banks have it now, for its answer guide; null when no
 *                     loaded bank has it any more (a deleted or edited bank)
 * @param ticks       the signals and red flags ticked while scoring, by their words
 */
public record AttemptDetail(
        long id,
        String bankId,
        String questionId,
        String prompt,
        String bankTitle,
        String dateText,
        AnswerMode mode,
        String prepText,
        TargetTime answerTime,
        String overallText,
        List<DimensionLine> dimensions,
        List<StarMark> star,
        String answerText,
        String notes,
        String revisedText,
        AnswerInsight insight,
        int attemptsAtQuestion,
        Question bankQuestion,
        SignalTicks ticks) {

    public AttemptDetail {
        dimensions = List.copyOf(dimensions);
        star = List.copyOf(star);
        ticks = ticks == null ? SignalTicks.NONE : ticks;
    }

    public static AttemptDetail of(Attempt a, Rubric rubric) {
        return of(a, rubric, BankLibrary.empty(), null, 1);
    }

    /** @param revisedAt when the scores or notes were last revised, null when never */
    public static AttemptDetail of(Attempt a, Rubric rubric, BankLibrary library, Instant revisedAt,
                                   int attemptsAtQuestion) {
        return of(a, rubric, library, revisedAt, attemptsAtQuestion, SignalTicks.NONE);
    }

    /** @param ticks the signals and red flags ticked while scoring */
    public static AttemptDetail of(Attempt a, Rubric rubric, BankLibrary library, Instant revisedAt,
                                   int attemptsAtQuestion, SignalTicks ticks) {
        List<DimensionLine> lines = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            Optional<Integer> score = a.scores().of(d);
            lines.add(new DimensionLine(d, score.orElse(null),
                    score.map(level -> rubric.describe(d, level)).orElse("")));
        }
        List<StarMark> marks = new ArrayList<>();
        for (StarElement e : StarElement.values()) {
            marks.add(new StarMark(e, a.star().contains(e)));
        }
        String answer = a.answerText().strip();
        return new AttemptDetail(a.id(), a.bankId(), a.questionId(), a.prompt().strip(), HistoryRow.bankTitle(a.bankTitle(), a.bankId()),
                Formats.dateTime(a.finishedAt()), a.mode(), Formats.clock(a.prepDuration()),
                new TargetTime(a.answerDuration(), a.targetSeconds()), Formats.score(a.overall()),
                lines, marks, answer, a.notes().strip(),
                revisedAt == null ? "" : "Revised " + Formats.dateTime(revisedAt),
                answer.isEmpty() ? null : AnswerInsight.of(answer, a.targetSeconds()), Math.max(1, attemptsAtQuestion),
                library.question(a.questionId()).map(QueuedQuestion::question).orElse(null), ticks);
    }

    /** The question's answer guide is known: a loaded bank still has the question. */
    public boolean questionInBanks() {
        return bankQuestion != null;
    }

    public boolean hasAnswerText() {
        return !answerText.isEmpty();
    }

    /** A spoken answer usually has no text; the pane says so instead of showing an empty box. */
    public boolean spokenWithoutText() {
        return mode == AnswerMode.SPOKEN && answerText.isEmpty();
    }

    public boolean revised() {
        return !revisedText.isEmpty();
    }

    public boolean hasNotes() {
        return !notes.isEmpty();
    }

    /**
     * One dimension's self-score.
     *
     * @param score      1 to 5, null when the dimension was not shown in the answer
     * @param rubricText what the rubric says about that level, empty when not scored or not described
     */
    public record DimensionLine(Dimension dimension, Integer score, String rubricText) {

        public boolean shown() {
            return score != null;
        }

        public String scoreText() {
            return shown() ? score + " / 5" : "not shown";
        }
    }

    public record StarMark(StarElement element, boolean ticked) {
    }
}
