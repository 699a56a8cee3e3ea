package org.emdrill.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.emdrill.domain.QuestionBank;

/** A bank offered for practice (Practice set-up, mock interview set-up), ticked or not. */
public final class BankChoice {
    private final QuestionBank bank;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public BankChoice(QuestionBank bank, boolean selected) {
        this.bank = bank;
        this.selected.set(selected);
    }

    public QuestionBank bank() {
        return bank;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return bank.title() + "  (" + bank.questions().size() + ")";
    }
}
