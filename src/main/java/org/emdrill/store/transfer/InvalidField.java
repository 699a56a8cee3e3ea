package org.emdrill.store.transfer;

/**
 * A field of an imported file that fails a check: the row or story holding it is left out, and the
 * import report names {@link #path()} ({@code stories[2].createdAt}) with the message.
 */
final class InvalidField extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    InvalidField(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }
}
