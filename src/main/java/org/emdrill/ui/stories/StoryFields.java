package org.emdrill.ui.stories;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emdrill.stories.Story;

/**
 * The editable text of the open story, one property per field, bound two-way by the form. Loading a
 * story sets them without counting as an edit.
 */
final class StoryFields {

    final StringProperty title = new SimpleStringProperty("");
    final StringProperty situation = new SimpleStringProperty("");
    final StringProperty task = new SimpleStringProperty("");
    final StringProperty action = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty reflection = new SimpleStringProperty("");
    final StringProperty roughDate = new SimpleStringProperty("");
    final StringProperty role = new SimpleStringProperty("");
    final StringProperty numbers = new SimpleStringProperty("");
    final StringProperty tags = new SimpleStringProperty("");

    private boolean loading;

    List<StringProperty> all() {
        return List.of(title, situation, task, action, result, reflection, roughDate, role, numbers, tags);
    }

    /** Calls {@code onEdit} whenever the user changes a field (not when a story is loaded). */
    void onEdit(Runnable onEdit) {
        all().forEach(p -> p.addListener((obs, was, is) -> {
            if (!loading) {
                onEdit.run();
            }
        }));
    }

    void load(Story s) {
        loading = true;
        try {
            title.set(s == null ? "" : s.title());
            situation.set(s == null ? "" : s.situation());
            task.set(s == null ? "" : s.task());
            action.set(s == null ? "" : s.action());
            result.set(s == null ? "" : s.result());
            reflection.set(s == null ? "" : s.reflection());
            roughDate.set(s == null ? "" : s.roughDate());
            role.set(s == null ? "" : s.role());
            numbers.set(s == null ? "" : s.numbers());
            tags.set(s == null ? "" : String.join(", ", s.tags()));
        } finally {
            loading = false;
        }
    }

    Story applyTo(Story s, java.time.Instant now) {
        return s.withText(title.get(), situation.get(), task.get(), action.get(), result.get(), reflection.get(),
                roughDate.get(), role.get(), numbers.get(), Story.parseTags(tags.get()), now);
    }
}
