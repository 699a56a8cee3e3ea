package org.emdrill.app;

import java.nio.file.Path;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Runs the real app headless in its own process and types an answer into it, key by key, for
 * {@link CrashRecoveryTest} to kill. Prints {@code TYPED <text>} once the first part is in.
 */
public final class KillProbe {

    static final String FIRST_PART = "I asked the engineer what had changed and listened first.";

    private KillProbe() {
    }

    public static void main(String[] args) throws Exception {
        RunningApp.launchHeadless(Path.of(args[0]));
        // A fresh data folder is a first run: the welcome guide shows first, and a user can skip it.
        Node skip = RunningApp.waitFor("#welcome-skip");
        RunningApp.onFx(() -> ((Button) skip).fire());
        Node start = RunningApp.waitFor("#start-practice");
        RunningApp.onFx(() -> ((Button) start).fire());
        Node primary = RunningApp.waitFor("#primary-action");
        RunningApp.onFx(() -> ((Button) primary).fire());
        Node answer = RunningApp.waitFor("#answer");
        type(answer, FIRST_PART);
        System.out.println("TYPED " + FIRST_PART);
        System.out.flush();
        // Keep typing until killed: what is typed in the last two seconds need not survive.
        while (true) {
            type(answer, " more");
        }
    }

    private static void type(Node target, String text) throws Exception {
        for (char c : text.toCharArray()) {
            RunningApp.onFx(() -> Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                    KeyCode.UNDEFINED, false, false, false, false)));
            Thread.sleep(15);
        }
    }
}
