package org.emdrill.ui.stories;

import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;
import org.emdrill.stories.QuestionSuggestions;
import org.emdrill.stories.Story;
import org.emdrill.ui.common.Styles;

/**
 * The open story: its text fields (bound to the view model, so typing autosaves), the dimensions and
 * banks it is linked to, its linked questions, and the questions suggested for it with a Link button
 * each. The links are redrawn whenever the open story changes.
 */
final class StoryForm extends ScrollPane {

    private final StoriesViewModel model;
    private final FlowPane dimensions = new FlowPane(8, 6);
    private final FlowPane banks = new FlowPane(8, 6);
    private final VBox linked = new VBox(4);
    private final VBox suggested = new VBox(4);
    private final TextField title;

    StoryForm(StoriesViewModel model) {
        this.model = model;
        setId("story-form");
        setFitToWidth(true);
        StoryFields f = model.fields();
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(8);
        title = field(f.title, "story-title", "The migration we shipped late");
        row(facts, 0, "Title", title);
        row(facts, 1, "Role", field(f.role, "story-role", "Tech lead at X, EM of 6"));
        row(facts, 2, "When", field(f.roughDate, "story-date", "2023, spring"));
        row(facts, 3, "Numbers", field(f.numbers, "story-numbers", "2 weeks late, 80% of scope, 3 engineers"));
        row(facts, 4, "Tags", field(f.tags, "story-tags", "deadline, scope, stakeholders"));
        Button delete = new Button("Delete story");
        delete.setId("story-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> model.deleteOpen());
        delete.disableProperty().bind(model.openProperty().isNull());
        // With no story open the form is a fresh page: say so, since typing in it starts a story.
        Label fresh = hint("A new story: start typing and it is saved as you go, or pick one from the list.");
        fresh.setId("story-fresh");
        fresh.visibleProperty().bind(model.openProperty().isNull());
        fresh.managedProperty().bind(fresh.visibleProperty());
        VBox body = new VBox(10, fresh, facts,
                part("Situation", area(f.situation, "story-situation")),
                part("Task", area(f.task, "story-task")),
                part("Action", area(f.action, "story-action")),
                part("Result", area(f.result, "story-result")),
                part("Reflection", area(f.reflection, "story-reflection")),
                section("Shows these dimensions"), dimensions,
                section("Fits these banks"), banks,
                section("Linked questions"), linked,
                section("Suggested questions"), hint("From the story's tags and words; nothing is linked until you say so."),
                suggested, delete);
        body.setPadding(new Insets(12));
        setContent(body);
        model.openProperty().addListener((obs, was, is) -> {
            if (!sameLinks(was, is)) { // typing changes the text only: redrawing every box per key was slow
                redrawLinks(is);
            }
            if (is != null && (was == null || !was.id().equals(is.id()))) {
                showFromTheTop(is);
            }
        });
        model.suggestions().addListener((javafx.collections.ListChangeListener<QuestionSuggestions.Suggestion>) c ->
                redrawSuggestions());
        redrawLinks(model.openProperty().get());
    }

    private static boolean sameLinks(Story was, Story is) {
        return was != null && is != null && was.id().equals(is.id()) && was.dimensions().equals(is.dimensions())
                && was.bankIds().equals(is.bankIds()) && was.questionIds().equals(is.questionIds());
    }

    /** Another story opened: show it from its title, and put the cursor there when it is still untitled. */
    private void showFromTheTop(Story s) {
        setVvalue(0);
        if (s.title().isBlank()) {
            // Later, so the click or key that opened it (a button on the other tab) has finished first.
            javafx.application.Platform.runLater(() -> {
                setVvalue(0);
                title.requestFocus();
            });
        }
    }

    private static void row(GridPane grid, int row, String label, TextField field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(70);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private static TextField field(StringProperty p, String id, String prompt) {
        TextField t = new TextField();
        return bind(t, p, id, prompt);
    }

    private static TextArea area(StringProperty p, String id) {
        TextArea t = new TextArea();
        t.setWrapText(true);
        t.setPrefRowCount(3);
        return bind(t, p, id, "");
    }

    private static <T extends TextInputControl> T bind(T t, StringProperty p, String id, String prompt) {
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static Node part(String name, TextArea area) {
        Label l = new Label(name);
        l.setLabelFor(area);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return new VBox(4, l, area);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        return l;
    }

    private void redrawLinks(Story s) {
        dimensions.getChildren().clear();
        for (Dimension d : Dimension.values()) {
            CheckBox box = new CheckBox(d.displayName());
            box.setId("story-dimension-" + d.id());
            box.setSelected(s != null && s.dimensions().contains(d));
            box.setOnAction(e -> model.toggleDimension(d));
            dimensions.getChildren().add(box);
        }
        banks.getChildren().clear();
        for (QuestionBank b : model.banks()) {
            CheckBox box = new CheckBox(b.title());
            box.setId("story-bank-" + b.id());
            box.setSelected(s != null && s.bankIds().contains(b.id()));
            box.setOnAction(e -> model.toggleBank(b.id()));
            banks.getChildren().add(box);
        }
        linked.getChildren().clear();
        List<String> ids = s == null ? List.of() : List.copyOf(new TreeSet<>(s.questionIds()));
        if (ids.isEmpty()) {
            linked.getChildren().add(hint("None yet: link one from the suggestions below."));
        }
        for (String id : ids) {
            Label prompt = new Label(model.questionLabel(id));
            prompt.setWrapText(true);
            HBox.setHgrow(prompt, Priority.ALWAYS);
            prompt.setMaxWidth(Double.MAX_VALUE);
            Button unlink = new Button("Unlink");
            unlink.setMinWidth(Region.USE_PREF_SIZE); // the prompt beside it wraps; the button never cuts to "…"
            unlink.setId("story-unlink-" + id);
            unlink.setOnAction(e -> model.unlinkQuestion(id));
            linked.getChildren().add(new HBox(8, prompt, unlink));
        }
    }

    private void redrawSuggestions() {
        suggested.getChildren().clear();
        for (QuestionSuggestions.Suggestion sg : model.suggestions()) {
            Label prompt = new Label(sg.question().prompt() + "  (" + sg.bank().title() + ")");
            prompt.setWrapText(true);
            prompt.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(prompt, Priority.ALWAYS);
            Button link = new Button("Link");
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setId("story-link-" + sg.question().id());
            link.setOnAction(e -> model.linkQuestion(sg.question().id()));
            suggested.getChildren().add(new HBox(8, prompt, link));
        }
    }
}
