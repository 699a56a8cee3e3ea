package org.emdrill.ui.banks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.ImportChoice;
import org.emdrill.bank.BankJson;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.bank.UserBanks;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.testing.FakeDialogService;

class BanksViewModelTest {

    @TempDir
    Path temp;

    private Path dataDir;
    private Path userFolder;
    private AppState state;
    private BanksViewModel model;
    private final FakeDialogs dialogs = new FakeDialogs();

    /** Answers with whatever the test put in; remembers what was asked. */
    static final class FakeDialogs extends FakeDialogService {
        ImportChoice choice = ImportChoice.CANCEL;
        boolean removeAnswer;
        /** "taken:<id>" for a taken-id question, "remove:<title>" for a removal. */
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<String> choose(Choice question) {
            super.choose(question);
            asked.add("taken:" + quoted(question.heading()));
            return switch (choice) {
                case REPLACE -> Optional.of("Replace").filter(question.options()::contains);
                case KEEP_BOTH -> Optional.of("Keep both");
                case CANCEL -> Optional.empty();
            };
        }

        @Override
        public boolean confirm(Confirmation question) {
            super.confirm(question);
            asked.add("remove:" + quoted(question.heading()));
            return removeAnswer;
        }

        private static String quoted(String text) {
            return text.substring(text.indexOf('“') + 1, text.lastIndexOf('”'));
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        dataDir = temp.resolve("data");
        userFolder = dataDir.resolve("banks");
        BankJson.write(userFolder, "mine.json", BankJson.bank("mine", "Mine", "mine-delegation"));
        state = new AppState(BankLibraryLoader.forDataDir(dataDir).load(), Rubric.empty(), Settings.defaults());
        model = OnFx.call(() -> new BanksViewModel(state, new BackgroundRunner(Runnable::run), new UserBanks(dataDir, userFolder), dialogs));
    }

    @Test
    void listsBundledBanksFirstThenTheUsersAndSelectsTheFirst() {
        List<BankSummary> rows = model.banks();
        assertEquals(state.library().banks().size(), rows.size());
        assertTrue(rows.get(0).isBundled());
        BankSummary last = rows.get(rows.size() - 1);
        assertEquals("mine", last.bank().id());
        assertEquals("Yours", last.badge());
        assertEquals(rows.get(0).bank(), model.selectedBankProperty().get());
        assertEquals(rows.get(0).bank().questions().size(), model.questions().size());
    }

    @Test
    void searchLooksInEveryBankAndNarrowsTheBankList() throws Exception {
        OnFx.run(() -> model.searchTextProperty().set("DELEGATION"));

        assertNull(model.selectedBankProperty().get());
        assertTrue(model.questions().stream().anyMatch(e -> e.question().id().equals("mine-delegation")));
        assertTrue(model.questions().stream().allMatch(e -> new QuestionSearch("delegation").matches(e.question())));
        assertTrue(model.banks().stream().allMatch(b -> b.matches() > 0 && b.searching()));
        assertTrue(model.questionsHeadingProperty().get().endsWith("in all banks"));

        OnFx.run(() -> model.selectBank(model.banks().get(model.banks().size() - 1).bank()));
        assertEquals(List.of("mine-delegation"), model.questions().stream().map(e -> e.question().id()).toList());

        OnFx.run(() -> model.searchTextProperty().set(""));
        assertEquals("mine", model.selectedBankProperty().get().id());
    }

    @Test
    void kindAndLevelFiltersNarrowTheSearchAcrossAllBanks() throws Exception {
        OnFx.run(() -> model.kindFilterProperty().set(QuestionKind.SCENARIO));

        assertNull(model.selectedBankProperty().get(), "a filter searches every bank");
        assertFalse(model.questions().isEmpty());
        assertTrue(model.questions().stream().allMatch(e -> e.question().kind() == QuestionKind.SCENARIO));
        long scenarios = state.library().banks().stream().flatMap(b -> b.questions().stream())
                .filter(q -> q.kind() == QuestionKind.SCENARIO).count();
        assertEquals(scenarios + " matches in all banks", model.questionsHeadingProperty().get());

        OnFx.run(() -> model.levelFilterProperty().set(QuestionLevel.MANAGER_OF_MANAGERS));
        assertFalse(model.questions().isEmpty());
        assertTrue(model.questions().stream().allMatch(e -> e.question().kind() == QuestionKind.SCENARIO
                && (e.question().level() == null || e.question().level() == QuestionLevel.MANAGER_OF_MANAGERS)));
        assertTrue(model.questions().stream().anyMatch(e -> e.question().level() == null),
                "questions that suit any level stay in");

        OnFx.run(() -> model.searchTextProperty().set("reorganise"));
        assertEquals("“reorganise”, scenarios, manager of managers", model.searchDescriptionProperty().get());
        OnFx.run(model::practiseListed);
        assertEquals("Matches for “reorganise”, scenarios, manager of managers",
                state.practiceRequestProperty().get().title());

        OnFx.run(() -> {
            model.searchTextProperty().set("");
            model.kindFilterProperty().set(null);
            model.levelFilterProperty().set(null);
        });
        assertFalse(model.isSearching());
        assertEquals(state.library().banks().get(0), model.selectedBankProperty().get(), "back to browsing");
    }

    @Test
    void searchWithoutMatchesEmptiesBothLists() throws Exception {
        OnFx.run(() -> model.searchTextProperty().set("zzqx nothing like this"));

        assertTrue(model.banks().isEmpty());
        assertTrue(model.questions().isEmpty());
        assertEquals("0 matches in all banks", model.questionsHeadingProperty().get());
    }

    @Test
    void reloadPicksUpChangedFilesAndShowsFailures() throws Exception {
        BankJson.write(userFolder, "broken.json", BankJson.BROKEN);

        OnFx.run(model::reload);

        assertEquals(1, model.failures().size());
        assertTrue(model.failures().get(0).file().endsWith("broken.json"));
        assertEquals(model.failures(), state.library().failures());
        assertTrue(model.statusProperty().get().contains("1 file has problems"));
    }

    @Test
    void importsAGoodFileAndListsTheProblemsOfABrokenOne() throws Exception {
        Path good = BankJson.write(temp, "good.json", BankJson.bank("imported", "Imported bank", "imported-one"));
        Path broken = BankJson.write(temp, "broken.json", BankJson.BROKEN);

        OnFx.run(() -> model.importFiles(List.of(good, broken)));

        assertTrue(state.library().bank("imported").isPresent());
        assertTrue(Files.exists(userFolder.resolve("imported.json")));
        assertEquals("imported", model.selectedBankProperty().get().id(), "the new bank is shown");
        assertEquals(1, model.importProblems().size());
        assertEquals("broken.json", model.importProblems().get(0).file());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aSearchLeftFromBeforeIsClearedSoTheImportedBankShowsItsQuestions() throws Exception {
        Path good = BankJson.write(temp, "good.json", BankJson.bank("imported", "Imported bank", "imported-one"));
        OnFx.run(() -> model.searchTextProperty().set("feedback"));

        OnFx.run(() -> model.importFiles(List.of(good)));

        assertEquals("", model.searchTextProperty().get());
        assertEquals("imported", model.selectedBankProperty().get().id());
        assertEquals(1, model.questions().size(), "the new bank's question is listed, not hidden by the old search");
    }

    @Test
    void aTakenIdAsksAndCancelLeavesEverythingAlone() throws Exception {
        Path again = BankJson.write(temp, "again.json", BankJson.bank("mine", "Mine again", "mine-other"));
        dialogs.choice = ImportChoice.CANCEL;

        OnFx.run(() -> model.importFiles(List.of(again)));

        assertEquals(List.of("taken:mine"), dialogs.asked);
        assertEquals("Mine", state.library().bank("mine").orElseThrow().title());
        assertTrue(model.statusProperty().get().startsWith("Did not import"));
    }

    @Test
    void aTakenIdCanBeKeptBothWays() throws Exception {
        Path again = BankJson.write(temp, "again.json", BankJson.bank("mine", "Mine again", "mine-delegation"));
        dialogs.choice = ImportChoice.KEEP_BOTH;

        OnFx.run(() -> model.importFiles(List.of(again)));

        assertTrue(state.library().bank("mine").isPresent());
        assertEquals("Mine again (copy)", state.library().bank("mine-2").orElseThrow().title());
    }

    @Test
    void removesAUserBankOnlyAfterConfirmation() throws Exception {
        QuestionBank mine = state.library().bank("mine").orElseThrow();
        OnFx.run(() -> model.selectBank(mine));

        dialogs.removeAnswer = false;
        OnFx.run(model::removeSelectedBank);
        assertTrue(Files.exists(userFolder.resolve("mine.json")));

        dialogs.removeAnswer = true;
        OnFx.run(model::removeSelectedBank);
        assertFalse(Files.exists(userFolder.resolve("mine.json")));
        assertTrue(state.library().bank("mine").isEmpty());
        assertEquals(List.of("remove:Mine", "remove:Mine"), dialogs.asked);
    }

    @Test
    void practiseTheseRequestsThePracticeOfWhatIsListed() throws Exception {
        QuestionBank first = state.library().banks().get(0);
        OnFx.run(model::practiseListed);
        assertEquals(first.title(), state.practiceRequestProperty().get().title());
        assertEquals(first.questions(), state.practiceRequestProperty().get().questions().stream()
                .map(q -> q.question()).toList());

        OnFx.run(() -> model.searchTextProperty().set("delegation"));
        OnFx.run(model::practiseListed);
        assertEquals("Matches for “delegation”", state.practiceRequestProperty().get().title());
        assertEquals(model.questions().size(), state.practiceRequestProperty().get().questions().size());
        assertTrue(state.practiceRequestProperty().get().questions().stream()
                .anyMatch(q -> q.bank().id().equals("mine")));
    }

    @Test
    void importAsksForBankFilesAndImportsThePickedOnes() throws Exception {
        Path picked = BankJson.write(temp.resolve("downloads"), "hiring.json",
                BankJson.bank("hiring", "Hiring loops", "hiring-one"));
        dialogs.openFiles = List.of(picked);

        OnFx.run(model::chooseAndImport);

        assertEquals("Import question banks", dialogs.fileRequests.get(0).title());
        assertEquals(List.of("*.json"), dialogs.fileRequests.get(0).kinds().get(0).patterns());
        assertTrue(Files.exists(userFolder.resolve("hiring.json")));
        assertTrue(state.library().bank("hiring").isPresent(), "the library was reloaded with it");
    }

    @Test
    void exportsAUserBankWhereTheUserChoseAndNothingWhenCancelled() throws Exception {
        OnFx.run(() -> model.selectBank(state.library().bank("mine").orElseThrow()));
        Path target = temp.resolve("out").resolve("shared.json");

        dialogs.saveTarget = null;
        OnFx.run(model::exportSelectedBank);
        assertFalse(Files.exists(target));

        dialogs.saveTarget = target;
        OnFx.run(model::exportSelectedBank);
        QuestionBank exported = BankJson.parse(Files.readString(target), BankSource.USER, "shared.json");
        assertEquals(state.library().bank("mine").orElseThrow().questions(), exported.questions());
        assertEquals("Exported “Mine” to " + target.toAbsolutePath() + ".", model.statusProperty().get());

        // The message offers the folder it was written to, and the offer goes with the message.
        assertEquals(target, model.exportedFileProperty().get());
        OnFx.run(model::showExportedFolder);
        assertEquals(List.of(target.toAbsolutePath().getParent()), dialogs.shownFolders);
        OnFx.run(model::reload);
        assertNull(model.exportedFileProperty().get());
    }

    @Test
    void duplicateOpensAnEditorOnACopyAndClosingShowsTheSavedBank() throws Exception {
        QuestionBank first = state.library().banks().get(0);
        OnFx.run(model::duplicateSelectedBank);
        var editor = model.editorProperty().get();
        assertEquals(first.id() + "-copy", editor.bankIdProperty().get());

        OnFx.run(editor::save);
        OnFx.run(editor::close);

        assertNull(model.editorProperty().get());
        assertEquals(first.id() + "-copy", model.selectedBankProperty().get().id());
        assertEquals(BankSource.USER, model.selectedBankProperty().get().source());
    }

    @Test
    void bundledBanksCannotBeRemoved() throws Exception {
        QuestionBank bundled = state.library().banks().get(0);
        assertEquals(BankSource.BUNDLED, bundled.source());
        OnFx.run(() -> model.selectBank(bundled));

        assertFalse(model.canRemoveProperty().get());
        OnFx.run(model::removeSelectedBank);
        assertTrue(dialogs.asked.isEmpty());
    }
}
