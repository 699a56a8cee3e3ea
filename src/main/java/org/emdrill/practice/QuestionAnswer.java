package org.emdrill.practice;

import org.emdrill.domain.QueuedQuestion;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;

/**
 * Answering one question, the core that Practice and Mock interview share: READY → PREP → ANSWER →
 * FOLLOW_UP 1..n → SCORING → SAVED. The main answer and each timed follow-up run on their own
 * {@link AnswerTimer}; untimed follow-ups (Practice) are simply shown once the answer is over.
 *
 * <p>Time-caused changes (prep running out, a hard limit) are applied on the next call of any reading
 * method, so a screen just calls {@link #reading()} on every frame. Not thread-safe; one thread drives it.
 */
public final class QuestionAnswer {

    private final QueuedQuestion queued;
    private final TimerSettings answerTimer;
    private final TimerSettings followUpTimer;
    private final int timedFollowUps;
    private final Ticker ticker;
    private final InstantSource clock;

    private AnswerPhase phase = AnswerPhase.READY;
    private AnswerMode mode;
    private AnswerTimer timer;
    private boolean stoppedAtHardLimit;
    private int followUpIndex;
    private String answerText = "";
    private Duration prep = Duration.ZERO;
    private Duration answer = Duration.ZERO;
    private final List<String> followUpTexts = new ArrayList<>();
    private final List<Duration> followUpDurations = new ArrayList<>();
    private String notes = "";
    private Scores scores = Scores.none();
    private final EnumSet<StarElement> star = EnumSet.noneOf(StarElement.class);
    private Instant startedAt;
    private Instant finishedAt;
    private long savedId;

    /**
     * @param timedFollowUps how many of the question's follow-ups are asked as timed probes after the
     *                       answer (0 in Practice, where they are shown untimed while scoring)
     */
    public QuestionAnswer(QueuedQuestion queued, AnswerMode mode, TimerSettings answerTimer, int timedFollowUps,
            TimerSettings followUpTimer, Ticker ticker, InstantSource clock) {
        this.queued = Objects.requireNonNull(queued, "queued");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.answerTimer = Objects.requireNonNull(answerTimer, "answerTimer");
        this.followUpTimer = Objects.requireNonNull(followUpTimer, "followUpTimer");
        this.timedFollowUps = Math.max(0, Math.min(timedFollowUps, queued.question().followUps().size()));
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Practice's kind: no timed follow-ups. */
    public static QuestionAnswer untimedFollowUps(QueuedQuestion queued, AnswerMode mode, TimerSettings answerTimer,
            Ticker ticker, InstantSource clock) {
        return new QuestionAnswer(queued, mode, answerTimer, 0, answerTimer, ticker, clock);
    }

    /**
     * Puts a draft back on screen. A running clock comes back paused, so the candidate resumes
     * deliberately rather than finding that time ran on while the app was closed.
     *
     * @throws IllegalArgumentException when the draft does not fit the question (a hand edit)
     */
    public static QuestionAnswer restore(AnswerDraft d, QueuedQuestion queued, TimerSettings answerTimer,
            int timedFollowUps, TimerSettings followUpTimer, Ticker ticker, InstantSource clock) {
        QuestionAnswer a = new QuestionAnswer(queued, d.mode(), answerTimer, timedFollowUps, followUpTimer, ticker,
                clock);
        if (d.followUpTexts().size() > queued.question().followUps().size()) {
            throw new IllegalArgumentException("the draft has more follow-up answers than its question has follow-ups");
        }
        a.phase = d.phase() == AnswerPhase.SAVED ? AnswerPhase.SCORING : d.phase();
        a.answerText = d.answerText();
        a.prep = d.prepElapsed();
        a.answer = d.answerElapsed();
        a.followUpTexts.addAll(d.followUpTexts());
        a.followUpDurations.addAll(d.followUpDurations());
        a.followUpIndex = d.followUpIndex();
        a.notes = d.notes();
        a.scores = d.scores();
        a.star.addAll(d.star());
        a.startedAt = d.startedAt();
        a.finishedAt = d.finishedAt();
        switch (a.phase) {
            case PREP, ANSWER -> a.timer = AnswerTimer.restored(ticker, answerTimer, d.prepElapsed(),
                    d.answerElapsed(), a.phase == AnswerPhase.PREP, false);
            case FOLLOW_UP -> a.timer = AnswerTimer.restored(ticker, followUpTimer, Duration.ZERO,
                    d.followUpDurations().get(d.followUpIndex()), false, false);
            default -> a.timer = null;
        }
        if (a.phase.isTimed() && a.startedAt == null) {
            a.startedAt = clock.instant();
        }
        if (a.phase.isAnswered() && a.finishedAt == null) {
            a.finishedAt = d.savedAt() != null ? d.savedAt() : clock.instant();
        }
        return a;
    }

    /** Everything needed to come back to this answer after a crash. */
    public AnswerDraft toDraft() {
        sync();
        Question q = question();
        Duration prepNow = prep;
        Duration answerNow = answer;
        List<Duration> followUpsNow = new ArrayList<>(followUpDurations);
        if (timer != null) {
            TimerSnapshot t = timer.snapshot();
            if (phase == AnswerPhase.FOLLOW_UP) {
                followUpsNow.set(followUpIndex, t.answerElapsed());
            } else {
                prepNow = t.prepElapsed();
                answerNow = t.answerElapsed();
            }
        }
        return new AnswerDraft(queued.bank().id(), queued.bank().title(), q.id(), q.prompt(), q.followUps(),
                q.dimensions(), (int) answerTimer.target().toSeconds(), mode, phase, prepNow, answerNow,
                followUpIndex, followUpTexts, followUpsNow, answerText, notes, scores, star, startedAt, finishedAt,
                clock.instant(), 0);
    }

    /** Whether there is anything worth keeping in a draft. */
    public boolean hasProgress() {
        return phase != AnswerPhase.SAVED
                && (phase != AnswerPhase.READY || !answerText.isBlank() || !notes.isBlank());
    }

    // ---------------------------------------------------------------- the clock

    public void start() {
        if (phase != AnswerPhase.READY) {
            throw new IllegalStateException("the answer has already started (" + phase + ")");
        }
        startedAt = clock.instant();
        timer = new AnswerTimer(ticker, answerTimer);
        timer.start();
        phase = timer.phase() == TimerPhase.PREP ? AnswerPhase.PREP : AnswerPhase.ANSWER;
    }

    /** Ends the thinking time and starts the answer now. */
    public void skipPrep() {
        sync();
        if (phase == AnswerPhase.PREP) {
            timer.skipPrep();
            phase = AnswerPhase.ANSWER;
        }
    }

    /**
     * Moves on one step: prep to the answer, the answer to the first timed follow-up (or to scoring), a
     * follow-up to the next one (or to scoring). Does nothing outside the timed phases.
     */
    public void next() {
        sync();
        switch (phase) {
            case PREP -> skipPrep();
            case ANSWER -> {
                timer.stop();
                answerEnded(timer.snapshot());
            }
            case FOLLOW_UP -> {
                timer.stop();
                followUpEnded(timer.snapshot());
            }
            default -> {
            }
        }
    }

    /** Ends the whole answering now, follow-ups included, and moves to scoring. */
    public void finishAnswering() {
        sync();
        if (!phase.isTimed()) {
            return;
        }
        timer.stop();
        TimerSnapshot t = timer.snapshot();
        if (phase == AnswerPhase.FOLLOW_UP) {
            followUpDurations.set(followUpIndex, t.answerElapsed());
        } else {
            prep = t.prepElapsed();
            answer = t.answerElapsed();
        }
        answered();
    }

    public void pause() {
        sync();
        if (timer != null && phase.isTimed()) {
            timer.pause();
        }
    }

    public void resume() {
        if (timer != null && phase.isTimed()) {
            timer.resume();
        }
        sync();
    }

    public void togglePause() {
        if (isPaused()) {
            resume();
        } else {
            pause();
        }
    }

    public boolean isPaused() {
        return timer != null && phase.isTimed() && timer.isPaused();
    }

    /** Applies what time alone changed and says where the answer is; call it on every frame. */
    public AnswerReading reading() {
        sync();
        TimerSnapshot t = timer == null ? null : timer.snapshot();
        boolean inFollowUp = phase == AnswerPhase.FOLLOW_UP;
        return new AnswerReading(phase, t, isPaused(), stoppedAtHardLimit, inFollowUp ? followUpIndex + 1 : 0,
                timedFollowUps, inFollowUp ? question().followUps().get(followUpIndex) : "",
                answerTimer.target(), answer);
    }

    public AnswerPhase phase() {
        sync();
        return phase;
    }

    private void sync() {
        if (timer == null || !phase.isTimed() || timer.isPaused()) {
            return;
        }
        TimerSnapshot t = timer.snapshot();
        if (phase == AnswerPhase.PREP && t.phase() == TimerPhase.ANSWERING) {
            phase = AnswerPhase.ANSWER;
        }
        if ((phase == AnswerPhase.PREP || phase == AnswerPhase.ANSWER) && t.phase() == TimerPhase.FINISHED) {
            stoppedAtHardLimit = t.stoppedAtHardLimit();
            answerEnded(t);
            sync();
        } else if (phase == AnswerPhase.FOLLOW_UP && t.phase() == TimerPhase.FINISHED) {
            followUpEnded(t);
            sync();
        }
    }

    private void answerEnded(TimerSnapshot t) {
        prep = t.prepElapsed();
        answer = t.answerElapsed();
        if (timedFollowUps > 0) {
            followUpIndex = 0;
            beginFollowUp();
        } else {
            answered();
        }
    }

    private void followUpEnded(TimerSnapshot t) {
        followUpDurations.set(followUpIndex, t.answerElapsed());
        if (followUpIndex + 1 < timedFollowUps) {
            followUpIndex++;
            beginFollowUp();
        } else {
            answered();
        }
    }

    private void beginFollowUp() {
        if (followUpTexts.size() <= followUpIndex) {
            followUpTexts.add("");
            followUpDurations.add(Duration.ZERO);
        }
        timer = new AnswerTimer(ticker, followUpTimer);
        timer.start();
        phase = AnswerPhase.FOLLOW_UP;
    }

    private void answered() {
        timer = null;
        finishedAt = clock.instant();
        phase = AnswerPhase.SCORING;
    }

    // ---------------------------------------------------------------- what was said

    public QueuedQuestion queued() {
        return queued;
    }

    public Question question() {
        return queued.question();
    }

    public AnswerMode mode() {
        return mode;
    }

    /** The mode can change until the answer starts. */
    public void setMode(AnswerMode newMode) {
        if (phase != AnswerPhase.READY) {
            throw new IllegalStateException("the answer mode is fixed once the answer starts");
        }
        this.mode = Objects.requireNonNull(newMode);
    }

    /** The text of what is being answered now: the follow-up in a follow-up, else the main answer. */
    public String currentText() {
        sync();
        return phase == AnswerPhase.FOLLOW_UP ? followUpTexts.get(followUpIndex) : answerText;
    }

    /** Types into what is being answered now; see {@link #currentText()}. */
    public void typeCurrent(String text) {
        sync();
        requireNotSaved();
        String value = text == null ? "" : text;
        if (phase == AnswerPhase.FOLLOW_UP) {
            followUpTexts.set(followUpIndex, value);
        } else {
            answerText = value;
        }
    }

    public String answerText() {
        return answerText;
    }

    public String notes() {
        return notes;
    }

    public void setNotes(String text) {
        requireNotSaved();
        notes = text == null ? "" : text;
    }

    public List<FollowUpAnswer> followUpAnswers() {
        List<FollowUpAnswer> list = new ArrayList<>();
        for (int i = 0; i < followUpTexts.size(); i++) {
            list.add(new FollowUpAnswer(i, question().followUps().get(i), followUpTexts.get(i),
                    followUpDurations.get(i)));
        }
        return list;
    }

    public Duration prepDuration() {
        return prep;
    }

    public Duration answerDuration() {
        return answer;
    }

    public Duration target() {
        return answerTimer.target();
    }

    public Instant startedAt() {
        return startedAt;
    }

    // ---------------------------------------------------------------- scoring

    public Scores scores() {
        return scores;
    }

    /** Sets a dimension's level 1 to 5, or clears it ("not shown") with null. */
    public void setScore(Dimension dimension, Integer score) {
        requireNotSaved();
        scores = scores.with(dimension, score);
    }

    public Set<StarElement> star() {
        return EnumSet.copyOf(star);
    }

    public void setStar(StarElement element, boolean present) {
        requireNotSaved();
        if (present) {
            star.add(element);
        } else {
            star.remove(element);
        }
    }

    /** Replaces the whole scoring at once: levels, STAR ticks and notes. */
    public void score(Scores newScores, Set<StarElement> newStar, String newNotes) {
        requireNotSaved();
        scores = Objects.requireNonNull(newScores, "scores");
        star.clear();
        if (newStar != null) {
            star.addAll(newStar);
        }
        notes = newNotes == null ? "" : newNotes;
    }

    /** The dimensions the question targets that have no level yet. */
    public List<Dimension> missingScores() {
        List<Dimension> missing = new ArrayList<>();
        for (Dimension d : question().dimensions().keySet()) {
            if (scores.of(d).isEmpty()) {
                missing.add(d);
            }
        }
        return missing;
    }

    public boolean isScored() {
        return missingScores().isEmpty() && !question().dimensions().isEmpty();
    }

    public OptionalDouble overall() {
        return scores.overall(question().dimensions());
    }

    /** Practice's rule: saved only once every targeted dimension has a level. */
    public boolean canSave() {
        return phase() == AnswerPhase.SCORING && missingScores().isEmpty();
    }

    /** The attempt to store; its overall is null when no targeted dimension has a level. */
    public Attempt toAttempt() {
        if (!phase().isAnswered()) {
            throw new IllegalStateException("the answer is not over: " + phase);
        }
        OptionalDouble o = overall();
        return new Attempt(0, queued.bank().id(), queued.bank().title(), question().id(), question().prompt(), mode,
                prep, answer, (int) answerTimer.target().toSeconds(), answerText, notes, scores, star,
                o.isPresent() ? o.getAsDouble() : null, startedAt, finishedAt);
    }

    public void markSaved(long id) {
        if (phase() != AnswerPhase.SCORING) {
            throw new IllegalStateException("only a scored answer can be saved, not in " + phase);
        }
        savedId = id;
        phase = AnswerPhase.SAVED;
    }

    public long savedId() {
        return savedId;
    }

    private void requireNotSaved() {
        if (phase == AnswerPhase.SAVED) {
            throw new IllegalStateException("the attempt is already saved");
        }
    }
}
