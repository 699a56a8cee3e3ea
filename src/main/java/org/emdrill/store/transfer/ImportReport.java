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
 * @param recordingsAdded      recordings from a zip export attached to their attempts
 * @param recordingsRejected   of {@code rejected}, how many are entries of a zip export (a recording
 *                             that was missing, not a WAV, too large or named outside the archive)
 */
public record ImportReport(int added, int duplicates, List<Problem> rejected, Problem failure,
                           int reviewDatesTaken, int reviewDatesRejected, int storiesTaken, int storiesRejected,
                           int recordingsAdded, int recordingsRejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        if (reviewDatesRejected < 0 || storiesRejected < 0 || recordingsRejected < 0
                || reviewDatesRejected + storiesRejected + recordingsRejected > rejected.size()) {
            throw new IllegalArgumentException("rejected counts out of range: " + reviewDatesRejected + ", "
                    + storiesRejected + ", " + recordingsRejected);
        }
    }

    /** A report of a JSON export, which carries no recordings. */
    public ImportReport(int added, int duplicates, List<Problem> rejected, Problem failure,
                        int reviewDatesTaken, int reviewDatesRejected, int storiesTaken, int storiesRejected) {
        this(added, duplicates, rejected, failure, reviewDatesTaken, reviewDatesRejected, storiesTaken, storiesRejected,
                0, 0);
    }

    /** This report with the recordings of a zip export: those attached, and the entries left out. */
    public ImportReport withRecordings(int attached, List<Problem> leftOut) {
        List<Problem> all = new java.util.ArrayList<>(rejected);
        all.addAll(leftOut);
        return new ImportReport(added, duplicates, all, failure, reviewDatesTaken, reviewDatesRejected, storiesTaken,
                storiesRejected, recordingsAdded + attached, recordingsRejected + leftOut.size());
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
            // Most messages read on from the file's name ("is not a readable zip archive"); say which file.
            boolean readsOn = failure.message().matches("(is|was|does|could|holds) .*");
            return "Nothing was imported: " + (failure.file().isEmpty() ? "" : failure.file() + (readsOn ? " " : ": "))
                    + failure.message();
        }
        StringBuilder sb = new StringBuilder("Added ").append(added).append(added == 1 ? " attempt" : " attempts");
        if (added == 0 && duplicates > 0) {
            // A file imported twice: say plainly that nothing was missing, not "Added 0".
            sb = new StringBuilder("Nothing new: ").append(duplicates == 1 ? "its attempt is" : "all " + duplicates
                    + " attempts are").append(" already in your history");
        } else if (duplicates > 0) {
            sb.append("; ").append(duplicates).append(duplicates == 1 ? " was" : " were")
                    .append(" already in your history");
        }
        int attemptsRejected = rejected.size() - reviewDatesRejected - storiesRejected - recordingsRejected;
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
        if (recordingsAdded > 0) {
            sb.append("; ").append(recordingsAdded).append(recordingsAdded == 1 ? " recording" : " recordings")
                    .append(" attached");
        }
        if (recordingsRejected > 0) {
            sb.append("; ").append(recordingsRejected).append(recordingsRejected == 1 ? " recording was" : " recordings were")
                    .append(" left out");
        }
        return sb.append('.').toString();
    }
}
