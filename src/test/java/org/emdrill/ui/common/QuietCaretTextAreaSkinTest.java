package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A focused text area's caret blinks, shown then hidden about every half second, without JavaFX's blink
 * animation, whose sixty pulses a second cost a running answer more than its clock did.
 */
@ExtendWith(ApplicationExtension.class)
class QuietCaretTextAreaSkinTest {

    private TextArea area;
    private Button elsewhere;
    private final AtomicInteger pulses = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        area = new TextArea();
        elsewhere = new Button("Elsewhere");
        Scene scene = new Scene(new VBox(8, elsewhere, area), 400, 300);
        scene.getStylesheets().add(Styles.APP_CSS);
        scene.addPreLayoutPulseListener(pulses::incrementAndGet);
        stage.setScene(scene);
        stage.setWidth(400);
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void theCaretBlinksWithoutAnAnimationWhileFocused(FxRobot robot) throws Exception {
        robot.interact(() -> area.requestFocus());
        robot.write("a few words");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("a few words", on(area::getText));
        QuietCaretTextAreaSkin skin = on(() -> (QuietCaretTextAreaSkin) area.getSkin());
        assertTrue(skin.quiet(), "the blink is reachable on the classpath the tests run on");
        assertFalse(on(skin::animationRunning), "JavaFX's blink animation is stopped");

        // Over two seconds the caret shows and hides several times, and the window pulses only then.
        int shown = 0;
        int hiddenToo = 0;
        boolean last = on(skin::caretInShownHalf);
        int pulses0 = pulses.get();
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) {
            boolean now = on(skin::caretInShownHalf);
            if (now != last) {
                if (now) {
                    shown++;
                } else {
                    hiddenToo++;
                }
                last = now;
            }
            Thread.sleep(40);
        }
        assertTrue(shown >= 1 && hiddenToo >= 1, "it blinked: shown " + shown + ", hidden " + hiddenToo);
        assertFalse(on(skin::animationRunning));
        int perSecond = (pulses.get() - pulses0) / 2;
        assertTrue(perSecond < 30, "the window pulsed " + perSecond + " times a second, as for an animation");

        robot.interact(() -> elsewhere.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(on(skin::caretInShownHalf), "no caret once the focus left");
        Thread.sleep(1200);
        assertFalse(on(skin::caretInShownHalf), "and it does not come back by itself");
    }

    @Test
    void aCaretLeftAloneForTenSecondsRestsShownAndTypingWakesIt(FxRobot robot) throws Exception {
        robot.interact(() -> area.requestFocus());
        robot.write("notes");
        QuietCaretTextAreaSkin skin = on(() -> (QuietCaretTextAreaSkin) area.getSkin());
        assertTrue(on(skin::blinkingNow));
        long restsAfter = QuietCaretTextAreaSkin.HALF_PERIOD.toMillis() * QuietCaretTextAreaSkin.BLINKS_BEFORE_REST;
        Thread.sleep(restsAfter - 2000);
        assertTrue(on(skin::blinkingNow), "still blinking two seconds before it rests");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !on(skin::blinkingNow));
        assertTrue(on(skin::caretInShownHalf), "a resting caret is shown, not hidden");
        Thread.sleep(200); // JavaFX follows the last repaint with one more pulse
        int pulses0 = pulses.get();
        Thread.sleep(1500);
        assertEquals(pulses0, pulses.get(), "a resting caret does not repaint the window");

        robot.write("!");
        assertEquals("notes!", on(area::getText));
        assertTrue(on(skin::blinkingNow), "typing wakes it");
        robot.interact(() -> area.positionCaret(0));
        robot.interact(() -> elsewhere.requestFocus());
        assertFalse(on(skin::blinkingNow), "no blinking without the focus");
        robot.interact(() -> area.positionCaret(2));
        assertFalse(on(skin::blinkingNow), "a caret moved by the program while unfocused stays still");
    }

    private static <T> T on(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
