package org.emdrill.ui.history;

import java.util.List;

/**
 * Where the History selection goes once the next first page is shown: an attempt asked for (the one an
 * undo restored, or one opened from another screen), else the row that took a deleted row's place, else
 * the attempt selected before. Told once, used once.
 */
final class NextSelection {

    private long id = -1;
    private int index = -1;

    /** Select this attempt after the next load. */
    void attempt(long attemptId) {
        id = attemptId;
    }

    /** Select the row that took the place of the one deleted at {@code rowIndex}. */
    void placeOfDeleted(int rowIndex) {
        index = rowIndex;
    }

    /** The row to select among {@code rows}, given the one selected now; forgets what it was told. */
    HistoryRow pick(List<HistoryRow> rows, HistoryRow selected) {
        long keepId = id >= 0 ? id : selected == null ? -1 : selected.id();
        int indexAfterDelete = index;
        id = -1;
        index = -1;
        HistoryRow next = rows.stream().filter(r -> r.id() == keepId).findFirst().orElse(null);
        if (next == null && indexAfterDelete >= 0 && !rows.isEmpty()) {
            next = rows.get(Math.min(indexAfterDelete, rows.size() - 1));
        }
        return next;
    }
}
