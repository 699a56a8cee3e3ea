package org.emdrill.ui.banks;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;

/**
 * A row of the bank list.
 *
 * @param matches how many of its questions match the current search; the question count when not searching
 */
public record BankSummary(QuestionBank bank, DimensionCoverage coverage, int matches, boolean searching) {

    public static BankSummary of(QuestionBank bank) {
        return new BankSummary(bank, DimensionCoverage.of(bank), bank.questions().size(), false);
    }

    public boolean isBundled() {
        return bank.source() == BankSource.BUNDLED;
    }

    public String badge() {
        return isBundled() ? "Built in" : "Yours";
    }

    public String countText() {
        int n = bank.questions().size();
        String questions = n + (n == 1 ? " question" : " questions");
        return searching ? matches + " of " + questions + (matches == 1 ? " matches" : " match") : questions;
    }
}
