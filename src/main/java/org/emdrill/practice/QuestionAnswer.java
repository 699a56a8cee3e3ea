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
import org.emdrill.domain.SignalTicks;
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
    private final AnswerSteps steps;
    private final InstantSource clock;

    private AnswerMode mode;
    private String answerText = "";
    /** One text per follow-up reached; grows with {@link AnswerSteps#followUpsReached()}. */
    private final List<String> followUpTexts = new ArrayList<>();
    private String notes = "";
    private Scores scores = Scores.none();
    private final EnumSet<StarElement> star = EnumSet.noneOf(StarElement.class);
    private SignalTicks ticks = SignalTicks.NONE;
    private long savedId;
    /** The spoken answer's WAV under the data folder's {@code recordings/}; null when none was started. */
    private String recordingFile;

    /**
     * @param timedFollowUps how many of the question's follow-ups are asked as timed probes after the
     *                       answer (0 in Practice, where they are shown untimed while scoring)
     */
    public QuestionAnswer(QueuedQuestion queued, AnswerMode mode, TimerSettings answerTimer, int timedFollowUps,
            TimerSettings followUpTimer, Ticker ticker, InstantSource clock) {
        this.queued = Objects.requireNonNull(queued, "queued");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.steps = new AnswerSteps(Objects.requireNonNull(answerTimer, "answerTimer"),
                Math.max(0, Math.min(timedFollowUps, queued.question().followUps().size())),
                Objects.requireNonNull(followUpTimer, "followUpTimer"), Objects.requireNonNull(ticker, "ticker"),
                Objects.requireNonNull(clock, "clock"));
        this.clock = clock;
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
        a.answerText = d.answerText();
        a.followUpTexts.addAll(d.followUpTexts());
        a.notes = d.notes();
        a.scores = d.scores();
        a.star.addAll(d.star());
        a.ticks = d.ticks();
        a.recordingFile = d.recordingFile();
        a.steps.restore(d);
        return a;
    }

    /** Everything needed to come back to this answer after a crash. */
    public AnswerDraft toDraft() {
        steps.sync();
        Question q = question();
        return new AnswerDraft(queued.bank().id(), queued.bank().title(), q.id(), q.prompt(), q.followUps(),
                q.dimensions(), (int) steps.target().toSeconds(), mode, steps.lastPhase(), steps.prepNow(),
                steps.answerNow(), steps.followUpIndex(), followUpTexts(), steps.followUpsNow(), answerText, notes,
                scores, star, steps.startedAt(), steps.finishedAt(), clock.instant(), 0, null, ticks, recordingFile);
    }

    /** Whether there is anything worth keeping in a draft. */
    public boolean hasProgress() {
        AnswerPhase phase = steps.lastPhase();
        return phase != AnswerPhase.SAVED
                && (phase != AnswerPhase.READY || !answerText.isBlank() || !notes.isBlank());
    }

    // ---------------------------------------------------------------- the clock (see AnswerSteps)

    public void start() {
        steps.start();
    }

    /** Ends the thinking time and starts the answer now. */
    public void skipPrep() {
        steps.skipPrep();
    }

    /**
     * Moves on one step: prep to the answer, the answer to the first timed follow-up (or to scoring), a
     * follow-up to the next one (or to scoring). Does nothing outside the timed phases.
     */
    public void next() {
        steps.next();
    }

    /** Ends the whole answering now, follow-ups included, and moves to scoring. */
    public void finishAnswering() {
        steps.finishAnswering();
    }

    public void pause() {
        steps.pause();
    }

    public void resume() {
        steps.resume();
    }

    public void togglePause() {
        if (isPaused()) {
            resume();
        } else {
            pause();
        }
    }

    public boolean isPaused() {
        return steps.isPaused();
    }

    /** Applies what time alone changed and says where the answer is; call it on every frame. */
    public AnswerReading reading() {
        return steps.reading(question().followUps());
    }

    public AnswerPhase phase() {
        return steps.phase();
    }

    /** The follow-up texts, one for each follow-up reached so far. */
    private List<String> followUpTexts() {
        while (followUpTexts.size() < steps.followUpsReached()) {
            followUpTexts.add("");
        }
        return followUpTexts;
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
        if (steps.lastPhase() != AnswerPhase.READY) {
            throw new IllegalStateException("the answer mode is fixed once the answer starts");
        }
        this.mode = Objects.requireNonNull(newMode);
    }

    /** The text of what is being answered now: the follow-up in a follow-up, else the main answer. */
    public String currentText() {
        return steps.phase() == AnswerPhase.FOLLOW_UP ? followUpTexts().get(steps.followUpIndex()) : answerText;
    }

    /** Types into what is being answered now; see {@link #currentText()}. */
    public void typeCurrent(String text) {
        AnswerPhase phase = steps.phase();
        requireNotSaved();
        String value = text == null ? "" : text;
        if (phase == AnswerPhase.FOLLOW_UP) {
            followUpTexts().set(steps.followUpIndex(), value);
        } else {
            answerText = value;
        }
    }

    public String answerText() {
        return answerText;
    }

    /** The recording of this spoken answer (relative to {@code recordings/}); null when none was started. */
    public String recordingFile() {
        return recordingFile;
    }

    /** Names the file the answer is being recorded to, so a draft written meanwhile keeps it. */
    public void setRecordingFile(String file) {
        requireNotSaved();
        recordingFile = file == null || file.isBlank() ? null : file;
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
        List<String> texts = followUpTexts();
        for (int i = 0; i < texts.size(); i++) {
            list.add(new FollowUpAnswer(i, question().followUps().get(i), texts.get(i), steps.followUpDuration(i)));
        }
        return list;
    }

    public Duration prepDuration() {
        return steps.prepDuration();
    }

    public Duration answerDuration() {
        return steps.answerDuration();
    }

    public Duration target() {
        return steps.target();
    }

    public Instant startedAt() {
        return steps.startedAt();
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

    /** The signals and red flags the candidate ticked as shown in the answer. */
    public SignalTicks ticks() {
        return ticks;
    }

    public void setTicks(SignalTicks newTicks) {
        requireNotSaved();
        ticks = newTicks == null ? SignalTicks.NONE : newTicks;
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
            throw new IllegalStateException("the answer is not over: " + steps.lastPhase());
        }
        OptionalDouble o = overall();
        return new Attempt(0, queued.bank().id(), queued.bank().title(), question().id(), question().prompt(), mode,
                steps.prepDuration(), steps.answerDuration(), (int) steps.target().toSeconds(), answerText, notes,
                scores, star, o.isPresent() ? o.getAsDouble() : null, steps.startedAt(), steps.finishedAt());
    }

    public void markSaved(long id) {
        if (phase() != AnswerPhase.SCORING) {
            throw new IllegalStateException("only a scored answer can be saved, not in " + steps.lastPhase());
        }
        savedId = id;
        steps.markSaved();
    }

    public long savedId() {
        return savedId;
    }

    private void requireNotSaved() {
        if (steps.lastPhase() == AnswerPhase.SAVED) {
            throw new IllegalStateException("the attempt is already saved");
        }
    }
}
