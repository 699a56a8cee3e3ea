package org.emdrill.bank;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads a JSON file into a {@link JsonValue} tree that keeps the line and column of every value.
 *
 * <p>Only Jackson's streaming parser is used: no data binding, so no type information in a file can
 * ever choose which classes get created. The bytes are decoded as strict UTF-8 first, which both
 * rejects other encodings with a precise position and makes Jackson's columns count characters rather
 * than bytes.
 */
final class LocatedJsonReader {

    private static final System.Logger LOG = System.getLogger(LocatedJsonReader.class.getName());

    /**
     * Jackson's own limits are a safety net behind the checks below, which give better messages; they
     * sit a little above ours so that ours normally fire first.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(BankLimits.MAX_NESTING_DEPTH + 1)
                    .maxDocumentLength(BankLimits.MAX_FILE_BYTES)
                    .maxStringLength(100_000)
                    .maxNameLength(1_000)
                    .maxNumberLength(100)
                    .build())
            .build();

    /** The parsed tree, absent when the file could not be read as JSON at all, plus what was wrong. */
    record Outcome(JsonValue root, List<org.emdrill.domain.Problem> problems) {
    }

    /** Thrown inside the reader to stop at a nesting depth we refuse; never leaves this class. */
    private static final class TooDeep extends Exception {
        final SourcePosition at;
        final String field;

        TooDeep(SourcePosition at, String field) {
            super(null, null, false, false);
            this.at = at;
            this.field = field;
        }
    }

    private final Findings findings;

    private LocatedJsonReader(Findings findings) {
        this.findings = findings;
    }

    /**
     * Reads {@code bytes} as one JSON value. Structural problems (not JSON, wrong encoding, too large,
     * too deep) leave the root absent; duplicate field names are reported but the tree is still built,
     * so the caller can go on to find every other problem in the file.
     *
     * @param what what the file should hold, for messages: "a bank", "the rubric"
     */
    static Outcome read(byte[] bytes, String file, String what) {
        Findings findings = new Findings(file);
        JsonValue root = new LocatedJsonReader(findings).readAll(bytes, what);
        return new Outcome(root, findings.errors());
    }

    private JsonValue readAll(byte[] bytes, String what) {
        if (bytes.length > BankLimits.MAX_FILE_BYTES) {
            findings.error(SourcePosition.UNKNOWN, "", Messages.tooLarge(bytes.length));
            return null;
        }
        String text = decodeUtf8(bytes);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            findings.error(SourcePosition.UNKNOWN, "",
                    (text.isEmpty() ? "the file is empty" : "the file holds only blank space")
                            + "; " + what + " is a JSON object that starts with {");
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                return parseRoot(parser, what);
            } catch (JsonProcessingException e) {
                SourcePosition at = position(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
                int back = SyntaxMessages.wordLength(e.getOriginalMessage());
                if (back > 0 && at.column() > back) {
                    at = new SourcePosition(at.line(), at.column() - back);
                }
                findings.error(at, "", SyntaxMessages.plain(e.getOriginalMessage()));
            } catch (TooDeep e) {
                findings.error(e.at, e.field, Messages.tooDeep());
            }
        } catch (IOException e) {
            // Reading from a string in memory does no I/O, so this is a bug rather than a user problem.
            LOG.log(Level.WARNING, "Unexpected failure reading JSON from memory", e);
            findings.error(SourcePosition.UNKNOWN, "", "the file could not be read as JSON");
        }
        return null;
    }

    private JsonValue parseRoot(JsonParser parser, String what) throws IOException, TooDeep {
        JsonToken first = parser.nextToken();
        SourcePosition start = position(parser.currentTokenLocation());
        JsonValue root = value(parser, first, 1, "");
        if (!(root instanceof JsonValue.Obj)) {
            findings.error(start, "", "the file must hold one JSON object ({ … }) with " + what
                    + ", but it holds " + root.kind());
            return null;
        }
        if (parser.nextToken() != null) {
            findings.error(position(parser.currentTokenLocation()), "",
                    "unexpected content after the closing } of the top-level object; remove it");
            return null;
        }
        return root;
    }

    private JsonValue value(JsonParser p, JsonToken token, int depth, String path) throws IOException, TooDeep {
        SourcePosition at = position(p.currentTokenLocation());
        switch (token) {
            case START_OBJECT:
                checkDepth(depth, at, path);
                return object(p, at, depth, path);
            case START_ARRAY:
                checkDepth(depth, at, path);
                return array(p, at, depth, path);
            case VALUE_STRING:
                return new JsonValue.Str(at, p.getText());
            case VALUE_NUMBER_INT:
                return new JsonValue.Num(at, p.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.Num(at, p.getText(), false);
            case VALUE_TRUE:
                return new JsonValue.Bool(at, true);
            case VALUE_FALSE:
                return new JsonValue.Bool(at, false);
            case VALUE_NULL:
                return new JsonValue.Null(at);
            default:
                // The streaming parser only yields the tokens above in value position.
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    private JsonValue.Obj object(JsonParser p, SourcePosition at, int depth, String path)
            throws IOException, TooDeep {
        Map<String, JsonValue.Member> members = new LinkedHashMap<>();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            SourcePosition nameAt = position(p.currentTokenLocation());
            String childPath = FieldPath.child(path, name);
            JsonValue child = value(p, p.nextToken(), depth + 1, childPath);
            JsonValue.Member first = members.get(name);
            if (first == null) {
                members.put(name, new JsonValue.Member(name, nameAt, child));
            } else {
                findings.error(nameAt, childPath, "field \"" + name + "\" appears twice (first on line "
                        + first.namePosition().line() + "); keep only one of them");
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("object not closed: " + token);
        }
        return new JsonValue.Obj(at, members);
    }

    private JsonValue.Arr array(JsonParser p, SourcePosition at, int depth, String path)
            throws IOException, TooDeep {
        List<JsonValue> items = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(p, token, depth + 1, FieldPath.item(path, items.size())));
        }
        return new JsonValue.Arr(at, items);
    }

    private static void checkDepth(int depth, SourcePosition at, String path) throws TooDeep {
        if (depth > BankLimits.MAX_NESTING_DEPTH) {
            throw new TooDeep(at, path);
        }
    }

    /** Strict UTF-8 decoding; reports the first bad byte with its line and column. */
    private String decodeUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            findings.error(new SourcePosition(1, 1), "",
                    "the file is saved as UTF-16; save it as UTF-8 (most editors offer this in Save As)");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int bad = in.position() < bytes.length ? bytes[in.position()] & 0xFF : -1;
            String which = bad < 0 ? "the last bytes" : String.format("byte 0x%02X", bad);
            findings.error(new SourcePosition(line, before.length() - lineStart + 1), "",
                    "the file is not valid UTF-8 text (" + which + " here); save it with UTF-8 encoding");
            return null;
        }
        String text = out.toString();
        // A byte-order mark is allowed in UTF-8 files and carries no content.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SourcePosition position(JsonLocation location) {
        if (location == null) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
