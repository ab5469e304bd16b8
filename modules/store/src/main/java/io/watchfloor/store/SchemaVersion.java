package io.watchfloor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Whether a local database already has the newest schema this build knows, read with one query on Flyway's schema
 * history, so that a start on a current database does not load and run Flyway (its classpath scan and validation
 * cost a large part of a cold start). Any other answer (no history yet, an older or newer version, a failed
 * migration last) leaves the decision to Flyway, as before.
 *
 * <p>What the fast path does not do is Flyway's checksum validation of migrations already applied: a build whose
 * migration files were edited after they ran is not told so when the version matches. Stateless; blocking JDBC.
 */
final class SchemaVersion {
    /**
     * The version of the newest migration under {@code db/migration} ({@code V5__history_finishes.sql}). Adding a
     * migration means raising it; {@code SchemaVersionTest} fails until the two agree.
     */
    static final String NEWEST = "5";

    private static final String LAST_APPLIED = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
            + " ORDER BY \"installed_rank\" DESC LIMIT 1";

    private SchemaVersion() {
    }

    /** True when the last migration recorded in the database is {@link #NEWEST} and succeeded. */
    static boolean isCurrent(ConnectionPool pool) throws StoreException {
        return pool.transaction("read the schema version", c -> {
            try (PreparedStatement ps = c.prepareStatement(LAST_APPLIED); ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(2) && NEWEST.equals(rs.getString(1));
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                        || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                    return false; // a new database: Flyway creates the history
                }
                throw e;
            }
        });
    }
}
