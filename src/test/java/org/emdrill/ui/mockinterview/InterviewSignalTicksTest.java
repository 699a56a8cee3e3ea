package org.emdrill.ui.mockinterview;

import static org.emdrill.ui.mockinterview.InterviewFixture.fx;
import static org.emdrill.ui.mockinterview.InterviewFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.SignalTicks;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.emdrill.store.SignalTickRows;
import org.emdrill.ui.common.ScoreCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Signals and red flags ticked in a mock interview's scoring reach the saved attempt. */
class InterviewSignalTicksTest {

    private static final List<String> SIGNALS = List.of("Names the goal", "Agrees a date");
    private static final List<String> RED_FLAGS = List.of("Blames the team");

    @TempDir
    Path dir;
    private InterviewFixture f;
    private MockInterviewViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        Question q = new Question("s1", "Tell me about s1.", List.of(), Map.of(Dimension.COACHING, 3,
                Dimension.EXECUTION, 1), SIGNALS, RED_FLAGS, 120, null, List.of());
        BankLibrary library = new BankLibrary(List.of(new QuestionBank(1, "sig", "Bank sig", "", List.of(q),
                BankSource.BUNDLED, "sig.json")), List.of(), List.of());
        f = new InterviewFixture(dir, library, true);
        vm = fx(f::viewModel);
        onFx(() -> {
            InterviewSetup s = vm.setup();
            s.questionCountProperty().set(1);
            s.selectionProperty().set(QuestionSelection.BALANCED);
            s.followUpsProperty().set(0);
            s.scoringProperty().set(ScoringTiming.AFTER_EACH);
            s.modeProperty().set(AnswerMode.TYPED);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        onFx(vm::stopTicking);
        f.close();
    }

    @Test
    void aRedFlagTickedAfterTheQuestionCapsItsDimensionsAndIsSavedWithTheAttempt() throws Exception {
        onFx(vm::start);
        onFx(vm::skipPrep);
        onFx(() -> vm.answerTextProperty().set("At the time I was leading six engineers."));
        onFx(() -> {
            f.ticker.advance(Duration.ofSeconds(60));
            vm.tick();
            vm.next();
        });
        ScoreCard card = vm.currentCardProperty().get();
        assertEquals("At the time I was leading six engineers.", card.typedAnswerProperty().get(),
                "a typed answer reaches the card for its STAR estimate");
        var coaching = card.rows().stream().filter(r -> r.dimension() == Dimension.COACHING).findFirst().orElseThrow();
        assertEquals("", fx(() -> card.checks().capText(coaching).get()));

        onFx(() -> {
            card.checks().redFlags().get(0).ticked().set(true);
            card.checks().signals().get(1).ticked().set(true);
            card.scoreTargeted(3);
        });
        assertEquals("Red flag ticked: at most 2 suggested \u00b7 your 3 counts", fx(() -> card.checks().capText(coaching).get()));
        onFx(vm::submitScore);

        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get());
        long id = f.sessions.find(f.sessions.listNewestFirst(1, 0).get(0).id()).orElseThrow()
                .attempts().get(0).attempt().id();
        assertEquals(new SignalTicks(List.of("Agrees a date"), RED_FLAGS), new SignalTickRows(f.database).of(id));
    }
}
