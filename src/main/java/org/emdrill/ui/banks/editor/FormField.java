package org.emdrill.ui.banks.editor;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A labelled form field: the label, the control, an optional muted hint, and the field's problems in
 * red underneath, shown only while there are any. The control is outlined in red meanwhile.
 */
final class FormField {

    private FormField() {
    }

    /**
     * @param errors field name to message, kept up to date by the view model
     * @param key    this field's name in {@code errors}
     * @param errorId the id of the error label, for tests
     * @param hint   may be null
     */
    static VBox of(String label, Node control, ObservableMap<String, String> errors, String key, String errorId,
                   Node hint) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setLabelFor(control);
        VBox box = new VBox(6, name, control);
        if (hint != null) {
            box.getChildren().add(hint);
        }
        Label error = errorLabel(errors, key);
        error.setId(errorId);
        control.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, error.isVisible());
        error.visibleProperty().addListener((obs, was, is) ->
                control.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, is));
        box.getChildren().add(error);
        return box;
    }

    static Label hint(String text) {
        Label h = new Label(text);
        h.getStyleClass().add("field-hint");
        h.setWrapText(true);
        h.setMinHeight(Region.USE_PREF_SIZE);
        return h;
    }

    /** A red label showing {@code errors.get(key)}, taking no room while there is none. */
    static Label errorLabel(ObservableMap<String, String> errors, String key) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(Bindings.valueAt(errors, key));
        error.visibleProperty().bind(Bindings.isNotNull(Bindings.valueAt(errors, key)));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
