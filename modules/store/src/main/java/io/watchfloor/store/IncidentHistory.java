package io.watchfloor.store;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.sla.ResponseSamples;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * Every incident seen, one row per (source, incident id): when it opened, was first acknowledged and
 * first resolved. Feeds MTTA and MTTR; indexed for hundreds of thousands of rows.
 *
 * <p>Blocking JDBC, thread-safe: call it from the engine's threads, never the FX thread. Several
 * processes may observe the same desk at once; their observations merge.
 */
public final class IncidentHistory {
    private static final String COLUMNS = "source_id, incident_id, incident_number, service, priority, opened_at,"
            + " acknowledged_at, resolved_at";
    /** The query of {@link #since}: a union, so that each half uses its own index. */
    static final String SINCE = "SELECT " + COLUMNS + " FROM incident_history WHERE opened_at >= ? UNION SELECT "
            + COLUMNS + " FROM incident_history WHERE resolved_at >= ? ORDER BY opened_at, source_id, incident_id";

    /**
     * The queries of {@link #responseSamplesSince}: the acknowledgements (resolutions) from an instant on, and how many
     * there are, each answered from an index that holds the columns it reads ({@code V5__history_finishes.sql}).
     */
    static final String ACKNOWLEDGED_SINCE = "SELECT priority, opened_at, acknowledged_at FROM incident_history"
            + " WHERE acknowledged_at >= ?";
    static final String RESOLVED_SINCE = "SELECT priority, opened_at, resolved_at FROM incident_history"
            + " WHERE resolved_at >= ?";
    private static final String ACKNOWLEDGED_COUNT = "SELECT COUNT(*) FROM incident_history WHERE acknowledged_at >= ?";
    private static final String RESOLVED_COUNT = "SELECT COUNT(*) FROM incident_history WHERE resolved_at >= ?";

    private final ConnectionPool pool;

    IncidentHistory(ConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Records what a desk reports at {@code at}: new incidents are added; known ones get their number,
     * service and priority updated; an acknowledgement (the instant of {@link Incident#acknowledgement()})
     * or resolution instant is kept from the first observation that has one. One batch, one transaction.
     */
    public void observe(List<Incident> incidents, Instant at) throws StoreException {
        Objects.requireNonNull(at, "at");
        Map<String, Incident> byKey = new LinkedHashMap<>();
        incidents.forEach(i -> byKey.put(i.key(), i));
        if (byKey.isEmpty()) {
            return;
        }
        List<Incident> unique = List.copyOf(byKey.values());
        pool.transaction("record " + unique.size() + " incidents in the history", c -> {
            try {
                upsert(c, unique, at);
            } catch (BatchUpdateException e) {
                if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
                    throw e;
                }
                // Another process added some of them since our update: now they all exist.
                c.rollback();
                upsert(c, unique, at);
            }
            return null;
        });
    }

    /**
     * Records a desk's complete list of open incidents at {@code at} ({@link #observe}), and takes an
     * incident of that desk that was open before and is missing now as resolved at {@code at}: desks
     * list open incidents only, so leaving the list is how a resolution shows (at most one poll late).
     */
    public void observeOpen(SourceId desk, List<Incident> open, Instant at) throws StoreException {
        Objects.requireNonNull(desk, "desk");
        observe(open, at);
        pool.transaction("record incidents of " + desk + " that left its open list", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE incident_history SET resolved_at = ?"
                    + " WHERE source_id = ? AND resolved_at IS NULL AND last_seen < ?")) {
                SqlTime.set(ps, 1, at);
                ps.setString(2, desk.value());
                SqlTime.set(ps, 3, at);
                return ps.executeUpdate();
            }
        });
    }

    /** Incidents opened at or after {@code from}, or resolved at or after it; by opening instant. */
    public List<IncidentRecord> since(Instant from) throws StoreException {
        return pool.transaction("read the incident history", c -> {
            try (PreparedStatement ps = c.prepareStatement(SINCE)) {
                SqlTime.set(ps, 1, from);
                SqlTime.set(ps, 2, from);
                List<IncidentRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The acknowledgements and resolutions at or after {@code from}, whenever their incidents opened: what MTTA/MTTR
     * are computed from ({@link io.watchfloor.core.sla.ResponseMetrics}). Read without an object per incident, so
     * that reading a week of a busy desk's history (hundreds of thousands of rows) makes little garbage: each half is
     * answered from an index alone (H2 never decodes the rows, with their strings), H2 hands the rows over as it
     * reads them instead of building the whole result first, and they go straight into primitive arrays sized
     * by a count first. An incident acknowledged and resolved since {@code from} is read twice, once for each.
     */
    public ResponseSamples responseSamplesSince(Instant from) throws StoreException {
        Objects.requireNonNull(from, "from");
        return pool.transaction("read the incident history's acknowledgements and resolutions", c -> {
            lazyResults(c, true);
            try {
                ResponseSamples.Builder samples = ResponseSamples.builder(count(c, ACKNOWLEDGED_COUNT, from),
                        count(c, RESOLVED_COUNT, from));
                read(c, ACKNOWLEDGED_SINCE, from, samples::acknowledged);
                read(c, RESOLVED_SINCE, from, samples::resolved);
                return samples.build();
            } finally {
                lazyResults(c, false);
            }
        });
    }

    /** Hands each (priority, opened, finished) row of {@code query} from {@code from} on to {@code sink}. */
    private static void read(Connection c, String query, Instant from, Finish sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            SqlTime.set(ps, 1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.add(Priority.fromCode(rs.getInt(1)), SqlTime.require(rs, 2), SqlTime.require(rs, 3));
                }
            }
        }
    }

    /** The count {@code query} makes from {@code from} on: the room the samples need, so that none is copied. */
    private static int count(Connection c, String query, Instant from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            SqlTime.set(ps, 1, from);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Where {@link #read} puts a row. */
    private interface Finish {
        void add(Priority priority, Instant openedAt, Instant at);
    }

    /**
     * Whether H2 hands this connection's query results over row by row as they are read ({@code true}) instead of
     * building the whole result first (its default): a week of history is then never on the heap twice, as H2's
     * rows and as the caller's list. Only for a query whose result set is read to the end before the transaction
     * commits.
     */
    private static void lazyResults(Connection c, boolean lazy) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
        }
    }

    /** How many incidents the history holds. */
    public int count() throws StoreException {
        return pool.transaction("count the incident history", IncidentHistory::count);
    }

    private static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM incident_history");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void upsert(Connection c, List<Incident> incidents, Instant at) throws SQLException {
        int[] updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE incident_history SET incident_number = ?, service = ?,"
                + " priority = ?, last_seen = GREATEST(last_seen, ?), acknowledged_at = COALESCE(acknowledged_at, ?),"
                + " resolved_at = COALESCE(resolved_at, ?) WHERE source_id = ? AND incident_id = ?")) {
            for (Incident i : incidents) {
                ps.setString(1, i.number());
                ps.setString(2, i.service());
                ps.setInt(3, i.priority().code());
                SqlTime.set(ps, 4, at);
                SqlTime.set(ps, 5, acknowledged(i));
                SqlTime.set(ps, 6, i.resolvedAt());
                ps.setString(7, i.source().value());
                ps.setString(8, i.id());
                ps.addBatch();
            }
            updated = ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_history (" + COLUMNS + ", last_seen)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int n = 0; n < incidents.size(); n++) {
                if (updated[n] == 0) {
                    bindInsert(ps, incidents.get(n), at);
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void bindInsert(PreparedStatement ps, Incident i, Instant at) throws SQLException {
        ps.setString(1, i.source().value());
        ps.setString(2, i.id());
        ps.setString(3, i.number());
        ps.setString(4, i.service());
        ps.setInt(5, i.priority().code());
        SqlTime.set(ps, 6, i.openedAt());
        SqlTime.set(ps, 7, acknowledged(i));
        SqlTime.set(ps, 8, i.resolvedAt());
        SqlTime.set(ps, 9, at);
    }

    private static Optional<Instant> acknowledged(Incident i) {
        return i.acknowledgement().map(Acknowledgement::since);
    }

    private static IncidentRecord read(ResultSet rs) throws SQLException {
        return new IncidentRecord(SourceId.of(rs.getString("source_id")), rs.getString("incident_id"),
                rs.getString("incident_number"), rs.getString("service"), Priority.fromCode(rs.getInt("priority")),
                SqlTime.require(rs, "opened_at"), SqlTime.get(rs, "acknowledged_at"), SqlTime.get(rs, "resolved_at"));
    }
}
