package org.emdrill.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.emdrill.datafolder.MoveOutcome;

/** What the Settings screen asks of the data folder; the app wires it to the real folder and database. */
public interface DataFolderMover {

    /** Copies the data folder to {@code target} and checks the copy. Called off the FX thread. */
    MoveOutcome moveTo(Path target) throws IOException;

    /** The folder a move is waiting to switch to on the next start, if any. Called off the FX thread. */
    Optional<Path> pending();
}
