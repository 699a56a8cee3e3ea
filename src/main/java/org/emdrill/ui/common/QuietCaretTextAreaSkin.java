package org.emdrill.ui.common;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextInputControlSkin;

/**
 * Every text area's skin (set from {@code app.css}): the caret blinks as JavaFX's does, twice a second,
 * but from a {@link ScreenTicks} tick instead of JavaFX's {@code Timeline}. Any running animation makes
 * the toolkit pulse sixty times a second, each pulse a pass over the whole window, for as long as a text
 * area has the focus: throughout every answer, since the answer box is focused while the user speaks or
 * types. The tick wakes the window only when the caret shows or hides, and after {@value #BLINKS_BEFORE_REST}
 * blinks (ten seconds) without a key or a click the caret rests, shown, as GTK's and Windows' carets do to
 * save power: every blink repaints the window, which without a GPU copies all of it.
 *
 * <p>JavaFX keeps the caret's blink private, so it is reached by reflection; where that is refused (its
 * field names changed, or {@code javafx.controls} is not opened to the app) the skin is JavaFX's own, with
 * its own blinking. The installer and {@code javafx:run} open the package.
 */
public class QuietCaretTextAreaSkin extends TextAreaSkin {

    /** JavaFX's own half period: the caret shows for this long, then hides for as long. */
    static final Duration HALF_PERIOD = Duration.ofMillis(500);
    /** Half periods a caret blinks after the last edit, move or click: GTK's default of ten seconds. */
    static final int BLINKS_BEFORE_REST = 20;

    /** JavaFX's blink state: true while the caret is in its hidden half (JavaFX's name). */
    private final BooleanProperty hidden;
    /** JavaFX's blink animation, kept stopped. */
    private final Animation blinking;
    private final ScreenTicks.Tick tick;
    private int halvesLeft;

    public QuietCaretTextAreaSkin(TextArea control) {
        super(control);
        BooleanProperty blink = null;
        Animation timeline = null;
        try {
            Method property = TextInputControlSkin.class.getDeclaredMethod("blinkProperty");
            property.setAccessible(true);
            Field caretBlinking = TextInputControlSkin.class.getDeclaredField("caretBlinking");
            caretBlinking.setAccessible(true);
            Object owner = caretBlinking.get(this);
            Field caretTimeline = owner.getClass().getDeclaredField("caretTimeline");
            caretTimeline.setAccessible(true);
            blink = (BooleanProperty) property.invoke(this);
            timeline = (Animation) caretTimeline.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            blink = null; // JavaFX's own blinking stays
            timeline = null;
        }
        hidden = blink;
        blinking = timeline;
        tick = ScreenTicks.shared().every(HALF_PERIOD, this::halfPeriod);
        if (blinking != null && blinking.getStatus() == Animation.Status.RUNNING) {
            setCaretAnimating(true); // focused before this skin was made
        }
        if (hidden != null) {
            // Typing and moving the caret wake a resting caret, as a click does (through setCaretAnimating).
            control.textProperty().addListener((obs, was, is) -> wake());
            control.caretPositionProperty().addListener((obs, was, is) -> wake());
        }
    }

    private void halfPeriod() {
        if (--halvesLeft <= 0) {
            hidden.set(false); // rests shown
            tick.stop();
        } else {
            hidden.set(!hidden.get());
        }
    }

    private void wake() {
        if (getSkinnable().isFocused()) {
            setCaretAnimating(true);
        }
    }

    /** Whether the caret blinks from the tick (false: JavaFX's own blinking, reflection refused). */
    boolean quiet() {
        return hidden != null;
    }

    /** Whether the caret is in its shown half; for tests. */
    boolean caretInShownHalf() {
        return hidden != null && !hidden.get();
    }

    /** Whether the caret is blinking now (false once it rests); for tests. */
    boolean blinkingNow() {
        return tick.isRunning();
    }

    /** Whether JavaFX's own blink animation runs; for tests. */
    boolean animationRunning() {
        return blinking != null && blinking.getStatus() == Animation.Status.RUNNING;
    }

    /** Called by JavaFX's behaviour on focus, on mouse press and release. */
    @Override
    public void setCaretAnimating(boolean animating) {
        super.setCaretAnimating(animating);
        if (hidden == null) {
            return; // not yet set (called from JavaFX's constructor), or refused: JavaFX blinks
        }
        blinking.stop();
        tick.stop();
        if (animating) {
            hidden.set(false); // a fresh caret shows at once, as JavaFX's does
            halvesLeft = BLINKS_BEFORE_REST;
            tick.start();
        }
    }

    @Override
    public void dispose() {
        if (tick != null) {
            tick.stop();
        }
        super.dispose();
    }
}
