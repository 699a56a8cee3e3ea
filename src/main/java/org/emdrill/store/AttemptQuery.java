package org.emdrill.store;

import java.util.Objects;

/**
 * One page of the filtered, sorted history. Rows that tie on the sort key come newest first, so paging
 * is stable.
 */
public record AttemptQuery(AttemptFilter filter, AttemptSort sort, boolean ascending, int limit, int offset) {

    public AttemptQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
    }

    /** The first {@code limit} attempts matching {@code filter}, newest first. */
    public static AttemptQuery newestFirst(AttemptFilter filter, int limit) {
        return new AttemptQuery(filter, AttemptSort.DATE, false, limit, 0);
    }

    public AttemptQuery sortedBy(AttemptSort key, boolean asc) {
        return new AttemptQuery(filter, key, asc, limit, offset);
    }

    public AttemptQuery page(int newLimit, int newOffset) {
        return new AttemptQuery(filter, sort, ascending, newLimit, newOffset);
    }

    public AttemptQuery withFilter(AttemptFilter newFilter) {
        return new AttemptQuery(newFilter, sort, ascending, limit, offset);
    }
}
