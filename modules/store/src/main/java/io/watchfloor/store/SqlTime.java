package io.watchfloor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns, in UTC. */
final class SqlTime {
    private SqlTime() {
    }

    static void set(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static void set(PreparedStatement ps, int index, Optional<Instant> at) throws SQLException {
        ps.setObject(index, at.map(i -> OffsetDateTime.ofInstant(i, ZoneOffset.UTC)).orElse(null));
    }

    static Optional<Instant> get(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static Instant require(ResultSet rs, String column) throws SQLException {
        return get(rs, column).orElseThrow(() -> new SQLException(column + " is null"));
    }

    /** The instant in the {@code column}-th column (1-based), if it is not null. */
    static Optional<Instant> get(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, Instant.class));
    }

    /** The instant in the {@code column}-th column (1-based), which must not be null. */
    static Instant require(ResultSet rs, int column) throws SQLException {
        Instant at = rs.getObject(column, Instant.class);
        if (at == null) {
            throw new SQLException("column " + column + " is null");
        }
        return at;
    }
}
