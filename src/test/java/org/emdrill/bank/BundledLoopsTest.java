package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.InterviewerQuestions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loops and the questions to ask that ship with the app load cleanly against the shipped banks. */
class BundledLoopsTest {

    @Test
    void everyBundledLoopLoadsAgainstTheBundledBanks(@TempDir Path dataDir) {
        BankLibrary banks = BankLibraryLoader.forDataDir(dataDir).load();
        LoopLibrary loops = new LoopLoader().load(banks);

        assertEquals(List.of(), loops.problems(), () -> describe(loops.problems()));
        assertEquals(List.of(), loops.warnings(), () -> describe(loops.warnings()));
        assertEquals(Set.of("leadership-principles", "people-management-and-project-retrospective",
                "hypothetical-scenarios", "startup-director"), Set.copyOf(loops.loops().stream()
                .map(InterviewLoop::id).toList()));
        for (InterviewLoop loop : loops.loops()) {
            assertTrue(loop.questions().size() >= 5 && loop.questions().size() <= 6, loop.id());
            assertTrue(loop.plannedTime().toMinutes() <= loop.minutes(), loop.id());
        }
    }

    @Test
    void theBundledQuestionsToAskHaveTwentyFiveInFourGroups() {
        ParseResult<InterviewerQuestions> ask = new AskLoader().load();

        assertTrue(ask.isValid(), () -> describe(ask.problems()));
        assertEquals(List.of(), ask.warnings(), () -> describe(ask.warnings()));
        assertEquals(List.of("Team", "Manager", "Company", "Role"),
                ask.value().groups().stream().map(InterviewerQuestions.Group::title).toList());
        assertEquals(25, ask.value().count());
    }
}
