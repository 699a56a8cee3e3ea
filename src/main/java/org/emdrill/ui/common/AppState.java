package org.emdrill.ui.common;

import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;

/**
 * State shared by several screens: the loaded banks, the rubric, the settings, and a counter that ticks
 * whenever an attempt is saved so that History can refresh. Lives on the FX thread.
 */
public final class AppState {

    private final ObjectProperty<BankLibrary> library = new SimpleObjectProperty<>(BankLibrary.empty());
    private final ObjectProperty<Rubric> rubric = new SimpleObjectProperty<>(Rubric.empty());
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaults());
    private final IntegerProperty attemptsChanged = new SimpleIntegerProperty();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObjectProperty<PracticeRequest> practiceRequest = new SimpleObjectProperty<>();
    private final StringProperty cannotSave = new SimpleStringProperty("");
    private final StringProperty storyRequest = new SimpleStringProperty();
    private final ObjectProperty<AttemptRequest> attemptRequest = new SimpleObjectProperty<>();

    public AppState(BankLibrary library, Rubric rubric, Settings settings) {
        this.library.set(Objects.requireNonNull(library));
        this.rubric.set(Objects.requireNonNull(rubric));
        this.settings.set(Objects.requireNonNull(settings));
    }

    public ObjectProperty<BankLibrary> libraryProperty() {
        return library;
    }

    public BankLibrary library() {
        return library.get();
    }

    public ObjectProperty<Rubric> rubricProperty() {
        return rubric;
    }

    public Rubric rubric() {
        return rubric.get();
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings settings() {
        return settings.get();
    }

    public ReadOnlyIntegerProperty attemptsChangedProperty() {
        return attemptsChanged;
    }

    public void attemptSaved() {
        attemptsChanged.set(attemptsChanged.get() + 1);
    }

    /**
     * Set by a screen that wants a practice of particular questions started; the window switches to
     * Practice and the Practice screen takes it (and clears it).
     */
    public ObjectProperty<PracticeRequest> practiceRequestProperty() {
        return practiceRequest;
    }

    public void requestPractice(PracticeRequest request) {
        practiceRequest.set(request);
    }

    /**
     * The id of a story another screen wants shown (History's "Open story"); the window switches to My
     * stories and its view model opens the story and clears the request, as with a practice request.
     */
    public StringProperty storyRequestProperty() {
        return storyRequest;
    }

    public void requestStory(String storyId) {
        storyRequest.set(storyId);
    }

    /**
     * An attempt another screen wants opened in History (a mock interview summary's "Open in History");
     * the window switches to History and its view model opens the attempt and clears the request, as
     * with a practice request.
     */
    public ObjectProperty<AttemptRequest> attemptRequestProperty() {
        return attemptRequest;
    }

    public void requestAttempt(AttemptRequest request) {
        attemptRequest.set(null); // the same attempt asked twice must still be a change
        attemptRequest.set(request);
    }

    /**
     * Why answers cannot be saved (the history file or its folder is not writable), or empty when they
     * can. Known at start; screens that record answers refuse to start one while it is set.
     */
    public StringProperty cannotSaveProperty() {
        return cannotSave;
    }

    /** Messages for the banner at the top of the window (bank problems, recovered files, …). */
    public ObservableList<Notice> notices() {
        return notices;
    }
}
