package org.emdrill.ui.banks.editor;

import java.util.List;

import org.emdrill.domain.QuestionBank;

/** A bank as the editor holds it, which may not be valid yet. */
public record BankDraft(String id, String title, String description, List<QuestionDraft> questions) {

    public BankDraft {
        id = id == null ? "" : id.strip();
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        questions = List.copyOf(questions);
    }

    public static BankDraft of(QuestionBank bank) {
        return new BankDraft(bank.id(), bank.title(), bank.description(),
                bank.questions().stream().map(QuestionDraft::of).toList());
    }
}
