package org.emdrill.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FillerWordsTest {

    private static List<String> fillers(String text) {
        return FillerWords.find(text).occurrences().stream().map(FillerOccurrence::filler).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I like Go.",
        "I really like working with this team.",
        "We used tools like Jira and Slack.",
        "We used many tools, like Jira and Slack.",
        "It looks like the deploy failed.",
        "It felt like a failure at the time.",
        "It was like a war zone.",
        "I would like to add one thing.",
        "Do it like this.",
        "I like, um, Go.",
        "Something like 20 percent of the tickets were bugs.",
    })
    void likeAsVerbOrPrepositionIsNotAFiller(String text) {
        assertEquals(List.of(), fillers(text).stream().filter("like"::equals).toList(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It was, like, three weeks.",
        "Like, we had no plan at all.",
        "We talked. Like, for real this time.",
        "He was like, we cannot ship this.",
        "And she's like, fine.",
        "It took like three weeks.",
        "We waited for like 20 minutes.",
        "It was like two hundred tickets.",
        "The backlog was, like 300 items.",
        "It lasted like a couple of months.",
    })
    void likeAsPauseQuoteOrHedgeIsAFiller(String text) {
        assertEquals(List.of("like"), fillers(text).stream().filter("like"::equals).toList(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We refactored it so that we could ship weekly.",
        "It was so slow that users left.",
        "We were late, so we cut scope.",
        "So we decided to cut scope.",
        "I think so.",
        "Migrations, backfills and so on.",
        "So far it has worked.",
        "There were so many incidents.",
    })
    void soAsConjunctionOrAdverbIsNotAFiller(String text) {
        assertEquals(List.of(), fillers(text).stream().filter("so"::equals).toList(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "So, um, we started over.",
        "So, the situation was tense.",
        "Anyway. So um we started over.",
        "We shipped it late, so.",
        "It worked, and so.",
        "The team was tired; so, I paused the launch.",
    })
    void soOpeningOrTrailingAClauseIsAFiller(String text) {
        assertEquals(List.of("so"), fillers(text).stream().filter("so"::equals).toList(), text);
    }

    @Test
    void soUmCountsBothWords() {
        assertEquals(List.of("so", "um"), fillers("So, um, we started over."));
    }

    @Test
    void hesitationsAndAlwaysFillersCountWhereverTheyStand() {
        assertEquals(List.of("um", "uh", "um", "basically", "actually", "literally"),
                fillers("Um I uh think ummm we basically, actually, literally shipped it."));
    }

    @Test
    void youKnowIsAFillerOnlyWithoutAnObject() {
        assertEquals(List.of("you know"), fillers("It was, you know, hard."));
        assertEquals(List.of("you know"), fillers("And you know we had to move fast."));
        assertEquals(List.of(), fillers("Do you know what happened next?"));
        assertEquals(List.of(), fillers("You know the drill."));
        assertEquals(List.of(), fillers("If you know the codebase, it is easy."));
    }

    @Test
    void iMeanIsAFillerOnlyWhenItIsNotMeant() {
        assertEquals(List.of("I mean"), fillers("I mean, we had no choice."));
        assertEquals(List.of("I mean"), fillers("It was late. I mean we had no choice."));
        assertEquals(List.of(), fillers("What I mean is that we were late."));
        assertEquals(List.of(), fillers("I mean it."));
        assertEquals(List.of(), fillers("I mean to fix that."));
    }

    @Test
    void kindOfAndSortOfAreFillersExceptAfterADeterminer() {
        assertEquals(List.of("kind of", "sort of"), fillers("It was kind of hard and sort of messy."));
        assertEquals(List.of(), fillers("What kind of team was it? A sort of guild. The kind of manager I want to be."));
        assertEquals(List.of(), fillers("All kinds of problems and sorts of bugs."));
    }

    @Test
    void curlyApostrophesAndCaseDoNotMatter() {
        assertEquals(List.of("like"), fillers("And she’s like, fine."));
        assertEquals(List.of("like", "basically"), fillers("LIKE, it was BASICALLY done."));
    }

    @Test
    void ratePerHundredWordsAndCountsPerFiller() {
        // 20 words, 3 fillers.
        String text = "So, um, we had a launch at risk and it was, like, three weeks late for the whole team today.";
        FillerReport report = FillerWords.find(text);

        assertEquals(20, AnswerAnalytics.analyse(text).words());
        assertEquals(3, report.total());
        assertEquals(15.0, report.per100Words(), 1e-9);
        assertEquals(Map.of("like", 1, "so", 1, "um", 1), report.byFiller());
        assertEquals(List.of("um", "like", "so"), List.copyOf(report.byFiller().keySet()), "in the listed order");
    }

    @Test
    void occurrencesPointAtTheFillerInTheText() {
        String text = "It was, you know, hard.";
        FillerOccurrence o = FillerWords.find(text).occurrences().get(0);

        assertEquals("you know", text.substring(o.start(), o.end()));
    }

    @Test
    void emptyAnswerHasNoFillersAndNoRate() {
        FillerReport report = FillerWords.find("");

        assertEquals(0, report.total());
        assertEquals(0.0, report.per100Words());
        assertEquals(0, FillerWords.find(null).total());
    }
}
