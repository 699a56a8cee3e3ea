package org.emdrill.app;

import java.nio.file.Path;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Runs the real app headless in its own process for {@link MockInterviewCrashRecoveryTest}.
 * {@code answer}: starts a typed mock interview and types into it until killed, printing
 * {@code TYPED <text>} once the first part is in. {@code offer}: a new start on the same folder;
 * prints {@code OFFERED <banner text>} when the window offers the interview, then resumes it and prints
 * {@code RESUMED <text in the answer box>}.
 */
public final class InterviewKillProbe {

    static final String FIRST_PART = "I called the tech lead first and asked what the four weeks rested on.";

    private InterviewKillProbe() {
    }

    public static void main(String[] args) throws Exception {
        RunningApp.launchHeadless(Path.of(args[0]));
        if (args[1].equals("answer")) {
            fire(RunningApp.waitFor("#welcome-skip"));
            fire(RunningApp.waitFor("#nav-mock_interview"));
            fire(RunningApp.waitFor("#mode-typed"));
            fire(RunningApp.waitFor("#start-interview"));
            // The running page is built before the interview starts: wait until it shows, as a user would.
            fire(shown("#interview-skip-prep"));
            Node answer = shown("#interview-answer");
            type(answer, FIRST_PART);
            System.out.println("TYPED " + FIRST_PART);
            System.out.flush();
            while (true) {
                type(answer, " more");
            }
        }
        // The first screen is Practice: the offer must reach the user there, in the window's banner.
        RunningApp.waitFor("#start-practice");
        String offer = null;
        for (int i = 0; i < 600 && offer == null; i++) {
            offer = RunningApp.<String>onFx(() -> findText("unfinished mock interview"));
            Thread.sleep(100);
        }
        System.out.println("OFFERED " + offer);
        fire(RunningApp.waitFor("#nav-mock_interview"));
        fire(shown("#resume-interview"));
        TextArea resumed = (TextArea) shown("#interview-answer");
        String text = RunningApp.<String>onFx(() -> resumed.getText());
        System.out.println("RESUMED " + text);
        System.out.flush();
        System.exit(0);
    }

    /** Waits until the node and every parent of it are visible. */
    private static Node shown(String id) throws Exception {
        Node node = RunningApp.waitFor(id);
        for (int i = 0; i < 600; i++) {
            boolean visible = RunningApp.<Boolean>onFx(() -> {
                for (Node n = node; n != null; n = n.getParent()) {
                    if (!n.isVisible()) {
                        return false;
                    }
                }
                return node.getScene() != null;
            });
            if (visible) {
                return node;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(id + " never showed");
    }

    private static void fire(Node button) throws Exception {
        RunningApp.onFx(() -> ((ButtonBase) button).fire());
    }

    private static String findText(String part) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                String found = find(w.getScene().getRoot(), part);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String find(Node node, String part) {
        if (node instanceof Labeled l && l.getText() != null && l.getText().contains(part) && node.isVisible()) {
            return l.getText();
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                String found = find(child, part);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void type(Node target, String text) throws Exception {
        for (char c : text.toCharArray()) {
            RunningApp.onFx(() -> Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                    KeyCode.UNDEFINED, false, false, false, false)));
            Thread.sleep(15);
        }
    }
}
