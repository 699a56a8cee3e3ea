package org.emdrill.ui.onboarding;

import java.util.List;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.StarElement;
import org.emdrill.ui.onboarding.WelcomePage.Point;

/** The words of the welcome guide. Kept apart from the view model so the wording is easy to find and edit. */
final class WelcomeContent {

    private WelcomeContent() {
    }

    static List<WelcomePage> pages(String dataFolder, int prepSeconds, int dailyNew) {
        return List.of(
                new WelcomePage("welcome", "Welcome to EM Drill",
                        "EM Drill is a quiet place to rehearse the behavioural interview for an engineering-manager "
                                + "role. You answer questions the way an interviewer would ask them, score yourself "
                                + "against a clear rubric, and watch which parts of your stories get stronger.",
                        List.of(
                                new Point("Two minutes", "This guide is a few short pages. Skip it whenever you like; "
                                        + "Welcome guide (the ? at the foot of the sidebar) opens it again."),
                                new Point("Nothing leaves this computer", "There is no account and no upload. Your "
                                        + "answers are yours."))),
                new WelcomePage("dimensions", "The five things interviewers listen for",
                        "Every question tests one or more of these. EM Drill calls them dimensions, and you score "
                                + "each one from 1 to 5.",
                        dimensionPoints()),
                new WelcomePage("practice", "How a practice goes",
                        "One question at a time, in four steps.",
                        List.of(
                                new Point("1. Prep", "A short pause to pick a story and jot a few words ("
                                        + (prepSeconds == 0 ? "prep is off now" : prepSeconds + " seconds now")
                                        + "; Settings changes it)."),
                                new Point("2. Answer", "Type, or speak aloud as you would in the room. A timer counts "
                                        + "toward the question's target time, so you learn how long two minutes feels. "
                                        + "A spoken answer is recorded on this computer: you hear it back with its "
                                        + "pauses and pace (Settings \u2192 Microphone tries the input first)."),
                                new Point("3. Follow-ups", "Interviewers dig deeper. Each question comes with the "
                                        + "follow-ups they tend to ask; answer them briefly."),
                                new Point("4. Score yourself", "For each dimension pick a level from 1 to 5. The "
                                        + "rubric beside each level says what it sounds like, so you score the story "
                                        + "you told, not how you feel about it."))),
                new WelcomePage("weights", "Weights and STAR ticks",
                        "Two small marks on the scoring card help you see why a score came out as it did.",
                        List.of(
                                new Point("Weights", "A question says how much each dimension counts for it, shown as "
                                        + "a badge such as \u201cweight 3\u201d. Your overall score is the average "
                                        + "of your levels with those weights, so what the question is about counts "
                                        + "most. Dimensions without a weight are optional to score."),
                                new Point("STAR + reflection ticks", "After answering, tick the parts your story had: "
                                        + starNames() + ". A missing tick is usually the quickest thing "
                                        + "to fix next time."))),
                new WelcomePage("review", "Spaced review",
                        "The Today card on the Practice screen starts the questions worth repeating today "
                                + "(\u201cPractise 3 due questions\u201d), or new ones when nothing is due.",
                        List.of(
                                new Point("Low scores come back soon", "A question you scored low returns in a day "
                                        + "or two; one you told well waits longer, then longer again."),
                                new Point("A few new ones each day", "Up to " + dailyNew + " questions you have "
                                        + "never answered join each day (Settings changes the number)."),
                                new Point("Little and often", "Ten focused minutes most days does more than one "
                                        + "long evening a week."))),
                new WelcomePage("data", "Where your data lives",
                        "Everything EM Drill keeps is in one folder on this computer:",
                        List.of(
                                new Point("Folder", dataFolder),
                                new Point("What is in it", "Your history of answers, recordings, your own banks, "
                                        + "settings, daily backups and logs."),
                                new Point("Looking after it", "Settings makes and restores backups, and can move "
                                        + "the folder somewhere else, for example to a synced drive."))),
                new WelcomePage("first", "Ready for a first question?",
                        "Start with one question to get a feel for it. Nothing is graded by anyone but you, and "
                                + "you can discard an attempt you do not want to keep.",
                        List.of()));
    }

    private static List<Point> dimensionPoints() {
        return List.of(Dimension.values()).stream()
                .map(d -> new Point(d.displayName(), meaning(d)))
                .toList();
    }

    /** Plain words for each dimension, longer than the one-line summary the rubric carries. */
    static String meaning(Dimension d) {
        return switch (d) {
            case LEADERSHIP -> "Setting a direction and bringing people with you: explaining why, listening, "
                    + "owning the outcome.";
            case CONFLICT_RESOLUTION -> "Handling disagreement calmly and fairly, between people on your team "
                    + "or between you and someone else.";
            case EXECUTION -> "Getting the right things done: priorities, trade-offs, risks spotted early, "
                    + "and following through.";
            case COACHING -> "Helping people grow: honest feedback, stretch work, and the hard conversations "
                    + "when performance slips.";
            case STRATEGIC_THINKING -> "Looking past this quarter: where the team, the system and the product "
                    + "should be in a year or two.";
        };
    }

    private static String starNames() {
        List<String> names = List.of(StarElement.values()).stream().map(StarElement::displayName).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
                + " (what you learned)";
    }
}
