package org.emdrill.ui.mockinterview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.AttemptRequest;
import org.emdrill.ui.common.PracticeRequest;

/**
 * What the summary hands to other screens: the weakest part of the interview to Practice, and one
 * question's saved answer to History. Both go through {@link AppState}'s requests; the window switches.
 */
final class SummaryActions {

    static final int WEAKEST_PRACTICE_SIZE = 5;

    private final AppState state;
    private final Supplier<InterviewReport> report;
    private final Consumer<String> status;

    SummaryActions(AppState state, Supplier<InterviewReport> report, Consumer<String> status) {
        this.state = state;
        this.report = report;
        this.status = status;
    }

    /** The answers that scored below 3, then the questions weighting the lowest dimension most. */
    void practiseWeakest() {
        InterviewReport r = report.get();
        if (r == null) {
            return;
        }
        Map<String, QueuedQuestion> byId = new LinkedHashMap<>();
        r.weakQuestionIds().forEach(id -> state.library().question(id).ifPresent(q -> byId.put(id, q)));
        r.lowestThisInterview().ifPresent(d -> state.library().targeting(d).stream()
                .limit(WEAKEST_PRACTICE_SIZE + r.weakQuestionIds().size())
                .forEach(q -> {
                    if (byId.size() < WEAKEST_PRACTICE_SIZE) {
                        byId.putIfAbsent(q.question().id(), q);
                    }
                }));
        if (byId.isEmpty()) {
            status.accept("Nothing was scored, so there is no weakest area yet.");
            return;
        }
        String title = r.lowestThisInterview().map(d -> "Lowest in this interview: " + d.displayName()).orElse("Weakest answers");
        state.requestPractice(new PracticeRequest(title, List.copyOf(byId.values())));
    }

    boolean canPractiseWeakest() {
        InterviewReport r = report.get();
        return r != null && (r.lowestThisInterview().isPresent() || !r.weakQuestionIds().isEmpty());
    }

    /** Opens the row's saved answer in History; a question skipped or not reached has none. */
    void openInHistory(InterviewReport.Row row) {
        InterviewReport r = report.get();
        if (r != null && r.opensInHistory(row)) {
            state.requestAttempt(new AttemptRequest(r.interviewId(), row.position()));
        }
    }
}
