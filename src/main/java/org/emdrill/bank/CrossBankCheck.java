package org.emdrill.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * Keeps bank ids and question ids unique across every loaded bank. Banks are taken in load order; a
 * bank that reuses an id already taken is reported (naming the file that has it) and left out whole,
 * so history that refers to an id never becomes ambiguous, and the other banks still load.
 */
final class CrossBankCheck {

    /** The banks kept, in load order, and each bank left out with its problems. */
    record Outcome(List<LocatedBank> accepted, List<BankLoadFailure> rejected) {
    }

    private CrossBankCheck() {
    }

    static Outcome check(List<LocatedBank> inLoadOrder) {
        Map<String, QuestionBank> bankById = new HashMap<>();
        Map<String, QuestionBank> bankByQuestionId = new HashMap<>();
        List<LocatedBank> accepted = new ArrayList<>();
        List<BankLoadFailure> rejected = new ArrayList<>();
        for (LocatedBank located : inLoadOrder) {
            QuestionBank bank = located.bank();
            List<Problem> problems = new ArrayList<>();
            QuestionBank sameId = bankById.get(bank.id());
            if (sameId != null) {
                problems.add(at(bank, located.idPosition(), "id", "bank id \"" + bank.id() + "\" is already used by \""
                        + sameId.title() + "\" in " + describe(sameId) + "; this bank is left out until one of them "
                        + "gets a different id"));
            }
            for (int i = 0; i < bank.questions().size(); i++) {
                Question q = bank.questions().get(i);
                QuestionBank owner = bankByQuestionId.get(q.id());
                if (owner != null) {
                    problems.add(at(bank, located.positionOfQuestion(q.id()), "questions[" + i + "].id",
                            "question id \"" + q.id() + "\" is already used in bank \"" + owner.id() + "\" ("
                                    + describe(owner) + "); this bank is left out until the question gets a "
                                    + "different id"));
                }
            }
            if (problems.isEmpty()) {
                accepted.add(located);
                bankById.put(bank.id(), bank);
                bank.questions().forEach(q -> bankByQuestionId.put(q.id(), bank));
            } else {
                rejected.add(new BankLoadFailure(bank.origin(), bank.source(), problems));
            }
        }
        return new Outcome(accepted, rejected);
    }

    private static Problem at(QuestionBank bank, SourcePosition position, String field, String message) {
        return new Problem(Messages.printable(bank.origin()), position.line(), position.column(), field,
                Messages.printable(message));
    }

    private static String describe(QuestionBank bank) {
        return (bank.source() == BankSource.BUNDLED ? "the built-in file " : "") + bank.origin();
    }
}
