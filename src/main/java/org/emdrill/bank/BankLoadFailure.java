package org.emdrill.bank;

import java.util.List;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;

/** A bank file that did not load, and every reason why. */
public record BankLoadFailure(String file, BankSource source, List<Problem> problems) {

    public BankLoadFailure {
        problems = List.copyOf(problems);
    }
}
