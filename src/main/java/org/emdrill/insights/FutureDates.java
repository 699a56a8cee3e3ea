package org.emdrill.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.domain.Attempt;

/**
 * Attempts dated after now: saved while the computer's clock was wrong. They stay in the history as
 * they are; statistics count them as done now, so no chart runs past today and "last practised" is not
 * a day that has not come yet.
 */
public final class FutureDates {

    /** Clocks of the same machine can disagree by a little; only a date beyond this counts as future. */
    public static final Duration GRACE = Duration.ofMinutes(1);

    private FutureDates() {
    }

    public static boolean isFuture(Instant finishedAt, Instant now) {
        return finishedAt.isAfter(now.plus(GRACE));
    }

    /** The attempts with any future one moved to finish now (its start moved by the same amount). */
    public static List<Attempt> asOf(List<Attempt> attempts, Instant now) {
        List<Attempt> result = new ArrayList<>(attempts.size());
        for (Attempt a : attempts) {
            result.add(isFuture(a.finishedAt(), now) ? movedTo(a, now) : a);
        }
        return result;
    }

    /** The attempts that are not dated in the future, for facts like "last practised". */
    public static List<Attempt> notInFuture(List<Attempt> attempts, Instant now) {
        return attempts.stream().filter(a -> !isFuture(a.finishedAt(), now)).toList();
    }

    private static Attempt movedTo(Attempt a, Instant now) {
        Duration shift = Duration.between(now, a.finishedAt());
        return new Attempt(a.id(), a.bankId(), a.bankTitle(), a.questionId(), a.prompt(), a.mode(), a.prepDuration(),
                a.answerDuration(), a.targetSeconds(), a.answerText(), a.notes(), a.scores(), a.star(), a.overall(),
                a.startedAt().minus(shift), now);
    }
}
