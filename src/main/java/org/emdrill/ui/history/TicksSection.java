package org.emdrill.ui.history;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.emdrill.domain.StarElement;
import org.emdrill.ui.common.Layouts;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the candidate marked while scoring, in the attempt's detail: the STAR parts they ticked beside the
 * parts the typed answer's words suggest, and the signals and red flags they said the answer showed.
 */
final class TicksSection {

    private TicksSection() {
    }

    /** "You marked" STAR ticks; for a typed answer, "Estimated from your text" under them. */
    static Node star(AttemptDetail d) {
        FlowPane marks = new FlowPane(8, 8);
        for (AttemptDetail.StarMark mark : d.star()) {
            Label l = new Label(mark.element().displayName(),
                    new FontIcon(mark.ticked() ? Feather.CHECK_CIRCLE : Feather.CIRCLE));
            l.setId("star-" + mark.element().id());
            l.getStyleClass().addAll("star-mark", mark.ticked() ? "ticked" : "unticked");
            l.setAccessibleText(mark.element().displayName() + (mark.ticked() ? ", covered" : ", not covered"));
            marks.getChildren().add(l);
        }
        if (d.insight() == null) {
            return marks;
        }
        FlowPane guess = new FlowPane(8, 8);
        for (StarElement e : StarElement.values()) {
            boolean found = d.insight().starCovered().contains(e);
            Label l = new Label(e.displayName(), new FontIcon(found ? Feather.CHECK_CIRCLE : Feather.CIRCLE));
            l.setId("star-estimated-" + e.id());
            l.getStyleClass().addAll("star-mark", found ? "ticked" : "unticked");
            l.setAccessibleText(e.displayName() + (found ? ", found in the text" : ", not found in the text"));
            guess.getChildren().add(l);
        }
        return new VBox(6, Layouts.label("You marked", "stat-caption"), marks,
                Layouts.label("Estimated from your text", "stat-caption"), guess);
    }

    /** The signals hit and red flags ticked, or null when nothing was ticked. */
    static Node signals(AttemptDetail d) {
        if (d.ticks().isEmpty()) {
            return null;
        }
        VBox box = new VBox(6);
        box.setId("detail-ticks");
        int offered = d.bankQuestion() == null ? 0 : d.bankQuestion().signals().size();
        box.getChildren().add(list(signalsCaption(d.ticks().signals().size(), offered), d.ticks().signals(),
                Feather.CHECK_CIRCLE, "signal", "detail-signal-"));
        box.getChildren().add(list(d.ticks().redFlags().isEmpty() ? "No red flag ticked"
                        : "Red flags you ticked (" + d.ticks().redFlags().size() + ")",
                d.ticks().redFlags(), Feather.ALERT_OCTAGON, "red-flag", "detail-red-flag-"));
        return box;
    }

    private static String signalsCaption(int hit, int offered) {
        if (hit == 0) {
            return "No signal ticked";
        }
        return offered >= hit ? "Signals you hit (" + hit + " of " + offered + ")" : "Signals you hit (" + hit + ")";
    }

    private static Node list(String caption, List<String> texts, Feather icon, String styleClass, String idBase) {
        Label head = Layouts.label(caption, "stat-caption");
        head.setId(idBase + "caption");
        VBox items = new VBox(4, head);
        for (int i = 0; i < texts.size(); i++) {
            Label l = Layouts.wrapping(texts.get(i), "signal-text", styleClass);
            l.setGraphic(new FontIcon(icon));
            l.getStyleClass().add("detail-tick");
            l.setId(idBase + i);
            items.getChildren().add(l);
        }
        return items;
    }
}
