package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.OptionalDouble;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.WordCounter;
import org.junit.jupiter.api.Test;

class AnswerAnalyticsTest {

    @Test
    void wordCountAgreesWithThePracticeScreen() {
        String text = "We’re shipping a well-known fix — 3.5 days late; that's it... (really) 10,000 users!";

        assertEquals(WordCounter.count(text), AnswerAnalytics.analyse(text).words());
    }

    @Test
    void countsIAndWeSubjectFormsAndTheShareOfI() {
        PronounBalance p = AnswerAnalytics.analyse(
                "I decided to act. We were late, and I'm sure we'd have missed it, but I've fixed it. We'll see.").pronouns();

        assertEquals(3, p.i());
        assertEquals(3, p.we());
        assertEquals(OptionalDouble.of(0.5), p.shareOfI());
    }

    @Test
    void objectFormsAndWordsContainingIAreNotCounted() {
        PronounBalance p = AnswerAnalytics.analyse("It hit us and me; our idea, my plan. Weekly item.").pronouns();

        assertEquals(0, p.i());
        assertEquals(0, p.we());
        assertEquals(OptionalDouble.empty(), p.shareOfI());
    }

    @Test
    void theIOfTheFillerIMeanIsNotCounted() {
        PronounBalance p = AnswerAnalytics.analyse("I mean, we shipped. I mean it.").pronouns();

        assertEquals(1, p.i(), "only the second, meant, 'I mean'");
        assertEquals(1, p.we());
    }

    @Test
    void wellProportionedStarAnswerIsAboutRight() {
        // 12 words of setup, 18 of action, 6 of outcome: a third, a half, a sixth.
        String answer = "At the time, launch was late. My goal was to fix it. "
                + "I met with every engineer one to one. Then I cut two features and wrote the plan down. "
                + "As a result we shipped early.";

        AnswerAnalysis analysis = AnswerAnalytics.analyse(answer);
        StarEstimate star = analysis.star();

        assertEquals(36, analysis.words());
        assertEquals(EnumSet.of(StarElement.SITUATION, StarElement.TASK, StarElement.ACTION, StarElement.RESULT),
                star.covered());
        assertEquals(EnumSet.of(StarElement.REFLECTION), star.missing());
        assertEquals(12 / 36.0, star.split().setup(), 1e-9);
        assertEquals(18 / 36.0, star.split().action(), 1e-9);
        assertEquals(6 / 36.0, star.split().outcome(), 1e-9);
        assertEquals(StarSplit.Balance.ABOUT_RIGHT, star.split().setupBalance());
        assertEquals(StarSplit.Balance.ABOUT_RIGHT, star.split().actionBalance());
        assertEquals(StarSplit.Balance.ABOUT_RIGHT, star.split().outcomeBalance());
        assertEquals(0, star.firstCue().get(StarElement.SITUATION));
        assertEquals(6, star.firstCue().get(StarElement.TASK));
    }

    @Test
    void uncuedSentencesContinueThePartBeforeThem() {
        // Two uncued opening sentences count as situation; the sentence after the action cue stays action.
        String answer = "The team was new. Morale was low. I decided to run a retro. It took an hour. "
                + "Looking back, I would start sooner.";

        StarEstimate star = AnswerAnalytics.analyse(answer).star();

        assertEquals(EnumSet.of(StarElement.ACTION, StarElement.REFLECTION), star.covered());
        assertEquals(7 / 23.0, star.split().setup(), 1e-9);
        assertEquals(10 / 23.0, star.split().action(), 1e-9);
        assertEquals(6 / 23.0, star.split().outcome(), 1e-9);
    }

    @Test
    void answerThatIsAllBackgroundIsFlaggedLongOnSetupAndShortOnAction() {
        String answer = "At the time we were a small team. There were many outages and the context was hard. "
                + "Everyone was stretched and priorities changed weekly.";

        StarSplit split = AnswerAnalytics.analyse(answer).star().split();

        assertEquals(1.0, split.setup(), 1e-9);
        assertEquals(StarSplit.Balance.LONG, split.setupBalance());
        assertEquals(StarSplit.Balance.SHORT, split.actionBalance());
        assertEquals(StarSplit.Balance.SHORT, split.outcomeBalance());
    }

    @Test
    void cuesMatchWholeWordsOnly() {
        StarEstimate star = AnswerAnalytics.analyse("Outcomes matter. Iasked nobody. Percentages vary.").star();

        assertTrue(star.covered().isEmpty(), star.covered().toString());
    }

    @Test
    void emptyAnswerHasNothing() {
        AnswerAnalysis analysis = AnswerAnalytics.analyse("   ");

        assertEquals(0, analysis.words());
        assertEquals(StarSplit.NONE, analysis.star().split());
        assertEquals(EnumSet.allOf(StarElement.class), analysis.star().missing());
        assertEquals(0, analysis.fillers().total());
    }

    @Test
    void headingsACandidateWroteNameThePartThatFollows() {
        String answer = "Situation:\nOur payments team missed two launches in a row.\n"
                + "Task - restore trust with sales.\n"
                + "Action: weekly demos, a shared risk list, smaller releases, one owner per launch.\n"
                + "Result:\nThree launches on time.";

        StarEstimate star = AnswerAnalytics.analyse(answer).star();

        assertEquals(EnumSet.of(StarElement.SITUATION, StarElement.TASK, StarElement.ACTION, StarElement.RESULT),
                star.covered());
        // The headings' own four words are not part of any section.
        assertEquals(13 / 29.0, star.split().setup(), 1e-9);
        assertEquals(12 / 29.0, star.split().action(), 1e-9);
        assertEquals(4 / 29.0, star.split().outcome(), 1e-9);
    }

    @Test
    void shortHeadingsCountButTheSameWordsInsideASentenceDoNot() {
        StarEstimate short_ = AnswerAnalytics.analyse("S: a reorg. A: I rewrote the plan. R: on time.").star();
        assertTrue(short_.covered().contains(StarElement.RESULT), short_.covered().toString());
        assertTrue(short_.covered().contains(StarElement.ACTION), short_.covered().toString());

        StarEstimate inline = AnswerAnalytics.analyse("Action items piled up. Results mattered to sales. Task lists grew.").star();
        assertTrue(inline.covered().isEmpty(), inline.covered().toString());
    }
}
