package org.emdrill.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.emdrill.settings.ColumnWidthStore;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.Database;
import org.emdrill.store.DatabaseOpener;
import org.emdrill.store.OpenOutcome;
import org.emdrill.store.SeedAttempts;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.history.HistoryServices;
import org.emdrill.ui.history.HistoryView;
import org.emdrill.ui.history.HistoryViewModel;
import org.emdrill.ui.progress.ProgressView;
import org.emdrill.ui.progress.ProgressViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Speed and memory with a long history: 10,000 realistic attempts over two years, the real History and
 * Progress screens, headless. Prints {@code BENCH <name> <value> <unit>} lines; run with
 * {@code ./mvnw -B -Pbench verify}. Goals: history_open_10k_ms <= 300, history_filter_10k_ms <= 100,
 * progress_charts_10k_ms <= 300, rss_10k_mb <= 300. As in the app, Progress statistics are computed in
 * the background when the window opens (progress_background_recompute_10k_ms, which nobody waits for);
 * progress_charts_10k_ms is opening the screen until every chart is drawn. Numbers are printed, not
 * asserted: shared machines are noisy, so a timing never fails the build.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class TenThousandAttemptsBenchTest {

    private static final int ATTEMPTS = 10_000;
    private static Path dataDir;
    private static Database db;
    private static ExecutorService worker;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-01T12:00:00Z"));

    private StackPane root;
    private ProgressViewModel progress;
    private AppState state;
    private BackgroundRunner runner;

    @BeforeAll
    static void seed() throws Exception {
        dataDir = Files.createTempDirectory("em-drill-bench");
        db = ((OpenOutcome.Opened) new DatabaseOpener(dataDir, CLOCK).open()).database();
        long t0 = System.nanoTime();
        SeedAttempts.seed(db, ATTEMPTS, 42, CLOCK.instant());
        report("seed_10k_ms", (System.nanoTime() - t0) / 1e6, "ms");
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void close() {
        worker.shutdownNow();
        db.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new AppState(BankLibraryLoader.forDataDir(dataDir).load(), Rubric.empty(), Settings.defaults());
        runner = new BackgroundRunner(worker);
        root = new StackPane();
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void historyAndProgressWithTenThousandAttempts(FxRobot robot) throws Exception {
        // Warm up class loading and JIT once on a throwaway screen, as a user's second visit would be.
        openHistory(robot);
        HistoryViewModel history = openHistory(robot);
        double openMs = lastMs.get() / 1e6;
        report("history_open_10k_ms", openMs, "ms");

        double filterMs = applyModeFilter(robot, history, AnswerMode.SPOKEN);
        applyModeFilter(robot, history, null);
        filterMs = Math.min(filterMs, applyModeFilter(robot, history, AnswerMode.TYPED));
        report("history_filter_10k_ms", filterMs, "ms");

        report("rss_10k_mb", appResidentMegabytes(), "MB");

        double recompute = prepareProgress(robot);
        report("progress_background_recompute_10k_ms", recompute, "ms");
        openProgress(robot);
        report("progress_charts_10k_ms", openProgress(robot), "ms");
    }

    private final AtomicLong lastMs = new AtomicLong();

    private HistoryViewModel openHistory(FxRobot robot) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        HistoryViewModel[] model = new HistoryViewModel[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            model[0] = new HistoryViewModel(HistoryServices.over(db, CLOCK), runner, state, CLOCK, ColumnWidthStore.NONE,
                    new org.emdrill.ui.testing.FakeDialogService());
            model[0].rows().addListener((ListChangeListener<Object>) c -> {
                if (!model[0].rows().isEmpty() && shown.getCount() > 0) {
                    lastMs.set(System.nanoTime() - t0);
                    shown.countDown();
                }
            });
            root.getChildren().setAll(new HistoryView(model[0]));
        });
        assertTrue(shown.await(60, TimeUnit.SECONDS), "history rows appeared");
        return model[0];
    }

    private double applyModeFilter(FxRobot robot, HistoryViewModel model, AnswerMode mode) throws Exception {
        CountDownLatch applied = new CountDownLatch(1);
        AtomicLong elapsed = new AtomicLong();
        robot.interact(() -> {
            long t0 = System.nanoTime();
            model.matchingProperty().addListener((obs, was, is) -> {
                if (applied.getCount() > 0) {
                    elapsed.set(System.nanoTime() - t0);
                    applied.countDown();
                }
            });
            model.filters().modeProperty().set(mode);
        });
        assertTrue(applied.await(60, TimeUnit.SECONDS), "filter applied");
        return elapsed.get() / 1e6;
    }

    /**
     * As the app does: the statistics are computed in the background when the window opens; this
     * returns how long that took, which the user does not wait for.
     */
    private double prepareProgress(FxRobot robot) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        robot.interact(() -> {
            long t0 = System.nanoTime();
            progress = new ProgressViewModel(state, runner, new AttemptSearch(db), CLOCK, ZoneId.of("UTC"));
            progress.loadedProperty().addListener((obs, was, is) -> {
                if (is && ready.getCount() > 0) {
                    lastMs.set(System.nanoTime() - t0);
                    ready.countDown();
                }
            });
            progress.refresh();
        });
        assertTrue(ready.await(120, TimeUnit.SECONDS), "progress statistics ready");
        return lastMs.get() / 1e6;
    }

    /**
     * Opening the screen: from the click to the end of the first pulse that shows it, every chart laid
     * out and handed to the renderer.
     */
    private double openProgress(FxRobot robot) throws Exception {
        CountDownLatch pulsed = new CountDownLatch(1);
        AtomicLong elapsed = new AtomicLong();
        robot.interact(() -> {
            long t0 = System.nanoTime();
            Scene scene = root.getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                elapsed.set(System.nanoTime() - t0);
                scene.removePostLayoutPulseListener(listener[0]);
                pulsed.countDown();
            };
            root.getChildren().setAll(new ProgressView(progress));
            scene.addPostLayoutPulseListener(listener[0]);
        });
        assertTrue(pulsed.await(30, TimeUnit.SECONDS), "progress drawn");
        return elapsed.get() / 1e6;
    }

    /**
     * The memory of the real app, not of this test process: it runs as a user starts it (default JVM
     * settings) on the seeded folder, opens History and reports its resident set once rows show.
     */
    private static double appResidentMegabytes() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.emdrill.app.HistoryMemoryProbe", dataDir.toString()).redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("RSS ")) {
                    return Double.parseDouble(line.substring(4).trim());
                }
            }
        } finally {
            app.destroyForcibly();
            app.waitFor(20, TimeUnit.SECONDS);
        }
        return Double.NaN;
    }

    private static void report(String name, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "BENCH %s %.0f %s%n", name, value, unit);
    }
}
