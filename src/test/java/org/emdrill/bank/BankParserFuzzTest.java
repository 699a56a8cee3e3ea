package org.emdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.RubricDimension;
import org.emdrill.domain.Problem;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Rubric;
import org.junit.jupiter.api.Test;

/**
 * Damaged files of every kind must come back as problems that name the file, never as an exception.
 * The loader's contract is checked on at least 1,000 damaged copies of each kind of file in every run,
 * and every single copy is checked, whichever way it comes out: rejected with problems that name the
 * file, or accepted as a bank that keeps the bank format's rules. The random source is seeded, so a
 * failure here reproduces exactly.
 */
class BankParserFuzzTest {

    /** Each of the two bank fixtures is damaged this often, and the rubric twice as often. */
    private static final int MUTATIONS_PER_FIXTURE = 500;
    private static final List<String> BANK_FIXTURES = List.of("good-bank.json", "second-bank.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final byte[] PUNCTUATION = "{}[]\":,\\ \n0-.eE\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final BankParser bankParser = new BankParser();
    private final RubricParser rubricParser = new RubricParser();

    @Test
    void damagedBanksNeverThrowAndEveryProblemNamesTheFile() throws IOException {
        Random random = new Random(20240611L);
        int checked = 0;
        int failed = 0;
        for (String fixture : BANK_FIXTURES) {
            byte[] original = TestFiles.resource(fixture);
            for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
                byte[] mutated = mutate(original, random);
                String name = "fuzz-" + fixture + "-" + i;
                ParseResult<QuestionBank> result = parseQuietly(() -> bankParser.parse(mutated, name, BankSource.USER),
                        mutated);
                if (!result.isValid()) {
                    failed++;
                    assertProblemsNameFile(result.problems(), name, mutated);
                } else {
                    assertKeepsTheBankRules(result.value(), mutated);
                }
                result.warnings().forEach(w -> assertEquals(name, w.file()));
                checked++;
            }
        }
        assertEquals(BANK_FIXTURES.size() * MUTATIONS_PER_FIXTURE, checked);
        assertTrue(checked >= 1_000, "the contract asks for at least 1,000 damaged banks, checked " + checked);
        assertTrue(failed > checked / 2, "most damage must be caught, caught " + failed + " of " + checked);
    }

    @Test
    void damagedRubricsNeverThrowAndEveryProblemNamesTheFile() throws IOException {
        Random random = new Random(7L);
        byte[] original = TestFiles.resource("rubric.json");
        int checked = 0;
        int failed = 0;
        for (int i = 0; i < 2 * MUTATIONS_PER_FIXTURE; i++) {
            byte[] mutated = mutate(original, random);
            String name = "rubric-" + i;
            ParseResult<Rubric> result = parseQuietly(() -> rubricParser.parse(mutated, name), mutated);
            if (!result.isValid()) {
                failed++;
                assertProblemsNameFile(result.problems(), name, mutated);
            } else {
                // The rubric contract: every dimension is described, at every level.
                String where = "accepted rubric from input:\n" + new String(mutated, java.nio.charset.StandardCharsets.UTF_8);
                for (Dimension d : Dimension.values()) {
                    RubricDimension described = result.value().dimensions().get(d);
                    assertNotNull(described, () -> d + " is missing from the " + where);
                    assertFalse(described.assesses().isBlank(), where);
                    for (int level = RubricDimension.MIN_LEVEL; level <= RubricDimension.MAX_LEVEL; level++) {
                        assertFalse(described.describe(level).isBlank(), d + " level " + level + ", " + where);
                    }
                }
            }
            result.warnings().forEach(w -> assertEquals(name, w.file()));
            checked++;
        }
        assertTrue(checked >= 1_000, "the contract asks for at least 1,000 damaged rubrics, checked " + checked);
        assertTrue(failed > checked / 2, "most damage must be caught, caught " + failed + " of " + checked);
    }

    /** An accepted bank keeps the format's rules (questions/README.md), however its file was damaged. */
    private static void assertKeepsTheBankRules(QuestionBank bank, byte[] input) {
        String where = "accepted bank from input:\n" + new String(input, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(bank.id().isBlank(), where);
        assertFalse(bank.title().isBlank(), where);
        assertFalse(bank.questions().isEmpty(), where);
        for (Question q : bank.questions()) {
            assertFalse(q.id().isBlank(), where);
            assertFalse(q.prompt().isBlank(), where);
            assertFalse(q.dimensions().isEmpty(), where);
            q.dimensions().values().forEach(w -> assertTrue(w > 0, where));
            assertTrue(q.targetSeconds() > 0, where);
        }
    }

    private interface Parse<T> {
        ParseResult<T> run();
    }

    private static <T> ParseResult<T> parseQuietly(Parse<T> parse, byte[] input) {
        try {
            return parse.run();
        } catch (RuntimeException e) {
            throw new AssertionError("parser threw on input:\n" + new String(input,
                    java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    private static void assertProblemsNameFile(List<Problem> problems, String name, byte[] input) {
        assertFalse(problems.isEmpty());
        for (Problem p : problems) {
            assertEquals(name, p.file(), p::toString);
            assertFalse(p.message().isBlank(), p::toString);
            assertTrue(p.line() >= 0 && p.column() >= 0, p::toString);
            if (p.message().contains("Exception") || p.message().contains("jackson")) {
                fail("message leaks parser internals: " + p + "\ninput:\n" + new String(input,
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) throws IOException {
        switch (random.nextInt(6)) {
            case 0:
                return flipBytes(original, random);
            case 1:
                return deleteSpan(original, random);
            case 2:
                return Arrays.copyOf(original, random.nextInt(original.length));
            case 3:
                return insertPunctuation(original, random);
            default:
                return mutateTree(original, random);
        }
    }

    private static byte[] flipBytes(byte[] original, Random random) {
        byte[] copy = original.clone();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] deleteSpan(byte[] original, Random random) {
        int start = random.nextInt(original.length);
        int end = Math.min(original.length, start + 1 + random.nextInt(40));
        byte[] copy = new byte[original.length - (end - start)];
        System.arraycopy(original, 0, copy, 0, start);
        System.arraycopy(original, end, copy, start, original.length - end);
        return copy;
    }

    private static byte[] insertPunctuation(byte[] original, Random random) {
        int at = random.nextInt(original.length + 1);
        byte b = PUNCTUATION[random.nextInt(PUNCTUATION.length)];
        byte[] copy = new byte[original.length + 1];
        System.arraycopy(original, 0, copy, 0, at);
        copy[at] = b;
        System.arraycopy(original, at, copy, at + 1, original.length - at);
        return copy;
    }

    /** Removes a field or item, or replaces a value with one of another type, then writes the JSON again. */
    private static byte[] mutateTree(byte[] original, Random random) throws IOException {
        JsonNode root = MAPPER.readTree(original);
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        boolean remove = random.nextInt(3) == 0;
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (remove) {
                object.remove(name);
            } else {
                object.set(name, randomValue(random));
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (remove) {
                array.remove(index);
            } else {
                array.set(index, randomValue(random));
            }
        }
        return MAPPER.writeValueAsBytes(root);
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectContainers(it.next(), into);
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        switch (random.nextInt(12)) {
            case 0: return NODES.textNode("");
            case 1: return NODES.textNode("leadership");
            case 2: return NODES.numberNode(random.nextInt(5000) - 100);
            case 3: return NODES.numberNode(2.5);
            case 4: return NODES.booleanNode(random.nextBoolean());
            case 5: return NODES.nullNode();
            case 6: return NODES.objectNode();
            case 7: return NODES.arrayNode();
            case 8: return NODES.textNode("x".repeat(2500));
            case 9: return NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 10: {
                ArrayNode deep = NODES.arrayNode();
                ArrayNode inner = deep;
                for (int i = 0; i < 40; i++) {
                    inner = inner.addArray();
                }
                return deep;
            }
            default: {
                ObjectNode dims = NODES.objectNode();
                dims.put("vision", 3);
                dims.put("coaching", "3");
                return dims;
            }
        }
    }
}
