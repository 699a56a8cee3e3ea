package org.emdrill.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.emdrill.domain.QuestionBank;

/** A bank offered for practice (Practice set-up, mock interview set-up), ticked or not. */
public final class BankChoice {
    private final QuestionBank bank;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    /** How many of its questions the set-up's kind and level let through; all of them with no filter. */
    private int matching;

    public BankChoice(QuestionBank bank, boolean selected) {
        this.bank = bank;
        this.selected.set(selected);
        this.matching = bank.questions().size();
    }

    /** Sets how many questions pass the filter; the list must be refreshed to show it. */
    public void setMatching(int count) {
        this.matching = count;
    }

    public int matching() {
        return matching;
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
        int all = bank.questions().size();
        return bank.title() + "  (" + (matching == all ? Integer.toString(all) : matching + " of " + all) + ")";
    }
}
