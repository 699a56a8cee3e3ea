package org.emdrill.ui.mockinterview;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.bank.BankLibrary;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.BackgroundRunner;

/** The newest finished or abandoned mock interviews on the set-up page, and opening one's summary. */
final class PastInterviews {

    static final int SHOWN = 8;
    private static final System.Logger LOG = System.getLogger(PastInterviews.class.getName());

    private final ObservableList<PastInterview> list = FXCollections.observableArrayList();
    private final BackgroundRunner runner;
    private final SessionRepository sessions;

    PastInterviews(BackgroundRunner runner, SessionRepository sessions) {
        this.runner = runner;
        this.sessions = sessions;
    }

    ObservableList<PastInterview> list() {
        return list;
    }

    void reload() {
        // A session still marked running is the interview on screen or one offered for resuming: not past.
        runner.run(() -> sessions.listNewestFirst(SHOWN + 1, 0).stream()
                        .filter(s -> s.state() != SessionRepository.State.RUNNING).limit(SHOWN)
                        .map(PastInterview::of).toList(),
                list::setAll, error -> LOG.log(System.Logger.Level.WARNING,
                        "past interviews not listed: " + error.getMessage()));
    }

    /**
     * Reads a past interview's report; {@code found} gets it, or empty when it is no longer in the
     * history; {@code failed} gets the reason it could not be read.
     */
    void open(PastInterview past, BankLibrary library, Consumer<Optional<InterviewReport>> found,
            Consumer<Throwable> failed) {
        runner.run(() -> sessions.find(past.sessionId()).map(detail -> InterviewReport.of(detail,
                sessions.averagesBefore(past.sessionId()),
                id -> library.question(id).map(q -> q.question().prompt()))), found, failed);
    }
}
