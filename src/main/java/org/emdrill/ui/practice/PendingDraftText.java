package org.emdrill.ui.practice;

import java.time.Duration;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.AnswerDraft;
import org.emdrill.practice.WordCounter;
import org.emdrill.ui.common.Formats;

/**
 * What the set-up's "You have an unfinished answer" card says of a draft: the question, how far the answer
 * got (its words, or for a spoken one how long it ran and whether its recording is kept), when it was saved.
 */
final class PendingDraftText {

    private PendingDraftText() {
    }

    static String of(AnswerDraft d) {
        return "\u201c" + d.prompt() + "\u201d \u00b7 " + progress(d)
                + (d.savedAt() == null ? "" : " \u00b7 last saved " + Formats.dateTime(d.savedAt()));
    }

    private static String progress(AnswerDraft d) {
        if (d.mode() == AnswerMode.SPOKEN) {
            Duration spoken = d.answerElapsed();
            String kept = d.recordingFile() == null ? "" : ", recording kept";
            return spoken.isZero() ? "spoken, not answered yet" : "spoken for " + Formats.clock(spoken) + kept;
        }
        int words = WordCounter.count(d.answerText());
        return words + (words == 1 ? " word" : " words");
    }
}
