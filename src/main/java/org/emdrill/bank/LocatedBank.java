package org.emdrill.bank;

import java.util.Map;

import org.emdrill.domain.QuestionBank;

/**
 * A loaded bank together with where its ids were written, so checks that span several banks (such as
 * duplicate ids) can still point at a line and column.
 */
record LocatedBank(QuestionBank bank, SourcePosition idPosition, Map<String, SourcePosition> questionIdPositions) {

    LocatedBank {
        questionIdPositions = Map.copyOf(questionIdPositions);
    }

    SourcePosition positionOfQuestion(String questionId) {
        return questionIdPositions.getOrDefault(questionId, SourcePosition.UNKNOWN);
    }
}
