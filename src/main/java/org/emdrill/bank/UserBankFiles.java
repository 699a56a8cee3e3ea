package org.emdrill.bank;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.emdrill.domain.QuestionBank;

/**
 * Saves edited banks into the user's banks folder as {@code <bank id>.json}. Does disk I/O: call it off
 * the FX thread.
 */
public final class UserBankFiles {

    private static final System.Logger LOG = System.getLogger(UserBankFiles.class.getName());

    private final Path folder;
    private final BankWriter writer = new BankWriter();

    public UserBankFiles(Path userBanksFolder) {
        this.folder = Objects.requireNonNull(userBanksFolder, "userBanksFolder");
    }

    /** Saved, or refused with a sentence for the user. */
    public sealed interface Outcome {
    }

    public record Saved(Path file) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    /**
     * Writes the bank atomically. A bank loaded from a file under another name (one the user copied in
     * by hand) moves to its id's name: the old file is removed, or both would claim the same id.
     *
     * @param previousFile the file the bank was loaded from, or empty for a bank never saved
     */
    public Outcome save(QuestionBank bank, Optional<Path> previousFile) throws IOException {
        Path target = BankWriter.fileFor(folder, bank.id());
        boolean overwritesOwnFile = previousFile.map(p -> same(p, target)).orElse(false);
        if (!overwritesOwnFile && Files.exists(target)) {
            return new Refused("your banks folder already has a file named " + target.getFileName()
                    + "; give the bank another id");
        }
        writer.writeTo(target, bank);
        if (previousFile.isPresent() && !overwritesOwnFile && isInFolder(previousFile.get())) {
            Files.deleteIfExists(previousFile.get());
            LOG.log(Level.INFO, "Bank {0} moved from {1} to {2}", bank.id(), previousFile.get(), target);
        }
        return new Saved(target);
    }

    private boolean isInFolder(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path dir = folder.toAbsolutePath().normalize();
        return f.startsWith(dir) && !f.equals(dir);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
