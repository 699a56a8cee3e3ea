package org.emdrill.ui.common;

import javafx.beans.value.ObservableStringValue;

/**
 * A screen that adds to the window's title what it is doing ("question 2 of 5"), so the title bar, task
 * bar and docks name the running work and not only the screen. Empty when there is nothing to add.
 */
public interface TitledScreen {

    ObservableStringValue titleDetail();
}
