package org.emdrill.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.settings.Theme;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.testing.FakeDialogService;

class SettingsViewModelTest {

    @TempDir
    Path temp;

    private BackupFixture fixture;
    private AppState state;
    private SettingsViewModel model;
    private final List<String> asked = new ArrayList<>();
    private boolean confirmAnswer;
    /** Answers the restore question with {@link #confirmAnswer} and notes what it said. */
    private final FakeDialogService dialogs = new FakeDialogService() {
        @Override
        public boolean confirm(Confirmation question) {
            asked.add(question.heading() + "\n" + question.message());
            return SettingsViewModelTest.this.confirmAnswer;
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        fixture = new BackupFixture(temp.resolve("data"));
        state = new AppState(BankLibrary.empty(), Rubric.empty(), Settings.defaults().withPrepSeconds(30));
        model = OnFx.call(() -> new SettingsViewModel(state, new BackgroundRunner(Runnable::run), fixture.backups,
                fixture.dataDir, dialogs));
        OnFx.run(() -> { });
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void choosingAThemeReplacesTheSettingsAndKeepsTheRest() throws Exception {
        Settings before = state.settings();

        OnFx.run(() -> model.themeProperty().set(Theme.DARK));

        assertEquals(Theme.DARK, state.settings().theme());
        assertEquals(before.withTheme(Theme.DARK), state.settings());
    }

    @Test
    void prepTimeIsWrittenBackAndFollowsOutsideChanges() throws Exception {
        OnFx.run(() -> model.prepSecondsProperty().set(0));
        assertEquals(0, state.settings().prepSeconds());

        OnFx.run(() -> state.settingsProperty().set(state.settings().withPrepSeconds(90).withTheme(Theme.DARK)));
        assertEquals(90, model.prepSecondsProperty().get());
        assertEquals(Theme.DARK, model.themeProperty().get());
    }

    @Test
    void opensTheDataFolder() throws Exception {
        OnFx.run(model::openDataFolder);

        assertEquals(List.of(fixture.dataDir), dialogs.shownFolders);
    }

    @Test
    void backUpNowAddsABackupToTheList() throws Exception {
        assertTrue(model.backups().isEmpty());
        assertTrue(model.backupsLoadedProperty().get());

        OnFx.run(model::backUpNow);

        assertEquals(1, model.backups().size(), model.backupMessageProperty().get());
        assertEquals("Manual", model.backups().get(0).reason());
        assertTrue(model.backupMessageProperty().get().startsWith("Backed up your history"));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void restoreAsksFirstAndDoesNothingWhenDeclined() throws Exception {
        OnFx.run(model::backUpNow);
        OnFx.run(() -> model.selectedBackupProperty().set(model.backups().get(0)));
        int ticks = state.attemptsChangedProperty().get();
        confirmAnswer = false;

        OnFx.run(model::restoreSelected);

        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("the current history is kept beside it"), asked.get(0));
        assertEquals(ticks, state.attemptsChangedProperty().get());
        assertFalse(hasFileStartingWith("history.db.before-restore-"));
    }

    @Test
    void restoreKeepsTheCurrentHistoryAndTellsHistoryToRefresh() throws Exception {
        OnFx.run(model::backUpNow);
        fixture.clock.now = fixture.clock.now.plus(Duration.ofHours(2));
        OnFx.run(() -> model.selectedBackupProperty().set(model.backups().get(0)));
        int ticks = state.attemptsChangedProperty().get();
        confirmAnswer = true;

        OnFx.run(model::restoreSelected);

        assertTrue(model.backupMessageProperty().get().startsWith("Restored the backup"),
                model.backupMessageProperty().get());
        assertEquals(ticks + 1, state.attemptsChangedProperty().get());
        assertTrue(hasFileStartingWith("history.db.before-restore-"));
    }

    private boolean hasFileStartingWith(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(fixture.dataDir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        }
    }
}
