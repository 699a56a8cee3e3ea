package org.emdrill.ui.banks.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.BankLoadFailure;
import org.emdrill.bank.UserBankFiles;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionBank;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;

/**
 * The bank editor's state: the bank's fields, its questions in order, the chosen question, and the
 * problems the real parser finds in the would-be file after every edit. Save is possible only when
 * there are none and something changed; it writes the file in the background and reloads the library.
 * Lives on the FX thread.
 */
public final class BankEditorViewModel {

    /**
     * What the editor needs from the app.
     *
     * @param reloader loads the whole library again after a save, like Reload banks; runs off the FX thread
     * @param dialogs  asks before unsaved changes are thrown away
     */
    public record Services(AppState state, BackgroundRunner runner, UserBankFiles files,
                           Callable<BankLibrary> reloader, EditorDialogs dialogs) {
        public Services {
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(files, "files");
            Objects.requireNonNull(reloader, "reloader");
        }
    }

    private final Services services;
    private final DraftCheck check = new DraftCheck();
    private Consumer<String> onClose = id -> { };

    private final StringProperty bankId = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty idEditable = new SimpleBooleanProperty();
    private final ObservableList<QuestionForm> questions = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionForm> selected = new SimpleObjectProperty<>();
    private final ObservableList<EditorProblem> problems = FXCollections.observableArrayList();
    private final ProblemMarks marks = new ProblemMarks(questions, selected);
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty untouched = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanBinding canSave = valid.and(dirty).and(saving.not());
    private final BooleanBinding canMoveUp = Bindings.createBooleanBinding(
            () -> questions.indexOf(selected.get()) > 0, questions, selected);
    private final BooleanBinding canMoveDown = Bindings.createBooleanBinding(() -> {
        int i = questions.indexOf(selected.get());
        return i >= 0 && i < questions.size() - 1;
    }, questions, selected);
    private final BooleanBinding canDelete = selected.isNotNull();

    /** Made once the draft is in the fields, and before {@link #onEdit}, so a typed id is seen first. */
    private final SuggestedIds suggestions;
    private final InvalidationListener onEdit = o -> edited();
    private final InvalidationListener onLibrary = o -> validate();

    /** The saved bank being edited; null until a new bank or a copy is first saved. */
    private QuestionBank saved;
    /** The draft as last saved or loaded, to tell whether anything changed; null while never saved. */
    private BankDraft baseline;
    /** The parsed bank of the last check, present exactly when it found no problems. */
    private QuestionBank checkedBank;

    private BankEditorViewModel(Services services, BankDraft draft, QuestionBank saved, boolean baselineIsDraft,
                                boolean suggestIds) {
        this.services = Objects.requireNonNull(services, "services");
        this.saved = saved;
        this.baseline = baselineIsDraft ? draft : null;
        idEditable.set(saved == null);
        untouched.set(baselineIsDraft && saved == null);
        bankId.set(draft.id());
        title.set(draft.title());
        description.set(draft.description());
        this.suggestions = new SuggestedIds(bankId, title, questions, suggestIds && draft.id().isEmpty());
        for (QuestionDraft q : draft.questions()) {
            QuestionForm form = new QuestionForm(q);
            form.setIdSuggested(suggestIds && q.id().isEmpty());
            attach(form);
            questions.add(form);
        }
        for (Observable o : List.of(bankId, title, description)) {
            o.addListener(onEdit);
        }
        questions.addListener(onEdit);
        services.state().libraryProperty().addListener(onLibrary);
        selected.set(questions.isEmpty() ? null : questions.get(0));
        validate();
    }

    /** A new, empty bank with one blank question; ids follow the title and prompts until typed. */
    public static BankEditorViewModel newBank(Services services) {
        return new BankEditorViewModel(services, new BankDraft("", "", "", List.of(QuestionDraft.blank())), null,
                true, true);
    }

    /** One of the user's saved banks. */
    public static BankEditorViewModel edit(Services services, QuestionBank userBank) {
        return new BankEditorViewModel(services, BankDraft.of(userBank), userBank, true, false);
    }

    /** An unsaved copy, such as of a bundled bank; it counts as changed until saved. */
    public static BankEditorViewModel copy(Services services, QuestionBank unsavedCopy) {
        return new BankEditorViewModel(services, BankDraft.of(unsavedCopy), null, false, false);
    }

    /** Called once the editor has closed, with the id of the bank last saved, or null if none was. */
    public void setOnClose(Consumer<String> onClose) {
        this.onClose = Objects.requireNonNull(onClose);
    }

    public StringProperty bankIdProperty() {
        return bankId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** False once the bank is saved: its file and its answers in History refer to the id. */
    public ReadOnlyBooleanProperty idEditableProperty() {
        return idEditable;
    }

    public ObservableList<QuestionForm> questions() {
        return questions;
    }

    public ObjectProperty<QuestionForm> selectedProperty() {
        return selected;
    }

    /** Everything wrong with the draft, bank fields first, then by question. */
    public ObservableList<EditorProblem> problems() {
        return problems;
    }

    /** The bank's fields with problems: field name ({@code id}, {@code title}, …) to message. */
    public ObservableMap<String, String> bankErrors() {
        return marks.bankErrors();
    }

    /** The chosen question's fields with problems: field name ({@code prompt}, …) to message. */
    public ObservableMap<String, String> questionErrors() {
        return marks.questionErrors();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** True when saving would change something (always for a bank never saved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /**
     * True for a new bank nobody has typed into yet: its problems are a to-do list, not mistakes, so the
     * form does not mark fields red until the first edit.
     */
    public ReadOnlyBooleanProperty untouchedProperty() {
        return untouched;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canMoveUpProperty() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDownProperty() {
        return canMoveDown;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    /** The outcome of the last save, one sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public boolean isNewBank() {
        return saved == null;
    }

    public void select(QuestionForm form) {
        selected.set(form);
    }

    /** Adds a blank question at the end and chooses it. */
    public void addQuestion() {
        QuestionForm form = new QuestionForm(QuestionDraft.blank());
        form.setIdSuggested(true);
        attach(form);
        questions.add(form);
        selected.set(form);
    }

    /** Removes the chosen question and chooses its neighbour. */
    public void deleteSelected() {
        int i = questions.indexOf(selected.get());
        if (i < 0) {
            return;
        }
        QuestionForm removed = questions.remove(i);
        detach(removed);
        selected.set(questions.isEmpty() ? null : questions.get(Math.min(i, questions.size() - 1)));
    }

    public void moveSelectedUp() {
        move(-1);
    }

    public void moveSelectedDown() {
        move(1);
    }

    /** Writes the bank file in the background and reloads the library; does nothing while invalid. */
    public void save() {
        if (!canSave.get() || checkedBank == null) {
            return;
        }
        QuestionBank bank = checkedBank;
        BankDraft draft = draft();
        Optional<Path> previous = saved == null ? Optional.empty() : Optional.of(Path.of(saved.origin()));
        saving.set(true);
        status.set("Saving…");
        services.runner().run(() -> {
            UserBankFiles.Outcome outcome = services.files().save(bank, previous);
            BankLibrary library = outcome instanceof UserBankFiles.Saved ? services.reloader().call() : null;
            return new SaveResult(outcome, library);
        }, result -> saved(bank, draft, result), error -> {
            saving.set(false);
            status.set("Could not save: " + error.getMessage());
        });
    }

    /**
     * Leaves the editor, asking first when there are unsaved changes.
     *
     * @return true when it closed, false when the user chose to keep editing
     */
    public boolean close() {
        if (saving.get()) {
            return false;
        }
        if (dirty.get() && !services.dialogs().confirmDiscard(title.get().strip())) {
            return false;
        }
        services.state().libraryProperty().removeListener(onLibrary);
        onClose.accept(saved == null ? null : saved.id());
        return true;
    }

    /** The form as a draft, in list order. */
    public BankDraft draft() {
        return new BankDraft(bankId.get(), title.get(), description.get(),
                questions.stream().map(QuestionForm::draft).toList());
    }

    private record SaveResult(UserBankFiles.Outcome outcome, BankLibrary library) {
    }

    private void saved(QuestionBank bank, BankDraft draft, SaveResult result) {
        saving.set(false);
        if (result.outcome() instanceof UserBankFiles.Refused refused) {
            status.set("Not saved: " + refused.reason() + ".");
            return;
        }
        Path file = ((UserBankFiles.Saved) result.outcome()).file();
        BankLibrary library = result.library();
        saved = library.bank(bank.id()).orElse(new QuestionBank(bank.schemaVersion(), bank.id(), bank.title(),
                bank.description(), bank.questions(), bank.source(), file.toString()));
        baseline = draft;
        suggestions.stop();
        idEditable.set(false);
        services.state().libraryProperty().set(library); // re-checks the draft against the new library
        Optional<BankLoadFailure> failure = library.failures().stream()
                .filter(f -> Path.of(f.file()).getFileName().equals(file.getFileName())).findFirst();
        status.set(failure.map(f -> "Saved to " + file + ", but it did not load: "
                        + f.problems().stream().map(Problem::message).collect(Collectors.joining("; ")))
                .orElse("Saved to " + file + "."));
        validate();
    }

    private void move(int by) {
        QuestionForm form = selected.get();
        int i = questions.indexOf(form);
        int j = i + by;
        if (i < 0 || j < 0 || j >= questions.size()) {
            return;
        }
        questions.remove(i);
        questions.add(j, form);
        selected.set(form);
    }

    private void attach(QuestionForm form) {
        // Before onEdit, which runs the suggestions: a typed id must stop them first.
        suggestions.attach(form);
        form.fields().forEach(f -> f.addListener(onEdit));
    }

    private void detach(QuestionForm form) {
        form.fields().forEach(f -> f.removeListener(onEdit));
    }

    private void edited() {
        if (suggestions.isApplying()) {
            return;
        }
        untouched.set(false);
        suggestions.apply();
        validate();
    }

    private void validate() {
        BankDraft draft = draft();
        String file = draft.id().isEmpty() ? "new-bank.json" : draft.id() + ".json";
        DraftCheck.Result result = check.check(draft, services.state().library(), saved == null ? null : saved.id(),
                file);
        checkedBank = result.bank();
        problems.setAll(result.problems());
        valid.set(result.isValid());
        dirty.set(baseline == null || !baseline.equals(draft));
        marks.show(result.problems(), untouched.get());
    }
}
