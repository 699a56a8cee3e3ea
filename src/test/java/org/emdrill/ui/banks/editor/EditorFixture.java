package org.emdrill.ui.banks.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.emdrill.bank.UserBankFiles;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.bank.ValidateCommand;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.testing.FakeDialogService;

/** A data folder with the bundled banks loaded, and the services an editor needs. */
final class EditorFixture {

    final Path dataDir;
    final Path userFolder;
    final AppState state;
    final BankEditorViewModel.Services services;
    final FakeDialogs dialogs = new FakeDialogs();

    EditorFixture(Path temp, Executor executor) {
        dataDir = temp.resolve("data");
        userFolder = dataDir.resolve("banks");
        state = new AppState(BankLibraryLoader.forDataDir(dataDir).load(), Rubric.empty(), Settings.defaults());
        services = new BankEditorViewModel.Services(state, new BackgroundRunner(executor),
                new UserBankFiles(userFolder), () -> BankLibraryLoader.forDataDir(dataDir).load(),
                new EditorDialogs(dialogs));
    }

    static void writeBank(Path folder, String fileName, String json) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(fileName), json, StandardCharsets.UTF_8);
    }

    /** Runs {@code em-drill validate} on the files; returns the exit code and everything printed. */
    static String validate(Path... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ValidateCommand().run(List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + ":" + out.toString(StandardCharsets.UTF_8);
    }

    /** Answers the unsaved-changes question with what the test set; remembers each time it was asked. */
    static final class FakeDialogs extends FakeDialogService {
        boolean discard;
        /** The title of the bank each question named, "" for a new bank without one. */
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean confirm(Confirmation confirmation) {
            super.confirm(confirmation);
            asked.add(quoted(confirmation.heading()));
            return discard;
        }
    }

    /** The text between “ and ” in {@code text}, or "" when it quotes nothing. */
    static String quoted(String text) {
        int start = text.indexOf('“');
        int end = text.lastIndexOf('”');
        return start < 0 || end < start ? "" : text.substring(start + 1, end);
    }
}
