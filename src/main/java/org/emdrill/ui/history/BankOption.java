package org.emdrill.ui.history;

/** A bank the history can be filtered by: its id, and the title the menu shows. */
public record BankOption(String id, String title) {
}
