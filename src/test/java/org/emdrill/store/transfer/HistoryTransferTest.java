package org.emdrill.store.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptRepository;
import org.emdrill.store.Database;
import org.emdrill.store.SchemaMigrator;
import org.emdrill.store.SessionLink;
import org.emdrill.store.StoredAttempt;
import org.emdrill.store.StoredAttempts;
import org.emdrill.store.StoredFollowUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTransferTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-06-01T12:00:00Z"));

    @TempDir
    Path dir;

    private Database source;
    private Database target;

    @BeforeEach
    void open() {
        source = open("source.db");
        target = open("target.db");
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private Database open(String name) {
        Database db = Database.open(dir.resolve(name));
        SchemaMigrator.standard().migrate(db);
        return db;
    }

    private static Attempt attempt(String question, String answer, String notes, String finished) {
        Instant end = Instant.parse(finished);
        return new Attempt(0, "team-conflict", "Resolving team conflicts", question,
                "Tell me about a standoff, \"quoted\", with commas.", AnswerMode.TYPED, Duration.ofMillis(12_345),
                Duration.ofMillis(98_765), 150, answer, notes,
                new Scores(Map.of(Dimension.CONFLICT_RESOLUTION, 4, Dimension.LEADERSHIP, 3)),
                EnumSet.of(StarElement.SITUATION, StarElement.RESULT), 3.6, end.minusSeconds(120), end);
    }

    /** Three attempts in the source: one plain, one risky for spreadsheets, one with follow-ups and a session. */
    private void fillSource() {
        AttemptRepository repo = new AttemptRepository(source, CLOCK);
        repo.save(attempt("q1", "We argued.\nThen, we \"agreed\".", "", "2024-05-01T10:00:00.123Z"));
        repo.save(attempt("q2", "=HYPERLINK(\"http://evil\")", "-2+3", "2024-05-02T10:00:00Z"));
        long third = repo.save(attempt("q3", "# Not a heading\n\n- not a list | no table", "@note", "2024-05-03T10:00:00Z"));
        source.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO mock_interviews (id, started_at) VALUES (4, '2024-05-03T09:55:00.000Z')");
                st.execute("UPDATE attempts SET session_id = 4, session_position = 1,"
                        + " revised_at = '2024-05-20T08:00:00.000Z' WHERE id = " + third);
                st.execute("INSERT INTO attempt_followups VALUES (" + third + ", 0, 'And then?', 'We retro''d.', 30500)");
                st.execute("INSERT INTO attempt_followups VALUES (" + third + ", 1, 'Why?', '', 0)");
            }
            return null;
        });
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        fillSource();
        Path file = dir.resolve("export.json");

        int written = new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL, file);
        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(3, written);
        assertEquals(new ImportReport(3, 0, List.of(), null), report);
        List<StoredAttempt> before = new StoredAttempts(source).list(AttemptFilter.ALL);
        List<StoredAttempt> after = new StoredAttempts(target).list(AttemptFilter.ALL);
        assertEquals(3, after.size());
        for (int i = 0; i < 3; i++) {
            StoredAttempt b = before.get(i);
            StoredAttempt a = after.get(i);
            assertEquals(b.attempt().withId(0), a.attempt().withId(0));
            assertEquals(b.followUps(), a.followUps());
            assertEquals(b.revisedAt(), a.revisedAt());
            assertEquals(b.createdAt(), a.createdAt());
        }
        assertEquals(List.of(new StoredFollowUp(0, "And then?", "We retro'd.", Duration.ofMillis(30_500)),
                new StoredFollowUp(1, "Why?", "", Duration.ZERO)), after.get(2).followUps());
        assertEquals(null, after.get(2).session(), "the target has no such session, so the link is dropped");
        String json = Files.readString(file);
        assertTrue(json.contains("\"formatVersion\" : 1"), json.substring(0, 120));
        assertTrue(json.contains("\"session\" : {"), "session ids are kept in the file as plain data");
    }

    @Test
    void jsonRoundTripKeepsTheSignalsAndRedFlagsTicked() throws Exception {
        org.emdrill.domain.SignalTicks ticks = new org.emdrill.domain.SignalTicks(
                List.of("Hears both sides before deciding", "Agrees how to decide next time"),
                List.of("Picks the senior engineer's side unheard"));
        new StoredAttempts(source).insertAll(List.of(
                new StoredAttempt(attempt("q1", "ticked", "", "2024-05-01T10:00:00Z"), List.of(), null, null,
                        CLOCK.instant(), ticks),
                new StoredAttempt(attempt("q2", "none ticked", "", "2024-05-02T10:00:00Z"), List.of(), null, null,
                        CLOCK.instant())));
        Path file = dir.resolve("export.json");

        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL, file);
        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(2, report.added());
        List<StoredAttempt> after = new StoredAttempts(target).list(AttemptFilter.ALL);
        assertEquals(ticks, after.get(0).ticks());
        assertEquals(org.emdrill.domain.SignalTicks.NONE, after.get(1).ticks());
        String json = Files.readString(file);
        assertTrue(json.contains("\"redFlags\" : [ \"Picks the senior engineer's side unheard\" ]"), json);
    }

    @Test
    void aTicksFieldThatIsNotAListRejectsThatAttemptWithItsPath() throws Exception {
        Path file = write("bad-ticks.json", export(entry("q1", "fine"),
                entry("q2", "bad").replace("\"answerText\"", "\"ticks\": {\"signals\": \"all\"}, \"answerText\"")));

        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(1, report.added());
        assertEquals(1, report.rejected().size(), report.toString());
        assertEquals("attempts[1].ticks.signals", report.rejected().get(0).field(), report.rejected().toString());
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        fillSource();
        Path file = dir.resolve("export.json");
        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL, file);
        HistoryTransfer into = new HistoryTransfer(target, CLOCK);

        ImportReport first = into.importJson(file);
        ImportReport second = into.importJson(file);

        assertEquals(3, first.added());
        assertEquals(0, second.added());
        assertEquals(3, second.duplicates());
        assertEquals(3, new StoredAttempts(target).list(AttemptFilter.ALL).size());
        assertEquals("Nothing new: all 3 attempts are already in your history.", second.summary());
    }

    @Test
    void importingBackIntoTheSameHistoryAfterARevisionAddsNoCopy() throws Exception {
        fillSource();
        Path file = dir.resolve("export.json");
        HistoryTransfer transfer = new HistoryTransfer(source, CLOCK);
        transfer.exportJson(AttemptFilter.ALL, file);
        source.withConnection(c -> c.createStatement().executeUpdate("UPDATE attempts SET notes = 'changed'"));

        ImportReport report = transfer.importJson(file);

        assertEquals(0, report.added());
        assertEquals(3, report.duplicates());
    }

    @Test
    void sessionLinkIsKeptWhenTheSameSessionExists() throws Exception {
        fillSource();
        Path file = dir.resolve("export.json");
        new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL, file);
        target.withConnection(c -> c.createStatement().executeUpdate(
                "INSERT INTO mock_interviews (id, started_at) VALUES (4, '2024-05-03T09:55:00.000Z')"));

        new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(new SessionLink(4, 1, Instant.parse("2024-05-03T09:55:00Z")),
                new StoredAttempts(target).list(AttemptFilter.ALL).get(2).session());
    }

    @Test
    void aFileRepeatingAnAttemptAddsItOnce() throws Exception {
        Path file = write("twice.json", export(entry("q1", "same"), entry("q1", "same"), entry("q1", "other text")));

        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(2, report.added());
        assertEquals(1, report.duplicates());
    }

    @Test
    void badAttemptsAreRejectedWithTheirJsonPathAndTheRestImported() throws Exception {
        Path file = write("mixed.json", export(
                entry("q1", "fine"),
                entry("q2", "x").replace("\"coaching\": 4", "\"coaching\": 9"),
                entry("q3", "x").replace("\"mode\": \"typed\"", "\"mode\": \"sung\""),
                entry("q4", "x").replace("\"startedAt\": \"2024-05-01T09:58:00Z\",", ""),
                entry("q5", "x").replace("\"star\": [\"action\"]", "\"star\": [\"acting\"]"),
                entry("q6", "x").replace("\"coaching\": 4", "\"charisma\": 4"),
                "42"));

        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertEquals(1, report.added());
        assertEquals(List.of("attempts[1].scores.coaching", "attempts[2].mode", "attempts[3].startedAt",
                "attempts[4].star[0]", "attempts[5].scores.charisma", "attempts[6]"),
                report.rejected().stream().map(Problem::field).toList());
        assertEquals("mixed.json: attempts[1].scores.coaching: must be a whole number from 1 to 5",
                report.rejected().get(0).toString());
        assertTrue(report.summary().endsWith("6 were rejected."), report.summary());
    }

    @Test
    void fileThatIsNotJsonIsReportedWithLineAndColumn() throws Exception {
        Path file = write("broken.json", "{\n  \"format\": \"em-drill-history\",\n  \"attempts\": [ ,\n}");

        ImportReport report = new HistoryTransfer(target, CLOCK).importJson(file);

        assertTrue(report.failed());
        assertEquals(3, report.failure().line());
        assertTrue(report.failure().message().startsWith("not valid JSON"), report.failure().message());
        assertEquals(0, report.added());
    }

    @Test
    void filesThatAreNotExportsFailWithAClearMessage() throws Exception {
        HistoryTransfer transfer = new HistoryTransfer(target, CLOCK);

        assertEquals("format", transfer.importJson(write("a.json", "{\"attempts\": []}")).failure().field());
        assertEquals("", transfer.importJson(write("b.json", "[1, 2]")).failure().field());
        assertEquals("attempts", transfer.importJson(write("c.json",
                "{\"format\": \"em-drill-history\", \"formatVersion\": 1, \"attempts\": {}}")).failure().field());
        Problem newer = transfer.importJson(write("d.json",
                "{\"format\": \"em-drill-history\", \"formatVersion\": 2, \"attempts\": []}")).failure();
        assertTrue(newer.message().contains("newer EM Drill"), newer.message());
        assertTrue(transfer.importJson(write("e.json", "")).failed());
        assertEquals("does not exist", transfer.importJson(dir.resolve("missing.json")).failure().message());
        assertTrue(transfer.importJson(write("f.json", "{\"format\": \"em-drill-history\", \"format\": \"x\"}")).failed(),
                "duplicate keys are refused");
    }

    @Test
    void filesOverTheSizeLimitAreRefusedUnread() throws Exception {
        Path file = write("big.json", export(entry("q1", "a".repeat(2_000))));

        ImportReport report = new HistoryTransfer(target, CLOCK, 1_000).importJson(file);

        assertTrue(report.failed());
        assertTrue(report.failure().message().contains("too large"), report.failure().message());
        assertEquals(0, new StoredAttempts(target).list(AttemptFilter.ALL).size());
    }

    @Test
    void csvQuotesByRfc4180AndNeutralisesFormulas() throws Exception {
        fillSource();
        Path file = dir.resolve("export.csv");

        new HistoryTransfer(source, CLOCK).exportCsv(AttemptFilter.ALL, file);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "byte-order mark for spreadsheets");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = CsvReader.parse(csv);
        assertEquals(4, rows.size());
        assertEquals(CsvExport.HEADER, rows.get(0));
        int answer = CsvExport.HEADER.indexOf("answer_text");
        int notes = CsvExport.HEADER.indexOf("notes");
        assertEquals("We argued.\nThen, we \"agreed\".", rows.get(1).get(answer));
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(2).get(answer));
        assertEquals("'-2+3", rows.get(2).get(notes));
        assertEquals("'@note", rows.get(3).get(notes));
        assertEquals("4", rows.get(1).get(CsvExport.HEADER.indexOf("conflict-resolution")));
        assertEquals("", rows.get(1).get(CsvExport.HEADER.indexOf("coaching")));
        assertEquals("98.765", rows.get(1).get(CsvExport.HEADER.indexOf("answer_seconds")));
        assertEquals("situation result", rows.get(1).get(CsvExport.HEADER.indexOf("star")));
        assertEquals("2", rows.get(3).get(CsvExport.HEADER.indexOf("follow_ups")));
        assertTrue(csv.contains("\r\n"), "CRLF line ends");
    }

    @Test
    void neutralisesEveryRiskyFirstCharacter() {
        assertEquals("'=1+1", CsvExport.cell("=1+1"));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'-1", CsvExport.cell("-1"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvExport.cell("\tx"));
        assertEquals("\"'\rx\"", CsvExport.cell("\rx"));
        assertEquals("a=b", CsvExport.cell("a=b"));
        assertEquals("\"a,b\"", CsvExport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
    }

    @Test
    void markdownReportShowsEachAttemptReadably() throws Exception {
        fillSource();
        Path file = dir.resolve("report.md");

        new HistoryTransfer(source, CLOCK).exportMarkdown(AttemptFilter.ALL, file, ZoneId.of("Europe/Berlin"));

        String md = Files.readString(file);
        assertTrue(md.startsWith("# EM Drill practice history\n\n3 attempts · exported 2024-06-01 14:00"), md);
        assertTrue(md.contains("## 2024-05-01 12:00 · Resolving team conflicts"), "local time in Berlin");
        assertTrue(md.contains("> Tell me about a standoff, \"quoted\", with commas."));
        assertTrue(md.contains("Typed · 1:38 of 2:30 target · overall 3.6"));
        assertTrue(md.contains("| Conflict Resolution | 4 |\n"));
        assertTrue(md.contains("| Coaching | – |\n"));
        assertTrue(md.contains("STAR: Situation, Result"));
        assertTrue(md.contains("We argued.  \nThen, we \"agreed\"."), "a line break stays a line break");
        assertTrue(md.contains("\\# Not a heading\n\n\\- not a list \\| no table"), "markup in answers is escaped");
        assertTrue(md.contains("### Follow-ups"));
        assertTrue(md.contains("> And then?\n\nWe retro'd. (0:30)"));
        assertEquals(3, md.split("\n---\n", -1).length - 1);
    }

    @Test
    void exportRespectsTheFilter() throws Exception {
        fillSource();
        Path file = dir.resolve("some.json");

        int written = new HistoryTransfer(source, CLOCK).exportJson(AttemptFilter.ALL.withText("argued"), file);

        assertEquals(1, written);
        assertEquals(1, new HistoryTransfer(target, CLOCK).importJson(file).added());
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String export(String... entries) {
        return "{\"format\": \"em-drill-history\", \"formatVersion\": 1, \"attempts\": [" + String.join(",", entries) + "]}";
    }

    private static String entry(String question, String answer) {
        return """
                {"bankId": "coaching", "questionId": "%s", "prompt": "P", "mode": "typed",
                 "answerText": "%s", "scores": {"coaching": 4}, "star": ["action"], "overall": 4.0,
                 "startedAt": "2024-05-01T09:58:00Z", "finishedAt": "2024-05-01T10:00:00Z", "targetSeconds": 120}
                """.formatted(question, answer);
    }
}
