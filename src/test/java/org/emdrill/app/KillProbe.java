package org.emdrill.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Runs the real app headless in its own process and types an answer into it, key by key, for
 * {@link CrashRecoveryTest} to kill. Prints {@code TYPED <text>} once the first part is in.
 */
public final class KillProbe {

    static final String FIRST_PART = "I asked the engineer what had changed and listened first.";

    private KillProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1200-32");
        Path dataDir = Path.of(args[0]);
        Thread app = new Thread(() -> EmDrillApp.launchWith(new AppPaths(dataDir)), "app");
        app.setDaemon(true);
        app.start();

        Node start = waitFor(() -> lookup("#start-practice"));
        onFx(() -> ((Button) start).fire());
        Node primary = waitFor(() -> lookup("#primary-action"));
        onFx(() -> ((Button) primary).fire());
        Node answer = waitFor(() -> lookup("#answer"));
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
            onFx(() -> Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "",
                    KeyCode.UNDEFINED, false, false, false, false)));
            Thread.sleep(15);
        }
    }

    private static Node lookup(String id) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                Node n = w.getScene().lookup(id);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static Node waitFor(Supplier<Node> find) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Node> f = new CompletableFuture<>();
            try {
                Platform.runLater(() -> f.complete(find.get()));
                Node n = f.get(5, TimeUnit.SECONDS);
                if (n != null) {
                    return n;
                }
            } catch (IllegalStateException toolkitNotReady) {
                // JavaFX is still starting.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window did not appear");
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            f.complete(null);
        });
        f.get(10, TimeUnit.SECONDS);
    }
}
