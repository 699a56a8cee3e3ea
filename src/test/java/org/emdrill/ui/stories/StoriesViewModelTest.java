package org.emdrill.ui.stories;

import static org.emdrill.ui.testing.OnFx.fx;
import static org.emdrill.ui.testing.OnFx.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Rubric;
import org.emdrill.settings.Settings;
import org.emdrill.store.Database;
import org.emdrill.store.SchemaMigrator;
import org.emdrill.store.StoryRepository;
import org.emdrill.stories.Story;
import org.emdrill.stories.StoryMatrix;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class StoriesViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private StoryRepository repo;
    private AppState state;
    private StoriesViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        repo = new StoryRepository(db);
        state = new AppState(BankLibraryLoader.forDataDir(dir).load(), Rubric.empty(), Settings.defaults());
        model = fx(() -> new StoriesViewModel(state, repo, new BackgroundRunner(Runnable::run),
                InstantSource.fixed(Instant.parse("2026-05-04T09:00:00Z"))));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void typingMakesAStoryThatIsSavedWithSuggestionsAndLinks() throws Exception {
        onFx(() -> {
            model.newStory();
            model.fields().title.set("Late billing launch");
            model.fields().tags.set("delivery, ownership");
            model.flushDraft();
        });

        assertEquals(List.of("Late billing launch"), repo.all().stream().map(Story::title).toList());
        List<String> suggested = model.suggestions().stream().map(s -> s.question().id()).toList();
        assertTrue(suggested.contains("missed-deadlines-late-project-story"), suggested.toString());

        onFx(() -> model.linkQuestion("missed-deadlines-late-project-story"));
        assertEquals(Set.of("missed-deadlines-late-project-story"), repo.all().get(0).questionIds());
        assertEquals(1, model.matrixProperty().get().cell("missed-deadlines", Dimension.EXECUTION).stories());
    }

    @Test
    void deleteSaysWhatWentAndUndoBringsItBack() throws Exception {
        onFx(() -> {
            model.newStory();
            model.fields().title.set("The outage I owned");
            model.flushDraft();
        });
        onFx(model::deleteOpen);

        assertEquals(List.of(), repo.all());
        assertEquals("Deleted “The outage I owned”.", model.statusProperty().get());

        onFx(model::undoDelete);
        assertEquals(1, repo.all().size());
        assertEquals(1, model.shownStories().size());
        assertEquals("“The outage I owned” is back.", model.statusProperty().get());

        onFx(() -> {
            model.fields().title.set("The outage I owned, and what changed after");
            model.flushDraft();
        });
        assertEquals("", model.statusProperty().get(), "the message goes once it is old news");
    }

    @Test
    void aStoryStartedForAHoleLeavesItOpenUntilSomethingIsWritten() throws Exception {
        StoryMatrix.Hole first = fx(() -> model.matrixProperty().get().holes().get(0));
        onFx(() -> {
            model.newStoryFor(first);
            model.flushDraft();
        });
        assertEquals(0, model.matrixProperty().get().cell(first.bankId(), first.dimension()).stories(),
                "a story with only its links does not fill the hole");
    }

    @Test
    void aHoleGivesALinkedStoryAndIsFilledByIt() throws Exception {
        StoryMatrix.Hole first = fx(() -> model.matrixProperty().get().holes().get(0));

        onFx(() -> {
            model.newStoryFor(first);
            model.fields().title.set("Filled");
            model.flushDraft();
        });

        assertTrue(fx(() -> model.matrixProperty().get().holes().stream()
                .noneMatch(h -> h.bankId().equals(first.bankId()) && h.dimension() == first.dimension())));
        assertEquals(Set.of(first.bankId()), repo.all().get(0).bankIds());
    }

    @Test
    void practisingAHoleAsksForItsBanksQuestionsOnItsDimensionHeaviestFirst() throws Exception {
        StoryMatrix.Hole first = fx(() -> model.matrixProperty().get().holes().get(0));

        onFx(() -> model.practise(first));

        org.emdrill.ui.common.PracticeRequest request = state.practiceRequestProperty().get();
        assertTrue(request != null, "a practice was requested");
        assertEquals("Story hole: " + first.dimension().displayName(), request.title(),
                "the practice header shows the bank already");
        assertTrue(request.questions().stream().allMatch(q -> q.bank().id().equals(first.bankId())
                && q.question().targets(first.dimension())));
        assertEquals(first.questionId(), request.questions().get(0).question().id());
        long inBank = state.library().bank(first.bankId()).orElseThrow().questions().size();
        assertTrue(request.questions().size() <= org.emdrill.stories.HolePractice.SET_SIZE
                && request.questions().size() < inBank, "one sitting of that dimension, not the whole bank: "
                + request.questions().size() + " of " + inBank);
    }

    @Test
    void typingTheTextLeavesTheMatrixAloneAndLinkingRedrawsIt() throws Exception {
        onFx(() -> {
            model.newStory();
            model.fields().title.set("Late billing launch");
        });
        StoryMatrix before = fx(() -> model.matrixProperty().get());

        onFx(() -> model.fields().situation.set("We were two weeks late on the billing migration"));
        assertTrue(before == fx(() -> model.matrixProperty().get()), "text alone covers no cell");

        onFx(() -> model.linkQuestion("missed-deadlines-late-project-story"));
        assertEquals(1, fx(() -> model.matrixProperty().get()).cell("missed-deadlines", Dimension.EXECUTION).stories());
    }

    @Test
    void aStoryWrittenForAHoleIsInTheListAtOnce() throws Exception {
        StoryMatrix.Hole first = fx(() -> model.matrixProperty().get().holes().get(0));

        onFx(() -> model.newStoryFor(first));

        assertEquals(List.of(fx(() -> model.openProperty().get().id())),
                fx(() -> model.shownStories().stream().map(Story::id).toList()));
    }
}
