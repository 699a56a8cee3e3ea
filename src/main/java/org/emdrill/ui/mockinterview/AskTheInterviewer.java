package org.emdrill.ui.mockinterview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emdrill.domain.InterviewerQuestions;

/**
 * The "Questions to ask your interviewer" page's state: the questions (read in the background at start-up),
 * whether the page is open over the Mock interview screen, and what was copied last. A real loop ends
 * with the candidate's questions, so the summary of an interview offers the page too.
 */
public final class AskTheInterviewer {

    private final ObjectProperty<InterviewerQuestions> questions = new SimpleObjectProperty<>(
            new InterviewerQuestions(java.util.List.of()));
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** The questions as read from the shipped file; none until then, or when it could not be read. */
    public void use(InterviewerQuestions read) {
        questions.set(read);
    }

    /** Why there are no questions, when the file could not be read. */
    public void unavailable(String why) {
        notice.set("The questions to ask could not be read: " + why);
    }

    public ReadOnlyObjectProperty<InterviewerQuestions> questionsProperty() {
        return questions;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** "Copied “…”" after a copy, or why the list is empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void show() {
        notice.set(notice.get().startsWith("The questions to ask could not") ? notice.get() : "");
        open.set(true);
    }

    public void close() {
        open.set(false);
    }

    /** The text to put on the clipboard for one question; says what was copied. */
    public String copy(String question) {
        notice.set("Copied \u201c" + question + "\u201d");
        return question;
    }

    /** Every question, grouped under its title, for the clipboard. */
    public String copyAll() {
        InterviewerQuestions q = questions.get();
        notice.set("Copied all " + q.count() + " questions, grouped by topic.");
        return q.asText();
    }
}
