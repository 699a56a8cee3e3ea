package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;

/** Saving, exporting and reloading the user's banks, below the screens that ask for it. */
class UserBanksTest {

    @TempDir
    Path temp;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private Path userFolder() {
        return dataDir().resolve("banks");
    }

    private UserBanks banks() {
        return new UserBanks(dataDir(), userFolder());
    }

    private static QuestionBank userBank(String id, String origin) {
        return BankJson.parse(BankJson.bank(id, "Team " + id, id + "-one"), BankSource.USER, origin);
    }

    @Test
    void savesANewBankUnderItsIdAndTheReloadSeesIt() throws IOException {
        UserBanks banks = banks();

        UserBankFiles.Outcome outcome = banks.files().save(userBank("hiring", ""), Optional.empty());

        Path file = assertInstanceOf(UserBankFiles.Saved.class, outcome).file();
        assertEquals(userFolder().resolve("hiring.json"), file);
        assertTrue(banks.reload().bank("hiring").isPresent(), "the reloaded library has the saved bank");
    }

    @Test
    void refusesToOverwriteAnotherFileWithTheSameName() throws IOException {
        Path other = BankJson.write(userFolder(), "hiring.json", BankJson.bank("hiring", "Theirs", "hiring-x"));

        UserBankFiles.Outcome outcome = banks().files().save(userBank("hiring", ""), Optional.empty());

        UserBankFiles.Refused refused = assertInstanceOf(UserBankFiles.Refused.class, outcome);
        assertTrue(refused.reason().contains("hiring.json"), refused.reason());
        assertTrue(Files.readString(other).contains("Theirs"), "the other file is untouched");
    }

    @Test
    void aBankLoadedUnderAnotherNameMovesToItsIdsName() throws IOException {
        Path old = BankJson.write(userFolder(), "My bank (final).json", BankJson.bank("hiring", "Mine", "hiring-one"));

        UserBankFiles.Outcome outcome = banks().files().save(userBank("hiring", old.toString()), Optional.of(old));

        assertInstanceOf(UserBankFiles.Saved.class, outcome);
        assertFalse(Files.exists(old), "the old name would claim the same id");
        assertTrue(Files.exists(userFolder().resolve("hiring.json")));
    }

    @Test
    void exportsAUserBankToThePickedFile() throws IOException {
        Path target = temp.resolve("elsewhere").resolve("shared.json");

        assertEquals(target, banks().export(userBank("hiring", ""), target));

        QuestionBank back = BankJson.parse(Files.readString(target), BankSource.USER, target.toString());
        assertEquals("hiring", back.id());
        assertEquals("hiring-one", back.questions().get(0).id());
    }

    @Test
    void doesNotExportABundledBank() {
        QuestionBank bundled = BankJson.parse(BankJson.bank("core", "Core", "core-one"), BankSource.BUNDLED, "core.json");

        assertThrows(IllegalArgumentException.class, () -> banks().export(bundled, temp.resolve("core.json")));
        assertFalse(Files.exists(temp.resolve("core.json")));
    }

    @Test
    void removesAUserBanksFile() throws IOException {
        Path file = BankJson.write(userFolder(), "hiring.json", BankJson.bank("hiring", "Mine", "hiring-one"));

        banks().remove(userBank("hiring", file.toString()));

        assertFalse(Files.exists(file));
    }
}
