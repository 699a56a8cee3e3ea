package org.emdrill.ui.common;

/**
 * Tells the user, in the window's banner, while drafts cannot be written (disk full, folder gone), and
 * takes the warning away once a write succeeds again. The words typed stay in the window meanwhile.
 */
public final class AutosaveHealth {

    private final AppState state;
    private final String what;
    private Notice shown;

    /** @param what "answer", "mock interview": what is not being kept */
    public AutosaveHealth(AppState state, String what) {
        this.state = state;
        this.what = what;
    }

    public void failed(Throwable error) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Notice notice = new Notice(Notice.Kind.WARNING, "Your " + what + " is not being autosaved (" + reason
                + "). What you typed is still here; keep this window open while EM Drill retries.", "");
        if (shown != null) {
            state.notices().remove(shown);
        }
        shown = notice;
        state.notices().add(notice);
    }

    public void succeeded() {
        if (shown != null) {
            state.notices().remove(shown);
            shown = null;
        }
    }

    public boolean isFailing() {
        return shown != null;
    }
}
