package org.emdrill.ui.banks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

import org.emdrill.bank.BankJson;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.QuestionBank;

class DimensionCoverageTest {

    @Test
    void sumsWeightsOverAllQuestions() {
        QuestionBank bank = BankJson.parse(BankJson.bank("team", "Team", "team-a", "team-b"), BankSource.USER, "t.json");

        DimensionCoverage coverage = DimensionCoverage.of(bank);

        assertEquals(6, coverage.weights().get(Dimension.COACHING));
        assertEquals(2, coverage.weights().get(Dimension.LEADERSHIP));
        assertEquals(List.of(Dimension.LEADERSHIP, Dimension.COACHING), coverage.covered());
        assertEquals(0.75, coverage.share(Dimension.COACHING), 1e-9);
        assertEquals(0.0, coverage.share(Dimension.EXECUTION), 1e-9);
    }

    @Test
    void describesBiggestShareFirst() {
        QuestionBank bank = BankJson.parse(BankJson.bank("team", "Team", "team-a"), BankSource.USER, "t.json");

        assertEquals("Coaching 75% · Leadership 25%", DimensionCoverage.of(bank).describe());
    }
}
