package org.emdrill.ui.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.ScoreRange;

/**
 * What the user filters the history by, as properties the filter bar binds to both ways. Every part
 * is optional and the parts combine (AND). Score ranges at their full 1–5 extent mean "any", so
 * unscored attempts are not hidden until the user narrows a range.
 */
public final class HistoryFilters {

    static final double LOWEST = 1;
    static final double HIGHEST = 5;

    private final ObservableSet<String> bankIds = FXCollections.observableSet();
    private final StringProperty questionText = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AnswerMode> mode = new SimpleObjectProperty<>();
    private final DoubleProperty overallMin = new SimpleDoubleProperty(LOWEST);
    private final DoubleProperty overallMax = new SimpleDoubleProperty(HIGHEST);
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>();
    private final DoubleProperty dimensionMin = new SimpleDoubleProperty(LOWEST);
    private final DoubleProperty dimensionMax = new SimpleDoubleProperty(HIGHEST);
    private final ObjectProperty<String> storyId = new SimpleObjectProperty<>();
    private final BooleanBinding active;

    HistoryFilters() {
        active = Bindings.createBooleanBinding(() -> !toFilter(ZoneId.of("UTC")).isEmpty(), allParts());
    }

    /** The banks whose attempts to show; empty means every bank. */
    public ObservableSet<String> bankIds() {
        return bankIds;
    }

    /** Part of the question as asked. Typed, so the list follows after a short pause. */
    public StringProperty questionTextProperty() {
        return questionText;
    }

    /** Words searched in answers and notes. Typed, so the list follows after a short pause. */
    public StringProperty textProperty() {
        return text;
    }

    /** First day to include, in the user's time zone; null means from the beginning. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day to include (the whole day); null means up to now. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Typed or spoken; null means both. */
    public ObjectProperty<AnswerMode> modeProperty() {
        return mode;
    }

    public DoubleProperty overallMinProperty() {
        return overallMin;
    }

    public DoubleProperty overallMaxProperty() {
        return overallMax;
    }

    /** The dimension whose score range applies; null means no dimension filter. */
    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public DoubleProperty dimensionMinProperty() {
        return dimensionMin;
    }

    public DoubleProperty dimensionMaxProperty() {
        return dimensionMax;
    }

    /** The id of the story the attempts told; null means any. */
    public ObjectProperty<String> storyIdProperty() {
        return storyId;
    }

    /** Tells {@code typed} of changes to the typed parts and {@code picked} of the rest. */
    void listen(InvalidationListener typed, InvalidationListener picked) {
        for (Observable part : typedParts()) {
            part.addListener(typed);
        }
        for (Observable part : pickedParts()) {
            part.addListener(picked);
        }
    }

    /** True when any filter narrows the list. */
    public BooleanBinding activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    /** The parts that change as the user types; the rest apply at once. */
    Observable[] typedParts() {
        return new Observable[] {questionText, text};
    }

    /** The parts picked from lists, dates and spinners. */
    Observable[] pickedParts() {
        return new Observable[] {bankIds, from, to, mode, overallMin, overallMax, dimension, dimensionMin, dimensionMax,
            storyId};
    }

    private Observable[] allParts() {
        return java.util.stream.Stream.of(typedParts(), pickedParts()).flatMap(java.util.Arrays::stream)
                .toArray(Observable[]::new);
    }

    /** Back to showing everything. */
    public void clear() {
        bankIds.clear();
        questionText.set("");
        text.set("");
        from.set(null);
        to.set(null);
        mode.set(null);
        overallMin.set(LOWEST);
        overallMax.set(HIGHEST);
        dimension.set(null);
        dimensionMin.set(LOWEST);
        dimensionMax.set(HIGHEST);
        storyId.set(null);
    }

    /** The store's filter for these choices; whole local days in {@code zone}. */
    public AttemptFilter toFilter(ZoneId zone) {
        AttemptFilter f = AttemptFilter.ALL
                .withBanks(bankIds)
                .withQuestionText(questionText.get())
                .withText(text.get())
                .withMode(mode.get())
                .withOverall(range(overallMin.get(), overallMax.get()))
                .withStory(storyId.get());
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            // Picked the wrong way round: the user still means the days in between.
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        Instant start = first == null ? null : first.atStartOfDay(zone).toInstant();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        if (start != null || end != null) {
            f = f.between(start, end);
        }
        ScoreRange dimensionRange = range(dimensionMin.get(), dimensionMax.get());
        if (dimension.get() != null) {
            // A dimension picked with the full range still means "scored on it at all".
            f = f.withDimension(dimension.get(), dimensionRange == null ? ScoreRange.ANY : dimensionRange);
        }
        return f;
    }

    /** Null for the full 1–5 range, which is no filter at all. */
    private static ScoreRange range(double min, double max) {
        double low = Math.max(LOWEST, Math.min(min, max));
        double high = Math.min(HIGHEST, Math.max(min, max));
        return low <= LOWEST && high >= HIGHEST ? null : ScoreRange.of(low, high);
    }
}
