package org.emdrill.ui.banks.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.emdrill.bank.BankLibrary;
import org.emdrill.bank.BankLoadFailure;
import org.emdrill.bank.BankParser;
import org.emdrill.bank.ParseResult;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * Judges a draft the way the app will load the saved file: first the real {@link BankParser} on the
 * would-be JSON (in memory, cheap enough to run on every key press), then the rule that ids are unique
 * across all loaded banks, which the parser alone cannot see.
 */
final class DraftCheck {

    /** The outcome: the bank to save when there are no problems, else null. */
    record Result(QuestionBank bank, List<EditorProblem> problems) {
        Result {
            problems = List.copyOf(problems);
        }

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final BankParser parser = new BankParser();

    /**
     * @param editedBankId the id of the saved bank being edited (its current ids are not clashes), or null
     * @param fileName     the name problems would carry; not shown in the editor
     */
    Result check(BankDraft draft, BankLibrary library, String editedBankId, String fileName) {
        Objects.requireNonNull(library, "library");
        ParseResult<QuestionBank> parsed = parser.parse(DraftJson.toJson(draft), fileName, BankSource.USER);
        if (!parsed.isValid()) {
            return new Result(null, parsed.problems().stream().map(EditorProblem::from).toList());
        }
        QuestionBank bank = parsed.value();
        List<EditorProblem> clashes = clashes(bank, library, editedBankId);
        return new Result(clashes.isEmpty() ? bank : null, clashes);
    }

    private static List<EditorProblem> clashes(QuestionBank bank, BankLibrary library, String editedBankId) {
        List<EditorProblem> problems = new ArrayList<>();
        if (!bank.id().equals(editedBankId)) {
            library.bank(bank.id()).ifPresent(other -> problems.add(new EditorProblem(EditorProblem.BANK, "id",
                    "“" + other.title() + "” already has the id \"" + bank.id() + "\"; choose another")));
            for (BankLoadFailure failure : library.failures()) {
                if (failure.source() == BankSource.USER && fileNameOf(failure.file()).equals(bank.id() + ".json")) {
                    problems.add(new EditorProblem(EditorProblem.BANK, "id", "your banks folder already has a file "
                            + bank.id() + ".json (it did not load); choose another id"));
                }
            }
        }
        Map<String, QuestionBank> owners = new HashMap<>();
        for (QuestionBank other : library.banks()) {
            if (!other.id().equals(editedBankId)) {
                other.questions().forEach(q -> owners.put(q.id(), other));
            }
        }
        for (int i = 0; i < bank.questions().size(); i++) {
            Question q = bank.questions().get(i);
            QuestionBank owner = owners.get(q.id());
            if (owner != null) {
                problems.add(new EditorProblem(i, "id", "question id \"" + q.id() + "\" is already used in “"
                        + owner.title() + "”; ids must be unique across all banks"));
            }
        }
        return problems;
    }

    private static String fileNameOf(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
