package org.emdrill.ui.mockinterview;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import org.emdrill.store.SessionRepository;
import org.emdrill.ui.common.Formats;

/** One past mock interview in the list on the set-up page. */
public record PastInterview(long sessionId, String preset, Instant startedAt, SessionRepository.State state,
        int questionCount, int answered, OptionalDouble meanOverall) {

    public PastInterview {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(state, "state");
    }

    static PastInterview of(SessionRepository.Session s) {
        OptionalDouble mean = s.questions().stream().filter(q -> q.overall() != null)
                .mapToDouble(SessionRepository.QuestionRow::overall).average();
        return new PastInterview(s.id(), s.preset(), s.startedAt(), s.state(), s.questionIds().size(),
                s.questions().size(), mean);
    }

    /** "Full loop · 4 of 5 answered · overall 3.4 · ended early". */
    public String describe() {
        String name = preset == null || preset.isBlank() ? "Mock interview" : preset;
        String text = name + " · " + answered + " of " + questionCount + " answered";
        if (meanOverall.isPresent()) {
            text += " · overall " + Formats.score(meanOverall.getAsDouble());
        }
        return switch (state) {
            case ABANDONED -> text + " · ended early";
            case RUNNING -> text + " · not finished";
            case FINISHED -> text;
        };
    }

    public String when() {
        return Formats.dateTime(startedAt);
    }
}
