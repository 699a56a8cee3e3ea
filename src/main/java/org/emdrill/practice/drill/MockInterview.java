package org.emdrill.practice.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.AnswerTimer;
import org.emdrill.practice.QueuedQuestion;
import org.emdrill.practice.Ticker;
import org.emdrill.practice.TimerPhase;
import org.emdrill.practice.TimerSnapshot;

/**
 * A mock interview: for each question PREP → ANSWER → FOLLOW_UP 1..n → (SCORE when scoring after
 * each), then END_SCORING for whatever is still unscored, then SUMMARY. Every timed phase runs on its
 * own {@link AnswerTimer}; the total time runs on a stopwatch from the start until the last question
 * ends, pauses excluded.
 *
 * <p>Time-caused changes (prep running out, the hard limit) are applied on the next call of any
 * method, so the UI simply calls {@link #progress()} every frame. Finished questions are handed out
 * once each by {@link #takeFinished()} for the caller to store. Not thread-safe; one thread drives it.
 */
public final class MockInterview {

    private final DrillConfig config;
    private final List<DrillItem> items;
    private final Ticker ticker;
    private final InstantSource clock;
    private final Stopwatch total;

    private DrillStep step = DrillStep.NOT_STARTED;
    private int position;
    private int followUpIndex;
    private AnswerTimer timer;
    private boolean paused;
    private Instant startedAt;
    private long sessionId;

    public MockInterview(DrillConfig config, List<QueuedQuestion> questions, Ticker ticker, InstantSource clock) {
        this(config, questions, ticker, clock, Duration.ZERO);
    }

    private MockInterview(DrillConfig config, List<QueuedQuestion> questions, Ticker ticker, InstantSource clock,
            Duration elapsed) {
        this.config = Objects.requireNonNull(config, "config");
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a mock interview needs at least one question");
        }
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.total = new Stopwatch(ticker, elapsed);
        List<DrillItem> list = new ArrayList<>();
        for (QueuedQuestion q : questions) {
            list.add(new DrillItem(q, config.targetFor(q.question()), config.followUpsFor(q.question())));
        }
        this.items = List.copyOf(list);
    }

    public DrillConfig config() {
        return config;
    }

    public DrillStep step() {
        sync();
        return step;
    }

    public boolean isPaused() {
        return paused;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The store's id of this interview's session row, 0 until the caller sets it. */
    public long sessionId() {
        return sessionId;
    }

    public void setSessionId(long id) {
        this.sessionId = id;
    }

    public int questionCount() {
        return items.size();
    }

    /** 0-based index of the current question. */
    public int position() {
        return position;
    }

    public Duration elapsed() {
        return total.elapsed();
    }

    public List<DrillQuestion> questions() {
        sync();
        List<DrillQuestion> views = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            views.add(items.get(i).view(i));
        }
        return views;
    }

    public List<String> questionIds() {
        return items.stream().map(i -> i.question().id()).toList();
    }

    /** 0-based positions of the questions the candidate skipped. */
    public Set<Integer> skippedPositions() {
        Set<Integer> skipped = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).status == QuestionStatus.SKIPPED) {
                skipped.add(i);
            }
        }
        return skipped;
    }

    /** Applies time-caused changes and says where the interview is. Call it on every frame. */
    public DrillProgress progress() {
        sync();
        boolean inQuestion = step != DrillStep.NOT_STARTED && step != DrillStep.END_SCORING && !step.isOver();
        DrillItem item = inQuestion ? items.get(position) : null;
        boolean inFollowUp = step == DrillStep.FOLLOW_UP;
        TimerSnapshot t = timer == null ? null : timer.snapshot();
        return new DrillProgress(step, step == DrillStep.NOT_STARTED ? 0 : Math.min(position + 1, items.size()),
                items.size(), inFollowUp ? followUpIndex + 1 : 0, item == null ? 0 : item.followUpCount, paused,
                total.elapsed(), t, item == null ? null : item.queued,
                inFollowUp ? item.question().followUps().get(followUpIndex) : "");
    }

    public void start() {
        requireStep(DrillStep.NOT_STARTED);
        startedAt = clock.instant();
        total.start();
        beginQuestion(0);
    }

    /** Ends the thinking time and starts the answer now. */
    public void skipPrep() {
        sync();
        if (step != DrillStep.PREP) {
            return;
        }
        resumeClocks();
        timer.skipPrep();
        step = DrillStep.ANSWER;
    }

    /**
     * Moves on: ends prep, the answer or the follow-up that is running; leaves the score step (scored
     * or not); ends the final scoring. Does nothing once the interview is over.
     */
    public void next() {
        sync();
        if (step == DrillStep.NOT_STARTED) {
            throw new IllegalStateException("the interview has not started");
        }
        resumeClocks();
        switch (step) {
            case PREP -> skipPrep();
            case ANSWER -> {
                timer.stop();
                answerEnded(timer.snapshot());
            }
            case FOLLOW_UP -> {
                timer.stop();
                followUpEnded(timer.snapshot());
            }
            case SCORE -> {
                items.get(position).finalized = true;
                advance();
            }
            case END_SCORING -> {
                finalizeAnswered();
                step = DrillStep.SUMMARY;
            }
            default -> {
            }
        }
    }

    /** Stops every clock: the phase timer and the total time. */
    public void pause() {
        sync();
        if (paused || !(step.isTimed() || step == DrillStep.SCORE)) {
            return;
        }
        paused = true;
        total.stop();
        if (timer != null) {
            timer.pause();
        }
    }

    public void resume() {
        sync();
        resumeClocks();
    }

    /** Skips the current question while it is prepared or answered: recorded as skipped, not scored. */
    public void skipQuestion() {
        sync();
        if (!step.isTimed()) {
            throw new IllegalStateException("only a question being prepared or answered can be skipped, not in " + step);
        }
        resumeClocks();
        timer.stop();
        timer = null;
        DrillItem item = items.get(position);
        item.status = QuestionStatus.SKIPPED;
        item.finishedAt = clock.instant();
        advance();
    }

    /**
     * Gives up: everything answered so far is kept (the question being answered too, unscored), a
     * question still in prep counts as not reached. The interview is then over.
     */
    public void abandon() {
        sync();
        if (step.isOver()) {
            return;
        }
        resumeClocks();
        if (step == DrillStep.PREP) {
            DrillItem item = items.get(position);
            item.status = QuestionStatus.PENDING;
            item.startedAt = null;
        } else if (step == DrillStep.ANSWER || step == DrillStep.FOLLOW_UP) {
            timer.stop();
            TimerSnapshot t = timer.snapshot();
            DrillItem item = items.get(position);
            if (step == DrillStep.ANSWER) {
                item.prep = t.prepElapsed();
                item.answer = t.answerElapsed();
            } else {
                item.followUpDurations.set(followUpIndex, t.answerElapsed());
            }
            item.status = QuestionStatus.ANSWERED;
            item.finishedAt = clock.instant();
        }
        timer = null;
        total.stop();
        finalizeAnswered();
        step = DrillStep.ABANDONED;
    }

    public boolean isAbandoned() {
        return step == DrillStep.ABANDONED;
    }

    /**
     * Scores an answered question: the current one in the score step, any not yet final one in the
     * final scoring. Scoring again replaces the earlier score.
     */
    public void score(int questionIndex, Scores scores, Set<StarElement> star, String notes) {
        sync();
        if (questionIndex < 0 || questionIndex >= items.size()) {
            throw new IllegalArgumentException("no question " + questionIndex);
        }
        boolean allowed = (step == DrillStep.SCORE && questionIndex == position) || step == DrillStep.END_SCORING;
        DrillItem item = items.get(questionIndex);
        if (!allowed || !item.answered() || item.finalized) {
            throw new IllegalStateException("question " + questionIndex + " cannot be scored now (" + step + ")");
        }
        item.scores = Objects.requireNonNull(scores, "scores");
        item.setStar(star);
        item.notes = notes == null ? "" : notes;
        item.status = QuestionStatus.SCORED;
    }

    /** The text of whatever is being answered: the main answer in prep or answer, else the follow-up. */
    public void typeAnswer(String text) {
        sync();
        DrillItem item = step.isTimed() ? items.get(position) : null;
        if (item == null) {
            throw new IllegalStateException("nothing is being answered in " + step);
        }
        String value = text == null ? "" : text;
        if (step == DrillStep.FOLLOW_UP) {
            item.followUpTexts.set(followUpIndex, value);
        } else {
            item.answerText = value;
        }
    }

    /** Questions that became final since the last call, each handed out once, in interview order. */
    public List<FinishedQuestion> takeFinished() {
        sync();
        List<FinishedQuestion> ready = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DrillItem item = items.get(i);
            if (item.finalized && !item.handedOut) {
                item.handedOut = true;
                ready.add(new FinishedQuestion(i, item.toAttempt(config.mode()), item.followUps()));
            }
        }
        return ready;
    }

    /** Everything needed to resume after a crash; see {@link MockInterviewSnapshot}. */
    public MockInterviewSnapshot snapshot() {
        sync();
        Duration timerPrep = Duration.ZERO;
        Duration timerAnswer = Duration.ZERO;
        if (timer != null) {
            TimerSnapshot t = timer.snapshot();
            timerPrep = t.prepElapsed();
            timerAnswer = t.answerElapsed();
        }
        List<MockInterviewSnapshot.Item> snapshotItems = items.stream().map(MockInterviewSnapshot.Item::of).toList();
        return new MockInterviewSnapshot(config, sessionId, startedAt, step, position, followUpIndex,
                total.elapsed(), timerPrep, timerAnswer, snapshotItems);
    }

    /**
     * Puts an interview back where a snapshot left it. A running phase comes back paused, so the
     * candidate resumes deliberately; the questions are rebuilt from the snapshot (see
     * {@link MockInterviewSnapshot#questions}).
     *
     * @throws IllegalArgumentException when the snapshot contradicts itself (a hand edit); discard it
     */
    public static MockInterview restore(MockInterviewSnapshot s, List<QuestionBank> banks,
            Ticker ticker, InstantSource clock) {
        MockInterview m = new MockInterview(s.config(), s.questions(banks), ticker, clock, s.totalElapsed());
        for (int i = 0; i < m.items.size(); i++) {
            s.items().get(i).applyTo(m.items.get(i));
        }
        m.sessionId = s.sessionId();
        m.startedAt = s.startedAt();
        m.step = s.step();
        m.position = Math.max(0, Math.min(s.position(), m.items.size() - 1));
        m.followUpIndex = s.followUpIndex();
        DrillItem item = m.items.get(m.position);
        for (DrillItem i : m.items) {
            if (i.answered() && (i.startedAt == null || i.finishedAt == null)) {
                i.startedAt = i.startedAt == null ? clock.instant() : i.startedAt;
                i.finishedAt = i.finishedAt == null ? clock.instant() : i.finishedAt;
            }
        }
        if (m.step.isTimed()) {
            item.status = QuestionStatus.IN_PROGRESS;
            item.startedAt = item.startedAt == null ? clock.instant() : item.startedAt;
        }
        if (m.step == DrillStep.FOLLOW_UP && (m.followUpIndex >= item.followUpCount
                || m.followUpIndex >= item.followUpTexts.size())) {
            throw new IllegalArgumentException("the snapshot's follow-up does not match its question");
        }
        switch (m.step) {
            case PREP, ANSWER -> m.timer = AnswerTimer.restored(ticker, s.config().answerTimer(item.question()),
                    s.timerPrep(), s.timerAnswer(), m.step == DrillStep.PREP, false);
            case FOLLOW_UP -> m.timer = AnswerTimer.restored(ticker, s.config().followUpTimer(), Duration.ZERO,
                    s.timerAnswer(), false, false);
            default -> m.timer = null;
        }
        // The restored timer is paused; the interview is paused with it so all clocks agree.
        m.paused = m.step.isTimed() || m.step == DrillStep.SCORE;
        return m;
    }

    private void beginQuestion(int index) {
        position = index;
        DrillItem item = items.get(index);
        item.status = QuestionStatus.IN_PROGRESS;
        item.startedAt = clock.instant();
        timer = new AnswerTimer(ticker, config.answerTimer(item.question()));
        timer.start();
        step = timer.phase() == TimerPhase.PREP ? DrillStep.PREP : DrillStep.ANSWER;
    }

    private void answerEnded(TimerSnapshot t) {
        DrillItem item = items.get(position);
        item.prep = t.prepElapsed();
        item.answer = t.answerElapsed();
        if (item.followUpCount > 0) {
            followUpIndex = 0;
            beginFollowUp(item);
        } else {
            questionAnswered(item);
        }
    }

    private void followUpEnded(TimerSnapshot t) {
        DrillItem item = items.get(position);
        item.followUpDurations.set(followUpIndex, t.answerElapsed());
        if (followUpIndex + 1 < item.followUpCount) {
            followUpIndex++;
            beginFollowUp(item);
        } else {
            questionAnswered(item);
        }
    }

    private void beginFollowUp(DrillItem item) {
        item.reachFollowUp();
        timer = new AnswerTimer(ticker, config.followUpTimer());
        timer.start();
        step = DrillStep.FOLLOW_UP;
    }

    private void questionAnswered(DrillItem item) {
        timer = null;
        item.status = QuestionStatus.ANSWERED;
        item.finishedAt = clock.instant();
        if (config.scoring() == ScoringTiming.AFTER_EACH) {
            step = DrillStep.SCORE;
        } else {
            advance();
        }
    }

    private void advance() {
        if (position + 1 < items.size()) {
            beginQuestion(position + 1);
            return;
        }
        timer = null;
        total.stop();
        boolean unscoredLeft = items.stream().anyMatch(i -> i.answered() && !i.finalized);
        step = unscoredLeft ? DrillStep.END_SCORING : DrillStep.SUMMARY;
    }

    private void finalizeAnswered() {
        for (DrillItem item : items) {
            if (item.answered()) {
                item.finalized = true;
            }
        }
    }

    private void resumeClocks() {
        if (!paused) {
            return;
        }
        paused = false;
        total.start();
        if (timer != null) {
            timer.resume();
        }
    }

    /** Applies what time alone changed: prep ran out, an answer hit its hard limit. */
    private void sync() {
        if (timer == null || paused) {
            return;
        }
        TimerSnapshot t = timer.snapshot();
        if (step == DrillStep.PREP && t.phase() == TimerPhase.ANSWERING) {
            step = DrillStep.ANSWER;
        }
        if ((step == DrillStep.PREP || step == DrillStep.ANSWER) && t.phase() == TimerPhase.FINISHED) {
            step = DrillStep.ANSWER;
            answerEnded(t);
            sync();
        } else if (step == DrillStep.FOLLOW_UP && t.phase() == TimerPhase.FINISHED) {
            followUpEnded(t);
            sync();
        }
    }

    private void requireStep(DrillStep expected) {
        if (step != expected) {
            throw new IllegalStateException("expected step " + expected + " but was " + step);
        }
    }
}
