package org.emdrill.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.MicrophoneChoice;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.SegmentedLevel;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.testing.Clipping;
import org.emdrill.ui.testing.FakeDialogService;
import org.emdrill.ui.testing.FakePlayback;
import org.emdrill.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MicrophoneCardTest {

    @TempDir
    static Path temp;

    private BackupFixture fixture;
    private AppState state;
    private Scene scene;
    private ExecutorService worker;
    private final FakePlayback player = new FakePlayback();
    private final ToneSource source = new ToneSource(0.3, null, 40);
    private Path testFolder;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new BackupFixture(Files.createTempDirectory(temp, "data"));
        testFolder = Files.createTempDirectory(temp, "mic");
        state = new AppState(BankLibrary.empty(), Rubric.empty(), Settings.defaults());
        worker = Executors.newSingleThreadExecutor();
        BackgroundRunner runner = new BackgroundRunner(worker);
        SettingsViewModel settings = new SettingsViewModel(state, runner, fixture.backups, fixture.dataDir,
                new FakeDialogService());
        MicrophoneModel microphone = new MicrophoneModel(state, runner, Platform::runLater, new MicrophoneModel.Devices(
                () -> List.of("Built-in Audio Analog Stereo", "USB Headset"), c -> source, () -> player, testFolder,
                source.ticker::get));
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene = new Scene(new SettingsView(settings, new PreferencesModel(state), null, microphone), 1024, 700);
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
    void choosingAnInputFromTheListSavesIt(FxRobot robot) throws Exception {
        scrollTo(robot, "#microphone-input");
        @SuppressWarnings("unchecked")
        ComboBox<MicrophoneChoice> input = robot.lookup("#microphone-input").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> input.getItems().size() == 3);
        assertEquals("System default", input.getValue().label());
        robot.clickOn(input);
        robot.clickOn("USB Headset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("USB Headset", state.settings().microphone().device().orElseThrow());
    }

    @Test
    void testMicrophoneShowsTheLevelThenPlaysBackAndSaysItWorked(FxRobot robot) throws Exception {
        scrollTo(robot, "#test-microphone");
        robot.clickOn("#test-microphone");
        SegmentedLevel meter = robot.lookup("#microphone-level").queryAs(SegmentedLevel.class);
        Label message = robot.lookup("#microphone-message").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meter.shownLevel() > 0.5);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no level shown; message: " + message.getText() + ", source opened " + source.opened);
        }
        assertTrue(meter.isVisible());
        assertTrue(robot.lookup("#test-microphone").queryAs(Button.class).isDisabled(), "one test at a time");
        shoot("settings-microphone-recording");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player.playing);
        Path wav = player.loaded;
        robot.interact(player::finish);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().equals(MicrophoneModel.HEARD));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.exists(wav));
        assertFalse(meter.isVisible());
        assertFalse(robot.lookup("#test-microphone").queryAs(Button.class).isDisabled());
        assertInside(message, robot.lookup(".card").match(c -> c.lookup("#microphone-message") != null).query());
        assertEquals(List.of(), Clipping.problems(scene));
        shoot("settings-microphone-done");
    }

    private void assertInside(Node child, Node parent) {
        Bounds c = child.localToScene(child.getBoundsInLocal());
        Bounds p = parent.localToScene(parent.getBoundsInLocal());
        assertTrue(p.contains(c.getMinX(), c.getMinY()) && p.contains(c.getMaxX() - 1, c.getMaxY() - 1),
                "message " + c + " lies inside its card " + p);
    }

    private void scrollTo(FxRobot robot, String query) {
        Node target = robot.lookup(query).query();
        ScrollPane pane = robot.lookup("#settings-view .scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double y = target.localToScene(0, 0).getY() - pane.localToScene(0, 0).getY();
            double content = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(Math.max(0, Math.min(1, (y - 100) / content)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(scene, name)).get(10, TimeUnit.SECONDS);
    }
}
