package org.emdrill.insights;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.emdrill.domain.QuestionBank;
import org.emdrill.practice.schedule.PracticePlan;
import org.emdrill.practice.schedule.PracticePlanner;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.practice.schedule.WeakestArea;
import org.emdrill.store.ScheduleRepository;

/**
 * Spaced practice as the Practice screen needs it: what is due today, the weakest dimension's
 * questions (the weakest by {@link WeakestDimension}'s rule). Blocking calls: run them in the
 * background.
 */
public final class SpacedPractice {

    /** How many questions "Practise my weakest dimension" offers at once. */
    static final int WEAKEST_QUESTIONS = 5;

    private final ScheduleRepository schedule;
    private final WeakestDimension weakest;
    private final PracticePlanner planner;
    private final StudyDay studyDay;
    private final InstantSource clock;

    public SpacedPractice(ScheduleRepository schedule, WeakestDimension weakest, StudyDay studyDay,
                          InstantSource clock) {
        this.schedule = schedule;
        this.weakest = weakest;
        this.planner = new PracticePlanner(studyDay);
        this.studyDay = studyDay;
        this.clock = clock;
    }

    /** Today's plan and the weakest area, for the set-up card. */
    public record Overview(PracticePlan plan, WeakestArea weakest) {
    }

    public Overview overview(List<QuestionBank> banks, int dailyNewLimit) {
        Instant now = clock.instant();
        List<ReviewState> states = schedule.all();
        int introducedToday = schedule.countIntroducedOn(studyDay.dayOf(now), studyDay);
        PracticePlan plan = planner.plan(banks, states, dailyNewLimit, introducedToday, now);
        WeakestDimension.Ranking ranking = weakest.now();
        WeakestArea area = planner.weakest(banks, ranking.practiseOrder(), ranking.averages(), states,
                WEAKEST_QUESTIONS);
        return new Overview(plan, area.known(!ranking.notKnownYet(area.dimension())));
    }
}
