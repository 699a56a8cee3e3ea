package org.emdrill.ui.banks;

import org.emdrill.bank.BankImporter;
import org.emdrill.bank.ImportChoice;
import org.emdrill.domain.QuestionBank;

/**
 * The questions the Banks screen asks the user. An interface so tests can answer them without windows.
 * Called on the FX thread.
 */
public interface BankDialogs {

    /**
     * An imported bank's id is taken.
     *
     * @param imported    the bank being imported
     * @param taken       what holds the id, and the free id a copy would get
     * @return the user's choice; {@link ImportChoice#REPLACE} only when {@code taken.replaceable()}
     */
    ImportChoice chooseForTakenId(QuestionBank imported, BankImporter.TakenId taken);

    /** Asks before a user bank is deleted; true to delete. */
    boolean confirmRemove(QuestionBank bank);
}
