package org.emdrill.ui.banks.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

/**
 * One question's form fields as the user edits them. List fields are text, one item per line (tags:
 * separated by commas); {@link #draft()} turns them into a {@link QuestionDraft}.
 */
public final class QuestionForm {

    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty followUps = new SimpleStringProperty("");
    private final Map<Dimension, IntegerProperty> weights = new EnumMap<>(Dimension.class);
    private final StringProperty signals = new SimpleStringProperty("");
    private final StringProperty redFlags = new SimpleStringProperty("");
    private final StringProperty targetSeconds = new SimpleStringProperty("");
    private final ObjectProperty<QuestionLevel> level = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObjectProperty<QuestionKind> kind = new SimpleObjectProperty<>();
    private final StringProperty assesses = new SimpleStringProperty("");
    private final StringProperty outline = new SimpleStringProperty("");
    private final Map<QuestionLevel, StringProperty> expectations = new EnumMap<>(QuestionLevel.class);
    /** Set by the editor after each check, so the list can mark questions that need attention. */
    private final BooleanProperty hasProblems = new SimpleBooleanProperty();
    /** True while the id is still the one suggested from the prompt, so it keeps following the prompt. */
    private boolean idSuggested;

    public QuestionForm(QuestionDraft draft) {
        for (Dimension d : Dimension.values()) {
            weights.put(d, new SimpleIntegerProperty(draft.weights().get(d)));
        }
        id.set(draft.id());
        prompt.set(draft.prompt());
        followUps.set(String.join("\n", draft.followUps()));
        signals.set(String.join("\n", draft.signals()));
        redFlags.set(String.join("\n", draft.redFlags()));
        targetSeconds.set(draft.targetSeconds());
        level.set(draft.level());
        tags.set(String.join(", ", draft.tags()));
        kind.set(draft.kind());
        assesses.set(draft.assesses());
        outline.set(String.join("\n", draft.outline()));
        for (QuestionLevel l : QuestionLevel.values()) {
            expectations.put(l, new SimpleStringProperty(draft.expectations().getOrDefault(l, "")));
        }
    }

    public QuestionDraft draft() {
        Map<Dimension, Integer> w = new EnumMap<>(Dimension.class);
        weights.forEach((d, p) -> w.put(d, p.get()));
        Map<QuestionLevel, String> byLevel = new EnumMap<>(QuestionLevel.class);
        expectations.forEach((l, p) -> byLevel.put(l, p.get()));
        return new QuestionDraft(id.get(), prompt.get(), QuestionDraft.lines(followUps.get()), w,
                QuestionDraft.lines(signals.get()), QuestionDraft.lines(redFlags.get()), targetSeconds.get(),
                level.get(), QuestionDraft.commaSeparated(tags.get()), kind.get(), assesses.get(),
                QuestionDraft.lines(outline.get()), byLevel);
    }

    /** Everything the user can change, to listen for edits. */
    List<Observable> fields() {
        List<Observable> all = new ArrayList<>(List.of(id, prompt, followUps, signals, redFlags, targetSeconds,
                level, tags, kind, assesses, outline));
        all.addAll(weights.values());
        all.addAll(expectations.values());
        return all;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty followUpsProperty() {
        return followUps;
    }

    /** 0 (not tested) to 10. */
    public IntegerProperty weightProperty(Dimension dimension) {
        return weights.get(dimension);
    }

    public StringProperty signalsProperty() {
        return signals;
    }

    public StringProperty redFlagsProperty() {
        return redFlags;
    }

    /** As typed; blank means the default of 150 seconds. */
    public StringProperty targetSecondsProperty() {
        return targetSeconds;
    }

    /** Null for "any level". */
    public ObjectProperty<QuestionLevel> levelProperty() {
        return level;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    /** Null when not set. */
    public ObjectProperty<QuestionKind> kindProperty() {
        return kind;
    }

    /** What the interviewer is really testing; blank leaves it out. */
    public StringProperty assessesProperty() {
        return assesses;
    }

    /** The strong-answer outline, one step per line. */
    public StringProperty outlineProperty() {
        return outline;
    }

    /** What a good answer shows at {@code level}; blank leaves that level out. */
    public StringProperty expectationProperty(QuestionLevel level) {
        return expectations.get(level);
    }

    public BooleanProperty hasProblemsProperty() {
        return hasProblems;
    }

    boolean isIdSuggested() {
        return idSuggested;
    }

    void setIdSuggested(boolean suggested) {
        this.idSuggested = suggested;
    }
}
