package org.emdrill.ui.mockinterview;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.FollowUpAnswer;
import org.emdrill.practice.mockinterview.AskedQuestion;
import org.emdrill.ui.common.Layouts;

/**
 * What the candidate answered to one question, shown beside its score rows at the end of an interview:
 * the typed answer (or spoken notes), then each follow-up's question and answer. Scoring from memory of
 * five answers ago is guesswork; the words make it judging.
 */
final class GivenAnswerPane extends VBox {

    private final boolean spoken;

    /**
     * @param idPrefix "q1-": the answer is "#q1-answer", the follow-ups "#q1-follow-up-1"
     * @param mode     the interview's: a spoken answer's text is only the notes jotted while speaking
     */
    GivenAnswerPane(AskedQuestion q, String idPrefix, AnswerMode mode) {
        super(8);
        spoken = mode == AnswerMode.SPOKEN;
        getStyleClass().add("given-answer");
        getChildren().add(Layouts.label(spoken ? "Your notes (the answer was spoken)" : "Your answer",
                "follow-up-caption"));
        Label answer = Layouts.wrapping(textOr(q.answerText()), "given-answer-text");
        answer.setId(idPrefix + "answer");
        getChildren().add(answer);
        for (FollowUpAnswer f : q.followUps()) {
            int n = f.position() + 1;
            Label asked = Layouts.wrapping("Follow-up " + n + ": " + f.prompt(), "follow-up-caption");
            Label said = Layouts.wrapping(textOr(f.answerText()), "given-answer-text");
            said.setId(idPrefix + "follow-up-" + n);
            getChildren().addAll(asked, said);
        }
    }

    private String textOr(String text) {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return spoken ? "No notes jotted: play the recording to hear what you said." : "(nothing typed)";
    }
}
