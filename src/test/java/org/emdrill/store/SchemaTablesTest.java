package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our table names come from replaying the migrations, so a later step that renames a table is known. */
class SchemaTablesTest {

    private final SchemaMigrator standard = SchemaMigrator.standard();

    @Test
    void tablesAtEachVersionFollowTheSteps() {
        assertEquals(Set.of(), standard.tablesAt(0));
        assertEquals(Set.of("attempts", "attempt_scores"), standard.tablesAt(1));
        assertTrue(standard.tablesAt(2).containsAll(Set.of("attempts", "attempt_scores", "review_schedule")));
    }

    @Test
    void aRenameStepIsFollowedWithoutAHandList() {
        List<Migration> steps = new ArrayList<>(Migrations.all());
        int next = steps.size() + 1;
        steps.add(new Migration(next, "rename", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE review_schedule RENAME TO spaced_reviews");
            }
        }));
        SchemaMigrator renamed = new SchemaMigrator(steps);

        assertTrue(renamed.tablesAt(next).contains("spaced_reviews"));
        assertFalse(renamed.tablesAt(next).contains("review_schedule"));
        assertTrue(renamed.looksLikeOurs(next, renamed.tablesAt(next)));
        assertFalse(renamed.looksLikeOurs(next, standard.tablesAt(next - 1)), "the old names are not enough any more");
    }

    @Test
    void foreignShapesAreRecognised() {
        assertTrue(standard.looksLikeOurs(0, Set.of()));
        assertFalse(standard.looksLikeOurs(0, Set.of("attempts")));
        assertFalse(standard.looksLikeOurs(1, Set.of("photos")));
        assertFalse(standard.looksLikeOurs(99, Set.of("photos")));
        assertTrue(standard.looksLikeOurs(99, Set.of("attempts", "something_new")));
    }
}
