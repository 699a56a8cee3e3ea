package org.emdrill.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Optional;
import org.emdrill.datafolder.DataFolderMove;
import org.emdrill.datafolder.DataFolderPointer;
import org.emdrill.datafolder.MoveOutcome;
import org.emdrill.store.Database;
import org.emdrill.ui.settings.DataFolderMover;

/**
 * Moves the running app's data folder. The copy runs while the app holds its database connection, after
 * folding the write-ahead log into the database file, so the copied history is complete and nothing
 * writes to it halfway.
 */
final class AppDataFolderMover implements DataFolderMover {

    private final Path dataDir;
    private final Database database;

    AppDataFolderMover(Path dataDir, Database database) {
        this.dataDir = dataDir;
        this.database = database;
    }

    @Override
    public MoveOutcome moveTo(Path target) throws IOException {
        return new DataFolderMove(dataDir).copyTo(target, copy -> {
            try {
                database.withConnection(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                    try {
                        copy.copy();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    @Override
    public Optional<Path> pending() {
        return DataFolderPointer.pendingTarget(dataDir);
    }
}
