package org.emdrill.bank;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the streaming parser's error messages into plain sentences for someone editing a bank by hand.
 * Jackson's wording mentions its own features and classes, which would only confuse; anything not
 * recognised falls back to a neutral sentence rather than leak that wording.
 */
final class SyntaxMessages {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)(.*)$",
            Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern OPENED_AT = Pattern.compile("for (Object|Array) starting at .*?line: (\\d+), column: (\\d+)",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.*?)'");

    private static final String VALUE_KINDS = "text in double quotes, a number, true, false, null, an object or a list";

    private SyntaxMessages() {
    }

    static String plain(String jacksonMessage) {
        String m = jacksonMessage == null ? "" : jacksonMessage;
        if (m.startsWith("Unexpected end-of-input")) {
            return endOfInput(m);
        }
        Matcher closeMarker = CLOSE_MARKER.matcher(m);
        if (closeMarker.find()) {
            return closeMarker(closeMarker.group(1), m);
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(m);
        if (unexpected.find()) {
            return unexpectedCharacter(Integer.parseInt(unexpected.group(2)), unexpected.group(3));
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return unknownWord(token.group(1));
        }
        Matcher control = CONTROL.matcher(m);
        if (control.find()) {
            return controlCharacter(Integer.parseInt(control.group(1)));
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return "unknown escape \\" + escape.group(1) + " in text; to write a backslash itself, write \\\\";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number may not start with 0 (write 7, not 07)";
        }
        if (m.startsWith("Document nesting depth")) {
            return Messages.tooDeep();
        }
        if (m.startsWith("Document length")) {
            return "the file is larger than the limit of " + Messages.mib(BankLimits.MAX_FILE_BYTES);
        }
        if (m.startsWith("String value length")) {
            return "a text value here is far too long (over 100,000 characters)";
        }
        if (m.startsWith("Name length")) {
            return "a field name here is far too long (over 1,000 characters)";
        }
        if (m.startsWith("Number value length")) {
            return "a number here is far too long (over 100 digits)";
        }
        return "the file is not valid JSON at this point; check the punctuation around it";
    }

    /**
     * How far the reported position lies past the start of the offending word: the parser reports an
     * unknown word where it ends, but an author looks for where it starts.
     */
    static int wordLength(String jacksonMessage) {
        Matcher token = TOKEN.matcher(jacksonMessage == null ? "" : jacksonMessage);
        return token.find() ? token.group(1).length() : 0;
    }

    private static String endOfInput(String m) {
        if (m.contains("closing quote")) {
            return "the file ends inside a text value; a closing \" is missing";
        }
        if (m.contains("Object")) {
            return "the file ends before every object is closed; a } is missing";
        }
        if (m.contains("Array")) {
            return "the file ends before every list is closed; a ] is missing";
        }
        return "the file ends too early; its end looks cut off";
    }

    private static String closeMarker(String found, String m) {
        if (m.contains("for root")) {
            return "unexpected " + found + " after the end of the top-level object; remove it";
        }
        Matcher opened = OPENED_AT.matcher(m);
        if (opened.find()) {
            String what = opened.group(1).equals("Object") ? "the object ({)" : "the list ([)";
            String closer = opened.group(1).equals("Object") ? "}" : "]";
            return "found " + found + " but " + what + " opened on line " + opened.group(2) + ", column "
                    + opened.group(3) + " must be closed with " + closer + " first";
        }
        return "found " + found + " where it does not close anything";
    }

    private static String unexpectedCharacter(int code, String rest) {
        String found = describe(code);
        if (code == '/' || code == '#') {
            return "comments are not allowed in JSON; remove them";
        }
        if (code == '\'') {
            return "use double quotes (\") around text and field names, not single quotes";
        }
        if (rest.contains("in numeric value")) {
            if (code == '+') {
                return "a number may not start with +; write it without the sign";
            }
            return "this number is not written correctly (found " + found + " inside it); write it like 3 or 150";
        }
        if (rest.contains("start field name")) {
            return code == '}'
                    ? "a comma before } is not allowed; remove the comma after the last field"
                    : "expected a field name in double quotes, found " + found;
        }
        if (rest.contains("separate Object entries")) {
            return "a comma is missing between two fields (found " + found + ")";
        }
        if (rest.contains("separate Array entries")) {
            return "a comma is missing between two list items (found " + found + ")";
        }
        if (rest.contains("colon to separate")) {
            return "expected : after the field name, found " + found;
        }
        if (rest.contains("hex-digit")) {
            return "a \\u escape in text needs four hex digits, like \\u00e9";
        }
        if (rest.contains("expected a value") || rest.contains("expected a valid value")) {
            if (code == ']') {
                return "a comma before ] is not allowed; remove the comma after the last item";
            }
            if (code == '}') {
                return "a value is missing before }";
            }
            return "expected a value (" + VALUE_KINDS + "), found " + found;
        }
        return "unexpected " + found + " here";
    }

    private static String unknownWord(String word) {
        String shown = word.length() > 40 ? word.substring(0, 40) + "…" : word;
        if (word.equals("NaN") || word.endsWith("Infinity")) {
            return shown + " is not a number JSON allows; write a plain number";
        }
        return "unknown word '" + shown + "'; text must be in double quotes (only true, false and null are "
                + "written without them)";
    }

    private static String controlCharacter(int code) {
        if (code == '\n' || code == '\r') {
            return "text may not contain a line break; write \\n instead, or close the \" before the line ends";
        }
        if (code == '\t') {
            return "text may not contain a tab character; write \\t instead";
        }
        return "text may not contain the control character with code " + code + "; remove it";
    }

    private static String describe(int code) {
        if (Character.isISOControl(code) || Character.isWhitespace(code)) {
            return "a control character (code " + code + ")";
        }
        return "'" + new String(Character.toChars(code)) + "'";
    }
}
