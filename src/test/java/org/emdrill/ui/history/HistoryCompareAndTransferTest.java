package org.emdrill.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.store.recording.Recording;
import org.emdrill.store.recording.RecordingStore;
import org.emdrill.store.transfer.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing attempts at one question, export, import and remembered column widths. */
class HistoryCompareAndTransferTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private ModelHarness harness;

    @BeforeEach
    void open() throws Exception {
        harness = new ModelHarness(dataDir);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void seedThreeAtOneQuestion() {
        HistoryFixture s = harness.store;
        s.save(HistoryFixture.at("feedback", "q1", "Coach someone", 0, "Short first try.", "",
                Scores.none().with(Dimension.COACHING, 2), 2.0));
        s.save(HistoryFixture.at("feedback", "other", "Something else", 10, "Unrelated.", "",
                Scores.none().with(Dimension.EXECUTION, 5), 5.0));
        s.save(HistoryFixture.at("feedback", "q1", "Coach someone", 24, "A longer second try with more detail.", "",
                Scores.none().with(Dimension.COACHING, 3).with(Dimension.LEADERSHIP, 3), 3.0));
        s.save(HistoryFixture.at("feedback", "q1", "Coach someone", 48, "Third.", "",
                Scores.none().with(Dimension.COACHING, 4), 4.5));
    }

    @Test
    void compareShowsEveryAttemptAtTheQuestionOldestFirstWithTheChanges() throws Exception {
        seedThreeAtOneQuestion();
        HistoryViewModel model = harness.started();
        harness.act(() -> model.select(model.rows().get(1))); // the second try at q1
        assertEquals(3, model.detailProperty().get().attemptsAtQuestion());

        harness.act(model::compareOpened);

        CompareModel compare = model.compare();
        assertTrue(compare.showingProperty().get());
        assertEquals("Coach someone", compare.promptProperty().get());
        assertEquals("3 attempts, oldest first", compare.summaryProperty().get());
        List<CompareColumn> columns = compare.columns();
        assertEquals(List.of("2.0", "3.0", "4.5"), columns.stream().map(CompareColumn::overallText).toList());
        assertEquals(List.of("", "▲ 1.0", "▲ 1.5"), columns.stream().map(CompareColumn::overallChange).toList());
        assertEquals(List.of(false, true, false), columns.stream().map(CompareColumn::current).toList());
        assertEquals(List.of("3 words", "7 words", "1 word"), columns.stream().map(CompareColumn::wordsText).toList());
        CompareColumn second = columns.get(1);
        assertEquals(List.of(Dimension.LEADERSHIP, Dimension.COACHING),
                second.scores().stream().map(CompareColumn.ScoreLine::dimension).toList(),
                "every dimension any of them scored, in dimension order");
        assertEquals(1, second.scores().get(1).change());
        assertEquals("–", columns.get(0).scores().get(0).scoreText());
        assertEquals("1:40 / 2:00", second.time().text());

        FxThread.run(() -> compare.close());
        assertFalse(compare.showingProperty().get());
    }

    @Test
    void exportsTheFilteredAttemptsOrEverythingToTheChosenFile() throws Exception {
        seedThreeAtOneQuestion();
        HistoryViewModel model = harness.started();
        harness.act(() -> model.filters().questionTextProperty().set("else"));
        harness.files.exportTarget = files.resolve("mine"); // typed without the extension

        harness.act(() -> model.transfer().export(ExportFormat.CSV, true));

        Path written = files.resolve("mine.csv");
        List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), "a header and the one filtered attempt: " + lines);
        assertTrue(lines.get(1).contains("Something else"));
        assertEquals("Exported 1 attempt to " + written, model.transfer().statusProperty().get());
        assertEquals(List.of("em-drill-history-filtered-2026-05-11.csv"), harness.files.suggestedNames);
        assertEquals(written, model.transfer().exportedFileProperty().get(), "the message offers its folder");
        harness.act(() -> model.transfer().showExportedFolder());
        assertEquals(List.of(files), harness.files.shownFolders);

        harness.files.exportTarget = files.resolve("all.md");
        harness.act(() -> model.transfer().export(ExportFormat.MARKDOWN, false));
        assertEquals(4, Files.readString(files.resolve("all.md")).split("Coach someone|Something else", -1).length - 1,
                "every attempt is in the report");
    }

    @Test
    void cancellingTheFileChooserExportsNothing() throws Exception {
        seedThreeAtOneQuestion();
        HistoryViewModel model = harness.started();
        harness.files.exportTarget = null;

        harness.act(() -> model.transfer().export(ExportFormat.JSON, false));

        assertEquals("", model.transfer().statusProperty().get());
        assertEquals(null, model.transfer().exportedFileProperty().get());
        try (var listing = Files.list(files)) {
            assertEquals(0, listing.count());
        }
    }

    @Test
    void importMergesAnExportAndShowsWhatWasRejectedWithItsPath() throws Exception {
        seedThreeAtOneQuestion();
        HistoryViewModel model = harness.started();
        Path export = files.resolve("export.json");
        harness.files.exportTarget = export;
        harness.act(() -> model.transfer().export(ExportFormat.JSON, false));

        // Into an empty history in another folder, with one attempt spoiled by hand.
        String json = Files.readString(export).replaceFirst("\"coaching\"\\s*:\\s*2", "\"coaching\" : 9");
        Files.writeString(export, json);
        try (ModelHarness other = new ModelHarness(dataDir.resolve("other"))) {
            HistoryViewModel fresh = other.started();
            int ticks = other.state.attemptsChangedProperty().get();
            other.files.importSource = export;

            other.act(() -> fresh.transfer().importFile());

            ImportReport report = fresh.transfer().importReportProperty().get();
            assertEquals("Added 3 attempts; 1 was rejected.", report.summary());
            assertEquals(1, report.rejected().size());
            assertTrue(report.rejected().get(0).field().startsWith("attempts["), report.rejected().get(0).toString());
            assertEquals(3, fresh.rows().size(), "the list shows what came in");
            assertEquals(ticks + 1, other.state.attemptsChangedProperty().get());

            FxThread.run(() -> fresh.transfer().dismissImportReport());
            assertNull(fresh.transfer().importReportProperty().get());
        }
    }

    @Test
    void exportsWithRecordingsAsAZipAndImportsItWithEachRecordingAttached() throws Exception {
        HistoryFixture s = harness.store;
        long spoken = s.save(HistoryFixture.spoken("Tell me about a hard call", 2));
        s.save(HistoryFixture.typed("Coach someone", 5, 90, 120, 3));
        RecordingStore recordings = RecordingStore.besideDatabase(s.database, HistoryFixture.CLOCK);
        Path wav = recordings.folder().path().resolve("answer-" + spoken + ".wav");
        Files.createDirectories(wav.getParent());
        Files.write(wav, org.emdrill.store.transfer.WavBytes.tone(1.5));
        recordings.attach(new Recording(spoken, wav.getFileName().toString(), 1.5, null));
        HistoryViewModel model = harness.started();
        Path zip = files.resolve("move.zip");
        harness.files.exportTarget = files.resolve("move"); // typed without the extension

        harness.act(() -> model.transfer().export(ExportFormat.ZIP, false));

        assertEquals("Exported 2 attempts with 1 recording to " + zip, model.transfer().statusProperty().get());
        try (ModelHarness other = new ModelHarness(dataDir.resolve("other"))) {
            HistoryViewModel fresh = other.started();
            other.files.importSource = zip;
            other.act(() -> fresh.transfer().importFile());
            assertEquals("Added 2 attempts; 1 recording attached.",
                    fresh.transfer().importReportProperty().get().summary());
            long here = fresh.rows().stream().filter(r -> r.prompt().equals("Tell me about a hard call")).findFirst()
                    .orElseThrow().id();
            RecordingStore theirs = RecordingStore.besideDatabase(other.store.database, HistoryFixture.CLOCK);
            assertEquals(Files.size(wav), Files.size(theirs.fileOf(theirs.find(here).orElseThrow())));
        }
    }

    @Test
    void aFileThatIsNotAnExportIsReportedNotThrown() throws Exception {
        HistoryViewModel model = harness.started();
        Path junk = Files.writeString(files.resolve("notes.json"), "this is not json");
        harness.files.importSource = junk;

        harness.act(() -> model.transfer().importFile());

        ImportReport report = model.transfer().importReportProperty().get();
        assertTrue(report.failed());
        assertTrue(report.summary().startsWith("Nothing was imported"), report.summary());
        assertFalse(model.transfer().busyProperty().get());
    }

    @Test
    void columnWidthsAreLoadedAtStartAndSavedOnceTheDraggingStops() throws Exception {
        harness.storedWidths = Map.of("col-date", 210.0);
        HistoryViewModel model = harness.started();
        assertEquals(Map.of("col-date", 210.0), Map.copyOf(model.columnWidths()));

        FxThread.run(() -> {
            model.columnsResized(Map.of("col-question", 300.0));
            model.columnsResized(Map.of("col-question", 320.0));
        });
        harness.executor.runAll();
        assertTrue(harness.savedWidths.isEmpty(), "not while dragging");

        FxThread.run(() -> harness.delays.elapse(HistoryViewModel.WIDTH_SAVE_PAUSE));
        harness.executor.runAll();
        assertEquals(List.of(Map.of("col-date", 210.0, "col-question", 320.0)), harness.savedWidths);
    }
}
