package org.emdrill.ui.mockinterview;

import org.emdrill.ui.common.ScoreCard;
import static org.emdrill.ui.mockinterview.InterviewFixture.fx;
import static org.emdrill.ui.mockinterview.InterviewFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.mockinterview.InterviewStep;
import org.emdrill.practice.mockinterview.QuestionSelection;
import org.emdrill.practice.mockinterview.QuestionStatus;
import org.emdrill.practice.mockinterview.ScoringTiming;
import org.emdrill.store.SessionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The view model driven as the buttons drive it, on the FX thread, with background work run at once. */
class MockInterviewViewModelTest {

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
        f = new InterviewFixture(dir, InterviewFixture.small(), true);
        vm = fx(f::viewModel);
    }

    @AfterEach
    void tearDown() throws Exception {
        onFx(vm::stopTicking);
        f.close();
    }

    private void advance(int seconds) throws Exception {
        onFx(() -> {
            f.ticker.advance(Duration.ofSeconds(seconds));
            f.clock.advance(Duration.ofSeconds(seconds));
            vm.tick();
        });
    }

    /** Sets the interview up: n questions, typed, the given follow-ups and scoring. */
    private void configure(int questions, int followUps, ScoringTiming scoring) throws Exception {
        onFx(() -> {
            InterviewSetup s = vm.setup();
            s.questionCountProperty().set(questions);
            s.selectionProperty().set(QuestionSelection.BALANCED);
            s.followUpsProperty().set(followUps);
            s.scoringProperty().set(scoring);
            s.modeProperty().set(AnswerMode.TYPED);
            s.prepSecondsProperty().set(30);
        });
    }

    @Test
    void quickQuestionRunsFromPrepThroughFollowUpAndScoringToTheSummary() throws Exception {
        assertEquals(InterviewPresets.QUICK_QUESTION, fx(() -> vm.setup().presetName()));
        onFx(vm::start);
        assertEquals(InterviewPage.RUNNING, vm.stageProperty().get(), vm.statusTextProperty().get());
        assertEquals("Question 1 of 1", vm.readout().progressTextProperty().get());
        assertEquals("0:30", vm.readout().clock().timerTextProperty().get(), "prep counts down from 30 s");
        assertTrue(Files.exists(f.drafts.file()), "the snapshot is written as soon as the interview starts");

        advance(31);
        assertEquals("Your answer", vm.readout().stepTitleProperty().get(), "prep ran out by itself");
        onFx(() -> vm.answerTextProperty().set("I set clear goals and met weekly."));
        advance(130);
        assertTrue(vm.readout().clock().overTargetProperty().get(), "past the 2:00 target");
        assertEquals("Next: follow-up", vm.nextLabelProperty().get());

        onFx(vm::next);
        assertEquals("Follow-up 1 of 1", vm.readout().stepTitleProperty().get());
        assertTrue(vm.readout().followUpPromptProperty().get().endsWith("first probe?"));
        assertEquals("", vm.answerTextProperty().get(), "the follow-up gets a fresh answer box");
        onFx(() -> vm.answerTextProperty().set("It held up."));
        advance(20);
        onFx(vm::next);

        assertEquals(InterviewPage.SCORING, vm.stageProperty().get());
        ScoreCard card = vm.currentCardProperty().get();
        onFx(vm::submitScore);
        assertEquals(InterviewPage.SCORING, vm.stageProperty().get(), "targeted dimensions must be scored first");
        assertTrue(vm.statusTextProperty().get().contains("Coaching"));
        onFx(() -> {
            card.scoreTargeted(4);
            card.starProperty(org.emdrill.domain.StarElement.RESULT).set(true);
            vm.submitScore();
        });

        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get());
        InterviewReport report = vm.reportProperty().get();
        assertEquals("Interview complete", report.title());
        assertTrue(report.rows().get(0).overTarget());
        assertEquals(4.0, report.rows().get(0).overall(), 1e-9);
        assertFalse(Files.exists(f.drafts.file()), "the snapshot is cleared when the interview ends");
        assertEquals(1, f.state.attemptsChangedProperty().get());

        SessionRepository.Session session = f.sessions.listNewestFirst(5, 0).get(0);
        assertEquals(SessionRepository.State.FINISHED, session.state());
        assertEquals(InterviewPresets.QUICK_QUESTION, session.preset());
        var detail = f.sessions.find(session.id()).orElseThrow();
        var attempt = detail.attempts().get(0).attempt();
        assertEquals("I set clear goals and met weekly.", attempt.answerText());
        assertEquals(Duration.ofSeconds(131), attempt.answerDuration(), "1 s after prep ran out, then 130 s");
        assertEquals("It held up.", detail.attempts().get(0).followUps().get(0).answerText());
        assertTrue(f.schedule.find(attempt.questionId()).isPresent(), "the scored question enters the schedule");
    }

    @Test
    void scoringAtTheEndSkipsAreRecordedAndHalfScoredCardsBlockFinishing() throws Exception {
        configure(2, 0, ScoringTiming.AT_END);
        onFx(vm::start);
        onFx(vm::skipPrep);
        onFx(() -> vm.answerTextProperty().set("First answer"));
        advance(90);
        onFx(vm::next);
        assertEquals("Question 2 of 2", vm.readout().progressTextProperty().get());
        assertEquals("", vm.answerTextProperty().get());
        onFx(vm::skipQuestion);

        assertEquals(InterviewPage.END_SCORING, vm.stageProperty().get());
        assertEquals(1, vm.endCards().size(), "only the answered question is scored");
        ScoreCard card = vm.endCards().get(0);
        onFx(() -> card.rows().stream().filter(r -> r.dimension() == Dimension.COACHING).findFirst().orElseThrow()
                .scoreProperty().set(2));
        onFx(vm::finishScoring);
        assertEquals(InterviewPage.END_SCORING, vm.stageProperty().get(), "a half-scored card blocks finishing");
        assertTrue(vm.endMessageProperty().get().contains("question 1"));

        onFx(() -> {
            card.rows().stream().filter(r -> r.dimension() == Dimension.EXECUTION).findFirst().orElseThrow()
                    .scoreProperty().set(4);
            vm.finishScoring();
        });
        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get());
        InterviewReport report = vm.reportProperty().get();
        assertEquals(QuestionStatus.SKIPPED, report.rows().get(1).status());
        assertEquals("Skipped", report.rows().get(1).timeText());
        assertTrue(report.suggestions().get(0).startsWith("Practise Coaching next"), report.suggestions().toString());
        SessionRepository.Session session = f.sessions.listNewestFirst(5, 0).get(0);
        assertEquals(Set.of(1), session.skipped());
        assertEquals(1, session.questions().size());
        assertEquals(2.5, session.questions().get(0).overall(), 1e-9, "(2 × 3 + 4 × 1) / 4");
    }

    @Test
    void pauseStopsEveryClockUntilResumed() throws Exception {
        configure(1, 0, ScoringTiming.AT_END);
        onFx(vm::start);
        onFx(vm::skipPrep);
        advance(10);
        onFx(vm::togglePause);
        assertTrue(vm.readout().clock().pausedProperty().get());
        advance(60);
        assertEquals("0:10", vm.readout().clock().timerTextProperty().get());
        assertEquals("Total 0:10", vm.readout().totalTextProperty().get());
        onFx(vm::togglePause);
        advance(5);
        assertEquals("0:15", vm.readout().clock().timerTextProperty().get());
    }

    @Test
    void abandoningAfterPausingTwiceEndsInTheSummary() throws Exception {
        onFx(vm::start);
        onFx(vm::skipPrep);
        advance(215);
        onFx(vm::togglePause);
        onFx(vm::togglePause);
        onFx(vm::togglePause);
        onFx(vm::abandon);

        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get());
        assertEquals("Interview ended early", vm.reportProperty().get().title());
    }

    @Test
    void abandoningKeepsWhatWasAnsweredAndClosesTheSession() throws Exception {
        configure(3, 0, ScoringTiming.AT_END);
        onFx(vm::start);
        onFx(vm::skipPrep);
        onFx(() -> vm.answerTextProperty().set("One"));
        advance(40);
        onFx(vm::next);
        onFx(vm::skipPrep);
        onFx(() -> vm.answerTextProperty().set("Two, cut short"));
        advance(15);
        onFx(vm::abandon);

        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get());
        assertTrue(vm.reportProperty().get().abandoned());
        assertEquals("Interview ended early", vm.reportProperty().get().title());
        SessionRepository.Session session = f.sessions.listNewestFirst(5, 0).get(0);
        assertEquals(SessionRepository.State.ABANDONED, session.state());
        assertEquals(2, session.questions().size(), "the answer being given when abandoned is kept too");
        assertFalse(Files.exists(f.drafts.file()));
        assertEquals(2, f.state.attemptsChangedProperty().get());
    }

    @Test
    void resumesAnInterviewFromItsSnapshotWithoutSavingAnythingTwice() throws Exception {
        configure(3, 0, ScoringTiming.AFTER_EACH);
        onFx(vm::start);
        onFx(vm::skipPrep);
        onFx(() -> vm.answerTextProperty().set("Saved before the crash"));
        advance(50);
        onFx(vm::next);
        onFx(() -> {
            vm.currentCardProperty().get().scoreTargeted(3);
            vm.submitScore();
        });
        onFx(vm::skipPrep);
        onFx(() -> vm.answerTextProperty().set("Typed when the app died"));
        advance(20);
        onFx(vm::flushDraft);
        String questionTwo = vm.readout().promptProperty().get();
        // Left as by a killed app: the snapshot on disk, the session row still running.
        onFx(vm::stopTicking);

        MockInterviewViewModel reopened = fx(f::viewModel);
        assertNotNull(reopened.pendingResumeProperty().get(), "the resume offer appears");
        assertTrue(reopened.resumeTextProperty().get().startsWith("Resume interview (question 2 of 3, started "),
                reopened.resumeTextProperty().get());
        onFx(reopened::resume);

        assertEquals(InterviewPage.RUNNING, reopened.stageProperty().get());
        assertTrue(reopened.readout().clock().pausedProperty().get(), "it comes back paused");
        assertEquals(questionTwo, reopened.readout().promptProperty().get());
        assertEquals("Typed when the app died", reopened.answerTextProperty().get());
        assertEquals("0:20", reopened.readout().clock().timerTextProperty().get());
        onFx(reopened::togglePause);
        onFx(() -> f.ticker.advance(Duration.ofSeconds(10)));
        onFx(reopened::next);
        onFx(reopened::continueWithoutScore);
        onFx(reopened::skipQuestion);

        assertEquals(InterviewPage.SUMMARY, reopened.stageProperty().get());
        SessionRepository.Session session = f.sessions.listNewestFirst(5, 0).get(0);
        assertEquals(SessionRepository.State.FINISHED, session.state());
        assertEquals(List.of(0, 1), session.questions().stream().map(SessionRepository.QuestionRow::position).toList(),
                "each answered question is stored once");
        var second = f.sessions.find(session.id()).orElseThrow().attempts().get(1).attempt();
        assertEquals("Typed when the app died", second.answerText());
        assertEquals(Duration.ofSeconds(30), second.answerDuration());
        assertNull(second.overall());
        onFx(reopened::stopTicking);
    }

    @Test
    void anUnfinishedInterviewIsOfferedInTheWindowBannerUntilResumed() throws Exception {
        configure(3, 0, ScoringTiming.AT_END);
        onFx(vm::start);
        onFx(vm::flushDraft);
        onFx(vm::stopTicking);
        f.state.notices().clear();

        MockInterviewViewModel reopened = fx(f::viewModel);

        var offer = f.state.notices().stream().filter(n -> "mock_interview".equals(n.target())).toList();
        assertEquals(1, offer.size(), "the banner shows on whichever screen is open");
        assertTrue(offer.get(0).text().contains("question 1 of 3"), offer.get(0).text());
        onFx(reopened::resume);
        assertTrue(f.state.notices().stream().noneMatch(n -> "mock_interview".equals(n.target())));
        onFx(reopened::stopTicking);
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsAWarningUntilWritingWorksAgain() throws Exception {
        configure(2, 0, ScoringTiming.AT_END);
        // A file where the drafts folder should be: every write fails, as on a full or vanished disk.
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("drafts"), "in the way");
        onFx(vm::start);
        onFx(() -> vm.answerTextProperty().set("Words that must not vanish"));
        onFx(vm::flushDraft);

        assertTrue(f.state.notices().stream().anyMatch(n -> n.text().startsWith("Your mock interview is not being autosaved")));
        assertEquals("Words that must not vanish", vm.answerTextProperty().get(), "the words stay on screen");

        Files.delete(dir.resolve("drafts"));
        onFx(vm::flushDraft);
        assertTrue(f.state.notices().stream().noneMatch(n -> n.text().contains("not being autosaved")));
        assertTrue(Files.exists(f.drafts.file()));
    }

    @Test
    void anInterviewThatCannotBeStoredAtTheEndKeepsItsSnapshot() throws Exception {
        configure(1, 0, ScoringTiming.AT_END);
        onFx(vm::start);
        onFx(vm::skipPrep);
        onFx(() -> vm.answerTextProperty().set("The only answer"));
        advance(30);
        onFx(vm::flushDraft);
        f.database.close(); // the history becomes unusable before the last answer is stored
        onFx(vm::next);
        onFx(vm::finishScoring);

        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get());
        assertTrue(vm.statusTextProperty().get().contains("storing it failed"), vm.statusTextProperty().get());
        assertTrue(Files.exists(f.drafts.file()), "the snapshot is kept until every answer is stored");
        assertEquals("The only answer", f.drafts.load().orElseThrow().items().get(0).answer().answerText());
    }

    @Test
    void discardingTheOfferClearsTheSnapshotAndClosesTheSession() throws Exception {
        configure(2, 0, ScoringTiming.AT_END);
        onFx(vm::start);
        MockInterviewViewModel reopened = fx(f::viewModel);
        assertNotNull(reopened.pendingResumeProperty().get());
        onFx(reopened::discardResume);
        assertNull(reopened.pendingResumeProperty().get());
        assertFalse(Files.exists(f.drafts.file()));
        assertEquals(SessionRepository.State.ABANDONED, f.sessions.listNewestFirst(5, 0).get(0).state());
    }

    @Test
    void anUnresumableSnapshotIsSetAsideNotDeleted() throws Exception {
        Files.createDirectories(f.drafts.file().getParent());
        Files.writeString(f.drafts.file(), "{ not json");
        MockInterviewViewModel reopened = fx(f::viewModel);
        assertNull(reopened.pendingResumeProperty().get());
        try (var files = Files.list(f.drafts.file().getParent())) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("interview-unreadable-")).count());
        }
    }

    @Test
    void savesAPresetUnderANewNameButNotUnderABuiltInOne() throws Exception {
        configure(4, 2, ScoringTiming.AT_END);
        onFx(() -> vm.savePreset("Full loop"));
        assertTrue(vm.statusTextProperty().get().contains("built-in"));
        onFx(() -> vm.savePreset("  Friday drill "));
        assertEquals("Friday drill", vm.setup().presetProperty().get().name());
        assertEquals(4, f.presets.load("Friday drill").orElseThrow().questionCount());
        assertTrue(vm.setup().presets().stream().anyMatch(p -> p.name().equals("Friday drill")));

        MockInterviewViewModel reopened = fx(f::viewModel);
        assertTrue(reopened.setup().presets().stream().anyMatch(p -> p.name().equals("Friday drill")),
                "user presets are listed after the built-in ones");
    }

    @Test
    void choosingAPresetFillsInTheSetUpAndThePlannedTime() throws Exception {
        onFx(() -> vm.setup().presetProperty().set(InterviewPresets.fullLoop()));
        assertEquals(5, vm.setup().questionCountProperty().get());
        assertEquals(ScoringTiming.AT_END, vm.setup().scoringProperty().get());
        // 5 × (60 s prep + 120 s answer + 2 × 60 s follow-ups) = 25 minutes
        assertTrue(vm.setup().plannedTextProperty().get().startsWith("Planned: about 25 minutes for 5 questions"),
                vm.setup().plannedTextProperty().get());
    }

    @Test
    void practiseWeakestAreaAsksThePracticeScreenForTheLowestDimension() throws Exception {
        configure(1, 0, ScoringTiming.AFTER_EACH);
        onFx(vm::start);
        onFx(vm::next);
        onFx(vm::next);
        onFx(() -> {
            ScoreCard card = vm.currentCardProperty().get();
            card.scoreTargeted(4);
            card.rows().stream().filter(r -> r.dimension() == Dimension.COACHING).findFirst().orElseThrow()
                    .scoreProperty().set(2);
            vm.submitScore();
        });
        assertTrue(vm.canPractiseWeakest());
        onFx(vm::practiseWeakest);
        var request = f.state.practiceRequestProperty().get();
        assertNotNull(request);
        assertEquals("Lowest in this interview: Coaching", request.title());
        assertEquals(5, request.questions().size());
        assertTrue(request.questions().stream().allMatch(q -> q.question().targets(Dimension.COACHING)));
    }

    @Test
    void aPastInterviewOpensAsAReadOnlySummary() throws Exception {
        configure(1, 0, ScoringTiming.AFTER_EACH);
        onFx(vm::start);
        onFx(vm::next);
        onFx(vm::next);
        onFx(() -> {
            vm.currentCardProperty().get().scoreTargeted(5);
            vm.submitScore();
        });
        onFx(vm::newInterview);
        assertEquals(InterviewPage.SETUP, vm.stageProperty().get());
        assertEquals(1, vm.pastInterviews().size());
        PastInterview past = vm.pastInterviews().get(0);
        assertTrue(past.describe().contains("1 of 1 answered · overall 5.0"), past.describe());

        onFx(() -> vm.openPast(past));
        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get(), vm.statusTextProperty().get());
        assertTrue(vm.reportIsPastProperty().get());
        assertEquals(5.0, vm.reportProperty().get().rows().get(0).overall(), 1e-9);
    }

    @Test
    void theSummaryAndAPastOnesOpenEachAnsweredQuestionInHistoryButNotASkippedOne() throws Exception {
        configure(2, 0, ScoringTiming.AFTER_EACH);
        onFx(vm::start);
        onFx(vm::next);
        onFx(vm::next);
        onFx(vm::continueWithoutScore);
        onFx(vm::skipQuestion);
        assertEquals(InterviewPage.SUMMARY, vm.stageProperty().get(), vm.statusTextProperty().get());
        InterviewReport report = vm.reportProperty().get();
        long interview = f.sessions.listNewestFirst(1, 0).get(0).id();
        assertEquals(interview, report.interviewId());

        List<org.emdrill.ui.common.AttemptRequest> asked = new java.util.ArrayList<>();
        onFx(() -> f.state.attemptRequestProperty().addListener((obs, was, is) -> {
            if (is != null) {
                asked.add(is);
            }
        }));
        onFx(() -> vm.openInHistory(report.rows().get(1)));
        assertEquals(List.of(), asked, "a skipped question has no answer to open");
        onFx(() -> vm.openInHistory(report.rows().get(0)));
        assertEquals(List.of(new org.emdrill.ui.common.AttemptRequest(interview, 0)), asked);
        assertTrue(new org.emdrill.store.AttemptSearch(f.database).attemptInInterview(interview, 0).isPresent(),
                "the place asked for holds the saved answer");

        onFx(vm::newInterview);
        onFx(() -> vm.openPast(vm.pastInterviews().get(0)));
        assertTrue(vm.reportIsPastProperty().get());
        onFx(() -> vm.openInHistory(vm.reportProperty().get().rows().get(0)));
        assertEquals(List.of(new org.emdrill.ui.common.AttemptRequest(interview, 0),
                new org.emdrill.ui.common.AttemptRequest(interview, 0)), asked, "a past interview asks the same way");
    }
}
