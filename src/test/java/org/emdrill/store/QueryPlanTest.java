package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.emdrill.domain.AnswerMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History's queries stay paged and indexed as the history grows: a page walks an index in time order
 * and stops (no sort of every row), and counts are answered from an index without reading the rows.
 */
class QueryPlanTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstPageWalksTheNewestFirstIndexWithoutSorting() {
        String plan = plan(pageSql(AttemptFilter.ALL), AttemptFilter.ALL);
        assertTrue(plan.contains("attempts_newest_first"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), plan);
    }

    @Test
    void aPageOfOneModeWalksTheModeIndexInTimeOrder() {
        AttemptFilter spoken = AttemptFilter.ALL.withMode(AnswerMode.SPOKEN);
        String plan = plan(pageSql(spoken), spoken);
        assertTrue(plan.contains("attempts_by_mode"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), plan);
    }

    @Test
    void countsReadAnIndexNotTheRows() {
        for (AttemptFilter f : new AttemptFilter[] {AttemptFilter.ALL, AttemptFilter.ALL.withMode(AnswerMode.TYPED)}) {
            String plan = plan("SELECT COUNT(*) FROM attempts a WHERE " + FilterSql.of(f).countWhere(), f);
            assertTrue(plan.contains("COVERING INDEX"), plan);
        }
    }

    @Test
    void repositoryPagesWalkTheNewestFirstIndex() {
        assertFalse(new AttemptRepository(db, new TestClock()).listNewestFirst(50, 0).iterator().hasNext());
        String plan = db.withConnection(c -> {
            StringBuilder sb = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT id FROM attempts WHERE +mode IN"
                    + " ('typed', 'spoken') ORDER BY finished_at DESC, id DESC LIMIT 50 OFFSET 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sb.append(rs.getString("detail")).append('\n');
                }
            }
            return sb.toString();
        });
        assertTrue(plan.contains("attempts_newest_first"), plan);
    }

    private static String pageSql(AttemptFilter f) {
        return "SELECT " + AttemptRows.SUMMARY_COLUMNS + " FROM attempts a WHERE " + FilterSql.of(f).where()
                + " ORDER BY " + AttemptSearch.orderBy(AttemptSort.DATE, false) + " LIMIT 50 OFFSET 0";
    }

    private String plan(String sql, AttemptFilter f) {
        return db.withConnection(c -> {
            StringBuilder sb = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                FilterSql.of(f).bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sb.append(rs.getString("detail")).append('\n');
                    }
                }
            }
            return sb.toString();
        });
    }
}
