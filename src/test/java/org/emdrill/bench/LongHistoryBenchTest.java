package org.emdrill.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
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
import org.emdrill.settings.ColumnWidthStore;
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
 * Speed and memory with a long history: 10,000 realistic attempts over two years, then 100,000 over
 * ten years (daily practice for a decade), the real History and Progress screens, headless. Run with
 * {@code ./mvnw -B -Pbench verify}; it prints {@code BENCH} lines and asserts no timing, so a noisy
 * machine never fails the build.
 *
 * <p>Every timed figure is the median of {@value #RUNS} runs after one warm-up, and its clock stops
 * when the screen has been drawn: at the start of the pulse after the one whose layout put the rows
 * (or charts) into the scene, so layout and the render of that frame are included. Each figure is also
 * printed as a ratio to a floor measured in the same run, because this machine's speed varies by 2x
 * from hour to hour: the same query through plain JDBC plus a bare {@code TableView} showing 50 fixed
 * rows for opening History; the bare table for opening Progress; Progress's query through plain JDBC
 * for its background recompute; for a filter, the same query through plain JDBC plus the bare table
 * given 50 other rows. Growth factors from 10,000 to 100,000 are printed with the 2x allowed.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class LongHistoryBenchTest {

    static final int RUNS = 5;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-01T12:00:00Z"));
    private static final BenchReport REPORT = new BenchReport();
    private static ExecutorService worker;

    private StackPane root;
    private BackgroundRunner runner;

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        runner = new BackgroundRunner(worker);
        root = new StackPane();
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void historyAndProgressAtTenAndAHundredThousandAttempts(FxRobot robot) throws Exception {
        measure(robot, 10_000, "10k", 730, "<= 300 MB");
        measure(robot, 100_000, "100k", 3_650, "<= 400 MB");
        REPORT.growth("10k", "100k", 2);
    }

    private void measure(FxRobot robot, int attempts, String size, int days, String memoryGoal) throws Exception {
        Path dataDir = Files.createTempDirectory("em-drill-bench-" + size);
        Database db = ((OpenOutcome.Opened) new DatabaseOpener(dataDir, CLOCK).open()).database();
        try {
            long t0 = System.nanoTime();
            SeedAttempts.seed(db, attempts, 42, CLOCK.instant(), days);
            REPORT.plain("seed_" + size + "_ms", (System.nanoTime() - t0) / 1e6, "ms", days + " days");
            AppState state = new AppState(BankLibraryLoader.forDataDir(dataDir).load(), Rubric.empty(),
                    Settings.defaults());

            double table = median(() -> bareTableMs(robot));
            double refill = median(() -> refillTableMs(robot));
            double jdbcAll;
            double jdbcTyped;
            double jdbcAllAttempts;
            try (JdbcFloor jdbc = new JdbcFloor(db.file())) {
                jdbc.firstPageMs(null);
                jdbcAll = median(() -> jdbc.firstPageMs(null));
                jdbcTyped = median(() -> jdbc.firstPageMs(AnswerMode.TYPED.id()));
                jdbcAllAttempts = median(jdbc::allAttemptsMs);
            }
            REPORT.plain("floor_table_50_rows_" + size + "_ms", table, "ms", "bare TableView, 50 fixed rows");
            REPORT.plain("floor_table_refill_50_rows_" + size + "_ms", refill, "ms",
                    "the same bare TableView given 50 other rows");
            REPORT.plain("floor_jdbc_first_page_" + size + "_ms", jdbcAll, "ms", "plain JDBC");
            REPORT.plain("floor_jdbc_progress_query_" + size + "_ms", jdbcAllAttempts, "ms", "plain JDBC");

            openHistory(robot, db, state);
            double[] open = runs(() -> openHistory(robot, db, state));
            REPORT.figure("history_open_" + size + "_ms", open, "<= 300 ms", jdbcAll + table, "jdbc+table");

            HistoryViewModel history = openHistoryModel(robot, db, state);
            double[] filter = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                filter[i] = applyModeFilter(robot, history, i % 2 == 0 ? AnswerMode.SPOKEN : AnswerMode.TYPED);
            }
            REPORT.figure("history_filter_" + size + "_ms", filter, "<= 100 ms", jdbcTyped + refill, "jdbc+refill");

            REPORT.memory("rss_" + size + "_mb", appResidentMegabytes(dataDir), memoryGoal);

            ProgressViewModel progress = new ProgressViewModel(state, runner, new org.emdrill.store.TypedAnswerReads(db),
                    new org.emdrill.store.ProgressQueries(db), CLOCK,
                    ZoneId.of("UTC"));
            double[] recompute = runs(() -> recomputeProgress(robot, progress));
            REPORT.figure("progress_background_recompute_" + size + "_ms", recompute,
                    "none (runs in the background when the window opens)", jdbcAllAttempts, "jdbc");
            openProgress(robot, progress);
            double[] charts = runs(() -> openProgress(robot, progress));
            REPORT.figure("progress_charts_" + size + "_ms", charts, "<= 300 ms", table, "table");
        } finally {
            robot.interact(() -> root.getChildren().clear());
            db.close();
            deleteRecursively(dataDir);
        }
    }

    /** A seeded folder of 100,000 attempts is a quarter of a gigabyte: never leave it behind. */
    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private interface Timed {
        double ms() throws Exception;
    }

    private static double[] runs(Timed timed) throws Exception {
        double[] values = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            values[i] = timed.ms();
        }
        return values;
    }

    private static double median(Timed timed) throws Exception {
        timed.ms();
        return BenchReport.median(runs(timed));
    }

    /**
     * Runs {@code change} on the FX thread and returns the time until the screen shows the result: the
     * first pulse whose layout finds {@code shown} true, plus the render of that frame, which is done
     * when the next pulse starts.
     */
    private double untilDrawn(FxRobot robot, Runnable change, BooleanSupplier shown) throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong elapsed = new AtomicLong();
        robot.interact(() -> {
            Scene scene = root.getScene();
            long t0 = System.nanoTime();
            Runnable[] afterLayout = new Runnable[1];
            Runnable[] nextPulse = new Runnable[1];
            nextPulse[0] = () -> {
                scene.removePreLayoutPulseListener(nextPulse[0]);
                elapsed.set(System.nanoTime() - t0);
                drawn.countDown();
            };
            afterLayout[0] = () -> {
                if (shown.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(afterLayout[0]);
                    scene.addPreLayoutPulseListener(nextPulse[0]);
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(afterLayout[0]);
            change.run();
            Platform.requestNextPulse();
        });
        assertTrue(drawn.await(120, TimeUnit.SECONDS), "the screen was drawn");
        return elapsed.get() / 1e6;
    }

    /** True when the table's first row cell shows {@code first} and has been laid out. */
    private static boolean firstRowShows(Node scope, Object first) {
        if (first == null) {
            return false;
        }
        for (Node n : scope.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getIndex() == 0 && row.getItem() == first && row.getHeight() > 0) {
                return true;
            }
        }
        return false;
    }

    private double bareTableMs(FxRobot robot) throws Exception {
        TableView<String[]>[] table = new TableView[1];
        return untilDrawn(robot, () -> {
            TableView<String[]> t = new TableView<>();
            for (int c = 0; c < 6; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>("Column " + c);
                col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[column]));
                t.getColumns().add(col);
            }
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r < 50; r++) {
                rows.add(new String[] {"2026-10-" + (r % 28 + 1), "Giving feedback", "Tell me about a time " + r,
                    r % 4 == 0 ? "Spoken" : "Typed", (90 + r) + " s", String.valueOf(3 + r % 3 * 0.5)});
            }
            t.getItems().setAll(rows);
            table[0] = t;
            root.getChildren().setAll(t);
        }, () -> table[0] != null && !table[0].getItems().isEmpty() && firstRowShows(table[0], table[0].getItems().get(0)));
    }

    /** The floor of a filter: a table already on screen shows 50 other rows. */
    private double refillTableMs(FxRobot robot) throws Exception {
        bareTableMs(robot);
        @SuppressWarnings("unchecked")
        TableView<String[]> table = (TableView<String[]>) root.getChildren().get(0);
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 50; r++) {
            rows.add(new String[] {"2026-09-" + (r % 28 + 1), "Resolving conflicts", "Describe a standoff " + r,
                "Typed", (120 + r) + " s", String.valueOf(2 + r % 3 * 0.5)});
        }
        return untilDrawn(robot, () -> table.getItems().setAll(rows),
                () -> firstRowShows(table, table.getItems().get(0)) && table.getItems().get(0) == rows.get(0));
    }

    private HistoryViewModel lastHistory;

    private double openHistory(FxRobot robot, Database db, AppState state) throws Exception {
        HistoryViewModel[] model = new HistoryViewModel[1];
        double ms = untilDrawn(robot, () -> {
            model[0] = new HistoryViewModel(HistoryServices.over(db, CLOCK), runner, state, CLOCK, ColumnWidthStore.NONE,
                    new org.emdrill.ui.testing.FakeDialogService());
            root.getChildren().setAll(new HistoryView(model[0]));
        }, () -> !model[0].rows().isEmpty() && firstRowShows(root, model[0].rows().get(0)));
        lastHistory = model[0];
        return ms;
    }

    private HistoryViewModel openHistoryModel(FxRobot robot, Database db, AppState state) throws Exception {
        openHistory(robot, db, state);
        return lastHistory;
    }

    private double applyModeFilter(FxRobot robot, HistoryViewModel model, AnswerMode mode) throws Exception {
        boolean[] applied = new boolean[1];
        return untilDrawn(robot, () -> {
            model.matchingProperty().addListener((obs, was, is) -> applied[0] = true);
            model.filters().modeProperty().set(mode);
        }, () -> applied[0] && !model.rows().isEmpty() && model.rows().get(0).mode() == mode
                && firstRowShows(root, model.rows().get(0)));
    }

    /** As the app does when the window opens: the statistics are computed in the background. */
    private double recomputeProgress(FxRobot robot, ProgressViewModel progress) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        AtomicLong elapsed = new AtomicLong();
        robot.interact(() -> {
            long t0 = System.nanoTime();
            int before = progress.completedRecomputesProperty().get();
            progress.completedRecomputesProperty().addListener((obs, was, is) -> {
                if (is.intValue() > before && ready.getCount() > 0) {
                    elapsed.set(System.nanoTime() - t0);
                    ready.countDown();
                }
            });
            progress.refresh();
        });
        assertTrue(ready.await(300, TimeUnit.SECONDS), "progress statistics ready");
        return elapsed.get() / 1e6;
    }

    /** Opening the screen over computed statistics: from the click until every chart is drawn. */
    private double openProgress(FxRobot robot, ProgressViewModel progress) throws Exception {
        ProgressView[] view = new ProgressView[1];
        return untilDrawn(robot, () -> {
            view[0] = new ProgressView(progress);
            root.getChildren().setAll(view[0]);
        }, () -> view[0].getScene() != null && view[0].getHeight() > 0);
    }

    /**
     * The memory of the real app, not of this test process: it runs as a user starts it (default JVM
     * settings) on the seeded folder, opens History and reports its resident set once rows show.
     */
    private static double appResidentMegabytes(Path dataDir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.emdrill.app.HistoryMemoryProbe", dataDir.toString()).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("RSS ")) {
                    return Double.parseDouble(line.substring(4).trim());
                }
                output.add(line);
            }
        } finally {
            app.destroyForcibly();
            app.waitFor(20, TimeUnit.SECONDS);
        }
        System.out.println("BENCH memory probe printed no RSS line; its last output:");
        output.subList(Math.max(0, output.size() - 15), output.size()).forEach(l -> System.out.println("  " + l));
        return Double.NaN;
    }
}
