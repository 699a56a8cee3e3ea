package org.emdrill.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The mock-interview session an attempt belonged to. The session's start time travels with its id, so
 * a copied attempt is linked again only to the very same session, never to another that happens to
 * have the same id in a different history.
 *
 * @param position the attempt's place in the session, 0 when the store did not say
 */
public record SessionLink(long sessionId, int position, Instant sessionStartedAt) {

    public SessionLink {
        Objects.requireNonNull(sessionStartedAt, "sessionStartedAt");
    }
}
