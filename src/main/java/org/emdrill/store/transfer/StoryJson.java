package org.emdrill.store.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Problem;
import org.emdrill.stories.Story;

/**
 * The {@code stories} list of a JSON history export and {@code storiesTold}, which attempt (by its
 * identity key, see {@link AttemptIdentity}) told which story. Both optional: an export written before
 * stories imports as before. A story keeps its id, so importing the same file again adds no copy.
 *
 * <pre>{"id": "5b0c…", "title": "…", "situation": "…", "task": "…", "action": "…", "result": "…",
 *  "reflection": "…", "roughDate": "2023", "role": "EM of 6", "numbers": "2 weeks", "tags": ["deadline"],
 *  "dimensions": ["execution"], "questionIds": ["…"], "bankIds": ["delivery"],
 *  "createdAt": "2025-05-01T10:00:00.000Z", "updatedAt": "2025-05-01T10:00:00.000Z"}</pre>
 */
final class StoryJson {

    static final String FIELD = "stories";
    static final String TOLD = "storiesTold";

    private StoryJson() {
    }

    /** The stories read, the attempt keys that told one, and what was left out with where and why. */
    record Read(List<Story> stories, Map<String, String> storyByAttemptKey, List<Problem> rejected) {
        Read {
            stories = List.copyOf(stories);
            storyByAttemptKey = Map.copyOf(storyByAttemptKey);
            rejected = List.copyOf(rejected);
        }
    }

    static void write(JsonGenerator g, List<Story> stories, Map<String, String> storyByAttemptKey) throws IOException {
        g.writeArrayFieldStart(FIELD);
        for (Story s : stories) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeStringField("situation", s.situation());
            g.writeStringField("task", s.task());
            g.writeStringField("action", s.action());
            g.writeStringField("result", s.result());
            g.writeStringField("reflection", s.reflection());
            g.writeStringField("roughDate", s.roughDate());
            g.writeStringField("role", s.role());
            g.writeStringField("numbers", s.numbers());
            strings(g, "tags", s.tags());
            List<String> dims = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                if (s.dimensions().contains(d)) {
                    dims.add(d.id());
                }
            }
            strings(g, "dimensions", dims);
            strings(g, "questionIds", new ArrayList<>(new TreeSet<>(s.questionIds())));
            strings(g, "bankIds", new ArrayList<>(new TreeSet<>(s.bankIds())));
            g.writeStringField("createdAt", JsonExport.time(s.createdAt()));
            g.writeStringField("updatedAt", JsonExport.time(s.updatedAt()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart(TOLD);
        for (Map.Entry<String, String> e : storyByAttemptKey.entrySet()) {
            g.writeStartObject();
            g.writeStringField("attemptKey", e.getKey());
            g.writeStringField("storyId", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static Read read(JsonNode root, String fileName) {
        List<Story> stories = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        Map<String, String> told = new LinkedHashMap<>();
        JsonNode list = root.get(FIELD);
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                rejected.add(new Problem(fileName, 0, 0, FIELD, "must be a list of stories"));
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    String path = FIELD + "[" + i + "]";
                    try {
                        Story s = story(list.get(i), path);
                        if (!seen.add(s.id())) {
                            throw new InvalidField(path + ".id", "repeats story \"" + s.id() + "\"");
                        }
                        stories.add(s);
                    } catch (InvalidField e) {
                        rejected.add(new Problem(fileName, 0, 0, e.path(), e.getMessage()));
                    }
                }
            }
        }
        JsonNode links = root.get(TOLD);
        if (links != null && links.isArray()) {
            for (JsonNode link : links) {
                JsonNode key = link.get("attemptKey");
                JsonNode id = link.get("storyId");
                if (key != null && key.isTextual() && id != null && id.isTextual()) {
                    told.put(key.asText(), id.asText());
                }
            }
        }
        return new Read(stories, told, rejected);
    }

    private static Story story(JsonNode node, String path) throws InvalidField {
        if (node == null || !node.isObject()) {
            throw new InvalidField(path, "must be an object");
        }
        String id = text(node, "id", path);
        if (id.isBlank()) {
            throw new InvalidField(path + ".id", "is missing");
        }
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        List<String> dimIds = list(node, "dimensions", path);
        for (int i = 0; i < dimIds.size(); i++) {
            String d = dimIds.get(i);
            dims.add(Dimension.fromId(d).orElseThrow(() -> new InvalidField(path + ".dimensions",
                    "\"" + d + "\" is not a dimension (known: " + Dimension.allIds() + ")")));
        }
        Instant created = JsonFields.instant(node, "createdAt", path, true);
        Instant updated = JsonFields.instant(node, "updatedAt", path, true);
        return new Story(id, text(node, "title", path), text(node, "situation", path), text(node, "task", path),
                text(node, "action", path), text(node, "result", path), text(node, "reflection", path),
                text(node, "roughDate", path), text(node, "role", path), text(node, "numbers", path),
                list(node, "tags", path), dims, new HashSet<>(list(node, "questionIds", path)),
                new HashSet<>(list(node, "bankIds", path)), created, updated.isBefore(created) ? created : updated);
    }

    private static String text(JsonNode node, String field, String path) throws InvalidField {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new InvalidField(path + "." + field, "must be text");
        }
        return v.asText();
    }

    private static List<String> list(JsonNode node, String field, String path) throws InvalidField {
        JsonNode v = node.get(field);
        List<String> values = new ArrayList<>();
        if (v == null || v.isNull()) {
            return values;
        }
        if (!v.isArray()) {
            throw new InvalidField(path + "." + field, "must be a list of text");
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new InvalidField(path + "." + field + "[" + i + "]", "must be text");
            }
            values.add(v.get(i).asText());
        }
        return values;
    }


}
