package org.emdrill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.emdrill.settings.Theme;
import org.emdrill.settings.WindowBounds;
import org.emdrill.store.InstanceLock;
import org.emdrill.ui.shell.OpeningView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window appears before the slow part of start-up, and nothing can be typed until it is done. */
@ExtendWith(ApplicationExtension.class)
class DeferredStartTest {

    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void showsTheOpeningStateAtTheSavedSizeUntilStartupIsDone() throws Exception {
        CountDownLatch openMayFinish = new CountDownLatch(1);
        CompletableFuture<Startup.Result> handedOver = new CompletableFuture<>();
        Startup.Result failed = Startup.Result.failed(StartupFailure.Kind.CANNOT_START, "test");
        WindowHint hint = new WindowHint(Theme.DARK, new WindowBounds(Double.NaN, Double.NaN, 1100, 700, false));
        DeferredStart deferred = new DeferredStart();
        Platform.runLater(() -> deferred.begin(stage, hint, () -> {
            await(openMayFinish);
            return failed;
        }, result -> {
            assertTrue(Platform.isFxApplicationThread());
            handedOver.complete(result);
        }));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.isShowing());
        Node root = stage.getScene().getRoot();
        assertTrue(root instanceof OpeningView);
        assertEquals(OpeningView.MESSAGE, ((Text) ((OpeningView) root).getChildren().get(0)).getText());
        assertEquals(1100, stage.getWidth());
        assertEquals(700, stage.getHeight());
        assertNull(root.lookup(".text-input"), "nothing to type into while opening");
        assertFalse(handedOver.isDone());

        openMayFinish.countDown();
        assertEquals(failed, handedOver.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aStartupBugEndsInAMessageInsteadOfAnEndlessOpeningState() throws Exception {
        CompletableFuture<Startup.Result> handedOver = new CompletableFuture<>();
        Platform.runLater(() -> new DeferredStart().begin(stage, WindowHint.defaults(), () -> {
            throw new IllegalStateException("broken wiring");
        }, handedOver::complete));
        Startup.Result result = handedOver.get(10, TimeUnit.SECONDS);
        assertTrue(result.context().isEmpty());
        assertEquals(StartupFailure.Kind.CANNOT_START, result.failure().kind());
        assertTrue(result.failure().message().contains("unexpected problem"), result.failure().message());
    }

    @Test
    void seesADataFolderHeldByAnotherEmDrillAndLeavesAFreeOneFree() throws Exception {
        AppPaths paths = new AppPaths(dataDir);
        assertFalse(DeferredStart.heldElsewhere(new AppPaths(dataDir.resolve("not-made-yet"))));
        assertFalse(DeferredStart.heldElsewhere(paths));
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir);
        assertTrue(lock.isPresent(), "the probe gave the lock back");
        try {
            assertTrue(DeferredStart.heldElsewhere(paths));
        } finally {
            lock.get().close();
        }
        assertNotNull(paths.dataDir());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
