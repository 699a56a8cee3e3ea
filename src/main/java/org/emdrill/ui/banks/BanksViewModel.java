package org.emdrill.ui.banks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.BankLoadFailure;
import org.emdrill.bank.UserBanks;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.ui.banks.editor.BankEditorViewModel;
import org.emdrill.ui.banks.editor.EditorDialogs;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.DialogService;
import org.emdrill.ui.common.PracticeRequest;

/**
 * The Banks screen's state: the loaded banks, the questions of the chosen bank (or the search matches
 * across all banks), the files that failed to load, the import, reload, remove and export actions,
 * practising the listed questions, and the bank editor while one is open.
 * Lives on the FX thread; disk work goes through the {@link BackgroundRunner}.
 */
public final class BanksViewModel {

    private final AppState state;
    private final BackgroundRunner runner;
    private final UserBanks userBanks;
    private final BankDialogs dialogs;
    private final EditorDialogs editorDialogs;

    private final ObservableList<BankSummary> banks = FXCollections.observableArrayList();
    private final ObservableList<QuestionEntry> questions = FXCollections.observableArrayList();
    private final ObservableList<BankLoadFailure> failures = FXCollections.observableArrayList();
    private final ObservableList<BankImporter.Invalid> importProblems = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionBank> selectedBank = new SimpleObjectProperty<>();
    private final ObjectProperty<QuestionEntry> selectedQuestion = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<QuestionKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<QuestionLevel> levelFilter = new SimpleObjectProperty<>();
    private final StringProperty searchDescription = new SimpleStringProperty("");
    private final StringProperty questionsHeading = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canRemove = Bindings.createBooleanBinding(
            () -> selectedBank.get() != null && selectedBank.get().source() == BankSource.USER && !busy.get(),
            selectedBank, busy);
    private final BooleanBinding canEdit = Bindings.createBooleanBinding(
            () -> selectedBank.get() != null && selectedBank.get().source() == BankSource.USER && !busy.get(),
            selectedBank, busy);
    private final BooleanBinding canDuplicate = selectedBank.isNotNull().and(busy.not());
    private final BooleanBinding canPractise = Bindings.isNotEmpty(questions);
    private final ObjectProperty<BankEditorViewModel> editor = new SimpleObjectProperty<>();
    private final ImportQueue imports;
    private final BankFileActions bankFiles;
    /** The bank to show once the next reload is in, such as the one just imported. */
    private String selectAfterReload;

    public BanksViewModel(AppState state, BackgroundRunner runner, UserBanks userBanks, DialogService dialogs) {
        this.state = Objects.requireNonNull(state, "state");
        this.dialogs = new BankDialogs(dialogs);
        this.editorDialogs = new EditorDialogs(dialogs);
        this.runner = Objects.requireNonNull(runner, "runner");
        this.userBanks = Objects.requireNonNull(userBanks, "userBanks");
        this.imports = new ImportQueue(state, runner, userBanks, this.dialogs, status, busy, importProblems,
                id -> {
                    selectAfterReload = id;
                    searchText.set(""); // a search left from before would hide the new bank's questions
                }, this::reload);
        this.bankFiles = new BankFileActions(state, runner, userBanks, this.dialogs, status, busy);
        state.libraryProperty().addListener((obs, old, library) -> libraryChanged());
        searchText.addListener((obs, old, text) -> searchChanged(new QuestionSearch(old, kindFilter.get(),
                levelFilter.get())));
        kindFilter.addListener((obs, old, kind) -> searchChanged(new QuestionSearch(searchText.get(), old,
                levelFilter.get())));
        levelFilter.addListener((obs, old, level) -> searchChanged(new QuestionSearch(searchText.get(),
                kindFilter.get(), old)));
        selectedBank.addListener((obs, old, bank) -> refreshQuestions());
        libraryChanged();
    }

    public ObservableList<BankSummary> banks() {
        return banks;
    }

    public ObservableList<QuestionEntry> questions() {
        return questions;
    }

    public ObservableList<BankLoadFailure> failures() {
        return failures;
    }

    /** Files the user tried to import that are not valid banks, each with all its problems. */
    public ObservableList<BankImporter.Invalid> importProblems() {
        return importProblems;
    }

    public ObjectProperty<QuestionBank> selectedBankProperty() {
        return selectedBank;
    }

    public ObjectProperty<QuestionEntry> selectedQuestionProperty() {
        return selectedQuestion;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Only stories or only scenarios; null for both. Narrows the search like words do. */
    public ObjectProperty<QuestionKind> kindFilterProperty() {
        return kindFilter;
    }

    /** Questions for this level and those that suit any level; null for every level. */
    public ObjectProperty<QuestionLevel> levelFilterProperty() {
        return levelFilter;
    }

    /** What the search looks for, in words ("“feedback”, stories"); empty while not searching. */
    public ReadOnlyStringProperty searchDescriptionProperty() {
        return searchDescription;
    }

    /** Above the question list: "12 questions", "3 matches in all banks", … */
    public ReadOnlyStringProperty questionsHeadingProperty() {
        return questionsHeading;
    }

    /** The outcome of the last action, one sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The bank file the last export wrote, while its message shows; null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.nio.file.Path> exportedFileProperty() {
        return bankFiles.exportedFileProperty();
    }

    public void showExportedFolder() {
        bankFiles.showExportedFolder();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public boolean isSearching() {
        return !currentSearch().isBlank();
    }

    /** The search as it stands, for the list to show why each question matched. */
    QuestionSearch currentSearch() {
        return new QuestionSearch(searchText.get(), kindFilter.get(), levelFilter.get());
    }

    /** True when the chosen bank is one of the user's, so it can be removed. */
    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    /** True when the chosen bank is one of the user's, so it can be edited or exported. */
    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    /** True when a bank is chosen; any bank, bundled ones included, can be copied to edit. */
    public BooleanBinding canDuplicateProperty() {
        return canDuplicate;
    }

    /** True when questions are listed that can be practised. */
    public BooleanBinding canPractiseProperty() {
        return canPractise;
    }

    /** The open bank editor, or null while the bank lists are shown. */
    public ReadOnlyObjectProperty<BankEditorViewModel> editorProperty() {
        return editor;
    }

    /** What "Practise these" would be called: the bank's title, or the search. */
    public String practiceTitle() {
        QuestionBank bank = selectedBank.get();
        String query = currentSearch().describe();
        if (!isSearching()) {
            return bank == null ? "Questions" : bank.title();
        }
        return bank == null ? "Matches for " + query : query + " in " + bank.title();
    }

    /** Starts a practice over the listed questions; the window switches to Practice. */
    public void practiseListed() {
        if (questions.isEmpty()) {
            return;
        }
        List<QueuedQuestion> queue = questions.stream().map(e -> new QueuedQuestion(e.bank(), e.question())).toList();
        state.requestPractice(new PracticeRequest(practiceTitle(), queue));
    }

    /** Opens the editor on a new, empty bank. */
    public void newBank() {
        if (editor.get() == null) {
            openEditor(BankEditorViewModel.newBank(editorServices()));
        }
    }

    /** Opens the editor on the chosen bank of the user's. */
    public void editSelectedBank() {
        QuestionBank bank = selectedBank.get();
        if (bank != null && bank.source() == BankSource.USER && editor.get() == null) {
            openEditor(BankEditorViewModel.edit(editorServices(), bank));
        }
    }

    /** Opens the editor on an unsaved copy of the chosen bank, with new ids so it can sit next to it. */
    public void duplicateSelectedBank() {
        QuestionBank bank = selectedBank.get();
        if (bank == null || editor.get() != null) {
            return;
        }
        bankFiles.duplicate(bank, copy -> openEditor(BankEditorViewModel.copy(editorServices(), copy)));
    }

    /** Writes the chosen user bank to a file the user picks, atomically. */
    public void exportSelectedBank() {
        bankFiles.export(selectedBank.get());
    }

    private BankEditorViewModel.Services editorServices() {
        return new BankEditorViewModel.Services(state, runner, userBanks.files(), userBanks::reload, editorDialogs);
    }

    private void openEditor(BankEditorViewModel model) {
        model.setOnClose(savedId -> {
            editor.set(null);
            QuestionBank again = savedId == null ? null : state.library().bank(savedId).orElse(null);
            if (again != null) {
                kindFilter.set(null);
                levelFilter.set(null);
                searchText.set("");
                selectedBank.set(again);
            }
        });
        editor.set(model);
    }

    public void selectBank(QuestionBank bank) {
        selectedBank.set(bank);
    }

    /** While searching: show the matches of every bank again. */
    public void showAllMatches() {
        selectedBank.set(null);
    }

    public void selectQuestion(QuestionEntry entry) {
        selectedQuestion.set(entry);
    }

    public void reload() {
        bankFiles.reload();
    }

    /** Asks for bank files and imports them. */
    public void chooseAndImport() {
        importFiles(dialogs.chooseFilesToImport());
    }

    /** Imports each file in turn; a taken id is asked about, invalid files are listed with their problems. */
    public void importFiles(List<Path> files) {
        imports.add(files);
    }

    public void dismissImportProblems() {
        importProblems.clear();
    }

    /** Removes the chosen user bank after asking. Attempts made with it stay in the history. */
    public void removeSelectedBank() {
        bankFiles.remove(selectedBank.get());
    }

    private void libraryChanged() {
        BankLibrary library = state.library();
        failures.setAll(library.failures());
        String wanted = selectAfterReload != null ? selectAfterReload
                : selectedBank.get() == null ? null : selectedBank.get().id();
        selectAfterReload = null;
        refreshBanks();
        QuestionBank again = wanted == null ? null : library.bank(wanted).orElse(null);
        if (again == null && !isSearching() && !library.banks().isEmpty()) {
            again = library.banks().get(0);
        }
        selectedBank.set(again);
        refreshQuestions();
    }

    private void searchChanged(QuestionSearch before) {
        boolean wasSearching = !before.isBlank();
        searchDescription.set(currentSearch().describe());
        refreshBanks();
        if (!wasSearching && isSearching()) {
            selectedBank.set(null); // a new search looks in every bank
        } else if (selectedBank.get() != null
                && banks.stream().noneMatch(b -> b.bank().id().equals(selectedBank.get().id()))) {
            selectedBank.set(null);
        } else if (!isSearching() && selectedBank.get() == null && !banks.isEmpty()) {
            selectedBank.set(banks.get(0).bank());
        }
        refreshQuestions();
    }

    private void refreshBanks() {
        QuestionSearch search = currentSearch();
        List<BankSummary> rows = new ArrayList<>();
        for (QuestionBank bank : state.library().banks()) {
            if (search.isBlank()) {
                rows.add(BankSummary.of(bank));
            } else {
                int matches = (int) bank.questions().stream().filter(search::matches).count();
                if (matches > 0) {
                    rows.add(new BankSummary(bank, DimensionCoverage.of(bank), matches, true));
                }
            }
        }
        banks.setAll(rows);
    }

    private void refreshQuestions() {
        QuestionSearch search = currentSearch();
        QuestionBank bank = selectedBank.get();
        List<QuestionEntry> rows = new ArrayList<>();
        for (QuestionBank b : state.library().banks()) {
            if (bank != null ? b.id().equals(bank.id()) : !search.isBlank()) {
                b.questions().stream().filter(search::matches).forEach(q -> rows.add(new QuestionEntry(b, q)));
            }
        }
        QuestionEntry previous = selectedQuestion.get();
        questions.setAll(rows);
        selectedQuestion.set(previous != null && rows.contains(previous) ? previous : null);
        questionsHeading.set(heading(search, bank, rows.size()));
    }

    private static String heading(QuestionSearch search, QuestionBank bank, int count) {
        if (search.isBlank()) {
            return bank == null ? "Questions" : count + (count == 1 ? " question" : " questions");
        }
        String matches = count + (count == 1 ? " match" : " matches");
        return bank == null ? matches + " in all banks" : matches + " in “" + bank.title() + "”";
    }
}
