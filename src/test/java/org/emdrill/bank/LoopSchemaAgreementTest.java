package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loop and ask schemas shipped for editors agree with the parsers. Left out on purpose, as for banks:
 * rules a schema cannot express, such as questions existing in a bank, each question at most once, and the
 * questions fitting in the slot's minutes.
 */
class LoopSchemaAgreementTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema loopSchema;
    private static JsonSchema askSchema;

    private static final String ASK = """
            {"schemaVersion": 1, "groups": [{"title": "Team", "questions": ["Who left?", "Why?"]}]}
            """;

    @BeforeAll
    static void loadSchemas() throws IOException {
        loopSchema = schema("loop.schema.json");
        askSchema = schema("ask.schema.json");
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = LoopSchemaAgreementTest.class
                .getResourceAsStream("/org/emdrill/questions/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
        }
    }

    static Stream<Arguments> loops() {
        String v = LoopParserTest.VALID.replace("\"minutes\": 15", "\"minutes\": 60");
        return Stream.of(
                Arguments.of("valid", v, true),
                Arguments.of("unknown field", v.replace("\"title\"", "\"colour\": 1, \"title\""), true),
                Arguments.of("no optional settings", v.replace("\"prepSeconds\": 30,", "")
                        .replace("\"followUps\": 2,", "").replace("\"followUpSeconds\": 60,", ""), true),
                Arguments.of("empty description", v.replace("Two questions.", ""), true),
                Arguments.of("blank description", v.replace("Two questions.", "  "), false),
                Arguments.of("newer schemaVersion", v.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), false),
                Arguments.of("missing minutes", v.replace("\"minutes\": 60,", ""), false),
                Arguments.of("minutes too small", v.replace("\"minutes\": 60", "\"minutes\": 9"), false),
                Arguments.of("minutes too large", v.replace("\"minutes\": 60", "\"minutes\": 181"), false),
                Arguments.of("prep too long", v.replace("\"prepSeconds\": 30", "\"prepSeconds\": 601"), false),
                Arguments.of("three follow-ups", v.replace("\"followUps\": 2", "\"followUps\": 3"), false),
                Arguments.of("follow-up too short", v.replace("\"followUpSeconds\": 60", "\"followUpSeconds\": 29"), false),
                Arguments.of("answer too short", v.replace("\"answerSeconds\": 180", "\"answerSeconds\": 29"), false),
                Arguments.of("answer as text", v.replace("\"answerSeconds\": 180", "\"answerSeconds\": \"180\""), false),
                Arguments.of("bad question id", v.replace("\"underperformers-plan\"", "\"Plan\""), false),
                Arguments.of("missing answer time", v.replace(", \"answerSeconds\": 180", ""), false),
                Arguments.of("blank focus", v.replace("The opener.", " "), false),
                Arguments.of("no questions", v.replaceFirst("(?s)\"questions\": \\[.*]", "\"questions\": []"), false),
                Arguments.of("bad loop id", v.replace("\"startup\"", "\"Start Up\""), false));
    }

    static Stream<Arguments> asks() {
        return Stream.of(
                Arguments.of("valid", ASK, true),
                Arguments.of("unknown field", ASK.replace("\"groups\"", "\"x\": 1, \"groups\""), true),
                Arguments.of("no groups", "{\"schemaVersion\": 1, \"groups\": []}", false),
                Arguments.of("empty group", ASK.replace("[\"Who left?\", \"Why?\"]", "[]"), false),
                Arguments.of("blank question", ASK.replace("\"Why?\"", "\" \""), false),
                Arguments.of("missing title", ASK.replace("\"title\": \"Team\", ", ""), false),
                Arguments.of("question as number", ASK.replace("\"Why?\"", "7"), false));
    }

    @ParameterizedTest(name = "loop: {0}")
    @MethodSource("loops")
    void loopSchemaAndParserAgree(String name, String json, boolean expectedValid) throws IOException {
        Set<ValidationMessage> schemaErrors = loopSchema.validate(MAPPER.readTree(json));
        ParseResult<?> parsed = new LoopParser().parse(json.getBytes(StandardCharsets.UTF_8), "t.json", null);

        assertEquals(expectedValid, schemaErrors.isEmpty(), () -> name + ": schema says " + schemaErrors);
        assertEquals(expectedValid, parsed.isValid(), () -> name + ": parser says " + parsed.problems());
    }

    @ParameterizedTest(name = "ask: {0}")
    @MethodSource("asks")
    void askSchemaAndParserAgree(String name, String json, boolean expectedValid) throws IOException {
        Set<ValidationMessage> schemaErrors = askSchema.validate(MAPPER.readTree(json));
        ParseResult<?> parsed = new AskParser().parse(json.getBytes(StandardCharsets.UTF_8), "t.json");

        assertEquals(expectedValid, schemaErrors.isEmpty(), () -> name + ": schema says " + schemaErrors);
        assertEquals(expectedValid, parsed.isValid(), () -> name + ": parser says " + parsed.problems());
    }

    @Test
    void everyBundledLoopAndTheQuestionsToAskPassTheirSchemas() throws IOException {
        for (String loop : new String[] {"leadership-principles", "people-management-and-project-retrospective",
                "hypothetical-scenarios", "startup-director"}) {
            try (InputStream in = getClass().getResourceAsStream("/org/emdrill/questions/loops/" + loop + ".json")) {
                Set<ValidationMessage> errors = loopSchema.validate(MAPPER.readTree(in));
                assertTrue(errors.isEmpty(), () -> loop + ": " + errors);
            }
        }
        try (InputStream in = getClass().getResourceAsStream("/org/emdrill/questions/ask/ask-the-interviewer.json")) {
            Set<ValidationMessage> errors = askSchema.validate(MAPPER.readTree(in));
            assertTrue(errors.isEmpty(), () -> "ask: " + errors);
        }
    }
}
