package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.sla.MetricsWindow;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.ResponseSamples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Databases left by older builds, opened by this one. */
class MigrationTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void loadLocalDatabaseFirst() throws ClassNotFoundException {
        // Its static initialiser keeps H2's listener on loopback; it must run before this test touches H2.
        Class.forName(LocalDatabase.class.getName());
    }

    @Test
    void auditRowsWrittenAtVersion1SurviveTheUpgrade() throws Exception {
        JdbcDataSource old = oldDatabase("1");
        try (Connection c = old.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO audit"
                + " (action_id, kind, operator_name, operator_role, target_source, target_type, target_id,"
                + " target_display, taken_at, summary, outcome) VALUES ('a-1', 'annotate', 'priya', 'lead', 'snow',"
                + " 'incident', 'a9e30c7d', 'INC0010044', ?, 'note INC0010044', 'pending')")) {
            ps.setObject(1, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
            ps.executeUpdate();
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.audit().recent(10)).singleElement().satisfies(e -> {
                assertThat(e.actionId()).isEqualTo("a-1");
                assertThat(e.summary()).isEqualTo("note INC0010044");
            });
            assertThat(schemaVersion(db)).isEqualTo(SchemaVersion.NEWEST);
            db.outbox().append(Samples.note("n-1", T0), T0);
            assertThat(db.outbox().openCount()).isOne();
        }
    }

    @Test
    void actionsQueuedAtVersion2AreStillQueuedAfterTheUpgrade() throws Exception {
        OperatorAction queued = Samples.everyAction("q").get(3);
        OperatorAction retrying = Samples.everyAction("r").get(9);
        JdbcDataSource old = oldDatabase("2");
        try (Connection c = old.getConnection()) {
            insertOutboxRow(c, queued, "QUEUED", 0);
            insertOutboxRow(c, retrying, "RETRYING", 3);
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(schemaVersion(db)).isEqualTo(SchemaVersion.NEWEST);
            assertThat(db.outbox().open()).extracting(OutboxEntry::action).containsExactly(queued, retrying);
            OutboxEntry r = db.outbox().find(retrying.id()).orElseThrow();
            assertThat(r.state()).isEqualTo(OutboxState.RETRYING);
            assertThat(r.attempts()).isEqualTo(3);
            assertThat(r.lastError()).contains("503 Service Unavailable");
            assertThat(db.outbox().claim(queued.id(), "wall", T0.plusSeconds(5), T0.plusSeconds(60))).isTrue();
        }
    }

    @Test
    void historyRecordedAtVersion4IsReadForMttaAfterTheUpgrade() throws Exception {
        JdbcDataSource old = oldDatabase("4");
        try (Connection c = old.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO"
                + " incident_history (source_id, incident_id, incident_number, service, priority, opened_at,"
                + " acknowledged_at, resolved_at, last_seen)"
                + " VALUES ('snow', 'i1', 'INC1', 'checkout', 2, ?, ?, NULL, ?)")) {
            ps.setObject(1, OffsetDateTime.ofInstant(T0.minusSeconds(600), ZoneOffset.UTC));
            ps.setObject(2, OffsetDateTime.ofInstant(T0.minusSeconds(300), ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
            ps.executeUpdate();
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            ResponseSamples samples = db.history().responseSamplesSince(T0.minusSeconds(3600));
            assertThat(new ResponseMetrics(Map.of(), Map.of()).report(samples, MetricsWindow.lastDays(1, T0))
                    .mtta(Priority.P2)).hasValueSatisfying(s -> assertThat(s.mean()).isEqualTo(Duration.ofMinutes(5)));
            assertThat(samples.resolutionCount()).isZero();
        }
    }

    /** A database migrated only up to {@code version}, as an older build left it. */
    private JdbcDataSource oldDatabase(String version) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("watchfloor"));
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(version).load().migrate();
        return ds;
    }

    private static void insertOutboxRow(Connection c, OperatorAction a, String state, int attempts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (action_id, kind, target_source, target_id,"
                + " action_json, state, attempts, enqueued_at, next_attempt_at, last_error) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.kind().verb());
            ps.setString(3, a.target().source().value());
            ps.setString(4, a.target().id());
            ps.setString(5, DomainJson.SHARED.writeAction(a));
            ps.setString(6, state);
            ps.setInt(7, attempts);
            ps.setObject(8, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
            ps.setObject(9, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
            ps.setString(10, attempts > 0 ? "503 Service Unavailable" : null);
            ps.executeUpdate();
        }
    }

    private static String schemaVersion(LocalDatabase db) throws StoreException {
        return db.pool().transaction("version", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
