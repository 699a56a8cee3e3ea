package org.emdrill.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The 1-to-5 buttons for one dimension's score, kept in step with its {@link DimensionScore}. A dimension
 * the question does not target also offers "Not shown", placed after 5 so the levels line up in every
 * row. Button ids are {@code <idBase>1} … {@code <idBase>5} and {@code <idBase>none}.
 */
public final class LevelPicker extends HBox {

    public LevelPicker(DimensionScore d, String idBase) {
        ToggleGroup group = new ToggleGroup();
        for (int level = 1; level <= 5; level++) {
            ToggleButton b = new ToggleButton(Integer.toString(level));
            b.setId(idBase + level);
            b.setUserData(level);
            b.setToggleGroup(group);
            b.setMinWidth(38);
            b.getStyleClass().add(level == 1 ? Styles.LEFT_PILL
                    : level == 5 && d.targeted() ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            getChildren().add(b);
        }
        if (!d.targeted()) {
            ToggleButton notShown = new ToggleButton("Not shown");
            notShown.setId(idBase + "none");
            notShown.setUserData(null);
            notShown.setToggleGroup(group);
            notShown.getStyleClass().add(Styles.RIGHT_PILL);
            getChildren().add(notShown);
        }
        setMinWidth(Region.USE_PREF_SIZE);

        Runnable sync = () -> group.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), d.scoreProperty().get()))
                .findFirst().ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
        sync.run();
        d.scoreProperty().addListener((obs, was, is) -> sync.run());
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                // A click on the chosen level keeps it chosen; "not shown" is its own button.
                if (d.scoreProperty().get() != null || !d.targeted()) {
                    sync.run();
                }
            } else {
                d.scoreProperty().set((Integer) is.getUserData());
            }
        });
    }
}
