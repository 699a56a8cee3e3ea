package org.emdrill.ui.settings;

import org.emdrill.ui.testing.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.settings.Theme;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.testing.FakeDialogService;
import org.emdrill.ui.common.Styles;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    @TempDir
    static Path temp;

    private BackupFixture fixture;
    private AppState state;
    private SettingsViewModel model;
    private Scene scene;
    private ExecutorService worker;
    private final List<Path> opened = new ArrayList<>();
    private final List<String> confirmations = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fixture = new BackupFixture(Files.createTempDirectory(temp, "data"));
        state = new AppState(BankLibrary.empty(), Rubric.empty(), Settings.defaults());
        worker = Executors.newSingleThreadExecutor();
        model = new SettingsViewModel(state, new BackgroundRunner(worker), fixture.backups, fixture.dataDir,
                new FakeDialogService() {
                    @Override
                    public void showFolder(Path folder) {
                        opened.add(folder);
                    }

                    @Override
                    public boolean confirm(Confirmation question) {
                        return SettingsViewTest.this.confirmations.add(question.heading());
                    }
                });
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene = new Scene(new SettingsView(model), 1090, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        fixture.close();
    }

    @Test
    void themeToggleReplacesTheSettings(FxRobot robot) {
        assertTrue(robot.lookup("#theme-light").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#theme-dark");
        assertEquals(Theme.DARK, state.settings().theme());

        robot.clickOn("#theme-dark"); // clicking the chosen one again keeps it
        assertTrue(robot.lookup("#theme-dark").queryAs(ToggleButton.class).isSelected());
        assertEquals(Theme.DARK, state.settings().theme());

        robot.clickOn("#theme-light");
        assertEquals(Theme.LIGHT, state.settings().theme());
    }

    @Test
    void prepTimeCanBeTyped(FxRobot robot) {
        robot.doubleClickOn("#prep-seconds .text-field").eraseText(4).write("45");
        robot.clickOn("#theme-light"); // moving focus away commits the value
        assertEquals(45, state.settings().prepSeconds());
    }

    @Test
    void showsTheDataFolderAndOpensIt(FxRobot robot) {
        TextField path = robot.lookup("#data-folder-path").queryAs(TextField.class);
        assertEquals(fixture.dataDir.toAbsolutePath().toString(), path.getText());

        robot.clickOn("#open-data-folder");
        assertEquals(List.of(fixture.dataDir), opened);
        assertTrue(robot.lookup("EM Drill — everything stays on this computer.").tryQuery().isPresent());
    }

    @Test
    void aBackupCanBeMadeAndRestored(FxRobot robot) throws Exception {
        TableView<BackupRow> table = robot.lookup("#backup-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.backupsLoadedProperty().get());
        assertTrue(table.getItems().isEmpty());
        shoot("settings-empty");

        scrollToBackups(robot);
        robot.clickOn("#back-up-now");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Manual", table.getItems().get(0).reason());
        fixture.clock.now = fixture.clock.now.plus(Duration.ofHours(1));

        // Scroll the screen down to the list, as a user would, then pick the backup.
        ScrollPane screen = robot.lookup("#settings-view .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> screen.setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#backup-table .table-row-cell").match(
                (TableRow<BackupRow> r) -> r.getItem() != null).<Node>query());
        robot.clickOn("#restore-backup");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> state.attemptsChangedProperty().get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, confirmations.size());
        Label message = robot.lookup("#backup-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Restored the backup"), message.getText());
        assertTrue(message.getText().contains("The previous history was kept as"), message.getText());
        shoot("settings-restored");
    }

    @Test
    void looksRightInDarkAndSmall(FxRobot robot) throws Exception {
        scrollToBackups(robot);
        robot.clickOn("#back-up-now");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.backups().size() == 1);
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            scene.getWindow().setWidth(770);
            scene.getWindow().setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot("settings-dark-small");
        robot.interact(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        assertTrue(robot.lookup("#back-up-now").query().isVisible());
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(scene, name)).get(10, TimeUnit.SECONDS);
    }

    /** The backups card sits at the bottom of the page; scroll there as a user would. */
    private static void scrollToBackups(FxRobot robot) {
        robot.lookup(".scroll-pane").queryAll().forEach(n -> robot.interact(() -> ((ScrollPane) n).setVvalue(1.0)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
