package org.emdrill.bank;

/** A 1-based line and column in a file, as reported to the user. */
record SourcePosition(int line, int column) {

    static final SourcePosition UNKNOWN = new SourcePosition(0, 0);
}
