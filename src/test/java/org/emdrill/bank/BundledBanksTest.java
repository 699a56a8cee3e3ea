package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Rubric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The banks and rubric that ship with the app must always load cleanly. */
class BundledBanksTest {

    @Test
    void everyBundledBankLoadsWithoutProblemsOrWarnings(@TempDir java.nio.file.Path dataDir) {
        BankLibrary library = BankLibraryLoader.forDataDir(dataDir).load();

        assertEquals(List.of(), library.problems(), () -> describe(library.problems()));
        assertEquals(List.of(), library.warnings(), () -> describe(library.warnings()));
        assertFalse(library.banks().isEmpty(), "no bundled banks found on the class path");
    }

    @Test
    void bundledRubricDescribesEveryDimension() {
        var result = new RubricLoader().load();

        assertTrue(result.isValid(), () -> describe(result.problems()));
        Rubric rubric = result.value();
        assertEquals(Dimension.values().length, rubric.dimensions().size());
    }
}
