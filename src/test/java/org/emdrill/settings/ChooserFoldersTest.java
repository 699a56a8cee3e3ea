package org.emdrill.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChooserFoldersTest {

    @TempDir
    Path home;

    @Test
    void opensInDocumentsWhenThereIsOneElseInHome() throws IOException {
        ChooserFolders folders = new ChooserFolders(home);
        assertEquals(home, folders.startFolder());

        Files.createDirectory(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), folders.startFolder());
    }

    @Test
    void remembersTheFolderOfTheLastPickedFile() throws IOException {
        Path downloads = Files.createDirectory(home.resolve("Downloads"));
        ChooserFolders folders = new ChooserFolders(home);

        folders.picked(downloads.resolve("team-bank.json"));

        assertEquals(downloads, folders.startFolder());
    }

    @Test
    void aRememberedFolderThatWasRemovedIsSkipped() throws IOException {
        Path gone = Files.createDirectory(home.resolve("usb-stick"));
        ChooserFolders folders = new ChooserFolders(home);
        folders.picked(gone.resolve("export.csv"));

        Files.delete(gone);

        assertEquals(home, folders.startFolder());
    }
}
