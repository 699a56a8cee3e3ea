package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.emdrill.settings.ChooserFolders;
import org.emdrill.ui.testing.Screenshots;

/** The app's dialogs belong to its window and wear its theme, in light and in dark. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    @TempDir
    static Path home;

    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(new Label("EM Drill")), 900, 600);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.show();
        dialogs = new FxDialogService(() -> stage, new ChooserFolders(home), folder -> { });
    }

    @Test
    void aConfirmationIsOwnedByTheAppWindowAndWearsItsLightTheme(FxRobot robot) throws Exception {
        DialogPane pane = openConfirmation(robot, new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet(),
                "light");

        assertSame(stage, pane.getScene().getWindow() instanceof Stage s ? s.getOwner() : null);
        assertTrue(pane.getStylesheets().contains(Styles.APP_CSS), "the app stylesheet applies in the dialog");
        assertTrue(brightness(headerOf(pane)) > 0.7, "a light header in the light theme, not a black one");
        robot.clickOn("Keep it");
    }

    @Test
    void inTheDarkThemeTheHeaderIsDarkAndItsTextLight(FxRobot robot) throws Exception {
        DialogPane pane = openConfirmation(robot, new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet(),
                "dark");

        assertTrue(brightness(headerOf(pane)) < 0.3, "a dark header in the dark theme");
        Label heading = (Label) pane.lookup(".header-panel .label");
        assertTrue(brightness(heading.getTextFill()) > 0.7, "its heading is readable on it");
        robot.clickOn("Keep it");
    }

    @Test
    void theDestructiveAnswerIsNotTheDefaultAndTheAnswerComesBack(FxRobot robot) throws Exception {
        robot.interact(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm(removeBank())));
        WaitForAsyncUtils.waitForFxEvents();

        Button remove = robot.lookup(".dialog-pane .button").match(b -> "Remove".equals(((Button) b).getText()))
                .queryAs(Button.class);
        assertFalse(remove.isDefaultButton(), "Enter keeps the bank");
        robot.clickOn(remove);

        assertTrue(answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aChoiceReturnsTheChosenOptionAndCancelReturnsNothing(FxRobot robot) throws Exception {
        DialogService.Choice choice = new DialogService.Choice("Import bank", "A bank with the id “x” exists",
                "Replace it, or keep both?", java.util.List.of("Replace", "Keep both"), "Cancel");
        CompletableFuture<Optional<String>> first = new CompletableFuture<>();
        Platform.runLater(() -> first.complete(dialogs.choose(choice)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Keep both");
        assertEquals(Optional.of("Keep both"), first.get(5, TimeUnit.SECONDS));

        CompletableFuture<Optional<String>> second = new CompletableFuture<>();
        Platform.runLater(() -> second.complete(dialogs.choose(choice)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertEquals(Optional.empty(), second.get(5, TimeUnit.SECONDS));
    }

    private DialogPane openConfirmation(FxRobot robot, String theme, String name) throws Exception {
        robot.interact(() -> Application.setUserAgentStylesheet(theme));
        Platform.runLater(() -> dialogs.confirm(removeBank()));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Screenshots.save(robot, pane.getScene(), "dialog-confirm-" + name);
        return pane;
    }

    private static DialogService.Confirmation removeBank() {
        return new DialogService.Confirmation("Remove bank", "Remove “Hiring loops”?",
                "Its file is deleted from your banks folder. Answers you gave stay in your history.",
                "Remove", "Keep it", true);
    }

    private static Paint headerOf(DialogPane pane) {
        Region header = (Region) pane.lookup(".header-panel");
        Background background = header.getBackground();
        return background == null || background.getFills().isEmpty()
                ? pane.getBackground().getFills().get(0).getFill()
                : background.getFills().get(background.getFills().size() - 1).getFill();
    }

    private static double brightness(Paint paint) {
        return paint instanceof Color c ? c.getBrightness() : -1;
    }

}
