package org.emdrill.ui.stories;

import java.time.InstantSource;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.store.PlainErrors;
import org.emdrill.store.StoryRepository;
import org.emdrill.stories.HolePractice;
import org.emdrill.stories.QuestionSuggestions;
import org.emdrill.stories.Story;
import org.emdrill.stories.StoryMatrix;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.Autosave;
import org.emdrill.ui.common.AutosavedWork;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.PracticeRequest;

/**
 * The Stories screen: the list with its search, the open story (autosaved as it is typed, like an
 * answer), its links and the questions suggested for it, deleting with Undo, and the matrix with its
 * holes. Every write goes through the worker; an empty story is not kept.
 */
public final class StoriesViewModel implements AutosavedWork {

    static final int SUGGESTIONS = 6;

    private final AppState state;
    private final StoryRepository repository;
    private final BackgroundRunner runner;
    private final InstantSource clock;
    private final Autosave autosave;

    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final FilteredList<Story> shown = new FilteredList<>(stories);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Story> open = new SimpleObjectProperty<>();
    private final StoryFields fields = new StoryFields();
    private final StorySuggesting suggesting;
    /** The links of every story when the matrix was last drawn: typing more text never changes coverage. */
    private List<List<Object>> matrixLinks;
    private final ReadOnlyObjectWrapper<StoryMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StoryRepository.DeletedStory> undo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<java.util.Map<String, org.emdrill.stories.StoryUsage.Summary>> usage =
            new ReadOnlyObjectWrapper<>(java.util.Map.of());

    public StoriesViewModel(AppState state, StoryRepository repository, BackgroundRunner runner, InstantSource clock) {
        this.state = Objects.requireNonNull(state, "state");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.autosave = new Autosave(this::saveOpen);
        this.suggesting = new StorySuggesting(runner, open::get, () -> state.library().banks(), SUGGESTIONS);
        search.addListener((obs, was, is) -> shown.setPredicate(s -> matches(s, is)));
        fields.onEdit(this::edited);
        stories.addListener((javafx.collections.ListChangeListener<Story>) c -> {
            if (!linksOfAll().equals(matrixLinks)) {
                rebuildMatrix();
            }
        });
        state.libraryProperty().addListener((obs, was, is) -> {
            rebuildMatrix();
            refreshSuggestions();
        });
        rebuildMatrix();
        state.attemptsChangedProperty().addListener((obs, was, is) -> loadUsage());
        state.storyRequestProperty().addListener((obs, was, id) -> {
            if (id != null) {
                state.storyRequestProperty().set(null);
                show(id);
            }
        });
    }

    /** Opens the story another screen asked for (History's "Open story"), read from the store. */
    private void show(String id) {
        runner.run(() -> repository.find(id), found -> {
            if (found.isEmpty()) {
                status.set("That story is no longer in My stories.");
                return;
            }
            // The copy on screen may hold typing not yet saved: it wins over the stored one.
            Story s = stories.stream().filter(x -> x.id().equals(id)).findFirst().orElse(found.get());
            search.set(""); // a search that hides it would leave the story open but not in the list
            upsert(s);
            open(s);
            status.set("");
        }, e -> status.set("The story could not be opened: " + PlainErrors.forSave(e)));
    }

    /** Reads the stories from the history, in the background. */
    public void load() {
        runner.run(repository::all, stories::setAll, e -> status.set("Your stories could not be read: "
                + PlainErrors.forSave(e)));
        loadUsage();
    }

    /** How often each story was told and how it scored, read again after every saved or changed attempt. */
    private void loadUsage() {
        runner.run(() -> org.emdrill.stories.StoryUsage.summarise(repository.tellings()), usage::set,
                e -> status.set("How your stories were told could not be read: " + PlainErrors.forSave(e)));
    }

    /** Per story id, how often it was told and its averages; a story never told is not in it. */
    public ReadOnlyObjectProperty<java.util.Map<String, org.emdrill.stories.StoryUsage.Summary>> usageProperty() {
        return usage.getReadOnlyProperty();
    }

    public ObservableList<Story> shownStories() {
        return shown;
    }

    public List<Story> allStories() {
        return List.copyOf(stories);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Story> openProperty() {
        return open;
    }

    StoryFields fields() {
        return fields;
    }

    public ObservableList<QuestionSuggestions.Suggestion> suggestions() {
        return suggesting.list();
    }

    public ReadOnlyObjectProperty<StoryMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoryRepository.DeletedStory> undoProperty() {
        return undo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public List<QuestionBank> banks() {
        return state.library().banks();
    }

    /**
     * Opens a story for editing; what was typed in the previous one is saved first. Opening the story
     * already open does nothing: the list re-selects its (older) row while the user types, and that
     * must not put the older text back.
     */
    public void open(Story story) {
        Story now = open.get();
        if (Objects.equals(story, now) || (story != null && now != null && story.id().equals(now.id()))) {
            return;
        }
        autosave.flushNow();
        open.set(story);
        fields.load(story);
        refreshSuggestions();
    }

    /** A new, empty story; it is kept once something is written or linked. */
    public void newStory() {
        open(Story.blank(clock.instant()));
    }

    /** A new story already linked to the hole's bank and dimension, so writing it fills the hole. */
    public void newStoryFor(StoryMatrix.Hole hole) {
        Story s = Story.blank(clock.instant()).withLinks(EnumSet.of(hole.dimension()), Set.of(), Set.of(hole.bankId()),
                clock.instant());
        upsert(s);
        open(s);
        keep(s);
    }

    /** Starts a practice of the hole's bank's heaviest questions on its dimension (see {@link HolePractice}). */
    public void practise(StoryMatrix.Hole hole) {
        state.library().bank(hole.bankId()).ifPresent(bank -> {
            List<QueuedQuestion> questions = HolePractice.questions(bank, hole.dimension(), HolePractice.SET_SIZE)
                    .stream().map(q -> new QueuedQuestion(bank, q)).toList();
            if (!questions.isEmpty()) {
                // The practice header names the bank already: the run's name says only what it is for.
                state.requestPractice(new PracticeRequest("Story hole: " + hole.dimension().displayName(), questions));
            }
        });
    }

    public void toggleDimension(Dimension d) {
        Story s = current();
        Set<Dimension> dims = s.dimensions().isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(s.dimensions());
        if (!dims.remove(d)) {
            dims.add(d);
        }
        relink(s.withLinks(dims, s.questionIds(), s.bankIds(), clock.instant()));
    }

    public void toggleBank(String bankId) {
        Story s = current();
        Set<String> banks = new HashSet<>(s.bankIds());
        if (!banks.remove(bankId)) {
            banks.add(bankId);
        }
        relink(s.withLinks(s.dimensions(), s.questionIds(), banks, clock.instant()));
    }

    public void linkQuestion(String questionId) {
        Story s = current();
        Set<String> questions = new HashSet<>(s.questionIds());
        questions.add(questionId);
        relink(s.withLinks(s.dimensions(), questions, s.bankIds(), clock.instant()));
    }

    public void unlinkQuestion(String questionId) {
        Story s = current();
        Set<String> questions = new HashSet<>(s.questionIds());
        questions.remove(questionId);
        relink(s.withLinks(s.dimensions(), questions, s.bankIds(), clock.instant()));
    }

    /** Deletes the open story; {@link #undoDelete()} brings it back with the attempts that told it. */
    public void deleteOpen() {
        Story s = open.get();
        if (s == null) {
            return;
        }
        autosave.cancel();
        stories.removeIf(x -> x.id().equals(s.id()));
        open.set(null);
        fields.load(null);
        suggesting.refreshNow();
        runner.run(() -> repository.delete(s.id()), deleted -> {
            undo.set(deleted.orElse(null));
            status.set(deleted.isPresent() ? "Deleted “" + s.displayTitle() + "”." : "");
        }, e -> status.set("The story could not be deleted: " + PlainErrors.forSave(e)));
    }

    /** The message after an undo, which the next edit takes away. */
    private String backText = "";

    public void undoDelete() {
        StoryRepository.DeletedStory deleted = undo.get();
        if (deleted == null) {
            return;
        }
        undo.set(null);
        runner.run(() -> {
            repository.restore(deleted);
            return deleted.story();
        }, s -> {
            upsert(s);
            open(s);
            backText = "“" + s.displayTitle() + "” is back.";
            status.set(backText);
        }, e -> status.set("The story could not be brought back: " + PlainErrors.forSave(e)));
    }

    /** Saves what was typed now: the window calls it when it loses focus or closes. */
    @Override
    public void flushDraft() {
        autosave.flushNow();
        if (suggesting.pending()) {
            suggesting.refreshNow();
        }
    }

    private void edited() {
        Story s = open.get();
        if (s == null) {
            newStory();
            s = open.get();
        }
        // Per keystroke only the cheap part: the open story, its one row, and the timers. The matrix
        // follows links only, and the suggestions and the save wait for a pause (see StorySuggesting).
        open.set(fields.applyTo(s, clock.instant()));
        upsert(open.get());
        suggesting.later();
        autosave.changed();
    }

    private void relink(Story s) {
        open.set(s);
        upsert(s);
        refreshSuggestions();
        keep(s);
    }

    private Story current() {
        if (open.get() == null) {
            newStory();
        }
        return open.get();
    }

    private void saveOpen() {
        Story s = open.get();
        if (s != null) {
            keep(s);
        }
    }

    /** Writes the story on the worker (one transaction: atomic); an empty one is removed instead. */
    private void keep(Story s) {
        runner.run(() -> repository.save(s), kept -> {
            if (!kept) {
                stories.removeIf(x -> x.id().equals(s.id()));
            }
            if (status.get().equals(backText)) {
                status.set(""); // once the story brought back is edited, saying it is back is old news
            }
        }, e -> status.set("Your story could not be saved: " + PlainErrors.forSave(e)));
    }

    private void upsert(Story s) {
        if (s.isEmpty()) {
            stories.removeIf(x -> x.id().equals(s.id()));
            return;
        }
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).id().equals(s.id())) {
                stories.set(i, s);
                return;
            }
        }
        stories.add(0, s);
    }

    private void rebuildMatrix() {
        matrixLinks = linksOfAll();
        matrix.set(StoryMatrix.of(state.library().banks(), stories));
    }

    private List<List<Object>> linksOfAll() {
        // Whether anything is written counts too: a story with only its links covers nothing yet.
        return stories.stream().map(s -> List.<Object>of(s.id(), s.dimensions(), s.questionIds(), s.bankIds(), s.hasText()))
                .toList();
    }

    private void refreshSuggestions() {
        suggesting.refreshNow();
    }

    /** The open question's text for a linked id, or the id itself when no loaded bank has it. */
    public String questionLabel(String questionId) {
        return state.library().question(questionId).map(q -> q.question().prompt()).orElse(questionId);
    }

    public Optional<QuestionBank> bank(String bankId) {
        return state.library().bank(bankId);
    }

    private static boolean matches(Story s, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = s.allText().toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
