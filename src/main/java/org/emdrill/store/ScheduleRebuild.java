package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.practice.schedule.ReviewState;
import org.emdrill.practice.schedule.ScheduleReplay;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;

/**
 * Brings one question's {@code review_schedule} row in line with its attempts after the history changed
 * under it: reads the question's attempts in time order, replays them ({@link ScheduleReplay}) and
 * writes the result, or removes the row when no scored attempt is left. Runs inside the caller's
 * transaction, so the history change and the schedule change commit together.
 */
public final class ScheduleRebuild {

    private final ScheduleReplay replay;

    public ScheduleRebuild(ScheduleReplay replay) {
        this.replay = Objects.requireNonNull(replay, "replay");
    }

    /** With the app's scheduler settings, on practice days in {@code studyDay}. */
    public static ScheduleRebuild standard(StudyDay studyDay) {
        return new ScheduleRebuild(new ScheduleReplay(Sm2Settings.defaults(), studyDay));
    }

    /** Replays {@code questionId}'s remaining attempts and stores the outcome; returns the row as stored. */
    Optional<ReviewState> rebuild(Connection c, String questionId) throws SQLException {
        List<ScheduleReplay.Answer> answers = new ArrayList<>();
        String bankId = "";
        try (PreparedStatement ps = c.prepareStatement("SELECT bank_id, overall, finished_at FROM attempts"
                + " WHERE question_id = ? ORDER BY finished_at, id")) {
            ps.setString(1, questionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Instant> finished = StoredValues.parseInstant(rs.getString("finished_at"));
                    if (finished.isEmpty()) {
                        continue;
                    }
                    double overall = rs.getDouble("overall");
                    answers.add(new ScheduleReplay.Answer(finished.get(), rs.wasNull() ? null : overall));
                    // The newest attempt names the bank the question lives in now.
                    bankId = rs.getString("bank_id");
                }
            }
        }
        Optional<ReviewState> replayed = replay.replay(questionId, bankId, answers);
        if (replayed.isPresent()) {
            ScheduleRepository.save(c, replayed.get());
            return ScheduleRepository.find(c, questionId);
        }
        ScheduleRepository.delete(c, questionId);
        return Optional.empty();
    }

    /** Puts a row back exactly as it was (or removes it when there was none), for undo. */
    static void putBack(Connection c, String questionId, ReviewState before) throws SQLException {
        if (before == null) {
            ScheduleRepository.delete(c, questionId);
        } else {
            ScheduleRepository.save(c, before);
        }
    }
}
