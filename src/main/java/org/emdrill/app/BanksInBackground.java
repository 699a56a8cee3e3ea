package org.emdrill.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.bank.ParseResult;
import org.emdrill.bank.RubricLoader;
import org.emdrill.domain.Rubric;

/**
 * Parses the banks and the rubric on a thread of their own while start-up opens the database: the two
 * need nothing from each other, and together they were most of the wait between the window appearing and
 * the first screen being usable. Neither touches the database or writes anything.
 */
final class BanksInBackground {

    record Loaded(BankLibrary library, ParseResult<Rubric> rubric, long millis) {
    }

    private final CompletableFuture<Loaded> loading = new CompletableFuture<>();

    private BanksInBackground() {
    }

    static BanksInBackground start(Path dataDir) {
        BanksInBackground b = new BanksInBackground();
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                BankLibrary library = BankLibraryLoader.forDataDir(dataDir).load();
                ParseResult<Rubric> rubric = new RubricLoader().load();
                b.loading.complete(new Loaded(library, rubric, (System.nanoTime() - start) / 1_000_000));
            } catch (RuntimeException | Error e) {
                b.loading.completeExceptionally(e);
            }
        }, "emdrill-banks");
        t.setDaemon(true); // a failed start-up does not wait for it
        t.start();
        return b;
    }

    /** Waits for the banks; a bug thrown while loading is thrown here, as if it had happened on this thread. */
    Loaded await() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
