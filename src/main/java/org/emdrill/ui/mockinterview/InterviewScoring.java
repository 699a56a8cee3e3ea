package org.emdrill.ui.mockinterview;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.Scores;
import org.emdrill.practice.mockinterview.AskedQuestion;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.ui.common.ScoreCard;

/**
 * The scoring cards of a mock interview: the one answer just given (scoring after each question), or
 * every answered question at the end. Each change is applied to the interview at once, so the crash
 * snapshot holds it.
 */
final class InterviewScoring {

    private final ReadOnlyObjectWrapper<ScoreCard> currentCard = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ScoreCard> endCards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper endMessage = new ReadOnlyStringWrapper("");
    /** What was answered, by position: the one being scored now, or every one at the end. */
    private final java.util.Map<Integer, AskedQuestion> answers = new java.util.HashMap<>();
    private final Runnable changed;

    /** @param changed called after every change to a card, to autosave */
    InterviewScoring(Runnable changed) {
        this.changed = changed;
    }

    void showCurrent(MockInterview interview, Rubric rubric) {
        AskedQuestion q = interview.questions().get(interview.position());
        // The answer first, as at the end: the page showing the card puts the answer above it.
        answers.clear();
        answers.put(q.position(), q);
        currentCard.set(cardFor(interview, q, rubric));
    }

    void showEnd(MockInterview interview, Rubric rubric) {
        currentCard.set(null);
        // The answers first: the page showing the cards puts each beside its answer.
        answers.clear();
        interview.questions().stream().filter(AskedQuestion::wasAnswered).forEach(q -> answers.put(q.position(), q));
        endCards.setAll(interview.questions().stream().filter(AskedQuestion::wasAnswered)
                .map(q -> cardFor(interview, q, rubric)).toList());
        updateEndMessage();
    }

    void clear() {
        currentCard.set(null);
        endCards.clear();
        answers.clear();
    }

    private ScoreCard cardFor(MockInterview interview, AskedQuestion q, Rubric rubric) {
        ScoreCard card = new ScoreCard(q.position(), q.queued().question(),
                ScoreCard.timeText(q.answerDuration(), q.target(), q.followUps().size()), q.scores(), q.star(),
                q.notes(), rubric, interview.ticks(q.position()));
        if (interview.config().mode() == org.emdrill.domain.AnswerMode.TYPED && q.answerText() != null) {
            card.typedAnswerProperty().set(q.answerText());
        }
        card.setOnChange(() -> {
            apply(interview, card);
            updateEndMessage();
            changed.run();
        });
        return card;
    }

    /** Applies the card to the interview when it may still be scored; a final question keeps its score. */
    static void apply(MockInterview interview, ScoreCard card) {
        if (interview.canScore(card.position())) {
            interview.score(card.position(), card.scores(), card.star(), card.notes());
            interview.tick(card.position(), card.ticks());
        }
    }

    /** Keeps the current answer unscored (its notes stay). */
    void clearCurrent(MockInterview interview) {
        ScoreCard card = currentCard.get();
        if (card != null && interview.canScore(card.position())) {
            interview.score(card.position(), Scores.none(), Set.of(), card.notes());
            interview.tick(card.position(), org.emdrill.domain.SignalTicks.NONE);
        }
    }

    /** Half-done cards block finishing: what was chosen would be lost. */
    boolean blocksFinishing() {
        return endCards.stream().anyMatch(ScoreCard::isPartial);
    }

    void applyAll(MockInterview interview) {
        endCards.forEach(c -> apply(interview, c));
    }

    private void updateEndMessage() {
        List<String> partial = endCards.stream().filter(ScoreCard::isPartial)
                .map(c -> "question " + (c.position() + 1)).toList();
        long blank = endCards.stream().filter(ScoreCard::isBlank).count();
        if (!partial.isEmpty()) {
            endMessage.set("Finish scoring " + String.join(", ", partial) + ", or clear it to keep it unscored.");
        } else if (blank > 0) {
            endMessage.set(blank + (blank == 1 ? " answer stays" : " answers stay") + " unscored if you finish now.");
        } else {
            endMessage.set("Every answer is scored.");
        }
    }

    ReadOnlyObjectProperty<ScoreCard> currentCardProperty() {
        return currentCard.getReadOnlyProperty();
    }

    ObservableList<ScoreCard> endCards() {
        return endCards;
    }

    /** What was answered to the question at {@code position}, while its scoring card shows. */
    java.util.Optional<AskedQuestion> givenAnswer(int position) {
        return java.util.Optional.ofNullable(answers.get(position));
    }

    ReadOnlyStringProperty endMessageProperty() {
        return endMessage.getReadOnlyProperty();
    }
}
