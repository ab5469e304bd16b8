package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.sla.IncidentTimes;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class IncidentHistoryTest {
    private static final Instant OPENED = T0.minus(Duration.ofHours(1));
    @TempDir
    Path dir;
    private LocalDatabase db;
    private IncidentHistory history;

    @BeforeEach
    void open() throws StoreException {
        db = LocalDatabase.open(dir);
        history = db.history();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstAcknowledgementAndResolutionAreKept() throws StoreException {
        Instant ack1 = OPENED.plusSeconds(300);
        Instant resolved1 = OPENED.plusSeconds(3600);
        history.observe(List.of(Samples.incident("i1", OPENED, Optional.empty(), Optional.empty())), T0);
        history.observe(List.of(Samples.incident("i1", OPENED, ack("sam", ack1), Optional.empty())), T0.plusSeconds(1));
        history.observe(List.of(Samples.incident("i1", OPENED, ack("kim", ack1.plusSeconds(60)), Optional.of(resolved1))),
                T0.plusSeconds(2));
        history.observe(List.of(Samples.incident("i1", OPENED, Optional.empty(), Optional.of(resolved1.plusSeconds(9)))),
                T0.plusSeconds(3));

        assertThat(history.since(OPENED)).singleElement().satisfies(r -> {
            assertThat(r.acknowledgedAt()).contains(ack1);
            assertThat(r.resolvedAt()).contains(resolved1);
            assertThat(r.timeToAcknowledge()).contains(Duration.ofSeconds(300));
            assertThat(r.timeToResolve()).contains(Duration.ofHours(1));
            assertThat(r.openedAt()).isEqualTo(OPENED);
        });
    }

    @Test
    void anIncidentThatLeavesItsDesksOpenListIsResolvedWhenThatIsSeen() throws StoreException {
        Incident one = Samples.incident("i1", OPENED, Optional.empty(), Optional.empty());
        Incident two = Samples.incident("i2", OPENED, Optional.empty(), Optional.empty());
        history.observeOpen(Samples.SNOW, List.of(one, two), T0);
        history.observeOpen(Samples.SNOW, List.of(two), T0.plusSeconds(30));
        history.observeOpen(Samples.SNOW, List.of(), T0.plusSeconds(60));
        history.observeOpen(Samples.SNOW, List.of(), T0.plusSeconds(90));

        assertThat(history.since(OPENED)).extracting(IncidentRecord::id, IncidentRecord::resolvedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i1", Optional.of(T0.plusSeconds(30))),
                org.assertj.core.groups.Tuple.tuple("i2", Optional.of(T0.plusSeconds(60))));
    }

    @Test
    void numberServiceAndPriorityFollowTheDesk() throws StoreException {
        history.observe(List.of(Samples.incident("i1", OPENED, Optional.empty(), Optional.empty())), T0);
        Incident changed = new Incident(Samples.SNOW, "i1", "INC-renumbered", "t", "payments", Priority.P3,
                IncidentState.ON_HOLD, Optional.empty(), Optional.empty(), 0, OPENED, T0, Optional.empty(), List.of(),
                List.of());
        history.observe(List.of(changed, changed), T0.plusSeconds(1));

        assertThat(history.since(OPENED)).containsExactly(new IncidentRecord(Samples.SNOW, "i1", "INC-renumbered",
                "payments", Priority.P3, OPENED, Optional.empty(), Optional.empty()));
        assertThat(history.count()).isOne();
    }

    @Test
    void sinceSelectsWhatOpenedOrResolvedFromThatInstant() throws StoreException {
        Instant from = T0;
        history.observe(List.of(
                Samples.incident("old-open", from.minusSeconds(10), Optional.empty(), Optional.empty()),
                Samples.incident("old-resolved-late", from.minusSeconds(20), Optional.empty(), Optional.of(from)),
                Samples.incident("old-resolved-early", from.minusSeconds(30), Optional.empty(),
                        Optional.of(from.minusNanos(1))),
                Samples.incident("new", from, Optional.empty(), Optional.empty()),
                Samples.incident("new-resolved", from.plusSeconds(1), Optional.empty(), Optional.of(from.plusSeconds(5)))),
                T0);

        assertThat(history.since(from)).extracting(IncidentRecord::id)
                .containsExactly("old-resolved-late", "new", "new-resolved");
        assertThat(history.count()).isEqualTo(5);
    }

    @Test
    void timesSinceAreTheTimesOfWhatSinceSelectsKeepingIncidentsWithEqualTimes() throws StoreException {
        Instant from = T0;
        history.observe(List.of(
                Samples.incident("old-open", from.minusSeconds(10), Optional.empty(), Optional.empty()),
                Samples.incident("old-resolved-late", from.minusSeconds(20), Optional.empty(), Optional.of(from)),
                Samples.incident("old-resolved-early", from.minusSeconds(30), Optional.empty(),
                        Optional.of(from.minusNanos(1))),
                Samples.incident("twin-a", from, ack("sam", from.plusSeconds(60)), Optional.of(from.plusSeconds(90))),
                Samples.incident("twin-b", from, ack("sam", from.plusSeconds(60)), Optional.of(from.plusSeconds(90))),
                Samples.incident("new-resolved", from.plusSeconds(1), Optional.empty(), Optional.of(from.plusSeconds(5)))),
                T0);

        List<IncidentTimes> expected = history.since(from).stream()
                .map(r -> new IncidentTimes(r.priority(), r.openedAt(), r.acknowledgedAt(), r.resolvedAt())).toList();

        assertThat(expected).hasSize(4);
        assertThat(history.timesSince(from)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void readingTheTimesOfAWeekReturnsEveryIncidentAndLeavesTheConnectionAsItWas() throws StoreException {
        fill(3_000);

        List<IncidentTimes> times = history.timesSince(T0.minus(Duration.ofDays(7)));

        assertThat(times).as("one opened per minute over the last 50 hours").hasSize(3_000);
        assertThat(times).filteredOn(t -> t.resolvedAt().isPresent()).hasSize(1_500)
                .allSatisfy(t -> assertThat(t.resolvedAt()).contains(t.openedAt().plus(Duration.ofMinutes(10))));
        assertThat(lazyQueryExecution()).as("the next unit of work on that connection gets whole results again")
                .isEqualTo("FALSE");
    }

    @Test
    void withAHundredThousandIncidentsObservingAPollAndQueryingADayStayFast() throws StoreException {
        fill(100_000);
        List<Incident> poll = new ArrayList<>();
        for (int k = 99_600; k < 100_100; k++) {
            Instant opened = T0.minus(Duration.ofMinutes(100_000 - k));
            poll.add(Samples.incident("h" + k, opened, ack("sam", opened.plusSeconds(60)), Optional.empty()));
        }
        long start = System.nanoTime();
        history.observe(poll, T0);
        long observeMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        List<IncidentRecord> lastDay = history.since(T0.minus(Duration.ofDays(1)));
        long queryMillis = (System.nanoTime() - start) / 1_000_000;
        LoggerFactory.getLogger(IncidentHistoryTest.class).info(
                "100,000 incidents: observe a poll of 500 in {} ms, since(1 day) {} ms", observeMillis, queryMillis);

        assertThat(history.count()).isEqualTo(100_100);
        assertThat(lastDay).as("1440 opened in the last day, 5 resolved in it, 100 new").hasSize(1545);
        assertThat(lastDay).filteredOn(r -> r.id().equals("h99998")).singleElement()
                .satisfies(r -> assertThat(r.acknowledgedAt()).isPresent().contains(r.openedAt().plusSeconds(60)))
                .satisfies(r -> assertThat(r.resolvedAt()).as("resolved when it was filled in").isPresent());
        assertThat(plan()).contains("INCIDENT_HISTORY_OPENED", "INCIDENT_HISTORY_RESOLVED");
    }

    /** Rows h0..h(count-1), one opened per minute up to T0, every second one resolved 10 minutes later. */
    private void fill(int count) throws StoreException {
        db.pool().transaction("fill", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_history (source_id, incident_id,"
                    + " incident_number, service, priority, opened_at, resolved_at, last_seen)"
                    + " SELECT 'snow-prod', 'h' || X, 'INC' || X, 'checkout', 1, DATEADD(MINUTE, X - ?, CAST(? AS"
                    + " TIMESTAMP(9) WITH TIME ZONE)), CASE WHEN MOD(X, 2) = 0 THEN DATEADD(MINUTE, X - ? + 10,"
                    + " CAST(? AS TIMESTAMP(9) WITH TIME ZONE)) END, CAST(? AS TIMESTAMP(9) WITH TIME ZONE)"
                    + " FROM SYSTEM_RANGE(0, ?)")) {
                java.time.OffsetDateTime t0 = java.time.OffsetDateTime.ofInstant(T0, java.time.ZoneOffset.UTC);
                ps.setInt(1, count);
                ps.setObject(2, t0);
                ps.setInt(3, count);
                ps.setObject(4, t0);
                ps.setObject(5, t0);
                ps.setInt(6, count - 1);
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<Acknowledgement> ack(String by, Instant at) {
        return Optional.of(new Acknowledgement(by, at, Optional.empty(), "journal"));
    }

    /** H2's LAZY_QUERY_EXECUTION setting of the connection the pool hands out next (the one used last). */
    private String lazyQueryExecution() throws StoreException {
        return db.pool().transaction("read a setting", c -> {
            org.h2.engine.Session session = c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            assertThat(session).as("this test opened the database first, so it is embedded")
                    .isInstanceOf(org.h2.engine.SessionLocal.class);
            return ((org.h2.engine.SessionLocal) session).isLazyQueryExecution() ? "TRUE" : "FALSE";
        });
    }

    /** How H2 runs the {@code since} query. */
    private String plan() throws StoreException {
        return db.pool().transaction("explain", c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + IncidentHistory.SINCE)) {
                ps.setObject(1, java.time.OffsetDateTime.now());
                ps.setObject(2, java.time.OffsetDateTime.now());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1).toUpperCase(java.util.Locale.ROOT);
                }
            }
        });
    }
}
