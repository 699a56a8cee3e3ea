package org.emdrill.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewJson;
import org.emdrill.practice.mockinterview.InterviewPreset;

/**
 * The user's saved mock-interview presets ({@code mock_interview_presets}), by name. The config is stored as the JSON of
 * {@link InterviewJson}; a preset written by another version opens with its unknown parts ignored. Names
 * are trimmed; saving under an existing name replaces that preset.
 */
public final class PresetRepository {

    private final Database db;

    public PresetRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Saves or replaces the preset {@code name}. */
    public void save(String name, InterviewConfig config) {
        String key = requireName(name);
        String json = InterviewJson.toJsonText(config);
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mock_interview_presets (name, config_json) VALUES (?, ?)"
                    + " ON CONFLICT(name) DO UPDATE SET config_json = excluded.config_json")) {
                ps.setString(1, key);
                ps.setString(2, json);
                return ps.executeUpdate();
            }
        });
    }

    public Optional<InterviewConfig> load(String name) {
        String key = requireName(name);
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT config_json FROM mock_interview_presets WHERE name = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(InterviewJson.fromJsonText(rs.getString(1))
                            .orElseGet(() -> InterviewJson.fromJson(null))) : Optional.<InterviewConfig>empty();
                }
            }
        });
    }

    /** Every saved preset, by name. */
    public List<InterviewPreset> all() {
        return db.withConnection(c -> {
            List<InterviewPreset> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, config_json FROM mock_interview_presets ORDER BY name COLLATE NOCASE, name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new InterviewPreset(rs.getString(1), InterviewJson.fromJsonText(rs.getString(2))
                            .orElseGet(() -> InterviewJson.fromJson(null))));
                }
            }
            return list;
        });
    }

    public void delete(String name) {
        String key = requireName(name);
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mock_interview_presets WHERE name = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a preset needs a name");
        }
        return name.trim();
    }
}
