package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLibraryLoaderTest {

    private static final String TEST_BUNDLED = "org/emdrill/bank/bundled";

    @TempDir
    Path dataDir;

    private Path userBanks() throws IOException {
        return Files.createDirectories(dataDir.resolve("banks"));
    }

    private static List<String> titles(BankLibrary library) {
        return library.banks().stream().map(QuestionBank::title).toList();
    }

    @Test
    void loadsBundledBanksFromADirectorySortedByTitleAndSkipsRubricAndSchema() {
        BankLibrary library = new BankLibraryLoader(TEST_BUNDLED, dataDir.resolve("banks")).load();

        assertEquals(List.of(), library.failures(), () -> describe(library.problems()));
        assertEquals(List.of("Conflict in the team", "Zebra practice"), titles(library));
        assertEquals("b-conflict.json", library.banks().get(0).origin());
        assertTrue(library.banks().stream().allMatch(b -> b.source() == BankSource.BUNDLED));
    }

    @Test
    void loadsBundledBanksFromAJar(@TempDir Path jarDir) throws IOException {
        Path jar = jarDir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("org/", "org/emdrill/", "org/emdrill/questions/",
                    "org/emdrill/questions/schema/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            put(out, "org/emdrill/questions/team-conflict.json", TestFiles.resource("second-bank.json"));
            put(out, "org/emdrill/questions/underperformers.json", TestFiles.resource("good-bank.json"));
            put(out, "org/emdrill/questions/rubric.json", TestFiles.resource("rubric.json"));
            put(out, "org/emdrill/questions/schema/bank.schema.json", "{}".getBytes());
        }

        BankLibrary library;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            library = new BankLibraryLoader(loader, BankLibraryLoader.BUNDLED_FOLDER, null).load();
        }

        assertEquals(List.of(), library.failures(), () -> describe(library.problems()));
        assertEquals(List.of("Conflict in the team", "Handling underperforming engineers"), titles(library));
        assertEquals(5, library.banks().stream().mapToInt(b -> b.questions().size()).sum());
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    @Test
    void loadsUserBanksAfterBundledOnes() throws IOException {
        Files.write(userBanks().resolve("mine.json"), TestFiles.resource("good-bank.json"));

        BankLibrary library = BankLibraryLoaderTest.loader(dataDir).load();

        assertEquals(List.of("Conflict in the team", "Zebra practice", "Handling underperforming engineers"),
                titles(library));
        QuestionBank mine = library.banks().get(2);
        assertEquals(BankSource.USER, mine.source());
        assertEquals(dataDir.resolve("banks").resolve("mine.json").toString(), mine.origin());
    }

    private static BankLibraryLoader loader(Path dataDir) {
        return new BankLibraryLoader(TEST_BUNDLED, dataDir.resolve("banks"));
    }

    @Test
    void toleratesMissingUserFolderAndEmptyClasspathFolder() {
        BankLibrary library = new BankLibraryLoader("org/emdrill/bank/no-such-folder", dataDir.resolve("none")).load();

        assertEquals(List.of(), library.banks());
        assertEquals(List.of(), library.failures());
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path banks = userBanks();
        Files.writeString(banks.resolve("a-broken.json"), "{ \"schemaVersion\": 1,");
        Files.write(banks.resolve("b-good.json"), TestFiles.resource("good-bank.json"));
        Files.writeString(banks.resolve("notes.txt"), "not a bank");

        BankLibrary library = loader(dataDir).load();

        assertEquals(3, library.banks().size());
        assertEquals(1, library.failures().size());
        BankLoadFailure failure = library.failures().get(0);
        assertEquals(banks.resolve("a-broken.json").toString(), failure.file());
        assertEquals(BankSource.USER, failure.source());
        assertEquals(failure.file(), failure.problems().get(0).file());
    }

    @Test
    void leavesOutALaterBankThatReusesABankId() throws IOException {
        // Same bank id as the built-in b-conflict.json, but new question ids.
        Files.writeString(userBanks().resolve("copy.json"), TestFiles.text("second-bank.json")
                .replace("\"team-conflict-", "\"copy-"));

        BankLibrary library = loader(dataDir).load();

        assertEquals(2, library.banks().size());
        Problem p = library.failures().get(0).problems().get(0);
        assertEquals(dataDir.resolve("banks/copy.json").toString(), p.file());
        assertEquals(3, p.line());
        assertEquals(9, p.column());
        assertEquals("id", p.field());
        assertTrue(p.message().contains("bank id \"team-conflict\" is already used by \"Conflict in the team\" "
                + "in the built-in file b-conflict.json"), p.message());
    }

    @Test
    void leavesOutALaterBankThatReusesAQuestionIdAndReportsEachOne() throws IOException {
        Path banks = userBanks();
        Files.write(banks.resolve("a.json"), TestFiles.resource("good-bank.json"));
        String second = TestFiles.text("good-bank.json").replace("\"underperformers\"", "\"other\"");
        Files.writeString(banks.resolve("b.json"), second);

        BankLibrary library = loader(dataDir).load();

        assertEquals(List.of("Conflict in the team", "Zebra practice", "Handling underperforming engineers"),
                titles(library));
        assertEquals("a.json", Path.of(library.banks().get(2).origin()).getFileName().toString());
        List<Problem> problems = library.failures().get(0).problems();
        assertEquals(2, problems.size(), () -> describe(problems));
        Problem first = problems.get(0);
        assertEquals(TestFiles.at(second, "\"underperformers-first-conversation\"").line(), first.line());
        assertEquals("questions[0].id", first.field());
        assertTrue(first.message().contains("is already used in bank \"underperformers\" ("
                + banks.resolve("a.json") + ")"), first.message());
    }

    @Test
    void reportsUserBanksPathThatIsAFile() throws IOException {
        Files.writeString(dataDir.resolve("banks"), "oops");

        BankLibrary library = loader(dataDir).load();

        assertEquals(2, library.banks().size());
        assertTrue(library.failures().get(0).problems().get(0).message().contains("it is a file"));
    }

    @Test
    void collectsWarningsOfLoadedBanks() throws IOException {
        try (OutputStream out = Files.newOutputStream(userBanks().resolve("w.json"))) {
            out.write(TestFiles.text("good-bank.json").replace("\"title\"", "\"colour\": \"red\", \"title\"")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        BankLibrary library = loader(dataDir).load();

        assertEquals(3, library.banks().size());
        assertEquals("colour", library.warnings().get(0).field());
    }
}
