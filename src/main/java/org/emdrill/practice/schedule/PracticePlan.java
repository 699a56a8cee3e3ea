package org.emdrill.practice.schedule;

import java.util.List;
import org.emdrill.domain.QueuedQuestion;

/**
 * What spaced practice offers right now.
 *
 * @param due           questions due now, the longest overdue first
 * @param newToday      never-practised questions still allowed today under the daily limit, in bank order
 * @param dueLaterToday questions in their short steps that come due before the practice day ends
 * @param unseen        all never-practised questions in the loaded banks
 * @param leeches       questions flagged as leeches (failed many times), for a gentle hint in the UI
 */
public record PracticePlan(List<QueuedQuestion> due, List<QueuedQuestion> newToday, int dueLaterToday, int unseen,
        List<QueuedQuestion> leeches) {

    public PracticePlan {
        due = List.copyOf(due);
        newToday = List.copyOf(newToday);
        leeches = List.copyOf(leeches);
    }

    public int dueCount() {
        return due.size();
    }

    public int newCount() {
        return newToday.size();
    }

    /** The Practice screen's line, e.g. "3 due today, 5 new". */
    public String summary() {
        return dueCount() + " due today, " + newCount() + " new";
    }

    /** Due questions first, then the new ones: the order a "practise due" run walks. */
    public List<QueuedQuestion> queue() {
        List<QueuedQuestion> all = new java.util.ArrayList<>(due);
        all.addAll(newToday);
        return List.copyOf(all);
    }
}
