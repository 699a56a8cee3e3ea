package org.emdrill.ui.mockinterview;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.emdrill.practice.mockinterview.MockInterview;
import org.emdrill.stories.Story;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.StoryChoice;

/**
 * "Story you will tell" in a mock interview, as in Practice: offered for each question when it comes
 * up (in its prep, or before the answer when there is none), kept by the interview for that question,
 * so it goes into the snapshot and is saved with the attempt. A resumed interview offers the story
 * picked before the crash.
 */
public final class InterviewStory {

    private Supplier<List<Story>> stories = List::of;
    private final StoryChoice choice;
    private MockInterview interview;
    private int shownPosition = -1;

    /** @param changed called after the user picked another story: the snapshot is written again */
    InterviewStory(BackgroundRunner runner, Runnable changed) {
        this.choice = new StoryChoice(runner, () -> stories.get(), () -> {
            if (interview != null) {
                interview.pickStory(choice().chosenId());
                changed.run();
            }
        });
    }

    /** Where the user's stories are read from (on the worker); until set, none are offered. */
    public void use(Supplier<List<Story>> source) {
        this.stories = Objects.requireNonNull(source, "source");
    }

    public StoryChoice choice() {
        return choice;
    }

    /** Called at every step of the running interview: a question that just came up gets its list. */
    void follow(MockInterview m) {
        if (m != interview || m.position() != shownPosition) {
            interview = m;
            shownPosition = m.position();
            // The pick kept for this question (after a resume, the one made before the crash) is in its snapshot item.
            choice.offerFor(m.questions().get(shownPosition).queued().question(),
                    m.snapshot().items().get(shownPosition).answer().storyId());
        }
    }

    /** No interview running: nothing is offered. */
    void forget() {
        interview = null;
        shownPosition = -1;
        choice.clear();
    }
}
