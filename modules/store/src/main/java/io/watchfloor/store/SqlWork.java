package io.watchfloor.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work run on a borrowed connection, inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
