package org.emdrill.ui.banks;

import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/** A question in the list, with the bank it belongs to (needed when a search spans all banks). */
public record QuestionEntry(QuestionBank bank, Question question) {
}
