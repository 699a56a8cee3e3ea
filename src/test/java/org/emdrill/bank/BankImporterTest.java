package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionBank;

class BankImporterTest {

    @TempDir
    Path temp;

    private Path userFolder() {
        return temp.resolve("data").resolve("banks");
    }

    private BankLibrary load() {
        return BankLibraryLoader.forDataDir(temp.resolve("data")).load();
    }

    @Test
    void installsAValidBankUnderItsIdNotItsFileName() throws IOException {
        Path file = BankJson.write(temp.resolve("downloads"), "My Great Bank (final).json",
                BankJson.bank("hiring-loops", "Hiring loops", "hiring-loops-one"));
        BankImporter importer = new BankImporter(userFolder());

        var checked = assertInstanceOf(BankImporter.Checked.class, importer.check(file, BankLibrary.empty()));
        var installed = assertInstanceOf(BankImporter.Installed.class,
                importer.install(checked, ImportChoice.KEEP_BOTH, BankLibrary.empty()));

        assertEquals(userFolder().resolve("hiring-loops.json"), installed.target());
        assertEquals(Files.readString(file), Files.readString(installed.target()));
        assertTrue(load().bank("hiring-loops").isPresent());
    }

    @Test
    void reportsEveryProblemOfABrokenFileWithLineAndColumn() throws IOException {
        Path file = BankJson.write(temp, "broken.json", BankJson.BROKEN);

        var invalid = assertInstanceOf(BankImporter.Invalid.class,
                new BankImporter(userFolder()).check(file, BankLibrary.empty()));

        assertEquals("broken.json", invalid.file());
        assertFalse(invalid.problems().isEmpty());
        Problem charisma = invalid.problems().stream().filter(p -> p.message().contains("charisma")).findFirst()
                .orElseThrow();
        assertEquals(6, charisma.line());
        assertTrue(charisma.column() > 0);
        assertFalse(Files.exists(userFolder()));
    }

    @Test
    void aTakenUserIdCanBeReplacedAndTheOldFileGoes() throws IOException {
        Path old = BankJson.write(userFolder(), "old-name.json", BankJson.bank("team", "Team v1", "team-a"));
        Path update = BankJson.write(temp, "team.json", BankJson.bank("team", "Team v2", "team-a", "team-b"));
        BankImporter importer = new BankImporter(userFolder());
        BankLibrary library = load();

        var checked = assertInstanceOf(BankImporter.Checked.class, importer.check(update, library));
        BankImporter.TakenId taken = checked.taken().orElseThrow();
        assertTrue(taken.replaceable());
        assertEquals("Team v1", taken.existingTitle());
        assertEquals("team-2", taken.freeId());

        assertInstanceOf(BankImporter.Installed.class, importer.install(checked, ImportChoice.REPLACE, library));

        assertFalse(Files.exists(old));
        QuestionBank reloaded = load().bank("team").orElseThrow();
        assertEquals("Team v2", reloaded.title());
        assertEquals(2, reloaded.questions().size());
    }

    @Test
    void keepingBothRewritesTheBankIdAndItsQuestionIds() throws IOException {
        BankJson.write(userFolder(), "team.json", BankJson.bank("team", "Team", "team-a", "other-b"));
        Path again = BankJson.write(temp, "team.json", BankJson.bank("team", "Team", "team-a", "other-b"));
        BankImporter importer = new BankImporter(userFolder());
        BankLibrary library = load();

        var checked = assertInstanceOf(BankImporter.Checked.class, importer.check(again, library));
        var installed = assertInstanceOf(BankImporter.Installed.class,
                importer.install(checked, ImportChoice.KEEP_BOTH, library));

        assertEquals("team-2", installed.id());
        BankLibrary after = load();
        assertTrue(after.failures().isEmpty(), () -> after.problems().toString());
        QuestionBank copy = after.bank("team-2").orElseThrow();
        assertEquals(List.of("team-2-a", "team-2-other-b"), copy.questions().stream().map(q -> q.id()).toList());
        assertEquals("Team (copy)", copy.title());
        assertTrue(after.bank("team").isPresent());
    }

    @Test
    void aBundledIdIsNeverReplaceable() throws IOException {
        BankLibrary library = load();
        QuestionBank bundled = library.banks().get(0);
        assertEquals(BankSource.BUNDLED, bundled.source());
        Path file = BankJson.write(temp, "x.json", BankJson.bank(bundled.id(), "Mine", "mine-only-question"));
        BankImporter importer = new BankImporter(userFolder());

        var checked = assertInstanceOf(BankImporter.Checked.class, importer.check(file, library));

        assertFalse(checked.taken().orElseThrow().replaceable());
        assertThrows(IllegalArgumentException.class, () -> importer.install(checked, ImportChoice.REPLACE, library));
    }

    @Test
    void refusesQuestionIdsThatAnotherBankUses() throws IOException {
        BankJson.write(userFolder(), "first.json", BankJson.bank("first", "First", "shared-question"));
        Path file = BankJson.write(temp, "second.json", BankJson.bank("second", "Second", "shared-question"));
        BankImporter importer = new BankImporter(userFolder());
        BankLibrary library = load();

        var checked = assertInstanceOf(BankImporter.Checked.class, importer.check(file, library));
        var invalid = assertInstanceOf(BankImporter.Invalid.class,
                importer.install(checked, ImportChoice.KEEP_BOTH, library));

        assertTrue(invalid.problems().get(0).message().contains("shared-question"));
        assertFalse(Files.exists(userFolder().resolve("second.json")));
    }

    @Test
    void removesOnlyFilesInsideTheBanksFolder() throws IOException {
        Path inside = BankJson.write(userFolder(), "mine.json", BankJson.bank("mine", "Mine", "mine-a"));
        Path outside = BankJson.write(temp, "elsewhere.json", BankJson.bank("else", "Else", "else-a"));
        BankImporter importer = new BankImporter(userFolder());

        importer.remove(BankJson.parse(Files.readString(inside), BankSource.USER, inside.toString()));
        assertThrows(IOException.class, () -> importer.remove(
                BankJson.parse(Files.readString(outside), BankSource.USER, outside.toString())));

        assertFalse(Files.exists(inside));
        assertTrue(Files.exists(outside));
    }
}
