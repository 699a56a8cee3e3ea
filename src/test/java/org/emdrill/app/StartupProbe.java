package org.emdrill.app;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Runs the app headless in its own process, as a user starts it, and reports what its windows show:
 * {@code MESSAGE <heading> | <text>} whenever the start-up window's words change, {@code TRY-AGAIN} when
 * it offers Try again ({@code ON-TOP} before {@code MESSAGE} when the window stays above others) (then presses Quit when started with {@code quit}), {@code MAIN} when the main
 * window is up, and {@code EXIT <status>} when the app has ended.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean quitWhenAsked = args.length > 1 && args[1].equals("quit");
        RunningApp.useHeadless();
        String[] appArgs = {"--data-dir", args[0]};
        Thread app = new Thread(() -> {
            int code = Main.run(appArgs, System.out, System.err);
            System.out.println("EXIT " + (code < 0 ? 0 : code));
            System.out.flush();
            System.exit(code < 0 ? 0 : code);
        }, "app");
        app.start();
        String last = "";
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            String seen;
            try {
                seen = RunningApp.onFx(StartupProbe::describe);
            } catch (Exception notReady) {
                continue;
            }
            if (seen.equals("MAIN")) {
                System.out.println("MAIN");
                System.out.flush();
                return;
            }
            if (!seen.equals(last) && !seen.isEmpty()) {
                System.out.println(seen);
                System.out.flush();
                last = seen;
                if (seen.startsWith("TRY-AGAIN") && quitWhenAsked) {
                    RunningApp.onFx(() -> ((Button) RunningApp.lookup("#startup-quit")).fire());
                }
            }
        }
    }

    private static String describe() {
        // The main window is up: on a first run the welcome guide shows over it.
        if (RunningApp.lookup("#start-practice") != null || RunningApp.lookup("#welcome-skip") != null) {
            return "MAIN";
        }
        Node message = RunningApp.lookup("#startup-message");
        if (message == null) {
            return "";
        }
        Node tryAgain = RunningApp.lookup("#startup-try-again");
        boolean onTop = ((javafx.stage.Stage) message.getScene().getWindow()).isAlwaysOnTop();
        String words = (onTop ? "ON-TOP " : "") + "MESSAGE " + ((Label) RunningApp.lookup("#startup-heading")).getText() + " | "
                + ((Label) message).getText();
        return tryAgain != null && !tryAgain.isDisabled() ? "TRY-AGAIN " + words : words;
    }
}
