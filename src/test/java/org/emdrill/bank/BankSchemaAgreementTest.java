package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.emdrill.domain.BankSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped for editors ({@code questions/schema/bank.schema.json}) and the parser must
 * agree on what a valid bank is. Rules a schema cannot express are left out on purpose: unique ids
 * (within and across banks), duplicate keys, file size, nesting depth, and a whole number written with
 * a fraction such as 2.0 (a schema "integer" accepts it; the parser does not).
 *
 * Needs com.networknt:json-schema-validator (test scope).
 */
class BankSchemaAgreementTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    private static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "team",
              "title": "Team",
              "description": "Drills for team work.",
              "questions": [
                {
                  "id": "team-one",
                  "prompt": "Tell me about a hard conversation.",
                  "followUps": ["What then?"],
                  "dimensions": { "coaching": 3, "leadership": 2 },
                  "signals": ["Listens"],
                  "redFlags": ["Blames"],
                  "tags": ["feedback"],
                  "targetSeconds": 120,
                  "level": "new-manager",
                  "kind": "story",
                  "assesses": "Whether feedback lands.",
                  "outline": ["Context", "Action", "Result", "Lesson"],
                  "expectations": { "experienced-manager": "Has the talk.", "manager-of-managers": "Coaches it." }
                }
              ]
            }
            """;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = BankSchemaAgreementTest.class
                .getResourceAsStream("/org/emdrill/questions/schema/bank.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
        }
    }

    static Stream<Arguments> banks() {
        return Stream.of(
                Arguments.of("valid", VALID, true),
                Arguments.of("unknown field is allowed", VALID.replace("\"title\"", "\"colour\": 1, \"title\""), true),
                Arguments.of("schema reference", VALID.replace("\"title\"", "\"$schema\": \"x.json\", \"title\""), true),
                Arguments.of("no optional fields", """
                        {"schemaVersion": 1, "id": "b", "title": "B",
                         "questions": [{"id": "q", "prompt": "Why?", "dimensions": {"execution": 10}}]}
                        """, true),
                Arguments.of("empty description", VALID.replace("Drills for team work.", ""), true),
                Arguments.of("newer schemaVersion", VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), false),
                Arguments.of("older schemaVersion", VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 0"), false),
                Arguments.of("schemaVersion as text", VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""), false),
                Arguments.of("missing schemaVersion", VALID.replace("\"schemaVersion\": 1,", ""), false),
                Arguments.of("missing id", VALID.replace("\"id\": \"team\",", ""), false),
                Arguments.of("id with capitals", VALID.replace("\"id\": \"team\"", "\"id\": \"Team\""), false),
                Arguments.of("id with double hyphen", VALID.replace("\"team-one\"", "\"team--one\""), false),
                Arguments.of("id too long", VALID.replace("\"team-one\"", "\"" + "a".repeat(81) + "\""), false),
                Arguments.of("id of 80", VALID.replace("\"team-one\"", "\"" + "a".repeat(80) + "\""), true),
                Arguments.of("blank title", VALID.replace("\"Team\"", "\" \""), false),
                Arguments.of("description not text", VALID.replace("\"Drills for team work.\"", "3"), false),
                Arguments.of("empty questions", VALID.replaceAll("(?s)\\[\\s*\\{.*\\}\\s*\\]", "[]"), false),
                Arguments.of("question not an object", VALID.replaceAll("(?s)\\[\\s*\\{.*\\}\\s*\\]", "[\"Why?\"]"), false),
                Arguments.of("missing prompt", VALID.replace("\"prompt\": \"Tell me about a hard conversation.\",", ""), false),
                Arguments.of("blank prompt", VALID.replace("Tell me about a hard conversation.", "   "), false),
                Arguments.of("prompt too long", VALID.replace("Tell me about a hard conversation.", "x".repeat(2001)), false),
                Arguments.of("prompt at limit", VALID.replace("Tell me about a hard conversation.", "x".repeat(2000)), true),
                Arguments.of("missing dimensions", VALID.replace("\"dimensions\": { \"coaching\": 3, \"leadership\": 2 },", ""), false),
                Arguments.of("empty dimensions", VALID.replace("{ \"coaching\": 3, \"leadership\": 2 }", "{}"), false),
                Arguments.of("unknown dimension", VALID.replace("\"coaching\": 3", "\"vision\": 3"), false),
                Arguments.of("weight as text", VALID.replace("\"coaching\": 3", "\"coaching\": \"3\""), false),
                Arguments.of("weight zero", VALID.replace("\"coaching\": 3", "\"coaching\": 0"), false),
                Arguments.of("weight eleven", VALID.replace("\"coaching\": 3", "\"coaching\": 11"), false),
                Arguments.of("weight fraction", VALID.replace("\"coaching\": 3", "\"coaching\": 2.5"), false),
                Arguments.of("targetSeconds too short", VALID.replace("120", "29"), false),
                Arguments.of("targetSeconds too long", VALID.replace("120", "1801"), false),
                Arguments.of("targetSeconds at bounds", VALID.replace("120", "30"), true),
                Arguments.of("unknown level", VALID.replace("\"new-manager\"", "\"senior\""), false),
                Arguments.of("null level", VALID.replace("\"new-manager\"", "null"), false),
                Arguments.of("blank tag", VALID.replace("[\"feedback\"]", "[\"\"]"), false),
                Arguments.of("tag too long", VALID.replace("\"feedback\"", "\"" + "t".repeat(61) + "\""), false),
                Arguments.of("follow-up not text", VALID.replace("[\"What then?\"]", "[1]"), false),
                Arguments.of("signals not a list", VALID.replace("[\"Listens\"]", "\"Listens\""), false),
                Arguments.of("top level a list", "[" + VALID + "]", false),
                Arguments.of("scenario kind", VALID.replace("\"story\"", "\"scenario\""), true),
                Arguments.of("unknown kind", VALID.replace("\"story\"", "\"anecdote\""), false),
                Arguments.of("kind not text", VALID.replace("\"story\"", "2"), false),
                Arguments.of("blank assesses", VALID.replace("Whether feedback lands.", " "), false),
                Arguments.of("assesses too long", VALID.replace("Whether feedback lands.", "a".repeat(1001)), false),
                Arguments.of("assesses at limit", VALID.replace("Whether feedback lands.", "a".repeat(1000)), true),
                Arguments.of("assesses not text", VALID.replace("\"Whether feedback lands.\"", "[]"), false),
                Arguments.of("outline of three", VALID.replace(", \"Lesson\"", ""), false),
                Arguments.of("outline of six", VALID.replace("\"Lesson\"", "\"Lesson\", \"5\", \"6\""), true),
                Arguments.of("outline of seven", VALID.replace("\"Lesson\"", "\"Lesson\", \"5\", \"6\", \"7\""), false),
                Arguments.of("empty outline", VALID.replace("[\"Context\", \"Action\", \"Result\", \"Lesson\"]", "[]"), false),
                Arguments.of("outline item blank", VALID.replace("\"Lesson\"", "\" \""), false),
                Arguments.of("outline item not text", VALID.replace("\"Lesson\"", "4"), false),
                Arguments.of("outline not a list", VALID.replace("[\"Context\", \"Action\", \"Result\", \"Lesson\"]", "\"Context\""), false),
                Arguments.of("expectations unknown level", VALID.replace("{ \"experienced-manager\": \"Has", "{ \"senior\": \"Has"), false),
                Arguments.of("expectations value not text", VALID.replace("\"Coaches it.\"", "3"), false),
                Arguments.of("expectations value blank", VALID.replace("\"Coaches it.\"", "\"\""), false),
                Arguments.of("expectations not an object", VALID.replaceAll("\\{ \"experienced-manager\": .*? \\}", "[]"), false),
                Arguments.of("empty expectations", VALID.replaceAll("\\{ \"experienced-manager\": .*? \\}", "{}"), true),
                Arguments.of("no level, any level", VALID.replace("\"level\": \"new-manager\",", ""), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("banks")
    void schemaAndParserAgree(String name, String json, boolean expectedValid) throws IOException {
        Set<ValidationMessage> schemaErrors = schema.validate(MAPPER.readTree(json));
        ParseResult<?> parsed = new BankParser().parse(json.getBytes(StandardCharsets.UTF_8), "t.json",
                BankSource.USER);

        assertEquals(expectedValid, schemaErrors.isEmpty(), () -> name + ": schema says " + schemaErrors);
        assertEquals(expectedValid, parsed.isValid(), () -> name + ": parser says " + parsed.problems());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.emdrill.bank.BankSchemaAgreementTest#bundledBankNames")
    void everyBundledBankPassesTheSchema(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/emdrill/questions/" + file)) {
            Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(in));
            assertTrue(errors.isEmpty(), () -> file + ": " + errors);
        }
    }

    static Stream<String> bundledBankNames() {
        return new BankLibraryLoader(BankLibraryLoader.BUNDLED_FOLDER, null).load().banks().stream()
                .map(b -> b.origin());
    }
}
