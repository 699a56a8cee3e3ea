package org.emdrill.domain;

import java.util.Optional;

/** Something with a stable id that files and the database store, such as the values of these enums. */
public interface Identified {

    String id();

    /** The constant of {@code type} whose id is {@code id}, or empty for an unknown or null id. */
    static <E extends Enum<E> & Identified> Optional<E> byId(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
