package org.emdrill.store.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.emdrill.domain.Attempt;

/**
 * What makes two attempts the same attempt across machines and exports: the same question, started
 * and finished at the same millisecond, with the same answer text. Scores and notes are left out on
 * purpose: a revised attempt is still the same attempt, and importing an old export must not bring the
 * old version back as a second copy.
 *
 * <p>Why not an id: the database has no stable id beyond its row number (which differs between
 * machines), and adding one would need a schema change. This key needs nothing new and is the same in
 * every export of the same attempt.
 */
final class AttemptIdentity {

    private AttemptIdentity() {
    }

    /** A hex SHA-256 over the identifying fields, written into the export for reference. */
    static String key(Attempt a) {
        return key(a.questionId(), a.startedAt(), a.finishedAt(), a.answerText());
    }

    static String key(String questionId, Instant startedAt, Instant finishedAt, String answerText) {
        String joined = questionId + '\u0000' + startedAt.truncatedTo(ChronoUnit.MILLIS) + '\u0000'
                + finishedAt.truncatedTo(ChronoUnit.MILLIS) + '\u0000' + answerText;
        return sha256(joined);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
