package org.emdrill.store.transfer;

import java.util.List;
import java.util.Optional;
import org.emdrill.domain.Problem;

/**
 * What an import did.
 *
 * @param added      attempts added to the history
 * @param duplicates attempts skipped because the history (or the file, earlier) already had them
 * @param rejected   attempts left out because something in them is wrong, each with its JSON path
 * @param failure    why nothing could be imported at all (file too large, not JSON, not an export);
 *                   null when the file was read
 * @param reviewDatesTaken     questions whose review schedule was taken from the file (new here, or
 *                             reviewed later there than here)
 * @param reviewDatesRejected  of {@code rejected}, how many are review schedule rows, not attempts
 * @param storiesTaken         stories added, or updated because the file's copy was edited later
 * @param storiesRejected      of {@code rejected}, how many are stories
 */
public record ImportReport(int added, int duplicates, List<Problem> rejected, Problem failure,
                           int reviewDatesTaken, int reviewDatesRejected, int storiesTaken, int storiesRejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        if (reviewDatesRejected < 0 || storiesRejected < 0 || reviewDatesRejected + storiesRejected > rejected.size()) {
            throw new IllegalArgumentException("rejected counts out of range: " + reviewDatesRejected + ", "
                    + storiesRejected);
        }
    }

    /** A report of attempts and the schedule, with no stories in the file. */
    public ImportReport(int added, int duplicates, List<Problem> rejected, Problem failure,
                        int reviewDatesTaken, int reviewDatesRejected) {
        this(added, duplicates, rejected, failure, reviewDatesTaken, reviewDatesRejected, 0, 0);
    }

    /** A report of attempts only, with the schedule untouched. */
    public ImportReport(int added, int duplicates, List<Problem> rejected, Problem failure) {
        this(added, duplicates, rejected, failure, 0, 0, 0, 0);
    }

    static ImportReport failed(Problem failure) {
        return new ImportReport(0, 0, List.of(), failure);
    }

    public Optional<Problem> failureIfAny() {
        return Optional.ofNullable(failure);
    }

    public boolean failed() {
        return failure != null;
    }

    /** One sentence for the user, e.g. "Added 12 attempts; 3 were already in your history; 1 was rejected." */
    public String summary() {
        if (failure != null) {
            return "Nothing was imported: " + failure.message();
        }
        StringBuilder sb = new StringBuilder("Added ").append(added).append(added == 1 ? " attempt" : " attempts");
        if (duplicates > 0) {
            sb.append("; ").append(duplicates).append(duplicates == 1 ? " was" : " were")
                    .append(" already in your history");
        }
        int attemptsRejected = rejected.size() - reviewDatesRejected - storiesRejected;
        if (attemptsRejected > 0) {
            sb.append("; ").append(attemptsRejected).append(attemptsRejected == 1 ? " was" : " were").append(" rejected");
        }
        if (reviewDatesTaken > 0) {
            sb.append("; review dates of ").append(reviewDatesTaken).append(reviewDatesTaken == 1 ? " question" : " questions")
                    .append(" taken from the file");
        }
        if (reviewDatesRejected > 0) {
            sb.append("; ").append(reviewDatesRejected).append(reviewDatesRejected == 1 ? " review date was" : " review dates were")
                    .append(" rejected");
        }
        if (storiesTaken > 0) {
            sb.append("; ").append(storiesTaken).append(storiesTaken == 1 ? " story" : " stories")
                    .append(" added or updated");
        }
        if (storiesRejected > 0) {
            sb.append("; ").append(storiesRejected).append(storiesRejected == 1 ? " story was" : " stories were")
                    .append(" rejected");
        }
        return sb.append('.').toString();
    }
}
