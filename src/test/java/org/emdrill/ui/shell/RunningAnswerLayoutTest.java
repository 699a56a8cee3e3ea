package org.emdrill.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.emdrill.audio.playback.WaveformSource;
import org.emdrill.practice.FakeTicker;
import org.emdrill.practice.FakeClock;
import org.emdrill.ui.common.LayoutFence;
import org.emdrill.ui.common.Listening;
import org.emdrill.ui.testing.AppWindow;
import org.emdrill.ui.testing.FakeMicrophone;
import org.emdrill.ui.testing.FakePlayback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While an answer records, what changes every second (the clocks, the time recorded, the target bar) lays
 * out only itself, never the page around it: a layout of the page re-measures every wrapped label on it,
 * and two a second were a third of what a recorded answer cost the processor. Each second the answer
 * runs, every node of the window that asks for layout must be inside a {@link LayoutFence}; and the
 * set-up page, half of the window's nodes, is out of the scene meanwhile (each repaint walks them all).
 */
@ExtendWith(ApplicationExtension.class)
class RunningAnswerLayoutTest {

    @TempDir
    static Path dataDir;

    private final FakeTicker ticker = new FakeTicker();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-05-04T09:00:00Z"));
    private final List<FakeMicrophone> microphones = new CopyOnWriteArrayList<>();
    /** Nodes outside any fence that asked for layout, with how often. */
    private final Map<String, Integer> unfenced = new ConcurrentHashMap<>();
    private volatile boolean watching;
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Listening listening = new Listening(FakePlayback::new, WaveformSource.NONE);
        window = AppWindow.open(stage, dataDir, clock, ticker, 1280, 820, folder -> FakeMicrophone.audio(folder,
                () -> new FakeMicrophone().feed(FakeMicrophone.tone(0.5, 200, 0.4)), microphones, listening));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aRecordedPracticeAnswerLaysOutOnlyItsFencedClocks(FxRobot robot) throws Exception {
        for (String id : List.of("#mode-spoken", "#start-practice", "#primary-action", "#skip-prep")) {
            fire(robot, id);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#recording-state").startsWith("Recording"));
        assertTrue(robot.lookup("#start-practice").tryQuery().isEmpty(), "the set-up page is out of the scene");
        runFiveSeconds(robot, "#timer", "#recording-state");
        fire(robot, "#primary-action");
        fire(robot, "#end-practice");
        assertTrue(robot.lookup("#start-practice").tryQuery().map(Node::isVisible).orElse(false), "and back after");
    }

    @Test
    void theAnswerButtonsKeepTheirPlaceThroughPrepRecordingAndPause(FxRobot robot) throws Exception {
        for (int[] size : new int[][] {{1280, 820}, {1024, 700}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            fire(robot, "#mode-spoken");
            fire(robot, "#start-practice");
            // Its words change ("Start answer", "Stop answer"): its right edge and its top stay. The window
            // was just resized (the sidebar folds to icons below 1100 px): measured once it has settled.
            String ready = settled(robot, "#primary-action");
            fire(robot, "#primary-action"); // thinking time: "Gather your thoughts · the answer starts at 0:00"
            assertEquals(ready, corner(robot, "#primary-action"), "prep at " + size[0]);
            fire(robot, "#skip-prep");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#recording-state").startsWith("Recording"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(ready, corner(robot, "#primary-action"), "recording at " + size[0]);
            String pause = corner(robot, "#pause") + " " + place(robot, "#pause").getWidth();
            fire(robot, "#pause");
            assertEquals("Resume", text(robot, "#pause"));
            assertEquals(ready, corner(robot, "#primary-action"), "paused at " + size[0]);
            assertEquals(pause, corner(robot, "#pause") + " " + place(robot, "#pause").getWidth(),
                    "Resume is as wide as Pause at " + size[0]);
            fire(robot, "#pause");
            fire(robot, "#primary-action");
            fire(robot, "#end-practice");
        }
    }

    /** The corner once two readings a few pulses apart agree. */
    private static String settled(FxRobot robot, String id) throws InterruptedException {
        String last = corner(robot, id);
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            String now = corner(robot, id);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * A node's top right corner from its card's top right corner, in whole pixels: from the card, since the
     * page's scroll bar comes and goes with the page's height and narrows the whole card by its width.
     */
    private static String corner(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node n = robot.lookup(id).query();
        Node card = n;
        while (!card.getStyleClass().contains("card")) {
            card = card.getParent();
        }
        javafx.geometry.Bounds b = card.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        return Math.round(card.getLayoutBounds().getWidth() - b.getMaxX()) + "," + Math.round(b.getMinY());
    }

    /** Where a node is in the window, rounded to whole pixels. */
    private static javafx.geometry.Bounds place(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node n = robot.lookup(id).query();
        javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
        return new javafx.geometry.BoundingBox(Math.round(b.getMinX()), Math.round(b.getMinY()), Math.round(b.getWidth()),
                Math.round(b.getHeight()));
    }

    @Test
    void aRecordedMockInterviewAnswerLaysOutOnlyItsFencedClocks(FxRobot robot) throws Exception {
        fire(robot, "#nav-mock_interview");
        fire(robot, "#mode-spoken");
        fire(robot, "#start-interview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#interview-skip-prep").tryQuery()
                .map(Node::isVisible).orElse(false));
        fire(robot, "#interview-skip-prep");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#interview-recording-state")
                .startsWith("Recording"));
        assertTrue(robot.lookup("#start-interview").tryQuery().isEmpty(), "the set-up page is out of the scene");
        runFiveSeconds(robot, "#interview-timer", "#interview-total");

        // Scored after the answer: a spoken answer with no notes says where the answer is, not "nothing typed".
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            if (robot.lookup("#scoring-answer").tryQuery().isPresent() || robot.lookup("#q1-answer").tryQuery().isPresent()) {
                return true;
            }
            robot.interact(() -> ticker.advance(Duration.ofSeconds(30)));
            robot.lookup("#interview-next").tryQuery().filter(Node::isVisible)
                    .ifPresent(n -> robot.interact(((ButtonBase) n)::fire));
            WaitForAsyncUtils.waitForFxEvents();
            return false;
        });
        String given = robot.lookup("#scoring-answer").tryQuery().or(() -> robot.lookup("#q1-answer").tryQuery())
                .map(n -> ((Labeled) n).getText()).orElseThrow();
        assertEquals("No notes jotted: play the recording to hear what you said.", given);
    }

    /** Lets five seconds pass on the answer's clocks while watching every node's layout requests. */
    private void runFiveSeconds(FxRobot robot, String... changing) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> watch(stage.getScene().getRoot()));
        watching = true;
        String[] before = new String[changing.length];
        for (int i = 0; i < changing.length; i++) {
            before[i] = text(robot, changing[i]);
        }
        for (int second = 0; second < 5; second++) {
            microphones.get(microphones.size() - 1).feed(FakeMicrophone.tone(1, 200, 0.4));
            robot.interact(() -> {
                ticker.advance(Duration.ofSeconds(1));
                clock.advance(Duration.ofSeconds(1));
            });
            Thread.sleep(250); // the screen's ticks come ten times a second: at least one reads the new time
            WaitForAsyncUtils.waitForFxEvents();
        }
        watching = false;
        for (int i = 0; i < changing.length; i++) {
            assertNotEquals(before[i], text(robot, changing[i]), changing[i] + " moved on with the answer");
        }
        assertEquals(Map.of(), unfenced, "nodes outside a fence laid out while the answer ran");
    }

    private void watch(Node n) {
        if (n instanceof Parent p) {
            p.needsLayoutProperty().addListener((obs, was, is) -> {
                if (is && watching && !fenced(p)) {
                    unfenced.merge(name(p), 1, Integer::sum);
                }
            });
            p.getChildrenUnmodifiable().forEach(this::watch);
        }
    }

    /** Inside a fence: the fence stops the request there, so it lays out nothing around it. */
    private static boolean fenced(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (at instanceof LayoutFence) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node at = n; at != null && b.length() < 300; at = at.getParent()) {
            b.insert(0, "/" + at.getClass().getSimpleName() + (at.getId() == null ? "" : "#" + at.getId()));
        }
        return b.toString();
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> ((ButtonBase) robot.lookup(id).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }
}
