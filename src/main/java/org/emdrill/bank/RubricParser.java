package org.emdrill.bank;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.RubricDimension;

/**
 * Reads the scoring rubric ({@code rubric.json}) as strictly as banks: every dimension must be there,
 * each with a description of every level from 1 to 5.
 */
public final class RubricParser {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    private static final Set<String> KNOWN_FIELDS = Set.of("$schema", SchemaVersion.FIELD, "dimensions");
    private static final Set<String> KNOWN_DIMENSION_FIELDS = Set.of("assesses", "levels");

    public ParseResult<Rubric> parse(byte[] content, String file) {
        Objects.requireNonNull(content, "content");
        Findings findings = new Findings(file);
        LocatedJsonReader.Outcome json = LocatedJsonReader.read(content, file, "the rubric");
        findings.addErrors(json.problems());
        if (!(json.root() instanceof JsonValue.Obj root)) {
            return findings.result(null);
        }
        Fields fields = new Fields(findings);
        if (SchemaVersion.check(root, fields, CURRENT_SCHEMA_VERSION) == SchemaVersion.Verdict.NEWER) {
            return findings.result(null);
        }
        fields.warnUnknownFields(root, "", KNOWN_FIELDS);
        Map<Dimension, RubricDimension> dimensions = dimensions(root, fields);
        return findings.result(findings.hasErrors() ? null : new Rubric(dimensions));
    }

    private static Map<Dimension, RubricDimension> dimensions(JsonValue.Obj root, Fields fields) {
        Map<Dimension, RubricDimension> result = new EnumMap<>(Dimension.class);
        JsonValue.Obj dims = fields.object(root, "dimensions", "", true,
                "the rubric describes each of " + Dimension.allIds());
        if (dims == null) {
            return result;
        }
        for (JsonValue.Member m : dims.members().values()) {
            String path = FieldPath.child("dimensions", m.name());
            Dimension dimension = Dimension.fromId(m.name()).orElse(null);
            if (dimension == null) {
                fields.findings().error(m.namePosition(), path, "unknown dimension \"" + Messages.quote(m.name())
                        + "\"; valid dimensions are " + Dimension.allIds());
            }
            if (!(m.value() instanceof JsonValue.Obj d)) {
                fields.wrongType(m.value(), path, "an object with \"assesses\" and \"levels\"");
                continue;
            }
            RubricDimension read = dimension(d, dimension, path, fields);
            if (read != null) {
                result.put(dimension, read);
            }
        }
        for (Dimension d : Dimension.values()) {
            if (!dims.members().containsKey(d.id())) {
                fields.findings().error(dims.position(), FieldPath.child("dimensions", d.id()),
                        "missing dimension \"" + d.id() + "\"; the rubric must describe all of " + Dimension.allIds());
            }
        }
        return result;
    }

    /** Null when anything is wrong, or when the dimension id itself was unknown. */
    private static RubricDimension dimension(JsonValue.Obj d, Dimension dimension, String path, Fields fields) {
        int errorsBefore = fields.findings().errorCount();
        String assesses = fields.text(d, "assesses", path, true, BankLimits.MAX_RUBRIC_TEXT_CHARS);
        fields.warnUnknownFields(d, path, KNOWN_DIMENSION_FIELDS);
        Map<Integer, String> levels = levels(d, path, fields);
        if (dimension == null || fields.findings().errorCount() > errorsBefore) {
            return null;
        }
        return new RubricDimension(dimension, assesses, levels);
    }

    private static Map<Integer, String> levels(JsonValue.Obj d, String path, Fields fields) {
        Map<Integer, String> levels = new HashMap<>();
        JsonValue.Obj obj = fields.object(d, "levels", path, true,
                "describe each level from \"1\" to \"5\"");
        if (obj == null) {
            return levels;
        }
        String levelsPath = FieldPath.child(path, "levels");
        for (JsonValue.Member m : obj.members().values()) {
            String levelPath = FieldPath.child(levelsPath, m.name());
            Integer level = levelNumber(m.name());
            if (level == null) {
                fields.findings().error(m.namePosition(), levelPath, "unknown level \"" + Messages.quote(m.name())
                        + "\"; levels are \"1\" to \"" + RubricDimension.MAX_LEVEL + "\"");
            }
            String text = fields.text(m.value(), levelPath, BankLimits.MAX_RUBRIC_TEXT_CHARS);
            if (level != null && text != null) {
                levels.put(level, text);
            }
        }
        for (int level = RubricDimension.MIN_LEVEL; level <= RubricDimension.MAX_LEVEL; level++) {
            if (!obj.members().containsKey(Integer.toString(level))) {
                fields.findings().error(obj.position(), FieldPath.child(levelsPath, Integer.toString(level)),
                        "missing level \"" + level + "\"; describe every level from \"1\" to \""
                                + RubricDimension.MAX_LEVEL + "\"");
            }
        }
        return levels;
    }

    private static Integer levelNumber(String key) {
        for (int level = RubricDimension.MIN_LEVEL; level <= RubricDimension.MAX_LEVEL; level++) {
            if (key.equals(Integer.toString(level))) {
                return level;
            }
        }
        return null;
    }
}
