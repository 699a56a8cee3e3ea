package org.emdrill.domain;

/** Where a bank came from: shipped inside the app (read-only) or added by the user. */
public enum BankSource {
    BUNDLED,
    USER
}
