package org.emdrill.bank;

/**
 * The sizes a bank file may reach. They are far above what a real bank needs and exist so a damaged or
 * hostile file cannot make the app slow or run out of memory.
 */
public final class BankLimits {

    /** The largest file read, checked before reading. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** How deeply objects and lists may nest; a bank needs four levels. */
    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_ID_CHARS = 80;
    public static final int MAX_TITLE_CHARS = 200;
    public static final int MAX_DESCRIPTION_CHARS = 2_000;
    public static final int MAX_PROMPT_CHARS = 2_000;
    /** For each follow-up, signal and red flag. */
    public static final int MAX_LIST_ITEM_CHARS = 1_000;
    public static final int MAX_TAG_CHARS = 60;
    /** For {@code assesses} and each value of {@code expectations}: one sentence, with room to spare. */
    public static final int MAX_GUIDE_TEXT_CHARS = 1_000;
    /** An outline is a skeleton, not an essay: enough steps to be a structure, few enough to remember. */
    public static final int MIN_OUTLINE_ITEMS = 4;
    public static final int MAX_OUTLINE_ITEMS = 6;
    /** For each level description in the rubric. */
    public static final int MAX_RUBRIC_TEXT_CHARS = 2_000;

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 10;
    public static final int MIN_TARGET_SECONDS = 30;
    public static final int MAX_TARGET_SECONDS = 1_800;

    /** The id rule shared by banks and questions: lowercase words of letters and digits joined by hyphens. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private BankLimits() {
    }
}
