package org.emdrill.insights;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.practice.schedule.PracticePlan;
import org.emdrill.practice.schedule.PracticePlanner;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.store.AttemptFilter;
import org.emdrill.store.AttemptSearch;
import org.emdrill.store.ScheduleRepository;

/**
 * Spaced practice as the Practice screen needs it: what is due today, the weakest dimension's
 * questions. Blocking calls: run them in the
 * background.
 */
public final class SpacedPractice {

    /** How many questions "Practise my weakest dimension" offers at once. */
    static final int WEAKEST_QUESTIONS = 5;

    private final ScheduleRepository schedule;
    private final AttemptSearch search;
    private final PracticePlanner planner;
    private final StudyDay studyDay;
    private final InstantSource clock;

    public SpacedPractice(ScheduleRepository schedule, AttemptSearch search, StudyDay studyDay, InstantSource clock) {
        this.schedule = schedule;
        this.search = search;
        this.planner = new PracticePlanner(studyDay);
        this.studyDay = studyDay;
        this.clock = clock;
    }

    /** Today's plan and the weakest area, for the set-up card. */
    public record Overview(PracticePlan plan, org.emdrill.practice.schedule.WeakestArea weakest) {
    }

    public Overview overview(List<QuestionBank> banks, int dailyNewLimit) {
        Instant now = clock.instant();
        List<ReviewState> states = schedule.all();
        int introducedToday = schedule.countIntroducedOn(studyDay.dayOf(now), studyDay);
        PracticePlan plan = planner.plan(banks, states, dailyNewLimit, introducedToday, now);
        List<Scores> scores = search.attemptsWithoutText(AttemptFilter.ALL).stream().map(Attempt::scores).toList();
        return new Overview(plan, planner.weakest(banks, DimensionAverages.of(scores), states, WEAKEST_QUESTIONS));
    }
}
