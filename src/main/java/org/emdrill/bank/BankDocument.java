package org.emdrill.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A bank file built in memory from plain maps, lists, strings and numbers (as the bank editor holds
 * what the user typed), turned into the JSON bytes {@link BankParser} reads. The editor screen builds
 * the tree; the JSON work stays here, below the UI.
 */
public final class BankDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BankDocument() {
    }

    /** @param tree a JSON object as {@code Map}s, {@code List}s, strings, numbers and booleans */
    public static byte[] toJson(Map<String, ?> tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // plain values in memory: cannot happen
        }
    }
}
