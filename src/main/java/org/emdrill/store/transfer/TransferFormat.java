package org.emdrill.store.transfer;

/** The names and version of the JSON history export, shared by writer and reader. */
final class TransferFormat {

    static final String FORMAT = "em-drill-history";
    /** Bump when a field changes meaning; adding an optional field does not need a bump. */
    static final int VERSION = 1;

    private TransferFormat() {
    }
}
