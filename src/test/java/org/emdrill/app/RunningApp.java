package org.emdrill.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/** Starts the real app headless inside a probe process and finds its controls, for out-of-process tests. */
final class RunningApp {

    private RunningApp() {
    }

    static void launchHeadless(Path dataDir) {
        useHeadless();
        Thread app = new Thread(() -> EmDrillApp.launchWith(new AppPaths(dataDir)), "app");
        app.setDaemon(true);
        app.start();
    }

    /** Monocle's headless glass, software rendering: no display needed. */
    static void useHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    /** Waits until a node with this CSS id is in a window, up to a minute. */
    static Node waitFor(String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                Node n = onFx(() -> lookup(id));
                if (n != null) {
                    return n;
                }
            } catch (IllegalStateException toolkitNotReady) {
                // JavaFX is still starting.
            } catch (java.util.concurrent.TimeoutException busy) {
                // The FX thread is still busy starting the window (slow on a loaded machine): ask again.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no " + id + " appeared");
    }

    static void onFx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(10, TimeUnit.SECONDS);
    }

    static Node lookup(String id) {
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
}
