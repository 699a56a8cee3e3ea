package org.emdrill.ui.mockinterview;

import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.practice.Ticker;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.practice.mockinterview.MockInterviewSnapshot;
import org.emdrill.practice.mockinterview.QuestionStatus;
import org.emdrill.store.DraftStore;
import org.emdrill.store.InterviewRecorder;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Formats;
import org.emdrill.ui.common.Notice;

/**
 * A mock interview left by a crash or a closed window: found at start, offered on the Mock interview
 * screen and in the window's banner (so it is seen whichever screen opens), then resumed paused or
 * discarded.
 */
final class InterviewResume {

    private static final System.Logger LOG = System.getLogger(InterviewResume.class.getName());

    private record Resumable(String preset, Set<Integer> saved) {
    }

    /** What {@link #resume} hands back: the interview, its preset's name, its positions already stored. */
    interface Resumed {
        void begin(MockInterview interview, String preset, Set<Integer> alreadySaved);
    }

    private final AppState state;
    private final BackgroundRunner runner;
    private final InterviewRecorder recorder;
    private final SessionRepository sessions;
    private final DraftStore<MockInterviewSnapshot> drafts;
    private final Ticker ticker;
    private final InstantSource clock;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<MockInterviewSnapshot> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Notice notice;

    InterviewResume(AppState state, BackgroundRunner runner, InterviewRecorder recorder, SessionRepository sessions,
            DraftStore<MockInterviewSnapshot> drafts, Ticker ticker, InstantSource clock, Consumer<String> status) {
        this.state = state;
        this.runner = runner;
        this.recorder = recorder;
        this.sessions = sessions;
        this.drafts = drafts;
        this.ticker = ticker;
        this.clock = clock;
        this.status = status;
    }

    /** Reads the snapshot left on disk, if any, and offers it unless an interview is already running. */
    void lookForSnapshot(BooleanSupplier interviewRunning) {
        runner.run(drafts::load, found -> found.ifPresent(s -> {
            if (!interviewRunning.getAsBoolean()) {
                offer(s);
            }
        }), error -> status.accept("An unfinished mock interview could not be read (" + error.getMessage()
                + "); its file is kept in the drafts folder."));
    }

    private void offer(MockInterviewSnapshot s) {
        int number = Math.min(s.position() + 1, s.items().size());
        String where = "question " + number + " of " + s.items().size()
                + (s.startedAt() == null ? "" : ", started " + Formats.dateTime(s.startedAt()));
        text.set("Resume interview (" + where + ")");
        pending.set(s);
        notice = new Notice(Notice.Kind.INFO, "Your unfinished mock interview is kept (" + where
                + "). Resume it or discard it on the Mock interview screen.", "mock_interview");
        state.notices().add(notice);
    }

    /** The offer is gone: resumed, discarded, or a new interview started. */
    void withdraw() {
        pending.set(null);
        if (notice != null) {
            state.notices().remove(notice);
            notice = null;
        }
    }

    void resume(InterviewSetup setup, Resumed then, Consumer<Boolean> busy) {
        MockInterviewSnapshot s = pending.get();
        if (s == null) {
            return;
        }
        withdraw();
        MockInterview m;
        try {
            m = MockInterview.restore(s, state.library().banks(), ticker, clock);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "interview snapshot cannot be resumed: " + e.getMessage());
            runner.run(drafts::setAside, aside -> { }, error -> LOG.log(System.Logger.Level.WARNING,
                    "unresumable snapshot not moved aside: " + error.getMessage()));
            status.accept("That interview could not be resumed; its file was kept in the drafts folder.");
            return;
        }
        String guess = s.config().equals(setup.config()) ? setup.presetName() : "Resumed interview";
        busy.accept(true);
        runner.run(() -> {
            if (m.sessionId() == 0) {
                m.setSessionId(recorder.start(guess, m, s.startedAt() == null ? clock.instant() : s.startedAt()));
                return new Resumable(guess, Set.<Integer>of());
            }
            // The session row knows the preset the interview was started from.
            String preset = sessions.find(m.sessionId()).map(d -> d.session().preset()).filter(p -> !p.isBlank())
                    .orElse(guess);
            return new Resumable(preset, recorder.savedPositions(m.sessionId()));
        }, found -> {
            busy.accept(false);
            then.begin(m, found.preset(), found.saved());
            if (m.isPaused()) {
                status.accept("Your interview is back, paused. Press Resume (Ctrl+P) when you are ready.");
            }
        }, error -> {
            busy.accept(false);
            offer(s);
            status.accept("Could not resume the interview (" + error.getMessage() + ").");
        });
    }

    void discard(Runnable done) {
        MockInterviewSnapshot s = pending.get();
        if (s == null) {
            return;
        }
        withdraw();
        Instant now = clock.instant();
        runner.run(() -> {
            drafts.clear();
            if (s.sessionId() != 0) {
                Set<Integer> skipped = new HashSet<>();
                for (int i = 0; i < s.items().size(); i++) {
                    if (s.items().get(i).status() == QuestionStatus.SKIPPED) {
                        skipped.add(i);
                    }
                }
                sessions.abandon(s.sessionId(), now, s.totalElapsed(), skipped);
            }
            return null;
        }, ok -> done.run(), error -> {
            offer(s);
            status.accept("Could not discard it (" + error.getMessage() + ").");
        });
    }

    ReadOnlyObjectProperty<MockInterviewSnapshot> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
