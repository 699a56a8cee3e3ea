package org.emdrill.ui.common;

import javafx.beans.value.ObservableBooleanValue;

/**
 * A screen whose answer clock can run on while the user looks at another screen. The sidebar marks its
 * entry while one does, so an answer left running is never forgotten.
 */
public interface AnswerRunning {

    /** True while an answer (or its preparation) is being timed on this screen. */
    ObservableBooleanValue answerRunning();
}
