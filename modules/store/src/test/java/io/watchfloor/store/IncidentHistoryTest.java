package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.sla.DurationStats;
import io.watchfloor.core.sla.IncidentTimes;
import io.watchfloor.core.sla.MetricsReport;
import io.watchfloor.core.sla.MetricsWindow;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.ResponseSamples;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
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
    void responseSamplesGiveTheReportOfEveryIncidentInTheHistory() throws StoreException {
        SplittableRandom random = new SplittableRandom(8);
        List<IncidentTimes> all = new ArrayList<>();
        for (int n = 0; n < 4_000; n++) {
            all.add(randomTimes(random));
        }
        insert(all, random);
        ResponseMetrics metrics = new ResponseMetrics(Map.of(Priority.P1, Duration.ofMinutes(15), Priority.P3,
                Duration.ofHours(1)), Map.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8)));
        Instant weekAgo = T0.minus(Duration.ofDays(7));

        ResponseSamples week = history.responseSamplesSince(weekAgo);

        for (MetricsWindow w : List.of(MetricsWindow.lastDays(7, T0),
                MetricsWindow.today(ZoneId.of("Europe/Berlin"), T0),
                MetricsWindow.today(ZoneId.of("Pacific/Kiritimati"), T0))) {
            MetricsReport expected = metrics.report(all, w);
            assertThat(expected.mtta()).as("every priority acknowledged in " + w).hasSize(5);
            assertThat(metrics.report(week, w)).as(w.name()).isEqualTo(expected);
        }
        assertThat(week.acknowledgementCount()).as("those acknowledged in the week, some opened before it")
                .isEqualTo(all.stream().filter(t -> t.acknowledgedAt().filter(a -> !a.isBefore(weekAgo)).isPresent())
                        .count());
    }

    @Test
    void anIncidentOpenedBeforeTheWeekAndAcknowledgedInItCountsForMtta() throws StoreException {
        Instant from = T0.minus(Duration.ofDays(7));
        history.observe(List.of(Samples.incident("old-open", from.minusSeconds(60), ack("sam", from.plusSeconds(60)),
                Optional.empty())), T0);

        ResponseSamples samples = history.responseSamplesSince(from);

        DurationStats mtta = new ResponseMetrics(Map.of(), Map.of()).report(samples, MetricsWindow.lastDays(7, T0))
                .mtta(Priority.P1).orElseThrow();
        assertThat(mtta.count()).isOne();
        assertThat(mtta.mean()).isEqualTo(Duration.ofMinutes(2));
        assertThat(samples.resolutionCount()).isZero();
    }

    @Test
    void theWeeksAcknowledgementsAndResolutionsAreReadFromTheIndexesThatHoldTheirColumns() throws StoreException {
        assertThat(plan(IncidentHistory.ACKNOWLEDGED_SINCE)).contains("INCIDENT_HISTORY_ACKNOWLEDGED");
        assertThat(plan(IncidentHistory.RESOLVED_SINCE)).contains("INCIDENT_HISTORY_RESOLVED");
    }

    @Test
    void readingTheTimesOfAWeekReturnsEveryIncidentAndLeavesTheConnectionAsItWas() throws StoreException {
        fill(3_000);

        ResponseSamples samples = history.responseSamplesSince(T0.minus(Duration.ofDays(7)));

        assertThat(samples.resolutionCount()).as("every second one of those opened per minute over the last 50 hours")
                .isEqualTo(1_500);
        DurationStats mttr = new ResponseMetrics(Map.of(), Map.of()).report(samples,
                MetricsWindow.lastDays(7, T0.plus(Duration.ofHours(1)))).mttr(Priority.P1).orElseThrow();
        assertThat(mttr.count()).isEqualTo(1_500);
        assertThat(mttr.median()).isEqualTo(Duration.ofMinutes(10));
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
        assertThat(plan(IncidentHistory.SINCE)).contains("INCIDENT_HISTORY_OPENED", "INCIDENT_HISTORY_RESOLVED");
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

    /**
     * An incident opened in the 10 days up to T0 (to the nanosecond), acknowledged 8 times in 10 and resolved 7 in
     * 10, some of them (as a desk may report) before it opened, some resolved after T0.
     */
    private static IncidentTimes randomTimes(SplittableRandom random) {
        long hour = Duration.ofHours(1).toNanos();
        Instant opened = T0.minusNanos(random.nextLong(Duration.ofDays(10).toNanos()));
        Optional<Instant> ack = random.nextInt(10) < 8
                ? Optional.of(opened.plusNanos(random.nextLong(-hour, 3 * hour))) : Optional.empty();
        Optional<Instant> resolved = random.nextInt(10) < 7
                ? Optional.of(opened.plusNanos(random.nextLong(-hour, 48 * hour))) : Optional.empty();
        return new IncidentTimes(Priority.values()[random.nextInt(5)], opened, ack, resolved);
    }

    /**
     * Rows for {@code times} as another process may have written them: each instant at UTC, +02:00 or -05:30 (H2
     * orders, compares and reads them by the instant either way), ids i0, i1, ...
     */
    private void insert(List<IncidentTimes> times, SplittableRandom random) throws StoreException {
        db.pool().transaction("insert", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_history (source_id, incident_id,"
                    + " incident_number, service, priority, opened_at, acknowledged_at, resolved_at, last_seen)"
                    + " VALUES ('snow-prod', ?, ?, 'checkout', ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < times.size(); n++) {
                    IncidentTimes t = times.get(n);
                    ps.setString(1, "i" + n);
                    ps.setString(2, "INC" + n);
                    ps.setInt(3, t.priority().code());
                    ps.setObject(4, at(t.openedAt(), random));
                    ps.setObject(5, t.acknowledgedAt().map(a -> at(a, random)).orElse(null));
                    ps.setObject(6, t.resolvedAt().map(r -> at(r, random)).orElse(null));
                    ps.setObject(7, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    private static OffsetDateTime at(Instant instant, SplittableRandom random) {
        List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-5, -30));
        return OffsetDateTime.ofInstant(instant, offsets.get(random.nextInt(offsets.size())));
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

    /** How H2 runs {@code query}, whose parameters are all instants. */
    private String plan(String query) throws StoreException {
        return db.pool().transaction("explain", c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + query)) {
                for (int n = 1; n <= ps.getParameterMetaData().getParameterCount(); n++) {
                    ps.setObject(n, java.time.OffsetDateTime.now());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1).toUpperCase(java.util.Locale.ROOT);
                }
            }
        });
    }
}
