package org.emdrill.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.SignalTicks;

/**
 * An attempt with everything the store keeps about it, beyond the domain record: follow-up answers,
 * the session it belonged to, the signals and red flags ticked, when its scores or notes were last revised, and when its row was written.
 * What export writes, import reads, and an undo of a delete puts back.
 *
 * @param session   null when the attempt was not part of a mock-interview session
 * @param revisedAt null when the attempt was never revised
 * @param ticks     the signals and red flags ticked while scoring
 */
public record StoredAttempt(
        Attempt attempt,
        List<StoredFollowUp> followUps,
        SessionLink session,
        Instant revisedAt,
        Instant createdAt,
        SignalTicks ticks) {

    public StoredAttempt {
        Objects.requireNonNull(attempt, "attempt");
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        Objects.requireNonNull(createdAt, "createdAt");
        ticks = ticks == null ? SignalTicks.NONE : ticks;
    }

    /** An attempt with no signals or red flags ticked, as every attempt was before schema v8. */
    public StoredAttempt(Attempt attempt, List<StoredFollowUp> followUps, SessionLink session, Instant revisedAt,
                         Instant createdAt) {
        this(attempt, followUps, session, revisedAt, createdAt, SignalTicks.NONE);
    }

    /** A plain attempt as {@link AttemptRepository#save} writes it: no follow-ups, session or revision. */
    public static StoredAttempt of(Attempt attempt, Instant createdAt) {
        return new StoredAttempt(attempt, List.of(), null, null, createdAt);
    }

    public Optional<SessionLink> sessionIfAny() {
        return Optional.ofNullable(session);
    }

    public Optional<Instant> revisedAtIfAny() {
        return Optional.ofNullable(revisedAt);
    }
}
