package org.emdrill.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run by {@link Database} on its connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
