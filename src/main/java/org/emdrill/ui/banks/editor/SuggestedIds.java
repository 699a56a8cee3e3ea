package org.emdrill.ui.banks.editor;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;

/**
 * Keeps suggested ids in step with what they are made from: the bank id with the title, each question
 * id with its prompt, until the user types an id of their own. Writing a suggestion must not count as
 * the user's typing, so {@link #isApplying()} tells the editor to ignore the edits it causes.
 */
final class SuggestedIds {

    private final StringProperty bankId;
    private final StringProperty title;
    private final List<QuestionForm> questions;
    /** True while the bank id is still the one suggested from the title, so it keeps following it. */
    private boolean suggestingBankId;
    /** Set while suggestions are written into the form, so they are not taken for the user's typing. */
    private boolean applying;

    /**
     * Listens to the bank id at once; make it before the editor's own edit listener, so a typed id is
     * seen before the suggestions run.
     */
    SuggestedIds(StringProperty bankId, StringProperty title, List<QuestionForm> questions, boolean suggestBankId) {
        this.bankId = Objects.requireNonNull(bankId, "bankId");
        this.title = Objects.requireNonNull(title, "title");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.suggestingBankId = suggestBankId;
        bankId.addListener(o -> {
            if (!applying) {
                suggestingBankId = bankId.get().isBlank();
            }
        });
    }

    /** Watches the question's id; call before the editor's edit listener is added to the form. */
    void attach(QuestionForm form) {
        form.idProperty().addListener(o -> {
            if (!applying) {
                form.setIdSuggested(form.idProperty().get().isBlank());
            }
        });
    }

    boolean isApplying() {
        return applying;
    }

    /** Writes the current suggestions into the ids still following them. */
    void apply() {
        applying = true;
        try {
            if (suggestingBankId) {
                bankId.set(IdSuggestions.forBank(title.get()));
            }
            for (QuestionForm q : questions) {
                if (q.isIdSuggested()) {
                    q.idProperty().set(IdSuggestions.forQuestion(bankId.get(), q.promptProperty().get()));
                }
            }
        } finally {
            applying = false;
        }
    }

    /** Once saved, the ids are part of the file and stay as they are. */
    void stop() {
        suggestingBankId = false;
        questions.forEach(q -> q.setIdSuggested(false));
    }
}
