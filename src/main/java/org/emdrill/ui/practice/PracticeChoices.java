package org.emdrill.ui.practice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.QuestionFilter;
import org.emdrill.practice.QuestionOrder;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BankChoice;
import org.emdrill.ui.common.KindLevelFilter;

/**
 * What the Practice set-up asks: which banks, which kind and level of question, in which order, how much
 * prep time. Remembered in the
 * settings, and kept when banks are reloaded.
 */
public final class PracticeChoices {

    private final AppState state;
    private final ObservableList<BankChoice> banks = FXCollections.observableArrayList();
    private final ObjectProperty<QuestionOrder> order = new SimpleObjectProperty<>(QuestionOrder.RANDOM);
    private final IntegerProperty prepSeconds = new SimpleIntegerProperty(30);
    private final ReadOnlyIntegerWrapper selectedQuestionCount = new ReadOnlyIntegerWrapper();
    private final KindLevelFilter.Choice filter = new KindLevelFilter.Choice();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");

    /** Starts {@code mode} at the default answer mode and follows a new default chosen in Settings while {@code idle}. */
    void followDefaultMode(ObjectProperty<org.emdrill.domain.AnswerMode> mode, java.util.function.BooleanSupplier idle) {
        mode.set(state.settings().answerMode());
        state.settingsProperty().addListener((obs, was, is) -> {
            // A new default answer mode chosen in Settings is what the next practice starts with.
            if (was != null && was.preferences().defaultAnswerMode() != is.preferences().defaultAnswerMode()
                    && idle.getAsBoolean()) {
                mode.set(is.preferences().defaultAnswerMode());
            }
        });
    }

    PracticeChoices(AppState state) {
        this.state = state;
        load();
        state.libraryProperty().addListener((obs, was, is) -> load());
        filter.kindProperty().addListener((obs, was, is) -> updateSelectedCount());
        filter.levelProperty().addListener((obs, was, is) -> updateSelectedCount());
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
        QuestionFilter f = filter.filter();
        banks.forEach(b -> b.setMatching(f.count(List.of(b.bank()))));
        List<QuestionBank> ticked = banks.stream().filter(BankChoice::isSelected).map(BankChoice::bank).toList();
        int count = f.count(ticked);
        selectedQuestionCount.set(count);
        countText.set(count == 1 ? "1 question" : count > 0 ? count + " questions"
                : ticked.isEmpty() ? "No bank ticked"
                : "No " + f.describe() + " in the ticked banks");
    }

    /** The ticked banks, in list order, each holding only the questions the kind and level let through. */
    List<QuestionBank> chosen() {
        return filter.filter().narrow(banks.stream().filter(BankChoice::isSelected).map(BankChoice::bank).toList());
    }

    /** The kind and level to practise; changing either updates the counts. */
    public KindLevelFilter.Choice filter() {
        return filter;
    }

    /** "42 questions", or why there are none ("No stories in the ticked banks"). */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
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

    /**
     * Why a practice over the ticked banks cannot start, or null when it can: an answer that could not
     * be saved is refused before it is typed, and a set-up that leaves no question says what to change.
     */
    String refusal(String cannotSave) {
        if (!cannotSave.isEmpty()) {
            return cannotSave;
        }
        if (chosen().isEmpty()) {
            return "Tick at least one bank to practise.";
        }
        return selectedQuestionCountProperty().get() == 0 ? countTextProperty().get() + ": choose another kind or level."
                : null;
    }
}
