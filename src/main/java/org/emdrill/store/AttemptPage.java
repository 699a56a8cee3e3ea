package org.emdrill.store;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many attempts match the filter in all, on every page
 */
public record AttemptPage(List<AttemptSummary> rows, int total) {

    public AttemptPage {
        rows = List.copyOf(rows);
    }
}
