package org.emdrill.bank;

import static org.emdrill.bank.TestFiles.describe;
import static org.emdrill.bank.TestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not well-formed JSON, or not a JSON object, or too big to read. */
class BankFileSyntaxTest {

    private static final String FILE = "broken.json";
    private static final String GOOD_QUESTION =
            "{\"id\": \"q\", \"prompt\": \"Why?\", \"dimensions\": {\"coaching\": 1}}";

    private final BankParser parser = new BankParser();

    private Problem onlyProblem(byte[] content) {
        ParseResult<QuestionBank> result = parser.parse(content, FILE, BankSource.USER);
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size(), () -> describe(result.problems()));
        Problem p = result.problems().get(0);
        assertEquals(FILE, p.file());
        assertPlain(p.message());
        return p;
    }

    /** Messages are for bank authors: no parser class names, feature names or stack traces. */
    private static void assertPlain(String message) {
        for (String leak : new String[] {"jackson", "Exception", "fasterxml", "`", "Feature", "code 1", "[Source",
                "\tat "}) {
            assertFalse(message.contains(leak), () -> "message leaks \"" + leak + "\": " + message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma in object | {"schemaVersion": 1,\\n} | 2 | 1 | comma before } is not allowed
            trailing comma in list | {"a": [1,\\n ]} | 2 | 2 | comma before ] is not allowed
            missing comma | {"a": 1\\n "b": 2} | 2 | 2 | comma is missing between two fields
            missing colon | {"a" 1} | 1 | 6 | expected : after the field name
            single quotes | {'a': 1} | 1 | 2 | double quotes
            comment | {\\n// note\\n"a": 1} | 2 | 1 | comments are not allowed
            bare word | {"a": yes} | 1 | 7 | unknown word 'yes'
            unclosed text | {"a": "abc | 1 | 11 | closing " is missing
            cut off | {"a": [1, 2 | 1 | 12 | a ] is missing
            cut off object | {"a": 1 | 1 | 8 | a } is missing
            wrong closer | {"a": [1} | 1 | 9 | must be closed with ] first
            leading zero | {"a": 07} | 1 | 8 | may not start with 0
            line break in text | {"a": "one\\ntwo"} | 1 | 11 | line break
            text after the object | {"a": 1}\\n{"b": 2} | 2 | 1 | after the
            """)
    void reportsSyntaxErrorWithPositionAndPlainMessage(String name, String json, int line, int column, String part) {
        Problem p = onlyProblem(utf8(json.replace("\\n", "\n")));

        assertEquals(line, p.line(), () -> name + ": " + p);
        assertEquals(column, p.column(), () -> name + ": " + p);
        assertTrue(p.message().contains(part), () -> name + ": " + p.message());
    }

    @Test
    void reportsTextThatIsNotJsonAtAll() {
        Problem p = onlyProblem(utf8("This is a bank about conflict."));

        assertEquals(1, p.line());
        assertEquals(1, p.column());
        assertTrue(p.message().startsWith("unknown word 'This'"), p.message());
    }

    @Test
    void reportsEmptyFile() {
        Problem p = onlyProblem(new byte[0]);

        assertEquals(0, p.line());
        assertEquals("the file is empty; a bank is a JSON object that starts with {", p.message());
    }

    @Test
    void reportsFileOfOnlyBlankSpace() {
        Problem p = onlyProblem(utf8(" \n\t\n"));

        assertTrue(p.message().startsWith("the file holds only blank space"), p.message());
    }

    @Test
    void reportsTopLevelValueThatIsNotAnObject() {
        Problem p = onlyProblem(utf8("\n  [" + GOOD_QUESTION + "]"));

        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertEquals("the file must hold one JSON object ({ … }) with a bank, but it holds a list", p.message());
    }

    @Test
    void refusesFileOverTwoMebibytesBeforeParsing() {
        byte[] huge = new byte[(int) BankLimits.MAX_FILE_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        Problem p = onlyProblem(huge);

        assertTrue(p.message().contains("limited to 2 MiB"), p.message());
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "{\"a\": " + "[".repeat(40) + "]".repeat(40) + "}";

        Problem p = onlyProblem(utf8(deep));

        assertEquals(1, p.line());
        assertEquals(7 + 31, p.column(), "the 33rd level, counting the top object as the first");
        assertEquals("a" + "[0]".repeat(31), p.field());
        assertTrue(p.message().contains("more than 32 levels"), p.message());
    }

    @Test
    void acceptsNestingUpToTheLimitInUnknownFields() {
        String json = "{\"schemaVersion\": 1, \"id\": \"b\", \"title\": \"B\", \"questions\": [" + GOOD_QUESTION
                + "], \"extra\": " + "[".repeat(31) + "]".repeat(31) + "}";

        ParseResult<QuestionBank> result = parser.parse(utf8(json), FILE, BankSource.USER);

        assertTrue(result.isValid(), () -> describe(result.problems()));
    }

    @Test
    void reportsBytesThatAreNotUtf8AtTheirPosition() {
        byte[] latin1 = "{\n  \"title\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        Problem p = onlyProblem(latin1);

        assertEquals(2, p.line());
        assertEquals(16, p.column());
        assertTrue(p.message().contains("not valid UTF-8"), p.message());
        assertTrue(p.message().contains("0xE9"), p.message());
    }

    @Test
    void reportsUtf16File() {
        Problem p = onlyProblem("{\"a\": 1}".getBytes(StandardCharsets.UTF_16));

        assertTrue(p.message().contains("UTF-16"), p.message());
    }

    @Test
    void acceptsUtf8ByteOrderMark() {
        String json = "\uFEFF{\"schemaVersion\": 1, \"id\": \"b\", \"title\": \"B\", \"questions\": [" + GOOD_QUESTION
                + "]}";

        assertTrue(parser.parse(utf8(json), FILE, BankSource.USER).isValid());
    }

    @Test
    void countsColumnsInCharactersNotBytes() {
        // Four two-byte letters before the error: a byte count would put it at column 18.
        Problem p = onlyProblem(utf8("{\"t\": \"\u00e9\u00e9\u00e9\u00e9\" x}"));

        assertEquals(14, p.column());
    }

    @Test
    void reportsDuplicateKeysInEveryObjectNotOnlyTheFirst() {
        String json = "{\"schemaVersion\": 1, \"schemaVersion\": 1, \"id\": \"b\", \"title\": \"B\", \"questions\": "
                + "[{\"id\": \"q\", \"id\": \"q\", \"prompt\": \"Why?\", \"dimensions\": {\"coaching\": 1, \"coaching\": 2}}]}";

        ParseResult<QuestionBank> result = parser.parse(utf8(json), FILE, BankSource.USER);

        assertEquals(3, result.problems().size(), () -> describe(result.problems()));
        assertEquals("questions[0].dimensions.coaching", result.problems().get(2).field());
        result.problems().forEach(p -> assertTrue(p.message().contains("appears twice"), p.message()));
    }
}
