package org.emdrill.audio;

/** The microphone cannot be used or stopped working; the message is for the user and says what to do. */
public final class CaptureException extends Exception {

    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
