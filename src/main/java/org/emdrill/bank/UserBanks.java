package org.emdrill.bank;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;

/**
 * Everything the Banks screen and the bank editor do on disk, in one place below the UI: reloading the
 * library, importing, saving, copying, exporting and removing the user's banks. Every method does disk
 * I/O: call it off the FX thread (the screens go through their background runner).
 */
public final class UserBanks {

    private final Path dataDir;
    private final BankImporter importer;
    private final UserBankFiles files;
    private final BankWriter writer = new BankWriter();

    /**
     * @param dataDir         the data folder; the bundled banks and {@code userBanksFolder} are loaded
     * @param userBanksFolder the user's banks folder, usually {@code <dataDir>/banks}
     */
    public UserBanks(Path dataDir, Path userBanksFolder) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.importer = new BankImporter(userBanksFolder);
        this.files = new UserBankFiles(userBanksFolder);
    }

    /** Reads the bundled banks and the user's banks again, like the Reload button. */
    public BankLibrary reload() {
        return BankLibraryLoader.forDataDir(dataDir).load();
    }

    /** Checking and installing imported files. */
    public BankImporter importer() {
        return importer;
    }

    /** Saving edited banks. */
    public UserBankFiles files() {
        return files;
    }

    /** @see BankImporter#copyOf(QuestionBank, BankLibrary) */
    public QuestionBank copyOf(QuestionBank bank, BankLibrary library) {
        return importer.copyOf(bank, library);
    }

    /** @see BankImporter#remove(QuestionBank) */
    public void remove(QuestionBank bank) throws IOException {
        importer.remove(bank);
    }

    /** Writes one of the user's banks to a file they picked, atomically. */
    public Path export(QuestionBank bank, Path target) throws IOException {
        if (bank.source() != BankSource.USER) {
            throw new IllegalArgumentException("only the user's banks are exported");
        }
        writer.writeTo(target, bank);
        return target;
    }
}
