package org.emdrill.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.emdrill.store.DeletedAttempt;
import org.emdrill.store.StoredAttempt;
import org.junit.jupiter.api.Test;

/** When a delete becomes final (its recording's file may then go for good), and when it does not. */
class DeleteUndoTest {

    private final ManualDelays delays = new ManualDelays();
    private final DeleteUndo undo = new DeleteUndo(delays, Duration.ofSeconds(10));
    private final List<DeletedAttempt> finals = new ArrayList<>();

    DeleteUndoTest() {
        undo.whenFinal(finals::add);
    }

    @Test
    void aDeleteIsFinalWhenTheTimeIsUpOrItIsDismissedOrReplaced() {
        DeletedAttempt first = deleted(1);
        DeletedAttempt second = deleted(2);
        DeletedAttempt third = deleted(3);
        undo.offer(first);
        undo.offer(second);
        assertEquals(List.of(first), finals, "a newer delete replaces the offer");
        undo.dismiss();
        assertEquals(List.of(first, second), finals);
        undo.offer(third);
        delays.elapse(Duration.ofSeconds(10));
        assertEquals(List.of(first, second, third), finals);
    }

    @Test
    void anUndoneDeleteIsNeverFinal() {
        DeletedAttempt d = deleted(1);
        undo.offer(d);
        assertEquals(d, undo.take().orElseThrow());
        delays.elapse(Duration.ofSeconds(10));
        undo.dismiss();
        assertEquals(List.of(), finals);
    }

    private static DeletedAttempt deleted(long id) {
        var attempt = HistoryFixture.spoken("Prompt " + id, (int) id).withId(id);
        return new DeletedAttempt(new StoredAttempt(attempt, List.of(), null, null, Instant.EPOCH), null, null);
    }
}
