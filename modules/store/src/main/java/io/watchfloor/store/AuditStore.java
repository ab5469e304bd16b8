package io.watchfloor.store;

import io.watchfloor.core.ActionDescription;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.OperatorAction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The audit trail in the local database: every operator action, written when it is taken and
 * updated with the upstream's answer.
 *
 * <p>Blocking JDBC, thread-safe: call it from the engine's action thread ({@code wf-actions}) or the
 * CLI's main thread, never the FX thread. Obtain it from {@link LocalDatabase#audit()}.
 */
public final class AuditStore {
    private static final int TEXT_LIMIT = 4000;

    private final ConnectionPool pool;

    AuditStore(ConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens (creating and migrating when needed) the database in {@code dataDir} and returns its audit
     * trail, opening a connection per call (milliseconds each) so that nothing stays open. Prefer
     * {@link LocalDatabase#open} and {@link LocalDatabase#audit()}, which hold their connections.
     */
    public static AuditStore open(Path dataDir) throws StoreException {
        return LocalDatabase.open(dataDir, false).audit();
    }

    private static final String MERGE = "MERGE INTO audit (action_id, kind, operator_name, operator_role,"
            + " target_source, target_type, target_id, target_display, taken_at, summary, outcome, upstream_reply,"
            + " answered_at) KEY (action_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Writes or updates the row of this action. Committed and written to the file before it returns. */
    public void record(ActionStatus status) throws StoreException {
        recordAll(List.of(status), "record action " + status.action().id());
    }

    /**
     * Writes or updates the rows of several actions in one transaction: one commit and one write to the file
     * for all of them, done before it returns.
     */
    public void recordAll(List<ActionStatus> statuses) throws StoreException {
        if (!statuses.isEmpty()) {
            recordAll(List.copyOf(statuses), "record " + statuses.size() + " actions");
        }
    }

    private void recordAll(List<ActionStatus> statuses, String what) throws StoreException {
        pool.durable(what, c -> {
            merge(c, statuses);
            return null;
        });
    }

    /** Writes or updates the rows of these actions inside a unit of work of this store's pool. */
    static void merge(Connection c, List<ActionStatus> statuses) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MERGE)) {
            for (ActionStatus status : statuses) {
                bind(ps, status);
                ps.executeUpdate();
            }
        }
    }

    /** Whether this audit trail is in the database of {@code pool} (so that one transaction can write both). */
    boolean uses(ConnectionPool other) {
        return pool == other;
    }

    private static void bind(PreparedStatement ps, ActionStatus status) throws SQLException {
        OperatorAction a = status.action();
        ps.setString(1, a.id());
        ps.setString(2, a.kind().verb());
        ps.setString(3, a.operator().name());
        ps.setString(4, a.operator().role().word());
        ps.setString(5, a.target().source().value());
        ps.setString(6, a.target().type().name().toLowerCase(Locale.ROOT));
        ps.setString(7, a.target().id());
        ps.setString(8, a.target().display());
        ps.setObject(9, OffsetDateTime.ofInstant(a.takenAt(), ZoneOffset.UTC));
        ps.setString(10, clip(ActionDescription.of(a)));
        ps.setString(11, status.outcome().map(AuditStore::outcomeWord).orElse("pending"));
        ps.setString(12, status.outcome().map(ActionOutcome::summary).map(AuditStore::clip).orElse(null));
        ps.setObject(13, status.pending() ? null : OffsetDateTime.ofInstant(status.updatedAt(), ZoneOffset.UTC));
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> recent(int limit) throws StoreException {
        return query("SELECT * FROM audit ORDER BY taken_at DESC, action_id LIMIT ?", limit);
    }

    /** Every entry about one target ({@code source} and alert fingerprint or incident id), oldest first. */
    public List<AuditEntry> forTarget(String source, String targetId) throws StoreException {
        return pool.transaction("read the audit trail of " + source + "/" + targetId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM audit WHERE target_source = ? AND target_id = ? ORDER BY taken_at")) {
                ps.setString(1, source);
                ps.setString(2, targetId);
                return rows(ps);
            }
        });
    }

    private List<AuditEntry> query(String sql, int limit) throws StoreException {
        return pool.transaction("read the audit trail", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit);
                return rows(ps);
            }
        });
    }

    private static List<AuditEntry> rows(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getString("action_id"), rs.getString("kind"), rs.getString("operator_name"),
                        rs.getString("operator_role"), rs.getString("target_source"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("target_display"), instant(rs, "taken_at").orElseThrow(),
                        rs.getString("summary"), rs.getString("outcome"), Optional.ofNullable(rs.getString("upstream_reply")),
                        instant(rs, "answered_at")));
            }
        }
        return out;
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
    }

    private static String outcomeWord(ActionOutcome o) {
        if (o instanceof ActionOutcome.Accepted) {
            return "accepted";
        }
        return o instanceof ActionOutcome.Rejected ? "rejected" : "failed";
    }

    private static String clip(String s) {
        return s.length() <= TEXT_LIMIT ? s : s.substring(0, TEXT_LIMIT - 1) + "…";
    }
}
