package org.emdrill.practice;

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
import org.emdrill.domain.AttemptDraft;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;

/**
 * Practising one question: show it, time the answer, score it, turn it into an {@link Attempt}.
 * Not thread-safe; the UI drives it from one thread.
 */
public final class QuestionPractice {

    private final QueuedQuestion queued;
    private AnswerTimer timer;
    private final InstantSource clock;

    private SessionPhase phase = SessionPhase.READY;
    private AnswerMode mode;
    private String answerText = "";
    private String notes = "";
    private Scores scores = Scores.none();
    private final EnumSet<StarElement> star = EnumSet.noneOf(StarElement.class);
    private Instant startedAt;
    private Instant finishedAt;
    private long savedId;

    public QuestionPractice(QueuedQuestion queued, AnswerMode mode, TimerSettings timerSettings, Ticker ticker,
            InstantSource clock) {
        this.queued = Objects.requireNonNull(queued);
        this.mode = Objects.requireNonNull(mode);
        this.timer = new AnswerTimer(ticker, timerSettings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Puts an autosaved attempt back on screen, paused, with everything it held. */
    public static QuestionPractice resume(AttemptDraft draft, QueuedQuestion queued, TimerSettings timerSettings,
            Ticker ticker, InstantSource clock) {
        QuestionPractice p = new QuestionPractice(queued, draft.mode(), timerSettings, ticker, clock);
        p.answerText = draft.answerText();
        p.notes = draft.notes();
        p.scores = draft.scores();
        p.star.addAll(draft.star());
        if (draft.startedAt() != null) {
            p.startedAt = draft.startedAt();
            p.timer = AnswerTimer.restored(ticker, timerSettings, draft.prepElapsed(), draft.answerElapsed(),
                    draft.inPrep(), draft.answerFinished());
            p.phase = draft.answerFinished() ? SessionPhase.SCORING : SessionPhase.RUNNING;
            if (draft.answerFinished()) {
                p.finishedAt = draft.savedAt();
            }
        }
        return p;
    }

    /** Everything needed to come back to this attempt after a crash. */
    public AttemptDraft toDraft() {
        TimerSnapshot t = timer.snapshot();
        return new AttemptDraft(queued.bank().id(), queued.bank().title(), question().id(), question().prompt(), mode,
                t.prepElapsed(), t.answerElapsed(), t.phase() == TimerPhase.PREP,
                phase == SessionPhase.SCORING, answerText, notes, scores, star, startedAt, clock.instant());
    }

    /** Whether there is anything worth keeping in a draft. */
    public boolean hasProgress() {
        return phase != SessionPhase.SAVED
                && (phase != SessionPhase.READY || !answerText.isBlank() || !notes.isBlank());
    }

    public QueuedQuestion queued() {
        return queued;
    }

    public Question question() {
        return queued.question();
    }

    public SessionPhase phase() {
        return phase;
    }

    public AnswerMode mode() {
        return mode;
    }

    /** The mode can change until the answer starts. */
    public void setMode(AnswerMode mode) {
        if (phase != SessionPhase.READY) {
            throw new IllegalStateException("the answer mode is fixed once the answer starts");
        }
        this.mode = Objects.requireNonNull(mode);
    }

    public void start() {
        requirePhase(SessionPhase.READY);
        startedAt = clock.instant();
        timer.start();
        phase = SessionPhase.RUNNING;
    }

    public void skipPrep() {
        if (phase == SessionPhase.RUNNING) {
            timer.skipPrep();
        }
    }

    public void togglePause() {
        if (phase != SessionPhase.RUNNING) {
            return;
        }
        if (timer.isPaused()) {
            timer.resume();
        } else {
            timer.pause();
        }
    }

    public boolean isPaused() {
        return phase == SessionPhase.RUNNING && timer.isPaused();
    }

    /** Ends the answer and moves on to scoring. */
    public void stop() {
        if (phase != SessionPhase.RUNNING) {
            return;
        }
        timer.stop();
        finish();
    }

    /**
     * Reads the timer; when it has stopped by itself at the hard limit, moves on to scoring. The UI calls
     * this on every frame.
     */
    public TimerSnapshot tick() {
        TimerSnapshot snapshot = timer.snapshot();
        if (phase == SessionPhase.RUNNING && snapshot.phase() == TimerPhase.FINISHED) {
            finish();
        }
        return snapshot;
    }

    private void finish() {
        finishedAt = clock.instant();
        phase = SessionPhase.SCORING;
    }

    public String answerText() {
        return answerText;
    }

    public void setAnswerText(String text) {
        requireNotSaved();
        answerText = text == null ? "" : text;
    }

    public String notes() {
        return notes;
    }

    public void setNotes(String text) {
        requireNotSaved();
        notes = text == null ? "" : text;
    }

    public Scores scores() {
        return scores;
    }

    /** Sets a dimension's score 1 to 5, or clears it ("not shown") with null. */
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

    /** The dimensions the question targets that have no score yet; saving needs them all. */
    public List<Dimension> missingScores() {
        List<Dimension> missing = new ArrayList<>();
        for (Dimension d : question().dimensions().keySet()) {
            if (scores.of(d).isEmpty()) {
                missing.add(d);
            }
        }
        return missing;
    }

    public OptionalDouble overall() {
        return scores.overall(question().dimensions());
    }

    public boolean canSave() {
        return phase == SessionPhase.SCORING && missingScores().isEmpty();
    }

    /** The attempt to store. Only once scoring is complete. */
    public Attempt toAttempt() {
        if (!canSave()) {
            throw new IllegalStateException("not ready to save: phase " + phase + ", missing " + missingScores());
        }
        TimerSnapshot t = timer.snapshot();
        OptionalDouble overall = overall();
        return new Attempt(0, queued.bank().id(), queued.bank().title(), question().id(), question().prompt(),
                mode, t.prepElapsed(), t.answerElapsed(), question().targetSeconds(), answerText, notes, scores,
                star, overall.isPresent() ? overall.getAsDouble() : null, startedAt, finishedAt);
    }

    public void markSaved(long id) {
        requirePhase(SessionPhase.SCORING);
        savedId = id;
        phase = SessionPhase.SAVED;
    }

    public long savedId() {
        return savedId;
    }

    private void requirePhase(SessionPhase expected) {
        if (phase != expected) {
            throw new IllegalStateException("expected phase " + expected + " but was " + phase);
        }
    }

    private void requireNotSaved() {
        if (phase == SessionPhase.SAVED) {
            throw new IllegalStateException("the attempt is already saved");
        }
    }
}
