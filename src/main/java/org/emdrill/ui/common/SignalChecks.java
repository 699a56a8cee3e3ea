package org.emdrill.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.emdrill.domain.Question;
import org.emdrill.domain.RedFlagCap;
import org.emdrill.domain.SignalTicks;

/**
 * The question's signals of a strong answer and its red flags on the scoring card, each with an "I did
 * this" tick, and what the ticks say about the levels: a ticked red flag caps the suggested level of
 * every dimension the question targets ({@link RedFlagCap}). The cap is advice shown beside the row; the
 * chosen level is never changed.
 */
public final class SignalChecks {

    /** One signal or red flag with its tick. */
    public record Item(String text, boolean redFlag, BooleanProperty ticked) {
    }

    private final Question question;
    private final List<Item> signals = new ArrayList<>();
    private final List<Item> redFlags = new ArrayList<>();
    private final ReadOnlyObjectWrapper<SignalTicks> ticks = new ReadOnlyObjectWrapper<>(SignalTicks.NONE);

    SignalChecks(Question question, SignalTicks initial, Runnable changed) {
        this.question = question;
        SignalTicks start = initial == null ? SignalTicks.NONE : initial;
        for (String s : question.signals()) {
            signals.add(item(s, false, start.hasSignal(s)));
        }
        for (String r : question.redFlags()) {
            redFlags.add(item(r, true, start.hasRedFlag(r)));
        }
        ticks.set(read());
        List<Item> all = new ArrayList<>(signals);
        all.addAll(redFlags);
        all.forEach(i -> i.ticked().addListener((obs, was, is) -> {
            ticks.set(read());
            changed.run();
        }));
    }

    private static Item item(String text, boolean redFlag, boolean ticked) {
        return new Item(text, redFlag, new SimpleBooleanProperty(ticked));
    }

    private SignalTicks read() {
        return SignalTicks.of(question, tickedTexts(signals), tickedTexts(redFlags));
    }

    private static Set<String> tickedTexts(List<Item> items) {
        Set<String> texts = new HashSet<>();
        items.stream().filter(i -> i.ticked().get()).forEach(i -> texts.add(i.text()));
        return texts;
    }

    public List<Item> signals() {
        return signals;
    }

    public List<Item> redFlags() {
        return redFlags;
    }

    /** Whether the question has anything to tick at all. */
    public boolean isEmpty() {
        return signals.isEmpty() && redFlags.isEmpty();
    }

    public ReadOnlyObjectProperty<SignalTicks> ticksProperty() {
        return ticks.getReadOnlyProperty();
    }

    public SignalTicks ticks() {
        return ticks.get();
    }

    /**
     * What the row of {@code d} says about the cap: empty while no red flag is ticked (or the question does
     * not target it), "Red flag ticked: at most 2 suggested" once one is, and "… · your 4 counts" when
     * the chosen level is above it: the cap is advice, and saying which level counts keeps the overall
     * from looking wrong.
     */
    public StringBinding capText(DimensionScore d) {
        return Bindings.createStringBinding(() -> capText(d, d.scoreProperty().get()), ticks, d.scoreProperty());
    }

    String capText(DimensionScore d, Integer chosen) {
        OptionalInt cap = RedFlagCap.capOf(question, ticks.get(), d.dimension());
        if (cap.isEmpty()) {
            return "";
        }
        String text = "Red flag ticked: at most " + cap.getAsInt() + " suggested";
        return chosen != null && chosen > cap.getAsInt() ? text + " \u00b7 your " + chosen + " counts" : text;
    }

    /** The longest text {@link #capText} can show, to keep its room steady. */
    static String longestCapText() {
        return "Red flag ticked: at most " + RedFlagCap.CAP + " suggested \u00b7 your 5 counts";
    }

    /** Whether any red flag can cap this question's dimensions at all. */
    public boolean canCap() {
        return !redFlags.isEmpty() && !question.dimensions().isEmpty();
    }
}
