package org.emdrill.bank;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.emdrill.domain.Dimension;
import org.emdrill.domain.OptionalDimension;
import org.emdrill.domain.Rubric;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.RubricScale;

/**
 * Reads the scoring rubric ({@code rubric.json}) as strictly as banks: every dimension must be there,
 * each with a description of every level from 1 to 5. Levels may also carry checkable markers and a
 * scenario wording, dimensions a pass mark per manager level, and the rubric optional extra dimensions
 * (see {@link RubricScaleReader} and decision record 0006). The first format, one text per level, still reads.
 */
public final class RubricParser {

    public static final int CURRENT_SCHEMA_VERSION = 1;
    public static final String OPTIONAL_DIMENSIONS = "optionalDimensions";

    private static final Set<String> KNOWN_FIELDS = Set.of("$schema", SchemaVersion.FIELD, "dimensions",
            OPTIONAL_DIMENSIONS);
    private static final Set<String> KNOWN_DIMENSION_FIELDS = Set.of("assesses", "levels", "pass");
    private static final Set<String> KNOWN_OPTIONAL_FIELDS = Set.of("name", "assesses", "levels", "pass");

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
        Map<String, OptionalDimension> optional = optionalDimensions(root, fields);
        return findings.result(findings.hasErrors() ? null : new Rubric(dimensions, optional));
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
                        + "\"; valid dimensions are " + Dimension.allIds()
                        + (m.name().matches(BankLimits.ID_PATTERN)
                                ? " (an extra dimension goes under \"" + OPTIONAL_DIMENSIONS + "\")" : ""));
            }
            if (!(m.value() instanceof JsonValue.Obj d)) {
                fields.wrongType(m.value(), path, "an object with \"assesses\" and \"levels\"");
                continue;
            }
            int errorsBefore = fields.findings().errorCount();
            String assesses = fields.text(d, "assesses", path, true, BankLimits.MAX_RUBRIC_TEXT_CHARS);
            fields.warnUnknownFields(d, path, KNOWN_DIMENSION_FIELDS);
            RubricScale scale = new RubricScaleReader(fields).read(d, path);
            if (dimension != null && fields.findings().errorCount() == errorsBefore) {
                result.put(dimension, new RubricDimension(dimension, assesses, scale));
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

    /** Optional: dimensions a user may turn on, described like the five but with a name of their own. */
    private static Map<String, OptionalDimension> optionalDimensions(JsonValue.Obj root, Fields fields) {
        Map<String, OptionalDimension> result = new LinkedHashMap<>();
        JsonValue.Obj dims = fields.object(root, OPTIONAL_DIMENSIONS, "", false, "");
        if (dims == null) {
            return result;
        }
        for (JsonValue.Member m : dims.members().values()) {
            String path = FieldPath.child(OPTIONAL_DIMENSIONS, m.name());
            int errorsBefore = fields.findings().errorCount();
            checkOptionalId(m, path, fields);
            if (!(m.value() instanceof JsonValue.Obj d)) {
                fields.wrongType(m.value(), path, "an object with \"name\", \"assesses\" and \"levels\"");
                continue;
            }
            String name = fields.text(d, "name", path, true, BankLimits.MAX_TITLE_CHARS);
            String assesses = fields.text(d, "assesses", path, true, BankLimits.MAX_RUBRIC_TEXT_CHARS);
            fields.warnUnknownFields(d, path, KNOWN_OPTIONAL_FIELDS);
            RubricScale scale = new RubricScaleReader(fields).read(d, path);
            if (fields.findings().errorCount() == errorsBefore) {
                result.put(m.name(), new OptionalDimension(m.name(), name, assesses, scale));
            }
        }
        return result;
    }

    private static void checkOptionalId(JsonValue.Member m, String path, Fields fields) {
        String id = m.name();
        if (Dimension.fromId(id).isPresent()) {
            fields.findings().error(m.namePosition(), path, "\"" + id + "\" is already one of the five assessed "
                    + "dimensions; describe it under \"dimensions\" and give the optional one another id");
        } else if (id.length() > BankLimits.MAX_ID_CHARS || !id.matches(BankLimits.ID_PATTERN)) {
            String suggestion = Fields.slug(id);
            fields.findings().error(m.namePosition(), path, "id \"" + Messages.quote(id) + "\" is not valid; use "
                    + "lowercase letters and digits joined by single hyphens"
                    + (suggestion.isEmpty() ? "" : ", like \"" + suggestion + "\""));
        }
    }
}
