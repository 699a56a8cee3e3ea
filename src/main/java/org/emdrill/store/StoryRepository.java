package org.emdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.Dimension;
import org.emdrill.stories.Story;
import org.emdrill.stories.StoryUsage;

/**
 * The user's stories ({@code stories}, {@code story_links}) and the story told in an attempt
 * ({@code attempts.story_id}). A save writes the story and replaces its links in one transaction. Tags
 * are kept one a line in {@code stories.tags}. Story text is never put in a log or an exception message.
 * Blocks on the database: call it from the background worker.
 */
public final class StoryRepository {

    private static final String COLUMNS = "id, title, situation, task, action, result, reflection, rough_date, role,"
            + " numbers, tags, created_at, updated_at";

    private final Database db;

    public StoryRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** A deleted story and the attempts that told it, so Undo can bring both back. */
    public record DeletedStory(Story story, List<Long> attemptIds) {
        public DeletedStory {
            attemptIds = List.copyOf(attemptIds);
        }
    }

    /**
     * Saves or replaces the story. An empty story is not kept: saving one deletes a stored story of that
     * id (the user cleared every field), and returns false.
     */
    public boolean save(Story story) {
        if (story.isEmpty()) {
            delete(story.id());
            return false;
        }
        db.inTransaction(c -> {
            write(c, story);
            return null;
        });
        return true;
    }

    public Optional<Story> find(String id) {
        return db.withConnection(c -> {
            List<Story> found = read(c, "SELECT " + COLUMNS + " FROM stories WHERE id = ?", id);
            return found.isEmpty() ? Optional.<Story>empty() : Optional.of(found.get(0));
        });
    }

    /** Every story, most recently changed first. */
    public List<Story> all() {
        return db.withConnection(c -> read(c, "SELECT " + COLUMNS + " FROM stories ORDER BY updated_at DESC, id", null));
    }

    /** Deletes the story; attempts that told it keep their answers and lose the link. Empty when unknown. */
    public Optional<DeletedStory> delete(String id) {
        return db.inTransaction(c -> {
            List<Story> found = read(c, "SELECT " + COLUMNS + " FROM stories WHERE id = ?", id);
            if (found.isEmpty()) {
                return Optional.<DeletedStory>empty();
            }
            List<Long> attempts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM attempts WHERE story_id = ? ORDER BY id")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        attempts.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return Optional.of(new DeletedStory(found.get(0), attempts));
        });
    }

    /** Undo of {@link #delete}: the story comes back with the same id and its attempts are linked again. */
    public void restore(DeletedStory deleted) {
        db.inTransaction(c -> {
            write(c, deleted.story());
            try (PreparedStatement ps = c.prepareStatement("UPDATE attempts SET story_id = ? WHERE id = ?")) {
                for (long attemptId : deleted.attemptIds()) {
                    ps.setString(1, deleted.story().id());
                    ps.setLong(2, attemptId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Merges stories from an export: a story whose id is new is added; one already here is replaced only
     * when the file's copy was changed later. Returns how many were added or updated.
     */
    public int mergeLaterEdits(List<Story> stories) {
        return db.inTransaction(c -> {
            Map<String, Instant> here = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, updated_at FROM stories");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    here.put(rs.getString(1), StoredValues.parseInstant(rs.getString(2)).orElse(Instant.EPOCH));
                }
            }
            int taken = 0;
            for (Story s : stories) {
                Instant mine = here.get(s.id());
                if (!s.isEmpty() && (mine == null || s.updatedAt().isAfter(mine))) {
                    write(c, s);
                    here.put(s.id(), s.updatedAt());
                    taken++;
                }
            }
            return taken;
        });
    }

    /** Links the attempt to the story told in it, or unlinks it when {@code storyId} is null. */
    public void setStoryOfAttempt(long attemptId, String storyId) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attempts SET story_id = ? WHERE id = ?")) {
                ps.setString(1, storyId);
                ps.setLong(2, attemptId);
                return ps.executeUpdate();
            }
        });
    }

    /** The id of the story told in the attempt, if one was picked. */
    public Optional<String> storyOfAttempt(long attemptId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM attempts WHERE id = ?")) {
                ps.setLong(1, attemptId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Every attempt that told a story, by attempt id, with the story's id: for exports. */
    public Map<Long, String> storiesOfAttempts() {
        return db.withConnection(c -> {
            Map<Long, String> map = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, story_id FROM attempts WHERE story_id IS NOT NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getLong(1), rs.getString(2));
                }
            }
            return map;
        });
    }

    /** Every attempt that told a story, with its bank and scores: what {@link StoryUsage} sums up. */
    public List<StoryUsage.Telling> tellings() {
        return db.withConnection(c -> {
            Map<Long, String[]> attempts = new LinkedHashMap<>();
            Map<Long, Map<Dimension, Integer>> scores = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, story_id, bank_id FROM attempts WHERE story_id IS NOT NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attempts.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT s.attempt_id, s.dimension, s.score FROM attempt_scores s"
                    + " JOIN attempts a ON a.id = s.attempt_id WHERE a.story_id IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int score = rs.getInt(3);
                    // A dimension this version does not know is skipped, as everywhere in the store.
                    Dimension.fromId(rs.getString(2)).ifPresent(d ->
                            scores.computeIfAbsent(id, k -> new EnumMap<>(Dimension.class)).put(d, score));
                }
            }
            List<StoryUsage.Telling> list = new ArrayList<>();
            attempts.forEach((id, row) -> list.add(new StoryUsage.Telling(row[0], row[1],
                    scores.getOrDefault(id, Map.of()))));
            return list;
        });
    }

    private static void write(Connection c, Story s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                + " title = excluded.title, situation = excluded.situation, task = excluded.task,"
                + " action = excluded.action, result = excluded.result, reflection = excluded.reflection,"
                + " rough_date = excluded.rough_date, role = excluded.role, numbers = excluded.numbers,"
                + " tags = excluded.tags, updated_at = excluded.updated_at")) {
            int i = 1;
            ps.setString(i++, s.id());
            ps.setString(i++, s.title());
            ps.setString(i++, s.situation());
            ps.setString(i++, s.task());
            ps.setString(i++, s.action());
            ps.setString(i++, s.result());
            ps.setString(i++, s.reflection());
            ps.setString(i++, s.roughDate());
            ps.setString(i++, s.role());
            ps.setString(i++, s.numbers());
            ps.setString(i++, String.join("\n", s.tags()));
            ps.setString(i++, StoredValues.instant(s.createdAt()));
            ps.setString(i, StoredValues.instant(s.updatedAt()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM story_links WHERE story_id = ?")) {
            ps.setString(1, s.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_links (story_id, kind, target) VALUES (?, ?, ?)")) {
            for (Dimension d : s.dimensions()) {
                addLink(ps, s.id(), "dimension", d.id());
            }
            for (String q : s.questionIds()) {
                addLink(ps, s.id(), "question", q);
            }
            for (String b : s.bankIds()) {
                addLink(ps, s.id(), "bank", b);
            }
            ps.executeBatch();
        }
    }

    private static void addLink(PreparedStatement ps, String storyId, String kind, String target) throws SQLException {
        ps.setString(1, storyId);
        ps.setString(2, kind);
        ps.setString(3, target);
        ps.addBatch();
    }

    private static List<Story> read(Connection c, String sql, String id) throws SQLException {
        Map<String, Set<Dimension>> dimensions = new LinkedHashMap<>();
        Map<String, Set<String>> questions = new LinkedHashMap<>();
        Map<String, Set<String>> banks = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(id == null
                ? "SELECT story_id, kind, target FROM story_links"
                : "SELECT story_id, kind, target FROM story_links WHERE story_id = ?")) {
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String story = rs.getString(1);
                    String target = rs.getString(3);
                    switch (rs.getString(2)) {
                        case "dimension" -> Dimension.fromId(target).ifPresent(d ->
                                dimensions.computeIfAbsent(story, k -> EnumSet.noneOf(Dimension.class)).add(d));
                        case "question" -> questions.computeIfAbsent(story, k -> new HashSet<>()).add(target);
                        case "bank" -> banks.computeIfAbsent(story, k -> new HashSet<>()).add(target);
                        default -> { }
                    }
                }
            }
        }
        List<Story> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String storyId = rs.getString(1);
                    Instant created = StoredValues.parseInstant(rs.getString(12)).orElse(Instant.EPOCH);
                    list.add(new Story(storyId, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11).lines().toList(), dimensions.getOrDefault(storyId, Set.of()),
                            questions.getOrDefault(storyId, Set.of()), banks.getOrDefault(storyId, Set.of()),
                            created, StoredValues.parseInstant(rs.getString(13)).orElse(created)));
                }
            }
        }
        return list;
    }
}
