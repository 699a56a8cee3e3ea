package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clock's text in a fence changes without laying out the page around it, and still gets the room it
 * needs when it grows.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFenceTest {

    /** Counts the page's own layouts: each one re-measures every label on it. */
    private final AtomicInteger pageLayouts = new AtomicInteger();
    private Label clock;
    private ProgressBar bar;
    private LayoutFence clockFence;
    private LayoutFence barFence;
    private Label after;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        clock = new Label("0:00");
        bar = new ProgressBar(0);
        clockFence = new LayoutFence(clock);
        barFence = new LayoutFence(bar);
        bar.setMaxWidth(Double.MAX_VALUE);
        after = new Label("after the clock");
        Label wrapped = Layouts.wrapping("A long wrapped paragraph, as the prompt above the clock is, that the page"
                + " measures again at every one of its layouts.", "prompt");
        VBox page = new VBox(8, wrapped, new HBox(12, clockFence, after), barFence) {
            @Override
            protected void layoutChildren() {
                pageLayouts.incrementAndGet();
                super.layoutChildren();
            }
        };
        Scene scene = new Scene(page, 400, 400);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.setWidth(400);
        stage.setHeight(400);
        stage.show();
    }

    @Test
    void aTickOfTheClockOrTheBarLaysOutOnlyTheFencedNode(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int before = pageLayouts.get();
        for (int second = 1; second <= 9; second++) {
            String text = "0:0" + second;
            double share = second / 10.0;
            robot.interact(() -> {
                clock.setText(text);
                bar.setProgress(share);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(text, on(() -> ((javafx.scene.text.Text) clock.lookup(".text")).getText()),
                    "the label itself was laid out with its new text");
        }
        assertEquals(before, pageLayouts.get(), "nine ticks of the clock and the bar laid out the page");
        assertTrue(on(() -> barFence.getWidth()) > 300, "the bar still spans the page: " + on(barFence::getWidth));
    }

    @Test
    void aClockThatGrowsGetsTheRoomItNeeds(FxRobot robot) throws Exception {
        robot.interact(() -> clock.setText("9:59"));
        WaitForAsyncUtils.waitForFxEvents();
        double narrow = on(() -> clockFence.getWidth());
        int before = pageLayouts.get();
        robot.interact(() -> clock.setText("Recording paused 10:00"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pageLayouts.get() > before, "growing text asks the page for room");
        double wide = on(() -> clockFence.getWidth());
        assertTrue(wide > narrow + 40, narrow + " then " + wide);
        assertTrue(on(() -> clockFence.childFits()), "the text fits its room");
        assertTrue(on(() -> after.getLayoutX()) >= on(() -> clockFence.getBoundsInParent().getMaxX()),
                "the label after the clock moved out of its way");
        assertFalse(on(() -> clock.getText().isEmpty()));
    }

    private static <T> T on(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
