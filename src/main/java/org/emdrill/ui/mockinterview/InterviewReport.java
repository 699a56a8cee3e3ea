package org.emdrill.ui.mockinterview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.AskedQuestion;
import org.emdrill.practice.mockinterview.InterviewSummary;
import org.emdrill.practice.FollowUpAnswer;
import org.emdrill.practice.mockinterview.QuestionStatus;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.Formats;

/**
 * The summary page's content, the same for the interview just finished and for one opened from the
 * list of past interviews: each question's scores and times, the dimension means against the earlier
 * interviews, how the time went and what to practise next. Plain data; the view only lays it out.
 *
 * @param interviewId     the interview's row in the store, whose saved answers the rows open in History;
 *                        0 when it has none
 * @param weakQuestionIds answered questions that scored below 3, worst first
 */
public record InterviewReport(
        long interviewId,
        String title,
        String subtitle,
        boolean abandoned,
        List<Row> rows,
        List<DimensionLine> dimensions,
        List<String> timeNotes,
        List<String> suggestions,
        Optional<Dimension> lowestThisInterview,
        List<String> weakQuestionIds) {

    public InterviewReport {
        rows = List.copyOf(rows);
        dimensions = List.copyOf(dimensions);
        timeNotes = List.copyOf(timeNotes);
        suggestions = List.copyOf(suggestions);
        weakQuestionIds = List.copyOf(weakQuestionIds);
    }

    /** Share of the target below which an answer is called much too short rather than "within target". */
    static final double SHORT_SHARE = 0.4;

    /** One question of the interview. {@code overall} is null when it was not scored. */
    public record Row(int number, String questionId, String prompt, QuestionStatus status, Duration answer, Duration target,
            Double overall, Scores scores, Map<Dimension, Integer> weights) {

        boolean answered() {
            return status == QuestionStatus.ANSWERED || status == QuestionStatus.SCORED;
        }

        /** Its place in the interview, 0-based, as the store keeps it. */
        int position() {
            return number - 1;
        }

        boolean overTarget() {
            return answered() && answer.compareTo(target) > 0;
        }

        /**
         * Much shorter than its target: a story that has its situation, what the candidate did and the result
         * rarely fits in under {@link #SHORT_SHARE} of the time the interviewer planned for it.
         */
        boolean farUnderTarget() {
            return answered() && !target.isZero() && answer.toMillis() < target.toMillis() * SHORT_SHARE;
        }

        /** "2:41 / 2:30", or what became of a question not answered. */
        String timeText() {
            return switch (status) {
                case SKIPPED -> "Skipped";
                case PENDING, IN_PROGRESS -> "Not reached";
                default -> Formats.clock(answer) + " / " + Formats.clock(target);
            };
        }
    }

    /** One dimension's mean in this interview and in the earlier ones; either may be missing. */
    public record DimensionLine(Dimension dimension, OptionalDouble now, OptionalDouble before) {
        OptionalDouble change() {
            return now.isPresent() && before.isPresent()
                    ? OptionalDouble.of(now.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
        }
    }

    /** The report of the interview just over, stored as {@code interviewId}. */
    static InterviewReport of(InterviewSummary summary, long interviewId, String presetName, Instant startedAt) {
        List<Row> rows = new ArrayList<>();
        for (AskedQuestion q : summary.questions()) {
            // Scoring then clearing the card leaves a question "scored" with nothing in it: not scored.
            QuestionStatus status = q.status() == QuestionStatus.SCORED && q.overall() == null
                    ? QuestionStatus.ANSWERED : q.status();
            rows.add(new Row(q.position() + 1, q.queued().question().id(), q.queued().question().prompt(), status,
                    q.answerDuration(), q.target(), q.overall(), q.scores(), q.queued().question().dimensions()));
        }
        return build(interviewId, summary.abandoned(), presetName, startedAt, rows, summary.previousInterviews(),
                summary.totalElapsed(), summary.timeAnswering(), summary.planned());
    }

    /**
     * The report of a stored session.
     *
     * @param promptOf the prompt of a question id, for questions that were skipped or not reached and so
     *                 have no attempt; empty when the question is no longer in any bank
     */
    static InterviewReport of(SessionRepository.SessionDetail detail, DimensionAverages before,
            Function<String, Optional<String>> promptOf) {
        SessionRepository.Session s = detail.session();
        InterviewConfig config = s.config();
        List<Row> rows = new ArrayList<>();
        Duration answering = Duration.ZERO;
        Duration planned = Duration.ZERO;
        for (int i = 0; i < s.questionIds().size(); i++) {
            String id = s.questionIds().get(i);
            final int position = i;
            Optional<SessionRepository.SessionAttempt> saved = detail.attempts().stream()
                    .filter(a -> a.position() == position).findFirst();
            if (saved.isPresent()) {
                var a = saved.get().attempt();
                Duration target = Duration.ofSeconds(a.targetSeconds());
                rows.add(new Row(i + 1, id, a.prompt(), a.overall() == null ? QuestionStatus.ANSWERED
                        : QuestionStatus.SCORED, a.answerDuration(), target, a.overall(), a.scores(), Map.of()));
                answering = answering.plus(a.prepDuration()).plus(a.answerDuration());
                planned = planned.plus(config.prep()).plus(target);
                for (FollowUpAnswer f : saved.get().followUps()) {
                    answering = answering.plus(f.answerDuration());
                    planned = planned.plus(config.followUpTarget());
                }
            } else {
                rows.add(new Row(i + 1, id, promptOf.apply(id).orElse("(this question is no longer in your banks)"),
                        s.skipped().contains(i) ? QuestionStatus.SKIPPED : QuestionStatus.PENDING, Duration.ZERO,
                        Duration.ZERO, null, Scores.none(), Map.of()));
            }
        }
        return build(s.id(), s.state() == SessionRepository.State.ABANDONED, s.preset(), s.startedAt(), rows, before,
                s.total(), answering, planned);
    }

    private static InterviewReport build(long interviewId, boolean abandoned, String presetName, Instant startedAt, List<Row> rows,
            DimensionAverages before, Duration total, Duration answering, Duration planned) {
        List<Scores> scored = rows.stream().filter(r -> r.status() == QuestionStatus.SCORED).map(Row::scores).toList();
        DimensionAverages now = DimensionAverages.of(scored);
        List<DimensionLine> lines = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (now.of(d).isPresent() || before.of(d).isPresent()) {
                lines.add(new DimensionLine(d, now.of(d), before.of(d)));
            }
        }
        long answered = rows.stream().filter(Row::answered).count();
        long skipped = rows.stream().filter(r -> r.status() == QuestionStatus.SKIPPED).count();
        String title = abandoned ? "Interview ended early" : "Interview complete";
        String subtitle = (presetName == null || presetName.isBlank() ? "Mock interview" : presetName)
                + (startedAt == null ? "" : " · " + Formats.dateTime(startedAt))
                + " · " + answered + " of " + rows.size() + " answered" + (abandoned ? ", abandoned" : "")
                + (skipped > 0 ? " · " + skipped + " skipped" : "");
        return new InterviewReport(interviewId, title, subtitle, abandoned, rows, lines,
                timeNotes(rows, total, answering, planned), suggestions(rows, now),
                now.lowestHere(), weakQuestionIds(rows));
    }

    private static List<String> timeNotes(List<Row> rows, Duration total, Duration answering, Duration planned) {
        List<String> notes = new ArrayList<>();
        notes.add("Total time " + Formats.clock(total) + " (pauses not counted).");
        if (!planned.isZero()) {
            // Whole seconds, as the times beside it are shown: "0:18 against 5:00" is 4:42 under, never 4:41.
            Duration diff = Duration.ofSeconds(answering.getSeconds() - planned.getSeconds());
            String how = diff.abs().getSeconds() < 15 ? "right on plan"
                    : Formats.clock(diff.abs()) + (diff.isNegative() ? " under" : " over");
            notes.add("Thinking and answering took " + Formats.clock(answering) + " against a plan of "
                    + Formats.clock(planned) + ": " + how + ".");
        }
        long answered = rows.stream().filter(Row::answered).count();
        long over = rows.stream().filter(Row::overTarget).count();
        long farUnder = rows.stream().filter(Row::farUnderTarget).count();
        if (answered > 0 && over == 0 && farUnder == 0) {
            notes.add(answered == 1 ? "The answer finished within its target." : "Every answer finished within its target.");
        }
        if (over > 0) {
            notes.add(over + " of " + answered + answers(answered) + " ran past the target; practise landing the result sooner.");
        }
        if (farUnder > 0) {
            notes.add(farUnder + " of " + answered + answers(answered) + " used less than "
                    + Math.round(SHORT_SHARE * 100) + "% of the target; a full answer gives the situation, what you did"
                    + " and the result, with numbers.");
        }
        return notes;
    }

    private static String answers(long n) {
        return n == 1 ? " answer" : " answers";
    }

    private static List<String> suggestions(List<Row> rows, DimensionAverages now) {
        List<String> list = new ArrayList<>();
        now.lowestHere().ifPresent(d -> {
            double mean = now.of(d).getAsDouble();
            String value = String.format(Locale.ROOT, "%.1f", mean);
            list.add(mean >= 4.0
                    ? "Strong all round; " + d.displayName() + " was the lowest in this interview (" + value + "). Keep it sharp."
                    : "Practise " + d.displayName() + " next: your lowest in this interview (" + value + ").");
        });
        rows.stream().filter(r -> r.overall() != null && r.overall() < InterviewSummary.WEAK_BELOW)
                .sorted(java.util.Comparator.comparingDouble(Row::overall))
                .forEach(r -> list.add("Answer again: \u201c" + shorten(r.prompt()) + "\u201d ("
                        + Formats.score(r.overall()) + ")."));
        if (rows.stream().anyMatch(r -> r.status() == QuestionStatus.ANSWERED)) {
            list.add("Some answers are not scored; score them right after the next interview to see the trend.");
        }
        if (list.isEmpty()) {
            list.add(rows.stream().anyMatch(Row::answered)
                    ? "Solid all round. Try a Full loop with scoring only at the end."
                    : "Nothing was answered this time.");
        }
        return list;
    }

    private static List<String> weakQuestionIds(List<Row> rows) {
        return rows.stream().filter(r -> r.overall() != null && r.overall() < InterviewSummary.WEAK_BELOW)
                .sorted(java.util.Comparator.comparingDouble(Row::overall)).map(Row::questionId).toList();
    }

    /** True when the row's answer was saved with the interview, so History can open it. */
    boolean opensInHistory(Row row) {
        return interviewId > 0 && row.answered();
    }

    static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87).stripTrailing() + "\u2026";
    }
}
