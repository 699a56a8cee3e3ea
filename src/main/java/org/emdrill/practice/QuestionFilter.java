package org.emdrill.practice;

import java.util.List;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QuestionKind;
import org.emdrill.domain.QuestionLevel;

/**
 * Which questions a practice or mock interview draws from, by kind and level. A level also lets through
 * the questions that name no level, since those suit every level (as the Banks search does); a kind
 * lets through only questions of that kind.
 *
 * @param kind  null for every kind
 * @param level null for every level
 */
public record QuestionFilter(QuestionKind kind, QuestionLevel level) {

    public static final QuestionFilter ANY = new QuestionFilter(null, null);

    public boolean isAny() {
        return kind == null && level == null;
    }

    public boolean matches(Question q) {
        boolean kindOk = kind == null || q.kind() == kind;
        boolean levelOk = level == null || q.level() == null || q.level() == level;
        return kindOk && levelOk;
    }

    /** The banks with only their matching questions, in the same order; a bank left empty stays, empty. */
    public List<QuestionBank> narrow(List<QuestionBank> banks) {
        if (isAny()) {
            return List.copyOf(banks);
        }
        return banks.stream().map(this::narrow).toList();
    }

    public QuestionBank narrow(QuestionBank bank) {
        if (isAny()) {
            return bank;
        }
        return new QuestionBank(bank.schemaVersion(), bank.id(), bank.title(), bank.description(),
                bank.questions().stream().filter(this::matches).toList(), bank.source(), bank.origin());
    }

    /** How many questions of the banks match. */
    public int count(List<QuestionBank> banks) {
        return banks.stream().mapToInt(b -> (int) b.questions().stream().filter(this::matches).count()).sum();
    }

    /** "stories for experienced managers", for messages; empty for {@link #ANY}. */
    public String describe() {
        String what = kind == null ? "questions" : kind == QuestionKind.STORY ? "stories" : "scenarios";
        return isAny() ? "" : level == null ? what : what + " for the " + level.displayName().toLowerCase(java.util.Locale.ROOT)
                + " level";
    }
}
