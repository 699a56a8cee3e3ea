package org.emdrill.ui.banks.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.BankLibraryLoader;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

class BankEditorViewModelTest {

    @TempDir
    Path temp;

    private EditorFixture fx;
    private EditorFixture.FakeDialogs dialogs;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() {
        fx = new EditorFixture(temp, Runnable::run);
        dialogs = fx.dialogs;
    }

    private BankEditorViewModel newBank() throws Exception {
        BankEditorViewModel model = Fx.call(() -> BankEditorViewModel.newBank(fx.services));
        return model;
    }

    /** Fills the chosen question so that it is valid. */
    private static void fill(QuestionForm q, String prompt) {
        q.promptProperty().set(prompt);
        q.weightProperty(Dimension.COACHING).set(3);
        q.weightProperty(Dimension.LEADERSHIP).set(1);
    }

    private static List<String> fieldsWithProblems(BankEditorViewModel model) {
        return model.problems().stream().map(p -> p.question() + ":" + p.field()).toList();
    }

    @Test
    void aNewBankNamesWhatIsMissingAndCannotBeSaved() throws Exception {
        BankEditorViewModel model = newBank();

        assertFalse(model.validProperty().get());
        assertFalse(model.canSaveProperty().get());
        assertFalse(model.dirtyProperty().get(), "nothing typed yet");
        List<String> fields = fieldsWithProblems(model);
        assertTrue(fields.containsAll(List.of("-1:id", "-1:title", "0:id", "0:prompt", "0:dimensions")), fields.toString());
        assertTrue(model.untouchedProperty().get());
        assertTrue(model.bankErrors().isEmpty(), "no field is marked before the first edit");
        assertFalse(model.questions().get(0).hasProblemsProperty().get());

        model.descriptionProperty().set("Something");
        assertFalse(model.untouchedProperty().get());
        assertEquals("required", model.bankErrors().get("title"));
        assertTrue(model.questionErrors().get("dimensions").contains("at least one dimension"),
                model.questionErrors().toString());
        assertTrue(model.questions().get(0).hasProblemsProperty().get());
    }

    @Test
    void idsFollowTheTitleAndPromptUntilTheUserTypesOne() throws Exception {
        BankEditorViewModel model = newBank();
        QuestionForm q = model.questions().get(0);

        model.titleProperty().set("Hiring loops!");
        fill(q, "Tell me about a time you redesigned an interview loop that was rejecting good candidates.");

        assertEquals("hiring-loops", model.bankIdProperty().get());
        assertEquals("hiring-loops-redesigned-interview-loop-rejecting", q.idProperty().get());
        assertTrue(model.validProperty().get(), model.problems().toString());
        assertTrue(model.canSaveProperty().get());

        model.bankIdProperty().set("loops");
        model.titleProperty().set("Hiring loops, again");
        assertEquals("loops", model.bankIdProperty().get(), "a typed id stays");
        assertEquals("loops-redesigned-interview-loop-rejecting", q.idProperty().get(), "follows the bank id");

        q.idProperty().set("loops-redesign");
        q.promptProperty().set("Something else entirely.");
        assertEquals("loops-redesign", q.idProperty().get());
    }

    @Test
    void checksAsTheUserTypesWithTheParsersOwnRules() throws Exception {
        BankEditorViewModel model = newBank();
        model.titleProperty().set("Delivery");
        QuestionForm q = model.questions().get(0);
        fill(q, "How do you handle a slipping date?");
        assertTrue(model.validProperty().get(), model.problems().toString());

        q.targetSecondsProperty().set("three minutes");
        assertFalse(model.validProperty().get());
        assertEquals("expected a whole number, found text", model.questionErrors().get("targetSeconds"));

        q.targetSecondsProperty().set("20");
        assertTrue(model.questionErrors().get("targetSeconds").contains("between 30 and 1,800"));
        assertTrue(q.hasProblemsProperty().get());

        q.targetSecondsProperty().set("180");
        q.tagsProperty().set("x".repeat(61) + ", delivery");
        assertTrue(model.questionErrors().get("tags").contains("the limit is 60"), model.questionErrors().toString());

        q.tagsProperty().set("delivery, dates");
        assertTrue(model.validProperty().get());
        assertTrue(model.questionErrors().isEmpty());
        assertFalse(q.hasProblemsProperty().get());
    }

    @Test
    void idsTakenByAnotherBankAreProblems() throws Exception {
        QuestionBank bundled = fx.state.library().banks().get(0);
        BankEditorViewModel model = newBank();
        model.titleProperty().set("Mine");
        fill(model.questions().get(0), "Why did the release slip?");

        model.bankIdProperty().set(bundled.id());
        assertTrue(model.bankErrors().get("id").contains("already has the id"), model.bankErrors().toString());

        model.bankIdProperty().set("mine");
        model.questions().get(0).idProperty().set(bundled.questions().get(0).id());
        assertTrue(model.questionErrors().get("id").contains("already used in"), model.questionErrors().toString());
        assertFalse(model.canSaveProperty().get());
    }

    @Test
    void duplicateQuestionIdsWithinTheBankAreFoundByTheParser() throws Exception {
        BankEditorViewModel model = newBank();
        model.titleProperty().set("Mine");
        fill(model.questions().get(0), "First question about teams?");
        model.addQuestion();
        QuestionForm second = model.selectedProperty().get();
        fill(second, "Second question about teams?");
        second.idProperty().set(model.questions().get(0).idProperty().get());

        assertTrue(model.questionErrors().get("id").contains("is already used by questions[0]"),
                model.questionErrors().toString());
    }

    @Test
    void reordersAndDeletesQuestionsKeepingTheChoice() throws Exception {
        BankEditorViewModel model = newBank();
        model.titleProperty().set("Order");
        fill(model.questions().get(0), "Alpha?");
        model.addQuestion();
        fill(model.selectedProperty().get(), "Bravo?");
        model.addQuestion();
        QuestionForm charlie = model.selectedProperty().get();
        fill(charlie, "Charlie?");
        assertFalse(model.canMoveDownProperty().get());

        model.moveSelectedUp();
        model.moveSelectedUp();
        assertEquals(List.of("order-charlie", "order-alpha", "order-bravo"), ids(model));
        assertEquals(charlie, model.selectedProperty().get());
        assertFalse(model.canMoveUpProperty().get());

        model.moveSelectedDown();
        assertEquals(List.of("order-alpha", "order-charlie", "order-bravo"), ids(model));

        model.deleteSelected();
        assertEquals(List.of("order-alpha", "order-bravo"), ids(model));
        assertEquals("order-bravo", model.selectedProperty().get().idProperty().get(), "the next one is chosen");
        assertEquals(List.of("order-alpha", "order-bravo"),
                model.draft().questions().stream().map(QuestionDraft::id).toList());
    }

    @Test
    void deletingTheLastQuestionIsAProblemOfTheBank() throws Exception {
        BankEditorViewModel model = newBank();
        model.deleteSelected();

        assertNull(model.selectedProperty().get());
        assertTrue(model.bankErrors().get("questions").contains("at least one question"), model.bankErrors().toString());
    }

    @Test
    void saveWritesAFileThatLoadsAndValidates() throws Exception {
        BankEditorViewModel model = newBank();
        model.titleProperty().set("Leading contractors");
        model.descriptionProperty().set("Getting good work from contract engineers.");
        QuestionForm q = model.questions().get(0);
        fill(q, "Contract engineers' pull requests keep failing review. What do you do?");
        q.followUpsProperty().set("What did you raise with the agency?\n\n  How did the team react?  ");
        q.signalsProperty().set("Finds the cause first");
        q.redFlagsProperty().set("Rewrites their work quietly");
        q.targetSecondsProperty().set("180");
        q.levelProperty().set(QuestionLevel.EXPERIENCED_MANAGER);
        q.tagsProperty().set("contractors, code-review");

        Fx.run(model::save);

        Path file = fx.userFolder.resolve("leading-contractors.json");
        assertTrue(Files.exists(file), model.statusProperty().get());
        assertTrue(EditorFixture.validate(file).startsWith("0:"), EditorFixture.validate(file));
        QuestionBank loaded = BankLibraryLoader.forDataDir(fx.dataDir).load().bank("leading-contractors").orElseThrow();
        assertEquals(loaded, fx.state.library().bank("leading-contractors").orElseThrow(), "the library was reloaded");
        Question saved = loaded.questions().get(0);
        assertEquals(List.of("What did you raise with the agency?", "How did the team react?"), saved.followUps());
        assertEquals(180, saved.targetSeconds());
        assertEquals(QuestionLevel.EXPERIENCED_MANAGER, saved.level());
        assertEquals(List.of("contractors", "code-review"), saved.tags());
        assertEquals(3, saved.weightOf(Dimension.COACHING));
        assertEquals(BankSource.USER, loaded.source());

        assertFalse(model.dirtyProperty().get());
        assertFalse(model.canSaveProperty().get(), "nothing left to save");
        assertFalse(model.idEditableProperty().get());
        assertTrue(model.validProperty().get(), "its own ids are not clashes: " + model.problems());
        assertTrue(model.statusProperty().get().startsWith("Saved to "));
    }

    @Test
    void savesTheAnswerGuideAndMarksAnOutlineOfTheWrongLength() throws Exception {
        BankEditorViewModel model = newBank();
        model.titleProperty().set("Guided");
        QuestionForm q = model.questions().get(0);
        fill(q, "Tell me about a time you cut scope to hold a date.");
        q.kindProperty().set(QuestionKind.STORY);
        q.assessesProperty().set("Whether you cut by user value.");
        q.outlineProperty().set("The date\nHow you ranked\nWho agreed");

        assertEquals("has 3 items; an outline needs 4 to 6 short steps of a strong answer, or remove the field",
                model.questionErrors().get("outline"));
        assertTrue(model.problems().stream().anyMatch(p -> p.where().equals("Question 1 · Outline")),
                model.problems().toString());
        assertFalse(model.canSaveProperty().get());

        q.outlineProperty().set("The date\nHow you ranked\n\nWho agreed\n  What users noticed  ");
        q.expectationProperty(QuestionLevel.NEW_MANAGER).set("  Cuts by value with their product manager. ");
        q.expectationProperty(QuestionLevel.MANAGER_OF_MANAGERS).set("   ");
        assertNull(model.questionErrors().get("outline"), model.questionErrors().toString());
        Fx.run(model::save);

        Path file = fx.userFolder.resolve("guided.json");
        assertTrue(EditorFixture.validate(file).startsWith("0:"), EditorFixture.validate(file));
        Question saved = BankLibraryLoader.forDataDir(fx.dataDir).load().bank("guided").orElseThrow()
                .questions().get(0);
        assertEquals(QuestionKind.STORY, saved.kind());
        assertEquals("Whether you cut by user value.", saved.assesses());
        assertEquals(List.of("The date", "How you ranked", "Who agreed", "What users noticed"), saved.outline());
        assertEquals(java.util.Map.of(QuestionLevel.NEW_MANAGER, "Cuts by value with their product manager."),
                saved.expectations(), "blank levels are left out");
    }

    @Test
    void editingKeepsTheAnswerGuideOfAnExistingQuestion() throws Exception {
        EditorFixture.writeBank(fx.userFolder, "guide.json", """
                { "schemaVersion": 1, "id": "guide", "title": "Guide", "questions": [
                  { "id": "guide-one", "prompt": "One?", "dimensions": { "execution": 2 }, "kind": "scenario",
                    "assesses": "Judgement.", "outline": ["a", "b", "c", "d"],
                    "expectations": { "experienced-manager": "Owns it." } } ] }
                """);
        fx.state.libraryProperty().set(BankLibraryLoader.forDataDir(fx.dataDir).load());
        QuestionBank guide = fx.state.library().bank("guide").orElseThrow();
        BankEditorViewModel model = Fx.call(() -> BankEditorViewModel.edit(fx.services, guide));
        QuestionForm q = model.questions().get(0);

        assertEquals(QuestionKind.SCENARIO, q.kindProperty().get());
        assertEquals("a\nb\nc\nd", q.outlineProperty().get());
        assertEquals("Owns it.", q.expectationProperty(QuestionLevel.EXPERIENCED_MANAGER).get());
        assertFalse(model.dirtyProperty().get(), "the loaded guide reads back as the same draft");
        q.kindProperty().set(null);
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void editingASavedBankKeepsItsFileAndTellsWhenSomethingChanged() throws Exception {
        EditorFixture.writeBank(fx.userFolder, "hand-made.json", """
                { "schemaVersion": 1, "id": "mine", "title": "Mine", "questions": [
                  { "id": "mine-one", "prompt": "One?", "dimensions": { "execution": 2 } } ] }
                """);
        fx.state.libraryProperty().set(BankLibraryLoader.forDataDir(fx.dataDir).load());
        QuestionBank mine = fx.state.library().bank("mine").orElseThrow();
        BankEditorViewModel model = Fx.call(() -> BankEditorViewModel.edit(fx.services, mine));

        assertFalse(model.dirtyProperty().get());
        assertTrue(model.validProperty().get(), model.problems().toString());
        model.titleProperty().set("Mine, better");
        assertTrue(model.dirtyProperty().get());
        model.titleProperty().set("Mine");
        assertFalse(model.dirtyProperty().get(), "back as it was");

        model.titleProperty().set("Mine, better");
        Fx.run(model::save);

        assertFalse(Files.exists(fx.userFolder.resolve("hand-made.json")), "moved to its id's name");
        assertEquals("Mine, better", fx.state.library().bank("mine").orElseThrow().title());
        assertEquals(List.of(), fx.state.library().failures());
    }

    @Test
    void aSavedBankDoesNotOverwriteAnotherFileWithItsName() throws Exception {
        BankEditorViewModel model = newBank();
        model.titleProperty().set("Late arrival");
        fill(model.questions().get(0), "Why did the release slip?");
        // Written after the library was loaded, so only the save itself can notice.
        EditorFixture.writeBank(fx.userFolder, "late-arrival.json", "{}");

        Fx.run(model::save);

        assertEquals("{}", Files.readString(fx.userFolder.resolve("late-arrival.json")));
        assertTrue(model.statusProperty().get().startsWith("Not saved"), model.statusProperty().get());
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void aCopyOfABundledBankGetsNewIdsAndLoadsNextToIt() throws Exception {
        QuestionBank bundled = fx.state.library().banks().get(0);
        QuestionBank copy = new BankImporter(fx.userFolder).copyOf(bundled, fx.state.library());
        assertEquals(bundled.id() + "-copy", copy.id());
        assertEquals(bundled.title() + " (copy)", copy.title());
        assertTrue(copy.questions().stream().allMatch(q -> q.id().startsWith(bundled.id() + "-copy-")));

        BankEditorViewModel model = Fx.call(() -> BankEditorViewModel.copy(fx.services, copy));
        assertTrue(model.dirtyProperty().get(), "a copy is unsaved until saved");
        assertTrue(model.validProperty().get(), model.problems().toString());
        model.questions().get(0).promptProperty().set("A sharper prompt?");
        Fx.run(model::save);

        assertEquals("A sharper prompt?", fx.state.library().bank(copy.id()).orElseThrow().questions().get(0).prompt());
        assertEquals(bundled, fx.state.library().bank(bundled.id()).orElseThrow(), "the original is untouched");
        assertEquals(List.of(), fx.state.library().failures());
        assertEquals(bundled.id() + "-copy-2", new BankImporter(fx.userFolder).copyOf(bundled, fx.state.library()).id());
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() throws Exception {
        BankEditorViewModel model = newBank();
        List<String> closed = new ArrayList<>();
        model.setOnClose(id -> closed.add(String.valueOf(id)));
        model.titleProperty().set("Half written");

        dialogs.discard = false;
        assertFalse(model.close());
        assertEquals(List.of(), closed);

        dialogs.discard = true;
        assertTrue(model.close());
        assertEquals(List.of("Half written", "Half written"), dialogs.asked);
        assertEquals(List.of("null"), closed, "nothing was saved");
    }

    @Test
    void closingWithoutChangesDoesNotAsk() throws Exception {
        BankEditorViewModel model = newBank();
        List<String> closed = new ArrayList<>();
        model.setOnClose(id -> closed.add(String.valueOf(id)));

        assertTrue(model.close());
        assertEquals(List.of(), dialogs.asked);
        assertEquals(1, closed.size());
    }

    private static List<String> ids(BankEditorViewModel model) {
        return model.questions().stream().map(q -> q.idProperty().get()).toList();
    }
}
