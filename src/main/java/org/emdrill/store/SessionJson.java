package org.emdrill.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewJson;

/**
 * The {@code config_json} column of a mock-interview session:
 * {@code {"config": <InterviewJson>, "questionIds": [...], "skipped": [positions]}}.
 *
 * <p>Reading never fails: a hand-edited or foreign value reads as an empty object, so a damaged row
 * still lists with what can be read from it.
 */
record SessionJson(InterviewConfig config, List<String> questionIds, Set<Integer> skipped) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * SQL for the number of question ids in a {@code config_json} value, for queries that list many rows
     * without reading each value here; null for malformed text, as {@link #read} forgives it.
     */
    static String questionCountSql(String column) {
        return "CASE WHEN json_valid(" + column + ") THEN json_array_length(" + column + ", '$.questionIds') END";
    }

    /** Reads the column's text; null, malformed or non-object text gives the defaults. */
    static SessionJson read(String json) {
        JsonNode n = parse(json);
        Set<Integer> skipped = new TreeSet<>();
        n.path("skipped").forEach(p -> {
            if (p.canConvertToInt() && p.asInt() >= 0) {
                skipped.add(p.asInt());
            }
        });
        return new SessionJson(InterviewJson.fromJson(n.path("config")), textList(n.path("questionIds")), skipped);
    }

    /** The same session with its skipped positions replaced, as when it is closed. */
    SessionJson withSkipped(Set<Integer> skippedPositions) {
        return new SessionJson(config, questionIds, skippedPositions);
    }

    /** The column's text; skipped positions are written in ascending order. */
    String write() {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("config", InterviewJson.toJson(config));
        ArrayNode ids = n.putArray("questionIds");
        questionIds.forEach(ids::add);
        ArrayNode skippedNode = n.putArray("skipped");
        new TreeSet<>(skipped).forEach(skippedNode::add);
        return n.toString();
    }

    /** A hand-edited or foreign value reads as an empty object. */
    private static JsonNode parse(String json) {
        try {
            JsonNode n = MAPPER.readTree(json == null ? "{}" : json);
            return n != null && n.isObject() ? n : MAPPER.createObjectNode();
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }

    private static List<String> textList(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> {
            if (v.isTextual()) {
                list.add(v.asText());
            }
        });
        return list;
    }
}
