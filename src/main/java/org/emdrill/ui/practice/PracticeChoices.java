package org.emdrill.ui.practice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.QuestionOrder;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BankChoice;

/**
 * What the Practice set-up asks: which banks, in which order, how much prep time. Remembered in the
 * settings, and kept when banks are reloaded.
 */
public final class PracticeChoices {

    private final AppState state;
    private final ObservableList<BankChoice> banks = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionOrder> order = new SimpleObjectProperty<>(QuestionOrder.RANDOM);
    private final IntegerProperty prepSeconds = new SimpleIntegerProperty(30);
    private final ReadOnlyIntegerWrapper selectedQuestionCount = new ReadOnlyIntegerWrapper();

    PracticeChoices(AppState state) {
        this.state = state;
        load();
        state.libraryProperty().addListener((obs, was, is) -> load());
        // Settings can change the default prep time too; follow it.
        state.settingsProperty().addListener((obs, was, is) -> {
            if (was == null || was.prepSeconds() != is.prepSeconds()) {
                prepSeconds.set(is.prepSeconds());
            }
        });
    }

    private void load() {
        var settings = state.settings();
        Set<String> remembered = new LinkedHashSet<>(settings.selectedBankIds());
        banks.forEach(b -> {
            if (b.isSelected()) {
                remembered.add(b.bank().id());
            }
        });
        banks.clear();
        boolean none = remembered.isEmpty();
        for (QuestionBank bank : state.library().banks()) {
            BankChoice choice = new BankChoice(bank, none || remembered.contains(bank.id()));
            choice.selectedProperty().addListener((obs, was, is) -> updateSelectedCount());
            banks.add(choice);
        }
        order.set(settings.order());
        prepSeconds.set(settings.prepSeconds());
        updateSelectedCount();
    }

    private void updateSelectedCount() {
        selectedQuestionCount.set(banks.stream().filter(BankChoice::isSelected)
                .mapToInt(b -> b.bank().questions().size()).sum());
    }

    /** The ticked banks, in list order. */
    List<QuestionBank> chosen() {
        return banks.stream().filter(BankChoice::isSelected).map(BankChoice::bank).toList();
    }

    public ObservableList<BankChoice> banks() {
        return banks;
    }

    public ObjectProperty<QuestionOrder> orderProperty() {
        return order;
    }

    public IntegerProperty prepSecondsProperty() {
        return prepSeconds;
    }

    public ReadOnlyIntegerProperty selectedQuestionCountProperty() {
        return selectedQuestionCount.getReadOnlyProperty();
    }

    public void selectAllBanks(boolean selected) {
        banks.forEach(b -> b.selectedProperty().set(selected));
    }
}
