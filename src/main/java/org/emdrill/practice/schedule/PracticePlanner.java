package org.emdrill.practice.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.QueuedQuestion;

/**
 * Combines the loaded banks with the schedule: what is due, what is new today, what is weakest.
 * Schedule rows for questions no longer in any loaded bank are ignored (the bank may come back).
 */
public final class PracticePlanner {

    private final StudyDay studyDay;

    public PracticePlanner(StudyDay studyDay) {
        this.studyDay = Objects.requireNonNull(studyDay, "studyDay");
    }

    /**
     * @param dailyNewLimit   the user's setting: new questions per practice day
     * @param introducedToday questions first scored earlier today (see {@code ScheduleRepository})
     */
    public PracticePlan plan(List<QuestionBank> banks, List<ReviewState> stored, int dailyNewLimit,
            int introducedToday, Instant now) {
        List<ReviewState> schedule = FutureReviews.asOf(stored, now);
        Map<String, ReviewState> byQuestion = new HashMap<>();
        for (ReviewState s : schedule) {
            byQuestion.put(s.questionId(), s);
        }
        Instant endOfDay = studyDay.startOfDayAfter(now, 1);
        List<ReviewState> dueStates = new ArrayList<>();
        Map<String, QueuedQuestion> scheduled = new HashMap<>();
        List<QueuedQuestion> unseen = new ArrayList<>();
        List<QueuedQuestion> leeches = new ArrayList<>();
        int laterToday = 0;
        for (QuestionBank bank : banks) {
            for (Question q : bank.questions()) {
                QueuedQuestion queued = new QueuedQuestion(bank, q);
                ReviewState s = byQuestion.get(q.id());
                if (s == null || s.phase() == CardPhase.NEW) {
                    unseen.add(queued);
                    continue;
                }
                scheduled.put(q.id(), queued);
                if (s.leech()) {
                    leeches.add(queued);
                }
                if (s.isDue(now)) {
                    dueStates.add(s);
                } else if (s.dueAt().isBefore(endOfDay)) {
                    laterToday++;
                }
            }
        }
        dueStates.sort(Comparator.comparing(ReviewState::dueAt).thenComparing(ReviewState::questionId));
        List<QueuedQuestion> due = dueStates.stream().map(s -> scheduled.get(s.questionId())).toList();
        int allowance = Math.max(0, dailyNewLimit - Math.max(0, introducedToday));
        List<QueuedQuestion> newToday = unseen.subList(0, Math.min(allowance, unseen.size()));
        return new PracticePlan(due, newToday, laterToday, unseen.size(), leeches);
    }

    /**
     * The questions for "Practise my weakest dimension", least recently scored first among equals.
     *
     * @param practiseOrder the dimensions in the order {@code insights.WeakestDimension} ranks them
     */
    public WeakestArea weakest(List<QuestionBank> banks, List<org.emdrill.domain.Dimension> practiseOrder,
            DimensionAverages averages, List<ReviewState> schedule, int limit) {
        return WeakestAreaPicker.pick(banks, practiseOrder, averages, WeakestAreaPicker.lastReviewed(schedule), limit);
    }
}
